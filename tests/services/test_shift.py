"""A whole shift through the services, asserting what the sandbox holds afterwards."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from register.services.cart import InputError
from register.services.checkout import UnknownCodeError
from register.services.context import NotReadyError
from register.services.core import RegisterCore
from register.services.events import SaleCompleted
from register.store.outbox import EntryState
from tests.services.conftest import open_station


def _barcodes(core: RegisterCore, n: int) -> list[str]:
    codes = [i.barcode for i in core.catalog.index.items if i.barcode and i.price]
    return codes[:n]


def test_a_whole_shift_arrives_on_the_server(station: RegisterCore, run: Any) -> None:
    core = station
    sales: list[SaleCompleted] = []
    core.bus.subscribe(sales.append, SaleCompleted)
    session = run(core.sessions.open("150.00", opened_by="Dana", note="morning"))
    assert session.number.startswith(f"S-{core.station.short}-")  # type: ignore[union-attr]
    run(core.sessions.move_cash("in", "20.00", "change float top-up", "Dana"))
    run(core.sessions.move_cash("out", "15.00", "window cleaner", "Dana"))

    codes = _barcodes(core, 4)
    # sale 1: two scans of the same item make one line of 2, plus another item; cash with change
    run(core.checkout.add_code(codes[0]))
    run(core.checkout.add_code(codes[0]))
    priced = run(core.checkout.add_code(codes[1]))
    assert [line.quantity for line in priced.state.lines] == [2, 1]
    run(core.checkout.add_tender("cash", "100"))
    sale1 = run(core.checkout.complete("Dana"))
    assert sale1.change == Decimal("100") - sale1.total

    # sale 2: quantity, line discount, cart discount, split card + cash
    priced = run(core.checkout.add_code(codes[2]))
    line_id = priced.state.lines[0].line_id
    run(core.checkout.set_quantity(line_id, "3"))
    run(core.checkout.discount_line(line_id, "Dana", percentage="10"))
    priced = run(core.checkout.discount_cart("Dana", amount="1.00"))
    assert Decimal(priced.fragment.summary["discountTotal"]) > Decimal("1.00")
    run(core.checkout.add_tender("credit_card", "5.00", reference="auth-123"))
    priced = run(core.checkout.add_tender("cash", "50"))
    assert priced.remaining <= 0
    sale2 = run(core.checkout.complete("Dana"))

    # a refund of one unit of sale 2's line, back to the original tenders (card first)
    refund = run(core.refunds.refund(sale2.receipt_id, "Manager", quantities={0: "1"}, reason="damaged"))
    assert refund.total > 0 and refund.payments[0][0] == "credit_card"

    x = run(core.sessions.figures())
    cash = x.methods["cash"]
    assert cash.opening == Decimal("150.00") and cash.cash_in == Decimal("20.00") and cash.cash_out == Decimal("15.00")
    assert x.order_count == 2
    expected_cash = Decimal("150.00") + 20 - 15 + sale1.total + (sale2.total - Decimal("5.00"))
    assert cash.expected == expected_cash - cash.refunds

    closed = run(core.sessions.close({"cash": str(cash.expected + Decimal("0.50")), "card": "0"}, "Manager"))
    over = {c.method: c.difference for c in closed.counts}
    assert over["cash"] == Decimal("0.50")

    run(core.worker.flush())
    counts = core._outbox.counts()
    assert counts.waiting == 0, core._outbox.entries()
    # what the server holds
    ids = {e.local_id: e.server_id for e in core._outbox.entries()}
    server_session = run(core._client.sessions.get(ids[session.local_id]))
    assert server_session.session_number == session.number
    assert server_session.close_time is not None and server_session.closed_by == "Manager"
    report = json.loads(server_session.closing_report_data or "{}")
    assert report["orderCount"] == 2 and report["counts"][0]["difference"] == "0.50"
    orders = [o for o in run(core._client.orders.list_all()) if o.session_id == ids[session.local_id]]
    assert sorted(o.receipt_id for o in orders) == sorted([sale1.receipt_id, sale2.receipt_id])
    for order, sale in ((o, s) for o in orders for s in (sale1, sale2) if o.receipt_id == s.receipt_id):
        assert order.summary is not None and Decimal(str(order.summary.total)) == sale.total
    station_now = run(core._client.stations.get(core.station.station_id))  # type: ignore[union-attr]
    assert station_now.status == "AVAILABLE"  # the only documented status: the register never sets another
    refund_record = run(core._client.refunds.get(ids[refund.local_id]))
    assert refund_record.order_id == ids[sale2.local_id]
    assert [s.receipt_id for s in sales] == [sale1.receipt_id, sale2.receipt_id]


def test_bad_input_is_refused_clearly_and_loses_nothing(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    code = _barcodes(core, 1)[0]
    line_id = run(core.checkout.add_code(code)).state.lines[0].line_id
    with pytest.raises(InputError, match=r"comma; use a dot for decimals \(12.50\)"):
        run(core.checkout.set_quantity(line_id, "12,50"))
    with pytest.raises(InputError, match="more than zero"):
        run(core.checkout.set_quantity(line_id, "-3"))
    with pytest.raises(InputError, match="not a number"):
        run(core.checkout.set_quantity(line_id, "three"))
    with pytest.raises(UnknownCodeError, match="No product has the code '0000000000000'"):
        run(core.checkout.add_code("0000000000000"))
    with pytest.raises(InputError, match="more than the"):
        run(core.checkout.add_tender("credit_card", "999999"))
    assert core.checkout.state.lines[0].quantity == 1  # nothing changed by the refusals
    with pytest.raises(InputError, match="still due"):
        run(core.checkout.complete("Dana"))


def test_double_complete_makes_one_order(station: RegisterCore, run: Any) -> None:
    import asyncio

    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    run(core.checkout.add_code(_barcodes(core, 1)[0]))
    run(core.checkout.add_tender("cash"))

    async def double_click() -> list[Any]:
        return await asyncio.gather(core.checkout.complete("Dana"), core.checkout.complete("Dana"),
                                    return_exceptions=True)

    first, second = run(double_click())
    assert not isinstance(first, BaseException)
    assert isinstance(second, InputError)
    assert [e.kind for e in core._outbox.entries()].count("order.create") == 1


def test_selling_needs_an_open_session(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.checkout.add_code(_barcodes(core, 1)[0]))
    run(core.checkout.add_tender("cash"))
    with pytest.raises(NotReadyError, match="No cash session is open"):
        run(core.checkout.complete("Dana"))


def test_the_cart_survives_a_restart(tmp_path: Path, sandbox: Any, run: Any) -> None:
    core = run(open_station(tmp_path / "station", sandbox))
    codes = _barcodes(core, 2)
    run(core.checkout.add_code(codes[0]))
    priced = run(core.checkout.add_code(codes[1]))
    run(core.checkout.discount_cart("Dana", percentage="5"))
    before = core.checkout.price()
    # no core.close(): the process "dies" with the cart on screen (only its sockets and file are let go)
    run(core._client.aclose())
    core._db.close()
    again = run(open_station(tmp_path / "station", sandbox))
    try:
        after = again.checkout.price()
        assert after.state == before.state
        assert after.total == before.total and len(priced.state.lines) == 2
    finally:
        run(again.close())


def test_park_and_resume(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.checkout.add_code(_barcodes(core, 1)[0]))
    parked_id = run(core.checkout.park("blue coat, back in 5", "Dana"))
    assert core.checkout.state.is_empty
    parked = run(core.checkout.parked())
    assert [(p[0], p[1]) for p in parked] == [(parked_id, "blue coat, back in 5")]
    priced = run(core.checkout.resume(parked_id, "Dana"))
    assert len(priced.state.lines) == 1 and run(core.checkout.parked()) == []


def test_a_refused_write_needs_attention_and_blocks_only_its_dependants(station: RegisterCore, run: Any) -> None:
    core = station
    session = run(core.sessions.open("10", opened_by="Dana"))
    run(core.worker.flush())
    # a transaction the server refuses: its body breaks the contract (as if built by an older register)
    from register.store import outbox, transaction

    def write(conn: Any) -> None:
        with transaction(conn, "test"):
            outbox.add(conn, kind="transaction.create", local_id="bad", body={"amount": "1.00"},
                       refs={"sessionId": session.local_id})

    core._db.call(write)
    run(core.sessions.move_cash("in", "5", "float", "Dana"))
    run(core.worker.flush())
    bad = core._outbox.get("bad")
    assert bad is not None and bad.state is EntryState.ATTENTION
    assert "paymentMethod" in (bad.last_error or "")
    counts = core._outbox.counts()
    assert counts.attention == 1 and counts.pending == 0  # the cash-in after it still went through


def test_catalog_refresh_picks_up_new_products(station: RegisterCore, sandbox: Any, run: Any) -> None:
    import httpx

    core = station
    before = len(core.catalog.index)
    with httpx.Client(base_url=sandbox.base_url, headers={"x-api-key": sandbox.api_key}) as http:
        product = http.post("/v1/api/product", json={"name": "Brand New Scone", "productType": "simple"}).json()
        http.post("/v1/api/variant", json={"productId": product["id"], "sku": "SCONE-1", "barcode": "2000000000015",
                                           "price": 3.25}).raise_for_status()
    added = run(core.catalog.refresh(core._client, core.station.outlet_id if core.station else None))
    assert added == {"product": 1, "variant": 1}
    assert len(core.catalog.index) == before + 1
    item = core.catalog.index.lookup("2000000000015")
    assert item is not None and item.name == "Brand New Scone" and item.price == Decimal("3.25")
    assert run(core.catalog.refresh(core._client)) == {}  # nothing new: nothing fetched twice


def test_a_customer_created_at_the_till_reaches_the_order(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    with pytest.raises(InputError, match="not an email address"):
        run(core.checkout.create_customer("Ana", "Silva", "ana at example", "Dana"))
    run(core.checkout.create_customer("Ana", "Silva", "ana@example.com", "Dana", phone="+1 512 555 0100"))
    run(core.checkout.add_code(_barcodes(core, 1)[0]))
    run(core.checkout.add_tender("cash"))
    sale = run(core.checkout.complete("Dana"))
    run(core.worker.flush())
    customer_entry = next(e for e in core._outbox.entries() if e.kind == "customer.create")
    order = run(core._client.orders.get(core._outbox.get(sale.local_id).server_id))  # type: ignore[union-attr]
    assert order.customer_id == customer_entry.server_id
    customer = run(core._client.customers.get(customer_entry.server_id or ""))
    assert (customer.first_name, customer.email) == ("Ana", "ana@example.com")


def test_pairing_refuses_a_station_another_device_holds(station: RegisterCore, tmp_path: Path, sandbox: Any,
                                                        run: Any) -> None:
    other = run(RegisterCore.open(tmp_path / "other", api_url=sandbox.base_url, api_key=sandbox.api_key))
    try:
        with pytest.raises(NotReadyError, match="is in use by test-till"):
            run(other.pair(station.station.station_id))  # type: ignore[union-attr]
        assert other.station is None
    finally:
        run(other.close())


def test_release_goes_through_the_outbox_and_pending_is_announced(station: RegisterCore, run: Any) -> None:
    from register.services.events import ConnectivityChanged, PendingChanged

    core = station
    seen: list[Any] = []
    core.bus.subscribe(seen.append)
    station_id = core.station.station_id  # type: ignore[union-attr]

    async def release() -> None:
        await core.release("Manager")
        await asyncio.sleep(0.05)  # the pending count is announced by a background task

    import asyncio

    run(release())
    assert core.station is None
    assert PendingChanged(1, 0) in seen  # announced as soon as it was queued, before any sync
    assert run(core.check_connection()) is True and ConnectivityChanged(True, "") in seen
    run(core.worker.flush())
    released = run(core._client.stations.get(station_id))
    assert released.status == "AVAILABLE" and not released.device_id


def test_the_sessions_orders_with_sync_state_and_a_reprint(station: RegisterCore, run: Any) -> None:
    from register.receipts import render_text

    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    run(core.checkout.add_code(_barcodes(core, 1)[0]))
    run(core.checkout.add_tender("cash", "100"))
    sale = run(core.checkout.complete("Dana"))
    rows = run(core.orders.session_orders())
    assert [(r.receipt_id, r.kind, r.sync_state) for r in rows] == [(sale.receipt_id, "order", "pending")]
    run(core.worker.flush())
    assert run(core.orders.session_orders())[0].sync_state == "done"
    receipt = run(core.orders.receipt(sale.receipt_id, cashier="Dana"))
    text = "\n".join(render_text(receipt))
    assert sale.receipt_id in text and "Congress Avenue" in text and "Change" in text and str(sale.total) in text
    assert receipt.opens_drawer
    with pytest.raises(KeyError):
        run(core.orders.receipt("nope"))


def test_a_parked_cart_is_a_parked_order_that_the_sale_completes(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    codes = _barcodes(core, 3)
    run(core.checkout.add_code(codes[0]))
    cart_id = run(core.checkout.park("red jacket, back in 5", "Dana"))
    run(core.checkout.add_code(codes[1]))
    other_id = run(core.checkout.park("", "Dana"))
    run(core.worker.flush())
    parked_order = run(core._client.orders.get(core._outbox.get(cart_id).server_id))  # type: ignore[union-attr]
    assert parked_order.status == "parked" and parked_order.customer_note == "red jacket, back in 5"
    assert parked_order.park_reduce_stock == "0" and parked_order.park_expiry_date == "never"

    run(core.checkout.resume(cart_id, "Dana"))
    run(core.checkout.add_code(codes[2]))  # the customer came back with one more thing
    run(core.checkout.add_tender("cash", "100"))
    sale = run(core.checkout.complete("Dana"))
    run(core.checkout.delete_parked(other_id, "Dana"))
    run(core.worker.flush())
    assert core._outbox.counts().waiting == 0
    completed = run(core._client.orders.get(parked_order.id or ""))
    assert completed.status == "completed" and completed.receipt_id == sale.receipt_id
    # the parked order carried a park reference; the receipt number was taken when the sale completed
    assert parked_order.receipt_id.startswith("P") and sale.receipt_id.startswith("R")
    assert Decimal(str(completed.summary.total)) == sale.total and len(completed.line_items or []) == 2
    deleted = run(core._client.orders.get(core._outbox.get(other_id).server_id))  # type: ignore[union-attr]
    assert deleted.status == "park-deleted"
    receipts = [o.receipt_id for o in run(core._client.orders.list_all())]
    assert receipts.count(sale.receipt_id) == 1  # one order, parked then completed: never two
    assert parked_order.receipt_id not in receipts  # it became the completed sale
    assert run(core.orders.session_orders())[0].sync_state == "done"


def test_receipt_numbers_follow_the_order_sales_complete_in_even_with_a_parked_cart(station: RegisterCore,
                                                                                   run: Any) -> None:
    """A cart parked before another sale and completed after it is numbered after it: receipts run in the order
    the sales were made, whatever was parked."""
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    first, second = _barcodes(core, 2)
    run(core.checkout.add_code(first))
    parked = run(core.checkout.park("back in 5", "Dana"))
    run(core.checkout.add_code(second))
    run(core.checkout.add_tender("cash", "100"))
    earlier = run(core.checkout.complete("Dana"))
    run(core.checkout.resume(parked, "Dana"))
    run(core.checkout.add_tender("cash", "100"))
    later = run(core.checkout.complete("Dana"))

    def number(receipt: str) -> int:
        return int(receipt.split("-")[2])

    assert number(later.receipt_id) == number(earlier.receipt_id) + 1


def test_customer_search_over_the_cache(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    run(core.checkout.create_customer("Zoë", "Ångström", "zoe@example.com", "Dana", phone="+1 512 555 0199"))
    assert [c["email"] for c in run(core.catalog.search_customers("zoe angstrom"))] == ["zoe@example.com"]
    assert run(core.catalog.search_customers("555 0199"))[0]["firstName"] == "Zoë"
    some = run(core.catalog.search_customers("e", limit=5))
    assert len(some) == 5
    assert run(core.catalog.search_customers("   ")) == []


def test_concurrent_cart_changes_are_never_lost(station: RegisterCore, run: Any) -> None:
    import asyncio

    core = station
    codes = _barcodes(core, 6)

    async def six_fast_scans() -> None:  # a scanner faster than the disk: every change must survive
        await asyncio.gather(*(core.checkout.add_code(code) for code in codes))

    run(six_fast_scans())
    assert sorted(line.sku or "" for line in core.checkout.state.lines) == sorted(
        core.catalog.index.lookup(code).sku or "" for code in codes)  # type: ignore[union-attr]
    from register.store.records import load_cart

    saved = core._db.call(load_cart)
    assert saved is not None and len(saved["lines"]) == 6
