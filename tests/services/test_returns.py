"""Returns by receipt: a sale of this session, of an earlier session of this station, and of another till (found on
Final POS with the bounded tail look-up), each refunded against the right order."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from register.services.cart import InputError
from register.services.core import RegisterCore
from register.services.returns import MAX_PAGES, looks_like_receipt
from tests.services.conftest import open_station


async def _sell(core: RegisterCore, n: int = 0) -> str:
    code = [i.barcode for i in core.catalog.index.items if i.barcode and i.price][n]
    await core.checkout.add_code(code)
    await core.checkout.add_tender("credit_card", None, reference="A1")
    return (await core.checkout.complete("Dana")).receipt_id


def test_a_receipt_of_an_earlier_session_and_of_another_till(station: RegisterCore, run: Any, tmp_path: Path,
                                                             sandbox: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    earlier = run(_sell(core))
    run(core.sessions.close({"cash": "0", "card": "0"}, closed_by="Dana"))
    run(core.sessions.open("0", opened_by="Dana"))
    now = run(_sell(core, 1))
    assert looks_like_receipt(earlier) and not looks_like_receipt("4006381333931")
    assert run(core.returns.find(now)).where == "session"
    assert run(core.returns.find(earlier)).where == "station"

    # another till of the store sells; hundreds of other orders land on Final POS after it
    other = run(open_station(tmp_path / "other", sandbox, pair=False))
    try:
        second = run(other._client.stations.list_all())[1]  # the same shop's second till
        run(other.pair(second.id, device_name="till-2"))
        run(other.sync_catalog())
        run(other.sessions.open("0", opened_by="Dana"))
        elsewhere = run(_sell(other))
        run(other.worker.flush())
        entries = {e.kind: e for e in other._outbox.entries()}
        server_order = entries["order.create"].server_id
        body = {**entries["order.create"].body, "sessionId": entries["session.create"].server_id}
    finally:
        run(other.close())
    with httpx.Client(base_url=sandbox.base_url + "/v1/api", headers=sandbox.headers, timeout=30) as http:
        for n in range(250):
            assert http.post("/order", json={**body, "receiptId": f"X-{n}"}).status_code in (200, 201)

    before = core.returns.requests
    found = run(core.returns.find(elsewhere))
    assert (found.where, found.key) == ("store", server_order)
    assert core.returns.requests - before <= 6  # the end of the list, then back to the receipt: never the history
    again = core.returns.requests
    assert run(core.returns.find(elsewhere)).key == server_order and core.returns.requests == again  # kept locally

    refund = run(core.refunds.refund(elsewhere, "Dana", reason="wrong size"))
    assert refund.total > 0
    run(core.worker.flush())
    [refund_id] = [e.server_id for e in core._outbox.entries() if e.kind == "refund.create"]
    server_refund = run(core._client.refunds.get(refund_id))
    assert server_refund.order_id == server_order
    with pytest.raises(InputError, match="nothing left to refund"):
        run(core.refunds.refund(elsewhere, "Dana"))

    with pytest.raises(InputError, match="No sale with receipt"):
        run(core.returns.find("R9-20260101-0001-ZZZZ"))
    assert MAX_PAGES >= 10


def test_the_refund_slip_of_a_refund(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    receipt = run(_sell(core))
    refund = run(core.refunds.refund(receipt, "Dana", quantities={0: "1"}, to_cash=True, reason="damaged"))
    slip = run(core.orders.refund_slip(refund.local_id))
    assert slip.is_refund and slip.refund_of == receipt and slip.adds_up()
    assert slip.total == -refund.total and slip.reason == "damaged" and slip.opens_drawer
    assert [t.amount for t in slip.tenders] == [-refund.total] and slip.tenders[0].name == "Cash"
    assert Decimal(0) > slip.subtotal


def test_a_refund_slip_lists_the_taxes_in_the_order_of_the_sales_receipt(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    # an item with two rates, whose names sort the other way round from their priority
    item = next(i for i in core.catalog.index.items if i.barcode and i.price and i.name == "AA Batteries 8 pk")
    run(core.checkout.add_code(item.barcode or "", 2))
    run(core.checkout.add_tender("cash", "100"))
    receipt = run(core.checkout.complete("Dana")).receipt_id
    sold = run(core.orders.receipt(receipt))
    refund = run(core.refunds.refund(receipt, "Dana", quantities={0: "1"}, to_cash=True))
    slip = run(core.orders.refund_slip(refund.local_id))
    names = [name for name, _ in sold.taxes]
    assert len(names) >= 2 and names != sorted(names)  # the case where sorting by name would differ
    assert [name for name, _ in slip.taxes] == names
