"""The sync worker: posts the outbox to Final POS, in order, on the event loop.

- One entry at a time, lowest sequence first; an entry waits for the entries it refers to (an order for
  its session's server id), whose server ids are filled into its body just before it is sent.
- The entry is marked *in flight* (committed) before the request leaves. If the answer never comes (a
  timeout, a dropped connection) the entry stays in flight; the next attempt first looks the record up
  (orders by ``receiptId``) and only posts again, with the same idempotency key, when it is not there.
- Failures the server may later accept (no connection, 408, 409, 429, 5xx, a contract-breaking answer)
  back off with jitter (Retry-After honoured). A 4xx it will never accept puts the entry in *needs
  attention* with the server's message; it is kept, never dropped, and only its dependants wait.
- When the server's stored order differs from the totals the register computed, the difference is
  written to the audit log and announced (:class:`TotalsMismatch`); it is never silently accepted.
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
from decimal import Decimal, InvalidOperation
from typing import Any, Final

import httpx
from pydantic import ValidationError

from register.api import errors as api_errors
from register.api.client import FinalPOSClient
from register.services.events import (
    ConnectivityChanged,
    EntryFailed,
    EntrySynced,
    EventBus,
    PendingChanged,
    TotalsMismatch,
)
from register.store.database import transaction
from register.store.outbox import SERVER_ID_PREFIX, EntryState, Outbox, OutboxEntry
from register.store.records import audit

log = logging.getLogger(__name__)

IDLE_POLL_S: Final = 30.0
"""How often an idle worker looks at the outbox even when nobody woke it."""
SUMMARY_FIELDS: Final = ("total", "subTotal", "totalTaxes", "discountTotal")
"""Order summary fields compared with the server's stored order."""
RETRYABLE_STATUS: Final = frozenset({408, 409, 425, 429})
LOOKUP_PAGE: Final = 200


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


Sender = Callable[[FinalPOSClient, dict[str, Any], str | None, str], Awaitable[Any]]


def _route(kind: str) -> Sender:
    """How to send an entry of ``kind``: (client, body, target server id, idempotency key) -> record."""
    routes: dict[str, Sender] = {
        "session.create": lambda c, b, _t, k: c.sessions.create(b, idempotency_key=k),
        "session.update": lambda c, b, t, k: c.sessions.update(_need(t), b, idempotency_key=k),
        "order.create": lambda c, b, _t, k: c.orders.create(b, idempotency_key=k),
        "order.update": lambda c, b, t, k: c.orders.update(_need(t), b, idempotency_key=k),
        "transaction.create": lambda c, b, _t, k: c.transactions.create(b, idempotency_key=k),
        "refund.create": lambda c, b, _t, k: c.refunds.create(b, idempotency_key=k),
        "customer.create": lambda c, b, _t, k: c.customers.create(b, idempotency_key=k),
        "station.update": lambda c, b, t, k: c.stations.update(_need(t), b, idempotency_key=k),
    }
    try:
        return routes[kind]
    except KeyError:
        raise ValueError(f"the outbox has an entry of unknown kind {kind!r}") from None


def _need(target: str | None) -> str:
    if not target:
        raise ValueError("an update entry without its target's server id")
    return target


def _wire(record: Any) -> dict[str, Any]:
    if hasattr(record, "to_wire"):
        return dict(record.to_wire())
    return dict(record) if isinstance(record, dict) else {}


def _not_sent(err: BaseException) -> bool:
    """True when the request certainly never reached the server (refused, DNS, connect timeout)."""
    cause = err.__cause__
    return isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _dec(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


class SyncWorker:
    """Delivers the outbox. ``run()`` forever in the background; ``flush()`` until nothing is due."""

    def __init__(self, outbox: Outbox, client: FinalPOSClient, bus: EventBus, *, backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.outbox = outbox
        self.client = client
        self.bus = bus
        self.backoff = backoff or Backoff()
        self._clock = clock
        self._wake = asyncio.Event()
        self._online: bool | None = None
        self._stopped = False
        self._turn = asyncio.Lock()  # one entry at a time, whoever asks (run, flush, a support command)
        self.stats: Counter[str] = Counter()
        """What happened so far: posted, retried, ambiguous, found (by lookup), refused, mismatched."""

    @property
    def online(self) -> bool | None:
        """Whether the last request reached the server (None before the first)."""
        return self._online

    def wake(self) -> None:
        """Something was added (or the network came back): look at the outbox now."""
        self._wake.set()

    def stop(self) -> None:
        """Ask :meth:`run` to return after the current entry."""
        self._stopped = True
        self._wake.set()

    async def run(self) -> None:
        """Post entries as they become due, until :meth:`stop`."""
        self._stopped = False
        await self.announce_counts()
        while not self._stopped:
            posted, due = await self._step()
            if posted:
                continue
            wait = IDLE_POLL_S if due is None else max(0.0, due - self._clock())
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=min(wait, IDLE_POLL_S))

    async def flush(self, *, deadline: float | None = None, wait_for_backoff: bool = True) -> None:
        """Post until nothing is left that can go now (or, with ``wait_for_backoff``, until everything
        that will ever go has gone, sleeping through backoffs), or until ``deadline`` (clock time)."""
        while True:
            posted, due = await self._step()
            if posted:
                pass
            elif due is None or not wait_for_backoff:
                return
            else:
                if deadline is not None and due > deadline:
                    return
                await asyncio.sleep(max(0.0, due - self._clock()))
            if deadline is not None and self._clock() > deadline:
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
        try:
            if entry.state is EntryState.IN_FLIGHT:
                found = await self._look_up(entry, body)
                if found is not None:
                    self.stats["found"] += 1
                    log.info("outbox %d (%s) was already on the server", entry.seq, entry.kind)
                    await self._done(entry, body, found)
                    return
            await self.outbox.mark_in_flight(entry)
            record = await _route(entry.kind)(self.client, body, target, entry.idempotency_key)
        except api_errors.APIStatusError as err:
            await self._status_failure(entry, err)
        except api_errors.APIConnectionError as err:
            self._set_online(False, str(err))
            delay = self.backoff.delay(entry.attempts + 1)
            if _not_sent(err):
                self.stats["retried"] += 1
                await self.outbox.mark_retry(entry, str(err), self._clock() + delay)
            else:
                self.stats["ambiguous"] += 1
                await self.outbox.mark_ambiguous(entry, str(err), self._clock() + delay)
        except api_errors.APIResponseValidationError as err:
            # The write may have happened; the answer was not what the contract says. Check before re-posting.
            self.stats["ambiguous"] += 1
            await self.outbox.mark_ambiguous(entry, str(err), self._clock() + self.backoff.delay(entry.attempts + 1))
        except ValidationError as err:  # our own body did not pass the client's request model: a person must look
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors())
            await self._attention(entry, f"the register could not build this request ({problems})")
        except ValueError as err:
            await self._attention(entry, f"the register could not build this request ({err})")
        else:
            self._set_online(True)
            self.stats["posted"] += 1
            await self._done(entry, body, _wire(record))
            return
        await self.announce_counts()

    async def _status_failure(self, entry: OutboxEntry, err: api_errors.APIStatusError) -> None:
        status = err.status_code
        if status >= 500 or status in RETRYABLE_STATUS:
            self._set_online(status < 500, str(err))
            retry_after = getattr(err, "retry_after", None)
            delay = self.backoff.delay(entry.attempts + 1, retry_after)
            if status >= 500:  # the server may have written before failing: check first next time
                self.stats["ambiguous"] += 1
                await self.outbox.mark_ambiguous(entry, str(err), self._clock() + delay)
            else:
                self.stats["retried"] += 1
                await self.outbox.mark_retry(entry, str(err), self._clock() + delay)
            return
        self._set_online(True)
        if status == 401:
            # A wrong key is the station's problem, not this entry's: keep it in line, back off.
            await self.outbox.mark_retry(entry, str(err), self._clock() + self.backoff.delay(entry.attempts + 1))
            return
        await self._attention(entry, f"{status} {err.message}")

    async def _attention(self, entry: OutboxEntry, message: str) -> None:
        self.stats["refused"] += 1
        log.warning("outbox %d (%s) needs attention: %s", entry.seq, entry.kind, message)
        await self.outbox.mark_attention(entry, message)

        def record(conn: Any) -> None:
            with transaction(conn, "recording a refused write"):
                audit(conn, "sync_refused", actor="system", subject=entry.local_id, kind=entry.kind, message=message)

        await self.outbox.db.run(record)
        self.bus.emit(EntryFailed(entry.seq, entry.kind, entry.local_id, message))

    async def _done(self, entry: OutboxEntry, body: dict[str, Any], record: dict[str, Any]) -> None:
        server_id = record.get("id") or record.get("_id")
        await self.outbox.mark_done(entry, str(server_id) if server_id else None, record)
        if entry.kind in ("order.create", "order.update") and body.get("summary"):
            await self._compare_totals(entry, body, record)
        self.bus.emit(EntrySynced(entry.seq, entry.kind, entry.local_id, str(server_id) if server_id else None))
        await self.announce_counts()

    async def _compare_totals(self, entry: OutboxEntry, body: dict[str, Any], record: dict[str, Any]) -> None:
        local, server = body.get("summary") or {}, record.get("summary") or {}
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

    async def _look_up(self, entry: OutboxEntry, body: dict[str, Any]) -> dict[str, Any] | None:
        """After an ambiguous failure: the record if the server already has it, else None."""
        if entry.kind != "order.create":
            # No list endpoint to search (sessions, transactions, refunds, customers): the server
            # de-duplicates on the idempotency key, which is sent again unchanged.
            return None
        receipt = body.get("receiptId")
        found = None
        async for order in self.client.orders.iter_all(page_size=LOOKUP_PAGE):
            if getattr(order, "receipt_id", None) == receipt:
                found = _wire(order)
                break
        self._set_online(True)  # the server answered
        return found

    # announcements -----------------------------------------------------------------------------
    def _set_online(self, online: bool, reason: str = "") -> None:
        if online != self._online:
            self._online = online
            self.bus.emit(ConnectivityChanged(online, reason))

    async def announce_counts(self) -> None:
        """Tell front-ends how many writes wait (pending or in flight) and how many need a person."""
        counts = await self.outbox.counts_async()
        self.bus.emit(PendingChanged(counts.pending + counts.in_flight, counts.attention))

    async def probe(self) -> bool:
        """A cheap request (one outlet) to learn whether the server answers; announces the result."""
        try:
            await self.client.outlets.list(limit=1)
        except api_errors.APIConnectionError as err:
            self._set_online(False, str(err))
            return False
        except api_errors.APIStatusError as err:
            self._set_online(err.status_code < 500, str(err))
            return err.status_code < 500
        self._set_online(True)
        return True
