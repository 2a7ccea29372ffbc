"""A real sandbox for tests: ``with running_sandbox(tmp_path) as sandbox: ...``.

The server runs in a background thread on 127.0.0.1 over a real socket, so tests talk to it with a
plain ``httpx.Client``/``AsyncClient`` exactly as the register talks to Final POS::

    with running_sandbox(tmp_path, seed="empty") as sandbox:
        client = httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers)
        client.post("/v1/api/category", json={"name": "Tea", "description": "Hot"})
        sandbox.set_faults(fail_rate=1.0)      # every /v1/api/ request now answers 503

Starting takes a few tens of milliseconds (a new database is seeded first, in the calling thread, so
seeding errors raise there); leaving the block stops the server, joins its thread, and closes the socket
and the database. Starting again on the same ``data_dir`` finds the data of the previous run.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from register.sandbox.faults import FaultSettings

if TYPE_CHECKING:
    from register.sandbox.seed import Seed
    from register.sandbox.server import SandboxServer

__all__ = ["SandboxHandle", "running_sandbox"]

_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 15.0
_KEEP: Any = object()


@dataclass(frozen=True, slots=True)
class SandboxHandle:
    """A running sandbox, as a test sees it."""

    base_url: str
    """``http://127.0.0.1:PORT``."""
    api_key: str
    """The key the sandbox accepts in ``x-api-key``."""
    port: int
    data_dir: Path
    _server: SandboxServer

    @property
    def headers(self) -> dict[str, str]:
        """``{"x-api-key": api_key}``, ready for an httpx client."""
        return {"x-api-key": self.api_key}

    @property
    def faults(self) -> FaultSettings:
        """The fault settings in force."""
        return self._server.faults.settings

    def set_faults(
        self,
        *,
        latency_ms: int = _KEEP,
        fail_rate: float = _KEEP,
        drop_after_commit: float = _KEEP,
        stall_after_commit: float = _KEEP,
        late_commit: float = _KEEP,
        stall_ms: int = _KEEP,
        poison: str = _KEEP,
        poison_rate: float = _KEEP,
        skew_total_cents: int = _KEEP,
        fault_seed: int | None = _KEEP,
    ) -> FaultSettings:
        """Change some fault settings at once (the others stay); a new ``fault_seed`` restarts the stream."""
        changes = {
            name: value
            for name, value in (
                ("latency_ms", latency_ms),
                ("fail_rate", fail_rate),
                ("drop_after_commit", drop_after_commit),
                ("stall_after_commit", stall_after_commit),
                ("late_commit", late_commit),
                ("stall_ms", stall_ms),
                ("poison", poison),
                ("poison_rate", poison_rate),
                ("skew_total_cents", skew_total_cents),
                ("fault_seed", fault_seed),
            )
            if value is not _KEEP
        }
        return self._server.faults.update(**changes)


@contextmanager
def running_sandbox(
    data_dir: Path,
    *,
    api_key: str = "test-key",
    seed: Seed = "demo",
    products: int = 0,
    latency_ms: int = 0,
    fail_rate: float = 0.0,
    drop_after_commit: float = 0.0,
    stall_after_commit: float = 0.0,
    stall_ms: int = 3000,
    poison: str = "",
    poison_rate: float = 0.0,
    fault_seed: int | None = None,
    port: int = 0,
) -> Iterator[SandboxHandle]:
    """Run a sandbox on 127.0.0.1 in a background thread for the duration of the ``with`` block."""
    from register.sandbox.server import SandboxConfig, SandboxServer  # the web stack, only when used

    faults = FaultSettings(
        latency_ms=latency_ms, fail_rate=fail_rate, drop_after_commit=drop_after_commit,
        stall_after_commit=stall_after_commit, stall_ms=stall_ms, poison=poison, poison_rate=poison_rate,
        fault_seed=fault_seed,
    )
    server = SandboxServer(
        SandboxConfig(
            data_dir=Path(data_dir),
            api_key=api_key,
            host="127.0.0.1",
            port=port,
            seed=seed,
            products=products,
            faults=faults,
        )
    )
    started = threading.Event()
    failures: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(server.serve(on_started=started.set))
        except BaseException as err:  # reported to the test thread below
            failures.append(err)
        finally:
            started.set()

    thread = threading.Thread(target=run, name=f"sandbox-{server.port}", daemon=True)
    thread.start()
    try:
        if not started.wait(_START_TIMEOUT) or not server.started:
            raise RuntimeError("the sandbox did not start") from (failures[0] if failures else None)
        yield SandboxHandle(server.base_url, api_key, server.port, Path(data_dir), server)
    finally:
        server.request_stop()
        thread.join(_STOP_TIMEOUT)
        if thread.is_alive():  # the database stays open: the thread may still use it
            raise RuntimeError("the sandbox thread did not stop")
        server.close()
    if failures:
        raise RuntimeError("the sandbox server failed") from failures[0]
