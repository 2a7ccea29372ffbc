"""Closing a session: count every payment method (cash by bills and coins), then see expected vs counted.

With blind close on, no expected figure is shown until the counts are confirmed; after that the counts are
frozen and the over/short per method is shown in words and colour. Then a closing note and a manager's PIN.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from register.services.reports import CountLine
from ui.counter_panel import DenominationCounterPanel, SelectingLineEdit
from ui.money_format import MoneyFormatter
from ui.report_html import difference_words, method_name
from ui.widgets import NoticeLabel, PlainLabel, action_button, form_layout, heading, hint


class CloseSessionView(QWidget):
    """Counts → confirm → over/short → note → close (manager)."""

    counts_confirmed = Signal(dict)
    """Counted amount per method: ``{"cash": Decimal, "card": "12.00" (as typed)}``."""
    close_requested = Signal(str)
    """The closing note."""
    cancelled = Signal()

    def __init__(self, currency: str, formatter: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.counter = DenominationCounterPanel(currency, formatter)
        self.method_edits: dict[str, QLineEdit] = {}
        self.method_labels: dict[str, QLabel] = {}
        self._expected: dict[str, Decimal] = {}
        self.blind = True
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 12, 40, 12)
        layout.setSpacing(6)
        self.title = heading(self.tr("Close the session"))
        layout.addWidget(self.title)
        self.guide = hint()
        layout.addWidget(self.guide)
        self.count_area = QWidget(objectName="countArea")
        area = QVBoxLayout(self.count_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.counter)
        self.expected_cash = PlainLabel(objectName="expectedCash")
        self.expected_cash.setAlignment(Qt.AlignmentFlag.AlignRight)
        area.addWidget(self.expected_cash)
        layout.addWidget(self.count_area)

        self.result_frame = QFrame(objectName="card")
        self.result_grid = QGridLayout(self.result_frame)
        self.result_grid.setContentsMargins(18, 12, 18, 12)
        self.result_grid.setHorizontalSpacing(24)
        layout.addWidget(self.result_frame)

        note_form = form_layout()
        self.note_edit = QLineEdit(objectName="closingNote")
        self.note_edit.setPlaceholderText(self.tr("Optional: explain a difference, a jammed drawer…"))
        note_form.addRow(self.tr("Closing &note"), self.note_edit)
        layout.addLayout(note_form)
        self.notice = NoticeLabel(self, lines=1)  # over an empty stretch: a longer one moves no button
        layout.addWidget(self.notice)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.cancel_button = action_button(self.tr("Back"), "Esc", name="cancelButton", role="secondary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.confirm_button = action_button(self.tr("Confirm counts"), "F4", name="confirmCountsButton")
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.close_button = action_button(self.tr("Close session"), "F10", name="finalCloseButton")
        self.close_button.clicked.connect(lambda: self.close_requested.emit(self.note_edit.text().strip()))
        # the counted total beside the buttons, and a row of digits over them (a touch till has no keyboard): the
        # count, the other methods and the note on one 1024×768 screen
        self.count_pad = self.counter.count_pad(self)
        layout.insertWidget(layout.indexOf(self.notice), self.count_pad)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.counter.total_label)
        row.addSpacing(16)
        row.addWidget(self.confirm_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def start(self, methods: Sequence[str], expected: dict[str, Decimal], *, blind: bool, number: str) -> None:
        """A fresh count of ``methods`` (cash first); ``expected`` is shown only when not ``blind``."""
        self.blind = blind
        self._expected = dict(expected)
        self.title.setText(self.tr("Close session {number}").format(number=number))
        self.guide.setText(
            self.tr("Count the drawer and type what the card terminal's batch says. The expected amounts appear "
                    "after you confirm the counts (blind close).") if blind else
            self.tr("Count the drawer and type what the card terminal's batch says, then confirm the counts."))
        self.counter.clear()
        self.counter.set_read_only(False)
        self.counter.clear_rows()
        self.method_edits.clear()
        self.method_labels.clear()
        for key in methods:
            if key == "cash":
                continue
            edit = SelectingLineEdit("", objectName=f"count_{key}")
            edit.setPlaceholderText(self.formatter.number(Decimal(0)))
            edit.returnPressed.connect(self._on_method_return)
            label = self.tr("{method} counted").format(method=method_name(key))
            if not blind:
                label += "   " + self.tr("(expected {amount})").format(
                    amount=self.formatter.format(expected.get(key, Decimal(0))))
            self.method_labels[key] = self.counter.add_row(label, edit)
            self.method_edits[key] = edit
        self.expected_cash.setText("" if blind else self.tr("Expected cash: {amount}").format(
            amount=self.formatter.format(expected.get("cash", Decimal(0)))))
        self.expected_cash.setVisible(not blind)
        self._clear_results()
        self.result_frame.hide()
        self.count_area.show()
        self.count_pad.show()
        self.counter.total_label.show()
        self.note_edit.clear()
        self.notice.clear_message()
        self.confirm_button.setVisible(True)
        self.confirm_button.setEnabled(True)
        self.close_button.setVisible(False)
        self.setEnabled(True)
        # Tab goes through the counts in the drawer's order, then each method's count, then the note, then the
        # buttons (the method fields are made after the buttons: without this, Tab reached them last)
        chain: list[QWidget] = [*self.counter.fields(), *self.method_edits.values(), self.note_edit,
                                self.confirm_button, self.close_button, self.cancel_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        first = next(iter(self.counter.fields()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_method_return(self) -> None:
        """Return in a method's count: on to the next count, then the note."""
        edits = list(self.method_edits.values())
        focus = self.focusWidget()
        at = edits.index(focus) if focus in edits else -1
        (edits[at + 1] if 0 <= at < len(edits) - 1 else self.note_edit).setFocus(Qt.FocusReason.TabFocusReason)

    def missing_count(self) -> str | None:
        """The first payment method whose count was left empty (None: each has one, "0" counts)."""
        return next((key for key, edit in self.method_edits.items() if not edit.text().strip()), None)

    def counted(self) -> dict[str, object]:
        """What was counted: cash as a Decimal, the other methods as typed."""
        typed = self.counter.amount_edit
        cash: object = (typed.text().strip() or "0") if typed is not None else self.counter.total()
        if isinstance(cash, str):
            cash = self.formatter.parse(cash) or "0"
        return {"cash": cash, **{k: self.formatter.parse(e.text()) or "0" for k, e in self.method_edits.items()}}

    def _on_confirm_clicked(self) -> None:
        self.notice.clear_message()
        missing = self.missing_count()
        if missing is not None:  # an empty field is not a count of zero: a short of the whole batch by mistake
            self.notice.show_message(self.tr("{method}: type what was counted (0 if there is none), then confirm "
                                             "the counts.").format(method=method_name(missing)))
            self.method_edits[missing].setFocus(Qt.FocusReason.TabFocusReason)
            return
        self.counts_confirmed.emit(self.counted())

    def show_reconciliation(self, lines: Sequence[CountLine]) -> None:
        """Freeze the counts and show expected, counted and over/short per method."""
        self.counter.set_read_only(True)
        for edit in self.method_edits.values():
            edit.setReadOnly(True)
        self._clear_results()
        for col, title in enumerate((self.tr("Method"), self.tr("Expected"), self.tr("Counted"),
                                     self.tr("Over / short"))):
            label = PlainLabel(title, objectName="countsHeader")
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            self.result_grid.addWidget(label, 0, col)
        for row, line in enumerate(lines, start=1):
            words, _ = difference_words(line.difference, self.formatter)
            state = "over" if line.difference > 0 else "short" if line.difference < 0 else "even"
            diff = PlainLabel(words, objectName=f"difference_{line.method}")
            diff.setProperty("state", state)
            cells = [PlainLabel(method_name(line.method)), PlainLabel(self.formatter.format(line.expected)),
                     PlainLabel(self.formatter.format(line.counted)), diff]
            for col, cell in enumerate(cells):
                if col:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.result_grid.addWidget(cell, row, col)
        self.result_frame.show()
        self.count_area.hide()  # the counts are in the table now, frozen
        self.count_pad.hide()
        self.counter.total_label.hide()
        self.guide.setText(self.tr("The counts are recorded. Explain any difference in the note, then close the "
                                   "session with a manager's PIN."))
        self.confirm_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setEnabled(True)
        self.note_edit.setFocus()

    def difference_text(self, method: str) -> str:
        """The over/short words shown for ``method`` ("" before confirmation)."""
        label = self.result_frame.findChild(QLabel, f"difference_{method}")
        return label.text() if label is not None and self.result_frame.isVisible() else ""

    def expected_visible(self) -> bool:
        """Whether any expected figure is on screen."""
        return self.expected_cash.isVisible() or self.result_frame.isVisible() or any(
            "(" in label.text() for label in self.method_labels.values())

    def _clear_results(self) -> None:
        while self.result_grid.count():
            item = self.result_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def show_error(self, text: str) -> None:
        """Why the counts or the close were refused."""
        self.setEnabled(True)
        self.close_button.setEnabled(True)
        self.notice.show_message(text)
