"""A hostile or unlucky world, driven through the core against the real sandbox: poisoned answers, a disk
that fills while the worker records its progress, a server that goes away or refuses the key, a clock set
back a day, plain http. Each asserts what the server holds or what the station says, never a log line."""

from __future__ import annotations

import asyncio
import random
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from register.api import errors
from register.api.client import FinalPOSClient
from register.config import InsecureURLError, check_api_url
from register.sandbox.testing import running_sandbox
from register.services import numbering as numbering_module
from register.services.core import RegisterCore
from register.services.events import ConnectivityChanged, PendingChanged, WorkerFailed
from register.store.outbox import EntryState
from tests.services.conftest import FAST, open_station
from tests.services.server_state import assert_exactly_once, read_server, settle_like_a_person


async def _sell(core: RegisterCore, n: int = 1) -> list[str]:
    return list(await _sell_totals(core, n))


async def _sell_totals(core: RegisterCore, n: int) -> dict[str, Decimal]:
    items = [i for i in core.catalog.index.items if i.barcode and i.price]
    totals: dict[str, Decimal] = {}
    for k in range(n):
        await core.checkout.add_code(items[k % len(items)].barcode or "")
        await core.checkout.add_tender("credit_card" if k % 2 else "cash")
        sale = await core.checkout.complete("Dana")
        totals[sale.receipt_id] = sale.total
    return totals


async def _until(condition: Any, within: float) -> float:
    """Seconds until ``condition()`` holds (polling the running loop); fails after ``within`` seconds."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > within:
            raise AssertionError(f"not within {within} s")
        await asyncio.sleep(0.02)
    return time.monotonic() - started


@pytest.mark.parametrize("poison", ["deep", "huge", "long_string", "empty"])
def test_a_poisoned_answer_is_an_api_error_and_the_sale_still_arrives_once(poison: str, tmp_path: Path,
                                                                           run: Any) -> None:
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        core = run(open_station(tmp_path / "station", sandbox))
        try:
            async def scenario() -> list[str]:
                await core.sessions.open("0", opened_by="Dana")
                await core.worker.flush(deadline=time.time() + 30)
                receipts = await _sell(core, 2)
                sandbox.set_faults(poison=poison, poison_rate=1.0)
                entry, _ = await core._outbox.next_ready()
                assert entry is not None and entry.kind == "order.create"
                await core.worker.post(entry)  # the answer is hostile: an API error for this entry, nothing else
                after = core._outbox.get(entry.seq)
                assert after is not None and after.state is not EntryState.DONE and after.last_error
                sandbox.set_faults(poison="", poison_rate=0.0)
                await core.worker.flush(deadline=time.time() + 60)
                return receipts

            receipts = run(scenario())
            assert core._outbox.counts().waiting == 0
        finally:
            run(core.close())
    assert read_server(tmp_path / "sandbox").receipts() == dict.fromkeys(receipts, 1)


def test_a_full_disk_while_recording_progress_does_not_stop_syncing(tmp_path: Path, run: Any) -> None:
    """The order is posted, then the disk fills before the worker can write down that it was: the worker
    fails, is restarted by its supervisor, and once there is room again finds the order on the server."""
    with running_sandbox(tmp_path / "sandbox", latency_ms=400) as sandbox:
        core = run(open_station(tmp_path / "station", sandbox))
        failures: list[WorkerFailed] = []
        core.bus.subscribe(failures.append, WorkerFailed)
        try:
            async def scenario() -> list[str]:
                await core.sessions.open("0", opened_by="Dana")
                await core.worker.flush(deadline=time.time() + 30)
                receipts = await _sell(core)
                pages = core._db.call(lambda c: c.execute("PRAGMA page_count").fetchone()[0])
                core.start_sync()
                # once the order is on its way (400 ms of latency), the disk is full
                await _until(lambda: any(e.state is EntryState.IN_FLIGHT for e in core._outbox.entries()), 10)
                core._db.call(lambda c: c.execute(f"PRAGMA max_page_count = {pages}"))
                await _until(lambda: failures, 10)
                await asyncio.sleep(1.5)  # it keeps failing while the disk is full, and keeps being restarted
                core._db.call(lambda c: c.execute("PRAGMA max_page_count = 1073741823"))  # room again
                await _until(lambda: core._outbox.counts().waiting == 0, 30)
                return receipts

            receipts = run(scenario())
            assert failures and failures[0].worker == "sync" and "full" in failures[0].error.lower()
        finally:
            run(core.close())
    assert read_server(tmp_path / "sandbox").receipts() == dict.fromkeys(receipts, 1)


def test_offline_and_back_show_within_seconds(tmp_path: Path, run: Any) -> None:
    sandbox_cm = running_sandbox(tmp_path / "sandbox")
    sandbox = sandbox_cm.__enter__()
    core = run(open_station(tmp_path / "station", sandbox))
    port = sandbox.port
    states: list[tuple[float, ConnectivityChanged]] = []
    core.bus.subscribe(lambda e: states.append((time.monotonic(), e)), ConnectivityChanged)
    try:
        async def scenario() -> tuple[float, float]:
            core.start_connection_watch()
            await _until(lambda: core.worker.online is True, 10)
            stopped = time.monotonic()
            sandbox_cm.__exit__(None, None, None)  # the server stops answering
            await _until(lambda: core.worker.online is False, 15)
            gone = time.monotonic() - stopped
            back_cm = running_sandbox(tmp_path / "sandbox", port=port)
            back_cm.__enter__()
            restarted = time.monotonic()
            try:
                await _until(lambda: core.worker.online is True, 15)
                return gone, time.monotonic() - restarted
            finally:
                back_cm.__exit__(None, None, None)

        gone, back = run(scenario())
    finally:
        run(core.close())
    print(f"\noffline shown {gone:.1f} s after the server stopped, online {back:.1f} s after it came back")
    assert gone <= 10 and back <= 10  # the watch runs every 3 s with a 2 s timeout: about 5 s at most


def test_a_refused_key_says_so(tmp_path: Path, sandbox: Any, run: Any) -> None:
    core = run(open_station(tmp_path / "station", sandbox))
    run(core.close())
    wrong = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key="revoked-key",
                                  backoff=FAST))
    seen: list[ConnectivityChanged] = []
    counts: list[PendingChanged] = []
    wrong.bus.subscribe(seen.append, ConnectivityChanged)
    wrong.bus.subscribe(counts.append, PendingChanged)
    try:
        async def scenario() -> None:
            await wrong.sessions.open("0", opened_by="Dana")
            await wrong.worker.flush(wait_for_backoff=False)
            assert await wrong.worker.probe() is False
            await wrong.worker.announce_counts()

        run(scenario())
        assert seen and seen[-1].key_refused and not seen[-1].online
        entry = wrong._outbox.entries()[0]
        assert entry.state is EntryState.PENDING  # kept in line, not refused: the key is the problem
        assert counts[-1].pending >= 1
    finally:
        run(wrong.close())


def test_the_clock_set_back_a_day_and_returned_keeps_receipts_unique(station: RegisterCore, run: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    receipts: list[str] = []
    for day in ("20261201", "20261130", "20261201", "20261202"):
        monkeypatch.setattr(numbering_module, "today", lambda day=day: day)
        receipts += run(_sell(core, 2))
    assert len(set(receipts)) == len(receipts) == 8
    numbers = [int(r.split("-")[2]) for r in receipts]
    assert numbers == sorted(numbers)  # the number only goes up; the date is a label
    assert [r.split("-")[1] for r in receipts[2:4]] == ["20261130", "20261130"]


def test_backoff_survives_a_clock_set_back(station: RegisterCore, run: Any) -> None:
    """Times of an earlier process (or of a wall clock since set back) never keep a write waiting."""
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    run(_sell(core))

    def far_future(conn: Any) -> None:
        conn.execute("UPDATE outbox SET next_attempt_at = 1e12")

    core._db.call(far_future)
    worker = type(core.worker)(core._outbox, core._client, core.bus, backoff=FAST)  # a new process's worker
    run(worker.flush(deadline=time.time() + 30))
    assert core._outbox.counts().waiting == 0


@pytest.mark.parametrize("url", ["http://pos.example.com", "http://10.0.0.5:8080", "ftp://api.finalpos.com",
                                 "https://user:pw@api.finalpos.com", "api.finalpos.com", ""])
def test_an_unsafe_api_url_is_refused_everywhere(url: str) -> None:
    with pytest.raises(InsecureURLError):
        check_api_url(url)
    with pytest.raises(InsecureURLError):
        FinalPOSClient("key", base_url=url)


@pytest.mark.parametrize("url", ["https://api.finalpos.com", "http://127.0.0.1:8787", "http://localhost:1",
                                 "http://[::1]:9"])
def test_https_and_loopback_are_accepted(url: str) -> None:
    assert check_api_url(url) == url


def test_provisioning_and_the_environment_refuse_plain_http(tmp_path: Path) -> None:
    env = {"REGISTER_HOME": str(tmp_path), "FINALPOS_API_KEY": "k", "PATH": "/usr/bin:/bin"}
    provision = subprocess.run([sys.executable, "-m", "register", "provision", "--api-url", "http://pos.example.com",
                                "--outlet", "o", "--station", "s"], env=env, capture_output=True, text=True,
                               timeout=60, check=False)
    assert provision.returncode == 2 and "clear text" in provision.stderr
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.sqlite3"))
    flush = subprocess.run([sys.executable, "-m", "register", "outbox", "--data", str(tmp_path), "flush",
                            "--api-url", "http://pos.example.com"], env=env, capture_output=True, text=True,
                           timeout=60, check=False)
    assert flush.returncode == 2


def test_the_sandbox_refuses_a_public_host_without_a_key_of_its_own(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "register", "sandbox", "--host", "0.0.0.0", "--data",
                             str(tmp_path)], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2 and "reachable from other computers" in result.stderr


def test_the_demo_sandbox_never_inherits_the_real_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       run: Any) -> None:
    from register.demo import DemoSandbox

    monkeypatch.setenv("FINALPOS_API_KEY", "the-real-key")
    demo = DemoSandbox(tmp_path / "demo", tmp_path / "logs" / "demo.log")
    demo.start()
    try:
        run(demo.wait_ready())
        assert demo._process is not None
        environ = Path(f"/proc/{demo._process.pid}/environ").read_bytes().split(b"\0")
        assert not any(v.startswith(b"FINALPOS_API_KEY=") for v in environ)
        with httpx.Client(base_url=demo.base_url) as http:
            assert http.get("/v1/api/outlets", headers={"x-api-key": "the-real-key"}).status_code == 401
    finally:
        demo.stop()


def test_huge_replies_are_refused_before_they_fill_memory(tmp_path: Path, run: Any) -> None:
    with running_sandbox(tmp_path / "sandbox", poison="huge", poison_rate=1.0) as sandbox:
        async def read() -> None:
            async with FinalPOSClient(sandbox.api_key, base_url=sandbox.base_url, max_retries=0) as client:
                await client.products.list()

        with pytest.raises(errors.APIResponseValidationError, match="larger than 32 MiB"):
            run(read())


def test_random_sales_with_hostile_answers_mixed_in_all_arrive_once(tmp_path: Path, run: Any) -> None:
    """Orders are found or sent again; payments whose answer was hostile are held for a person, who finds them
    missing on Final POS (a poisoned answer means nothing was done) and sends them again: all exactly once."""
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        core = run(open_station(tmp_path / "station", sandbox))
        try:
            async def scenario() -> dict[str, Decimal]:
                core.start_sync()
                await core.sessions.open("0", opened_by="Dana")
                totals: dict[str, Decimal] = {}
                rnd = random.Random(5)
                for kind in ("deep", "long_string", "empty"):
                    sandbox.set_faults(poison=kind, poison_rate=0.3, fault_seed=rnd.randrange(1000))
                    totals |= await _sell_totals(core, 6)
                    await asyncio.sleep(0.5)
                sandbox.set_faults(poison="", poison_rate=0.0)
                await _until(lambda: core._outbox.counts().pending + core._outbox.counts().in_flight == 0, 60)
                return totals

            totals = run(scenario())
            held = core.worker.stats["held"]
            assert held > 0 and core.worker.stats["ambiguous"] > held  # orders were looked up, payments held
        finally:
            run(core.close())
    after_faults = read_server(tmp_path / "sandbox")
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        core = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key,
                                     backoff=FAST))
        try:
            assert settle_like_a_person(core, after_faults) == held
            run(core.worker.flush(deadline=time.time() + 60))
        finally:
            run(core.close())
    core = run(RegisterCore.open(tmp_path / "station", api_url="http://127.0.0.1:9", api_key="k"))
    try:
        assert_exactly_once(core, read_server(tmp_path / "sandbox"), totals)
    finally:
        run(core.close())
