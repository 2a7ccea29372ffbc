"""A manager's approval: name and PIN, for closing a session, releasing the station, adding people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.form_dialog import FormDialog

translate = QCoreApplication.translate


class ManagerApprovalDialog(FormDialog):
    """Asks a manager to approve ``action`` (for example "closing the session")."""

    def __init__(self, action: str, confirm: str, parent: QWidget | None = None, *, manager: str = "") -> None:
        super().__init__(translate("ManagerApprovalDialog", "Manager approval"),
                         translate("ManagerApprovalDialog", "A manager approves {action}: type the manager's name and "
                                   "PIN.").format(action=action), confirm, parent)
        self.action = action
        self.setObjectName("approvalDialog")
        self.add_field("manager", translate("ManagerApprovalDialog", "&Manager"), text=manager)
        self.add_field("pin", translate("ManagerApprovalDialog", "&PIN"), pin=True)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if self.fields["manager"].text():
            self.fields["pin"].setFocus()
