"""The client against the real sandbox over loopback, for every resource.

Each test runs a fresh sandbox (demo shop) on 127.0.0.1 and drives it through :class:`FinalPOSClient`
with the default transport, so paths, headers, bodies, status codes and models all meet for real.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest

from register.api import FinalPOSClient, errors, models

testing = pytest.importorskip("register.sandbox.testing")

T = TypeVar("T")


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Any]:
    with testing.running_sandbox(tmp_path / "sandbox", api_key="test-key-0123456789") as handle:
        yield handle


class Sleeps:
    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


def drive(live: Any, action: Callable[[FinalPOSClient], Awaitable[T]], **kwargs: Any) -> T:
    async def main() -> T:
        async with FinalPOSClient(kwargs.pop("api_key", live.api_key), base_url=live.base_url, **kwargs) as client:
            return await action(client)

    return asyncio.run(main())


def _order_body(receipt_id: str, session_id: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "currency": "USD",
        "receiptId": receipt_id,
        "status": "completed",
        "source": "final",
        "balance": "0.00",
        "summary": {
            "discountTotal": "0.00", "total": "10.83", "totalTaxes": "0.83", "isTaxInclusive": False,
            "subTotal": "10.00",
            "taxes": [{"name": "TX State", "percentage": Decimal("6.25"), "amount": "0.63", "priority": 1}],
        },
        "lineItems": [{"name": "Sweet Tea", "quantity": 2, "price": "5.00", "totalTax": "0.83", "total": "10.83"}],
        "paymentMethods": [{"paymentType": "cash", "amount": "20.00", "processor": "cash", "change": "9.17"}],
    }
    if session_id is not None:
        body["sessionId"] = session_id
    return body


# reading the demo shop -----------------------------------------------------------------------
def test_catalog_reads(live: Any) -> None:
    async def read(client: FinalPOSClient) -> dict[str, list[Any]]:
        return {
            "outlets": await client.outlets.list_all(),
            "stations": await client.stations.list_all(),
            "categories": await client.categories.list_all(),
            "products": await client.products.list_all(),
            "variants": await client.variants.list_all(),
            "customers": await client.customers.list_all(),
            "tax_tables": await client.tax_tables.list(),
        }

    shop = drive(live, read)
    for name, records in shop.items():
        assert records, f"the demo shop has no {name}"
    outlet = shop["outlets"][0]
    assert isinstance(outlet, models.Outlet) and outlet.id
    variant = shop["variants"][0]
    assert isinstance(variant.price, Decimal)
    rate = shop["tax_tables"][0].rates[0]
    assert isinstance(rate.percentage, Decimal)

    async def get_each(client: FinalPOSClient) -> None:
        assert (await client.outlets.get(outlet.id or "")).id == outlet.id
        assert (await client.stations.get(shop["stations"][0].id)).id == shop["stations"][0].id
        assert (await client.categories.get(shop["categories"][0].id)).id == shop["categories"][0].id
        assert (await client.products.get(shop["products"][0].id)).id == shop["products"][0].id
        assert (await client.variants.get(variant.id or "")).price == variant.price
        assert (await client.customers.get(shop["customers"][0].id)).id == shop["customers"][0].id

    drive(live, get_each)


def test_paging_in_small_pages_matches_the_default_pages(live: Any) -> None:
    async def compare(client: FinalPOSClient) -> tuple[list[str | None], list[str | None]]:
        whole = [v.id async for v in client.variants.iter_all()]
        paged = [v.id async for v in client.variants.iter_all(page_size=7)]
        return whole, paged

    whole, paged = drive(live, compare)
    assert len(whole) == 209  # the demo shop's variants: more than two of the server's pages of 100
    assert paged == whole


def test_a_page_is_at_most_100_records_whatever_limit_says(live: Any) -> None:
    async def sizes(client: FinalPOSClient) -> list[int]:
        return [len(await client.variants.list(limit=limit)) for limit in (10_000, 101, 100, 50)]

    assert drive(live, sizes) == [100, 100, 100, 50]


# writing -------------------------------------------------------------------------------------
def test_category_crud(live: Any) -> None:
    async def crud(client: FinalPOSClient) -> None:
        created = await client.categories.create({"name": "Tea", "description": "Hot drinks", "menuOrder": 4})
        assert created.id and created.name == "Tea" and created.menu_order == 4
        updated = await client.categories.update(created.id, models.CategoryUpdate(name="Teas"))
        assert (updated.name, updated.description) == ("Teas", "Hot drinks")
        assert (await client.categories.get(created.id)).name == "Teas"
        assert created.id in [c.id for c in await client.categories.list_all()]
        deleted = await client.categories.delete(created.id)
        assert deleted.status_code == 200 and deleted.message
        with pytest.raises(errors.NotFoundError):
            await client.categories.get(created.id)

    drive(live, crud)


def test_station_crud(live: Any) -> None:
    async def crud(client: FinalPOSClient) -> None:
        outlet = (await client.outlets.list())[0]
        station = await client.stations.create(
            models.StationCreate(name="Till 9", outlet_id=outlet.id or "", status="AVAILABLE", sequence_number=9)
        )
        assert station.id and station.outlet_id == outlet.id
        assert (await client.stations.update(station.id, {"status": "CLOSED"})).status == "CLOSED"
        assert (await client.stations.delete(station.id)).status_code == 200

    drive(live, crud)


def test_customer_create_and_update(live: Any) -> None:
    async def flow(client: FinalPOSClient) -> None:
        customer = await client.customers.create(
            {"email": "ann@example.com", "firstName": "Ann", "lastName": "Lee", "totalSpent": "0.00"}
        )
        assert customer.id and customer.total_spent == Decimal("0.00")
        updated = await client.customers.update(customer.id, {"totalSpent": "12.50", "tags": ["vip"]})
        assert updated.total_spent == Decimal("12.50") and updated.tags == ["vip"]
        assert (await client.customers.get(customer.id)).email == "ann@example.com"

    drive(live, flow)


def test_session_order_transaction_refund(live: Any) -> None:
    async def flow(client: FinalPOSClient) -> None:
        station = (await client.stations.list())[0]
        session = await client.sessions.create(
            {"stationId": station.id, "sessionNumber": "S-1", "openedBy": "Ann", "openTime": "2026-01-02T09:00:00Z",
             "openingAmount": "200.00", "notes": [], "closingAmounts": {}, "openingNote": "Morning"}
        )
        assert session.id and session.opening_amount == Decimal("200.00") and session.close_time is None
        body = _order_body("R-0001", session.id)
        order = await client.orders.create(body)
        assert order.id and order.receipt_id == "R-0001"
        assert order.summary is not None and order.summary.total == Decimal("10.83")
        assert order.summary.taxes and order.summary.taxes[0].percentage == Decimal("6.25")
        assert order.to_wire()["summary"]["total"] == "10.83"
        assert (await client.orders.get(order.id)).balance == Decimal("0.00")
        assert order.id in [o.id async for o in client.orders.iter_all(page_size=2)]
        refunded = await client.orders.update(order.id, {"status": "refunded"})
        assert refunded.status == "refunded"

        transaction = await client.transactions.create(
            {"paymentMethod": "cash", "amount": "10.83", "currency": "USD", "type": "sale", "balance": "0.00",
             "sessionId": session.id, "orderId": order.id, "receiptId": "R-0001"}
        )
        assert transaction.id and transaction.amount == Decimal("10.83")
        assert (await client.transactions.get(transaction.id)).order_id == order.id

        refund = await client.refunds.create(
            {"orderId": order.id, "sessionId": session.id, "currency": "USD", "reason": "Spilled",
             "lineItems": [{"name": "Sweet Tea", "quantity": 1, "price": "5.00", "total": "5.42",
                            "taxes": [{"name": "TX State", "amount": "0.42", "percentage": Decimal("6.25")}]}],
             "payment": [{"paymentType": "cash", "amount": "5.42"}]}
        )
        assert refund.id and refund.line_items and refund.line_items[0].total == Decimal("5.42")
        assert (await client.refunds.get(refund.id)).order_id == order.id

        closed = await client.sessions.update(
            session.id, {"closeTime": "2026-01-02T17:00:00Z", "closedBy": "Ann", "closingAmount": "205.41",
                         "closingAmounts": {"cash": "205.41", "card": "0.00"}}
        )
        assert closed.close_time and closed.closing_amounts is not None
        assert closed.closing_amounts.cash == Decimal("205.41")
        assert (await client.sessions.get(session.id)).closed_by == "Ann"
        assert (await client.orders.delete(order.id)).status_code == 200
        assert (await client.sessions.delete(session.id)).status_code == 200

    drive(live, flow)


# failures ------------------------------------------------------------------------------------
def test_wrong_key_is_an_authentication_error(live: Any) -> None:
    with pytest.raises(errors.AuthenticationError) as caught:
        drive(live, lambda c: c.categories.list(), api_key="wrong-key")
    assert caught.value.code == "unauthorized"


def test_unknown_record_is_not_found(live: Any) -> None:
    with pytest.raises(errors.NotFoundError):
        drive(live, lambda c: c.orders.get("507f1f77bcf86cd799439099"))


def test_a_refused_body_surfaces_the_server_message(live: Any) -> None:
    async def bad(client: FinalPOSClient) -> Any:
        return await client.request("POST", "/v1/api/category", json_body={"name": "No description"})

    with pytest.raises(errors.BadRequestError) as caught:
        drive(live, bad)
    assert "description" in caught.value.message


def test_503s_are_retried_for_reads_and_never_for_a_post(live: Any) -> None:
    live.set_faults(fail_rate=1.0)
    sleeps = Sleeps()
    with pytest.raises(errors.InternalServerError):
        drive(live, lambda c: c.categories.list(), sleep=sleeps)
    assert len(sleeps.seconds) == 3
    sleeps.seconds.clear()
    with pytest.raises(errors.InternalServerError):
        drive(live, lambda c: c.categories.create({"name": "a", "description": "b"}), sleep=sleeps)
    assert sleeps.seconds == []


def test_a_dropped_connection_after_commit_is_not_sent_again(live: Any) -> None:
    live.set_faults(drop_after_commit=1.0, fault_seed=1)
    sleeps = Sleeps()
    with pytest.raises(errors.APIConnectionError) as caught:
        drive(live, lambda c: c.orders.create(_order_body("R-DROP")), sleep=sleeps)
    assert sleeps.seconds == [] and not errors.certainly_not_sent(caught.value)
    live.set_faults(drop_after_commit=0.0)
    receipts = [o.receipt_id for o in drive(live, lambda c: c.orders.list_all())]
    assert receipts.count("R-DROP") == 1  # committed although the client saw an error: sending again would double it


def test_the_server_does_not_deduplicate_a_repeated_receipt_id(live: Any) -> None:
    async def twice(client: FinalPOSClient) -> tuple[Any, Any]:
        return await client.orders.create(_order_body("R-TWICE")), await client.orders.create(_order_body("R-TWICE"))

    first, second = drive(live, twice)
    assert first.id != second.id
    receipts = [o.receipt_id for o in drive(live, lambda c: c.orders.list_all())]
    assert receipts.count("R-TWICE") == 2


def test_api_key_never_logged_over_a_real_socket(live: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    drive(live, lambda c: c.categories.list_all())
    with pytest.raises(errors.AuthenticationError) as caught:
        drive(live, lambda c: c.categories.list(), api_key="another-secret-key-42")
    text = "\n".join(r.getMessage() for r in caplog.records) + str(caught.value) + repr(caught.value.body)
    assert caplog.records
    assert live.api_key not in text
    assert "another-secret-key-42" not in text
