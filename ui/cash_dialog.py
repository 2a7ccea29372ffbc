"""Cash paid into or out of the drawer: amount and reason; a manager's PIN for cash out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.form_dialog import FormDialog

translate = QCoreApplication.translate


class CashMoveDialog(FormDialog):
    """``direction`` is ``in`` or ``out``."""

    def __init__(self, direction: str, currency: str, parent: QWidget | None = None, *, example: str = "12.50") -> None:
        is_out = direction == "out"
        super().__init__(
            translate("CashMoveDialog", "Cash out") if is_out else translate("CashMoveDialog", "Cash in"),
            (translate("CashMoveDialog", "Money taken out of the drawer (a supplier paid, a bank drop). A manager "
                       "approves it.")
             if is_out else translate("CashMoveDialog", "Money put into the drawer (change from the bank, a top-up).")),
            translate("CashMoveDialog", "Take cash out") if is_out else translate("CashMoveDialog", "Put cash in"),
            parent,
        )
        self.direction = direction
        self.setObjectName("cashOutDialog" if is_out else "cashInDialog")
        self.add_field("amount", translate("CashMoveDialog", "&Amount ({currency})").format(currency=currency),
                       placeholder=example, numeric=True)
        self.add_field("reason", translate("CashMoveDialog", "&Reason"),
                       placeholder=translate("CashMoveDialog", "What is it for?"))
        if is_out:
            self.add_field("manager", translate("CashMoveDialog", "&Manager"),
                           placeholder=translate("CashMoveDialog", "Manager's name"))
            self.add_field("pin", translate("CashMoveDialog", "Manager &PIN"), pin=True)
