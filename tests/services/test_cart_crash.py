"""The cart survives the register being killed right after a scan (its save waits on no fsync, but it is
committed before the scan returns); a sale is still committed with synchronous=FULL."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from register.services.core import RegisterCore
from register.services.events import CartPriced
from register.store import StoreFullError
from tests.services.conftest import open_station

SCANNER = """
import asyncio, sys
from pathlib import Path
from register.services.core import RegisterCore

async def main() -> None:
    core = await RegisterCore.open(Path(sys.argv[1]), api_url=sys.argv[2], api_key=sys.argv[3])
    codes = sys.argv[4:]
    n = 0
    while True:
        priced = await core.checkout.add_code(codes[n % len(codes)])
        n += 1
        quantity = sum(line.quantity for line in priced.state.lines)
        print(f"scanned {n} {quantity}", flush=True)

asyncio.run(main())
"""


def test_a_register_killed_right_after_a_scan_reopens_its_cart(tmp_path: Path, sandbox: Any, run: Any) -> None:
    station = tmp_path / "station"
    core = run(open_station(station, sandbox))
    codes = [i.barcode for i in list(core.catalog.index.items)[:60] if i.barcode and i.price][:7]
    sync_mode = core._db.call(lambda c: c.execute("PRAGMA synchronous").fetchone()[0])
    run(core.close())
    assert sync_mode == 2  # FULL on the connection that commits sales

    proc = subprocess.Popen([sys.executable, "-c", SCANNER, str(station), sandbox.base_url, sandbox.api_key, *codes],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    with proc.stdout:
        for line in proc.stdout:
            scans = int(line.split()[1])
            if scans >= 25:
                break
        assert proc.poll() is None, "the scanner stopped by itself: the test proves nothing"
        proc.send_signal(signal.SIGKILL)  # at once: the 25th scan has just returned
        proc.wait(30)

    again = run(RegisterCore.open(station, api_url=sandbox.base_url, api_key=sandbox.api_key))
    try:
        state = again.checkout.state
        quantity = sum(line.quantity for line in state.lines)
        assert quantity >= scans  # every scan that had returned is in the cart (one more may have been saved)
        assert len(state.lines) == len(codes)
        assert again.checkout.price().total > 0
    finally:
        run(again.close())


def test_a_cart_change_that_cannot_be_saved_is_shown_then_taken_back(station: RegisterCore, run: Any) -> None:
    core = station
    codes = [i.barcode for i in list(core.catalog.index.items)[:120] if i.barcode and i.price]
    for code in codes[:40]:
        run(core.checkout.add_code(code or ""))
    saved = core.checkout.state
    pages = core._db.call(lambda c: c.execute("PRAGMA page_count").fetchone()[0])

    def fill(conn: sqlite3.Connection) -> None:  # the disk is full now (for the cart's connection)
        conn.execute(f"PRAGMA max_page_count = {pages}")
        for size in (4000, 1000, 200, 50, 10):
            with contextlib.suppress(sqlite3.OperationalError):
                while True:
                    conn.execute("INSERT INTO settings VALUES (?, ?)", (f"pad-{size}-{time.time_ns()}", "x" * size))

    run(core._db.run_cart(fill))
    seen: list[Any] = []
    core.bus.subscribe(seen.append)
    with pytest.raises(StoreFullError, match="saving the cart did not happen"):
        run(core.checkout.add_code(codes[41] or ""))
    assert core.checkout.state is saved  # the cart is the one saved
    assert [type(e) for e in seen] == [CartPriced]  # it was shown, never announced as changed
    assert len(seen[0].priced.state.lines) == len(saved.lines) + 1
    run(core._db.run_cart(lambda c: c.execute("PRAGMA max_page_count = 1073741823")))
    run(core.checkout.add_code(codes[41] or ""))
    assert len(core.checkout.state.lines) == len(saved.lines) + 1
