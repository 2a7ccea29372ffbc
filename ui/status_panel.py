"""The status bar's fields: mode, outlet, station, session, cashier, online/offline, pending sync, clock."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from register.config import Mode


class StatusBarPanel:
    """Fills a QStatusBar with labelled fields (each a QLabel the tests and screen readers can read)."""

    def __init__(self, bar: QStatusBar, mode: Mode) -> None:
        self.bar = bar
        self.mode = QLabel("DEMO MODE" if mode is Mode.DEMO else "LIVE", objectName="modeBadge")
        self.mode.setProperty("mode", mode.value)
        self.mode.setToolTip("Training mode: sales go to the built-in demo shop on this computer, never to a real "
                             "account." if mode is Mode.DEMO else "Live: sales go to your Final POS account.")
        self.outlet = QLabel(objectName="statusOutlet")
        self.station = QLabel("Station: not paired", objectName="statusStation")
        self.session = QLabel("No session", objectName="statusSession")
        self.cashier = QLabel("Nobody signed in", objectName="statusCashier")
        self.server = QLabel("Server: starting…", objectName="statusServer")
        self.pending = QLabel("All sent", objectName="statusPending")
        self.clock = QLabel(objectName="statusClock")
        bar.addWidget(self.mode)
        for label in (self.outlet, self.station, self.session, self.cashier):
            bar.addWidget(label)
        bar.addPermanentWidget(self.server)
        bar.addPermanentWidget(self.pending)
        bar.addPermanentWidget(self.clock)
        self._timer = QTimer(bar, interval=1000, timeout=self._tick)
        self._timer.start()
        self._tick()

    def set_mode(self, mode: Mode) -> None:
        """Demo or live."""
        self.mode.setText("DEMO MODE" if mode is Mode.DEMO else "LIVE")
        self.mode.setProperty("mode", mode.value)
        self.mode.style().unpolish(self.mode)
        self.mode.style().polish(self.mode)

    def set_station(self, outlet: str, station: str) -> None:
        """The paired station (empty when not paired)."""
        self.outlet.setText(outlet)
        self.outlet.setVisible(False)  # said in the station's tooltip: the bar has no room for both
        self.station.setText(f"Station: {station}" if station else "Station: not paired")
        self.station.setToolTip(f"{station} at {outlet}" if station and outlet else "")

    def set_session(self, number: str | None) -> None:
        """The open session's number."""
        self.session.setText(f"Session {number}" if number else "No session")

    def set_cashier(self, name: str | None, role: str = "") -> None:
        """Who is signed in."""
        self.cashier.setText(f"{name} ({role})" if name and role else name or "Nobody signed in")

    def set_online(self, online: bool | None, reason: str = "") -> None:
        """Whether the server answers; words and a marker, not colour alone."""
        text = {True: "● Online", False: "○ Offline", None: "Server: starting…"}[online]
        self.server.setText(text)
        self.server.setProperty("state", {True: "online", False: "offline", None: "starting"}[online])
        self.server.setToolTip(reason or "")
        self.server.style().unpolish(self.server)
        self.server.style().polish(self.server)

    def set_pending(self, pending: int, attention: int = 0) -> None:
        """Writes not yet confirmed by the server."""
        text = "All sent" if pending == 0 else f"{pending} to send"
        if attention:
            text += f", {attention} need attention"
        self.pending.setText(text)
        self.pending_count = pending

    pending_count = 0

    def _tick(self) -> None:
        now = QDateTime.currentDateTime()
        self.clock.setText(now.toString("ddd HH:mm"))
        self.clock.setToolTip(now.toString("dddd d MMMM yyyy"))
