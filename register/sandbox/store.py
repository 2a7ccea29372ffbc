"""The sandbox's storage: one SQLite file in the data directory, in WAL mode.

Every record of every resource is one row of ``records``: the collection name, the id, the record as
compact JSON (exactly what the API returns) and ``seq``, the creation order that lists follow. Nothing
but the id is unique: the real server promises no uniqueness of a receipt id and no Idempotency-Key
(the ``unique_key`` column and the ``idempotency`` table of earlier sandboxes stay in the file, unused,
so an older demo shop still opens).

The connection is used by one thread at a time: the caller's while the database is opened and seeded,
then the server's event loop. Each call is short and synchronous, which is fine for a sandbox.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from register.sandbox import jsonio
from register.sandbox.clock import IdGenerator, format_timestamp

__all__ = ["DATABASE_NAME", "Store"]

DATABASE_NAME = "sandbox.sqlite3"
_SCHEMA_VERSION = "1"
_COMPANY_SEED = 0  # the company id and the id "machine" bytes are the same in every sandbox

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    unique_key TEXT,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_by_collection ON records (collection, seq);
CREATE UNIQUE INDEX IF NOT EXISTS records_unique_key
    ON records (collection, unique_key) WHERE unique_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


class Store:
    """The sandbox database. Open it with :meth:`open`; close it with :meth:`close`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self.company_id = self.get_meta("company_id") or ""
        last_id = self._db.execute("SELECT max(id) FROM records").fetchone()[0]
        self._ids = IdGenerator(int(self.get_meta("machine") or "0", 16), last_id)
        self._last_time = datetime.now(UTC) - timedelta(days=1)
        self._ends: dict[str, OrderedDict[int, int]] = {}
        """Per collection, where pages ended: records skipped → the ``seq`` of the last one (see list_text)."""

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (creating when needed) the database in ``data_dir``, for this process alone.

        The file is locked exclusively until :meth:`close` (two sandboxes on one data directory would
        hand out the same ids); a second opener waits up to 5 s and then fails with
        ``sqlite3.OperationalError: database is locked``.
        """
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = data_dir / DATABASE_NAME
        if not path.exists():  # the demo shop holds customers' details too: owner-only, like the station's data
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        # Autocommit mode: transactions are explicit (see transaction()).
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout=5000")
            db.execute("PRAGMA locking_mode=EXCLUSIVE")  # before WAL: no shared-memory file either
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("BEGIN IMMEDIATE")  # takes the exclusive lock now, and keeps it
            db.executescript(_SCHEMA)  # commits
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                rng = random.Random(_COMPANY_SEED)
                machine = rng.getrandbits(40)
                company = IdGenerator(machine).next(at=1_735_689_600)  # 2025-01-01, like a real company
                with contextlib.closing(db.cursor()) as cur:
                    cur.execute("BEGIN IMMEDIATE")
                    cur.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [
                            ("schema_version", _SCHEMA_VERSION),
                            ("machine", f"{machine:010x}"),
                            ("company_id", company),
                        ],
                    )
                    cur.execute("COMMIT")
            elif row[0] != _SCHEMA_VERSION:
                raise RuntimeError(f"{path}: unknown sandbox schema version {row[0]!r}")
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self._db.close()

    # -- transactions, ids, clocks -------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: committed on success, rolled back on any exception."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            self._ends.clear()  # a page read inside it may have ended on a record that is gone again
            raise
        self._db.execute("COMMIT")

    def new_id(self, at: float | None = None) -> str:
        """A new record id (strictly increasing)."""
        return self._ids.next(at)

    def now(self) -> str:
        """The current timestamp, never earlier than (and never equal to) the previous one."""
        current = datetime.now(UTC)
        moment = current.replace(microsecond=current.microsecond // 1000 * 1000)
        if moment <= self._last_time:
            moment = self._last_time + timedelta(milliseconds=1)
        self._last_time = moment
        return format_timestamp(moment)

    @property
    def is_seeded(self) -> bool:
        """Whether a seed was loaded (a database is seeded once, in the transaction that fills it)."""
        return self.get_meta("seeded") is not None

    def mark_seeded(self, seed: str) -> None:
        """Record that ``seed`` was loaded; call in the seeding transaction."""
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', ?)", (seed,))

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_counter(self, name: str, value: int) -> None:
        """Set a named counter; call inside a transaction."""
        self._db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (f"counter:{name}", str(value))
        )

    def next_counter(self, name: str) -> int:
        """The next value (1, 2, ...) of a named counter; call inside a transaction."""
        value = int(self.get_meta(f"counter:{name}") or "0") + 1
        self.set_counter(name, value)
        return value

    # -- records ---------------------------------------------------------------------------------------

    def insert(self, collection: str, record: dict[str, Any]) -> str:
        """Store a new record (it carries its ``id``) and return its JSON text."""
        body = jsonio.dumps(record)
        self._db.execute(
            "INSERT INTO records (collection, id, body) VALUES (?, ?, ?)", (collection, record["id"], body)
        )
        return body

    def insert_many(self, rows: Iterable[tuple[str, str, str | None, str]]) -> None:
        """Bulk insert of ``(collection, id, unique_key, json_body)`` rows (for seeding)."""
        self._db.executemany(
            "INSERT INTO records (collection, id, unique_key, body) VALUES (?, ?, ?, ?)", rows
        )

    def replace(self, collection: str, record: dict[str, Any]) -> str:
        """Overwrite an existing record (same id) and return its JSON text."""
        body = jsonio.dumps(record)
        self._db.execute(
            "UPDATE records SET body = ? WHERE collection = ? AND id = ?", (body, collection, record["id"])
        )
        return body

    def get_text(self, collection: str, record_id: str) -> str | None:
        """The stored JSON text of one record, or None."""
        row = self._db.execute(
            "SELECT body FROM records WHERE collection = ? AND id = ?", (collection, record_id)
        ).fetchone()
        return None if row is None else str(row[0])

    def get(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """One record, parsed, or None."""
        text = self.get_text(collection, record_id)
        return None if text is None else dict(jsonio.loads(text))

    def delete(self, collection: str, record_id: str) -> bool:
        """Delete one record; False when there was none."""
        cur = self._db.execute("DELETE FROM records WHERE collection = ? AND id = ?", (collection, record_id))
        self._ends.pop(collection, None)  # the records after it moved up one place
        return cur.rowcount > 0

    def list_text(self, collection: str, skip: int, limit: int) -> str:
        """A JSON array of at most ``limit`` records in creation order, after the first ``skip``.

        ``OFFSET`` walks every record it skips, so paging through a million products costs the square of their
        number. The pages a client reads follow one another: where a page ended (its ``skip`` + records → the
        last record's ``seq``) is remembered, and the page that starts there reads on from that ``seq``. Records
        are only ever added after the others, so a remembered end stays true until a record is deleted."""
        known = self._ends.setdefault(collection, OrderedDict())
        after = known.get(skip) if skip > 0 else 0
        if after is None:
            rows = self._db.execute(
                "SELECT seq, body FROM records WHERE collection = ? ORDER BY seq LIMIT ? OFFSET ?",
                (collection, limit, skip),
            ).fetchall()
        else:
            rows = self._db.execute(
                "SELECT seq, body FROM records WHERE collection = ? AND seq > ? ORDER BY seq LIMIT ?",
                (collection, after, limit),
            ).fetchall()
        if rows:
            known[skip + len(rows)] = rows[-1][0]
            known.move_to_end(skip + len(rows))
            while len(known) > 256:
                known.popitem(last=False)
        return "[" + ",".join(row[1] for row in rows) + "]"

    def count(self, collection: str) -> int:
        """How many records a collection holds."""
        return int(
            self._db.execute("SELECT count(*) FROM records WHERE collection = ?", (collection,)).fetchone()[0]
        )
