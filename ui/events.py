"""The one adapter from the core's plain-Python events to Qt signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from register.services.events import (
    CartPriced,
    CatalogLoaded,
    CatalogProgress,
    ConnectivityChanged,
    DuplicateRemoved,
    EntryFailed,
    EntrySynced,
    EventBus,
    PendingChanged,
    SessionChanged,
    TotalsMismatch,
    WorkerFailed,
)


def _text(value: object) -> str:
    return "" if value is None else str(value)


class CoreEventsModel(QObject):
    """Re-emits the core's events as Qt signals (on the loop's thread, where the core emits them).

    Every event the core announces has a signal here, except :class:`~register.services.events.CartChanged` and
    :class:`~register.services.events.SaleCompleted`: these screens made the change themselves and show its
    result from the call's answer (a second front-end, a customer display process say, would listen to them)."""

    connectivity_changed = Signal(bool, str, bool)
    pending_changed = Signal(int, int, str)
    worker_failed = Signal(str, str)
    session_changed = Signal(str, bool)
    catalog_loaded = Signal(int)
    catalog_progress = Signal(object)
    """A :class:`CatalogProgress` of the catalog sync under way."""
    cart_priced = Signal(object)
    """A cart change priced, being saved (a ``Priced``): shown at once."""
    totals_mismatch = Signal(str, str, str, str)
    """receipt, field, the register's value, the server's (as text: Decimal or None)."""
    entry_failed = Signal(str, str, str)
    """kind, local id, the server's message."""
    entry_synced = Signal(str, str)
    """kind, local id."""
    duplicate_removed = Signal(str, str)
    """kind, local id."""

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: list[Callable[[], None]] = [
            bus.subscribe(lambda e: self.connectivity_changed.emit(e.online, e.reason, e.key_refused),
                          ConnectivityChanged),
            bus.subscribe(lambda e: self.pending_changed.emit(e.pending, e.attention, e.oldest_unsent or ""),
                          PendingChanged),
            bus.subscribe(lambda e: self.worker_failed.emit(e.worker, e.error), WorkerFailed),
            bus.subscribe(lambda e: self.session_changed.emit(e.number, e.open), SessionChanged),
            bus.subscribe(lambda e: self.catalog_loaded.emit(e.items), CatalogLoaded),
            bus.subscribe(self.catalog_progress.emit, CatalogProgress),
            bus.subscribe(lambda e: self.cart_priced.emit(e.priced), CartPriced),
            bus.subscribe(lambda e: self.totals_mismatch.emit(e.receipt_id, e.field, _text(e.local), _text(e.server)),
                          TotalsMismatch),
            bus.subscribe(lambda e: self.entry_failed.emit(e.kind, e.local_id, e.message), EntryFailed),
            bus.subscribe(lambda e: self.entry_synced.emit(e.kind, e.local_id), EntrySynced),
            bus.subscribe(lambda e: self.duplicate_removed.emit(e.kind, e.local_id), DuplicateRemoved),
        ]

    def detach(self) -> None:
        """Stop listening (the core is closing)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
