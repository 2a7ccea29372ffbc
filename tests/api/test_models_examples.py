"""Every example body of the reference pages (and CONTRACT.md) round-trips through its model unchanged."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from register.api import models as m

EXAMPLES = Path(__file__).parent / "examples"

RESOURCES: dict[str, tuple[type[m.RequestModel], type[m.RequestModel] | None, type[m.ResponseModel]]] = {
    "category": (m.CategoryCreate, m.CategoryUpdate, m.Category),
    "station": (m.StationCreate, m.StationUpdate, m.Station),
    "session": (m.SessionCreate, m.SessionUpdate, m.Session),
    "customer": (m.CustomerCreate, m.CustomerUpdate, m.Customer),
    "product": (m.ProductCreate, m.ProductUpdate, m.Product),
    "variant": (m.VariantCreate, m.VariantUpdate, m.Variant),
    "outlet": (m.OutletCreate, m.OutletUpdate, m.Outlet),
    "order": (m.OrderCreate, m.OrderUpdate, m.Order),
    "order_with_payments": (m.OrderCreate, m.OrderUpdate, m.Order),
    "transaction": (m.TransactionCreate, None, m.Transaction),
    "refund": (m.RefundCreate, m.RefundUpdate, m.Refund),
}


def _model_for(stem: str) -> Any:
    """The model (or list adapter) an example file is validated with, from its name."""
    name = stem.removeprefix("contract_")
    if name.startswith("error_"):
        return m.ErrorBody
    if name == "tax_tables_list_response":
        return TypeAdapter(list[m.TaxTable])
    resource, op, kind = name.rsplit("_", 2)
    create, update, response = RESOURCES[resource]
    if kind == "request":
        return create if op == "create" else update
    if op == "delete":
        return m.DeleteResult
    if op == "list":
        return TypeAdapter(list[response])  # type: ignore[valid-type]
    return response


def _wire(value: Any) -> Any:
    if isinstance(value, m.WireModel):
        return value.to_wire()
    if isinstance(value, list):
        return [_wire(item) for item in value]
    raise AssertionError(type(value))


ALL_EXAMPLES = sorted(EXAMPLES.glob("*.json"))


def test_examples_are_present() -> None:
    stems = {p.stem for p in ALL_EXAMPLES}
    for page in ("category", "station", "session", "order"):
        for op in ("create", "update"):
            assert f"{page}_{op}_request" in stems
            assert f"{page}_{op}_response" in stems
        assert f"{page}_get_response" in stems
        assert f"{page}_delete_response" in stems
    assert "customer_list_response" in stems
    for resource in ("product", "variant", "outlet", "transaction", "refund"):
        assert f"contract_{resource}_create_request" in stems
        assert f"contract_{resource}_get_response" in stems
    assert not [p for p in EXAMPLES.iterdir() if "…" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_example_round_trips_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    plain = json.loads(text)
    exact = json.loads(text, parse_float=Decimal)
    model = _model_for(path.stem)
    validated = model.validate_python(exact) if isinstance(model, TypeAdapter) else model.model_validate(exact)
    wire = _wire(validated)
    assert wire == plain
    # and the digits survive serialization: nothing became a float that prints differently
    assert json.loads(json.dumps(wire), parse_float=Decimal) == exact


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_example_round_trips_from_json_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    model = _model_for(path.stem)
    validated = model.validate_json(text) if isinstance(model, TypeAdapter) else model.model_validate_json(text)
    assert _wire(validated) == json.loads(text)


def test_money_becomes_decimal() -> None:
    body = json.loads((EXAMPLES / "order_create_request.json").read_text(), parse_float=Decimal)
    order = m.OrderCreate.model_validate(body)
    assert order.balance == Decimal("1000.50")
    assert order.summary.taxes[0].percentage == Decimal(10)
    assert order.summary.tip is not None
    assert order.summary.tip.percentage == Decimal("0.15")
    assert order.to_wire()["balance"] == "1000.50"
