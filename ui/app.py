"""The composition root: QApplication, the qasync loop, the core's services and the main window.

``register`` (no subcommand) lands here. On the first run the window asks: demo shop or a real account.
Demo mode starts the built-in sandbox as a child process and does not wait for it: the window paints at
once, the station database opens (no network needed) and the station list appears when the demo shop
answers. A paired register starts straight into sign-in. ``register --smoke`` shows the window, prints
the time to first paint in ms and exits 0.

Tests build ``RegisterApp`` with an explicit :class:`Connection` (API URL and key of a test sandbox).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import logging.handlers
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

_T0 = time.perf_counter()

import qasync  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer  # noqa: E402 - _T0 is taken before Qt loads
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from register import __version__  # noqa: E402
from register.config import ApiKey, Connection, Mode, Paths, load_api_key, resolve_connection  # noqa: E402
from register.demo import DemoSandbox  # noqa: E402
from register.runtime import settle  # noqa: E402
from ui import i18n  # noqa: E402
from ui.errors import plain_words  # noqa: E402
from ui.i18n import resources_dir  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402

if TYPE_CHECKING:
    from register.services.core import RegisterCore
    from register.services.sync import Backoff
    from ui.first_run_view import FirstRunView
    from ui.workflow import Workflow

log = logging.getLogger("register.ui")
translate = QCoreApplication.translate
STATION_DIR = "station"
"""The station database's folder under ``Paths.data`` (``register outbox`` looks there too)."""
GIL_SWITCH_S = 0.001
"""How soon a thread holding the GIL hands it over (see RegisterApp)."""


THEME_BODY_PT = 11.0
"""The theme's body text size (points): the sizes in ``theme.qss`` are written for it."""
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def font_scale(desktop_pt: float) -> float:
    """How much larger than written the theme's text is: the desktop's font size over the theme's body size when
    the desktop's is larger (a desktop set to large text), else 1 (a till never gets smaller text than 11 pt)."""
    return max(1.0, desktop_pt / THEME_BODY_PT) if desktop_pt > 0 else 1.0


def themed_stylesheet(desktop_pt: float) -> str:
    """``theme.qss`` with its point sizes scaled to the desktop's font size (see :func:`font_scale`)."""
    qss = resources_dir() / "theme.qss"
    if not qss.is_file():
        return ""
    icons = (resources_dir() / "icons").as_posix()
    text = qss.read_text(encoding="utf-8").replace("@ICONS@", icons)
    scale = font_scale(desktop_pt)
    if scale == 1.0:
        return text
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", text)


def apply_theme(app: QApplication) -> None:
    """The high-contrast stylesheet from ``resources/theme.qss``, its text as large as the desktop's (points)."""
    desktop = app.property("registerDesktopPointSize")
    if desktop is None:  # the desktop's own font size, read once, before the stylesheet sets any
        desktop = app.font().pointSizeF()
        app.setProperty("registerDesktopPointSize", desktop)
    app.setStyleSheet(themed_stylesheet(float(desktop)))


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


def ui_settings(paths: Paths) -> QSettings:
    """Window state and the chosen connection (never the key) in an INI file under ``Paths.config``."""
    return QSettings(str(paths.config / "register.ini"), QSettings.Format.IniFormat)


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
    """Owns the window, the core, the background tasks and the demo sandbox for the app's life."""

    def __init__(self, app: QApplication, connection: Connection | None, paths: Paths, *, smoke: bool = False,
                 backoff: Backoff | None = None, language: str | None = None) -> None:
        self.app = app
        self.connection = connection
        self.paths = paths
        self.smoke = smoke
        # The database thread (index builds, JSON) and the GUI thread share the GIL: hand it back to the GUI
        # within 1 ms instead of Python's default 5 ms, so background work never costs the cashier a frame.
        sys.setswitchinterval(GIL_SWITCH_S)
        self.backoff = backoff
        self.settings = ui_settings(paths)
        # the screens are made in their language: the station's choice (or ``language``), else the OS locale's
        if language is None:
            from register.services.preferences import read_language

            language = read_language(paths.data / STATION_DIR)
        self.localization = i18n.apply(language)
        self.pricing: dict[str, str] | None = None
        """The store's currency and cash rounding chosen on the first-run screen (recorded once the core opens)."""
        self.window = MainWindow(connection.mode if connection else Mode.DEMO, self.settings)
        self.tasks = TaskRunner(self.present_error)
        self.sandbox: DemoSandbox | None = None
        self.core: RegisterCore | None = None
        self.workflow: Workflow | None = None
        self.first_run: FirstRunView | None = None
        self._connecting = False

    def present_error(self, err: BaseException) -> None:
        """Errors nobody else showed, in plain words (the task runner has logged them)."""
        text = plain_words(err)
        self.window.statusBar().showMessage(text, 30_000)
        if not self.smoke:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("RegisterApp", "Register"), text,
                              parent=self.window)
            box.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote a name from the server
            box.open()

    # start-up ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the window, then connect (or ask how) without waiting for any server."""
        self.window.show_on_screen()
        self.window.activateWindow()  # the F-keys work at once, whatever the window manager does
        if self.smoke:
            FirstPaintProbe(self.window, self.app)
            return
        connection = self.connection or self._remembered_connection()
        if connection is None:
            self._show_first_run()
        else:
            self.connect(connection)

    def _remembered_connection(self) -> Connection | None:
        provisioned = self._provisioned_connection()
        if provisioned is not None:
            return provisioned
        mode = self.settings.value("connection/mode")
        if mode == Mode.DEMO.value:
            return Connection(Mode.DEMO, None, None)
        if mode == Mode.LIVE.value:
            key = load_api_key()
            if key is None:
                self._show_first_run(translate("RegisterApp", "The API key is not in this computer's key store any "
                                               "more. Paste it again (or set the FINALPOS_API_KEY environment "
                                               "variable)."))
                return None
            return Connection(Mode.LIVE, str(self.settings.value("connection/api_url") or ""), key)
        resolved = resolve_connection()
        return resolved if resolved.mode is Mode.LIVE else None

    def _provisioned_connection(self) -> Connection | None:
        """IT's provisioning (``register provision`` or a provisioning file): no first-run screens."""
        from register.provisioning import ProvisioningError, apply_provisioning_file, provisioned_connection

        station_dir = self.paths.data / STATION_DIR
        try:
            if apply_provisioning_file(station_dir, paths=self.paths):
                log.info("provisioning file applied")
        except ProvisioningError as err:
            log.error("provisioning file refused: %s", err)
            self.window.statusBar().showMessage(translate("RegisterApp", "The provisioning file was not used: "
                                                          "{reason}").format(reason=err), 60_000)
        connection = provisioned_connection(station_dir)
        if connection is not None and connection.mode is Mode.LIVE and connection.api_key is None:
            self._show_first_run(translate("RegisterApp", "This station is set up for {url}, but the API key is not in "
                                           "this computer's key store. Paste it (or set the FINALPOS_API_KEY "
                                           "environment variable).").format(url=connection.api_url))
            return None
        return connection

    def _show_first_run(self, error: str = "") -> None:
        from ui.first_run_view import FirstRunView

        if self.first_run is None:
            from register.config import keyring_usable

            self.first_run = FirstRunView(key_store=keyring_usable())
            self.first_run.demo_chosen.connect(self._on_first_run_demo_chosen)
            self.first_run.account_submitted.connect(self._on_first_run_account_submitted)
        if error:
            self.first_run.show_error(error)
        self.window.show_view(self.first_run)
        self.first_run.demo_button.setFocus()

    def _on_first_run_demo_chosen(self) -> None:
        assert self.first_run is not None
        self.pricing = self.first_run.pricing()
        self.settings.setValue("connection/mode", Mode.DEMO.value)
        self.settings.sync()
        self.connect(Connection(Mode.DEMO, None, None))

    def _on_first_run_account_submitted(self, url: str, key: str) -> None:
        try:
            api_key = ApiKey(key)
        except ValueError as err:
            assert self.first_run is not None
            self.first_run.show_error(str(err))
            return
        self.pricing = self.first_run.pricing() if self.first_run is not None else None
        self.settings.setValue("connection/mode", Mode.LIVE.value)
        self.settings.setValue("connection/api_url", url)
        self.settings.sync()
        try:
            from register.config import store_api_key

            store_api_key(api_key)
        except Exception as err:  # keyring raises its own tree; any failure means "not stored"
            log.warning("the API key could not be stored in the OS keyring: %s", type(err).__name__)
            self.window.statusBar().showMessage(
                translate("RegisterApp", "This computer has no usable key store: the API key works until the register "
                          "closes. Set the FINALPOS_API_KEY environment variable to keep it."), 60_000)
        self.connect(Connection(Mode.LIVE, url, api_key))

    def connect(self, connection: Connection) -> None:
        """Open the station database against ``connection`` (demo: start the sandbox, do not wait)."""
        if self._connecting:  # a second F1 or click while the first is under way
            return
        self._connecting = True
        self.connection = connection
        self.window.show_view(self.window.starting)
        self.window.set_mode(connection.mode)
        if connection.mode is Mode.DEMO:
            self.sandbox = DemoSandbox(self.paths.demo_sandbox, self.paths.logs / "demo-sandbox.log")
            self.sandbox.start()
            assert self.sandbox.api_key is not None
            url, key = self.sandbox.base_url, self.sandbox.api_key.reveal()
            self.window.set_backend_state("starting", translate("RegisterApp", "Starting the demo shop on this "
                                                                "computer…"))
        else:
            assert connection.api_key is not None
            url, key = connection.api_url or "", connection.api_key.reveal()
            self.window.set_backend_state("starting", translate("RegisterApp", "Connecting to Final POS…"))
        self.tasks.start(self._open_core(url, key), on_done=self._on_core_opened, on_error=self._on_start_failed)

    async def _open_core(self, url: str, key: str) -> RegisterCore:
        from register.services.core import RegisterCore

        training = self.connection is not None and self.connection.mode is Mode.DEMO
        core = await RegisterCore.open(self.paths.data / STATION_DIR, api_url=url, api_key=key, backoff=self.backoff,
                                       training=training)
        if self.pricing is not None:  # chosen on the first-run screen: the store's currency and cash rounding
            try:
                # only for a new station: one provisioned (or set up before) keeps the currency it sells in
                if not await core.has_pricing():
                    await core.set_pricing(**self.pricing)
            except BaseException:
                await core.close()
                raise
        return core

    async def server_ready(self) -> None:
        """Wait for the demo shop to answer (live: at once)."""
        if self.sandbox is not None:
            await self.sandbox.wait_ready()

    def _on_core_opened(self, core: RegisterCore) -> None:
        from ui.workflow import Workflow

        self.core = core
        self.window.set_backend_state("ready", translate("RegisterApp", "Ready."))
        self.workflow = Workflow(self.window, self.tasks, core, self.server_ready, self.paths.data / "reports")
        self.workflow.start()
        settle()  # the screens are made: the garbage collector never scans them again (see register/runtime.py)
        self.tasks.start(self._probe_server(), on_error=lambda e: self.window.status.set_online(False, plain_words(e)),
                         key="probe")

    async def _probe_server(self) -> None:
        """Is the server there? The core announces the answer on its bus (the status bar listens)."""
        assert self.core is not None
        await self.server_ready()
        await self.core.check_connection()

    def _on_start_failed(self, err: BaseException) -> None:
        self._connecting = False
        text = translate("RegisterApp", "The register could not start: {reason}").format(reason=plain_words(err))
        self.window.set_backend_state("error", text)

    # shutdown ------------------------------------------------------------------------------------
    async def aclose(self) -> None:
        """Save the window, stop background work, close the core (worker, client, database)."""
        self.window.save_state()
        if self.workflow is not None:
            self.workflow.detach()
        self.tasks.cancel_all()
        if self.core is not None:
            core, self.core = self.core, None
            await core.close()

    def shutdown(self) -> None:
        """Stop the demo sandbox (after :meth:`aclose`)."""
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
    connection = Connection(Mode.DEMO, None, None) if args.demo else None

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Register")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("register")  # the desktop entry (and its icon) on Wayland
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "register.svg")))
    apply_theme(app)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    register_app = RegisterApp(app, connection, paths, smoke=args.smoke)

    def excepthook(kind: type[BaseException], err: BaseException, tb: Any) -> None:
        log.critical("unexpected error", exc_info=(kind, err, tb))
        register_app.present_error(err)

    sys.excepthook = excepthook
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)
    register_app.start()
    try:
        with loop:
            loop.run_until_complete(quit_event.wait())
            loop.run_until_complete(register_app.aclose())
    finally:
        register_app.shutdown()
        log.info("register stopped (log: %s)", log_file)
    return 0
