"""Completing a sale: ONE SQLite transaction writes the sale's record, the order for Final POS and one transaction
per tender into the outbox, the audit entry, and clears the saved cart. The cashier moves on at once; the sync
worker delivers it later. The wire bodies are made from the record (:mod:`register.services.wire_bodies`) and
kept in the outbox as they will be sent."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from register.services.context import StationInfo, employee_id
from register.services.numbering import next_receipt
from register.services.priced import Priced
from register.services.sale_record import SaleRecord, Tender
from register.services.wire_bodies import order_body, sale_from_fragment, sale_transaction_body
from register.store import outbox
from register.store.database import transaction
from register.store.records import CURRENT_CART, audit, delete_cart, dumps, now_iso

LOCAL_CUSTOMER_PREFIX = "local-customer-"
"""A customer created at this till and not yet confirmed by Final POS."""


@dataclass(frozen=True)
class CompletedSale:
    """A sale committed locally (the outbox will deliver it)."""

    local_id: str
    receipt_id: str
    record: SaleRecord
    body: dict[str, Any]
    """The order as it will be posted."""
    total: Decimal
    change: Decimal


def sale_record(priced: Priced, *, receipt_id: str, session_local_id: str, station: StationInfo, currency: str,
                cashier: str, employee: str | None) -> SaleRecord:
    """The record of the priced cart as a sale (or, under a park reference, as a parked order)."""
    state = priced.state
    return sale_from_fragment(
        priced.fragment, state, local_id=state.cart_id, receipt_id=receipt_id, currency=currency,
        created_at=now_iso(), session_local_id=session_local_id, outlet_id=station.outlet_id,
        station_id=station.station_id, cashier=cashier, employee=employee,
        tenders=tuple(Tender(t.tender_id, t.method, t.amount, t.change, t.cash_rounding, t.reference)
                      for t in state.tenders))


def record_sale(conn: sqlite3.Connection, priced: Priced, *, session_local_id: str, station: StationInfo,
                currency: str, actor: str) -> CompletedSale:
    """Commit the paid cart ``priced`` (on the database's thread): numbered now, parked before or not."""
    state = priced.state
    with transaction(conn, "saving the sale"):
        receipt = next_receipt(conn, station.short)
        sale = sale_record(priced, receipt_id=receipt, session_local_id=session_local_id, station=station,
                           currency=currency, cashier=actor, employee=employee_id(conn, actor))
        body = order_body(sale)
        conn.execute("INSERT INTO sales (local_id, receipt_id, session_local_id, kind, created_at, record, "
                     "cashier) VALUES (?, ?, ?, 'order', ?, ?, ?)",
                     (sale.local_id, receipt, session_local_id, sale.created_at, dumps(sale.to_json()), actor))
        refs = {"sessionId": session_local_id}
        if state.customer_id and state.customer_id.startswith(LOCAL_CUSTOMER_PREFIX):
            refs["customerId"] = state.customer_id  # created here: its server id comes later
        if state.parked_receipt:  # the parked order on Final POS becomes the completed one
            outbox.add(conn, kind="order.update", local_id=f"{sale.local_id}:complete", body=body, refs=refs,
                       target=sale.local_id)
        else:
            outbox.add(conn, kind="order.create", local_id=sale.local_id, body=body, refs=refs)
        for tender in sale.tenders:
            outbox.add(conn, kind="transaction.create", local_id=tender.transaction_id,
                       body=sale_transaction_body(sale, tender),
                       refs={"sessionId": session_local_id, "orderId": sale.local_id})
        delete_cart(conn, CURRENT_CART)
        audit(conn, "sale", actor=actor, subject=receipt, total=str(priced.total),
              tenders=[[t.method, str(t.amount)] for t in state.tenders])
    return CompletedSale(sale.local_id, receipt, sale, body, priced.total, priced.change)
