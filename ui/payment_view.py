"""Taking the money: cash with quick-cash buttons, card on an external terminal, the store's other payment types
(gift card, check…), split tender, a tip, the store's cash rounding, change due.

A plain widget: it shows the priced cart's payment figures (from ``core.checkout.price()``) and emits what
the cashier asks for. Complete stays disabled until the sale is paid, and while it is being committed.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from register.services.priced import Priced
from register.text import printable
from ui.money_format import MoneyFormatter
from ui.widgets import (
    NoticeLabel,
    PinPad,
    PlainLabel,
    TouchButton,
    action_button,
    form_layout,
    heading,
    hint,
    plain_tip,
)
from ui.words import method_words

translate = QCoreApplication.translate

QUICK_STEPS = (Decimal(1), Decimal(5), Decimal(10), Decimal(20), Decimal(50))
def figure_captions() -> tuple[tuple[str, str], ...]:
    """The figures panel, top to bottom: the tip and the cash rounding rows show only when they apply."""
    return (("total", translate("PaymentView", "Total")), ("tip", translate("PaymentView", "Tip (in the total)")),
            ("paid", translate("PaymentView", "Paid")), ("remaining", translate("PaymentView", "Still due")),
            ("cash_due", translate("PaymentView", "Due in cash (rounded)")),
            ("rounding", translate("PaymentView", "Cash rounding")), ("change", translate("PaymentView", "Change due")))


def quick_cash(due: Decimal, steps: tuple[Decimal, ...] = QUICK_STEPS) -> list[Decimal]:
    """Banknote suggestions above ``due``: the next whole 1, 5, 10, 20 and 50 (each once, rising); ``steps`` are
    the currency's (JPY: 100, 500, 1000, 5000, 10000)."""
    out: list[Decimal] = []
    for step in steps:
        amount = (due / step).to_integral_value(ROUND_CEILING) * step
        if amount > due and amount not in out:
            out.append(amount)
    return sorted(out)


def quick_steps(exponent: int) -> tuple[Decimal, ...]:
    """The banknote steps of a currency with ``exponent`` decimals: 1 to 50 for 2 (USD, EUR, CHF), 100 to
    10,000 for 0 (JPY, KRW: no coin of 1 is handed over as a note)."""
    return QUICK_STEPS if exponent > 0 else tuple(Decimal(n) for n in (100, 500, 1000, 5000, 10000))


class PaymentView(QWidget):
    """Total, paid, due and change; the tenders so far; cash and card; Complete."""

    cash_requested = Signal(str)
    """An amount handed over ("" = exactly what is due)."""
    card_requested = Signal(str, str)
    """(amount, "" = what is due; terminal reference)."""
    other_requested = Signal(str)
    """Another payment type (gift card, check…), to be chosen; the amount typed so far ("" = what is due)."""
    tip_requested = Signal()
    tender_remove_requested = Signal(str)
    complete_requested = Signal()
    back_requested = Signal()
    priced_shown = Signal(object)

    def __init__(self, fmt: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.priced: Priced | None = None
        self.quick_buttons: list[QPushButton] = []
        self._committing = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(heading(self.tr("Payment")))
        figures = QFrame(objectName="card")
        grid = QGridLayout(figures)
        grid.setContentsMargins(20, 14, 20, 14)
        self.figure_labels: dict[str, QLabel] = {}
        self.figure_captions: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(figure_captions()):
            label = PlainLabel(caption, objectName="paymentCaption")
            grid.addWidget(label, row, 0)
            value = PlainLabel(objectName=f"payment_{key}")
            value.setProperty("figure", key)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, 1)
            self.figure_captions[key] = label
            self.figure_labels[key] = value
        left.addWidget(figures)
        left.addWidget(hint(self.tr("Payments taken (select one and press Remove to take it back):")))
        self.tenders = QListWidget(objectName="tenderList")
        self.tenders.setAccessibleName(self.tr("Payments taken"))
        left.addWidget(self.tenders, 1)
        self.remove_tender_button = action_button(self.tr("Remove payment"), "Ctrl+Del", name="removeTenderButton",
                                                  role="secondary")
        self.remove_tender_button.clicked.connect(self._on_remove_tender_clicked)
        left.addWidget(self.remove_tender_button)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(10)
        form = form_layout()
        self.amount_edit = QLineEdit(objectName="amountEdit")
        self.amount_edit.setPlaceholderText(self.tr("empty: exactly what is due; Enter takes it in cash"))
        self.amount_edit.returnPressed.connect(lambda: self.cash_requested.emit(self.typed_amount()))
        form.addRow(self.tr("&Amount"), self.amount_edit)
        self.reference_edit = QLineEdit(objectName="referenceEdit")
        self.reference_edit.setPlaceholderText(self.tr("the card terminal's approval or receipt number"))
        form.addRow(self.tr("Card &reference"), self.reference_edit)
        right.addLayout(form)
        right.addWidget(hint(self.tr("Cash handed over:")))
        self.quick_row = QGridLayout()
        self.quick_row.setSpacing(8)
        right.addLayout(self.quick_row)
        methods = QGridLayout()
        methods.setSpacing(8)
        self.cash_button = action_button(self.tr("Cash"), "F5", name="cashButton")
        self.cash_button.clicked.connect(lambda: self.cash_requested.emit(self.typed_amount()))
        self.card_button = action_button(self.tr("Card (terminal)"), "F6", name="cardButton")
        self.card_button.clicked.connect(lambda: self.card_requested.emit(self.typed_amount(),
                                                                          self.reference_edit.text().strip()))
        self.other_button = action_button(self.tr("Other payment"), "F7", name="otherButton")
        self.other_button.setToolTip(self.tr("Gift card, check, voucher, store credit") + " (F7)")
        self.other_button.clicked.connect(lambda: self.other_requested.emit(self.typed_amount()))
        self.tip_button = action_button(self.tr("Tip"), "F8", name="tipButton", role="secondary")
        self.tip_button.clicked.connect(self.tip_requested)
        for n, button in enumerate((self.cash_button, self.card_button, self.other_button, self.tip_button)):
            methods.addWidget(button, n // 2, n % 2)
        right.addLayout(methods)
        # digits to tap into the amount (or the card reference, when it has the focus): a split payment by finger
        self.pad = PinPad(self._pad_target, self, columns=7, decimal=self.fmt.number(Decimal("0.5"))[1:2])
        self.pad.setObjectName("paymentPad")
        right.addWidget(self.pad)
        self.notice = NoticeLabel(self)
        right.addWidget(self.notice)
        right.addStretch(1)
        row = QHBoxLayout()
        self.back_button = action_button(self.tr("Back to the cart"), "Esc", name="paymentBackButton",
                                         role="secondary")
        self.back_button.clicked.connect(self.back_requested)
        self.complete_button = action_button(self.tr("Complete sale"), "F12", name="completeButton")
        self.complete_button.setMinimumHeight(64)
        self.complete_button.clicked.connect(self._on_complete_clicked)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.complete_button)
        right.addLayout(row)
        layout.addLayout(right, 1)

    def _pad_target(self) -> QLineEdit:
        return self.reference_edit if self.reference_edit.hasFocus() else self.amount_edit

    def typed_amount(self) -> str:
        """The amount typed, as plain decimal text (``22,00`` in fr_FR → ``22.00``; "" for none)."""
        return self.fmt.parse(self.amount_edit.text())

    def set_priced(self, priced: Priced) -> None:
        """Show the payment figures of ``priced``; Complete only when it is paid."""
        self.priced = priced
        due = max(priced.remaining, Decimal(0))
        cash_due = due if priced.cash_due is None else priced.cash_due
        rounding = priced.cash_rounding + priced.cash_due_rounding  # applied, or to apply if cash pays the rest
        values = {"total": priced.total, "tip": priced.tip, "paid": priced.paid, "remaining": due,
                  "cash_due": cash_due, "rounding": rounding, "change": priced.change}
        shown = {"tip": priced.tip != 0, "cash_due": cash_due != due, "rounding": rounding != 0}
        for key, value in values.items():
            self.figure_labels[key].setText(self.fmt.format(value))
            self.figure_labels[key].setVisible(shown.get(key, True))
            self.figure_captions[key].setVisible(shown.get(key, True))
        remaining = self.figure_labels["remaining"]  # red while something is due; nothing due is not an alarm
        remaining.setProperty("due", due > 0)
        remaining.style().unpolish(remaining)
        remaining.style().polish(remaining)
        self.tenders.clear()
        for tender in priced.state.tenders:
            name = method_words(tender.method)
            text = f"{name}  {self.fmt.format(tender.tendered)}"
            if tender.change:
                text += "  " + self.tr("(change {amount})").format(amount=self.fmt.format(tender.change))
            if tender.reference:
                text += "  " + self.tr("ref. {reference}").format(reference=tender.reference)
            item = QListWidgetItem(printable(text))
            item.setData(Qt.ItemDataRole.UserRole, tender.tender_id)
            self.tenders.addItem(item)
        if self.tenders.count():
            self.tenders.setCurrentRow(self.tenders.count() - 1)
        while self.quick_row.count():
            widget = self.quick_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.quick_buttons = []
        if due > 0:
            for n, amount in enumerate([cash_due, *quick_cash(cash_due, quick_steps(self.fmt.exponent))]):
                label = self.tr("Exact {amount}").format(amount=self.fmt.format(amount)) if n == 0 \
                    else self.fmt.format(amount)
                button = TouchButton(label, objectName="quickCashButton")
                button.setProperty("role", "secondary")
                button.setAutoDefault(False)
                # "exact" leaves the amount to the core: it applies the store's cash rounding
                text = "" if n == 0 else format(amount, "f")
                button.clicked.connect(lambda _=False, t=text: self.cash_requested.emit(t))
                self.quick_row.addWidget(button, n // 3, n % 3)
                self.quick_buttons.append(button)
        self.amount_edit.clear()
        self.reference_edit.clear()
        self._update_buttons()
        self.focus_default()
        self.priced_shown.emit(priced)

    def focus_default(self) -> None:
        """The keyboard where the cashier goes next: Complete once paid, else the amount."""
        (self.complete_button if self.priced is not None and self.priced.settled else self.amount_edit).setFocus()

    def _update_buttons(self) -> None:
        settled = self.priced is not None and self.priced.settled
        self.complete_button.setEnabled(settled and not self._committing)
        for button in (self.cash_button, self.card_button, self.other_button, *self.quick_buttons):
            button.setEnabled(not settled and not self._committing)
        # a tip is set before any payment (the payments were taken against the total): after one, the button is off
        # and its tooltip says why
        paid = self.priced is not None and bool(self.priced.state.tenders)
        self.tip_button.setEnabled(not self._committing and not paid)
        self.tip_button.setToolTip(plain_tip(self.tr("A tip is added before any payment: remove the payments to "
                                                     "change it") if paid else self.tr("Tip") + " (F8)"))
        self.remove_tender_button.setEnabled(self.tenders.count() > 0 and not self._committing)

    def set_committing(self, on: bool) -> None:
        """While the sale is being committed nothing can be pressed twice."""
        self._committing = on
        self._update_buttons()

    def show_message(self, text: str, kind: str = "error") -> None:
        """A message under the payment buttons."""
        self.notice.show_message(text, kind)

    def _on_complete_clicked(self) -> None:
        if self._committing:
            return
        self.set_committing(True)  # at once: a second click of a double click finds the button disabled
        self.complete_requested.emit()

    def _on_remove_tender_clicked(self) -> None:
        item = self.tenders.currentItem()
        if item is not None:
            self.tender_remove_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
