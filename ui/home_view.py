"""The shift manager's home: the session's state and every action of the cash session, each with a key."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from register.services.sessions import LocalSession
from ui import i18n
from ui.money_format import MoneyFormatter
from ui.widgets import NoticeLabel, PlainLabel, action_button, heading, hint


def local_time(iso: str, *, day_only: bool = False, time_only: bool = False) -> str:
    """An ISO time from the core, in this computer's time zone, the locale's way (``5 mars 2025, 14:30:00``)."""
    try:
        when = datetime.fromisoformat(iso).astimezone().replace(tzinfo=None)
    except ValueError:
        return iso
    if time_only:
        return i18n.clock(when)
    return i18n.short_date(when) if day_only else i18n.date_time(when)


class SessionHomeView(QWidget):
    """No session: open one. A session: X report, cash in/out, no sale, close. Always: sign out."""

    open_requested = Signal()
    sell_requested = Signal()
    x_report_requested = Signal()
    cash_in_requested = Signal()
    cash_out_requested = Signal()
    no_sale_requested = Signal()
    close_requested = Signal()
    add_person_requested = Signal()
    release_requested = Signal()
    printer_requested = Signal()
    display_requested = Signal()
    sign_out_requested = Signal()
    settings_requested = Signal()
    audit_requested = Signal()
    blind_close_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self.set_session(None, "", None)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(14)
        card = QFrame(objectName="card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 18, 24, 18)
        self.title = heading("")
        self.title.setObjectName("sessionTitle")
        self.details = hint()
        self.details.setObjectName("sessionDetails")
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.details)
        layout.addWidget(card)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.sell_button = action_button(self.tr("Sell"), "F1", name="sellButton")
        self.sell_button.setMinimumHeight(76)
        self.sell_button.clicked.connect(self.sell_requested)
        grid.addWidget(self.sell_button, 0, 0, 1, 3)
        self.open_button = action_button(self.tr("Open session"), "F2", name="openButton")
        self.x_button = action_button(self.tr("X report"), "F5", name="xReportButton")
        self.cash_in_button = action_button(self.tr("Cash in"), "F6", name="cashInButton")
        self.cash_out_button = action_button(self.tr("Cash out"), "F7", name="cashOutButton")
        self.no_sale_button = action_button(self.tr("Open drawer (no sale)"), "F8", name="noSaleButton")
        self.close_button = action_button(self.tr("Close session"), "F9", name="closeButton")
        buttons = [(self.open_button, self.open_requested), (self.x_button, self.x_report_requested),
                   (self.cash_in_button, self.cash_in_requested), (self.cash_out_button, self.cash_out_requested),
                   (self.no_sale_button, self.no_sale_requested), (self.close_button, self.close_requested)]
        for index, (button, signal) in enumerate(buttons):
            button.setMinimumHeight(64)
            button.clicked.connect(signal)
            grid.addWidget(button, 1 + index // 3, index % 3)
        layout.addLayout(grid)
        # under the buttons, above an empty stretch: a message that comes, goes or takes two lines moves no button
        self.notice = NoticeLabel(self, lines=1)
        layout.addWidget(self.notice)
        layout.addStretch(1)

        footer = QHBoxLayout()
        footer.setSpacing(12)
        self.blind_check = QCheckBox(self.tr("Blind close: count before seeing the expected cash") + "  Ctrl+B",
                                     objectName="blindCheck")
        self.blind_check.setShortcut(QKeySequence("Ctrl+B"))
        self.blind_check.toggled.connect(self.blind_close_toggled)
        self.person_button = action_button(self.tr("Add person"), "F3", name="addPersonButton", role="secondary")
        self.person_button.clicked.connect(self.add_person_requested)
        self.printer_button = action_button(self.tr("Receipt printer"), "F11", name="printerButton", role="secondary")
        self.printer_button.clicked.connect(self.printer_requested)
        self.display_button = action_button(self.tr("Customer display"), "Ctrl+D", name="displayButton",
                                            role="secondary")
        self.display_button.clicked.connect(self.display_requested)
        self.settings_button = action_button(self.tr("Settings"), "F4", name="settingsButton", role="secondary")
        self.settings_button.clicked.connect(self.settings_requested)
        self.release_button = action_button(self.tr("Release station"), "Ctrl+R", name="releaseButton",
                                            role="secondary")
        self.release_button.clicked.connect(self.release_requested)
        self.sign_out_button = action_button(self.tr("Sign out"), "F12", name="signOutButton", role="secondary")
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.audit_button = action_button(self.tr("Audit log"), "Ctrl+L", name="auditButton", role="secondary")
        self.audit_button.clicked.connect(self.audit_requested)
        footer.addWidget(self.blind_check)
        footer.addStretch(1)
        # the station's tools, three to a row under the session's actions (room for every language's words)
        tools = (self.printer_button, self.display_button, self.person_button, self.settings_button,
                 self.audit_button)
        for index, button in enumerate(tools):
            grid.addWidget(button, 3 + index // 3, index % 3)
        for button in (self.release_button, self.sign_out_button):
            footer.addWidget(button)
        layout.addLayout(footer)
        self.cashier_label = PlainLabel(objectName="cashierLabel")
        self.cashier_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.cashier_label)

    def set_session(self, session: LocalSession | None, cashier: str, formatter: MoneyFormatter | None) -> None:
        """Show the session's state and enable what can be done in it."""
        stale = session is not None and not session.opened_today
        if session is None:
            self.title.setText(self.tr("No cash session is open"))
            self.details.setText(self.tr("Count the float in the drawer and open a session to start the day."))
        elif stale:
            since = local_time(session.opened_at, day_only=True)
            self.title.setText(self.tr("Session {number} is still open from {day}").format(number=session.number,
                                                                                           day=since))
            self.details.setText(self.tr("A session left open on another day must be closed first: count the drawer "
                                         "and close it (F9), then open today's session."))
        else:
            float_text = formatter.format(session.opening_amount) if formatter else str(session.opening_amount)
            self.title.setText(self.tr("Session {number} is open").format(number=session.number))
            self.details.setText(self.tr("Opened by {name} on {time} with a float of {amount}.").format(
                name=session.opened_by, time=local_time(session.opened_at), amount=float_text))
        self.title.setProperty("stale", stale)
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        is_open = session is not None
        self.open_button.setEnabled(not is_open)
        for button in (self.sell_button, self.x_button, self.cash_in_button, self.cash_out_button,
                       self.no_sale_button):
            button.setEnabled(is_open and not stale)
        self.close_button.setEnabled(is_open)
        self.release_button.setEnabled(not is_open)
        self.cashier_label.setText(self.tr("Signed in: {name}").format(name=cashier) if cashier else "")
        (self.close_button if stale else self.sell_button if is_open else self.open_button).setFocus()

    def set_blind_close(self, on: bool) -> None:
        """Reflect the stored setting (without announcing it back)."""
        self.blind_check.blockSignals(True)
        self.blind_check.setChecked(on)
        self.blind_check.blockSignals(False)

    def show_message(self, text: str, kind: str = "error") -> None:
        """An inline message (errors in red; ``ok`` for a done action)."""
        self.notice.show_message(text, kind)
