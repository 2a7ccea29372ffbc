"""Seeding 50,000 synthetic products (slow: run with ``-m slow``)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from register.sandbox.seed import seed_database
from register.sandbox.store import Store
from register.sandbox.testing import running_sandbox
from tests.sandbox.conftest import make_client


@pytest.mark.slow
def test_seeding_50k_products(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "direct")
    try:
        started = time.perf_counter()
        seed_database(store, "demo", products=50_000)
        seconds = time.perf_counter() - started
        assert store.count("product") == 50_150 and store.count("variant") == 50_209
    finally:
        store.close()
    print(f"\nseeding demo + 50,000 synthetic products: {seconds:.2f} s")
    assert seconds < 30

    started = time.perf_counter()
    with running_sandbox(tmp_path / "served", products=50_000) as sandbox, make_client(sandbox) as client:
        startup = time.perf_counter() - started
        started = time.perf_counter()
        page = client.get("/v1/api/products", params={"skip": 50_000, "limit": 100}).json()
        everything: list[object] = []
        while batch := client.get("/v1/api/variants", params={"skip": len(everything), "limit": 100}).json():
            everything += batch
        listing = time.perf_counter() - started
    assert len(page) == 100 and len(everything) == 50_209
    print(
        f"sandbox start with 50,000 products: {startup:.2f} s; "
        f"last page + all 50,209 variants in pages of 100: {listing:.2f} s"
    )
