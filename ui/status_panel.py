"""The status bar's fields: mode, outlet, station, session, cashier, catalog sync, online/offline, pending sync,
clock."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QToolTip

from register.config import Mode
from register.services.events import CatalogProgress

CATALOG_KINDS = {"outlet": "outlets", "station": "stations", "category": "categories", "product": "products",
                 "variant": "variants", "customer": "customers", "tax_table": "tax tables"}


def catalog_progress_text(event: CatalogProgress) -> str:
    """The catalog sync under way, in words: what, how many so far (of how many last time), how fast, pages."""
    if event.kind == "index":
        return f"Catalog: {event.done:,} items ready" if event.finished else "Catalog: building the search index…"
    what = CATALOG_KINDS.get(event.kind, event.kind)
    count = f"{event.done:,} of {event.expected:,}" if event.expected else f"{event.done:,}"
    text = f"Catalog: {what} {count} · {event.rate:,.0f} a second · page {event.pages:,}"
    if event.resumed_pages:
        text += f" (resumed, {event.resumed_pages:,} pages kept)"
    return text


class ElidedLabel(QLabel):
    """A one-line label that a narrow window may squeeze: it then ends in "…" (``text()`` stays whole, and the
    tooltip shows it) instead of being cut at the window's edge."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Session…") + 8), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        QFrame.paintEvent(self, event)  # the style's frame and background
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())
        painter.end()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and not self.toolTip() \
                and self.elided():
            QToolTip.showText(event.globalPos(), self.text(), self)  # the whole text of a squeezed label
            return True
        return super().event(event)

    def elided(self) -> bool:
        """Whether the text is cut short now."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()


class StatusBarPanel:
    """Fills a QStatusBar with labelled fields (each a QLabel the tests and screen readers can read)."""

    def __init__(self, bar: QStatusBar, mode: Mode) -> None:
        self.bar = bar
        self.mode = QLabel("DEMO MODE" if mode is Mode.DEMO else "LIVE", objectName="modeBadge")
        self.mode.setProperty("mode", mode.value)
        self.mode.setToolTip("Training mode: sales go to the built-in demo shop on this computer, never to a real "
                             "account." if mode is Mode.DEMO else "Live: sales go to your Final POS account.")
        self.outlet = QLabel(objectName="statusOutlet")
        # who and where: squeezed (ending in "…") on a narrow screen before the state fields on the right are
        self.station = ElidedLabel("Station: not paired", objectName="statusStation")
        self.session = ElidedLabel("No session", objectName="statusSession")
        self.cashier = ElidedLabel("Nobody signed in", objectName="statusCashier")
        self.catalog = QLabel(objectName="statusCatalog")
        self.catalog.setVisible(False)
        self.server = QLabel("Server: starting…", objectName="statusServer")
        self.pending = QLabel("All sent", objectName="statusPending")
        self.clock = QLabel(objectName="statusClock")
        bar.addWidget(self.mode)
        for label in (self.outlet, self.station, self.session, self.cashier):
            bar.addWidget(label)
        bar.addPermanentWidget(self.catalog)
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

    def set_catalog_progress(self, text: str | None) -> None:
        """The catalog sync under way (None: none; the field goes)."""
        self.catalog.setText(text or "")
        self.catalog.setVisible(bool(text))

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
