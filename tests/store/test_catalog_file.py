"""Catalog files: built from staged pages, refreshed in name order, the same answers as a build from scratch."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from register.store import catalog_file as files
from register.store.records import dumps
from register.store.search import CatalogIndex, items_from_records

WORDS = ["Latte", "Crème", "Brûlée", "Bolt", "Hex", "Zinc", "Wiper", "Blade", "Tea", "Mug", "Ēclair", "Oat"]


def _catalog(n: int, seed: int, start: int = 0) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rnd = random.Random(seed)
    products, variants = [], []
    for i in range(start, start + n):
        name = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 3)))
        product = {"id": f"p{i:05d}", "name": name, "sku": f"P-{i}", "taxTable": "t1",
                   "categories": [f"c{rnd.randint(0, 3)}"], "minPrice": Decimal("1.50")}
        if rnd.random() < 0.1:
            product["status"] = "draft"
        products.append(product)
        for v in range(rnd.choice((0, 1, 1, 2))):
            variants.append({"id": f"v{i:05d}-{v}", "productId": product["id"], "sku": f"V-{i}-{v}",
                             "barcode": f"0{rnd.randrange(10**12):012d}", "price": Decimal(rnd.randint(1, 999)) / 100,
                             "attributes": [{"name": "Size", "value": rnd.choice(["S", "M", "L"])}] if v else []})
    return products, variants


def _staged(path: Path, products: list[dict[str, Any]], variants: list[dict[str, Any]]) -> Any:
    conn = files.connect(path, build=True)
    for kind, rows in (("product", products), ("variant", variants)):
        for skip in range(0, len(rows), 100):
            files.stage_page(conn, kind, skip, rows[skip:skip + 100], dumps)
    files.build_index(conn, 1)
    files.mark_complete(conn, files.record_counts(conn))
    return conn


QUERIES = ["l", "la", "latte", "crem", "creme b", "b", "bo", "olt", "e", "ee", "zz", "p-1", "v-3", "0", "01",
           "hex zinc", "tea m", "s", "eclair", "ē"]


def _same_answers(index: CatalogIndex, expected: CatalogIndex) -> None:
    assert len(index) == len(expected)
    assert [i.display_name for i in index.items] == [i.display_name for i in expected.items]
    for query in QUERIES:
        assert index.search(query, 30) == expected.search(query, 30), query
    for item in list(expected.items)[:50]:
        for code in (item.barcode, item.sku):
            if code:
                assert index.lookup(code) == expected.lookup(code), code
    got = {c: (p.total, p.first) for c, p in index.products_by_category.items()}
    want = {c: (p.total, p.first) for c, p in expected.products_by_category.items()}
    assert got == want


def test_a_file_built_from_pages_answers_as_an_index_built_in_memory(tmp_path: Path) -> None:
    products, variants = _catalog(400, 1)
    conn = _staged(tmp_path / "c.sqlite3", products, variants)
    _same_answers(CatalogIndex.open(conn), CatalogIndex(items_from_records(products, variants)))
    assert files.get_meta(conn, "state") == "complete"


def test_a_refresh_adds_items_in_name_order(tmp_path: Path) -> None:
    products, variants = _catalog(300, 2)
    conn = _staged(tmp_path / "c.sqlite3", products, variants)
    more_p, more_v = _catalog(40, 3, start=300)
    # a new variant for an old product (the simple item it was goes), and one product updated
    more_v.append({"id": "v-late", "productId": products[5]["id"], "sku": "LATE", "barcode": "4006381333931",
                   "price": Decimal("2.00")})
    changed = dict(products[7], name="Aardvark Latte")
    changed_at = 7
    for first in range(0, 40, 10):  # in a few refreshes
        files.add_records(conn, {"product": more_p[first:first + 10], "variant": more_v[first:first + 10]},
                          {"product": 300 + first, "variant": len(variants) + first})
    files.add_records(conn, {"product": [changed], "variant": more_v[40:]},
                      {"product": 0, "variant": len(variants) + 40})
    all_products = [*products[:changed_at], changed, *products[changed_at + 1:], *more_p]
    _same_answers(CatalogIndex.open(conn), CatalogIndex(items_from_records(all_products, [*variants, *more_v])))
    # the same records again change nothing
    assert files.add_records(conn, {"product": more_p[:10]}, {"product": 300}) == {}


def test_items_that_no_longer_fit_between_their_neighbours_ask_for_a_rebuild(tmp_path: Path) -> None:
    products = [{"id": "a", "name": "Alpha"}, {"id": "b", "name": "Beta"}]
    conn = _staged(tmp_path / "c.sqlite3", products, [])
    crowd = [{"id": f"ab{n:03d}", "name": f"Alpha {n:03d}"} for n in range(files.GAP)]
    with pytest.raises(files.RebuildNeeded):
        files.add_records(conn, {"product": crowd}, {"product": 2})
    assert len(CatalogIndex.open(conn)) == 2  # nothing changed
    files.add_records(conn, {"product": crowd[:10]}, {"product": 2})
    assert [i.name for i in CatalogIndex.open(conn).items][:3] == ["Alpha", "Alpha 000", "Alpha 001"]


def test_a_damaged_or_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(files.CatalogFileError):
        files.connect(path, read_only=True)
    with pytest.raises(files.CatalogFileError):
        files.connect(tmp_path / "missing.sqlite3", read_only=True)
