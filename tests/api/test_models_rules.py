"""The rules of the wire models: strict requests, tolerant responses, money never a float."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from register.api import models as m

EXAMPLES = Path(__file__).parent / "examples"


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(), parse_float=Decimal)
    return data


SESSION_OPEN: dict[str, Any] = {
    "stationId": "507f1f77bcf86cd799439011",
    "sessionNumber": "S-2025-001",
    "openedBy": "John Doe",
    "openTime": "2025-01-29T09:00:00.000Z",
    "openingAmount": "200.00",
    "notes": [],
    "closingAmounts": {},
    "openingNote": "Starting new shift",
}


# requests ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("model", "example"),
    [
        (m.CategoryCreate, "category_create_request"),
        (m.CategoryUpdate, "category_update_request"),
        (m.StationCreate, "station_create_request"),
        (m.SessionCreate, "session_create_request"),
        (m.SessionUpdate, "session_update_request"),
        (m.CustomerCreate, "contract_customer_create_request"),
        (m.ProductCreate, "contract_product_create_request"),
        (m.VariantCreate, "contract_variant_create_request"),
        (m.OutletCreate, "contract_outlet_create_request"),
        (m.OrderCreate, "order_create_request"),
        (m.OrderUpdate, "order_update_request"),
        (m.TransactionCreate, "contract_transaction_create_request"),
        (m.RefundCreate, "contract_refund_create_request"),
    ],
)
def test_request_refuses_unknown_field(model: type[m.RequestModel], example: str) -> None:
    body = _example(example) | {"surprise": 1}
    with pytest.raises(ValidationError, match="surprise"):
        model.model_validate(body)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("summary", "surprise"), 1),
        (("summary", "taxes", 0, "surprise"), 1),
        (("lineItems", 0, "surprise"), 1),
        (("billing", "company"), "ACME"),
        (("customSales", 0, "discount", "cartDiscount", "surprise"), 1),
        (("posData", "register"), "x"),
    ],
)
def test_request_refuses_unknown_nested_field(path: tuple[Any, ...], value: Any) -> None:
    body = _example("order_create_request")
    target: Any = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError):
        m.OrderCreate.model_validate(body)


def test_payment_methods_take_any_fields() -> None:
    order = m.OrderCreate.model_validate(_example("contract_order_with_payments_create_request"))
    card = order.payment_methods[1]
    assert card.amount == Decimal("940.50")
    assert card.model_extra == {"terminalLabel": "Front"}
    assert m.OrderCreate.model_validate(_example("order_create_request")).payment_methods[0].to_wire() == {}


@pytest.mark.parametrize(
    ("model", "example", "required"),
    [
        (m.CategoryCreate, "category_create_request", ["name", "description"]),
        (m.StationCreate, "station_create_request", ["name", "outletId", "status"]),
        (
            m.SessionCreate,
            "session_create_request",
            ["stationId", "sessionNumber", "openedBy", "openTime", "openingAmount", "notes",
             "closingAmounts", "openingNote"],
        ),
        (m.CustomerCreate, "contract_customer_create_request", ["email", "firstName", "lastName"]),
        (m.ProductCreate, "contract_product_create_request", ["name", "productType"]),
        (
            m.OutletCreate,
            "contract_outlet_create_request",
            ["name", "address", "city", "state", "country", "postCode", "phone"],
        ),
        (
            m.OrderCreate,
            "order_create_request",
            ["receiptId", "status", "source", "balance", "summary", "paymentMethods"],
        ),
        (
            m.TransactionCreate,
            "contract_transaction_create_request",
            ["paymentMethod", "amount", "currency", "type", "balance", "sessionId"],
        ),
        (m.RefundCreate, "contract_refund_create_request", ["orderId", "lineItems"]),
    ],
)
def test_create_requires_exactly_the_documented_fields(
    model: type[m.RequestModel], example: str, required: list[str]
) -> None:
    body = _example(example)
    for field in required:
        with pytest.raises(ValidationError, match=field):
            model.model_validate({k: v for k, v in body.items() if k != field})
    minimal = {k: v for k, v in body.items() if k in required}
    assert set(model.model_validate(minimal).to_wire()) == set(required)


@pytest.mark.parametrize("field", ["discountTotal", "total", "totalTaxes", "isTaxInclusive", "subTotal", "taxes"])
def test_order_summary_requires_its_documented_fields(field: str) -> None:
    body = _example("order_create_request")
    del body["summary"][field]
    with pytest.raises(ValidationError, match=field):
        m.OrderCreate.model_validate(body)


@pytest.mark.parametrize(
    "model", [m.CategoryUpdate, m.StationUpdate, m.SessionUpdate, m.CustomerUpdate, m.ProductUpdate,
              m.VariantUpdate, m.OutletUpdate, m.OrderUpdate, m.RefundUpdate]
)
def test_update_has_every_field_optional(model: type[m.RequestModel]) -> None:
    assert model.model_validate({}).to_wire() == {}


@pytest.mark.parametrize("bad", [1000.5, 1000, Decimal("NaN"), True, "1,000.50", "1e3", " 1.00", "+1.00", "", None])
def test_request_decimal_string_refuses_anything_but_a_decimal_string(bad: Any) -> None:
    with pytest.raises(ValidationError):
        m.SessionCreate.model_validate(SESSION_OPEN | {"openingAmount": bad})


@pytest.mark.parametrize("number", ["200", "200.00", "-0.5"])
def test_request_decimal_string_refuses_a_json_number(number: str) -> None:
    text = json.dumps(SESSION_OPEN).replace('"200.00"', number)
    with pytest.raises(ValidationError, match="decimal string"):
        m.SessionCreate.model_validate_json(text)


def test_request_decimal_string_refuses_a_number_deep_in_an_order() -> None:
    body = _example("order_create_request")
    body["lineItems"][0]["taxes"][0]["amount"] = Decimal("10.00")
    m.OrderCreate.model_validate(body)  # a Decimal from Python code is fine
    text = json.dumps(body, default=str).replace('"amount": "10.00"', '"amount": 10.00')
    with pytest.raises(ValidationError, match="decimal string"):
        m.OrderCreate.model_validate_json(text)


@pytest.mark.parametrize("good", ["1000.50", Decimal("1000.50"), "-3", "0.000"])
def test_request_decimal_string_keeps_the_exact_string(good: Any) -> None:
    session = m.SessionCreate.model_validate(SESSION_OPEN | {"openingAmount": good})
    assert session.to_wire()["openingAmount"] == str(good)


@pytest.mark.parametrize("bad", [2.5, "2.50", True])
def test_request_number_refuses_floats_strings_and_booleans(bad: Any) -> None:
    with pytest.raises(ValidationError):
        m.VariantCreate.model_validate({"price": bad})


@pytest.mark.parametrize(
    ("value", "wire"),
    [(Decimal("2.50"), 2.5), (Decimal("3"), 3), (Decimal("3.00"), 3), (4, 4), (Decimal("0.15"), 0.15)],
)
def test_request_number_serializes_as_a_json_number(value: Any, wire: Any) -> None:
    out = m.VariantCreate(price=value).to_wire()["price"]
    assert out == wire
    assert type(out) is type(wire)


def test_request_number_from_json_text_keeps_its_digits() -> None:
    variant = m.VariantCreate.model_validate_json('{"price": 19.99, "costPrice": 7}')
    assert variant.price == Decimal("19.99")
    assert variant.cost_price == Decimal(7)
    assert json.dumps(variant.to_wire()) == '{"price": 19.99, "costPrice": 7}'


def test_request_integers_refuse_booleans_and_fractions() -> None:
    with pytest.raises(ValidationError):
        m.CategoryUpdate.model_validate({"menuOrder": True})
    with pytest.raises(ValidationError):
        m.CategoryUpdate.model_validate({"menuOrder": Decimal("1.5")})
    assert m.CategoryUpdate.model_validate({"menuOrder": 2}).menu_order == 2


def test_request_booleans_are_strict() -> None:
    with pytest.raises(ValidationError):
        m.StationUpdate.model_validate({"isVirtual": "yes"})


def test_requests_take_python_names_too() -> None:
    category = m.CategoryCreate(name="Tea", description="Hot drinks", menu_order=3, parent_id="p1")
    assert category.to_wire() == {"name": "Tea", "description": "Hot drinks", "menuOrder": 3, "parentId": "p1"}


def test_order_tax_keeps_its_underscore_id() -> None:
    tax = {"name": "VAT", "percentage": 20, "amount": "2.00", "id": "rate1", "_id": "mongo1"}
    parsed = m.OrderTaxParam.model_validate(tax)
    assert (parsed.id, parsed.mongo_id) == ("rate1", "mongo1")
    assert parsed.to_wire() == tax
    assert m.OrderTax.model_validate(tax).to_wire() == tax


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**9, max_value=10**9))
def test_any_cent_amount_round_trips_as_a_string(amount: Decimal) -> None:
    text = format(amount, "f")
    session = m.SessionCreate.model_validate(SESSION_OPEN | {"openingAmount": text})
    assert session.opening_amount == amount
    assert session.to_wire()["openingAmount"] == text


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-10**6, max_value=10**6))
def test_any_price_round_trips_as_a_json_number(price: Decimal) -> None:
    wire = json.dumps(m.VariantCreate(price=price).to_wire())
    assert Decimal(json.loads(wire, parse_float=Decimal)["price"]) == price


# responses -----------------------------------------------------------------------------------
def test_response_keeps_unknown_fields() -> None:
    body = _example("order_get_response")
    body["nonRevenueItems"] = [{"name": "Gift card"}]
    body["summary"]["nonRevenueTotal"] = "0.00"
    body["lineItems"][0]["discount"] = {"itemDiscount": {"amount": "1.00"}}
    order = m.Order.model_validate(body)
    assert order.model_extra == {"nonRevenueItems": [{"name": "Gift card"}]}
    wire = order.to_wire()
    assert wire["summary"]["nonRevenueTotal"] == "0.00"
    assert wire["lineItems"][0]["discount"] == {"itemDiscount": {"amount": "1.00"}}


@pytest.mark.parametrize(
    "model",
    [m.Category, m.Station, m.Session, m.Customer, m.Product, m.Variant, m.Outlet, m.Order, m.Transaction,
     m.Refund, m.DeleteResult, m.ErrorBody],
)
def test_response_accepts_an_empty_object(model: type[m.ResponseModel]) -> None:
    assert model.model_validate({}).to_wire() == {}


def test_response_accepts_underscore_id() -> None:
    category = m.Category.model_validate({"_id": "abc", "name": "Tea"})
    assert category.id == "abc"
    assert category.to_wire() == {"id": "abc", "name": "Tea"}


def test_response_money_from_strings_or_numbers() -> None:
    raw = '{"balance": 12.5, "summary": {"total": 12.50, "taxes": [{"amount": 1, "percentage": "10"}]}}'
    order = m.Order.model_validate(json.loads(raw, parse_float=Decimal))
    assert order.balance == Decimal("12.5")
    assert order.summary is not None and order.summary.total == Decimal("12.50")
    assert order.to_wire()["summary"] == {"total": "12.50", "taxes": [{"amount": "1", "percentage": 10}]}
    assert m.Order.model_validate_json(raw).balance == Decimal("12.5")


def test_response_refuses_python_floats_for_money() -> None:
    with pytest.raises(ValidationError):
        m.Order.model_validate({"balance": 12.5})
    with pytest.raises(ValidationError):
        m.Variant.model_validate({"price": 2.5})


def test_response_refuses_garbage_money() -> None:
    with pytest.raises(ValidationError):
        m.Order.model_validate({"balance": "twelve"})
    with pytest.raises(ValidationError):
        m.Order.model_validate({"balance": True})


def test_error_body_takes_a_list_of_messages() -> None:
    body = {"statusCode": 400, "message": ["name must be a string"], "error": "Bad Request"}
    assert m.ErrorBody.model_validate(body).to_wire() == body


def test_tax_table_defaults() -> None:
    table = m.TaxTable.model_validate({"name": "Standard", "rates": [{"name": "VAT", "percentage": "20"}]})
    rate = table.rates[0]
    assert (rate.percentage, rate.priority, rate.compound, rate.shipping) == (Decimal(20), 1, False, True)
    assert (rate.country, rate.state, rate.postcodes, rate.cities) == (None, None, [], [])
    assert table.to_wire() == {"name": "Standard", "rates": [{"name": "VAT", "percentage": "20"}]}
    with pytest.raises(ValidationError):
        m.TaxRate.model_validate({"name": "no rate"})
