"""What the core tells its front-ends, as plain-Python events (the GUI adapts them to Qt signals).

Subscribers are called synchronously, in the order they subscribed, on the thread that emitted (the
event loop's). A subscriber that raises is logged and does not stop the others or the core.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeAlias

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConnectivityChanged:
    """The server became reachable (online) or not, or refused the station's API key."""

    online: bool
    reason: str = ""
    key_refused: bool = False
    """The server answered 401/403: the key is wrong or revoked, and nothing will sync until a manager fixes it."""


@dataclass(frozen=True)
class PendingChanged:
    """How many writes are not yet confirmed by the server, and how many need a person."""

    pending: int
    attention: int
    oldest_unsent: str | None = None
    """When the oldest sale still waiting to be sent was made (ISO, UTC); None when every sale is sent."""


@dataclass(frozen=True)
class EntryFailed:
    """The server refused a write for good; it is kept in the outbox with the server's message."""

    seq: int
    kind: str
    local_id: str
    message: str


@dataclass(frozen=True)
class EntrySynced:
    """The server confirmed a write."""

    seq: int
    kind: str
    local_id: str
    server_id: str | None


@dataclass(frozen=True)
class TotalsMismatch:
    """The server's stored order differs from the totals the register computed (flagged, never accepted)."""

    receipt_id: str
    field: str
    local: Decimal | str | None
    server: Decimal | str | None


@dataclass(frozen=True)
class WorkerFailed:
    """A background worker (the outbox, the catalog refresher) stopped on an unexpected error and will restart."""

    worker: str
    error: str
    restart_in_s: float


@dataclass(frozen=True)
class DuplicateRemoved:
    """A record a late request created a second time was found on Final POS and deleted."""

    kind: str
    local_id: str
    removed_id: str
    kept_id: str


@dataclass(frozen=True)
class CatalogProgress:
    """A catalog sync moved on: ``done`` records of ``kind`` stored so far (``finished`` at the end of the kind).

    ``kind`` is a record kind (outlet, station, category, product, variant, customer, tax_table), then
    ``index`` while the new index is built (``done``: its items, once finished)."""

    kind: str
    done: int
    finished: bool = False
    pages: int = 0
    """Pages of ``kind`` stored so far (a resumed sync counts those it had)."""
    rate: float = 0.0
    """Records fetched per second by this run so far."""
    expected: int | None = None
    """How many records of ``kind`` the last sync stored (None: never synced), for a progress bar."""
    resumed_pages: int = 0
    """Pages (of every kind) a stopped sync had stored, which this run did not fetch again."""


@dataclass(frozen=True)
class CatalogLoaded:
    """A new catalog index is in place (after a sync or a refresh that found new records)."""

    items: int


@dataclass(frozen=True)
class CartChanged:
    """The current cart changed (lines, discounts, customer, tenders)."""

    lines: int


@dataclass(frozen=True)
class CartPriced:
    """A cart change is priced and its save has started: a front-end may show it now. The change is saved
    before the call that made it returns (and before the next change); if saving fails, the call raises and
    the cart stays as it was (``CartChanged`` follows a saved change)."""

    priced: Any
    """The :class:`~register.services.checkout.Priced` cart."""


@dataclass(frozen=True)
class SaleCompleted:
    """A sale was committed locally (it is safe: the outbox will deliver it)."""

    receipt_id: str
    total: Decimal
    change: Decimal


@dataclass(frozen=True)
class SessionChanged:
    """A cash session was opened or closed."""

    number: str
    open: bool


Event: TypeAlias = (ConnectivityChanged | PendingChanged | EntryFailed | EntrySynced | TotalsMismatch | DuplicateRemoved
                    | WorkerFailed
                    | CatalogProgress | CatalogLoaded | CartChanged | CartPriced | SaleCompleted | SessionChanged)
Subscriber: TypeAlias = Callable[[Any], None]


class EventBus:
    """Publish events to subscribers; ``subscribe`` returns a function that unsubscribes."""

    def __init__(self) -> None:
        self._subscribers: list[tuple[type[Any] | None, Subscriber]] = []

    def subscribe(self, callback: Subscriber, kind: type[Any] | None = None) -> Callable[[], None]:
        """Call ``callback(event)`` for every event, or only for events of type ``kind``."""
        entry = (kind, callback)
        self._subscribers.append(entry)

        def unsubscribe() -> None:
            if entry in self._subscribers:
                self._subscribers.remove(entry)

        return unsubscribe

    def emit(self, event: Event) -> None:
        """Deliver ``event`` to its subscribers."""
        for kind, callback in list(self._subscribers):
            if kind is None or isinstance(event, kind):
                try:
                    callback(event)
                except Exception:
                    log.exception("an event subscriber failed on %s", type(event).__name__)
