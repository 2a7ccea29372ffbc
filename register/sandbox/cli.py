"""``register sandbox``: run the local Final POS sandbox until SIGINT or SIGTERM.

    register sandbox [--host 127.0.0.1] [--port 8787] [--api-key KEY] [--data DIR]
                     [--seed demo|empty] [--products N]
                     [--latency-ms N] [--fail-rate F] [--drop-after-commit F]
                     [--stall-after-commit F] [--late-commit F] [--stall-ms N] [--fault-seed N]

Prints ``Final POS sandbox listening on http://HOST:PORT (data: DIR)`` once it accepts connections.
Exits 0 after a signal, 2 for bad options, 1 when the server cannot start. Never imports Qt; the web
framework is imported only after the options are checked.
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from register.sandbox.server import SandboxServer

__all__ = ["main"]

API_KEY_ENV = "FINALPOS_SANDBOX_API_KEY"


def _default_data_dir() -> Path:
    """``sandbox`` in the register's data folder (platformdirs; ``REGISTER_HOME`` moves it)."""
    from register.config import Paths

    return Paths.default().data / "sandbox"


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


def _port(text: str) -> int:
    value = _non_negative_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"a port is 0-65535, got {value}")
    return value


def _fraction(text: str) -> float:
    try:
        value = float(text)  # a probability, not money
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {text!r}") from None
    if not math.isfinite(value) or not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="register sandbox",
        description="Run the local Final POS sandbox (demo mode, training, tests) on this machine.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=_port, default=8787, help="port, 0 for any free port (default: 8787)")
    parser.add_argument(
        "--api-key", default=None, help=f"the accepted x-api-key (default: ${API_KEY_ENV}, else 'demo')"
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="data directory (default: the 'sandbox' folder in the register's user data folder)",
    )
    parser.add_argument(
        "--seed",
        choices=("demo", "empty"),
        default="demo",
        help="what a new database is filled with (default: demo)",
    )
    parser.add_argument(
        "--products",
        type=_non_negative_int,
        default=0,
        help="synthetic products added to a new database (default: 0)",
    )
    parser.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started this one exits (the register's demo mode uses it)",
    )
    faults = parser.add_argument_group("faults (for offline-first tests; /v1/api/ only)")
    faults.add_argument("--latency-ms", type=_non_negative_int, default=0, help="delay every request")
    faults.add_argument("--fail-rate", type=_fraction, default=0.0, help="fraction of requests answered 503")
    faults.add_argument(
        "--drop-after-commit",
        type=_fraction,
        default=0.0,
        help="fraction of writes committed and then dropped without a response",
    )
    faults.add_argument(
        "--stall-after-commit",
        type=_fraction,
        default=0.0,
        help="fraction of writes committed and then answered only after --stall-ms (clients time out)",
    )
    faults.add_argument(
        "--late-commit",
        type=_fraction,
        default=0.0,
        help="fraction of writes held --stall-ms before they are carried out (a request stuck in a queue)",
    )
    faults.add_argument("--stall-ms", type=_non_negative_int, default=3000,
                        help="how long a stalled answer or a late write waits")
    faults.add_argument("--fault-seed", type=_int, default=None, help="seed of the fault random stream")
    return parser


def _watch_parent(server: SandboxServer, interval: float = 1.0) -> None:
    """Stop ``server`` once the parent process is gone, even if it died without a word (SIGKILL, a crash):
    a demo sandbox must not outlive the register that started it. POSIX only: there an orphan is
    re-parented, so ``getppid()`` changes; on Windows the parent's pid is not reliable, and this is a no-op."""
    import threading
    import time

    if os.name != "posix":
        return
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        server.request_stop()

    threading.Thread(target=watch, name="sandbox-parent-watch", daemon=True).start()


def main(argv: list[str]) -> int:
    """Run the sandbox; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage and the problem (or the help)
        return exit_.code if isinstance(exit_.code, int) else 2
    explicit = args.api_key if args.api_key is not None else os.environ.get(API_KEY_ENV)
    from register.config import is_loopback

    if not explicit and not is_loopback(args.host):
        print(f"register sandbox: error: --host {args.host} is reachable from other computers: give it a key of its "
              f"own (--api-key or ${API_KEY_ENV}); the default key is only for 127.0.0.1", file=sys.stderr)
        return 2
    api_key = explicit if explicit is not None else "demo"
    if not api_key:
        print("register sandbox: error: --api-key must not be empty", file=sys.stderr)
        return 2
    data_dir: Path = (args.data or _default_data_dir()).expanduser().resolve()

    import asyncio
    import sqlite3

    from register.sandbox.faults import FaultSettings
    from register.sandbox.server import SandboxConfig, SandboxServer

    stopping = False
    server: SandboxServer | None = None

    def on_signal(signum: int, frame: FrameType | None) -> None:
        # Uvicorn replaces this while it serves and re-raises the signal to it afterwards.
        nonlocal stopping
        stopping = True
        if server is not None:
            server.request_stop()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            server = SandboxServer(
                SandboxConfig(
                    data_dir=data_dir,
                    api_key=api_key,
                    host=args.host,
                    port=args.port,
                    seed=args.seed,
                    products=args.products,
                    faults=FaultSettings(
                        latency_ms=args.latency_ms,
                        fail_rate=args.fail_rate,
                        drop_after_commit=args.drop_after_commit,
                        stall_after_commit=args.stall_after_commit,
                        late_commit=args.late_commit,
                        stall_ms=args.stall_ms,
                        fault_seed=args.fault_seed,
                    ),
                )
            )
        except (OSError, sqlite3.Error) as err:  # port in use, unwritable data dir, database in use
            print(f"register sandbox: cannot start: {err}", file=sys.stderr)
            return 1
        ready = server
        if not server.seeded_now and (args.products or args.seed != "demo"):
            print(
                f"register sandbox: {data_dir} holds data already; --seed/--products ignored", file=sys.stderr
            )

        def announce() -> None:
            print(f"Final POS sandbox listening on {ready.base_url} (data: {data_dir})", flush=True)
            if stopping:
                ready.request_stop()

        if args.exit_with_parent:
            _watch_parent(ready)

        try:
            if not stopping:
                asyncio.run(server.serve(on_started=announce))
        finally:
            server.close()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
