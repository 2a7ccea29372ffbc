"""Receipt numbers and park references: ``R<station>-<date>-<number>-<installation>`` and ``P…``, each from a
counter of its own that only goes up on this station, whatever the clock does (a clock set back a day and
returned must not reuse a number); the date is only a label a person reads. Called inside the transaction that
records the sale (or parks the cart), so a number is never given twice nor lost."""

from __future__ import annotations

import sqlite3

from register.services.context import install_id, today


def _last_number(stored: str | None) -> int:
    """The last receipt number from the setting: a number, or (before version 0.2) ``"YYYYMMDD:n"``, a counter
    that started again every day."""
    if not stored:
        return 0
    text = stored.strip('"')
    if ":" in text:
        return int(text.rsplit(":", 1)[1] or 0)
    return int(text)


def _count(conn: sqlite3.Connection, key: str, number: int) -> None:
    conn.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, str(number)))


def next_receipt(conn: sqlite3.Connection, short: str) -> str:
    """The next receipt id of station ``short`` (numbered when a sale completes, parked or not)."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'receipt_counter'").fetchone()
    last = _last_number(row[0] if row else None)
    if row and ":" in row[0]:  # the old daily counter: go on above every number it can have given
        made = conn.execute("SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM carts)").fetchone()[0]
        last = max(last, made)
    number = last + 1
    _count(conn, "receipt_counter", number)
    return f"R{short}-{today()}-{number:04d}-{install_id(conn)}"


def next_park_reference(conn: sqlite3.Connection, short: str) -> str:
    """The next park reference of this station (a counter apart from the receipt numbers)."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'park_counter'").fetchone()
    number = int(str(row[0]).strip('"') or 0) + 1 if row else 1
    _count(conn, "park_counter", number)
    return f"P{short}-{today()}-{number:04d}-{install_id(conn)}"
