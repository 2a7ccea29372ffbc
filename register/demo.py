"""The built-in sandbox as a child process, for demo (training) mode.

The register starts ``register sandbox`` on 127.0.0.1 with a free port and a fresh random key (passed
through the environment, never on the command line), and polls its health endpoint from the event loop,
so the window paints at once and learns later that the demo shop is ready. The child's output goes to a
log file; it is stopped (SIGTERM, then SIGKILL) when the register exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

from register.config import API_KEY_ENV, API_URL_ENV, ApiKey
from register.store.files import secure_dir, secure_file

log = logging.getLogger(__name__)

HEALTH_PATH: Final = "/v1/sandbox/health"
START_TIMEOUT_S: Final = 60.0
"""A first start seeds the demo shop; later starts take well under a second."""
POLL_INTERVAL_S: Final = 0.1
STOP_GRACE_S: Final = 5.0


class SandboxStartError(RuntimeError):
    """The demo sandbox did not come up; the message says why, and where its log is."""


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def sandbox_command() -> list[str]:
    """How to run ``register sandbox`` from this interpreter or from a packaged build."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the register itself
        return [sys.executable, "sandbox"]
    return [sys.executable, "-m", "register", "sandbox"]


@dataclass
class DemoSandbox:
    """A ``register sandbox`` child process serving the demo shop from ``data_dir``."""

    data_dir: Path
    log_file: Path
    host: str = "127.0.0.1"
    port: int = 0
    api_key: ApiKey | None = None
    _process: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        """The sandbox's root URL (``http://127.0.0.1:PORT``)."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        """Start the child process; returns at once (see :meth:`wait_ready`)."""
        if self._process is not None:
            return
        secure_dir(self.data_dir)
        secure_dir(self.log_file.parent)
        self.port = self.port or _free_port(self.host)
        self.api_key = self.api_key or ApiKey(secrets.token_urlsafe(24))
        # the child gets its own random key, and never the station's real one
        env = {k: v for k, v in os.environ.items() if k not in (API_KEY_ENV, API_URL_ENV)}
        env["FINALPOS_SANDBOX_API_KEY"] = self.api_key.reveal()
        cmd = [*sandbox_command(), "--host", self.host, "--port", str(self.port),
               "--data", str(self.data_dir), "--exit-with-parent"]
        self._log = open(secure_file(self.log_file), "ab")  # noqa: SIM115 - kept open for the child's life
        log.info("starting demo sandbox on %s (data: %s)", self.base_url, self.data_dir)
        self._process = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, env=env
        )

    async def wait_ready(self, timeout: float = START_TIMEOUT_S) -> None:  # noqa: ASYNC109
        """Poll the health endpoint until the sandbox answers; raise SandboxStartError otherwise."""
        import httpx

        if self._process is None:
            raise SandboxStartError("the demo sandbox was not started")
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(base_url=self.base_url, timeout=2.0) as http:
            while True:
                code = self._process.poll()
                if code is not None:
                    raise SandboxStartError(
                        f"the demo sandbox exited with status {code}; see {self.log_file}"
                    )
                with contextlib.suppress(httpx.TransportError):
                    if (await http.get(HEALTH_PATH)).status_code == 200:
                        log.info("demo sandbox ready on %s", self.base_url)
                        return
                if time.monotonic() > deadline:
                    raise SandboxStartError(
                        f"the demo sandbox did not answer within {timeout:.0f} s; see {self.log_file}"
                    )
                await asyncio.sleep(POLL_INTERVAL_S)

    def stop(self) -> None:
        """Stop the child (SIGTERM, then SIGKILL after a grace period) and close its log."""
        proc, self._process = self._process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                log.warning("demo sandbox did not stop within %.0f s; killing it", STOP_GRACE_S)
                proc.kill()
                proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
