"""The sell screen: products (tiles and search) on the left, the cart and its totals on the right.

A plain widget: it shows what it is given (a priced cart, the catalog) and emits what the cashier asks
for; :class:`ui.sell_flow.SellFlow` turns the requests into checkout calls. A barcode scanner works
wherever the focus is (:mod:`ui.scanner`); typing outside a field goes to the search box.

Laid out for a counter: the cart takes the height (eight lines and more at 1024×768, each name on up to two
lines), the total and Pay are the largest things on the screen, at the bottom right under the cashier's hand;
the line's actions sit under the cart, the sale's (customer, park, orders, void…) under the products. Messages
have their room kept under the cart: one that comes or goes moves no button.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from register.services.catalog import CatalogIndex
from register.services.priced import Priced
from ui.cart_model import CartTableModel, totals_rows
from ui.cart_table import CartTable
from ui.catalog_panel import CatalogPanel
from ui.money_format import MoneyFormatter
from ui.scanner import BarcodeScanner
from ui.widgets import ActionButton, FigureLabel, NoticeLabel, PlainLabel, action_button, plain_tip

ROW_HEIGHT = 44
"""A cart row: a touch target, and two lines of a name."""
TOTALS_ROWS = 5
"""The totals rows the card has room for before it grows: subtotal, discounts and three tax rates."""


class SellView(QWidget):
    """Catalog, cart, totals and the line actions, each with its key."""

    back_requested = Signal()
    code_scanned = Signal(str)
    item_chosen = Signal(object)
    variants_requested = Signal(object)
    """A product with several variants was tapped: its variants (a tuple of :class:`CatalogItem`)."""
    quantity_step_requested = Signal(str, int)
    """(line id, +1 or −1)."""
    quantity_requested = Signal(str)
    remove_requested = Signal(str)
    pay_requested = Signal()
    park_requested = Signal()
    parked_requested = Signal()
    orders_requested = Signal()
    discount_requested = Signal(str)
    cart_discount_requested = Signal()
    cart_discount_remove_requested = Signal()
    """Remove (Del) on the cart discount's row: take the cart discount off."""
    customer_requested = Signal()
    note_requested = Signal(str)
    price_requested = Signal(str)
    custom_sale_requested = Signal()
    fee_requested = Signal()
    void_requested = Signal()
    """Void the whole cart (Ctrl+Del)."""
    price_check_requested = Signal()
    priced_shown = Signal(object)
    """The :class:`Priced` cart now on screen (the customer display follows it)."""

    def __init__(self, fmt: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellView")
        self.fmt = fmt
        self.priced: Priced | None = None
        self.model = CartTableModel(fmt)
        self._totals_labels: list[tuple[QLabel, QLabel]] = []
        self._quiet_selection = False
        self._setup_ui()
        self.scanner = BarcodeScanner(self)
        self.scanner.scanned.connect(self.code_scanned)
        self.scanner.typed.connect(self.catalog.search_for)
        self._update_buttons()

    def _button(self, text: str, key: str, name: str, slot: Any, role: str = "secondary") -> ActionButton:
        button = action_button(text, key, name=name, role=role)
        button.clicked.connect(slot)
        return button

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)

        # left: the products, then what concerns the whole sale
        left = QVBoxLayout()
        left.setSpacing(8)
        self.catalog = CatalogPanel(self.fmt)
        self.catalog.item_chosen.connect(self.item_chosen)
        self.catalog.variants_requested.connect(self.variants_requested)
        self.catalog.code_entered.connect(self.code_scanned)
        left.addWidget(self.catalog, 1)
        sale = QWidget(objectName="saleButtons")
        sale_grid = QGridLayout(sale)
        sale_grid.setContentsMargins(0, 0, 0, 0)
        sale_grid.setSpacing(6)
        self.back_button = self._button(self.tr("Home"), "Esc", "sellBackButton", self.back_requested)
        self.customer_button = self._button(self.tr("Customer"), "F7", "customerButton", self.customer_requested)
        self.custom_button = self._button(self.tr("Custom sale"), "F2", "customSaleButton",
                                          self.custom_sale_requested)
        self.fee_button = self._button(self.tr("Fee"), "Ctrl+E", "feeButton", self.fee_requested)
        self.fee_button.setToolTip(plain_tip(self.tr("A fee on the whole sale, e.g. delivery") + " (Ctrl+E)"))
        self.park_button = self._button(self.tr("Park"), "F8", "parkButton", self.park_requested)
        self.parked_button = self._button(self.tr("Parked"), "F9", "parkedButton", self.parked_requested)
        self.orders_button = self._button(self.tr("Orders"), "F10", "ordersButton", self.orders_requested)
        self.price_check_button = self._button(self.tr("Price check"), "F11", "priceCheckButton",
                                               self.price_check_requested)
        self.price_check_button.setToolTip(plain_tip(self.tr("Scan or find an item to see its price and stock; "
                                                             "nothing is added") + " (F11)"))
        self.void_button = self._button(self.tr("Void cart"), "Ctrl+Del", "voidCartButton", self.void_requested)
        self.void_button.setToolTip(plain_tip(self.tr("Void the whole cart (logged)") + " (Ctrl+Del)"))
        self.sale_buttons = (self.back_button, self.customer_button, self.custom_button, self.fee_button,
                             self.park_button, self.parked_button, self.orders_button, self.price_check_button,
                             self.void_button)
        for n, button in enumerate(self.sale_buttons):
            sale_grid.addWidget(button, n // 3, n % 3)
        for column in range(3):
            sale_grid.setColumnStretch(column, 1)
        left.addWidget(sale)
        layout.addLayout(left, 4)

        # right: the cart, its line actions, the totals and Pay
        right = QVBoxLayout()
        right.setSpacing(8)
        self.customer_label = PlainLabel(objectName="cartCustomer")
        self.customer_label.hide()
        right.addWidget(self.customer_label)
        self.table = CartTable(objectName="cartTable")
        self.table.setAccessibleName(self.tr("Cart"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)  # a selected row would repaint the titles on every scan
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the font, never "resize to contents": that reads every row of the cart on each change
        metrics = self.table.fontMetrics()
        widest = {1: "999.999", 2: self.fmt.format(Decimal("9999.99")), 3: self.fmt.format(Decimal("-99999.99"))}
        titles = header.fontMetrics()
        for column, sample in widest.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))  # "Prix unitaire" is wider
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             titles.horizontalAdvance(title) + 8) + 24)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._emit_for_line(self.quantity_requested))
        right.addWidget(self.table, 1)
        self.notice = NoticeLabel(self, lines=1)  # a longer message takes room from the cart, never moves a button
        right.addWidget(self.notice)

        buttons = QWidget(objectName="sellButtons")
        grid = QGridLayout(buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.minus_button = self._button("−", "Ctrl+-", "minusButton", lambda: self._step(-1))
        self.minus_button.setAccessibleName(self.tr("One less"))
        self.plus_button = self._button("+", "Ctrl++", "plusButton", lambda: self._step(1))
        self.plus_button.setAccessibleName(self.tr("One more"))
        self.quantity_button = self._button(self.tr("Quantity"), "F4", "quantityButton",
                                            lambda: self._emit_for_line(self.quantity_requested))
        self.discount_button = self._button(self.tr("Discount"), "F6", "discountButton",
                                            lambda: self._emit_for_line(self.discount_requested))
        self.remove_button = self._button(self.tr("Remove"), "Del", "removeButton", self._on_remove_clicked)
        self.note_button = self._button(self.tr("Note"), "Ctrl+N", "noteButton",
                                        lambda: self._emit_for_line(self.note_requested))
        self.price_button = self._button(self.tr("Price"), "Ctrl+O", "priceButton",
                                         lambda: self._emit_for_line(self.price_requested))
        self.price_button.setToolTip(plain_tip(self.tr("Override the price: a manager approves") + " (Ctrl+O)"))
        self.cart_discount_button = self._button(self.tr("Cart discount"), "F5", "cartDiscountButton",
                                                 self.cart_discount_requested)
        self.line_buttons = (self.minus_button, self.plus_button, self.quantity_button, self.discount_button,
                             self.remove_button, self.note_button, self.price_button, self.cart_discount_button)
        for n, button in enumerate(self.line_buttons):
            grid.addWidget(button, n // 4, n % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        right.addWidget(buttons)

        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        totals = QFrame(objectName="totalsCard")
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(14, 8, 14, 8)
        self.totals_grid = QGridLayout()
        self.totals_grid.setColumnStretch(0, 1)
        self.totals_grid.setVerticalSpacing(2)
        totals_layout.addLayout(self.totals_grid)
        totals_layout.addStretch(1)
        self.totals_card = totals
        bottom.addWidget(totals, 1)
        pay_side = QVBoxLayout()
        pay_side.setSpacing(4)
        total_row = QHBoxLayout()
        total_row.addWidget(PlainLabel(self.tr("Total"), objectName="totalCaption"))
        total_row.addStretch(1)
        self.total_label = FigureLabel(self.fmt.format(Decimal(0)), objectName="cartTotal",
                                       widest=self.fmt.format(Decimal("9999.99")))
        self.total_label.setAccessibleName(self.tr("Total"))
        # its box is as wide as the widest usual total: the figure keeps to the right edge, under the hand
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total_row.addWidget(self.total_label)
        pay_side.addLayout(total_row)
        self.pay_button = self._button(self.tr("Pay"), "F12", "payButton", self.pay_requested, role="primary")
        pay_side.addWidget(self.pay_button, 1)
        bottom.addLayout(pay_side, 1)
        right.addLayout(bottom)
        layout.addLayout(right, 6)

        # room for the usual rows (subtotal, discounts, three taxes) from the start: the first scan moves nothing
        self.totals_card.setMinimumHeight(self._totals_room(TOTALS_ROWS))
        search = QShortcut(QKeySequence("F3"), self, activated=self.focus_search)
        search.setObjectName("searchShortcut")
        self.search_shortcut = search

    def _totals_room(self, rows: int) -> int:
        probe = PlainLabel("0", objectName="totalsValue")
        probe.ensurePolished()
        probe.setParent(self)
        probe.ensurePolished()
        height = probe.sizeHint().height()
        probe.deleteLater()
        return rows * (height + 2) + 16 + 2

    # showing -------------------------------------------------------------------------------------
    def set_catalog(self, index: CatalogIndex, categories: Sequence[Mapping[str, Any]]) -> None:
        """The products to sell."""
        self.catalog.set_catalog(index, categories)

    def set_priced(self, priced: Priced) -> None:
        """Show the cart as the engine priced it; the line that changed is selected (else the same one)."""
        old_row = self.table.currentIndex().row()
        selected = self.selected_line_id()
        self.priced = priced
        keep = self.model.set_priced(priced) or selected
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        if row >= 0:
            if self.table.currentIndex().row() != row or not self.table.selectionModel().isRowSelected(row):
                self._quiet_selection = True  # the buttons follow once, below
                try:
                    self.table.selectRow(row)
                finally:
                    self._quiet_selection = False
            self.table.scrollTo(self.model.index(row, 0))
        rows = totals_rows(priced, self.fmt)
        while len(self._totals_labels) < len(rows):  # labels are reused: no widget churn on every scan
            caption = PlainLabel(objectName="totalsCaption")
            value = FigureLabel(objectName="totalsValue", widest=self.fmt.format(Decimal("-9999.99")))
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            n = len(self._totals_labels)
            self.totals_grid.addWidget(caption, n, 0)
            self.totals_grid.addWidget(value, n, 1)
            self._totals_labels.append((caption, value))
        for n, (caption, value) in enumerate(self._totals_labels):
            shown = n < len(rows)
            caption.setText(rows[n][0] if shown else "")
            value.setText(rows[n][1] if shown else "")
            caption.setVisible(shown)
            value.setVisible(shown)
        self.total_label.setText(self.fmt.format(priced.total))
        customer = priced.state.customer_name
        self.customer_label.setText(self.tr("Customer: {name}").format(name=customer) if customer else "")
        self.customer_label.setVisible(bool(customer))
        self._update_buttons()
        self.priced_shown.emit(priced)

    def totals_text(self) -> str:
        """The totals panel as text (for tests and screen readers)."""
        rows = [f"{caption.text()}\t{value.text()}" for caption, value in self._totals_labels if caption.text()]
        return "\n".join([*rows, self.tr("Total") + "\t" + self.total_label.text()])

    def show_message(self, text: str, kind: str = "error") -> None:
        """A message under the cart (never a modal box: the queue keeps moving)."""
        self.notice.show_message(text, kind)

    def focus_search(self) -> None:
        """F3: the search box, its text selected."""
        self.catalog.search_edit.setFocus()
        self.catalog.search_edit.selectAll()

    def selected_line_id(self) -> str | None:
        """The selected cart line (None: no line, or the cart discount's row)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.model.is_discount_row(rows[0].row()) or rows[0].row() >= self.model.line_count:
            return None
        return self.model.line(rows[0].row()).line_id

    def discount_row_selected(self) -> bool:
        """Whether the cart discount's row is selected."""
        rows = self.table.selectionModel().selectedRows()
        return bool(rows) and self.model.is_discount_row(rows[0].row())

    def select_line(self, line_id: str) -> None:
        """Select a cart line."""
        row = self.model.row_of(line_id)
        if row >= 0:
            self.table.selectRow(row)

    def _on_selection_changed(self, *_: object) -> None:
        if not self._quiet_selection:
            self._update_buttons()

    def _update_buttons(self) -> None:
        has_line = self.selected_line_id() is not None
        lines = self.model.line_count > 0
        self.pay_button.setEnabled(lines)
        self.park_button.setEnabled(lines)
        for button in (self.minus_button, self.plus_button, self.quantity_button, self.discount_button,
                       self.note_button, self.price_button):
            button.setEnabled(has_line)
        self.remove_button.setEnabled(has_line or self.discount_row_selected())
        self.cart_discount_button.setEnabled(lines)
        self.void_button.setEnabled(self.priced is not None and not self.priced.state.is_empty)
        # fees stay when the last line goes: the button stays too, to take them off
        self.fee_button.setEnabled(lines or bool(self.priced and self.priced.state.fees))

    def _on_remove_clicked(self) -> None:
        if self.discount_row_selected():
            self.cart_discount_remove_requested.emit()
        else:
            self._emit_for_line(self.remove_requested)

    def _step(self, delta: int) -> None:
        line_id = self.selected_line_id()
        if line_id is not None:
            self.quantity_step_requested.emit(line_id, delta)

    def _emit_for_line(self, signal: Any) -> None:
        line_id = self.selected_line_id()
        if line_id is not None:
            signal.emit(line_id)
