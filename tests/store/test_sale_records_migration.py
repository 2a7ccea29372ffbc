"""Schema 5: a database written at schema 4 (sales stored as the wire bodies posted, with the receipt's own figures
and the refund's bookkeeping beside them) opens with each sale, refund and cash movement as its typed record, and
the receipt, the refund slip, the session's figures and the stock ledger read the same as before."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from register.receipts import build_receipt, build_refund_slip
from register.services.reports import session_figures
from register.services.sale_record import CashMovement, RefundRecord, SaleRecord, record_from_json
from register.services.stock import StockLedger
from register.store import Database, database
from register.store.schema import MIGRATIONS
from register.store.search import CatalogItem

TAX = {"name": "TX State Tax", "taxTableId": "t1", "taxTableName": "Standard", "id": "r1", "percentage": 6.25,
       "amount": "0.26", "compounding": False, "priority": 1}
ORDER = {  # as the register of schema 4 kept it: the wire order, and the receipt's figures under "_receipt"
    "currency": "USD", "receiptId": "R1-20261122-0001-AB12", "status": "completed", "source": "final",
    "sessionId": "s1", "balance": "0.00",
    "summary": {"discountTotal": "0.41", "shippingTotal": "0.00", "total": "8.32", "totalTaxes": "0.49",
                "isTaxInclusive": False, "subTotal": "8.24", "taxes": [{**TAX, "amount": "0.49"}]},
    "lineItems": [{"productId": "p1", "variantId": "v1", "name": "Latte", "quantity": 2, "price": "4.12",
                   "sku": "LAT", "totalTax": "0.49", "total": "8.32", "taxes": [{**TAX, "amount": "0.49"}]}],
    "paymentMethods": [{"transactionId": "t-card", "paymentType": "credit_card", "amount": "5.00",
                        "timestamp": "2026-11-22T10:00:00.000+00:00", "processor": "external",
                        "saleId": "771234 ****4242"},
                       {"transactionId": "t-cash", "paymentType": "cash", "amount": "3.32", "change": "6.68",
                        "timestamp": "2026-11-22T10:00:00.000+00:00", "processor": "cash"}],
    "posData": {"outlet": "o1", "station": "st1", "employee": "e1"},
    "notes": [{"author": "Dana", "note": "Latte: oat milk", "addedByUser": True,
               "dateCreated": "2026-11-22T10:00:00.000+00:00"}],
    "_receipt": {"lines": [{"amount": "8.24", "discount": "0.41", "discountPercentage": "5"}],
                 "customer": "Ana Pérez"},
}
REFUND = {  # its refund of one latte, with the index of the line in the sale and the sale's receipt
    "orderId": "order-1", "sessionId": "s1", "externalId": "refund-1", "currency": "USD", "reason": "cold",
    "refundedBy": "e1",
    "lineItems": [{"name": "Latte", "quantity": 1, "price": "4.12", "total": "4.16",
                   "taxes": [{"name": "TX State Tax", "amount": "0.25", "percentage": Decimal("6.25")}],
                   "productId": "p1", "variantId": "v1"}],
    "summary": {"total": "4.16", "subTotal": "3.91", "totalTaxes": "0.25",
                "taxes": [{"name": "TX State Tax", "percentage": Decimal("6.25"), "amount": "0.25"}]},
    "payment": [{"paymentType": "credit_card", "amount": "4.16", "transactionId": "t-card"}],
    "balance": "0.00", "_lineIndexes": [0], "_receiptId": "R1-20261122-0001-AB12",
}
CASH_IN = {"externalId": "cash-1", "paymentMethod": "cash", "amount": "20.00", "currency": "USD", "type": "cash_in",
           "notes": "float top-up", "balance": "120.00", "sessionId": "s1", "outletId": "o1"}


def _at_schema_4(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(database, "MIGRATIONS", MIGRATIONS[:4])
        Database.open(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO sessions VALUES ('s1', 'S-1-20261122-1', 'st1', '2026-11-22T09:00:00+00:00', NULL,"
                     " '{}')")
        rows = [("order-1", "R1-20261122-0001-AB12", "order", "2026-11-22T10:00:00.000+00:00", ORDER, "Dana"),
                ("refund-1", "refund-1", "refund", "2026-11-22T11:00:00.000+00:00", REFUND, "Manager"),
                ("cash-1", "cash-1", "cash_in", "2026-11-22T12:00:00.000+00:00", CASH_IN, "Dana")]
        conn.executemany("INSERT INTO sales (local_id, receipt_id, session_local_id, kind, created_at, body, cashier)"
                         " VALUES (?, ?, 's1', ?, ?, ?, ?)",
                         [(a, b, k, t, json.dumps(body, default=str), c) for a, b, k, t, body, c in rows])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()


def test_a_schema_4_database_keeps_its_sales_as_typed_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "station.sqlite3"
    _at_schema_4(path, monkeypatch)
    db = Database.open(path)
    try:
        assert db.call(lambda c: c.execute("PRAGMA user_version").fetchone()[0]) == 5
        columns = [r[1] for r in db.call(lambda c: c.execute("PRAGMA table_info(sales)").fetchall())]
        assert "body" not in columns and "record" in columns
        rows = db.call(lambda c: c.execute("SELECT kind, record FROM sales ORDER BY created_at").fetchall())
        sale, refund, cash = (record_from_json(kind, json.loads(text)) for kind, text in rows)
        ledger = StockLedger()
        db.call(ledger.load)
    finally:
        db.close()

    assert isinstance(sale, SaleRecord) and isinstance(refund, RefundRecord) and isinstance(cash, CashMovement)
    assert (sale.local_id, sale.receipt_id, sale.cashier, sale.customer_name) == (
        "order-1", "R1-20261122-0001-AB12", "Dana", "Ana Pérez")
    (line,) = sale.lines
    assert (line.quantity, line.unit_price, line.total, line.tax, line.amount, line.discount) == (
        Decimal(2), Decimal("4.12"), Decimal("8.32"), Decimal("0.49"), Decimal("8.24"), Decimal("0.41"))
    assert [(t.method, t.amount, t.change) for t in sale.tenders] == [
        ("credit_card", Decimal("5.00"), Decimal(0)), ("cash", Decimal("3.32"), Decimal("6.68"))]
    assert (refund.order_local_id, refund.order_receipt_id, refund.reason) == ("order-1", sale.receipt_id, "cold")
    assert [(x.line_index, x.quantity, x.total) for x in refund.lines] == [(0, Decimal(1), Decimal("4.16"))]
    assert (cash.kind, cash.amount, cash.reason) == ("cash_in", Decimal("20.00"), "float top-up")

    receipt = build_receipt(sale, cashier="Dana")
    assert receipt.adds_up() and receipt.rounding == 0 and receipt.customer == "Ana Pérez"
    assert receipt.lines[0].notes == ("oat milk",) and receipt.lines[0].discount_percentage == 5
    slip = build_refund_slip(refund)
    assert slip.adds_up() and slip.total == Decimal("-4.16") and slip.refund_of == sale.receipt_id

    figures = session_figures("USD", Decimal(100), [sale, refund, cash])
    assert (figures.gross_sales, figures.refunded, figures.order_count, figures.refund_count) == (
        Decimal("8.32"), Decimal("4.16"), 1, 1)
    assert figures.method("cash").expected == Decimal("123.32")
    assert figures.method("card").expected == Decimal("0.84")
    assert ledger.sold(CatalogItem("p1", "v1", "Latte", "LAT", None, Decimal("4.12"), None)) == 2
