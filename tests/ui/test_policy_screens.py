"""The policy in the screens: they only ask. A cashier signed in meets the core's refusals as a manager's approval
dialog, and what the manager approves is done; the blind count cannot be redone without a manager."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from register.store.records import audit_entries
from tests.ui import flows
from tests.ui.flows import MANAGER, PIN, current, fill_dialog, press, scan

CASHIER, CASHIER_PIN = "Sam Cashier", "1357"


def _approve(qtbot: Any, app: Any, pin: str = PIN, manager: str = MANAGER) -> None:
    """The manager's approval dialog the core's refusal brought up: name, PIN, Approve."""
    asker = app.workflow.sessions.asker
    qtbot.waitUntil(lambda: asker.dialog is not None and asker.dialog.isVisible(), timeout=flows.WAIT)
    dialog = asker.dialog
    if not dialog.fields["manager"].text():
        flows.type_into(qtbot, dialog.fields["manager"], manager)
    flows.type_into(qtbot, dialog.fields["pin"], pin)
    flows.click(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.notice.text()


def _as_cashier(qtbot: Any, app: Any) -> None:
    flows.pair_first_station(qtbot, app)
    flows.create_first_manager(qtbot, app)
    flows.open_session(qtbot, app, {"100": 1})
    press(qtbot, app.window, Qt.Key.Key_F3)  # add a cashier (the manager approves)
    fill_dialog(qtbot, app, {"name": CASHIER, "pin": CASHIER_PIN, "manager_pin": PIN})
    press(qtbot, app.window, Qt.Key.Key_F12)  # sign out, and the cashier signs in
    flows.sign_in(qtbot, app, CASHIER, CASHIER_PIN)
    assert app.core.cashiers.current is not None and not app.core.cashiers.current.is_manager


def test_a_cashier_meets_the_policy_as_an_approval_dialog(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        _as_cashier(qtbot, app)
        home = app.workflow.home_view
        # the X report is a manager's: asked for, then shown
        press(qtbot, app.window, Qt.Key.Key_F5)
        _approve(qtbot, app)
        report = app.workflow.sessions.report_view
        qtbot.waitUntil(lambda: current(app) is report, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        # a 100 % line discount: the cashier may give 10 %, so the manager is asked over the discount dialog
        press(qtbot, app.window, Qt.Key.Key_F1)
        selling = app.workflow.selling
        qtbot.waitUntil(lambda: current(app) is selling.view and bool(selling.view.catalog.product_buttons),
                        timeout=flows.WAIT)
        item = flows.priced_items(app, 1)[0]
        scan(qtbot, app, item.barcode)
        flows.settled(qtbot, selling)
        press(qtbot, app.window, Qt.Key.Key_F6)
        fill = app.workflow.sessions
        qtbot.waitUntil(lambda: fill.dialog is not None and fill.dialog.isVisible(), timeout=flows.WAIT)
        discount = fill.dialog
        flows.type_into(qtbot, discount.fields["percentage"], "100")
        flows.click(qtbot, discount.confirm_button)
        _approve(qtbot, app)
        qtbot.waitUntil(lambda: not discount.isVisible(), timeout=flows.WAIT)
        assert app.core.checkout.state.lines[0].discount_percentage == 100
        log = flows.run_sync(app, lambda c: audit_entries(c, limit=200))
        approved = [e["detail"]["approved"] for e in log if e["action"] == "approval_used"]
        assert {"x_report", "line_discount"} <= set(approved)
        refused = [e for e in log if e["action"] == "refused"]
        assert len(refused) >= 2  # each first attempt, before the manager came
    finally:
        flows.close_app(qtbot, app)


def test_the_blind_count_cannot_be_redone_without_a_manager(qtbot: Any, qloop: Any, qapp: Any,
                                                            sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        _as_cashier(qtbot, app)
        flow = app.workflow.sessions
        press(qtbot, app.window, Qt.Key.Key_F9)
        close = flow.close_view
        qtbot.waitUntil(lambda: current(app) is close, timeout=flows.WAIT)
        assert not close.expected_visible()
        close.counter.set_count("50", 1)
        for edit in close.method_edits.values():  # no card sales: counted, not left empty
            flows.type_into(qtbot, edit, "0")
        press(qtbot, app.window, Qt.Key.Key_F4)
        qtbot.waitUntil(lambda: close.close_button.isVisible(), timeout=flows.WAIT)
        assert close.difference_text("cash") == "Short $50.00"  # seen only now, once the count is committed
        # Back, Home, F9, count again to what was just seen: a recount, which the manager must approve
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is app.workflow.home_view, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: current(app) is close and not close.close_button.isVisible(), timeout=flows.WAIT)
        close.counter.set_count("100", 1)
        for edit in close.method_edits.values():
            flows.type_into(qtbot, edit, "0")
        press(qtbot, app.window, Qt.Key.Key_F4)
        asker = flow.asker
        qtbot.waitUntil(lambda: asker.dialog is not None and asker.dialog.isVisible(), timeout=flows.WAIT)
        asker.dialog.reject()  # no manager at hand: the first count stands
        qtbot.waitUntil(lambda: not close.close_button.isVisible() or close.notice.isVisible(), timeout=flows.WAIT)
        counts = flows.run(qtbot, app.core.sessions.counts())
        assert [c.n for c in counts] == [1]
        press(qtbot, app.window, Qt.Key.Key_F4)
        _approve(qtbot, app)
        qtbot.waitUntil(lambda: close.close_button.isVisible(), timeout=flows.WAIT)
        assert close.difference_text("cash") == "Even"
        counts = flows.run(qtbot, app.core.sessions.counts())
        assert [c.n for c in counts] == [1, 2] and counts[1].approved_by == MANAGER
        log = flows.run_sync(app, lambda c: audit_entries(c, limit=200))
        assert [e["action"] for e in log if e["action"] in ("blind_count", "recount")] == ["recount", "blind_count"]
    finally:
        flows.close_app(qtbot, app)


def test_the_audit_log_screen_is_a_managers_and_shows_a_change_made_behind_its_back(
        qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        _as_cashier(qtbot, app)
        home = app.workflow.home_view
        view = app.workflow.audit.view
        flows.click(qtbot, home.audit_button)  # a finger on the button; Ctrl+L does the same
        _approve(qtbot, app)
        qtbot.waitUntil(lambda: current(app) is view and bool(view.entries), timeout=flows.WAIT)
        actions = [e.action for e in view.entries]
        assert {"refused", "approval_used", "session_open", "sign_in"} <= set(actions)
        shown = {view.table.item(r, 2).text() for r in range(view.table.rowCount())}
        assert {"Refused", "Approval used", "Session opened", "Signed in"} <= shown
        assert "chained" in view.summary.text() and not view.notice.isVisible()
        assert view.table.rowCount() == len(view.entries)
        # someone edits the file with another tool: the triggers are dropped and an entry is changed
        path = app.core._db.path
        with contextlib.closing(sqlite3.connect(path)) as other:
            other.execute("DROP TRIGGER audit_no_update")
            other.execute("UPDATE audit SET actor = 'nobody' WHERE action = 'session_open'")
            other.commit()
        press(qtbot, app.window, Qt.Key.Key_F5)  # refresh: the cashier asks again, and a manager approves
        _approve(qtbot, app)
        qtbot.waitUntil(lambda: view.notice.isVisible(), timeout=flows.WAIT)
        assert "changed" in view.notice.text(), view.notice.text()
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        readers = [e for e in flows.run_sync(app, lambda c: audit_entries(c, "audit_read"))]
        assert len(readers) == 2 and {e["actor"] for e in readers} == {MANAGER}
    finally:
        flows.close_app(qtbot, app)
