"""Error codes and bodies: 401, 404, and a table of bad bodies that must each give one 400."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from register.sandbox.testing import SandboxHandle
from tests.sandbox.bodies import VALID, order

ERROR_NAMES = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 422: "Unprocessable Entity"}


def assert_error(response: httpx.Response, status: int, message: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"statusCode", "message", "error"}
    assert body["statusCode"] == status and body["error"] == ERROR_NAMES[status]
    if message is not None:
        assert body["message"] == message
    return body


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "wrong"}, {"x-api-key": ""}])
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/api/categories"),
        ("POST", "/v1/api/order"),
        ("GET", "/v1/api/nope"),
        ("GET", "/v1/sandbox/tax-tables"),
        ("GET", "/v1/sandbox/faults"),
    ],
)
def test_401_without_the_right_key(
    demo_sandbox: SandboxHandle, headers: dict[str, str], method: str, path: str
) -> None:
    with httpx.Client(base_url=demo_sandbox.base_url, headers=headers) as anonymous:
        assert_error(anonymous.request(method, path, json={}), 401)


def test_health_needs_no_key(demo_sandbox: SandboxHandle) -> None:
    with httpx.Client(base_url=demo_sandbox.base_url) as anonymous:
        assert anonymous.get("/v1/sandbox/health").json() == {"status": "ok"}


@pytest.mark.parametrize(
    "path",
    [
        "/v1/api/category/6775041062d82c07cd00ffff",
        "/v1/api/order/not-an-id",
        "/v1/api/transactions/6775041062d82c07cd00ffff",
        "/v1/sandbox/tax-table/nope",
    ],
)
def test_404_for_unknown_ids(demo_client: httpx.Client, path: str) -> None:
    assert_error(demo_client.get(path), 404, "The resource was not found.")
    if "/v1/api/" in path:
        assert_error(demo_client.delete(path), 404, "The resource was not found.")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/api/nope"),
        ("GET", "/v1/api/sessions"),
        ("GET", "/v1/api/transactions"),
        ("GET", "/v1/api/refunds"),
        ("PUT", "/v1/api/transactions/x"),
        ("PATCH", "/v1/api/category/x"),
        ("POST", "/v1/api/categories"),
        ("DELETE", "/v1/api/categories"),
        ("GET", "/v1/api/categories/"),
        ("GET", "/nope"),
        ("GET", "/v1/api/category"),
    ],
)
def test_404_for_unknown_routes(demo_client: httpx.Client, method: str, path: str) -> None:
    assert_error(demo_client.request(method, path), 404, f"Cannot {method} {path}")


def _content(body: Any) -> bytes:
    return body if isinstance(body, bytes) else httpx.Request("POST", "/", json=body).content


BAD_BODIES: list[tuple[str, Any, str | None]] = [
    # (path, body as JSON value or raw bytes, expected message or None for "any 400")
    ("category", b"", "Request body must be a JSON object."),
    ("category", b"{", None),
    ("category", b'{"name": "x",}', None),
    ("category", b"\xff\xfe", None),
    ("category", b'{"name": NaN, "description": "d"}', None),
    ("category", b"[]", "Request body must be a JSON object."),
    ("category", b'{"name": "\\ud800", "description": "d"}', None),
    ("customer", b'{"email": "e", "firstName": "f", "lastName": "l", "x": "\\udc00"}', None),
    ("category", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, None),
    (
        "customer",
        b'{"email":"e","firstName":"f","lastName":"l","deep":' + b"[" * 5000 + b"]" * 5000 + b"}",
        None,
    ),
    ("category", b'"text"', "Request body must be a JSON object."),
    ("category", b"null", "Request body must be a JSON object."),
    ("category", b"12", "Request body must be a JSON object."),
    ("category", {}, "Validation failed: Field `name` is required. Field `description` is required."),
    ("category", {"name": "x"}, "Validation failed: Field `description` is required."),
    ("category", {"name": 5, "description": "d"}, "Validation failed: Field `name` must be a string."),
    (
        "category",
        {"name": "x", "description": "d", "foo": 1},
        "Validation failed: Field `foo` is not allowed.",
    ),
    ("category", {"name": "x", "description": "d", "menuOrder": "1"}, None),
    (
        "category",
        {"name": "x", "description": "d", "id": "6775041062d82c07cd000006"},
        "Validation failed: Field `id` is not allowed.",
    ),
    ("category", {"name": None, "description": "d"}, None),
    ("station", {"name": "S", "outletId": "o", "status": "AVAILABLE", "isVirtual": "yes"}, None),
    ("session", {**VALID["session"][1], "openingAmount": 200}, None),
    ("session", {**VALID["session"][1], "notes": "not a list"}, None),
    (
        "customer",
        {"email": "e@example.com", "firstName": "F"},
        "Validation failed: Field `lastName` is required.",
    ),
    ("customer", {"email": "e@example.com", "firstName": "F", "lastName": "L", "totalSpent": 12.5}, None),
    (
        "customer",
        {"email": "e@example.com", "firstName": "F", "lastName": "L", "fromFinal": True},
        "Validation failed: Field `fromFinal` is not allowed.",
    ),
    ("product", {"name": "P", "productType": "simple", "minPrice": "2.50"}, None),
    ("variant", {"price": "2.95"}, None),
    ("variant", {"inventory": [{"stock": "many"}]}, None),
    ("outlet", {"name": "O"}, None),
    ("order", order(balance=0.5), "Validation failed: Field `balance` must be a decimal string."),
    ("order", order(balance="abc"), "Validation failed: Field `balance` must be a decimal string."),
    ("order", {"receiptId": "R"}, None),
    ("order", order(summary=[]), None),
    ("order", order(lineItems={"a": 1}), None),
    ("order", order(summary={**order()["summary"], "total": 4.73}), None),
    (
        "transactions",
        {**VALID["transaction"][1], "amount": 4.73},
        "Validation failed: Field `amount` must be a decimal string.",
    ),
    ("refunds", {"orderId": "o"}, "Validation failed: Field `lineItems` is required."),
]


@pytest.mark.parametrize(("path", "body", "message"), BAD_BODIES)
def test_400_for_bad_bodies(demo_client: httpx.Client, path: str, body: Any, message: str | None) -> None:
    before = demo_client.get("/v1/api/categories").json()
    response = demo_client.post(
        f"/v1/api/{path}", content=_content(body), headers={"content-type": "application/json"}
    )
    error = assert_error(response, 400, message)
    if message is None:
        assert error["message"].startswith(("Validation failed: Field `", "Request body")), error["message"]
    assert demo_client.get("/v1/api/categories").json() == before


def test_400_names_every_bad_field(demo_client: httpx.Client) -> None:
    response = demo_client.post("/v1/api/transactions", json={"amount": 1, "currency": "USD", "zzz": True})
    message = assert_error(response, 400)["message"]
    assert message.startswith("Validation failed: ")
    for field in ("paymentMethod", "amount", "type", "balance", "sessionId", "zzz"):
        assert f"Field `{field}`" in message
    assert "Field `amount` must be a decimal string." in message
    assert "Field `zzz` is not allowed." in message


def test_400_for_a_bad_put_and_nothing_changes(demo_client: httpx.Client) -> None:
    category = demo_client.get("/v1/api/categories", params={"limit": 1}).json()[0]
    url = f"/v1/api/category/{category['id']}"
    assert_error(
        demo_client.put(url, json={"name": 1}), 400, "Validation failed: Field `name` must be a string."
    )
    assert_error(demo_client.put(url, content=b"[1]"), 400)
    assert_error(
        demo_client.put(url, json={"nope": 1}), 400, "Validation failed: Field `nope` is not allowed."
    )
    assert demo_client.get(url).json() == category


def test_server_fields_and_model_errors_share_one_message(demo_client: httpx.Client) -> None:
    response = demo_client.post("/v1/api/customer", json={"id": "x", "email": "e", "createdAt": "now"})
    assert assert_error(response, 400)["message"] == (
        "Validation failed: Field `createdAt` is not allowed. Field `id` is not allowed. "
        "Field `firstName` is required. Field `lastName` is required."
    )


def test_nested_fields_are_named_by_path(demo_client: httpx.Client) -> None:
    body = order()
    body["lineItems"][0]["price"] = 4.45
    message = assert_error(demo_client.post("/v1/api/order", json=body), 400)["message"]
    assert message == "Validation failed: Field `lineItems[0].price` must be a decimal string."
