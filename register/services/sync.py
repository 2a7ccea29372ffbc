"""The sync worker: posts the outbox to Final POS, in order, exactly once, without the server's help.

The Final POS API documents no Idempotency-Key, no uniqueness of ``receiptId`` and no filter on its
lists, so the register assumes the server de-duplicates nothing: every POST that reaches it makes a
record. Exactly once therefore rests on three rules (the table :data:`WRITES` says, per kind, how):

1. **Send again only what provably never arrived.** A write goes out again at once only when no
   connection was made or the server answered 429 (the client retries those itself). A PUT or DELETE
   leaves the same state however often it is sent, so it is simply repeated.
2. **Look before sending again.** Any other failure of a POST (a read timeout, a reset after sending,
   5xx, 408, 409, a malformed 2xx, a crash while in flight) is *ambiguous*: the entry stays in flight and
   the next attempt first looks the record up by the client id it carries (orders by ``receiptId``,
   customers by email and name) in the tail of the list (:mod:`register.services.lookup`). When it is
   not there and the lost request may still be on its way (no answer came at all), the worker waits until
   that request can no longer arrive (the client's whole deadline plus a margin) and looks once more
   before sending again. Where the API offers no way to find a record (transactions, refunds), the entry
   is held *unconfirmed* for a person instead of risking a phantom payment; a session, which nothing
   refers to before its create is confirmed, is sent again (at worst an empty duplicate, audited).
3. **Remove late duplicates.** A create sent again is watched: once no late original can arrive any
   more, the tail is read again, and an extra record carrying the same client id is deleted through the
   API (audited and announced).

Entries go one at a time, lowest sequence first; an entry waits for the entries it refers to (an order
for its session's server id), whose server ids are filled into its body just before it is sent. A 4xx the
server will never accept puts the entry in *needs attention* with the server's message: kept, never
dropped, and only its dependants wait. A server total that differs from the register's is written to the
audit log and announced (:class:`TotalsMismatch`), never silently accepted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from pydantic import BaseModel, ValidationError

from register.api import errors as api_errors
from register.api.client import FinalPOSClient
from register.api.models import Customer, Order
from register.services.events import (
    ConnectivityChanged,
    DuplicateRemoved,
    EntryFailed,
    EntrySynced,
    EventBus,
    PendingChanged,
    TotalsMismatch,
)
from register.services.lookup import TailFinder
from register.services.wire_bodies import summary_of
from register.store.database import transaction
from register.store.errors import StoreError
from register.store.outbox import SERVER_ID_PREFIX, EntryState, Outbox, OutboxEntry
from register.store.records import audit

log = logging.getLogger(__name__)

IDLE_POLL_S: Final = 30.0
"""How often an idle worker looks at the outbox even when nobody woke it."""
TAIL_REFRESH_S: Final = 120.0
"""How often an idle, online worker moves its tail cursors to the end of the lists (a request or two each),
so that a look-up reads only the few pages made since."""
LATE_MARGIN: Final = 0.25
"""Added to the client's request deadline (as a share of it, at least :data:`LATE_MARGIN_MIN_S`): after that long
a lost request can no longer reach the server (the client cancelled it, and a server drops a request whose
client is gone)."""
LATE_MARGIN_MIN_S: Final = 2.0
CLOCK_SKEW: Final = timedelta(hours=1)
"""How far the server's clock may be behind the till's: a look-up reads back no further than records created
this long before the write was queued."""
SUMMARY_FIELDS: Final = ("total", "subTotal", "totalTaxes", "discountTotal")
"""Order summary fields compared with the server's stored order."""
IN_TRANSIT_STATUS: Final = frozenset({502, 504})
ECHOED: Final = ("receiptId", "externalId", "email")
"""Client-made identities a created record must carry back in the answer for the answer to be believed."""
"""Answers from a gateway while the origin may still be working on the request."""


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter between attempts of one entry."""

    initial: float = 1.0
    maximum: float = 60.0
    jitter: float = 0.5
    """The delay is drawn between (1 - jitter) and 1 times the exponential step."""

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait after the ``attempts``-th failed attempt."""
        step = min(self.maximum, self.initial * 2.0 ** max(0, attempts - 1))
        delay = step * (1 - self.jitter * random.random())
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.maximum))
        return delay


Sender = Callable[[FinalPOSClient, dict[str, Any], str | None], Awaitable[Any]]
Matcher = Callable[[dict[str, Any]], Callable[[Any], bool]]


@dataclass(frozen=True)
class WriteKind:
    """How one kind of outbox entry is sent, and how it stays exactly once when its answer is lost."""

    send: Sender
    when_lost: str
    """``repeat`` (a PUT/DELETE: sending it again is harmless), ``look_up`` (find it by its client id),
    ``resend`` (nothing can find it, and a duplicate is harmless) or ``hold`` (nothing can find it, and a
    duplicate would be wrong: a person decides)."""
    finder: str | None = None
    """The list a look-up reads (``orders``, ``customers``)."""
    match: Matcher | None = None
    """Given the entry's body, recognises its record in that list."""


def _need(target: str | None) -> str:
    if not target:
        raise ValueError("an update entry without its target's server id")
    return target


def _same_receipt(body: dict[str, Any]) -> Callable[[Any], bool]:
    receipt = body.get("receiptId")
    return lambda order: bool(receipt) and getattr(order, "receipt_id", None) == receipt


def _same_customer(body: dict[str, Any]) -> Callable[[Any], bool]:
    def key(email: Any, first: Any, last: Any) -> tuple[str, str, str]:
        return (str(email or "").strip().casefold(), str(first or "").strip().casefold(),
                str(last or "").strip().casefold())

    wanted = key(body.get("email"), body.get("firstName"), body.get("lastName"))
    return lambda c: key(getattr(c, "email", None), getattr(c, "first_name", None),
                         getattr(c, "last_name", None)) == wanted


WRITES: Final[dict[str, WriteKind]] = {
    # Orders: by receiptId. The register mints it (station, installation, a counter that only goes up), so
    # it names one sale; GET /orders has no filter, so the look-up reads the list's tail.
    "order.create": WriteKind(lambda c, b, _t: c.orders.create(b), "look_up", "orders", _same_receipt),
    # Customers made at the till: by email with first and last name (what quick-create requires and what
    # a person recognises); externalId is not sent, as the reference says it marks a record as coming from an
    # external system.
    "customer.create": WriteKind(lambda c, b, _t: c.customers.create(b), "look_up", "customers", _same_customer),
    # Sessions: no list, no filter, so a lost create cannot be found. Nothing refers to a session before
    # its create is confirmed (orders and transactions wait for its server id), so sending it again makes
    # at worst an EMPTY duplicate, which is audited and announced: never two sessions sharing the sales.
    "session.create": WriteKind(lambda c, b, _t: c.sessions.create(b), "resend"),
    # Transactions and refunds: no list and no filter (a GET needs the server's id, which the lost answer
    # carried), so a lost create can be neither found nor safely repeated: a second one would be a phantom
    # payment or refund in Final POS's reports. Held, unconfirmed, for a person to check Final POS.
    "transaction.create": WriteKind(lambda c, b, _t: c.transactions.create(b), "hold"),
    "refund.create": WriteKind(lambda c, b, _t: c.refunds.create(b), "hold"),
    # Updates are PUTs of the same fields: repeating one leaves the same record.
    "session.update": WriteKind(lambda c, b, t: c.sessions.update(_need(t), b), "repeat"),
    "order.update": WriteKind(lambda c, b, t: c.orders.update(_need(t), b), "repeat"),
    "station.update": WriteKind(lambda c, b, t: c.stations.update(_need(t), b), "repeat"),
}


def write_kind(kind: str) -> WriteKind:
    """How entries of ``kind`` are sent."""
    try:
        return WRITES[kind]
    except KeyError:
        raise ValueError(f"the outbox has an entry of unknown kind {kind!r}") from None


def _wire(record: Any) -> dict[str, Any]:
    if isinstance(record, BaseModel) and hasattr(record, "to_wire"):
        return dict(record.to_wire())
    return dict(record) if isinstance(record, dict) else {}


def _dec(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


class _KeyRefused(Exception):
    """401/403: the station's key is wrong or revoked; nothing was done, and nothing will be until it is fixed."""


class _Lost(Exception):
    """The attempt failed in a way that may have reached the server."""

    def __init__(self, error: str, *, in_transit: bool, online: bool, retry_after: float | None = None) -> None:
        super().__init__(error)
        self.in_transit = in_transit
        """No answer came at all: the request may still be on its way."""
        self.online = online
        """The server answered, and not with a 5xx."""
        self.retry_after = retry_after


class SyncWorker:
    """Delivers the outbox. ``run()`` forever in the background; ``flush()`` until nothing is due."""

    def __init__(self, outbox: Outbox, client: FinalPOSClient, bus: EventBus, *, backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.outbox = outbox
        self.client = client
        self.bus = bus
        self.backoff = backoff or Backoff()
        self._clock = clock
        self._wake = asyncio.Event()
        self._online: bool | None = None
        self._state: tuple[bool, bool] | None = None
        self._stopped = False
        self._turn = asyncio.Lock()  # one entry at a time, whoever asks (run, flush, a support command)
        self._refreshed_at = float("-inf")
        self._schedule_restarted = False
        self._answered: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
        """Confirmed writes whose confirmation could not be stored yet, by sequence number."""
        self.finders: dict[str, TailFinder[Any]] = {
            "orders": TailFinder[Order](client.orders, "/v1/api/orders", outbox.db),
            "customers": TailFinder[Customer](client.customers, "/v1/api/customers", outbox.db),
        }
        self.stats: Counter[str] = Counter()
        """What happened so far: posted, retried, ambiguous, found (by look-up), resent, held, refused,
        mismatched, duplicates (removed), lookup_requests."""

    @property
    def online(self) -> bool | None:
        """Whether the last request reached the server (None before the first)."""
        return self._online

    @property
    def late_after(self) -> float:
        """Seconds after sending when a lost request can no longer reach the server."""
        lifetime = self.client.max_request_lifetime
        return lifetime + max(LATE_MARGIN_MIN_S, lifetime * LATE_MARGIN)

    def wake(self) -> None:
        """Something was added (or the network came back): look at the outbox now."""
        self._wake.set()

    def stop(self) -> None:
        """Ask :meth:`run` to return after the current entry."""
        self._stopped = True
        self._wake.set()

    async def _restart_schedule(self) -> None:
        """Once per worker: backoffs and sending times are on this process's monotonic clock (a clock set back
        an hour stalls nothing), so whatever an earlier process wrote is reset."""
        if not self._schedule_restarted:
            await self.outbox.restart_schedule(self._clock(), self.late_after)
            self._schedule_restarted = True

    async def run(self) -> None:
        """Post entries as they become due, until :meth:`stop`."""
        self._stopped = False
        await self._restart_schedule()
        await self.announce_counts()
        while not self._stopped:
            posted, due = await self._step()
            if posted:
                continue
            if self._online is not False:
                due = _earliest(due, await self.maintain())
            wait = IDLE_POLL_S if due is None else max(0.0, due - self._clock())
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=min(wait, IDLE_POLL_S))

    async def flush(self, *, deadline: float | None = None, wait_for_backoff: bool = True,
                    wait_for_checks: bool = False) -> None:
        """Post until nothing is left that can go now (or, with ``wait_for_backoff``, until everything
        that will ever go has gone, sleeping through backoffs), or until ``deadline`` (``time.time()``). Due
        late-duplicate checks run on the way; ``wait_for_checks`` also waits for those not yet due."""
        await self._restart_schedule()
        while True:
            posted, due = await self._step()
            if not posted:
                next_check = await self.maintain(refresh=False)
                if wait_for_checks:
                    due = _earliest(due, next_check)
                if due is None or not wait_for_backoff:
                    return
                wait = max(0.0, due - self._clock())
                if deadline is not None and time.time() + wait > deadline:
                    return
                await asyncio.sleep(wait)
            if deadline is not None and time.time() > deadline:
                return

    async def _step(self) -> tuple[bool, float | None]:
        """Post the next due entry, if any: (posted, when the next one is due)."""
        async with self._turn:
            entry, due = await self.outbox.next_ready(self._clock())
            if entry is None:
                return False, due
            await self.post(entry)
            return True, None

    # one entry ---------------------------------------------------------------------------------
    async def post(self, entry: OutboxEntry) -> None:
        """Try to deliver one entry and record the outcome."""
        answered = self._answered.pop(entry.seq, None)
        if answered is not None:  # its answer came, but could not be written down (a full disk): write it now
            await self._record_done(entry, *answered)
            return
        resent = False
        try:
            spec = write_kind(entry.kind)
            body, target = await self._prepare(entry)
            if entry.state is EntryState.IN_FLIGHT and spec.when_lost != "repeat":
                if await self._settle(entry, spec, body):
                    return
                resent = True
            tail = None
            if spec.finder is not None:
                tail = (await self.finders[spec.finder].cursor()).skip
            await self.outbox.mark_in_flight(entry, sent_at=self._clock(), tail_skip=tail)
            record = await self._send(spec, body, target)
        except _Lost as lost:
            self._set_online(lost.online, str(lost))
            await self._lost(entry, str(lost), lost.in_transit, lost.retry_after)
        except _KeyRefused as refused:
            self._set_online(False, str(refused), key_refused=True)
            await self.outbox.mark_retry(entry, str(refused), self._next(entry))
        except api_errors.APIStatusError as err:  # a definite refusal (not a 5xx: those are _Lost)
            await self._refused(entry, err)
        except api_errors.APIError as err:  # it certainly never arrived (see _send)
            self._set_online(False, str(err))
            self.stats["retried"] += 1
            await self.outbox.mark_retry(entry, str(err), self._clock() + self.backoff.delay(entry.attempts + 1))
        except ValidationError as err:  # our own body did not pass the client's request model: a person must look
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors())
            await self._attention(entry, f"the register could not build this request ({problems})")
        except ValueError as err:
            await self._attention(entry, f"the register could not build this request ({err})")
        else:
            self._set_online(True)
            self.stats["posted"] += 1
            await self._record_done(entry, body, _wire(record))
            if resent and spec.when_lost == "look_up":  # a late original of the lost attempt would be a duplicate
                await self.outbox.watch(entry, self._clock() + self.late_after)
            return
        await self.announce_counts()

    async def _record_done(self, entry: OutboxEntry, body: dict[str, Any], record: dict[str, Any]) -> None:
        """Write down a confirmed write; if the store fails (a full disk), keep the answer in memory so the next
        attempt, after the worker restarts, records it instead of asking the server again."""
        try:
            await self._done(entry, body, record)
        except StoreError:
            self._answered[entry.seq] = (body, record)
            raise

    async def _prepare(self, entry: OutboxEntry) -> tuple[dict[str, Any], str | None]:
        """The body with the server ids of what it refers to, and the server id of an update's target."""
        ids = await self.outbox.server_ids(entry.depends_on)
        missing = entry.depends_on - ids.keys()
        if missing:  # cannot happen through next_ready; a guard for direct callers
            raise RuntimeError(f"outbox entry {entry.seq} still waits for {sorted(missing)}")
        body = dict(entry.body)
        for field, dep in entry.refs.items():
            body[field] = ids[dep]
        target = None
        if entry.target:
            target = (entry.target.removeprefix(SERVER_ID_PREFIX) if entry.target.startswith(SERVER_ID_PREFIX)
                      else ids.get(entry.target))
        return body, target

    async def _send(self, spec: WriteKind, body: dict[str, Any], target: str | None) -> Any:
        """One attempt; a failure that may have reached the server is raised as :class:`_Lost`. An answer that
        is not the record just written (no id, another receipt or external id) is not believed: the record is
        looked up instead, so a garbled or forged answer can never mark a sale as sent."""
        try:
            record = await spec.send(self.client, body, target)
        except api_errors.APIConnectionError as err:
            if api_errors.certainly_not_sent(err):
                raise
            raise _Lost(str(err), in_transit=True, online=False) from err
        except api_errors.APIStatusError as err:
            status = err.status_code
            if status in (401, 403):  # the key is the station's problem, not the entry's: nothing was done
                raise _KeyRefused(str(err)) from err
            if api_errors.certainly_not_sent(err):  # 429
                raise api_errors.APIConnectionError(str(err), sent=False) from err
            if status >= 500 or status in (408, 409):
                raise _Lost(str(err), in_transit=status in IN_TRANSIT_STATUS, online=status < 500,
                            retry_after=getattr(err, "retry_after", None)) from err
            raise
        except api_errors.APIResponseValidationError as err:  # a 2xx we cannot read: the write happened
            raise _Lost(str(err), in_transit=False, online=True) from err
        wire = _wire(record)
        wrong = [f for f in ECHOED if body.get(f) is not None and wire.get(f) != body[f]]
        if not (wire.get("id") or wire.get("_id")) or wrong:
            what = f"its {', '.join(wrong)} differs" if wrong else "it has no id"
            raise _Lost(f"the answer is not the record that was sent ({what})", in_transit=False, online=True)
        return record

    async def _settle(self, entry: OutboxEntry, spec: WriteKind, body: dict[str, Any]) -> bool:
        """A previous attempt may have reached the server: find out before sending again. True when the entry
        is settled here (found, held, or waiting for a lost request to die); False to send it again."""
        if spec.when_lost == "hold":
            await self._hold(entry, entry.last_error or "the register stopped while it was sending")
            return True
        if spec.when_lost == "resend":
            self.stats["resent"] += 1
            await self._record(entry, "sync_resent", reason=(entry.last_error or "interrupted")[:200],
                               note="an empty duplicate may exist on Final POS")
            return False
        assert spec.finder is not None and spec.match is not None
        finder = self.finders[spec.finder]
        before = finder.requests
        try:
            # one attempt can have made at most one record: the first match settles it
            found = await finder.find(spec.match(body), since=entry.tail_skip, first_only=entry.attempts <= 1,
                                      not_before=_queued_at(entry) - CLOCK_SKEW)
        except api_errors.APIError as err:
            self._set_online(isinstance(err, api_errors.APIStatusError) and err.status_code < 500, str(err))
            await self.outbox.mark_ambiguous(entry, f"look-up failed: {err}", self._next(entry),
                                             in_transit=entry.in_transit)
            await self.announce_counts()
            return True
        finally:
            self.stats["lookup_requests"] += finder.requests - before
        self._set_online(True)
        if found.matches:
            self.stats["found"] += 1
            log.info("outbox %d (%s) was already on the server", entry.seq, entry.kind)
            await self._done(entry, body, _wire(found.matches[0]))
            if len(found.matches) > 1:
                await self._remove_duplicates(entry, found.matches, found.matches[0])
            elif entry.in_transit:  # found, but a second lost attempt may still land
                await self.outbox.watch(entry, self._late_until(entry))
            return True
        late = self._late_until(entry)
        if entry.in_transit and late > self._clock():
            # not there yet, and the lost request may still arrive: wait until it cannot, then look again
            await self.outbox.mark_ambiguous(entry, entry.last_error or "no answer", late, in_transit=True)
            await self.announce_counts()
            return True
        self.stats["resent"] += 1
        return False

    def _late_until(self, entry: OutboxEntry) -> float:
        """When the last attempt of ``entry`` can no longer reach the server (bounded if the clock went back)."""
        now = self._clock()
        sent = entry.last_sent_at if entry.last_sent_at is not None else now
        return min(sent, now) + self.late_after

    def _next(self, entry: OutboxEntry, retry_after: float | None = None) -> float:
        return self._clock() + self.backoff.delay(entry.attempts + 1, retry_after)

    async def _lost(self, entry: OutboxEntry, error: str, in_transit: bool, retry_after: float | None) -> None:
        self.stats["ambiguous"] += 1
        spec = write_kind(entry.kind)
        if spec.when_lost == "hold":
            await self._hold(entry, error)
        elif spec.when_lost == "repeat":
            await self.outbox.mark_retry(entry, error, self._next(entry, retry_after))
        else:
            await self.outbox.mark_ambiguous(entry, error, self._next(entry, retry_after), in_transit=in_transit)

    async def _hold(self, entry: OutboxEntry, error: str) -> None:
        self.stats["held"] += 1
        message = (f"its answer was lost ({error}) and Final POS has no way to look it up: check Final POS for "
                   f"{_describe(entry)}; then `register outbox confirm {entry.seq} --server-id ID` if it is there, "
                   f"or `register outbox retry {entry.seq}` to send it again")
        await self._attention(entry, message, problem="unconfirmed")

    async def _refused(self, entry: OutboxEntry, err: api_errors.APIStatusError) -> None:
        self._set_online(True)
        await self._attention(entry, f"{err.status_code} {err.message}")

    async def _attention(self, entry: OutboxEntry, message: str, *, problem: str = "refused") -> None:
        if problem == "refused":
            self.stats["refused"] += 1
        log.warning("outbox %d (%s) needs attention: %s", entry.seq, entry.kind, message)
        await self.outbox.mark_attention(entry, message, problem=problem)
        await self._record(entry, "sync_refused" if problem == "refused" else "sync_unconfirmed", message=message)
        self.bus.emit(EntryFailed(entry.seq, entry.kind, entry.local_id, message))

    async def _record(self, entry: OutboxEntry, action: str, **detail: Any) -> None:
        def write(conn: Any) -> None:
            with transaction(conn, "recording a sync event"):
                audit(conn, action, actor="system", subject=entry.local_id, kind=entry.kind, **detail)

        await self.outbox.db.run(write)

    async def _done(self, entry: OutboxEntry, body: dict[str, Any], record: dict[str, Any]) -> None:
        server_id = record.get("id") or record.get("_id")
        await self.outbox.mark_done(entry, str(server_id) if server_id else None, record)
        if entry.kind in ("order.create", "order.update") and summary_of(body):
            await self._compare_totals(entry, body, record)
        self.bus.emit(EntrySynced(entry.seq, entry.kind, entry.local_id, str(server_id) if server_id else None))
        await self.announce_counts()

    async def _compare_totals(self, entry: OutboxEntry, body: dict[str, Any], record: dict[str, Any]) -> None:
        local, server = summary_of(body), summary_of(record)
        receipt = str(body.get("receiptId") or entry.local_id)
        diffs = [(f, local.get(f), server.get(f)) for f in SUMMARY_FIELDS
                 if f in local and _dec(local.get(f)) != _dec(server.get(f))]
        if not diffs:
            return
        self.stats["mismatched"] += 1

        def record_diffs(conn: Any) -> None:
            with transaction(conn, "recording a totals difference"):
                for field, mine, theirs in diffs:
                    audit(conn, "totals_mismatch", actor="system", subject=receipt, field=field,
                          local=str(mine), server=str(theirs))

        await self.outbox.db.run(record_diffs)
        for field, mine, theirs in diffs:
            log.warning("order %s: server %s is %s, the register computed %s", receipt, field, theirs, mine)
            self.bus.emit(TotalsMismatch(receipt, field, _dec(mine), _dec(theirs)))

    # upkeep: tail cursors and late duplicates ----------------------------------------------------
    async def maintain(self, *, refresh: bool = True) -> float | None:
        """While idle: move the tail cursors to the ends of the lists (every :data:`TAIL_REFRESH_S`), and check
        the creates whose late-duplicate window has passed. Returns when the next check is due (or None)."""
        async with self._turn:
            try:
                if refresh and self._clock() - self._refreshed_at >= TAIL_REFRESH_S:
                    for finder in self.finders.values():
                        self.stats["lookup_requests"] += await finder.refresh()
                    self._refreshed_at = self._clock()
                for entry, since in await self.outbox.due_watches(self._clock()):
                    await self._check_duplicates(entry, since)
            except api_errors.APIError as err:
                self._set_online(isinstance(err, api_errors.APIStatusError) and err.status_code < 500, str(err))
                return self._clock() + self.backoff.maximum
            return await self.outbox.next_watch()

    async def _check_duplicates(self, entry: OutboxEntry, since: int | None) -> None:
        spec = write_kind(entry.kind)
        assert spec.finder is not None and spec.match is not None
        finder = self.finders[spec.finder]
        before = finder.requests
        found = await finder.find(spec.match(entry.body), since=since, not_before=_queued_at(entry) - CLOCK_SKEW)
        self.stats["lookup_requests"] += finder.requests - before
        self._set_online(True)
        if len(found.matches) > 1:
            keep = next((m for m in found.matches if getattr(m, "id", None) == entry.server_id), found.matches[0])
            await self._remove_duplicates(entry, found.matches, keep)
        await self.outbox.unwatch(entry)

    async def _remove_duplicates(self, entry: OutboxEntry, matches: list[Any], keep: Any) -> None:
        """Delete every record but ``keep`` that carries ``entry``'s client id (a late original)."""
        kept = getattr(keep, "id", None)
        for extra in matches:
            extra_id = getattr(extra, "id", None)
            if not extra_id or extra_id == kept:
                continue
            delete = self.client.orders.delete if entry.kind.startswith("order.") else self.client.customers.delete
            try:
                await delete(extra_id)
            except api_errors.NotFoundError:
                pass  # gone already
            except api_errors.APIStatusError as err:  # the server will not delete it: a person must
                await self._record(entry, "duplicate_found", duplicate=extra_id, kept=kept, why=str(err)[:200])
                continue
            self.stats["duplicates"] += 1
            log.warning("outbox %d (%s): removed the duplicate %s on Final POS (kept %s)", entry.seq, entry.kind,
                        extra_id, kept)
            await self._record(entry, "duplicate_removed", removed=extra_id, kept=kept)
            self.bus.emit(DuplicateRemoved(entry.kind, entry.local_id, str(extra_id), str(kept or "")))

    # announcements -----------------------------------------------------------------------------
    def _set_online(self, online: bool, reason: str = "", *, key_refused: bool = False) -> None:
        state = (online, key_refused)
        if state != self._state:
            came_back = online and self._online is False
            self._state = state
            self._online = online
            self.bus.emit(ConnectivityChanged(online, reason, key_refused))
            if came_back:
                self.wake()

    async def announce_counts(self) -> None:
        """Tell front-ends how many writes wait (pending or in flight), how many need a person, and since when
        the oldest unsent sale waits."""
        counts = await self.outbox.counts_async()
        oldest = await self.outbox.oldest_waiting("order.create")
        self.bus.emit(PendingChanged(counts.pending + counts.in_flight, counts.attention, oldest))

    async def probe(self, client: FinalPOSClient | None = None) -> bool:
        """A cheap request (one outlet) to learn whether the server answers; announces the result. When it
        answers again after being away, the waiting entries are due at once instead of at the end of their
        backoff."""
        try:
            await (client or self.client).outlets.list(limit=1)
        except api_errors.APIConnectionError as err:
            self._set_online(False, str(err))
            return False
        except api_errors.APIResponseValidationError as err:
            self._set_online(True, str(err))
            return True
        except api_errors.APIStatusError as err:
            refused = err.status_code in (401, 403)
            self._set_online(err.status_code < 500 and not refused, str(err), key_refused=refused)
            return err.status_code < 500 and not refused
        was_offline = self._online is False
        self._set_online(True)
        if was_offline:
            await self.outbox.due_now(self._clock())
            self.wake()
        return True


def _queued_at(entry: OutboxEntry) -> datetime:
    """When the entry went into the outbox (no record of it can be older, clocks aside)."""
    try:
        moment = datetime.fromisoformat(entry.created_at)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _earliest(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)


def _describe(entry: OutboxEntry) -> str:
    """How a person finds the record on Final POS."""
    body = entry.body
    what = {"transaction.create": "a transaction", "refund.create": "a refund"}.get(entry.kind, entry.kind)
    parts = [what]
    for key, label in (("receiptId", "receipt"), ("externalId", "external id"), ("amount", "amount"),
                       ("paymentMethod", "method"), ("type", "type")):
        if body.get(key):
            parts.append(f"{label} {body[key]}")
    return ", ".join(parts)
