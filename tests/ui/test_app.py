"""The GUI frame: smoke start, and demo mode against the real sandbox started as a child process."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from register.config import Connection, Mode, Paths


def test_smoke_prints_time_to_first_paint(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "register", "--smoke"], capture_output=True, text=True, timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    match = re.search(r"^first paint: (\d+) ms$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    assert int(match.group(1)) > 0


def test_window_says_mode_and_station(qtbot: Any, qloop: Any) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(Mode.DEMO)
    qtbot.addWidget(window)
    assert window.mode_badge.text() == "DEMO MODE"
    assert "Demo mode" in window.windowTitle()
    assert window.station_label.text() == "Station: not paired yet"
    window.set_backend_state("error", "The demo shop did not start")
    assert window.status_server.text() == "Server: offline"

    live = MainWindow(Mode.LIVE, station="Till 1")
    qtbot.addWidget(live)
    assert live.mode_badge.text() == "LIVE"
    assert live.station_label.text() == "Station: Till 1"


@pytest.mark.slow
def test_demo_mode_starts_the_sandbox_without_blocking_the_window(qtbot: Any, qloop: Any, qapp: Any) -> None:
    from ui.app import RegisterApp

    paths = Paths.default().ensure()
    app = RegisterApp(qapp, Connection(Mode.DEMO, None, None), paths, smoke=False)
    qtbot.addWidget(app.window)
    try:
        app.start()
        # The window is up and painted before the sandbox answers.
        assert app.window.isVisible()
        assert app.window.status_server.text() == "Server: starting…"
        qtbot.waitUntil(lambda: app.window.backend_label.property("state") != "starting", timeout=60_000)
        assert app.window.backend_label.property("state") == "ready", app.window.backend_label.text()
        assert "2 outlet(s)" in app.window.backend_label.text()
        assert "4 station(s)" in app.window.backend_label.text()
        assert app.sandbox is not None and app.sandbox._process is not None
        process = app.sandbox._process
    finally:
        app.shutdown()
    assert process.poll() is not None  # the child is gone with the app
    assert (paths.demo_sandbox).is_dir()
