"""The GUI frame: smoke start, the first run (demo shop as a real child process, or a real account), and
the status bar."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from register.config import Mode, Paths
from tests.ui import flows
from tests.ui.flows import click, current


def test_smoke_prints_time_to_first_paint(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "register", "--smoke"], capture_output=True, text=True, timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    match = re.search(r"^first paint: (\d+) ms$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    assert int(match.group(1)) > 0


def test_status_bar_says_mode_station_and_connectivity(qtbot: Any, qloop: Any) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(Mode.DEMO)
    qtbot.addWidget(window)
    status = window.status
    assert status.mode.text() == "DEMO MODE"
    assert "Demo mode" in window.windowTitle()
    assert status.station.text() == "Station: not paired"
    status.set_station("Congress Avenue", "Austin Register 1")
    status.set_online(False, "no route")
    status.set_pending(3, 1)
    status.set_cashier("Dana", "manager")
    assert status.station.text() == "Station: Austin Register 1"
    assert status.server.text() == "○ Offline"  # a word and a marker, not colour alone
    assert status.pending.text() == "3 to send, 1 needs attention"
    assert status.cashier.text() == "Dana (manager)"
    window.set_mode(Mode.LIVE)
    assert status.mode.text() == "LIVE"


@pytest.mark.slow
def test_first_run_in_demo_mode_pairs_with_the_demo_shop(qtbot: Any, qloop: Any, qapp: Any) -> None:
    app = flows.make_app(qtbot, qapp, None, None)
    process = None
    try:
        assert app.first_run is not None and current(app) is app.first_run
        flows.press(qtbot, app.window, Qt.Key.Key_F1)  # "Start the demo  F1"
        qtbot.waitUntil(lambda: app.sandbox is not None, timeout=flows.WAIT)
        # the window is up before the demo shop answers, and the station database is open already
        assert app.window.isVisible()
        assert app.window.status.mode.text() == "DEMO MODE"
        station_id = flows.pair_first_station(qtbot, app, station=1)
        flows.create_first_manager(qtbot, app)
        assert app.settings.value("connection/mode") == "demo"  # remembered for the next start
        assert app.sandbox is not None and app.sandbox.api_key is not None
        with httpx.Client(base_url=app.sandbox.base_url + "/v1/api",
                          headers={"x-api-key": app.sandbox.api_key.reveal()}) as http:
            station = http.get(f"/station/{station_id}").json()
        assert station["deviceId"] and station["status"] == "AVAILABLE"  # the status is left as documented
        assert app.window.status.station.text() == "Station: Austin Register 2"
        process = app.sandbox._process
    finally:
        flows.close_app(qtbot, app)
    assert process is not None and process.poll() is not None  # the child is gone with the app
    assert Paths.default().demo_sandbox.is_dir()

    again = flows.make_app(qtbot, qapp, None, None)  # the next start: demo remembered, station paired
    try:
        assert again.first_run is None and again.sandbox is not None
        flows.sign_in(qtbot, again)
        assert again.window.status.station.text() == "Station: Austin Register 2"
    finally:
        flows.close_app(qtbot, again)


def test_first_run_with_an_account_says_when_the_key_cannot_be_stored(qtbot: Any, qloop: Any, qapp: Any,
                                                                      sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, None, None)
    try:
        view = app.first_run
        assert view is not None
        click(qtbot, view.connect_button)  # nothing typed: said in words
        assert "API key" in view.notice.text()
        flows.type_into(qtbot, view.url_edit, sandbox.base_url)
        flows.type_into(qtbot, view.key_edit, sandbox.api_key)
        qtbot.keyClick(view.key_edit, Qt.Key.Key_Return)
        # the test machine has no keyring: the register says so and goes on with the key for this run
        qtbot.waitUntil(lambda: "FINALPOS_API_KEY" in app.window.statusBar().currentMessage(), timeout=flows.WAIT)
        assert app.window.status.mode.text() == "LIVE"
        assert app.settings.value("connection/api_url") == sandbox.base_url
        ini = Path(app.settings.fileName()).read_text()
        assert sandbox.api_key not in ini  # never in a settings file
        flows.pair_first_station(qtbot, app)
    finally:
        flows.close_app(qtbot, app)


def test_pairing_offline_says_so_in_plain_words(qtbot: Any, qloop: Any, qapp: Any) -> None:
    app = flows.make_app(qtbot, qapp, "http://127.0.0.1:9", "some-key")
    try:
        qtbot.waitUntil(lambda: app.workflow is not None, timeout=flows.WAIT)
        view = app.workflow.station_view
        qtbot.waitUntil(lambda: "cannot be reached" in view.notice.text(), timeout=30_000)
        assert "Traceback" not in view.notice.text()
        assert view.reload_button.isEnabled() and not view.pair_button.isEnabled()
    finally:
        flows.close_app(qtbot, app)


def test_the_about_box_shows_the_version(qtbot: Any, qloop: Any) -> None:
    from PySide6.QtCore import Qt

    from register import __version__
    from tests.ui.flows import press
    from ui.main_window import MainWindow

    window = MainWindow(Mode.DEMO)
    qtbot.addWidget(window)
    window.show()
    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "about_box", None) is not None and window.about_box.isVisible())
    assert f"Register {__version__}" in window.about_box.text()
    window.about_box.close()
