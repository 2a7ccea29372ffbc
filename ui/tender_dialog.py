"""The store's other payment types (gift card, check, voucher, store credit): choose one, the amount and its
reference. Touch-sized buttons for the types; the arrow keys move between them, Tab goes on to the amount."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from register.services.payments import PaymentMethod
from ui.form_dialog import FormDialog
from ui.words import method_words, reference_words

translate = QCoreApplication.translate

COLUMNS = 2
FIELD_MNEMONICS = frozenset("ar")
"""Letters the fields' labels use (Alt+A, Alt+R): the types take others."""


def _mnemonic(name: str, taken: set[str]) -> str:
    """``Gift card`` → ``&Gift card``: the first letter of the name not yet taken (none left: no mnemonic)."""
    for i, char in enumerate(name):
        if char.isalpha() and char.lower() not in taken:
            taken.add(char.lower())
            return f"{name[:i]}&{name[i:]}"
    return name


class OtherPaymentDialog(FormDialog):
    """A payment type (one button each, the first chosen), the amount ("" = what is due) and a reference.
    ``submitted`` carries ``method`` (the payment type), ``amount`` and ``reference``."""

    def __init__(self, methods: Sequence[PaymentMethod], due_text: str, amount: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("OtherPaymentDialog", "Other payment"),
                         translate("OtherPaymentDialog", "How does the customer pay? Then the amount (empty: the "
                                   "{due} due) and the number on the card, check or voucher.").format(due=due_text),
                         translate("OtherPaymentDialog", "Take payment"), parent)
        self.setObjectName("otherPaymentDialog")
        self.methods = tuple(methods)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.method_buttons: dict[str, QPushButton] = {}
        panel = QWidget(objectName="otherMethods")
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        taken = set(FIELD_MNEMONICS)
        for n, method in enumerate(self.methods):
            button = QPushButton(_mnemonic(method_words(method.key), taken), objectName="otherMethodButton")
            button.setProperty("method", method.key)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.installEventFilter(self)
            self.group.addButton(button, n)
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)
            self.method_buttons[method.key] = button
        self.form.addRow(panel)
        self.amount_edit = self.add_field("amount", self.tr("&Amount"), text=amount, numeric=True,
                                          placeholder=self.tr("empty: {due}").format(due=due_text))
        self.reference_edit = self.add_field("reference", self.tr("&Reference"), placeholder=self.tr("optional"))
        self.group.idToggled.connect(self._on_group_id_toggled)
        if self.methods:
            self.method_buttons[self.methods[0].key].setChecked(True)

    def chosen(self) -> PaymentMethod | None:
        """The payment type chosen."""
        n = self.group.checkedId()
        return self.methods[n] if 0 <= n < len(self.methods) else None

    def choose(self, key: str) -> None:
        """Choose the payment type ``key`` (as a tap on its button does)."""
        self.method_buttons[key].click()

    def values(self) -> dict[str, str]:
        """The typed texts and ``method``, the payment type chosen."""
        chosen = self.chosen()
        return {**super().values(), "method": chosen.key if chosen is not None else ""}

    def _on_group_id_toggled(self, n: int, checked: bool) -> None:
        if checked:
            method = self.methods[n]
            label = self.form.labelForField(self.reference_edit)
            if isinstance(label, QLabel):
                reference = reference_words(method.key, method.reference)
                at = reference.lower().find("r")  # Alt+R where the words have an r
                label.setText(reference if at < 0 else f"{reference[:at]}&{reference[at:]}")
            self.reference_edit.setPlaceholderText(self.tr("optional: the {reference}").format(
                reference=reference_words(method.key, method.reference).lower()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On a type, Tab goes on to the amount (not to the next type: the arrows do that), and so does Return,
        # choosing the type (the buttons are not default buttons: Return would do nothing)
        if (event.type() == QEvent.Type.KeyPress and watched in self.method_buttons.values()
                and isinstance(event, QKeyEvent) and isinstance(watched, QPushButton)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if event.key() != Qt.Key.Key_Tab:
                watched.click()
            self.amount_edit.setFocus(Qt.FocusReason.TabFocusReason)
            self.amount_edit.selectAll()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        chosen = self.chosen()
        if chosen is not None:
            self.method_buttons[chosen.key].setFocus()  # arrows choose, Tab goes on to the amount
