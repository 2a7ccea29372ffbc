"""The catalog kept fresh while the register runs: new records every few minutes, a full sync when the last
one is old (edited prices only come that way), against the real sandbox."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx

from register.services.catalog import SYNCED_AT_SETTING
from register.services.core import RegisterCore
from register.services.events import CatalogLoaded
from register.store.records import set_setting


def _http(sandbox: Any) -> httpx.Client:
    return httpx.Client(base_url=sandbox.base_url + "/v1/api", headers={"x-api-key": sandbox.api_key}, timeout=10)


async def _until_loaded(core: RegisterCore, condition: Any) -> None:
    """Wait (15 s at most) for a catalog load after which ``condition()`` holds."""
    loaded = asyncio.Event()
    unsubscribe = core.bus.subscribe(lambda _: loaded.set(), CatalogLoaded)
    try:
        async with asyncio.timeout(15):
            while not condition():
                await loaded.wait()
                loaded.clear()
    finally:
        unsubscribe()


def test_new_products_arrive_while_the_register_runs(station: RegisterCore, sandbox: Any, run: Any) -> None:
    core = station
    loaded: list[CatalogLoaded] = []
    core.bus.subscribe(loaded.append, CatalogLoaded)
    assert run(core.catalog.synced_at()) is not None  # the fixture's full sync recorded when it finished
    with _http(sandbox) as http:
        product = http.post("/product", json={"name": "Fresh Scone", "productType": "simple"}).json()
        http.post("/variant", json={"productId": product["id"], "sku": "SCONE-2", "barcode": "2000000000022",
                                    "price": 3.75}).raise_for_status()

    async def scenario() -> None:
        task = asyncio.create_task(core.keep_catalog_fresh(delay_s=0, every_s=0.05))
        try:
            await _until_loaded(core, lambda: core.catalog.index.lookup("2000000000022") is not None)
        finally:
            task.cancel()

    run(scenario())
    item = core.catalog.index.lookup("2000000000022")
    assert item is not None and item.name == "Fresh Scone" and item.price == Decimal("3.75")
    assert loaded and loaded[-1].items == len(core.catalog.index)


def test_an_old_catalog_is_synced_in_full(station: RegisterCore, sandbox: Any, run: Any) -> None:
    """An edited price is not a new record: a refresh cannot see it, the full sync after 12 hours does."""
    core = station
    item = next(i for i in core.catalog.index.items if i.variant_id and i.barcode and i.price)
    new_price = item.price + Decimal("1.00")
    with _http(sandbox) as http:
        http.put(f"/variant/{item.variant_id}", content=f'{{"price": {new_price}}}',  # a JSON number, exact digits
                 headers={"content-type": "application/json"}).raise_for_status()

    async def refresh_rounds(rounds: int) -> None:
        task = asyncio.create_task(core.keep_catalog_fresh(delay_s=0, every_s=0.01))
        try:
            await asyncio.sleep(0.01 * rounds + 0.5)
        finally:
            task.cancel()

    run(refresh_rounds(5))
    assert core.catalog.index.lookup(item.barcode).price == item.price  # refreshes only: the old price stays

    old = (datetime.now(UTC) - timedelta(hours=13)).isoformat(timespec="seconds")
    run(core._db.run(lambda c: set_setting(c, SYNCED_AT_SETTING, old)))

    async def full() -> None:
        task = asyncio.create_task(core.keep_catalog_fresh(delay_s=0, every_s=60))
        try:
            await _until_loaded(core, lambda: core.catalog.index.lookup(item.barcode).price == new_price)
        finally:
            task.cancel()

    run(full())
    synced = run(core.catalog.synced_at())
    assert synced is not None and datetime.now(UTC) - synced < timedelta(minutes=1)


def test_a_failed_refresh_waits_for_the_next_round(station: RegisterCore, sandbox: Any, run: Any) -> None:
    """Offline: the refresher keeps the cached catalog and tries again; the product arrives once it can."""
    core = station
    with _http(sandbox) as http:
        product = http.post("/product", json={"name": "Late Scone", "productType": "simple"}).json()
        http.post("/variant", json={"productId": product["id"], "sku": "SCONE-3", "barcode": "2000000000039",
                                    "price": 2.5}).raise_for_status()
    sandbox.set_faults(fail_rate=1.0)

    async def offline_then_back() -> None:
        task = asyncio.create_task(core.keep_catalog_fresh(delay_s=0, every_s=0.05))
        try:
            await asyncio.sleep(1.0)
            assert not task.done()  # failures are not fatal
            assert core.catalog.index.lookup("2000000000039") is None
            sandbox.set_faults(fail_rate=0.0)
            await _until_loaded(core, lambda: core.catalog.index.lookup("2000000000039") is not None)
        finally:
            task.cancel()

    try:
        run(offline_then_back())
    finally:
        sandbox.set_faults(fail_rate=0.0)


def test_a_sync_running_is_not_done_twice(station: RegisterCore, run: Any) -> None:
    """The pairing's first sync and the refresher starting beside it: the refresher waits, then only looks
    for new records."""
    core = station
    run(core._db.run(lambda c: set_setting(c, SYNCED_AT_SETTING, None)))  # as if never synced
    outlet = core.station.outlet_id if core.station else None

    async def both() -> str:
        first = asyncio.create_task(core.sync_catalog())
        await asyncio.sleep(0)  # the first sync holds the catalog now
        kind = await core.catalog.freshen(core._client, outlet, full_after_s=3600)
        await first
        return kind

    assert run(both()) == "refresh"
