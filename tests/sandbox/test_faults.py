"""Fault injection: 503s before anything happens, connections dropped after the commit, latency."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import httpx
import pytest

from register.sandbox.testing import SandboxHandle, running_sandbox
from tests.sandbox.bodies import order
from tests.sandbox.conftest import make_client
from tests.sandbox.test_errors import ERROR_NAMES, assert_error

pytestmark = pytest.mark.faults
ERROR_NAMES[503] = "Service Unavailable"

CATEGORY = {"name": "Tea", "description": "Hot drinks"}


def _uvicorn_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_fail_rate_one_answers_503_and_changes_nothing(data_dir: Path) -> None:
    with running_sandbox(data_dir, seed="empty", fail_rate=1.0) as sandbox, make_client(sandbox) as client:
        assert_error(client.post("/v1/api/category", json=CATEGORY), 503)
        assert_error(client.get("/v1/api/categories"), 503)
        with httpx.Client(base_url=sandbox.base_url) as anonymous:  # before the key is even checked
            assert_error(anonymous.get("/v1/api/categories"), 503)
        assert client.get("/v1/sandbox/health").status_code == 200  # only /v1/api/ fails
        sandbox.set_faults(fail_rate=0.0)
        assert client.get("/v1/api/categories").json() == []


def test_drop_after_commit_drops_the_connection_but_keeps_the_change(
    sandbox: SandboxHandle, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    created = client.post("/v1/api/category", json=CATEGORY).json()
    sandbox.set_faults(drop_after_commit=1.0)

    with pytest.raises(httpx.TransportError):
        client.post("/v1/api/category", json={"name": "Coffee", "description": "Dropped"})
    with pytest.raises(httpx.TransportError):
        client.put(f"/v1/api/category/{created['id']}", json={"name": "Green tea"})
    assert client.get("/v1/api/categories").status_code == 200  # reads are not dropped
    assert client.post("/v1/api/category", json={}).status_code == 400  # nothing committed, nothing dropped

    sandbox.set_faults(drop_after_commit=0.0)
    names = [c["name"] for c in client.get("/v1/api/categories").json()]
    assert names == ["Green tea", "Coffee"]
    assert _uvicorn_errors(caplog) == []


def test_a_dropped_order_is_committed_and_a_retry_makes_a_second_one(
    sandbox: SandboxHandle, client: httpx.Client
) -> None:
    sandbox.set_faults(drop_after_commit=1.0)
    with pytest.raises(httpx.TransportError):
        client.post("/v1/api/order", json=order("R-9"), headers={"Idempotency-Key": "sale-9"})
    sandbox.set_faults(drop_after_commit=0.0)
    retry = client.post("/v1/api/order", json=order("R-9"), headers={"Idempotency-Key": "sale-9"})
    assert retry.status_code == 201
    assert [o["receiptId"] for o in client.get("/v1/api/orders").json()] == ["R-9", "R-9"]


def test_a_stalled_answer_times_the_client_out_after_the_commit(sandbox: SandboxHandle) -> None:
    sandbox.set_faults(stall_after_commit=1.0, stall_ms=1500)
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers, timeout=0.3) as impatient, \
            pytest.raises(httpx.ReadTimeout):
        impatient.post("/v1/api/order", json=order("R-SLOW"))
    sandbox.set_faults(stall_after_commit=0.0)
    with make_client(sandbox) as client:
        assert [o["receiptId"] for o in client.get("/v1/api/orders").json()] == ["R-SLOW"]


def test_a_late_write_lands_after_the_client_gave_up(sandbox: SandboxHandle) -> None:
    sandbox.set_faults(late_commit=1.0, stall_ms=800)
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers, timeout=0.2) as impatient, \
            pytest.raises(httpx.ReadTimeout):
        impatient.post("/v1/api/order", json=order("R-LATE"))
    sandbox.set_faults(late_commit=0.0)
    with make_client(sandbox) as client:
        assert client.get("/v1/api/orders").json() == []  # not yet: the client saw nothing either
        deadline = time.monotonic() + 10
        while not client.get("/v1/api/orders").json() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [o["receiptId"] for o in client.get("/v1/api/orders").json()] == ["R-LATE"]


def test_latency(sandbox: SandboxHandle, client: httpx.Client) -> None:
    sandbox.set_faults(latency_ms=150)
    started = time.perf_counter()
    assert client.get("/v1/api/categories").status_code == 200
    assert time.perf_counter() - started >= 0.15
    started = time.perf_counter()
    assert client.get("/v1/sandbox/health").status_code == 200
    assert time.perf_counter() - started < 0.15


def test_the_fault_seed_makes_faults_reproducible(sandbox: SandboxHandle, client: httpx.Client) -> None:
    runs = []
    for _ in range(2):
        sandbox.set_faults(fail_rate=0.5, fault_seed=1234)
        runs.append([client.get("/v1/api/categories").status_code for _ in range(30)])
    assert runs[0] == runs[1]
    assert set(runs[0]) == {200, 503}


def test_faults_endpoint(client: httpx.Client) -> None:
    quiet = {"latency_ms": 0, "fail_rate": 0.0, "drop_after_commit": 0.0, "stall_after_commit": 0.0,
             "late_commit": 0.0, "stall_ms": 3000, "poison": "", "poison_rate": 0.0, "skew_total_cents": 0,
             "fault_seed": None}
    assert client.get("/v1/sandbox/faults").json() == quiet
    changed = client.put("/v1/sandbox/faults", json={"fail_rate": 1, "fault_seed": 3})
    assert changed.json() == quiet | {"fail_rate": 1, "fault_seed": 3}
    assert_error(client.get("/v1/api/categories"), 503)
    assert client.put("/v1/sandbox/faults", json={"fail_rate": 0.25}).json()["fail_rate"] == 0.25
    for bad in (
        {"fail_rate": 2},
        {"fail_rate": "x"},
        {"latency_ms": -1},
        {"latency_ms": 1.5},
        {"fault_seed": "s"},
        {"nope": 1},
    ):
        assert_error(client.put("/v1/sandbox/faults", json=bad), 400)
    assert client.put("/v1/sandbox/faults", json={"fail_rate": 0}).status_code == 200
    assert client.get("/v1/api/categories").status_code == 200
