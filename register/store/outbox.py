"""The outbox: every write to Final POS, committed locally first, posted later in order.

An entry is added in the SAME transaction as the local record it posts (a sale and its order entry
commit together or not at all). Its ``local_id`` is the client-made id the record carries on the wire
(the order's ``receiptId`` comes with it), so the record can be recognised on the server. States::

    pending ──> in_flight ──> done
       ^            │
       └── retry ───┤            (it certainly never reached the server: backoff with jitter)
                    ├── (stays in flight) the answer was lost: looked up before any new attempt
                    └──> attention   refused: a 4xx the server will never accept (kept, with its message)
                                     unconfirmed: the answer was lost and the API cannot find the record

An entry whose ``refs`` name other entries (an order needs its session's server id) waits until those
are done. ``in_flight`` survives a crash: such an entry is *ambiguous* and is looked up before re-posting.
(The ``idempotency_key`` column is a random key kept for databases of earlier versions; the Final POS API
has no Idempotency-Key, and nothing sends it.)
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from register.store.database import Database, transaction
from register.store.records import dumps, loads

SERVER_ID_PREFIX = "srv:"
"""A ``target`` starting with this is the server's id itself (a station), not a local id to wait for."""


class EntryState(Enum):
    """Where an outbox entry stands."""

    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    DONE = "done"
    ATTENTION = "attention"


@dataclass(frozen=True)
class OutboxEntry:
    """One write waiting for (or done with) the server."""

    seq: int
    local_id: str
    kind: str
    body: dict[str, Any]
    refs: dict[str, str]
    target: str | None
    idempotency_key: str
    state: EntryState
    attempts: int
    next_attempt_at: float
    last_error: str | None
    server_id: str | None
    created_at: str
    last_sent_at: float | None = None
    """Unix time the last attempt was sent."""
    in_transit: bool = False
    """The last attempt may still be on its way to the server (a timeout, a dropped connection, a crash)."""
    tail_skip: int | None = None
    """Where the server's list ended (its tail cursor) when this entry was first sent."""
    problem: str | None = None
    """Why it needs a person: ``refused`` or ``unconfirmed``."""

    @property
    def depends_on(self) -> set[str]:
        """Local ids this entry waits for (a target already known by its server id waits for nothing)."""
        deps = set(self.refs.values())
        if self.target and not self.target.startswith(SERVER_ID_PREFIX):
            deps.add(self.target)
        return deps - {self.local_id}


@dataclass(frozen=True)
class OutboxCounts:
    """How many entries are in each state."""

    pending: int = 0
    in_flight: int = 0
    done: int = 0
    attention: int = 0
    unconfirmed: int = 0
    """Of those needing attention, how many wait for a person to check Final POS (their answer was lost)."""

    @property
    def waiting(self) -> int:
        """Entries not yet confirmed by the server (pending, in flight or needing attention)."""
        return self.pending + self.in_flight + self.attention


_COLUMNS = ("seq, local_id, kind, body, refs, target, idempotency_key, state, attempts, next_attempt_at, "
            "last_error, server_id, created_at, last_sent_at, in_transit, tail_skip, problem")


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _row(row: tuple[Any, ...]) -> OutboxEntry:
    return OutboxEntry(
        seq=row[0], local_id=row[1], kind=row[2], body=loads(row[3]), refs=json.loads(row[4]),
        target=row[5], idempotency_key=row[6], state=EntryState(row[7]), attempts=row[8],
        next_attempt_at=row[9], last_error=row[10], server_id=row[11], created_at=row[12],
        last_sent_at=row[13], in_transit=bool(row[14]), tail_skip=row[15], problem=row[16],
    )


def _counts(conn: sqlite3.Connection) -> OutboxCounts:
    rows = conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
    unconfirmed = conn.execute("SELECT count(*) FROM outbox WHERE state = 'attention' AND problem = 'unconfirmed'"
                               ).fetchone()[0]
    return OutboxCounts(**{state: n for state, n in rows}, unconfirmed=unconfirmed)


def new_key() -> str:
    """A fresh random key for the ``idempotency_key`` column (never sent)."""
    return str(uuid.uuid4())


def add(
    conn: sqlite3.Connection,
    *,
    kind: str,
    local_id: str,
    body: dict[str, Any],
    refs: dict[str, str] | None = None,
    target: str | None = None,
) -> int:
    """Add an entry inside the caller's transaction; returns its sequence number."""
    now = _now_iso()
    cur = conn.execute(
        "INSERT INTO outbox (local_id, kind, body, refs, target, idempotency_key, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (local_id, kind, dumps(body), json.dumps(refs or {}), target, new_key(), now, now),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


class Outbox:
    """The outbox table, used from the event loop through the database thread."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # reading -----------------------------------------------------------------------------------
    def _select(self, conn: sqlite3.Connection, where: str = "1", args: tuple[Any, ...] = (),
                limit: int = -1) -> list[OutboxEntry]:
        sql = f"SELECT {_COLUMNS} FROM outbox WHERE {where} ORDER BY seq LIMIT {int(limit)}"
        rows = conn.execute(sql, args).fetchall()
        return [_row(r) for r in rows]

    def entries(self, *, states: tuple[EntryState, ...] | None = None, limit: int = 1000) -> list[OutboxEntry]:
        """Entries in posting order, optionally only those in ``states``."""
        if states:
            marks = ",".join("?" for _ in states)
            return self.db.call(lambda c: self._select(c, f"state IN ({marks})", tuple(s.value for s in states),
                                                       limit))
        return self.db.call(lambda c: self._select(c, limit=limit))

    def get(self, key: int | str) -> OutboxEntry | None:
        """An entry by sequence number or local id."""
        column = "seq" if isinstance(key, int) else "local_id"
        found = self.db.call(lambda c: self._select(c, f"{column} = ?", (key,)))
        return found[0] if found else None

    def counts(self) -> OutboxCounts:
        """How many entries are in each state."""
        return self.db.call(_counts)

    async def counts_async(self) -> OutboxCounts:
        """:meth:`counts` without blocking the loop."""
        return await self.db.run(_counts)

    async def next_ready(self, now: float | None = None) -> tuple[OutboxEntry | None, float | None]:
        """The first entry to post now, or None and the time the next one becomes due.

        Entries go strictly in order: the first unblocked pending (or ambiguous in-flight) entry is the
        next, even while it is backing off, so later writes never overtake earlier ones. An entry whose
        dependency needs attention is blocked and skipped; so are entries that need attention themselves.
        """
        moment = time.monotonic() if now is None else now

        def pick(conn: sqlite3.Connection) -> tuple[OutboxEntry | None, float | None]:
            # Walk the waiting entries lazily in posting order: usually the first one is the answer, so a
            # step costs the same with 10 or 10,000 entries in the backlog.
            rows = conn.execute("SELECT seq, local_id, refs, target, next_attempt_at FROM outbox "
                                "WHERE state IN ('pending', 'in_flight') ORDER BY seq")
            for seq, local_id, refs, target, next_attempt_at in rows:
                deps = set(json.loads(refs).values())
                if target and not target.startswith(SERVER_ID_PREFIX):
                    deps.add(target)
                deps.discard(local_id)
                if deps:
                    marks = ",".join("?" for _ in deps)
                    unmet = conn.execute(f"SELECT count(*) FROM outbox WHERE local_id IN ({marks}) "
                                         "AND state != 'done'", tuple(deps)).fetchone()[0]
                    if unmet:
                        continue  # waits for an earlier entry, or is blocked behind one needing attention
                if next_attempt_at > moment:
                    return None, next_attempt_at
                return self._select(conn, "seq = ?", (seq,))[0], None
            return None, None

        return await self.db.run(pick)

    async def server_ids(self, local_ids: set[str]) -> dict[str, str]:
        """Server ids of done entries, by local id (to fill an entry's refs)."""
        if not local_ids:
            return {}
        marks = ",".join("?" for _ in local_ids)
        rows = await self.db.run(lambda c: c.execute(
            f"SELECT local_id, server_id FROM outbox WHERE state = 'done' AND local_id IN ({marks})",
            tuple(local_ids)).fetchall())
        return {local: server for local, server in rows if server}

    # state changes -----------------------------------------------------------------------------
    async def _update(self, seq: int, action: str, sql: str, args: tuple[Any, ...], *, durable: bool = False) -> None:
        """Change one entry. Only marking it as sent is a durable commit (counted by the guard): if a deleted log
        lost any later change, the entry is back in flight, and in flight means "look it up first", never a blind
        second send; so the later changes need not pay for the guard."""
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, action, durable=durable):
                conn.execute(f"UPDATE outbox SET {sql}, updated_at = ? WHERE seq = ?", (*args, _now_iso(), seq))

        await self.db.run(write)

    async def mark_in_flight(self, entry: OutboxEntry, *, sent_at: float, tail_skip: int | None = None) -> None:
        """Committed before the request goes out: after a crash the entry is known to be ambiguous, and
        possibly still on its way. ``tail_skip`` is kept from the first attempt (the look-up reads from there)."""
        await self._update(entry.seq, "marking a write as sent",
                           "state = 'in_flight', attempts = attempts + 1, last_sent_at = ?, in_transit = 1, "
                           "tail_skip = coalesce(tail_skip, ?)", (sent_at, tail_skip), durable=True)

    async def mark_done(self, entry: OutboxEntry, server_id: str | None, response: dict[str, Any]) -> None:
        """The server confirmed the write (or a look-up found it)."""
        await self._update(entry.seq, "recording the server's answer",
                           "state = 'done', server_id = ?, response = ?, last_error = NULL, problem = NULL, "
                           "in_transit = 0", (server_id, dumps(response)))

    async def mark_retry(self, entry: OutboxEntry, error: str, next_attempt_at: float) -> None:
        """The request certainly never reached the server: back to pending, due at ``next_attempt_at``."""
        await self._update(entry.seq, "scheduling a retry",
                           "state = 'pending', last_error = ?, next_attempt_at = ?, in_transit = 0",
                           (error, next_attempt_at))

    async def mark_ambiguous(self, entry: OutboxEntry, error: str, next_attempt_at: float, *,
                             in_transit: bool) -> None:
        """The request may have reached the server: it stays in flight, so the next attempt looks the record up
        before sending again. ``in_transit``: it may even still be on its way (no answer came at all)."""
        await self._update(entry.seq, "scheduling a check",
                           "state = 'in_flight', last_error = ?, next_attempt_at = ?, in_transit = ?",
                           (error, next_attempt_at, int(in_transit)))

    async def mark_attention(self, entry: OutboxEntry, error: str, *, problem: str = "refused") -> None:
        """Kept for a person, with the reason: ``refused`` (the server will never accept it as it is) or
        ``unconfirmed`` (its answer was lost and the API offers no way to find out whether it was made)."""
        await self._update(entry.seq, "recording a write that needs a person",
                           "state = 'attention', last_error = ?, problem = ?", (error, problem))

    def retry(self, key: int | str) -> OutboxEntry:
        """Put an entry that needs attention (or is backing off) back in line, due now. An unconfirmed entry
        is then SENT AGAIN: only for a person who checked that Final POS does not have it."""
        entry = self._waiting(key)

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "putting a write back in line"):
                conn.execute("UPDATE outbox SET state = CASE state WHEN 'attention' THEN 'pending' ELSE state END,"
                             " problem = NULL, next_attempt_at = 0, updated_at = ? WHERE seq = ?",
                             (_now_iso(), entry.seq))

        self.db.call(write)
        return self._reread(entry)

    def confirm(self, key: int | str, server_id: str | None, actor: str) -> OutboxEntry:
        """A person found the record of an unconfirmed entry on Final POS: done, with its id (when known)."""
        from register.store.records import audit

        entry = self._waiting(key)
        if entry.problem != "unconfirmed":
            raise ValueError(f"outbox entry {entry.seq} is not unconfirmed; only such an entry can be confirmed")

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "confirming a write"):
                conn.execute("UPDATE outbox SET state = 'done', problem = NULL, server_id = ?, in_transit = 0, "
                             "updated_at = ? WHERE seq = ?", (server_id, _now_iso(), entry.seq))
                audit(conn, "sync_confirmed", actor=actor, subject=entry.local_id, kind=entry.kind,
                      server_id=server_id)

        self.db.call(write)
        return self._reread(entry)

    def _waiting(self, key: int | str) -> OutboxEntry:
        entry = self.get(key)
        if entry is None:
            raise KeyError(f"no outbox entry {key!r}")
        if entry.state is EntryState.DONE:
            raise ValueError(f"outbox entry {entry.seq} is already done")
        return entry

    def _reread(self, entry: OutboxEntry) -> OutboxEntry:
        result = self.get(entry.seq)
        assert result is not None
        return result

    # late duplicates -----------------------------------------------------------------------------
    async def watch(self, entry: OutboxEntry, until: float) -> None:
        """Check, after ``until``, whether a late original of this create made a duplicate."""
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "noting a write to check"):
                conn.execute("INSERT INTO watch (local_id, until, tail_skip) VALUES (?, ?, ?) ON CONFLICT(local_id) "
                             "DO UPDATE SET until = max(until, excluded.until)", (entry.local_id, until,
                                                                                   entry.tail_skip))

        await self.db.run(write)

    async def due_watches(self, now: float) -> list[tuple[OutboxEntry, int | None]]:
        """Done creates whose late-duplicate check is due, with the cursor to read from."""
        def read(conn: sqlite3.Connection) -> list[tuple[OutboxEntry, int | None]]:
            rows = conn.execute("SELECT w.local_id, w.tail_skip FROM watch w JOIN outbox o USING (local_id) "
                                "WHERE w.until <= ? AND o.state = 'done' ORDER BY o.seq", (now,)).fetchall()
            return [(self._select(conn, "local_id = ?", (local_id,))[0], skip) for local_id, skip in rows]

        return await self.db.run(read)

    async def unwatch(self, entry: OutboxEntry) -> None:
        """The late-duplicate check of ``entry`` is done."""
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "closing a check"):
                conn.execute("DELETE FROM watch WHERE local_id = ?", (entry.local_id,))

        await self.db.run(write)

    async def oldest_waiting(self, kind: str) -> str | None:
        """When the oldest entry of ``kind`` not yet confirmed by the server was made (ISO), or None."""
        row = await self.db.run(lambda c: c.execute(
            "SELECT min(created_at) FROM outbox WHERE kind = ? AND state != 'done'", (kind,)).fetchone())
        return None if row[0] is None else str(row[0])

    async def due_now(self, now: float) -> None:
        """Every waiting entry is due at ``now`` (the network came back: no need to sit out a backoff)."""
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "rescheduling the waiting writes", durable=False):
                conn.execute("UPDATE outbox SET next_attempt_at = min(next_attempt_at, ?) "
                             "WHERE state IN ('pending', 'in_flight')", (now,))

        await self.db.run(write)

    async def restart_schedule(self, now: float, late_after: float) -> None:
        """A new process: times written by an earlier one (its own clock) mean nothing here. Everything waiting
        is due now, and a write that was on its way then is taken as sent now (it may still land for as long as
        a request can live)."""
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "restarting the schedule", durable=False):
                conn.execute("UPDATE outbox SET next_attempt_at = 0 WHERE state IN ('pending', 'in_flight')")
                conn.execute("UPDATE outbox SET last_sent_at = ? WHERE state = 'in_flight' AND in_transit = 1",
                             (now,))
                conn.execute("UPDATE watch SET until = ?", (now + late_after,))

        await self.db.run(write)

    async def next_watch(self) -> float | None:
        """When the next late-duplicate check is due (None when nothing is watched)."""
        row = await self.db.run(lambda c: c.execute(
            "SELECT min(w.until) FROM watch w JOIN outbox o USING (local_id) WHERE o.state = 'done'").fetchone())
        return None if row[0] is None else float(row[0])

    def watching(self) -> int:
        """Creates still to be checked for a late duplicate."""
        return int(self.db.call(lambda c: c.execute("SELECT count(*) FROM watch").fetchone()[0]))
