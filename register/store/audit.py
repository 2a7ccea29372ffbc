"""The audit log: append-only and hash-chained, so a change made behind the register's back is found.

Each entry carries the hash of the one before it and its own: ``sha256(previous hash | at | actor | action |
subject | detail)``. Triggers refuse UPDATE and DELETE, so the register itself cannot edit its history; a
person who opens the file with another tool, drops the triggers and edits (or deletes) an entry breaks the
chain at that entry, which :func:`verify` reports (``register audit verify``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Final

__all__ = ["GENESIS", "Break", "append", "chain_existing", "entry_hash", "verify"]

GENESIS: Final = "0" * 64
"""The ``prev_hash`` of the first entry."""

TRIGGERS: Final = (
    """CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END""",
)


def entry_hash(prev: str, at: str, actor: str | None, action: str, subject: str | None, detail: str) -> str:
    """The hash of one entry, given the hash of the entry before it."""
    text = json.dumps([prev, at, actor, action, subject, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _last_hash(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row and row[0] else GENESIS


def append(conn: sqlite3.Connection, at: str, actor: str | None, action: str, subject: str | None,
           detail: str) -> None:
    """Add an entry at the end of the chain (inside the caller's transaction)."""
    prev = _last_hash(conn)
    conn.execute("INSERT INTO audit (at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (at, actor, action, subject, detail, prev, entry_hash(prev, at, actor, action, subject, detail)))


def chain_existing(conn: sqlite3.Connection) -> None:
    """Migration step: give the entries written before the chain existed their hashes, then lock the table."""
    prev = GENESIS
    rows = conn.execute("SELECT id, at, actor, action, subject, detail FROM audit ORDER BY id").fetchall()
    for row_id, at, actor, action, subject, detail in rows:
        digest = entry_hash(prev, at, actor, action, subject, detail)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row_id))
        prev = digest
    for trigger in TRIGGERS:
        conn.execute(trigger)


@dataclass(frozen=True)
class Break:
    """Where the chain breaks: the entry, and what is wrong with it."""

    entry_id: int
    problem: str


def verify(conn: sqlite3.Connection) -> tuple[int, Break | None]:
    """Walk the chain from the start: (entries checked, the first break or None)."""
    prev = GENESIS
    checked = 0
    last_id = 0
    for row_id, at, actor, action, subject, detail, prev_hash, digest in conn.execute(
            "SELECT id, at, actor, action, subject, detail, prev_hash, hash FROM audit ORDER BY id"):
        if prev_hash != prev:
            gone = " (an entry before it was deleted)" if row_id != last_id + 1 and last_id else ""
            return checked, Break(row_id, f"it does not follow the entry before it{gone}")
        if digest != entry_hash(prev, at, actor, action, subject, detail):
            return checked, Break(row_id, "its content was changed after it was written")
        prev, last_id = digest, row_id
        checked += 1
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if not {"audit_no_update", "audit_no_delete"} <= triggers:
        return checked, Break(last_id, "the protection against changes was removed")
    return checked, None


def rows(conn: sqlite3.Connection, *, action: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The newest entries first (for a screen and support)."""
    from register.store.records import loads

    where, args = ("WHERE action = ?", (action,)) if action else ("", ())
    found = conn.execute(f"SELECT id, at, actor, action, subject, detail FROM audit {where} "
                         f"ORDER BY id DESC LIMIT {int(limit)}", args).fetchall()
    return [{"id": r[0], "at": r[1], "actor": r[2], "action": r[3], "subject": r[4], "detail": loads(r[5])}
            for r in found]
