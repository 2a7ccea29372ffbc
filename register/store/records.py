"""Small repositories over the local database: settings, the audit log, the catalog cache, carts.

Every function here takes a connection and runs on the database thread (through ``Database.run`` or
``Database.call``); writes that must commit together with others take the caller's transaction.
JSON is read with ``parse_float=Decimal`` so no amount ever becomes a float.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from register.store.database import transaction


def now_iso() -> str:
    """The current UTC time, ISO 8601 with milliseconds (as the API writes it)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def dumps(value: Any) -> str:
    """Compact JSON. Money is already a decimal string by the time it gets here; a Decimal left in a body
    is a wire *number* (a quantity, a percentage) and is written with exactly its digits."""
    return json.dumps(value, separators=(",", ":"), default=_default, ensure_ascii=False)


def loads(text: str) -> Any:
    """JSON with exact decimals."""
    return json.loads(text, parse_float=Decimal)


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and abs(value) < 10**15:
            return int(value)
        number = float(value)  # only as a carrier of the digits: checked to read back exactly
        if Decimal(repr(number)) != value:
            raise ValueError(f"{value} cannot be written as an exact JSON number")
        return number
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


# settings --------------------------------------------------------------------------------------
def get_setting(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """A setting's value, or ``default``."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else loads(row[0])


def set_setting(conn: sqlite3.Connection, key: str, value: Any) -> None:
    """Set (or, with None, delete) a setting: inside the caller's transaction if there is one (so it commits with
    what goes with it, an audit entry say), else in its own."""
    if conn.in_transaction:
        _put_setting(conn, key, value)
        return
    with transaction(conn, f"saving the setting {key!r}"):
        _put_setting(conn, key, value)


def _put_setting(conn: sqlite3.Connection, key: str, value: Any) -> None:
    if value is None:
        conn.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        conn.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (key, dumps(value)))


# audit log -------------------------------------------------------------------------------------
def audit(conn: sqlite3.Connection, action: str, *, actor: str | None = None, subject: str | None = None,
          **detail: Any) -> None:
    """Append to the audit log (hash-chained, append-only: :mod:`register.store.audit`), inside the caller's
    transaction, so it commits with what it records."""
    from register.store.audit import append

    append(conn, now_iso(), actor, action, subject, dumps(detail))


def audit_entries(conn: sqlite3.Connection, action: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The newest audit entries first, optionally of one action."""
    from register.store.audit import rows

    return rows(conn, action=action, limit=limit)


# catalog cache ---------------------------------------------------------------------------------
def upsert_catalog(conn: sqlite3.Connection, kind: str, records: Iterable[Mapping[str, Any]]) -> int:
    """Add or update cached records of ``kind`` (an incremental refresh), in one transaction."""
    stamp = now_iso()
    rows = [(kind, str(r.get("id") or r.get("_id")), dumps(r), stamp) for r in records]
    with transaction(conn, f"saving the {kind} catalog"):
        conn.executemany("INSERT INTO catalog (kind, id, body, synced_at) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT(kind, id) DO UPDATE SET body = excluded.body, synced_at = excluded.synced_at",
                         rows)
    return len(rows)


def load_catalog(conn: sqlite3.Connection, kind: str) -> list[dict[str, Any]]:
    """Every cached record of ``kind``."""
    return [loads(body) for (body,) in conn.execute("SELECT body FROM catalog WHERE kind = ?", (kind,))]


def catalog_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many records of each kind are cached."""
    return dict(conn.execute("SELECT kind, count(*) FROM catalog GROUP BY kind").fetchall())


# carts -----------------------------------------------------------------------------------------
CURRENT_CART = "current"


def put_cart(conn: sqlite3.Connection, slot: str, body: Mapping[str, Any] | str, note: str | None = None) -> None:
    """Write a cart snapshot into ``slot`` (inside the caller's transaction); ``body`` may be JSON text already."""
    conn.execute("INSERT INTO carts (slot, body, note, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT(slot) DO "
                 "UPDATE SET body = excluded.body, note = excluded.note, saved_at = excluded.saved_at",
                 (slot, body if isinstance(body, str) else dumps(body), note, now_iso()))


def load_cart(conn: sqlite3.Connection, slot: str = CURRENT_CART) -> dict[str, Any] | None:
    """A saved cart snapshot, or None."""
    row = conn.execute("SELECT body FROM carts WHERE slot = ?", (slot,)).fetchone()
    return None if row is None else dict(loads(row[0]))


def delete_cart(conn: sqlite3.Connection, slot: str) -> None:
    """Forget a cart (inside the caller's transaction)."""
    conn.execute("DELETE FROM carts WHERE slot = ?", (slot,))


def parked_carts(conn: sqlite3.Connection) -> list[tuple[str, str | None, str, dict[str, Any]]]:
    """Parked carts as (slot, note, saved_at, body), oldest first."""
    rows = conn.execute("SELECT slot, note, saved_at, body FROM carts WHERE slot != ? ORDER BY saved_at",
                        (CURRENT_CART,)).fetchall()
    return [(r[0], r[1], r[2], dict(loads(r[3]))) for r in rows]


# records set aside from lists -----------------------------------------------------------------
def record_set_aside(conn: sqlite3.Connection, path: str, record_id: str | None, position: int, problem: str) -> None:
    """Remember a listed record that broke the contract (the latest problem per record)."""
    with transaction(conn, "noting a record set aside"):
        conn.execute("INSERT INTO set_aside (path, key, position, problem, seen_at) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT(path, key) DO UPDATE SET position = excluded.position, problem = excluded.problem,"
                     " seen_at = excluded.seen_at", (path, record_id or f"#{position}", position, problem[:500],
                                                     now_iso()))


def set_aside_records(conn: sqlite3.Connection, limit: int = 20) -> tuple[int, list[tuple[str, str, str]]]:
    """How many records are set aside, and the latest few as (path, id, problem)."""
    count = conn.execute("SELECT count(*) FROM set_aside").fetchone()[0]
    rows = conn.execute("SELECT path, key, problem FROM set_aside ORDER BY seen_at DESC LIMIT ?", (limit,)).fetchall()
    return int(count), [(str(p), str(k), str(m)) for p, k, m in rows]
