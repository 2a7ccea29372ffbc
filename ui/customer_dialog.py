"""The customer of the sale: search the cached customers (name, email, phone), attach one, detach, or
create one on the spot (queued for Final POS, attached at once)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from register.services.catalog import normalize
from register.text import printable
from ui.form_dialog import FormDialog
from ui.widgets import action_button, form_layout

translate = QCoreApplication.translate

RESULT_LIMIT = 30


def customer_name(record: Mapping[str, Any]) -> str:
    """``Ana Lopez``."""
    return " ".join(str(record.get(k) or "") for k in ("firstName", "lastName")).strip() or str(
        record.get("email") or "")


class CustomerDialog(FormDialog):
    """Type to search; Enter (or Attach) attaches the highlighted customer. New customer: fill the fields
    below and press Create."""

    attach_requested = Signal(str, str)
    """(customer id, name)."""
    detach_requested = Signal()

    def __init__(self, customers: Sequence[Mapping[str, Any]], parent: QWidget | None = None,
                 *, attached: str = "") -> None:
        super().__init__(translate("CustomerDialog", "Customer"),
                         translate("CustomerDialog", "Search by name, email or phone and press Enter to attach. Or "
                                   "create a new customer with the fields below."),
                         translate("CustomerDialog", "Create and attach"), parent)
        self.setObjectName("customerDialog")
        self.set_min_width(620)
        self._customers = [(normalize(" ".join(str(c.get(k) or "") for k in ("firstName", "lastName", "email",
                                                                            "phone"))), c) for c in customers]
        self.search_edit = self.add_field("search", self.tr("&Search"), placeholder=self.tr("name, email or phone"))
        self.search_edit.returnPressed.disconnect()
        self.search_edit.returnPressed.connect(self._on_attach_clicked)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.results = QListWidget(objectName="customerResults")
        self.results.setAccessibleName(self.tr("Customers found"))
        self.results.setMinimumHeight(4 * 44 + 4)
        self.results.itemActivated.connect(lambda _item: self._on_attach_clicked())
        self.attach_button = action_button(self.tr("Attach"), "F2", name="attachButton", role="secondary")
        self.attach_button.clicked.connect(self._on_attach_clicked)
        shown = printable(attached).replace("&", "&&")  # a name's "&" is a letter, not a shortcut
        self.detach_button = action_button(self.tr("Detach {name}").format(name=shown).strip(), "F8",
                                           name="detachButton",
                                           role="secondary")
        self.detach_button.clicked.connect(self.detach_requested)
        self.detach_button.setVisible(bool(attached))
        # the list and its buttons in the dialog's own column (a form row gives a list less than its height: it ran
        # into the button under it), then the new customer's fields two to a line: it fits a 1024×768 screen
        at = self._layout.indexOf(self.notice)
        self._layout.insertWidget(at, self.results)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button, 1)
        buttons.addWidget(self.detach_button, 1)
        self._layout.insertLayout(at + 1, buttons)
        self.form = form_layout()
        self._layout.insertLayout(at + 2, self.form)
        self.add_fields_row([("first", self.tr("&First name")), ("last", self.tr("&Last name"))])
        self.add_fields_row([("email", self.tr("&Email")), ("phone", self.tr("P&hone"))])
        self._on_search_edit_text_changed("")

    def _on_search_edit_text_changed(self, text: str) -> None:
        words = normalize(text).split()
        self.results.clear()
        for hay, record in self._customers:
            if all(w in hay for w in words):
                extra = " · ".join(str(record.get(k)) for k in ("email", "phone") if record.get(k))
                item = QListWidgetItem(printable(f"{customer_name(record)}    {extra}"))
                item.setData(Qt.ItemDataRole.UserRole, (str(record.get("id")), customer_name(record)))
                self.results.addItem(item)
                if self.results.count() >= RESULT_LIMIT:
                    break
        if self.results.count():
            self.results.setCurrentRow(0)
        self.attach_button.setEnabled(self.results.count() > 0)

    def _on_attach_clicked(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            customer_id, name = item.data(Qt.ItemDataRole.UserRole)
            self.attach_requested.emit(customer_id, name)

    def new_customer(self) -> dict[str, str]:
        """The quick-create fields."""
        values = self.values()
        return {k: values[k] for k in ("first", "last", "email", "phone")}
