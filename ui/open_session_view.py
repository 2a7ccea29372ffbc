"""Opening a session: count the float by bills and coins, add a note, open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.counter_panel import DenominationCounterPanel
from ui.errors import plain_words
from ui.money_format import MoneyFormatter
from ui.widgets import NoticeLabel, action_button, form_layout, heading, hint


class OpenSessionView(QWidget):
    """The float counter and the opening note."""

    open_confirmed = Signal(object, str)
    """The counted float (Decimal) and the note."""
    cancelled = Signal()

    def __init__(self, currency: str, formatter: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.counter = DenominationCounterPanel(currency, formatter)
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Open a cash session")))
        layout.addWidget(hint(self.tr("Count the float in the drawer: type how many of each bill and coin (Tab "
                                      "moves on, Up/Down add or take one) or tap + and −.")))
        layout.addWidget(self.counter)
        form = form_layout()
        self.note_edit = QLineEdit(objectName="openingNote")
        self.note_edit.setPlaceholderText(self.tr("Optional: anything the closing manager should know"))
        form.addRow(self.tr("Opening &note"), self.note_edit)
        layout.addLayout(form)
        self.notice = NoticeLabel(self, lines=1)  # over an empty stretch: a longer one moves no button
        layout.addWidget(self.notice)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.cancel_button = action_button(self.tr("Back"), "Esc", name="cancelButton", role="secondary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.open_button = action_button(self.tr("Open session"), "F2", name="confirmOpenButton")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.count_pad = self.counter.count_pad(self)  # digits to tap (a touch till has no keyboard)
        layout.insertWidget(layout.indexOf(self.notice), self.count_pad)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.counter.total_label)
        row.addSpacing(16)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def reset(self) -> None:
        """A fresh count."""
        self.counter.clear()
        self.note_edit.clear()
        self.notice.clear_message()
        self.setEnabled(True)
        first = next(iter(self.counter.spins.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def _on_open_clicked(self) -> None:
        try:
            counted = self.counter.total()
        except ValueError as err:
            self.show_error(plain_words(err))
            return
        self.open_confirmed.emit(counted, self.note_edit.text().strip())

    def show_error(self, text: str) -> None:
        """Why the session did not open."""
        self.setEnabled(True)
        self.notice.show_message(text)
