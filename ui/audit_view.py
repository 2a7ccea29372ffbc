"""The audit log on screen, for a manager: every entry newest first, and whether the chain checks out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from register.services.audit import AuditCheck, AuditEntry
from register.text import printable
from ui.home_view import local_time
from ui.widgets import NoticeLabel, action_button, heading, hint, plain_tip
from ui.words import audit_action_words

translate = QCoreApplication.translate


def detail_text(detail: dict[str, Any]) -> str:
    """``amount=5.00, reason=float to the bank`` (plain text, one line)."""
    return ", ".join(f"{key}={value}" for key, value in detail.items() if value not in (None, "", [], {}))


def problem_words(problem: str) -> str:
    """What :func:`register.store.audit.verify` found, in the screens' language."""
    words = {
        "its content was changed after it was written": translate("AuditView", "its content was changed after it "
                                                                               "was written"),
        "it does not follow the entry before it": translate("AuditView", "it does not follow the entry before it"),
        "it does not follow the entry before it (an entry before it was deleted)": translate(
            "AuditView", "an entry before it was deleted"),
        "the protection against changes was removed": translate("AuditView", "the protection against changes was "
                                                                             "removed"),
    }
    return words.get(problem, problem)


class AuditView(QWidget):
    """A read-only table of the audit log; Back returns to the session screen."""

    back_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Audit log")))
        self.summary = hint()
        self.summary.setObjectName("auditSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("About"),
                                              self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 170)  # ids are long: the whole of it in the tooltip
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.back_button = action_button(self.tr("Back"), "Esc", name="backButton", role="secondary")
        self.back_button.clicked.connect(self.back_requested)
        self.refresh_button = action_button(self.tr("Refresh"), "F5", name="refreshButton", role="secondary")
        self.refresh_button.clicked.connect(self.refresh_requested)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)

    def set_entries(self, entries: Sequence[AuditEntry], check: AuditCheck) -> None:
        """Show the entries and what walking the chain found."""
        self.entries = list(entries)
        self.notice.clear_message()
        if check.intact:
            self.summary.setText(self.tr("%n entries, each chained to the one before it: nothing was changed or "
                                         "taken out.", "", check.checked))
        else:
            self.notice.show_message(self.tr("The audit log was changed behind the register's back at entry "
                                             "#{entry}: {problem}.").format(entry=check.broken_at,
                                                                             problem=problem_words(check.problem)))
            self.summary.setText(self.tr("%n entries check out before the break.", "", check.checked))
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            texts = (local_time(entry.at), entry.actor or "—", audit_action_words(entry.action), entry.subject or "",
                     detail_text(entry.detail))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(printable(str(text))[:500])
                if c >= 3 and text:
                    item.setToolTip(plain_tip(str(text)[:2000]))
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, entry.entry_id)
                self.table.setItem(r, c, item)
        if self.entries:
            self.table.selectRow(0)

    def show_message(self, text: str, kind: str = "error") -> None:
        """A message under the table."""
        self.notice.show_message(text, kind)
