"""The customer-facing display: an optional second window (a second screen or a pole display) showing the
cart's lines, the total, what was tendered and the change due, updated as the cashier works."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from register.services.completion import CompletedSale
from register.services.priced import Priced
from ui.cart_model import line_totals, quantity_text, totals_rows
from ui.money_format import MoneyFormatter
from ui.widgets import PlainLabel


class CustomerDisplayWindow(QWidget):
    """Large type, read-only, no focus: it never takes the keyboard from the register."""

    def __init__(self, fmt: MoneyFormatter, store: str = "") -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.fmt = fmt
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Customer display"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(480, 360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        self.welcome = PlainLabel(self.tr("Welcome to {store}").format(store=store) if store else self.tr("Welcome"),
                              objectName="displayWelcome")
        layout.addWidget(self.welcome)
        self.lines = QListWidget(objectName="displayLines")
        self.lines.setAccessibleName(self.tr("The customer's items"))
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.lines, 1)
        self.breakdown = PlainLabel(objectName="displayBreakdown")  # subtotal, discounts, fees, each tax, tip
        self.total = PlainLabel(objectName="displayTotal")
        self.tendered = PlainLabel(objectName="displayTendered")
        self.change = PlainLabel(objectName="displayChange")
        for label in (self.breakdown, self.total, self.tendered, self.change):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            layout.addWidget(label)
        self.show_priced(None)

    def place(self, register: QWidget | None = None) -> bool:
        """Full screen on a screen the register is not on, when there is one (True). On a till with one screen it
        never covers the register: a window a third of the screen wide at its bottom right, kept behind the
        register's window (False)."""
        own = register.screen() if register is not None else QGuiApplication.primaryScreen()
        other = next((s for s in QGuiApplication.screens() if s is not own), None)
        if other is not None:
            self.setScreen(other)
            self.setGeometry(other.geometry())
            self.showFullScreen()
            return True
        if own is not None:
            area = own.availableGeometry()
            width, height = max(area.width() // 3, 360), max(area.height() // 2, 300)
            self.setGeometry(area.right() - width + 1, area.bottom() - height + 1, width, height)
        self.showNormal()
        self.lower()
        if register is not None:
            register.raise_()
        return False

    def show_priced(self, priced: Priced | None) -> None:
        """The cart as the register shows it now."""
        self.lines.clear()
        if priced is None or not priced.state.lines:
            self.breakdown.setText("")
            self.total.setText("")
            self.tendered.setText("")
            self.change.setText("")
            return
        for line, total in zip(priced.state.lines, line_totals(priced), strict=True):
            qty = f"{quantity_text(line.quantity)} × " if line.quantity != 1 else ""
            self.lines.addItem(f"{qty}{line.name}    {self.fmt.format(total)}")
        self.lines.scrollToBottom()
        self.breakdown.setText("\n".join(f"{caption}  {value}" for caption, value in totals_rows(priced, self.fmt)))
        self.total.setText(self.tr("Total") + "  " + self.fmt.format(priced.total))
        tendered = sum((t.tendered for t in priced.state.tenders), Decimal(0))
        self.tendered.setText(self.tr("Tendered") + "  " + self.fmt.format(tendered) if tendered else "")
        self.change.setText(self.tr("Change") + "  " + self.fmt.format(priced.change) if priced.change > 0 else "")

    def show_sale(self, sale: CompletedSale, tendered: Decimal) -> None:
        """Thank you, with the change due, until the next cart starts."""
        self.lines.clear()
        self.lines.addItem(self.tr("Thank you!"))
        self.breakdown.setText("")
        self.total.setText(self.tr("Total") + "  " + self.fmt.format(sale.total))
        self.tendered.setText(self.tr("Tendered") + "  " + self.fmt.format(tendered))
        self.change.setText(self.tr("Change") + "  " + self.fmt.format(sale.change) if sale.change > 0 else "")
