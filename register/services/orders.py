"""The station's own sales: its orders and refunds with their sync state (this session or every session), and
their receipts and refund slips (built by :mod:`register.receipts`, the one place a receipt's content is made)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from register.receipts import Receipt, build_receipt, build_refund_slip
from register.services.context import StationContext
from register.services.sale_record import RefundRecord, SaleRecord
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
    record: SaleRecord | RefundRecord
    session_number: str = ""

    @property
    def refund_of_receipt(self) -> str:
        """A refund: the receipt of the sale it gives back (empty for a sale)."""
        return self.record.order_receipt_id if isinstance(self.record, RefundRecord) else ""

    @property
    def refund_of_order(self) -> str:
        """A refund: the local (or Final POS) id of the sale it gives back (empty for a sale)."""
        return self.record.order_local_id if isinstance(self.record, RefundRecord) else ""


def _customer_name(conn: sqlite3.Connection, customer_id: Any) -> str:
    if not customer_id:
        return ""
    row = conn.execute("SELECT body FROM catalog WHERE kind = 'customer' AND id = ?", (str(customer_id),)).fetchone()
    if row is None:
        return ""
    record = loads(row[0])
    return " ".join(str(record.get(k) or "") for k in ("firstName", "lastName")).strip()


class OrderService:
    """Read side of the station's sales."""

    def __init__(self, ctx: StationContext) -> None:
        self.ctx = ctx

    async def session_orders(self, session_local_id: str | None = None, limit: int = 500, *,
                             every_session: bool = False) -> list[OrderRow]:
        """The orders and refunds of a session (default: the open one, else every recent sale), newest first;
        ``every_session``: this station's sales of every session."""
        def read(conn: sqlite3.Connection) -> list[OrderRow]:
            where, args = "WHERE s.kind IN ('order', 'refund')", tuple[str, ...]()
            session = None if every_session else session_local_id or (conn.execute(
                "SELECT local_id FROM sessions WHERE closed_at IS NULL").fetchone() or (None,))[0]
            if session:
                where, args = ("WHERE s.kind IN ('order', 'refund') AND s.session_local_id = ?", (session,))
            rows = conn.execute(
                "SELECT s.local_id, s.receipt_id, s.kind, s.created_at, s.record, o.state, o.last_error, x.number "
                "FROM sales s LEFT JOIN outbox o ON o.seq = (SELECT max(seq) FROM outbox "  # the latest write
                "WHERE local_id IN (s.local_id, s.local_id || ':complete')) "
                "LEFT JOIN sessions x ON x.local_id = s.session_local_id "
                f"{where} "
                f"ORDER BY s.created_at DESC LIMIT {int(limit)}", args).fetchall()
            result = []
            for local_id, receipt_id, kind, created_at, stored, state, error, number in rows:
                record = SaleRecord.from_json(loads(stored)) if kind == "order" else RefundRecord.from_json(
                    loads(stored))
                result.append(OrderRow(local_id, receipt_id, kind, created_at, record.total, state or "done", error,
                                       record, number or ""))
            return result

        return await self.ctx.db.run(read)

    def _store(self, outlets: list[dict[str, Any]]) -> dict[str, Any] | None:
        station = self.ctx.station
        return next((o for o in outlets if station and o.get("id") == station.outlet_id), None)

    async def receipt(self, receipt_id: str, *, cashier: str | None = None) -> Receipt:
        """The receipt of a sale made on this station (for reprints), or last of all (``receipt_id`` ``last``),
        with the store's header."""
        Found = tuple[SaleRecord, str, str | None, list[dict[str, Any]], str]

        def read(conn: sqlite3.Connection) -> Found | None:
            if receipt_id == "last":
                row = conn.execute("SELECT record, created_at, cashier FROM sales WHERE kind = 'order' "
                                   "ORDER BY created_at DESC LIMIT 1").fetchone()
            else:
                row = conn.execute("SELECT record, created_at, cashier FROM sales WHERE receipt_id = ? "
                                   "AND kind = 'order'", (receipt_id,)).fetchone()
            if row is None:
                return None
            sale = SaleRecord.from_json(loads(row[0]))
            return sale, row[1], row[2], load_catalog(conn, "outlet"), _customer_name(conn, sale.customer_id)

        found = await self.ctx.db.run(read)
        if found is None:
            raise KeyError(f"no sale with receipt {receipt_id!r} on this station")
        order, created_at, sold_by, outlets, customer = found
        station = self.ctx.station
        return build_receipt(order, store=self._store(outlets), station_name=station.station_name if station else "",
                             cashier=cashier or sold_by, when=datetime.fromisoformat(created_at).astimezone(),
                             customer=customer or None, training=self.ctx.training)

    async def refund_slip(self, local_id: str) -> Receipt:
        """The slip of a refund made on this station."""
        def read(conn: sqlite3.Connection) -> tuple[RefundRecord, str, str | None, list[dict[str, Any]]] | None:
            row = conn.execute("SELECT record, created_at, cashier FROM sales WHERE local_id = ? AND kind = 'refund'",
                               (local_id,)).fetchone()
            return None if row is None else (RefundRecord.from_json(loads(row[0])), row[1], row[2],
                                             load_catalog(conn, "outlet"))

        found = await self.ctx.db.run(read)
        if found is None:
            raise KeyError(f"no refund {local_id!r} on this station")
        refund, created_at, manager, outlets = found
        station = self.ctx.station
        return build_refund_slip(refund, store=self._store(outlets),
                                 station_name=station.station_name if station else "", manager=manager or "",
                                 when=datetime.fromisoformat(created_at).astimezone(), training=self.ctx.training)
