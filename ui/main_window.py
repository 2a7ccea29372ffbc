"""The register's main window: for now, which station and mode it is in, and the backend's state."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from register import __version__
from register.config import Mode


class MainWindow(QMainWindow):
    """Title, mode badge, station card and a status bar (mode, server, clock)."""

    def __init__(self, mode: Mode, station: str | None = None) -> None:
        super().__init__()
        self._mode = mode
        self._station = station
        self._setup_ui()
        self.set_backend_state("starting", self._starting_text())

    def _setup_ui(self) -> None:
        self.setWindowTitle(f"Register {__version__} — {self._mode_text()}")
        self.resize(1024, 640)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(18)

        title = QLabel("Register", objectName="title")
        self.mode_badge = QLabel(self._mode_text().upper(), objectName="modeBadge")
        self.mode_badge.setProperty("mode", self._mode.value)
        self.mode_badge.setToolTip(
            "Training mode: sales go to the built-in demo shop on this computer, never to a real account."
            if self._mode is Mode.DEMO
            else "Live: sales go to your Final POS account."
        )

        card = QFrame(objectName="card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        self.station_label = QLabel(objectName="stationLabel")
        self.detail_label = QLabel(objectName="detailLabel")
        self.detail_label.setWordWrap(True)
        self.backend_label = QLabel(objectName="backendLabel")
        self.backend_label.setWordWrap(True)
        for widget in (self.station_label, self.detail_label, self.backend_label):
            card_layout.addWidget(widget)
        self._show_station()

        layout.addWidget(title)
        layout.addWidget(self.mode_badge)
        layout.addWidget(card)
        layout.addStretch(1)
        self.setCentralWidget(central)

        bar = self.statusBar()
        self.status_mode = QLabel(self._mode_text())
        self.status_server = QLabel()
        self.status_clock = QLabel()
        bar.addWidget(self.status_mode)
        bar.addWidget(self.status_server, 1)
        bar.addPermanentWidget(self.status_clock)
        self._clock = QTimer(self, interval=1000, timeout=self._tick)
        self._clock.start()
        self._tick()

    def _mode_text(self) -> str:
        return "Demo mode" if self._mode is Mode.DEMO else "Live"

    def _starting_text(self) -> str:
        if self._mode is Mode.DEMO:
            return "Starting the demo shop on this computer…"
        return "Connecting to Final POS…"

    def _show_station(self) -> None:
        if self._station:
            self.station_label.setText(f"Station: {self._station}")
            self.detail_label.setText("")
        else:
            self.station_label.setText("Station: not paired yet")
            self.detail_label.setText("This computer is not yet paired with a station of your store.")

    def set_backend_state(self, state: str, text: str) -> None:
        """Show the backend's state (``starting``, ``ready`` or ``error``) in the card and status bar."""
        self.backend_label.setProperty("state", state)
        self.backend_label.setText(text)
        self.backend_label.style().unpolish(self.backend_label)
        self.backend_label.style().polish(self.backend_label)
        self.status_server.setText(
            {"starting": "Server: starting…", "ready": "Server: online", "error": "Server: offline"}[state]
        )

    def _tick(self) -> None:
        self.status_clock.setText(QDateTime.currentDateTime().toString("ddd d MMM  HH:mm"))
