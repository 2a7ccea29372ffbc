"""What resolving one ambiguous write costs with a long order history on the server.

The sandbox (its own process, over loopback) holds the demo shop plus ``--orders`` orders made by other
stations (20,000 by default). The register pairs, refreshes its tail cursor as its worker does when idle,
then other stations make ``--since`` more orders, and the register sells once: the order's POST is
committed but its answer never comes (the sandbox holds it back longer than the client waits). The
figure is what the next attempt costs to settle it: the requests and the time of the look-up that finds
the order instead of posting it again. Budget: at most 5 requests and 1 s. For comparison, the same look-up
with a cursor never refreshed (the whole list from the start) is printed too.

Run: ``uv run python -m benchmarks.lookup [--orders N] [--since N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from benchmarks.offline_core import start_sandbox

BUDGETS = {"lookup_requests": 5, "lookup_s": 1.0}


class CountingTransport(httpx.AsyncHTTPTransport):
    """A real transport that counts the requests it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return await super().handle_async_request(request)


def seed_orders(data: Path, count: int) -> None:
    """``count`` orders of other stations, written straight into a new sandbox database (set-up, not measured)."""
    from register.sandbox import jsonio
    from register.sandbox.seed import seed_database
    from register.sandbox.store import Store

    store = Store.open(data)
    try:
        seed_database(store, "demo")
        rows = []
        for n in range(count):
            record = {"id": store.new_id(), "createdAt": store.now(), "updatedAt": store.now(),
                      "companyId": store.company_id, "receiptId": f"OTHER-{n:06d}", "status": "completed",
                      "source": "final", "balance": "0.00", "paymentMethods": [],
                      "summary": {"discountTotal": "0.00", "total": "1.00", "totalTaxes": "0.00",
                                  "isTaxInclusive": False, "subTotal": "1.00", "taxes": []}}
            rows.append(("order", record["id"], None, jsonio.dumps(record)))
        with store.transaction():
            store.insert_many(rows)
    finally:
        store.close()


async def _other_stations(base_url: str, api_key: str, count: int) -> None:
    body = {"receiptId": "", "status": "completed", "source": "final", "balance": "0.00", "paymentMethods": [],
            "summary": {"discountTotal": "0.00", "total": "2.00", "totalTaxes": "0.00", "isTaxInclusive": False,
                        "subTotal": "2.00", "taxes": []}}
    async with httpx.AsyncClient(base_url=base_url, headers={"x-api-key": api_key}) as http:
        for n in range(count):
            response = await http.post("/v1/api/order", json={**body, "receiptId": f"LATER-{n:05d}"})
            response.raise_for_status()


async def measure(base_url: str, api_key: str, station_dir: Path, since: int, *, warm: bool) -> dict[str, Any]:
    from register.api.client import FinalPOSClient
    from register.services.core import RegisterCore
    from register.services.sync import Backoff
    from register.store.outbox import EntryState

    transport = CountingTransport()
    client = FinalPOSClient(api_key, base_url=base_url, transport=transport, timeout=httpx.Timeout(1.0), deadline=1.0,
                            max_retries=0)
    core = await RegisterCore.open(station_dir, api_url=base_url, api_key=api_key, client=client,
                                   backoff=Backoff(0.001, 0.002))
    try:
        await core.pair((await core.station_choices())[1][0].id, device_name="bench")
        await core.sync_catalog()
        await core.sessions.open("0", opened_by="bench")
        await core.worker.flush()  # the session
        refresh = 0
        if warm:
            before = transport.sent
            await core.worker.maintain()  # what the idle worker does every few minutes
            refresh = transport.sent - before
        await _other_stations(base_url, api_key, since)
        item = next(i for i in core.catalog.index.items if i.barcode and i.price)
        await core.checkout.add_code(item.barcode or "")
        await core.checkout.add_tender("cash")
        sale = await core.checkout.complete("bench")
        async with httpx.AsyncClient(base_url=base_url, headers={"x-api-key": api_key}) as http:
            await http.put("/v1/sandbox/faults", json={"stall_after_commit": 1, "stall_ms": 2500})
            entry, _ = await core._outbox.next_ready()
            assert entry is not None and entry.kind == "order.create"
            await core.worker.post(entry)  # committed on the server; the answer never came
            await http.put("/v1/sandbox/faults", json={"stall_after_commit": 0})
        lost = core._outbox.get(entry.seq)
        assert lost is not None and lost.state is EntryState.IN_FLIGHT
        before, started = transport.sent, time.perf_counter()
        await core.worker.post(lost)
        seconds = time.perf_counter() - started
        requests = transport.sent - before
        settled = core._outbox.get(entry.seq)
        assert settled is not None and settled.state is EntryState.DONE, settled
        assert core.worker.stats["found"] == 1 and core.worker.stats["resent"] == 0
        return {"receipt": sale.receipt_id, "refresh_requests": refresh, "lookup_requests": requests,
                "lookup_s": round(seconds, 3)}
    finally:
        await core.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=20_000, help="orders already on the server")
    parser.add_argument("--since", type=int, default=150,
                        help="orders other stations make between the cursor refresh and the sale")
    args = parser.parse_args(argv)
    figures: dict[str, Any] = {"orders_on_server": args.orders, "orders_since_refresh": args.since}
    for warm in (True, False):
        with tempfile.TemporaryDirectory(prefix="register-lookup-") as tmp:
            seed_orders(Path(tmp) / "sandbox", args.orders)
            proc, url, _ = start_sandbox(Path(tmp) / "sandbox", 0, "bench-key")
            try:
                result = asyncio.run(measure(url, "bench-key", Path(tmp) / "station", args.since, warm=warm))
            finally:
                proc.terminate()
                proc.wait(30)
        if warm:
            figures.update(refresh_requests=result["refresh_requests"], lookup_requests=result["lookup_requests"],
                           lookup_s=result["lookup_s"])
        else:
            figures.update(cold_lookup_requests=result["lookup_requests"], cold_lookup_s=result["lookup_s"])
    print(f"{'figure':<24}{'value':>10}{'budget':>10}")
    for name, value in figures.items():
        budget = BUDGETS.get(name)
        print(f"{name:<24}{value:>10}{'' if budget is None else f'≤ {budget:g}':>10}")
    print("JSON " + json.dumps(figures, default=lambda d: str(d) if isinstance(d, Decimal) else d))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
