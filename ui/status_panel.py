"""The status bar's fields: mode, outlet, station, session, cashier, catalog sync, online/offline, pending sync,
clock."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QObject, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QStatusBar, QToolTip

from register.config import Mode
from register.services.events import CatalogProgress
from ui import i18n
from ui.widgets import PlainLabel, plain_tip
from ui.words import role_words

translate = QCoreApplication.translate


def catalog_kind_words(kind: str) -> str:
    """A kind of catalog record, as the progress names it."""
    return {"outlet": translate("StatusBarPanel", "outlets"), "station": translate("StatusBarPanel", "stations"),
            "category": translate("StatusBarPanel", "categories"),
            "product": translate("StatusBarPanel", "products"), "variant": translate("StatusBarPanel", "variants"),
            "customer": translate("StatusBarPanel", "customers"),
            "tax_table": translate("StatusBarPanel", "tax tables")}.get(kind, kind)


def catalog_progress_text(event: CatalogProgress) -> str:
    """The catalog sync under way, in words: what, how many so far (of how many last time), how fast, pages."""
    number = i18n.number
    if event.kind == "index":
        return (translate("StatusBarPanel", "Catalog: {count} items ready").format(count=number(Decimal(event.done)))
                if event.finished else translate("StatusBarPanel", "Catalog: building the search index…"))
    count = (translate("StatusBarPanel", "{done} of {expected}").format(done=number(Decimal(event.done)),
                                                                       expected=number(Decimal(event.expected)))
             if event.expected else number(Decimal(event.done)))
    text = translate("StatusBarPanel", "Catalog: {what} {count} · {rate} a second · page {page}").format(
        what=catalog_kind_words(event.kind), count=count, rate=number(Decimal(round(event.rate)), 0),
        page=number(Decimal(event.pages)))
    if event.resumed_pages:
        text += " " + translate("StatusBarPanel", "(resumed, {pages} pages kept)").format(
            pages=number(Decimal(event.resumed_pages)))
    return text


class ElidedLabel(PlainLabel):
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
            QToolTip.showText(event.globalPos(), plain_tip(self.text()), self)  # the whole text, squeezed
            return True
        return super().event(event)

    def elided(self) -> bool:
        """Whether the text is cut short now."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()


class StatusBarPanel(QObject):
    """Fills a QStatusBar with labelled fields (each a QLabel the tests and screen readers can read)."""

    def __init__(self, bar: QStatusBar, mode: Mode) -> None:
        super().__init__(bar)
        self.bar = bar
        self.mode = PlainLabel(objectName="modeBadge")
        self.set_mode(mode)
        self.outlet = PlainLabel(objectName="statusOutlet")
        # who and where: squeezed (ending in "…") on a narrow screen before the state fields on the right are
        self.station = ElidedLabel(translate("StatusBarPanel", "Station: not paired"), objectName="statusStation")
        self.session = ElidedLabel(translate("StatusBarPanel", "No session"), objectName="statusSession")
        self.cashier = ElidedLabel(translate("StatusBarPanel", "Nobody signed in"), objectName="statusCashier")
        self.server = PlainLabel(translate("StatusBarPanel", "Server: starting…"), objectName="statusServer")
        self.pending = PlainLabel(translate("StatusBarPanel", "All sent"), objectName="statusPending")
        # what the core announces in passing: a catalog sync under way, a total the server stored differently
        self.catalog = ElidedLabel(objectName="statusCatalog")  # squeezed with "…" on a narrow till
        self.catalog.hide()
        self.warning = ElidedLabel(objectName="statusWarning")
        self.warning.setProperty("state", "warning")
        self.warning.hide()
        self.clock = PlainLabel(objectName="statusClock")
        bar.addWidget(self.mode)
        for label in (self.outlet, self.station, self.session, self.cashier):
            bar.addWidget(label)
        bar.addWidget(self.warning, 1)
        bar.addPermanentWidget(self.catalog)
        bar.addPermanentWidget(self.server)
        bar.addPermanentWidget(self.pending)
        bar.addPermanentWidget(self.clock)
        self._timer = QTimer(bar, interval=1000, timeout=self._tick)
        self._timer.start()
        # the first paint shows Qt's reading of the locale; the ticks, Babel's (imported once the window is up)
        short = QLocale.FormatType.ShortFormat
        now = QLocale().toString(QTime.currentTime(), short)
        self.clock.setText(f"{QLocale().dayName(QDate.currentDate().dayOfWeek(), short)} {now}")

    def set_mode(self, mode: Mode) -> None:
        """Demo or live."""
        demo = mode is Mode.DEMO
        self.mode.setText(translate("StatusBarPanel", "DEMO MODE") if demo else translate("StatusBarPanel", "LIVE"))
        self.mode.setToolTip(translate("StatusBarPanel", "Training mode: sales go to the built-in demo shop on this "
                                       "computer, never to a real account.") if demo else
                             translate("StatusBarPanel", "Live: sales go to your Final POS account."))
        self.mode.setProperty("mode", mode.value)
        self.mode.style().unpolish(self.mode)
        self.mode.style().polish(self.mode)

    def set_station(self, outlet: str, station: str) -> None:
        """The paired station (empty when not paired)."""
        self.outlet.setText(outlet)
        self.outlet.setVisible(False)  # said in the station's tooltip: the bar has no room for both
        self.station.setText(translate("StatusBarPanel", "Station: {station}").format(station=station) if station
                             else translate("StatusBarPanel", "Station: not paired"))
        self.station.setToolTip(plain_tip(translate("StatusBarPanel", "{station} at {outlet}").format(
            station=station, outlet=outlet)) if station and outlet else "")

    def set_session(self, number: str | None) -> None:
        """The open session's number."""
        self.session.setText(translate("StatusBarPanel", "Session {number}").format(number=number) if number
                             else translate("StatusBarPanel", "No session"))

    def set_cashier(self, name: str | None, role: str = "") -> None:
        """Who is signed in."""
        self.cashier.setText(translate("StatusBarPanel", "{name} ({role})").format(name=name, role=role_words(role))
                             if name and role else name or translate("StatusBarPanel", "Nobody signed in"))

    def set_online(self, online: bool | None, reason: str = "", key_refused: bool = False) -> None:
        """Whether the server answers, or refuses the key; words and a marker, not colour alone."""
        if key_refused:
            text, state = translate("StatusBarPanel", "✕ Key refused: ask a manager"), "offline"
        else:
            text = {True: translate("StatusBarPanel", "● Online"), False: translate("StatusBarPanel", "○ Offline"),
                    None: translate("StatusBarPanel", "Server: starting…")}[online]
            state = {True: "online", False: "offline", None: "starting"}[online]
        self.server.setText(text)
        self.server.setProperty("state", state)
        self.server.setToolTip(plain_tip(reason or ""))
        self.server.style().unpolish(self.server)
        self.server.style().polish(self.server)

    def set_pending(self, pending: int, attention: int = 0, oldest_unsent: str = "") -> None:
        """Writes not yet confirmed by the server, and how long the oldest unsent sale has waited."""
        text = self.tr("%n to send", "", pending)
        if pending == 0:
            text = translate("StatusBarPanel", "All sent")
        if attention:
            text += self.tr(", %n need attention", "", attention)
        self._oldest = QDateTime.fromString(oldest_unsent, Qt.DateFormat.ISODateWithMs) if oldest_unsent else None
        self._pending_text = text
        self.pending_count = pending
        self._show_pending()

    def _show_pending(self) -> None:
        text = self._pending_text
        if self._oldest is not None and self._oldest.isValid():
            minutes = max(0, self._oldest.secsTo(QDateTime.currentDateTimeUtc()) // 60)
            if minutes >= 1:
                text += self.tr(" (oldest sale %n min)", "", minutes)
        self.pending.setText(text)

    def set_worker_failed(self, worker: str, error: str) -> None:
        """A background worker hit an unexpected error and restarts: said, never hidden."""
        self.server.setToolTip(translate("StatusBarPanel", "A background task ({worker}) restarted after an error: "
                                                           "{error}").format(worker=worker, error=error))

    def set_catalog_progress(self, text: str | None) -> None:
        """The catalog sync under way (None: none; the field goes)."""
        self.catalog.setText(text or "")
        self.catalog.setVisible(bool(text))

    def catalog_finished(self) -> None:
        """The new catalog is in place."""
        self.catalog.hide()

    def set_warning(self, text: str, detail: str = "") -> None:
        """Something a manager must look at (a sale Final POS stored with other totals…): stays until the next."""
        self.warning.setText(text)
        self.warning.setToolTip(plain_tip(detail or text))
        self.warning.setVisible(bool(text))

    pending_count = 0
    _pending_text = ""
    _oldest: QDateTime | None = None

    def _tick(self) -> None:
        from babel.dates import format_date

        now = datetime.now()
        if self._oldest is not None:
            self._show_pending()
        self.clock.setText(f"{format_date(now, 'EEE', locale=i18n.current().locale)} {i18n.clock(now)}")
        self.clock.setToolTip(format_date(now, "full", locale=i18n.current().locale))
