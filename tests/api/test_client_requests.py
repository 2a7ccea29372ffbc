"""What the client puts on the wire: paths, headers, bodies, paging."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from register.api import FinalPOSClient, errors, models

from ._mock import API_KEY, Script, reply, run

RECORD = {"id": "r1", "name": "x"}
DELETED = {"statusCode": 200, "message": "Resource with Id r1 deleted successfully"}

CATEGORY = {"name": "Beverages", "description": "Drinks"}
STATION = {"name": "Till 1", "outletId": "o1", "status": "AVAILABLE"}
CUSTOMER = {"email": "a@example.com", "firstName": "A", "lastName": "B"}
SESSION = {
    "stationId": "s1", "sessionNumber": "S-1", "openedBy": "Ann", "openTime": "2025-01-29T09:00:00.000Z",
    "openingAmount": "200.00", "notes": [], "closingAmounts": {}, "openingNote": "",
}
ORDER = {
    "receiptId": "R-1", "status": "completed", "source": "final", "balance": "0.00", "paymentMethods": [],
    "summary": {"discountTotal": "0.00", "total": "1.00", "totalTaxes": "0.00", "isTaxInclusive": False,
                "subTotal": "1.00", "taxes": []},
}
TRANSACTION = {"paymentMethod": "cash", "amount": "1.00", "currency": "USD", "type": "sale", "balance": "0.00",
               "sessionId": "s1"}
REFUND = {"orderId": "o1", "lineItems": []}

Call = Callable[[FinalPOSClient], Awaitable[Any]]

ENDPOINTS: list[tuple[str, Call, str, str, Any]] = [
    ("outlets.get", lambda c: c.outlets.get("o1"), "GET", "/v1/api/outlet/o1", RECORD),
    ("outlets.list", lambda c: c.outlets.list(), "GET", "/v1/api/outlets?skip=0&limit=100", []),
    ("stations.create", lambda c: c.stations.create(STATION), "POST", "/v1/api/station", RECORD),
    ("stations.get", lambda c: c.stations.get("s1"), "GET", "/v1/api/station/s1", RECORD),
    ("stations.update", lambda c: c.stations.update("s1", {"status": "CLOSED"}), "PUT", "/v1/api/station/s1", RECORD),
    ("stations.delete", lambda c: c.stations.delete("s1"), "DELETE", "/v1/api/station/s1", DELETED),
    ("stations.list", lambda c: c.stations.list(skip=20, limit=10), "GET", "/v1/api/stations?skip=20&limit=10", []),
    ("categories.create", lambda c: c.categories.create(CATEGORY), "POST", "/v1/api/category", RECORD),
    ("categories.get", lambda c: c.categories.get("c1"), "GET", "/v1/api/category/c1", RECORD),
    ("categories.update", lambda c: c.categories.update("c1", {"menuOrder": 2}), "PUT", "/v1/api/category/c1",
     RECORD),
    ("categories.delete", lambda c: c.categories.delete("c1"), "DELETE", "/v1/api/category/c1", DELETED),
    ("categories.list", lambda c: c.categories.list(), "GET", "/v1/api/categories?skip=0&limit=100", []),
    ("products.get", lambda c: c.products.get("p1"), "GET", "/v1/api/product/p1", RECORD),
    ("products.list", lambda c: c.products.list(), "GET", "/v1/api/products?skip=0&limit=100", []),
    ("variants.get", lambda c: c.variants.get("v1"), "GET", "/v1/api/variant/v1", RECORD),
    ("variants.list", lambda c: c.variants.list(), "GET", "/v1/api/variants?skip=0&limit=100", []),
    ("customers.create", lambda c: c.customers.create(CUSTOMER), "POST", "/v1/api/customer", RECORD),
    ("customers.get", lambda c: c.customers.get("u1"), "GET", "/v1/api/customer/u1", RECORD),
    ("customers.update", lambda c: c.customers.update("u1", {"phone": "1"}), "PUT", "/v1/api/customer/u1", RECORD),
    ("customers.list", lambda c: c.customers.list(), "GET", "/v1/api/customers?skip=0&limit=100", []),
    ("sessions.create", lambda c: c.sessions.create(SESSION), "POST", "/v1/api/session", RECORD),
    ("sessions.get", lambda c: c.sessions.get("x1"), "GET", "/v1/api/session/x1", RECORD),
    ("sessions.update", lambda c: c.sessions.update("x1", {"closedBy": "Bo"}), "PUT", "/v1/api/session/x1", RECORD),
    ("sessions.delete", lambda c: c.sessions.delete("x1"), "DELETE", "/v1/api/session/x1", DELETED),
    ("orders.create", lambda c: c.orders.create(ORDER), "POST", "/v1/api/order", RECORD),
    ("orders.get", lambda c: c.orders.get("d1"), "GET", "/v1/api/order/d1", RECORD),
    ("orders.update", lambda c: c.orders.update("d1", {"status": "parked"}), "PUT", "/v1/api/order/d1", RECORD),
    ("orders.delete", lambda c: c.orders.delete("d1"), "DELETE", "/v1/api/order/d1", DELETED),
    ("orders.list", lambda c: c.orders.list(), "GET", "/v1/api/orders?skip=0&limit=100", []),
    ("transactions.create", lambda c: c.transactions.create(TRANSACTION), "POST", "/v1/api/transactions", RECORD),
    ("transactions.get", lambda c: c.transactions.get("t1"), "GET", "/v1/api/transactions/t1", RECORD),
    ("refunds.create", lambda c: c.refunds.create(REFUND), "POST", "/v1/api/refunds", RECORD),
    ("refunds.get", lambda c: c.refunds.get("f1"), "GET", "/v1/api/refunds/f1", RECORD),
    ("tax_tables.list", lambda c: c.tax_tables.list(), "GET", "/v1/sandbox/tax-tables", []),
]


@pytest.mark.parametrize(("name", "call", "method", "path", "answer"), ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_endpoint_method_and_path(name: str, call: Call, method: str, path: str, answer: Any) -> None:
    script = Script([reply(201 if method == "POST" else 200, answer)])
    result = run(script, call)
    assert script.calls == [(method, path)]
    request = script.requests[0]
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["accept"] == "application/json"
    assert "idempotency-key" not in request.headers
    if method in ("POST", "PUT"):
        assert request.headers["content-type"] == "application/json"
    if isinstance(answer, list):
        assert result == []
    elif answer is DELETED:
        assert isinstance(result, models.DeleteResult) and result.status_code == 200
    else:
        assert result.id == "r1"


LISTED = ("get", "page", "list", "iter_pages", "iter_all", "list_all")


def test_resources_cover_the_brief() -> None:
    expected = {
        "outlets": set(LISTED),
        "stations": {"create", "update", "delete", *LISTED},
        "categories": {"create", "update", "delete", *LISTED},
        "products": set(LISTED),
        "variants": set(LISTED),
        "customers": {"create", "update", "delete", *LISTED},
        "sessions": {"create", "get", "update", "delete"},
        "orders": {"create", "update", "delete", *LISTED},
        "transactions": {"create", "get", "delete"},
        "refunds": {"create", "get"},
        "tax_tables": {"list"},
    }
    client = FinalPOSClient(API_KEY)
    for attribute, methods in expected.items():
        resource = getattr(client, attribute)
        public = {n for n in dir(resource) if not n.startswith("_")}
        assert public == methods, attribute


def test_body_goes_out_in_camel_case_with_exact_money() -> None:
    script = Script([reply(201, {"id": "d1", "balance": "0.00", "summary": {"total": "1.00"}})])
    body = models.OrderCreate.model_validate(ORDER | {"customerNote": "hi"})
    order = run(script, lambda c: c.orders.create(body))
    sent = json.loads(script.bodies[0])
    assert sent == ORDER | {"customerNote": "hi"}
    assert b'"balance":"0.00"' in script.bodies[0]
    assert order.summary is not None and order.summary.total == Decimal("1.00")


def test_numbers_go_out_as_json_numbers() -> None:
    script = Script([reply(201, RECORD)])
    run(script, lambda c: c.categories.create(CATEGORY | {"menuOrder": 3}))
    assert json.loads(script.bodies[0])["menuOrder"] == 3


def test_a_bad_dict_body_fails_before_any_request() -> None:
    script = Script([reply(201, RECORD)])
    with pytest.raises(ValidationError):
        run(script, lambda c: c.orders.create(ORDER | {"balance": 0.5}))
    with pytest.raises(ValidationError):
        run(script, lambda c: c.categories.create({"name": "no description"}))
    assert script.requests == []


def test_a_create_model_is_accepted_where_an_update_is_expected() -> None:
    script = Script([reply(200, RECORD)])
    run(script, lambda c: c.categories.update("c1", models.CategoryCreate(name="a", description="b")))
    assert json.loads(script.bodies[0]) == {"name": "a", "description": "b"}


def test_response_fractions_are_decimals_never_floats() -> None:
    script = Script([reply(200, text='{"id": "v1", "price": 19.99, "salePrice": 10}')])
    variant = run(script, lambda c: c.variants.get("v1"))
    assert variant.price == Decimal("19.99") and isinstance(variant.price, Decimal)
    assert variant.sale_price == Decimal(10)


def test_ids_are_escaped_into_the_path() -> None:
    script = Script([reply(200, RECORD)])
    run(script, lambda c: c.orders.get("a/b?c"))
    assert script.calls == [("GET", "/v1/api/order/a%2Fb%3Fc")]
    with pytest.raises(ValueError, match="id"):
        run(script, lambda c: c.orders.get(""))


def _records(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"id": f"c{i}", "name": f"Category {i}"} for i in range(start, start + count)]


def _paged(total: int) -> Callable[[Any], Any]:
    def answer(request: Any) -> Any:
        skip = int(request.url.params["skip"])
        limit = int(request.url.params["limit"])
        return reply(200, _records(max(0, min(limit, total - skip)), skip))

    return answer


def _capped(total: int, cap: int) -> Callable[[Any], Any]:
    """A server that sends at most ``cap`` records whatever ``limit`` asks."""
    def answer(request: Any) -> Any:
        skip = int(request.url.params["skip"])
        limit = min(int(request.url.params["limit"]), cap)
        return reply(200, _records(max(0, min(limit, total - skip)), skip))

    return answer


async def _ids(client: FinalPOSClient, page_size: int = 100) -> list[str]:
    return [c.id or "" async for c in client.categories.iter_all(page_size=page_size)]


@pytest.mark.parametrize(("total", "page_size", "pages"), [(0, 100, 1), (250, 100, 4), (200, 100, 3), (7, 3, 4)])
def test_iter_all_walks_every_page_until_an_empty_one(total: int, page_size: int, pages: int) -> None:
    script = Script([_paged(total)])
    ids = run(script, lambda c: _ids(c, page_size))
    assert ids == [f"c{i}" for i in range(total)]
    assert len(script.requests) == pages
    skips = [int(r.url.params["skip"]) for r in script.requests]
    limits = {int(r.url.params["limit"]) for r in script.requests}
    assert all(skip % min(limits) == 0 for skip in skips)  # skip stays a multiple of limit


@pytest.mark.parametrize(("total", "cap"), [(250, 50), (100, 30), (1000, 100), (99, 100)])
def test_a_server_capping_pages_below_the_limit_truncates_nothing(total: int, cap: int) -> None:
    script = Script([_capped(total, cap)])
    assert run(script, _ids) == [f"c{i}" for i in range(total)]
    learned = [int(r.url.params["limit"]) for r in script.requests[1:]]
    skips = [int(r.url.params["skip"]) for r in script.requests]
    if total > cap:  # a short first page taught the client the server's page size
        assert set(learned) == {cap} and all(skip % cap == 0 for skip in skips)


def test_a_short_page_in_the_middle_is_not_the_end() -> None:
    script = Script([reply(200, _records(2)), reply(200, _records(1, 2)), reply(200, _records(2, 4)), reply(200, [])])
    result = run(script, lambda c: c.orders.list_all(page_size=2))
    assert [o.id for o in result] == ["c0", "c1", "c2", "c4", "c5"]
    assert len(script.requests) == 4


def test_a_server_ignoring_skip_ends_with_a_clear_error() -> None:
    script = Script([reply(200, _records(100))])  # the same first page, whatever skip says
    with pytest.raises(errors.APIResponseValidationError, match="ignores skip"):
        run(script, _ids)
    assert len(script.requests) == 2


def test_a_record_seen_twice_while_paging_is_kept_once() -> None:
    script = Script([reply(200, _records(3)), reply(200, _records(3, 2)), reply(200, [])])  # the list shifted
    assert run(script, lambda c: _ids(c, 3)) == ["c0", "c1", "c2", "c3", "c4"]


def test_one_odd_record_is_set_aside_and_the_page_is_used() -> None:
    page = [{"id": "c0", "name": "Tea"}, {"id": "c1", "name": {"oops": 1}}, {"_id": "c2", "name": "Coffee",
            "menuOrder": 3.0}, {"id": "c3", "name": "Cake"}]
    script = Script([reply(200, page), reply(200, [])])
    seen: list[Any] = []

    async def collect(client: FinalPOSClient) -> list[str]:
        client.on_set_aside = seen.append
        return await _ids(client)

    assert run(script, collect) == ["c0", "c2", "c3"]
    assert [(a.record_id, a.position, a.path) for a in seen] == [("c1", 1, "/v1/api/categories")]
    assert "name" in seen[0].problem


def test_final_s_own_shapes_are_accepted() -> None:
    """``refund`` as an array, ``posData.employee`` as an object, ``_id`` for ``id``, numbers as strings."""
    order = {"_id": "o1", "receiptId": "R-1", "refund": [{"_id": "rf1", "total": 1.5}],
             "posData": {"outlet": "x", "employee": {"_id": "u1", "name": "Dana"}},
             "summary": {"total": 4.73, "subTotal": "4.45", "taxes": [{"name": "T", "percentage": 6.25,
                                                                          "amount": 0.28, "priority": 1.0}]}}
    script = Script([reply(200, [order]), reply(200, [])])
    orders = run(script, lambda c: c.orders.list_all())
    assert orders[0].id == "o1" and orders[0].summary is not None
    assert orders[0].summary.total == Decimal("4.73")


def test_list_all_uses_the_default_page_limit() -> None:
    script = Script([_paged(150)])
    products = run(script, lambda c: c.products.list_all())
    assert len(products) == 150
    assert [r.url.params["limit"] for r in script.requests] == ["100", "100", "100"]


@pytest.mark.parametrize(("skip", "limit"), [(-1, 10), (0, 0), (0, -5)])
def test_bad_paging_is_refused_before_any_request(skip: int, limit: int) -> None:
    script = Script([reply(200, [])])
    with pytest.raises(ValueError):
        run(script, lambda c: c.categories.list(skip=skip, limit=limit))
    assert script.requests == []


def test_context_manager_closes_the_pool() -> None:
    script = Script([reply(200, [])])

    async def main() -> FinalPOSClient:
        async with script.client() as client:
            await client.categories.list()
        return client

    import asyncio

    client = asyncio.run(main())
    assert client._http.is_closed
