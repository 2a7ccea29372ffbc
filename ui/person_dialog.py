"""Adding a cashier or a manager to this station (a manager approves)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from register.services.cashiers import Role
from ui.form_dialog import FormDialog
from ui.widgets import touch_combo

translate = QCoreApplication.translate


class AddPersonDialog(FormDialog):
    """Name, role, PIN, and the approving manager's name and PIN."""

    def __init__(self, parent: QWidget | None = None, *, manager: str = "") -> None:
        super().__init__(translate("AddPersonDialog", "Add a person"),
                         translate("AddPersonDialog", "Someone new at this till. Their PIN is stored as a salted "
                                   "hash only."), translate("AddPersonDialog", "Add person"), parent)
        self.setObjectName("personDialog")
        self.add_field("name", self.tr("&Name"))
        self.role_combo = touch_combo(QComboBox(objectName="roleCombo"))
        self.role_combo.addItem(self.tr("Cashier"), Role.CASHIER.value)
        self.role_combo.addItem(self.tr("Manager"), Role.MANAGER.value)
        self.form.addRow(self.tr("&Role"), self.role_combo)
        self.add_field("pin", self.tr("Their P&IN"), pin=True)
        self.add_field("manager", self.tr("Approving &manager"), text=manager)
        self.add_field("manager_pin", self.tr("Manager's PI&N"), pin=True)

    def values(self) -> dict[str, str]:
        """The fields plus the chosen role."""
        return {**super().values(), "role": str(self.role_combo.currentData())}
