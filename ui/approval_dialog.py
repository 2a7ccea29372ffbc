"""A manager's approval: name and PIN, for closing a session, releasing the station, adding people."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.form_dialog import FormDialog


class ManagerApprovalDialog(FormDialog):
    """Asks a manager to approve ``action`` (for example "closing the session")."""

    def __init__(self, action: str, confirm: str, parent: QWidget | None = None, *, manager: str = "") -> None:
        super().__init__("Manager approval", f"A manager approves {action}: type the manager's name and PIN.",
                         confirm, parent)
        self.action = action
        self.setObjectName("approvalDialog")
        self.add_field("manager", "&Manager", text=manager)
        self.add_field("pin", "&PIN", pin=True)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if self.fields["manager"].text():
            self.fields["pin"].setFocus()
