"""Parked carts: each with its note, when it was parked, its lines and total; resume or delete one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from register.services.cart import CartState
from register.text import printable
from ui import i18n
from ui.home_view import local_time
from ui.money_format import MoneyFormatter
from ui.widgets import NoticeLabel, action_button, dismiss_button, hint


def _when(iso: str) -> str:
    return local_time(iso, time_only=True)


class ParkedCartsDialog(QDialog):
    """The list of parked carts (window-modal, opened with ``open()``)."""

    resume_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, fmt: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.setWindowTitle(self.tr("Parked carts"))
        self.setObjectName("parkedDialog")
        self.setMinimumSize(620, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(hint(self.tr("Pick a cart and press Enter to bring it back (the current cart must be "
                                      "empty).")))
        self.list = QListWidget(objectName="parkedList")
        self.list.setAccessibleName(self.tr("Parked carts"))
        self.list.itemActivated.connect(lambda _item: self._emit(self.resume_requested))
        layout.addWidget(self.list, 1)
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.close_button = dismiss_button(self, self.tr("Close"))
        self.delete_button = action_button(self.tr("Delete"), "Del", name="deleteParkedButton", role="secondary")
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.resume_button = action_button(self.tr("Resume"), "Ctrl+Return", name="resumeButton")
        self.resume_button.clicked.connect(lambda: self._emit(self.resume_requested))
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        row.addWidget(self.resume_button)
        layout.addLayout(row)

    def set_carts(self, carts: Sequence[tuple[str, str | None, str, CartState, str]]) -> None:
        """(id, note, parked at, cart, total text) for each parked cart, oldest first."""
        self.list.clear()
        for cart_id, note, saved, state, total in carts:
            count = sum(line.quantity for line in state.lines)
            text = self.tr("{time}   {note}   —   {count} items, {total}").format(
                time=_when(saved), note=note or self.tr("(no note)"), count=i18n.quantity(count), total=total)
            item = QListWidgetItem(printable(text))
            item.setData(Qt.ItemDataRole.UserRole, cart_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.notice.show_message(self.tr("No cart is parked."), "info")
        for button in (self.delete_button, self.resume_button):
            button.setEnabled(self.list.count() > 0)
        self.list.setFocus()

    def show_error(self, text: str) -> None:
        """Why it did not work."""
        self.notice.show_message(text)

    def _emit(self, signal: Signal) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(str(item.data(Qt.ItemDataRole.UserRole)))  # type: ignore[attr-defined]
