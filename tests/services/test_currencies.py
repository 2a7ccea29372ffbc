"""A till in each of the store currencies the register is set up for sells, prints, closes and posts in it: USD,
EUR, CAD (cash to 0.05), CHF (0.05) and JPY (no decimals). What is checked is what Final POS holds (the sandbox,
read over plain HTTP): each order's currency, its amounts as strings at the currency's exponent, the cash
rounding, and the session's Z report."""

from __future__ import annotations

import json
import re
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from register.money import currency_exponent
from register.receipts import build_receipt, render_text
from tests.services.conftest import open_station

# currency, cash increment, price of the untaxed custom sale, cash handed over, cash due, cash rounding, change
CASES = [
    ("USD", "", "12.62", "20", "12.62", "0", "7.38"),
    ("EUR", "", "12.62", "20", "12.62", "0", "7.38"),
    ("CAD", "0.05", "12.63", "20", "12.65", "0.02", "7.35"),
    ("CHF", "0.05", "12.62", "20", "12.60", "-0.02", "7.40"),
    ("JPY", "", "1250", "2000", "1250", "0", "750"),
]


def _at_exponent(text: Any, exponent: int) -> bool:
    """A wire amount: a decimal string with exactly the currency's decimals ("12.50"; JPY "1250")."""
    pattern = r"-?\d+" if exponent == 0 else rf"-?\d+\.\d{{{exponent}}}"
    return isinstance(text, str) and re.fullmatch(pattern, text) is not None


def _amounts(body: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every money field of an order body (by name), with its path."""
    money = {"amount", "total", "subTotal", "totalTax", "discountTotal", "change", "cashRounding", "price"}
    found: list[tuple[str, Any]] = []
    if isinstance(body, dict):
        for key, value in body.items():
            if key in money and not isinstance(value, dict | list):
                found.append((f"{path}.{key}", value))
            found += _amounts(value, f"{path}.{key}")
    elif isinstance(body, list):
        for i, value in enumerate(body):
            found += _amounts(value, f"{path}[{i}]")
    return found


@pytest.mark.parametrize(("currency", "increment", "price", "handed", "cash_due", "rounding", "change"), CASES)
def test_a_till_sells_and_posts_in_the_stores_currency(tmp_path: Path, sandbox: Any, run: Any, currency: str,
                                                        increment: str, price: str, handed: str, cash_due: str,
                                                        rounding: str, change: str) -> None:
    core = run(open_station(tmp_path / "station", sandbox))
    try:
        run(core.set_pricing(currency=currency, cashIncrement=increment))
        assert core.ctx.pricing.currency == currency
        exponent = currency_exponent(currency)
        run(core.sessions.open("100" if exponent == 0 else "100.00", opened_by="Dana"))
        checkout = core.checkout
        run(checkout.add_custom_sale("Untaxed", price, taxable=False))
        taxed = run(checkout.add_custom_sale("Taxed", "300" if exponent == 0 else "3.00", taxable=True))
        due_now = taxed.remaining
        priced = run(checkout.add_tender("credit_card", format(due_now - Decimal(price), "f")))  # all but the first
        assert priced.remaining == Decimal(price)
        assert (priced.cash_due or priced.remaining) == Decimal(cash_due)
        assert priced.cash_due_rounding == Decimal(rounding)
        priced = run(checkout.add_tender("cash", handed))
        assert priced.settled and priced.change == Decimal(change) and priced.cash_rounding == Decimal(rounding)
        sale = run(checkout.complete("Dana"))

        # printed: the amounts at the currency's decimals, the total with its code, the rounding when there is one
        lines = render_text(build_receipt(sale.record), width=42)
        assert any(line.startswith(f"TOTAL {currency}") for line in lines)
        assert any(line.startswith("Cash rounding") for line in lines) == (rounding != "0")

        closed = run(core.sessions.close({"cash": Decimal(100) + Decimal(cash_due), "card": due_now - Decimal(price)},
                                         closed_by="Dana"))
        assert closed.report["currency"] == currency
        run(core.worker.flush(deadline=time.time() + 20))
        assert core._outbox.counts().waiting == 0

        with httpx.Client(base_url=sandbox.base_url + "/v1/api", headers=sandbox.headers, timeout=10) as http:
            orders = http.get("/orders").json()
            order = next(o for o in orders if o["receiptId"] == sale.receipt_id)
            [session_id] = [e.server_id for e in core._outbox.entries() if e.kind == "session.create"]
            posted = http.get(f"/session/{session_id}").json()
        assert order["currency"] == currency
        assert order["summary"]["total"] == sale.body["summary"]["total"]
        wrong = [(path, value) for path, value in _amounts(order)
                 if value is not None and not _at_exponent(value, exponent)]
        assert not wrong, f"not at {currency}'s {exponent} decimals: {wrong}"
        cash = next(p for p in order["paymentMethods"] if p["paymentType"] == "cash")
        assert cash["amount"] == cash_due and cash["change"] == change
        assert Decimal(cash.get("cashRounding") or "0") == Decimal(rounding)
        if rounding != "0":
            assert cash["cashRounding"] == rounding
        report = json.loads(posted["closingReportData"])
        assert report["currency"] == currency and _at_exponent(report["grossSales"], exponent)
        assert Decimal(report["cashRounding"]) == Decimal(rounding)
    finally:
        run(core.close())
