"""The outbox: every write to Final POS, committed locally first, posted later in order.

An entry is added in the SAME transaction as the local record it posts (a sale and its order entry
commit together or not at all). Its idempotency key is minted here, once, and reused on every attempt
and after restarts. States::

    pending ──> in_flight ──> done
       ^            │
       └── retry ───┤            (a failure the server may later accept: backoff with jitter)
                    └──> attention   (a 4xx it will never accept: kept with the server's message)

An entry whose ``refs`` name other entries (an order needs its session's server id) waits until those
are done. ``in_flight`` survives a crash: such an entry is *ambiguous* and is looked up before re-posting.
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

    @property
    def waiting(self) -> int:
        """Entries not yet confirmed by the server (pending, in flight or needing attention)."""
        return self.pending + self.in_flight + self.attention


_COLUMNS = ("seq, local_id, kind, body, refs, target, idempotency_key, state, attempts, next_attempt_at, "
            "last_error, server_id, created_at")


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _row(row: tuple[Any, ...]) -> OutboxEntry:
    return OutboxEntry(
        seq=row[0], local_id=row[1], kind=row[2], body=loads(row[3]), refs=json.loads(row[4]),
        target=row[5], idempotency_key=row[6], state=EntryState(row[7]), attempts=row[8],
        next_attempt_at=row[9], last_error=row[10], server_id=row[11], created_at=row[12],
    )


def new_key() -> str:
    """A fresh idempotency key (random UUID)."""
    return str(uuid.uuid4())


def add(
    conn: sqlite3.Connection,
    *,
    kind: str,
    local_id: str,
    body: dict[str, Any],
    refs: dict[str, str] | None = None,
    target: str | None = None,
    idempotency_key: str | None = None,
) -> int:
    """Add an entry inside the caller's transaction; returns its sequence number."""
    now = _now_iso()
    cur = conn.execute(
        "INSERT INTO outbox (local_id, kind, body, refs, target, idempotency_key, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (local_id, kind, dumps(body), json.dumps(refs or {}), target,
         idempotency_key or new_key(), now, now),
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
        rows = self.db.call(lambda c: c.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        return OutboxCounts(**{state: n for state, n in rows})

    async def counts_async(self) -> OutboxCounts:
        """:meth:`counts` without blocking the loop."""
        rows = await self.db.run(lambda c: c.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        return OutboxCounts(**{state: n for state, n in rows})

    async def next_ready(self, now: float | None = None) -> tuple[OutboxEntry | None, float | None]:
        """The first entry to post now, or None and the time the next one becomes due.

        Entries go strictly in order: the first unblocked pending (or ambiguous in-flight) entry is the
        next, even while it is backing off, so later writes never overtake earlier ones. An entry whose
        dependency needs attention is blocked and skipped; so are entries that need attention themselves.
        """
        moment = time.time() if now is None else now

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
    async def _update(self, seq: int, action: str, sql: str, args: tuple[Any, ...]) -> None:
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, action):
                conn.execute(f"UPDATE outbox SET {sql}, updated_at = ? WHERE seq = ?", (*args, _now_iso(), seq))

        await self.db.run(write)

    async def mark_in_flight(self, entry: OutboxEntry) -> None:
        """Committed before the request goes out: after a crash the entry is known to be ambiguous."""
        await self._update(entry.seq, "marking a write as sent", "state = 'in_flight', attempts = attempts + 1", ())

    async def mark_done(self, entry: OutboxEntry, server_id: str | None, response: dict[str, Any]) -> None:
        """The server confirmed the write."""
        await self._update(entry.seq, "recording the server's answer",
                           "state = 'done', server_id = ?, response = ?, last_error = NULL",
                           (server_id, dumps(response)))

    async def mark_retry(self, entry: OutboxEntry, error: str, next_attempt_at: float) -> None:
        """A failure the server may later accept: back to pending, due at ``next_attempt_at``."""
        await self._update(entry.seq, "scheduling a retry",
                           "state = 'pending', last_error = ?, next_attempt_at = ?", (error, next_attempt_at))

    async def mark_ambiguous(self, entry: OutboxEntry, error: str, next_attempt_at: float) -> None:
        """The request may have reached the server (a timeout, a dropped connection): stays in flight,
        so the next attempt looks the record up before posting again."""
        await self._update(entry.seq, "scheduling a check", "state = 'in_flight', last_error = ?, next_attempt_at = ?",
                           (error, next_attempt_at))

    async def mark_attention(self, entry: OutboxEntry, error: str) -> None:
        """A write the server will never accept as it is: kept, with the server's message."""
        await self._update(entry.seq, "recording a refused write", "state = 'attention', last_error = ?", (error,))

    def retry(self, key: int | str) -> OutboxEntry:
        """Put an entry that needs attention (or is backing off) back in line, due now."""
        entry = self.get(key)
        if entry is None:
            raise KeyError(f"no outbox entry {key!r}")
        if entry.state is EntryState.DONE:
            raise ValueError(f"outbox entry {entry.seq} is already done")

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "putting a write back in line"):
                conn.execute("UPDATE outbox SET state = CASE state WHEN 'attention' THEN 'pending' ELSE state END,"
                             " next_attempt_at = 0, updated_at = ? WHERE seq = ?", (_now_iso(), entry.seq))

        self.db.call(write)
        result = self.get(entry.seq)
        assert result is not None
        return result
