"""Running the sandbox: open and seed the database, bind the socket, serve with uvicorn.

Shared by the ``register sandbox`` command (:mod:`register.sandbox.cli`) and the test helper
(:mod:`register.sandbox.testing`). The socket is bound before uvicorn starts, so ``port=0`` gives a free
port that is known at once. Uvicorn runs with h11, no lifespan, no websockets and no access log.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from register.sandbox.app import create_app
from register.sandbox.faults import FaultInjector, FaultSettings
from register.sandbox.seed import Seed, seed_database
from register.sandbox.store import Store

__all__ = ["SandboxConfig", "SandboxServer"]


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """Everything a sandbox needs to start."""

    data_dir: Path
    """Directory of the SQLite database (created when missing)."""
    api_key: str = "demo"
    """The one ``x-api-key`` value accepted."""
    host: str = "127.0.0.1"
    port: int = 0
    """0 picks a free port."""
    seed: Seed = "demo"
    """What a new database is filled with."""
    products: int = 0
    """Synthetic products added to a new database."""
    faults: FaultSettings = field(default_factory=FaultSettings)


def _listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket.

    Made with an explicit ``IPPROTO_TCP``: asyncio sets ``TCP_NODELAY`` only on accepted sockets whose
    ``proto`` says TCP, and ``socket.create_server`` leaves it 0. Without ``TCP_NODELAY`` every response
    (headers and body are two writes) waits about 40 ms for the client's delayed ACK.
    """
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except BaseException:
        sock.close()
        raise
    return sock


class _Server(uvicorn.Server):
    """Uvicorn's server with an event for "accepting connections" (it only has a flag)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.started_event = asyncio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.started_event.set()


class SandboxServer:
    """A sandbox bound to its socket, ready to :meth:`serve`; :meth:`close` releases everything."""

    def __init__(self, config: SandboxConfig) -> None:
        if not config.api_key:
            raise ValueError("the API key must not be empty")
        self.config = config
        self.store = Store.open(config.data_dir)
        try:
            self.seeded_now = not self.store.is_seeded
            """Whether this start filled a new database (else ``seed`` and ``products`` were ignored)."""
            if self.seeded_now:
                seed_database(self.store, config.seed, config.products)
            self.faults = FaultInjector(config.faults)
            self.socket = _listen(config.host, config.port)
        except BaseException:
            self.store.close()
            raise
        self.host, self.port = self.socket.getsockname()[:2]
        self._uvicorn = _Server(
            uvicorn.Config(
                create_app(self.store, config.api_key, self.faults),
                http="h11",
                ws="none",
                lifespan="off",
                interface="asgi3",
                log_config=None,
                log_level="warning",
                access_log=False,
                proxy_headers=False,
                server_header=False,
                timeout_graceful_shutdown=2,
            )
        )

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def started(self) -> bool:
        """Whether the server accepts requests."""
        return bool(self._uvicorn.started)

    async def serve(self, on_started: Callable[[], None] | None = None) -> None:
        """Serve until :meth:`request_stop` (or, on the main thread, SIGINT/SIGTERM)."""
        serving = asyncio.ensure_future(self._uvicorn.serve(sockets=[self.socket]))
        started = asyncio.ensure_future(self._uvicorn.started_event.wait())
        await asyncio.wait({serving, started}, return_when=asyncio.FIRST_COMPLETED)
        started.cancel()
        if self._uvicorn.started and on_started is not None:
            on_started()
        await serving

    def request_stop(self) -> None:
        """Ask the server to finish (from any thread); :meth:`serve` returns soon after."""
        self._uvicorn.should_exit = True

    def close(self) -> None:
        """Release the socket and the database (after :meth:`serve` returned, or instead of it)."""
        self.socket.close()
        self.store.close()
