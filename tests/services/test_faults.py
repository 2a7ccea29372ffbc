"""Fault tests of the offline-first core against the sandbox's fault options.

Each asserts what the SERVER holds afterwards (the sandbox's own records, read once it has stopped, since the
API cannot list transactions, refunds or sessions), not what a log says: exactly one order per sale, one
transaction per payment, one customer per customer created, every sale in its one session, every total equal
to the one the register computed. The sandbox de-duplicates nothing, as the real server is assumed not to.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import httpx
import pytest

from register.api.client import FinalPOSClient
from register.sandbox.testing import running_sandbox
from register.services.core import DB_FILE, RegisterCore
from register.services.events import DuplicateRemoved, SaleCompleted
from register.store import Database, StoreCorruptError, StoreFullError, StoreLockedError
from register.store.outbox import EntryState
from register.store.records import audit_entries
from tests.services.conftest import FAST, MANAGER, MANAGER_PIN, open_station
from tests.services.server_state import assert_exactly_once, read_server, settle_like_a_person

pytestmark = pytest.mark.faults


FLAKY: Final = {"latency_ms": 3, "fail_rate": 0.3, "drop_after_commit": 0.1, "stall_after_commit": 0.05,
                "stall_ms": 1500}
"""30 % of requests fail (503, before anything is done), 10 % of writes are committed and then dropped, 5 % are
committed and answered only after the client has given up."""


async def _ring_sales(core: RegisterCore, n: int, rnd: random.Random, *,
                      customers_every: int = 0) -> dict[str, Decimal]:
    """``n`` sales of 1-3 random items, paid cash, card or both; every ``customers_every``-th one for a customer
    created at the till. Returns receipt id -> local total."""
    items = [i for i in core.catalog.index.items if i.barcode and i.price]
    totals: dict[str, Decimal] = {}
    for number in range(n):
        for _ in range(rnd.randint(1, 3)):
            await core.checkout.add_code(rnd.choice(items).barcode or "")
        if customers_every and number % customers_every == 0:
            await core.checkout.create_customer("Pat", f"Shopper {number}", f"pat{number}@example.com", "Dana")
        choice = rnd.random()
        if choice < 0.4:
            await core.checkout.add_tender("cash", "500")
        elif choice < 0.8:
            await core.checkout.add_tender("credit_card", reference=f"auth-{rnd.randrange(10**6)}")
        else:  # split: some by card, the rest in cash
            await core.checkout.add_tender("credit_card", "1.00", reference=f"auth-{rnd.randrange(10**6)}")
            await core.checkout.add_tender("cash", "500")
        sale = await core.checkout.complete("Dana")
        totals[sale.receipt_id] = sale.total
    return totals


def _flaky_client(base_url: str, api_key: str) -> FinalPOSClient:
    async def quick(_seconds: float) -> None:
        await asyncio.sleep(0.005)

    return FinalPOSClient(api_key, base_url=base_url, timeout=httpx.Timeout(1.0), deadline=1.2, max_retries=2,
                          sleep=quick)


@pytest.mark.slow
def test_300_sales_through_failures_drops_and_stalls(tmp_path: Path, run: Any) -> None:
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        core = run(open_station(tmp_path / "station", sandbox))
        run(core.close())
        core = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key,
                                     client=_flaky_client(sandbox.base_url, sandbox.api_key), backoff=FAST))
        run(core.cashiers.sign_in(MANAGER, MANAGER_PIN))
        sandbox.set_faults(**FLAKY, fault_seed=7)

        async def shift() -> dict[str, Decimal]:
            core.start_sync()  # syncing while the cashier sells, as at a real counter
            await core.sessions.open("100", opened_by="Dana")
            totals = await _ring_sales(core, 300, random.Random(1), customers_every=25)
            for receipt in list(totals)[:10]:  # ten returns, each of the whole sale
                await core.refunds.refund(receipt, "Manager", reason="changed their mind")
            await core.worker.flush(deadline=time.time() + 400, wait_for_checks=True)
            return totals

        try:
            totals = run(shift())
            counts = core._outbox.counts()
            assert counts.in_flight == 0 and counts.attention == counts.unconfirmed, counts
            held = {e.local_id for e in core._outbox.entries(states=(EntryState.ATTENTION,), limit=10_000)}
            waiting = core._outbox.entries(states=(EntryState.PENDING,), limit=10_000)
            assert all(e.depends_on & held for e in waiting), "pending without waiting for a held write"
            stats = core.worker.stats
            # the faults really happened: lost answers were found by looking the record up, not sent again
            assert stats["ambiguous"] > 50 and stats["found"] > 10 and stats["held"] > 10, stats
            assert stats["mismatched"] == 0 and stats["refused"] == 0, stats
            print(f"\n300 sales, {FLAKY}: {dict(stats)}")
        finally:
            run(core.close())
    server = read_server(tmp_path / "sandbox")
    with running_sandbox(tmp_path / "sandbox") as sandbox:  # the network is healthy again
        core = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key,
                                     backoff=FAST))
        try:
            settled = settle_like_a_person(core, server)
            run(core.worker.flush(deadline=time.time() + 120))
        finally:
            run(core.close())
    core = run(RegisterCore.open(tmp_path / "station", api_url="http://127.0.0.1:9", api_key="k"))
    try:
        assert_exactly_once(core, read_server(tmp_path / "sandbox"), totals)
    finally:
        run(core.close())
    print(f"unconfirmed writes a person settled: {settled}")


@pytest.mark.slow
def test_a_late_original_is_found_and_removed(tmp_path: Path, run: Any) -> None:
    """A request stuck in the network lands after the register looked, found nothing and sent it again: the
    later check finds two orders with one receipt id and deletes the one the register does not refer to."""
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        core = run(open_station(tmp_path / "station", sandbox))
        run(core.close())
        core = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key,
                                     client=_flaky_client(sandbox.base_url, sandbox.api_key), backoff=FAST))
        removed: list[DuplicateRemoved] = []
        core.bus.subscribe(removed.append, DuplicateRemoved)
        try:
            run(core.sessions.open("100", opened_by="Dana"))
            run(core.worker.flush(deadline=time.time() + 30))
            sandbox.set_faults(late_commit=1.0, stall_ms=5000, fault_seed=3)  # longer than the register waits
            totals = run(_ring_sales(core, 1, random.Random(9)))
            order = core._outbox.entries(limit=10)[1]
            run(core.worker.post(order))  # times out; the server commits it 5 s later
            sandbox.set_faults(late_commit=0.0)
            run(core.worker.flush(deadline=time.time() + 60, wait_for_checks=True))
            assert core.worker.stats["resent"] >= 1 and core.worker.stats["duplicates"] == 1, core.worker.stats
            assert [r.kind for r in removed] == ["order.create"]
            audited = core._db.call(lambda c: audit_entries(c, "duplicate_removed"))
            assert audited and audited[0]["detail"]["removed"] == removed[0].removed_id
            kept = core._outbox.get(order.seq)
        finally:
            run(core.close())
    server = read_server(tmp_path / "sandbox")
    assert server.receipts() == Counter(list(totals))
    assert kept is not None and [o["id"] for o in server.orders] == [kept.server_id]


@pytest.mark.slow
def test_sync_process_killed_ten_times(tmp_path: Path, run: Any) -> None:
    with running_sandbox(tmp_path / "sandbox", latency_ms=15) as sandbox:
        core = run(open_station(tmp_path / "station", sandbox))
        try:
            run(core.sessions.open("100", opened_by="Dana"))
            totals = run(_ring_sales(core, 60, random.Random(2), customers_every=20))  # committed; nobody syncs yet
            run(core.refunds.refund(next(iter(totals)), "Manager"))
        finally:
            run(core.close())
        env = dict(os.environ, FINALPOS_API_KEY=sandbox.api_key)
        cmd = [sys.executable, "-m", "register", "outbox", "--data", str(tmp_path / "station"), "flush",
               "--api-url", sandbox.base_url, "--timeout", "60", "--request-deadline", "2"]
        rnd = random.Random(3)
        kills = 0
        for _ in range(10):
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rnd.uniform(0.4, 1.2))  # start-up is ~0.3 s: kill while it posts
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(30)
        assert kills >= 5, "the process finished before it could be killed: the test proves nothing"
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode in (0, 1), done.stdout + done.stderr
    server = read_server(tmp_path / "sandbox")
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        core = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key,
                                     backoff=FAST))
        try:
            settle_like_a_person(core, server)  # a payment in flight at a kill cannot be looked up
            run(core.worker.flush(deadline=time.time() + 60))
        finally:
            run(core.close())
    core = run(RegisterCore.open(tmp_path / "station", api_url="http://127.0.0.1:9", api_key="k"))
    try:
        assert_exactly_once(core, read_server(tmp_path / "sandbox"), totals)
    finally:
        run(core.close())


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there any more


@pytest.mark.slow
def test_a_whole_session_offline_arrives_in_order(tmp_path: Path, run: Any) -> None:
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        core = run(open_station(tmp_path / "station", sandbox))  # paired and synced while online
        run(core.close())
        offline = run(RegisterCore.open(tmp_path / "station", api_url=_dead_url(), api_key=sandbox.api_key,
                                        backoff=FAST))
        run(offline.cashiers.sign_in(MANAGER, MANAGER_PIN))
        sold: list[str] = []
        offline.bus.subscribe(lambda e: sold.append(e.receipt_id), SaleCompleted)
        try:
            async def session_offline() -> dict[str, Decimal]:
                offline.start_sync()
                await offline.sessions.open("100", opened_by="Dana")
                totals = await _ring_sales(offline, 50, random.Random(4), customers_every=10)
                await offline.sessions.close({"cash": "0", "card": "0"}, closed_by="Manager")
                for _ in range(200):  # the worker tries, and fails, meanwhile (after the client's own retries)
                    if offline.worker.online is False:
                        break
                    await asyncio.sleep(0.05)
                return totals

            totals = run(session_offline())
            assert offline.worker.online is False
            assert offline._outbox.counts().done == 0 and offline._outbox.counts().waiting > 100
        finally:
            run(offline.close())
        online = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key,
                                       backoff=FAST))
        try:
            run(online.worker.flush(deadline=time.time() + 120))
            assert online._outbox.counts().waiting == 0
            entries = online._outbox.entries()
            assert online.worker.stats["ambiguous"] == 0  # refused connections never reached the server
        finally:
            run(online.close())
    server = read_server(tmp_path / "sandbox")
    assert [o["receiptId"] for o in server.orders] == sold  # in the order they were sold
    core = run(RegisterCore.open(tmp_path / "station", api_url="http://127.0.0.1:9", api_key="k"))
    try:
        assert_exactly_once(core, server, totals)
    finally:
        run(core.close())
    session_id = entries[0].server_id
    assert entries[0].kind == "session.create" and all(o["sessionId"] == session_id for o in server.orders)
    kinds = [e.kind for e in entries]
    last_order = max(i for i, k in enumerate(kinds) if k == "order.create")
    assert kinds.index("session.update") > last_order  # the close went after every sale
    assert server.sessions[0]["closedBy"] == "Manager"


def test_full_disk_while_saving_a_sale(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    first = run(_ring_sales(core, 1, random.Random(5)))
    codes = [i.barcode for i in core.catalog.index.items if i.barcode and i.price]
    run(core.checkout.add_code(codes[0] or ""))
    run(core.checkout.add_tender("cash", "100"))
    pages = core._db.call(lambda c: c.execute("PRAGMA page_count").fetchone()[0])
    core._db.call(lambda c: c.execute(f"PRAGMA max_page_count = {pages}"))

    def fill(conn: Any) -> None:  # use up every free byte: the disk is full now
        import sqlite3

        for size in (4000, 1000, 200, 50, 10):
            with contextlib.suppress(sqlite3.OperationalError):
                while True:
                    conn.execute("INSERT INTO settings VALUES (?, ?)", (f"pad-{size}-{time.time_ns()}", "x" * size))

    core._db.call(fill)
    completed: list[SaleCompleted] = []
    core.bus.subscribe(completed.append, SaleCompleted)
    with pytest.raises(StoreFullError, match="The disk is full: saving the sale did not happen"):
        run(core.checkout.complete("Dana"))
    assert completed == []  # never reported as done
    assert core.checkout.state.lines and core.checkout.state.tenders  # the cashier still has the sale
    receipts = core._db.call(lambda c: [r[0] for r in c.execute("SELECT receipt_id FROM sales WHERE kind='order'")])
    assert receipts == list(first)  # what was saved before is intact
    core._db.call(lambda c: c.execute("PRAGMA max_page_count = 1073741823"))  # space freed
    sale = run(core.checkout.complete("Dana"))
    assert completed and completed[0].receipt_id == sale.receipt_id


def test_locked_database_while_saving_a_sale(station: RegisterCore, run: Any, tmp_path: Path) -> None:
    import sqlite3

    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    codes = [i.barcode for i in core.catalog.index.items if i.barcode and i.price]
    run(core.checkout.add_code(codes[0] or ""))
    run(core.checkout.add_tender("cash", "100"))
    core._db.call(lambda c: c.execute("PRAGMA busy_timeout = 200"))
    other = sqlite3.connect(core._db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLockedError, match="saving the sale did not happen"):
            run(core.checkout.complete("Dana"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert core.checkout.state.tenders
    assert run(core.checkout.complete("Dana")).receipt_id


def test_a_corrupt_database_is_refused_and_kept(tmp_path: Path, sandbox: Any, run: Any) -> None:
    core = run(open_station(tmp_path / "station", sandbox))
    run(core.close())
    path = tmp_path / "station" / DB_FILE
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # page 1's schema area wiped
    path.write_bytes(bytes(data))
    for leftover in path.parent.glob(DB_FILE + "-*"):
        leftover.unlink()
    with pytest.raises(StoreCorruptError, match="will not start on it and has left it untouched"):
        run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key))
    assert path.read_bytes() == bytes(data)
    result = subprocess.run([sys.executable, "-m", "register", "outbox", "--data", str(tmp_path / "station"),
                             "status"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "damaged" in result.stderr
    with pytest.raises(StoreCorruptError):
        Database.open(path)
