"""Cash paid into or out of the drawer: amount and reason; a manager's PIN for cash out."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.form_dialog import FormDialog


class CashMoveDialog(FormDialog):
    """``direction`` is ``in`` or ``out``."""

    def __init__(self, direction: str, currency: str, parent: QWidget | None = None) -> None:
        is_out = direction == "out"
        super().__init__(
            "Cash out" if is_out else "Cash in",
            ("Money taken out of the drawer (a supplier paid, a bank drop). A manager approves it."
             if is_out else "Money put into the drawer (change from the bank, a top-up)."),
            "Take cash out" if is_out else "Put cash in",
            parent,
        )
        self.direction = direction
        self.setObjectName("cashOutDialog" if is_out else "cashInDialog")
        self.add_field("amount", f"&Amount ({currency})", placeholder="12.50")
        self.add_field("reason", "&Reason", placeholder="What is it for?")
        if is_out:
            self.add_field("manager", "&Manager", placeholder="Manager's name")
            self.add_field("pin", "Manager &PIN", pin=True)
