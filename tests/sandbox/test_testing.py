"""The test helper itself: clean start and stop, explicit ports, start-up failures, fault changes."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from register.sandbox.testing import running_sandbox


def test_starts_fast_and_stops_without_leaking_threads(tmp_path: Path) -> None:
    before = set(threading.enumerate())
    started = time.perf_counter()
    with running_sandbox(tmp_path) as sandbox:
        startup = time.perf_counter() - started
        assert sandbox.base_url == f"http://127.0.0.1:{sandbox.port}"
        assert sandbox.api_key == "test-key" and sandbox.data_dir == tmp_path
        with httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers) as client:
            assert client.get("/v1/api/outlets").status_code == 200
    assert set(threading.enumerate()) == before
    assert startup < 5
    with pytest.raises(httpx.ConnectError), httpx.Client() as client:
        client.get(f"{sandbox.base_url}/v1/sandbox/health")


def test_an_explicit_port_and_a_port_in_use(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
        with pytest.raises(OSError), running_sandbox(tmp_path / "a", port=port):
            pass
    with running_sandbox(tmp_path / "b", port=port, seed="empty") as sandbox:
        assert sandbox.port == port


def test_bad_settings_raise_before_starting(tmp_path: Path) -> None:
    with pytest.raises(ValueError), running_sandbox(tmp_path, fail_rate=1.5):
        pass
    with pytest.raises(ValueError), running_sandbox(tmp_path, seed="lots"):  # type: ignore[arg-type]
        pass


def test_set_faults_changes_only_what_is_given(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, seed="empty", latency_ms=5, fault_seed=1) as sandbox:
        settings = sandbox.set_faults(fail_rate=0.5)
        assert (settings.latency_ms, settings.fail_rate, settings.fault_seed) == (5, 0.5, 1)
        assert sandbox.faults == settings
        with pytest.raises(ValueError):
            sandbox.set_faults(drop_after_commit=-1)
