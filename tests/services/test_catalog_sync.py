"""The first sync that shows itself and resumes: progress events, ``register sync`` killed half way (and at any
point), the previous catalog sold from until the new one is whole, the catalog of an older register, a
damaged catalog file. Against the real sandbox over loopback."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from register.sandbox.testing import running_sandbox
from register.services.catalog import CATALOG_DIR, GENERATION_SETTING
from register.services.core import DB_FILE, RegisterCore
from register.services.events import CatalogProgress
from register.store import Database, transaction
from register.store import catalog_file as files
from register.store.records import dumps, get_setting
from tests.services.conftest import open_station

ROOT = Path(__file__).resolve().parents[2]
PRODUCTS = 12_000
"""Synthetic products (one variant each) on top of the demo shop: 121 pages of products, 123 of variants."""
NEW_CODE = "2999999999992"


def _sync_cmd(station: Path, sandbox: Any) -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ, FINALPOS_API_KEY=sandbox.api_key)
    return [sys.executable, "-m", "register", "sync", "--data", str(station), "--api-url", sandbox.base_url], env


def _staged_pages(station: Path) -> int:
    """Pages the sync under way has stored (read beside it: the staging file is in WAL mode)."""
    path = station / CATALOG_DIR / files.STAGING_FILE
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM pages").fetchone()[0])
    except sqlite3.Error:
        return 0


def _add_product(sandbox: Any) -> None:
    with httpx.Client(base_url=sandbox.base_url + "/v1/api", headers={"x-api-key": sandbox.api_key}) as http:
        product = http.post("/product", json={"name": "Zesty Lemon Bar", "productType": "simple"}).json()
        http.post("/variant", json={"productId": product["id"], "sku": "LEMON-1", "barcode": NEW_CODE,
                                    "price": 2.25}).raise_for_status()


async def _catalog_now(station: Path, sandbox: Any) -> tuple[int, bool]:
    """(items sold from, whether the new product is among them) on the station, as a register opening it
    would see it."""
    core = await RegisterCore.open(station, api_url=sandbox.base_url, api_key=sandbox.api_key)
    try:
        return len(core.catalog.index), core.catalog.index.lookup(NEW_CODE) is not None
    finally:
        await core.close()


@pytest.mark.slow
def test_register_sync_killed_half_way_resumes_and_sells_from_the_old_catalog_meanwhile(tmp_path: Path,
                                                                                       run: Any) -> None:
    station = tmp_path / "station"
    with running_sandbox(tmp_path / "sandbox", products=PRODUCTS, latency_ms=20) as sandbox:
        core = run(open_station(station, sandbox))
        old = len(core.catalog.index)
        run(core.close())
        _add_product(sandbox)
        cmd, env = _sync_cmd(station, sandbox)

        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while _staged_pages(station) < 60 and proc.poll() is None:  # half way through the products
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        assert proc.returncode == -signal.SIGKILL, "the sync finished before it was killed: the test proves nothing"
        kept = _staged_pages(station)
        assert 60 <= kept < 200

        assert run(_catalog_now(station, sandbox)) == (old, False)  # the old catalog, whole, is sold from

        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert f"{kept:,} pages kept from the stopped sync" in done.stdout
        assert "products" in done.stderr and "page" in done.stderr  # the progress display
        assert run(_catalog_now(station, sandbox)) == (old + 1, True)
        assert not (station / CATALOG_DIR / files.STAGING_FILE).exists()


@pytest.mark.slow
def test_register_sync_killed_at_any_point_never_leaves_half_a_catalog(tmp_path: Path, run: Any) -> None:
    """Killed at random moments (fetching, building the index, putting it in place): after each kill the
    station has the old catalog or the new one, whole; the last run finishes it."""
    station = tmp_path / "station"
    with running_sandbox(tmp_path / "sandbox", products=PRODUCTS, latency_ms=5) as sandbox:
        core = run(open_station(station, sandbox))
        old = len(core.catalog.index)
        run(core.close())
        _add_product(sandbox)
        cmd, env = _sync_cmd(station, sandbox)
        rnd = random.Random(16)
        kills = 0
        for _ in range(6):
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rnd.uniform(0.3, 1.5))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(30)
            assert run(_catalog_now(station, sandbox)) in ((old, False), (old + 1, True))
            if proc.returncode == 0:
                break
        assert kills >= 2, "the sync finished before it could be killed: the test proves nothing"
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert run(_catalog_now(station, sandbox)) == (old + 1, True)


def test_a_sync_announces_records_pages_and_rate(station: RegisterCore, run: Any) -> None:
    seen: list[CatalogProgress] = []
    station.bus.subscribe(seen.append, CatalogProgress)
    report = run(station.sync_catalog())
    products = [e for e in seen if e.kind == "product"]
    assert products and products[-1].finished and products[-1].done == report.counts["product"]
    assert products[-1].pages == (report.counts["product"] + 99) // 100
    assert products[-1].expected == report.counts["product"]  # the second sync knows what to expect
    assert all(e.rate >= 0 for e in seen) and any(e.rate > 0 for e in seen)
    assert {e.kind for e in seen if e.finished} >= {"outlet", "station", "category", "product", "variant",
                                                     "customer", "tax_table", "index"}
    assert report.pages >= 6 and report.resumed_pages == 0


def test_a_register_opens_its_catalog_without_rebuilding_it(station: RegisterCore, tmp_path: Path, sandbox: Any,
                                                            run: Any) -> None:
    built = station.catalog.generation
    item = next(iter(station.catalog.index.items))
    run(station.close())
    again = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key))
    try:
        assert again.catalog.generation == built
        assert again.catalog.index.lookup(item.sku or "") == item
        files_now = {p.name.removesuffix("-wal").removesuffix("-shm")
                     for p in (tmp_path / "station" / CATALOG_DIR).iterdir()}
        assert files_now == {files.generation_file(built)}
    finally:
        run(again.close())


def test_the_catalog_an_older_register_cached_is_indexed_once(tmp_path: Path, run: Any) -> None:
    station = tmp_path / "station"
    db = Database.open(station / DB_FILE)

    def old_cache(conn: Any) -> None:
        with transaction(conn, "an old register's cache"):
            conn.executemany("INSERT INTO catalog VALUES (?, ?, ?, '2025-01-01')", [
                ("product", "p1", dumps({"id": "p1", "name": "Crème Brûlée", "sku": "DES-1"})),
                ("variant", "v1", dumps({"id": "v1", "productId": "p1", "barcode": "4006381333931",
                                         "price": Decimal("6.50")})),
                ("category", "c1", dumps({"id": "c1", "name": "Desserts"}))])

    db.call(old_cache)
    db.close()
    core = run(RegisterCore.open(station, api_url="http://127.0.0.1:9", api_key="k"))
    try:
        item = core.catalog.index.lookup("4006381333931")
        assert item is not None and item.price == Decimal("6.50") and core.catalog.index.search("creme") == [item]
        left = core._db.call(lambda c: c.execute("SELECT kind FROM catalog ORDER BY kind").fetchall())
        assert left == [("category",)]
        assert core._db.call(lambda c: get_setting(c, GENERATION_SETTING)) == core.catalog.generation >= 1
    finally:
        run(core.close())


def test_a_damaged_catalog_file_is_set_aside_and_synced_again(station: RegisterCore, tmp_path: Path, sandbox: Any,
                                                              run: Any) -> None:
    generation = station.catalog.generation
    run(station.close())
    path = tmp_path / "station" / CATALOG_DIR / files.generation_file(generation)
    path.write_bytes(b"\0" * 4096)
    core = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key))
    try:
        assert len(core.catalog.index) == 0 and run(core.catalog.synced_at()) is None  # the refresher syncs in full
        assert path.with_name(path.name + ".damaged").exists()
        run(core.sync_catalog())
        assert len(core.catalog.index) > 100
    finally:
        run(core.close())


def test_a_sync_stopped_after_its_build_is_put_in_place_at_the_next_start(station: RegisterCore, tmp_path: Path,
                                                                           sandbox: Any, run: Any,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from register.services.catalog import CatalogService

    _add_product(sandbox)
    real = CatalogService._install_file

    def stopped(self: CatalogService, generation: int) -> None:
        raise KeyboardInterrupt("the register stopped")

    monkeypatch.setattr(CatalogService, "_install_file", stopped)
    with pytest.raises(KeyboardInterrupt):
        run(station.sync_catalog())
    assert station.catalog.index.lookup(NEW_CODE) is None  # still the old catalog
    monkeypatch.setattr(CatalogService, "_install_file", real)
    run(station.close())
    again = run(RegisterCore.open(tmp_path / "station", api_url="http://127.0.0.1:9", api_key="k"))  # offline
    try:
        assert again.catalog.index.lookup(NEW_CODE) is not None  # the finished build, put in place
        assert not (tmp_path / "station" / CATALOG_DIR / files.STAGING_FILE).exists()
    finally:
        run(again.close())
