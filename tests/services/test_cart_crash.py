"""The cart survives the register being killed right after a scan (its save waits on no fsync, but it is
committed before the scan returns); a sale is still committed with synchronous=FULL."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from register.services.core import RegisterCore
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
    sync_mode = core.db.call(lambda c: c.execute("PRAGMA synchronous").fetchone()[0])
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
