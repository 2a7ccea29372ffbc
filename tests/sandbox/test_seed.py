"""The demo seed: counts, valid EAN-13s, tax tables, links between records, determinism."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from register.api.models import Category, Customer, Outlet, Product, Station, TaxTable, Variant
from register.sandbox.seed import ean13, ean13_check_digit
from register.sandbox.testing import running_sandbox
from tests.sandbox.conftest import make_client


def _all(client: httpx.Client, path: str) -> list[dict[str, Any]]:
    """Every record of a list, page by page (the server sends at most 100 at a time)."""
    result: list[dict[str, Any]] = []
    while True:
        response = client.get(f"/v1/api/{path}", params={"skip": len(result), "limit": 100})
        assert response.status_code == 200
        if not response.json():
            return result
        result += response.json()


def _valid_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == int(code[12])


def test_ean13_check_digit() -> None:
    assert ean13("400638133393") == "4006381333931"  # GS1's worked example
    assert ean13("590123412345") == "5901234123457"
    assert not _valid_ean13("4006381333932")


def test_counts(demo_client: httpx.Client) -> None:
    counts = {
        path: len(_all(demo_client, path))
        for path in ("outlets", "stations", "categories", "products", "variants", "customers", "orders")
    }
    assert counts["outlets"] == 2 and counts["stations"] == 4 and counts["categories"] == 12
    assert counts["products"] >= 150 and counts["variants"] > counts["products"]
    assert counts["customers"] == 50 and counts["orders"] == 0


def test_outlets_and_stations(demo_client: httpx.Client) -> None:
    outlets = _all(demo_client, "outlets")
    assert {(o["city"], o["state"], o["postCode"][:2]) for o in outlets} == {
        ("Austin", "TX", "78"),
        ("Dallas", "TX", "75"),
    }
    assert [o["sequenceNumber"] for o in outlets] == [1, 2]
    stations = _all(demo_client, "stations")
    assert Counter(s["outletId"] for s in stations) == {o["id"]: 2 for o in outlets}
    assert {s["status"] for s in stations} == {"AVAILABLE"}
    for outlet in outlets:
        assert sorted(outlet["stations"]) == sorted(
            s["id"] for s in stations if s["outletId"] == outlet["id"]
        )


def test_products_variants_and_taxes(demo_client: httpx.Client) -> None:
    tables = demo_client.get("/v1/sandbox/tax-tables").json()
    table_ids = {t["id"] for t in tables}
    categories = {c["id"] for c in _all(demo_client, "categories")}
    products = _all(demo_client, "products")
    variants = _all(demo_client, "variants")
    by_product = Counter(v["productId"] for v in variants)

    for product in products:
        assert product["taxTable"] in table_ids
        assert set(product["categories"]) <= categories and product["categories"]
        assert by_product[product["id"]] >= 1
        prices = [Decimal(str(v["price"])) for v in variants if v["productId"] == product["id"]]
        assert Decimal(str(product["minPrice"])) == min(prices) and Decimal(str(product["maxPrice"])) == max(
            prices
        )
    assert any(2 <= n <= 4 for n in by_product.values())
    assert set(by_product) == {p["id"] for p in products}
    barcodes = [v["barcode"] for v in variants]
    assert all(_valid_ean13(code) for code in barcodes)
    assert len(set(barcodes)) == len(barcodes)
    skus = [v["sku"] for v in variants]
    assert len(set(skus)) == len(skus)
    assert {p["taxTable"] for p in products} == table_ids  # both tables are used


def test_tax_tables(demo_client: httpx.Client) -> None:
    tables = {t["name"]: t for t in demo_client.get("/v1/sandbox/tax-tables").json()}
    assert set(tables) == {"Standard", "Reduced food"}
    state, austin = tables["Standard"]["rates"][:2]
    assert (state["percentage"], state["priority"], state["compound"], state["shipping"]) == (
        "6.25",
        1,
        False,
        True,
    )
    assert (austin["priority"], austin["compound"], austin["shipping"], austin["cities"]) == (
        2,
        True,
        True,
        ["AUSTIN"],
    )
    food = tables["Reduced food"]["rates"]
    assert [(r["percentage"], r["priority"]) for r in food] == [("1.00", 1)]
    one = demo_client.get(f"/v1/sandbox/tax-table/{tables['Standard']['id']}")
    assert one.json() == tables["Standard"]
    for table in tables.values():
        TaxTable.model_validate(table)


def test_customers(demo_client: httpx.Client) -> None:
    customers = _all(demo_client, "customers")
    assert len({c["email"] for c in customers}) == 50
    for customer in customers:
        assert customer["firstName"] and customer["lastName"] and customer["phone"].startswith("+1 ")
        assert customer["billing"]["state"] == "TX" and customer["fromFinal"] is False
    assert all(p["fromFinal"] is False for p in _all(demo_client, "products"))


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("outlets", Outlet),
        ("stations", Station),
        ("categories", Category),
        ("products", Product),
        ("variants", Variant),
        ("customers", Customer),
    ],
)
def test_seed_records_parse_as_the_clients_models(demo_client: httpx.Client, path: str, model: Any) -> None:
    for record in _all(demo_client, path):
        parsed = model.model_validate_json(json.dumps(record))  # as the client reads the wire
        assert parsed.id == record["id"]


def test_the_seed_is_deterministic(tmp_path: Path) -> None:
    snapshots = []
    for run in ("a", "b"):
        with running_sandbox(tmp_path / run) as sandbox, make_client(sandbox) as client:
            snapshots.append({path: _all(client, path) for path in ("products", "variants", "customers")})
    assert snapshots[0] == snapshots[1]


def test_empty_seed(client: httpx.Client) -> None:
    for path in ("outlets", "stations", "categories", "products", "variants", "customers"):
        assert _all(client, path) == []
    assert len(client.get("/v1/sandbox/tax-tables").json()) == 2


def test_synthetic_products(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, seed="empty", products=300) as sandbox, make_client(sandbox) as client:
        products, variants = _all(client, "products"), _all(client, "variants")
    assert len(products) == len(variants) == 300
    assert len({v["sku"] for v in variants}) == 300 and len({v["barcode"] for v in variants}) == 300
    assert all(_valid_ean13(v["barcode"]) for v in variants)
    assert {v["productId"] for v in variants} == {p["id"] for p in products}
