"""A session opened and closed while the server is unreachable reaches Final POS once it is back."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from tests.ui import flows
from tests.ui.flows import MANAGER, PIN, current, fill_dialog, press


def test_offline_open_and_close_sync_later(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    station_id, offline = flows.offline_session(qtbot, qapp, sandbox, {"50": 1})
    try:
        number = offline.workflow.sessions.session.number
        press(qtbot, offline.window, Qt.Key.Key_F6)
        fill_dialog(qtbot, offline, {"amount": "5.00", "reason": "float top-up"})
        press(qtbot, offline.window, Qt.Key.Key_F9)
        close = offline.workflow.sessions.close_view
        qtbot.waitUntil(lambda: current(offline) is close, timeout=flows.WAIT)
        close.counter.set_count("50", 1)
        close.counter.set_count("5", 1)
        flows.type_into(qtbot, close.method_edits["card"], "0")  # no card sales: counted, not left empty
        press(qtbot, offline.window, Qt.Key.Key_F4)
        qtbot.waitUntil(lambda: close.difference_text("cash") == "Even", timeout=flows.WAIT)
        press(qtbot, offline.window, Qt.Key.Key_F10)
        fill_dialog(qtbot, offline, {"pin": PIN})
        qtbot.waitUntil(lambda: "Z report" in offline.workflow.sessions.report_view.text(), timeout=flows.WAIT)
        qtbot.waitUntil(lambda: offline.window.status.server.text() == "○ Offline", timeout=30_000)
        assert offline.core is not None and offline.core._outbox.counts().done == 0
        qtbot.waitUntil(lambda: offline.window.status.pending.text().endswith("to send"), timeout=flows.WAIT)
    finally:
        flows.close_app(qtbot, offline)

    back = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        flows.wait_synced(qtbot, back)
        qtbot.waitUntil(lambda: back.window.status.server.text() == "● Online", timeout=flows.WAIT)
        [session_id] = flows.server_ids(back, "session.create")
        with flows.server(sandbox) as http:
            stored = http.get(f"/session/{session_id}").json()
            station = http.get(f"/station/{station_id}").json()
        assert stored["sessionNumber"] == number and stored["closedBy"] == MANAGER
        assert Decimal(stored["openingAmount"]) == Decimal("50.00")
        report = json.loads(stored["closingReportData"])
        assert report["methods"]["cash"]["cashIn"] == "5.00" and report["counts"][0]["difference"] == "0.00"
        assert station["status"] == "AVAILABLE"
    finally:
        flows.close_app(qtbot, back)
