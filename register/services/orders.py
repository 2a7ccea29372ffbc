"""The station's own sales: the session's orders and refunds with their sync state, and their receipts."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from register.receipts import Receipt, build_receipt
from register.services.context import StationContext
from register.store.records import load_catalog, loads


@dataclass(frozen=True)
class OrderRow:
    """One sale or refund of this station, as the orders screen lists it."""

    local_id: str
    receipt_id: str
    kind: str
    """``order`` or ``refund``."""
    created_at: str
    total: Decimal
    sync_state: str
    """``done``, ``pending``, ``in_flight`` or ``attention`` (the order's outbox entry)."""
    sync_error: str | None
    body: dict[str, Any]


class OrderService:
    """Read side of the station's sales."""

    def __init__(self, ctx: StationContext) -> None:
        self.ctx = ctx

    async def session_orders(self, session_local_id: str | None = None, limit: int = 500) -> list[OrderRow]:
        """The orders and refunds of a session (default: the open one, else every recent sale), newest first."""
        def read(conn: sqlite3.Connection) -> list[OrderRow]:
            where, args = "WHERE s.kind IN ('order', 'refund')", tuple[str, ...]()
            session = session_local_id or (conn.execute(
                "SELECT local_id FROM sessions WHERE closed_at IS NULL").fetchone() or (None,))[0]
            if session:
                where, args = ("WHERE s.kind IN ('order', 'refund') AND s.session_local_id = ?", (session,))
            rows = conn.execute(
                "SELECT s.local_id, s.receipt_id, s.kind, s.created_at, s.body, o.state, o.last_error "
                "FROM sales s LEFT JOIN outbox o ON o.seq = (SELECT max(seq) FROM outbox "  # the latest write
                "WHERE local_id IN (s.local_id, s.local_id || ':complete')) "
                f"{where} "
                f"ORDER BY s.created_at DESC LIMIT {int(limit)}", args).fetchall()
            result = []
            for local_id, receipt_id, kind, created_at, body, state, error in rows:
                data = loads(body)
                total = Decimal(str((data.get("summary") or {}).get("total") or "0"))
                result.append(OrderRow(local_id, receipt_id, kind, created_at, total, state or "done", error, data))
            return result

        return await self.ctx.db.run(read)

    async def receipt(self, receipt_id: str, *, cashier: str | None = None) -> Receipt:
        """The receipt of a sale made on this station (for reprints), with the store's header."""
        def read(conn: sqlite3.Connection) -> tuple[dict[str, Any], str, str | None, list[dict[str, Any]]] | None:
            row = conn.execute("SELECT body, created_at, cashier FROM sales WHERE receipt_id = ? AND kind = 'order'",
                               (receipt_id,)).fetchone()
            return None if row is None else (loads(row[0]), row[1], row[2], load_catalog(conn, "outlet"))

        found = await self.ctx.db.run(read)
        if found is None:
            raise KeyError(f"no sale with receipt {receipt_id!r} on this station")
        order, created_at, sold_by, outlets = found
        station = self.ctx.station
        store = next((o for o in outlets if station and o.get("id") == station.outlet_id), None)
        return build_receipt(order, store=store, station_name=station.station_name if station else "",
                             cashier=cashier or sold_by, when=datetime.fromisoformat(created_at).astimezone())
