"""The composition root: QApplication, the qasync loop, the core's services and the main window.

``register`` (no subcommand) lands here. Demo mode starts the built-in sandbox as a child process and
does not wait for it: the window paints at once and shows the demo shop's state when it is ready.
``register --smoke`` shows the window, prints the time to first paint in ms and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import logging.handlers
import sys
import time
from collections.abc import Sequence
from pathlib import Path

_T0 = time.perf_counter()

import qasync  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402 - _T0 is taken before Qt loads
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from register import __version__  # noqa: E402
from register.config import Connection, Mode, Paths, resolve_connection  # noqa: E402
from register.demo import DemoSandbox  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402

log = logging.getLogger("register.ui")


def resources_dir() -> Path:
    """``resources/``: beside the package in a wheel, in the bundle when frozen, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def setup_logging(paths: Paths) -> Path:
    """Log to a rotating file in the platform's log folder (never the API key: see config.ApiKey)."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    log_file = paths.logs / "register.log"
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    log.info("register %s starting", __version__)
    return log_file


class FirstPaintProbe(QObject):
    """Prints the time from start to the window's first paint, then quits (``--smoke``)."""

    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            elapsed_ms = (time.perf_counter() - _T0) * 1000
            print(f"first paint: {elapsed_ms:.0f} ms", flush=True)  # noqa: T201 - the smoke output
            QTimer.singleShot(0, self._app.quit)
        return False


class RegisterApp:
    """Owns the window, the background tasks and the demo sandbox for the app's life."""

    def __init__(self, app: QApplication, connection: Connection, paths: Paths, *, smoke: bool) -> None:
        self.app = app
        self.connection = connection
        self.paths = paths
        self.smoke = smoke
        self.window = MainWindow(connection.mode)
        self.tasks = TaskRunner(self.present_error)
        self.sandbox: DemoSandbox | None = None

    def present_error(self, err: BaseException) -> None:
        """Unexpected errors in plain words, logged with their traceback by the task runner."""
        self.window.set_backend_state("error", f"Something went wrong: {err}")
        if not self.smoke:
            box = QMessageBox(QMessageBox.Icon.Warning, "Register", str(err), parent=self.window)
            box.open()

    def start(self) -> None:
        """Show the window and start the backend without waiting for it."""
        self.window.show()
        if self.smoke:
            FirstPaintProbe(self.window, self.app)
            return
        if self.connection.mode is Mode.DEMO:
            self.sandbox = DemoSandbox(self.paths.demo_sandbox, self.paths.logs / "demo-sandbox.log")
            self.sandbox.start()
            self.tasks.start(self._connect_demo(), on_done=self._on_backend_ready)
        else:
            self.tasks.start(self._connect(self.connection.api_url or ""), on_done=self._on_backend_ready)

    async def _connect_demo(self) -> str:
        assert self.sandbox is not None
        await self.sandbox.wait_ready()
        assert self.sandbox.api_key is not None
        return await self._describe(self.sandbox.base_url, self.sandbox.api_key.reveal())

    async def _connect(self, base_url: str) -> str:
        assert self.connection.api_key is not None
        return await self._describe(base_url, self.connection.api_key.reveal())

    async def _describe(self, base_url: str, api_key: str) -> str:
        from register.api.client import FinalPOSClient

        async with FinalPOSClient(api_key, base_url=base_url) as client:
            outlets = await client.outlets.list_all()
            stations = await client.stations.list_all()
        names = ", ".join(o.name or "?" for o in outlets)
        return (f"Connected. {len(outlets)} outlet(s) ({names}); {len(stations)} station(s) "
                "available for pairing.")

    def _on_backend_ready(self, text: str) -> None:
        self.window.set_backend_state("ready", text)

    def shutdown(self) -> None:
        """Cancel background work and stop the demo sandbox."""
        self.tasks.cancel_all()
        if self.sandbox is not None:
            self.sandbox.stop()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="register", description="Open the register.")
    parser.add_argument("--smoke", action="store_true",
                        help="show the window, print the time to first paint in ms, exit 0")
    parser.add_argument("--demo", action="store_true", help="demo mode even when an API key is configured")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str]) -> int:
    """Run the GUI until the window closes."""
    args = parse_args(argv)
    paths = Paths.default().ensure()
    log_file = setup_logging(paths)
    connection = resolve_connection(force_demo=args.demo or args.smoke)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Register")
    app.setApplicationVersion(__version__)
    qss = resources_dir() / "theme.qss"
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    register_app = RegisterApp(app, connection, paths, smoke=args.smoke)

    def excepthook(kind: type[BaseException], err: BaseException, tb: object) -> None:
        log.critical("unexpected error", exc_info=(kind, err, tb))  # type: ignore[arg-type]
        register_app.present_error(err)

    sys.excepthook = excepthook
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)
    register_app.start()
    try:
        with loop:
            loop.run_until_complete(quit_event.wait())
    finally:
        register_app.shutdown()
        log.info("register stopped (log: %s)", log_file)
    return 0
