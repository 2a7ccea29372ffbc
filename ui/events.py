"""The one adapter from the core's plain-Python events to Qt signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from register.services.events import (
    CartPriced,
    CatalogLoaded,
    CatalogProgress,
    ConnectivityChanged,
    EventBus,
    PendingChanged,
    SessionChanged,
)


class CoreEventsModel(QObject):
    """Re-emits the core's events as Qt signals (on the loop's thread, where the core emits them)."""

    connectivity_changed = Signal(bool, str)
    pending_changed = Signal(int, int)
    session_changed = Signal(str, bool)
    catalog_loaded = Signal(int)
    catalog_progress = Signal(object)
    """A :class:`CatalogProgress` of the catalog sync under way."""
    cart_priced = Signal(object)
    """A cart change priced, being saved (a ``Priced``): shown at once."""

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: list[Callable[[], None]] = [
            bus.subscribe(lambda e: self.connectivity_changed.emit(e.online, e.reason), ConnectivityChanged),
            bus.subscribe(lambda e: self.pending_changed.emit(e.pending, e.attention), PendingChanged),
            bus.subscribe(lambda e: self.session_changed.emit(e.number, e.open), SessionChanged),
            bus.subscribe(lambda e: self.catalog_loaded.emit(e.items), CatalogLoaded),
            bus.subscribe(self.catalog_progress.emit, CatalogProgress),
            bus.subscribe(lambda e: self.cart_priced.emit(e.priced), CartPriced),
        ]

    def detach(self) -> None:
        """Stop listening (the core is closing)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
