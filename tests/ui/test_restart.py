"""Restarting in the middle of a session resumes it; people switch without closing it; a session left open
on another day must be closed first."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from register.store.database import transaction
from tests.ui import flows
from tests.ui.flows import MANAGER, PIN, current, fill_dialog, press


def _age_session(app: Any, days: int) -> None:
    """Pretend the open session was opened ``days`` ago (what a register left on overnight finds)."""
    when = (datetime.now().astimezone() - timedelta(days=days)).isoformat(timespec="milliseconds")

    def write(conn: Any) -> None:
        with transaction(conn, "ageing the session"):
            conn.execute("UPDATE sessions SET opened_at = ? WHERE closed_at IS NULL", (when,))

    flows.run_sync(app, write)


def test_restart_resumes_the_session_and_switching_people_keeps_it(qtbot: Any, qloop: Any, qapp: Any,
                                                                   sandbox: Any) -> None:
    first = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        flows.pair_first_station(qtbot, first)
        flows.create_first_manager(qtbot, first)
        flows.open_session(qtbot, first, {"100": 1})
        number = first.workflow.sessions.session.number
        # a cashier joins (F3, approved by the manager)
        press(qtbot, first.window, Qt.Key.Key_F3)
        fill_dialog(qtbot, first, {"name": "Sam Cashier", "pin": "1357", "manager_pin": PIN})
        press(qtbot, first.window, Qt.Key.Key_F6)
        fill_dialog(qtbot, first, {"amount": "10", "reason": "coins from the bank"})
        first.window.resize(1000, 700)
    finally:
        flows.close_app(qtbot, first)

    second = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        # the window state was remembered (the offscreen screen is small: the width is clamped to it)
        assert second.settings.value("window/geometry") is not None
        assert second.window.size().height() == 700
        flows.sign_in(qtbot, second)  # paired already: straight to sign-in, no pairing, no first manager
        flow, home = second.workflow.sessions, second.workflow.home_view
        assert flow.session is not None and flow.session.number == number
        assert home.title.text() == f"Session {number} is open"
        assert second.window.status.session.text() == f"Session {number}"
        press(qtbot, second.window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: current(second) is flow.report_view, timeout=flows.WAIT)
        assert "$110.00" in flow.report_view.text()
        press(qtbot, second.window, Qt.Key.Key_Escape)

        # sign out (F12) and let the cashier in: the session stays open
        qtbot.waitUntil(lambda: current(second) is home, timeout=flows.WAIT)
        press(qtbot, second.window, Qt.Key.Key_F12)
        flows.sign_in(qtbot, second, "Sam Cashier", "1357")
        assert second.window.status.cashier.text() == "Sam Cashier (cashier)"
        assert flow.session is not None and flow.session.number == number
        # a cashier cannot approve a cash out
        press(qtbot, second.window, Qt.Key.Key_F7)
        refused = fill_dialog(qtbot, second, {"amount": "5", "reason": "tip jar", "manager": "Sam Cashier",
                                              "pin": "1357"}, expect_accept=False)
        assert "Sam Cashier may not approve cash out" in refused.notice.text()
        refused.reject()
        _age_session(second, days=1)
    finally:
        flows.close_app(qtbot, second)

    third = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        flows.sign_in(qtbot, third)
        home, flow = third.workflow.home_view, third.workflow.sessions
        qtbot.waitUntil(lambda: "still open from" in home.title.text(), timeout=flows.WAIT)
        assert "another day" in home.notice.text()
        assert not home.open_button.isEnabled() and not home.cash_in_button.isEnabled()
        assert home.close_button.isEnabled()
        # blind close off (Ctrl+B): the expected cash shows while counting
        press(qtbot, third.window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not flow.blind_close, timeout=flows.WAIT)
        press(qtbot, third.window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: current(third) is flow.close_view, timeout=flows.WAIT)
        assert flow.close_view.expected_visible()
        assert flow.close_view.expected_cash.text() == "Expected cash: $110.00"
        flow.close_view.counter.set_count("100", 1)
        flow.close_view.counter.set_count("10", 1)
        flows.type_into(qtbot, flow.close_view.method_edits["card"], "0")
        press(qtbot, third.window, Qt.Key.Key_F4)
        qtbot.waitUntil(lambda: flow.close_view.difference_text("cash") == "Even", timeout=flows.WAIT)
        press(qtbot, third.window, Qt.Key.Key_F10)
        fill_dialog(qtbot, third, {"pin": PIN})
        qtbot.waitUntil(lambda: current(third) is flow.report_view, timeout=flows.WAIT)
        flows.wait_synced(qtbot, third)
        [session_id] = flows.server_ids(third, "session.create")
        with flows.server(sandbox) as http:
            stored = http.get(f"/session/{session_id}").json()
        assert stored["sessionNumber"] == number and stored["closedBy"] == MANAGER
        assert json.loads(stored["closingReportData"])["counts"][0]["counted"] == "110.00"
        assert Decimal(stored["closingAmounts"]["cash"]) == Decimal("110.00")
    finally:
        flows.close_app(qtbot, third)
