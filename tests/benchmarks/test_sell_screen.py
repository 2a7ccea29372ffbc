"""The sell screen's benchmarks (benchmarks/sell_screen.py), on the real app with 50,000 and 1,000,000 products.

The app is driven through its screens (pair, first manager, open a session, F1), a cart of 200 lines is
built, then: 500 scans (a p99 of 200 samples is just the second-worst one), every keystroke of 20 searches,
and a full catalog sync with a 300-order outbox flush behind the sell screen. The figures are printed against
the budgets of the catalog's size; only what does not depend on the machine is asserted. Run alone:
``uv run pytest tests/benchmarks/test_sell_screen.py -s``; the 1,000,000-product run (about ten minutes) only with
``REGISTER_BENCH_LARGE=1``. The app runs with the theme a till runs with (its fonts, borders and paddings are
what is painted); without it, ``REGISTER_BENCH_PLAIN=1``.
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import os
import pstats
import random
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from benchmarks import sell_screen as bench
from benchmarks.offline_core import QUERIES, start_sandbox
from register.services.events import CartChanged
from tests.ui import flows
from tests.ui.conftest import themed  # noqa: F401  (asked for by name, unless REGISTER_BENCH_PLAIN=1)

LARGE = 1_000_000
CART_LINES = 200
SCANS = 500
BACKLOG = 300
API_KEY = "bench-key"


@pytest.fixture(params=[50_000, pytest.param(LARGE, marks=pytest.mark.skipif(
    not os.environ.get("REGISTER_BENCH_LARGE"), reason="about eight minutes: set REGISTER_BENCH_LARGE=1"))],
    ids=["50k", "1M"])
def products(request: pytest.FixtureRequest) -> int:
    count: int = request.param
    return count


@pytest.fixture
def big_sandbox(tmp_path: Path, products: int) -> Iterator[str]:
    """The sandbox with that many more products, in its own process (its work does not share our GIL)."""
    proc, url, _ = start_sandbox(tmp_path / "sandbox", products, API_KEY)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(30)
        if proc.stdout is not None:
            proc.stdout.close()


def _figures(values: list[float], name: str) -> dict[str, float]:
    return {f"{name}_p50_ms": round(statistics.median(values), 2),
            f"{name}_p99_ms": round(bench.percentile(values, 0.99), 2),
            f"{name}_max_ms": round(max(values), 1)}


@pytest.mark.slow
@pytest.mark.benchmark
@pytest.mark.timeout(3600)
def test_sell_screen_benchmarks(qtbot: Any, qloop: Any, qapp: Any, products: int, big_sandbox: str,
                                capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest) -> None:
    """The app with the theme a till runs with (its figures are in the README); without its stylesheet when
    ``REGISTER_BENCH_PLAIN=1``."""
    if not os.environ.get("REGISTER_BENCH_PLAIN"):
        request.getfixturevalue("themed")
    app = flows.make_app(qtbot, qapp, big_sandbox, API_KEY)
    try:
        figures = _measure(qtbot, app, products)
    finally:
        flows.close_app(qtbot, app)
    budgets = bench.budgets(products)
    with capsys.disabled():
        print("\n" + bench.table(figures, budgets) + "\nJSON " + json.dumps(figures))
    # What is asserted is what does not depend on the machine: every scan and keystroke was painted (``measure``
    # raises when one is not), on a catalog and a cart of the size asked for. The times are figures to read
    # against the budgets in the table, not assertions: on this shared 2-core machine the scan p99 has moved
    # from 16 to 47 ms between runs of the same commit, and a timed assertion would fail CI one run in a few.
    assert figures["catalog_items"] >= products and figures["cart_lines"] >= CART_LINES
    assert figures["scans"] == SCANS and figures["search_keys"] > 0 and figures["stall_samples"] > 0


def _measure(qtbot: Any, app: Any, products: int) -> dict[str, Any]:
    sync_s = 3600 if products > 100_000 else 300
    flows.pair_first_station(qtbot, app)
    qtbot.waitUntil(lambda: len(app.core.catalog.index) >= products, timeout=sync_s * 1000)  # the pairing's sync
    selling = flows.start_selling(qtbot, app, pair=False)
    core, view = app.core, selling.view
    rnd = random.Random(6)
    items = [i for i in core.catalog.index.sample(5000, seed=6) if i.barcode and i.price is not None]

    async def fill() -> None:
        for item in rnd.sample(items, CART_LINES):
            await core.checkout.add_item(item)

    flows.run(qtbot, fill(), timeout=60_000)
    view.set_priced(core.checkout.price())
    view.table.setFocus()
    clock = bench.PaintClock(app.window)
    shown = [0]
    view.priced_shown.connect(lambda _: shown.__setitem__(0, shown[0] + 1))

    # scans: a code and Enter, wherever the focus is; timed from the Enter to the painted row and totals, and to
    # the cart saved (the change done: it is painted while it is written)
    scans, saves = [], []
    changed_at = [0.0]
    core.bus.subscribe(lambda _: changed_at.__setitem__(0, time.perf_counter()), CartChanged)
    profiler = cProfile.Profile() if os.environ.get("REGISTER_BENCH_PROFILE") else None
    if profiler is not None:
        profiler.enable()
    in_cart = [i for i in items if any(line.variant_id == i.variant_id and line.product_id == i.product_id
                                       for line in core.checkout.state.lines)]
    stages = _stage_clock() if os.environ.get("REGISTER_BENCH_STAGES") else None
    for n, item in enumerate(rnd.sample(items, SCANS)):
        # every other scan is an item already in the cart (its row's quantity goes up); the others add line
        # 201, taken off again afterwards (not timed), so each scan lands in a cart of 200 lines
        if n % 2:
            item = rnd.choice(in_cart)
        before, lines = shown[0], len(core.checkout.state.lines)
        enter = bench.send_scan(QApplication.focusWidget() or app.window, item.barcode)
        if stages is not None:
            enter = _staged(stages, enter)

        started = time.perf_counter()
        scans.append(clock.measure(enter, lambda b=before: shown[0] > b))
        bench.wait_until(lambda: selling.busy == 0, poll_ms=1)
        saves.append((changed_at[0] - started) * 1000)
        if stages is not None:
            stages.stop()
        if len(core.checkout.state.lines) > lines:
            selling.change(lambda: core.checkout.remove_line(core.checkout.state.lines[-1].line_id, "bench"))
        bench.idle(rnd.randint(15, 40))
    lines = len(core.checkout.state.lines)
    paints = list(clock.paints)
    if profiler is not None:  # REGISTER_BENCH_PROFILE=1: where the scans' time goes, printed with -s
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats("register|ui|json", 40)
    if stages is not None:  # REGISTER_BENCH_STAGES=1: when a scan reaches each step, printed with -s
        stages.restore()
        print("\n" + stages.table())

    # search as you type: each keystroke until its results are painted
    view.focus_search()
    edit = view.catalog.search_edit
    keys = []
    for query in QUERIES * 2:
        typed = ""
        for char in query:
            typed += char
            keys.append(clock.measure(bench.send_key(edit, char), lambda t=typed: edit.text() == t))
            bench.idle(rnd.randint(5, 15))
        edit.clear()
        bench.idle(10)
    view.table.setFocus()

    # a backlog of sales waiting for the server, then a full catalog sync and the flush behind the sell screen
    core.worker.stop()
    bench.wait_until(lambda: core._sync_task is None or core._sync_task.done())

    async def sales() -> None:
        await core.checkout.clear("bench")
        for item in rnd.sample(items, BACKLOG):
            await core.checkout.add_item(item)
            await core.checkout.add_tender("cash")
            await core.checkout.complete("bench")

    flows.run(qtbot, sales(), timeout=120_000)
    backlog = core._outbox.counts().pending
    view.set_priced(core.checkout.price())
    meter = bench.StallMeter()
    meter.start()
    core.start_sync()
    sync = asyncio.ensure_future(core.sync_catalog())
    bench.wait_until(lambda: sync.done() and core._outbox.counts().waiting == 0, timeout_s=sync_s)
    meter.stop()
    sync.result()
    return {
        "catalog_items": len(core.catalog.index), "cart_lines": lines, "scans": len(scans),
        **_figures(scans, "scan"), **_figures(paints, "scan_paint"), **_figures(saves, "scan_saved"),
        "search_keys": len(keys), **_figures(keys, "search_key"),
        "backlog_entries": backlog, "stall_samples": len(meter.stalls), **_figures(meter.stalls, "loop_stall"),
    }



def _stage_clock() -> bench.StageClock:
    from register.pricing.summary import Pricer
    from register.services.checkout import CheckoutService
    from register.store.database import Database
    from ui.cart_model import CartTableModel
    from ui.sell_flow import SellFlow
    from ui.sell_view import SellView

    return bench.StageClock({
        "scanned (sell flow)": (SellFlow, "scan", False),
        "add_code runs": (CheckoutService, "add_code", False),
        "priced": (Pricer, "summarize", True),
        "cart save starts": (Database, "submit_cart", False),
        "view.set_priced starts": (SellView, "set_priced", False),
        "model update starts": (CartTableModel, "set_priced", False),
        "model updated": (CartTableModel, "set_priced", True),
        "buttons updated": (SellView, "_update_buttons", True),
        "view.set_priced ends": (SellView, "set_priced", True),
    })  # (a Qt virtual such as paintEvent cannot be wrapped on its class once the widget exists: the paint is
    #     the figure scan_paint, timed around the window's repaint)


def _staged(stages: bench.StageClock, action: Any) -> Any:
    def enter() -> None:
        stages.start()
        action()

    return enter
