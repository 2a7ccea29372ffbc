"""Catalog lookup and search: barcodes, SKUs, accents, ranking, variants."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from register.store.search import CatalogIndex, items_from_records, normalize

PRODUCTS = [
    {"id": "p1", "name": "Crème Brûlée", "sku": "DES-1", "taxTable": "t1", "categories": ["c1"]},
    {"id": "p2", "name": "Latte", "taxTable": "t1"},
    {"id": "p3", "name": "Iced Latte Large", "sku": "ICE-9", "minPrice": Decimal("4.50")},
    {"id": "p4", "name": "Draft thing", "status": "draft"},
    {"id": "p5", "name": "Chocolate Latte", "sku": "CHO-1"},
]
VARIANTS = [
    {"id": "v1", "productId": "p1", "sku": "DES-1-A", "barcode": "4006381333931", "price": Decimal("6.50")},
    {"id": "v2", "productId": "p2", "sku": "LAT-S", "barcode": "0012345678905", "price": Decimal("3.20"),
     "attributes": [{"name": "Size", "value": "Small"}]},
    {"id": "v3", "productId": "p2", "sku": "LAT-L", "barcode": "5901234123457", "price": Decimal("4.10"),
     "isOnSale": True, "salePrice": Decimal("3.90"), "attributes": [{"name": "Size", "value": "Large"}]},
    {"id": "v4", "productId": "p5", "sku": "CHO-1", "barcode": "4000000000006", "price": Decimal("4.80")},
]


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex(items_from_records(PRODUCTS, VARIANTS))


def test_items_are_variants_and_simple_products(index: CatalogIndex) -> None:
    names = sorted(i.display_name for i in index.items)
    assert names == ["Chocolate Latte", "Crème Brûlée", "Iced Latte Large", "Latte — Large", "Latte — Small"]
    simple = index.lookup("ICE-9")
    assert simple is not None and simple.variant_id is None and simple.price == Decimal("4.50")


@pytest.mark.parametrize(
    ("code", "variant"),
    [("4006381333931", "v1"), (" 4006381333931\n", "v1"), ("012345678905", "v2"),  # UPC-A read of an EAN-13
     ("0012345678905", "v2"), ("lat-l", "v3"), ("DES-1-A", "v1"), ("CHO-1", "v4")],
)
def test_lookup_by_barcode_or_sku(index: CatalogIndex, code: str, variant: str) -> None:
    item = index.lookup(code)
    assert item is not None and item.variant_id == variant


@pytest.mark.parametrize("code", ["", "   ", "9999999999999", "nope"])
def test_lookup_of_an_unknown_code_is_none(index: CatalogIndex, code: str) -> None:
    assert index.lookup(code) is None


def test_sale_price_wins_when_on_sale(index: CatalogIndex) -> None:
    item = index.lookup("LAT-L")
    assert item is not None and item.price == Decimal("3.90")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("creme", ["Crème Brûlée"]),
        ("BRÛLÉE", ["Crème Brûlée"]),
        ("latte", ["Latte — Large", "Latte — Small", "Chocolate Latte", "Iced Latte Large"]),
        ("latte large", ["Latte — Large", "Iced Latte Large"]),
        ("lat-s", ["Latte — Small"]),
        ("4006381", ["Crème Brûlée"]),
        ("zzz", []),
        ("  ", []),
        ("draft", []),
    ],
)
def test_search_ranks_prefix_then_word_then_substring(index: CatalogIndex, query: str, expected: list[str]) -> None:
    assert [i.display_name for i in index.search(query)] == expected


def test_search_limit(index: CatalogIndex) -> None:
    assert len(index.search("a", limit=2)) == 2


def test_normalize() -> None:
    assert normalize("Ÿögürt ÉCLAIR ß") == "yogurt eclair ss"


def _scan_every_item(index: CatalogIndex, query: str, limit: int) -> list[str]:
    """The ranking of the module doc by the plain walk over every item (what the index must equal)."""
    words = normalize(query).split()
    if not words:
        return []
    groups: list[list[str]] = [[], [], []]
    for item in index.items:
        hay = " ".join(x for x in (item.name_key, normalize(item.sku or ""), item.barcode or "") if x)
        if all(w in hay for w in words):
            name = item.name_key
            rank = 0 if name.startswith(words[0]) else 1 if " " + words[0] in name else 2
            groups[rank].append(item.display_name)
    return (groups[0] + groups[1] + groups[2])[:limit]


@settings(max_examples=200, deadline=None, database=None)
@given(names=st.lists(st.text("abcé -", min_size=1, max_size=12), min_size=1, max_size=60),
       query=st.text("abcé ", max_size=5), limit=st.integers(1, 8))
def test_search_ranks_as_a_walk_over_every_item_would(names: list[str], query: str, limit: int) -> None:
    products = [{"id": f"p{n}", "name": name} for n, name in enumerate(names)]
    index = CatalogIndex(items_from_records(products, []))
    assert [i.display_name for i in index.search(query, limit)] == _scan_every_item(index, query, limit)


@settings(max_examples=150, deadline=None, database=None)
@given(rows=st.lists(st.tuples(st.text("abcé -Ab", min_size=1, max_size=10), st.text("ab-1", max_size=4),
                               st.text("01", max_size=5)), min_size=1, max_size=40),
       query=st.text("abcé 1-B", max_size=7), limit=st.integers(1, 8))
def test_search_by_name_sku_and_barcode_ranks_as_a_walk_would(rows: list[tuple[str, str, str]], query: str,
                                                               limit: int) -> None:
    products = [{"id": f"p{n}", "name": name, "sku": sku} for n, (name, sku, _) in enumerate(rows)]
    variants = [{"id": f"v{n}", "productId": f"p{n}", "barcode": code, "sku": sku or None}
                for n, (_, sku, code) in enumerate(rows) if code]
    index = CatalogIndex(items_from_records(products, variants))
    assert [i.display_name for i in index.search(query, limit)] == _scan_every_item(index, query, limit)
