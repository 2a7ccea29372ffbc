"""What a new manager tripped over, round 2: the close count's keyboard, Enter on a button, the PIN pad and
touch-sized drop-downs, the last person preselected, and a status bar that says what the core knows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialog

from tests.ui import flows
from tests.ui.flows import MANAGER, PIN, click, current, fill_dialog, press


def _rows_of(combo: QComboBox) -> list[int]:
    """The heights of a drop-down's rows as its popup draws them."""
    combo.showPopup()
    view: QAbstractItemView = combo.view()
    QApplication.processEvents()
    heights = [view.visualRect(view.model().index(r, 0)).height() for r in range(view.model().rowCount())]
    combo.hidePopup()
    return heights


def test_close_count_keyboard_enter_on_buttons_pin_pad_and_the_last_person(qtbot: Any, qloop: Any, qapp: Any,
                                                                          sandbox: Any, themed: None) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        flows.pair_first_station(qtbot, app)
        flows.create_first_manager(qtbot, app)
        home = app.workflow.home_view
        sessions = app.workflow.sessions
        flows.open_session(qtbot, app, {"100": 1})

        # Enter on a focused button presses it (the labels say Enter; Space did, Enter did nothing)
        home.x_button.setFocus()
        press(qtbot, home.x_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: current(app) is sessions.report_view, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F6)  # cash in: Enter on the focused Cancel closes the dialog
        qtbot.waitUntil(lambda: sessions.dialog is not None and sessions.dialog.isVisible(), timeout=flows.WAIT)
        dialog = sessions.dialog
        dialog.cancel_button.setFocus()
        qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Enter)  # the keypad's Enter too
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
        assert dialog.result() == QDialog.DialogCode.Rejected

        # the close count: the first box has its 0 selected, so typing 1 gives 1, not 10
        press(qtbot, app.window, Qt.Key.Key_F9)
        close = sessions.close_view
        qtbot.waitUntil(lambda: current(app) is close, timeout=flows.WAIT)
        spins = close.counter.fields()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is spins[0], timeout=flows.WAIT)
        qtbot.waitUntil(lambda: spins[0].lineEdit().selectedText() == "0", timeout=flows.WAIT)
        qtbot.keyClicks(spins[0], "1")
        assert spins[0].value() == 1
        # Tab: every bill and coin in the drawer's order, then the card's count, then the note, then Confirm
        for spin in spins[1:]:
            press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is spin
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is close.method_edits["card"]
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is close.note_edit
        qtbot.keyClicks(close.note_edit, "a space typed here is a space")
        assert close.note_edit.text() == "a space typed here is a space" and not close.close_button.isVisible()
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is close.confirm_button
        # an empty card count is not "0": confirming says so and goes to the field
        press(qtbot, close.confirm_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Card: type what was counted" in close.notice.text(), timeout=flows.WAIT)
        assert QApplication.focusWidget() is close.method_edits["card"] and not close.result_frame.isVisible()
        click(qtbot, close.count_pad.buttons["0"])  # a touch till: the digits on the screen, the focus stays
        assert close.method_edits["card"].text() == "0" and QApplication.focusWidget() is close.method_edits["card"]
        press(qtbot, close.method_edits["card"], Qt.Key.Key_Return)  # Return moves on to the note
        assert QApplication.focusWidget() is close.note_edit
        press(qtbot, app.window, Qt.Key.Key_F4)
        qtbot.waitUntil(lambda: close.difference_text("cash") == "Even", timeout=flows.WAIT)
        assert close.difference_text("card") == "Even"
        press(qtbot, app.window, Qt.Key.Key_Escape)  # back: the session stays open
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)

        # a cashier joins; touch-sized drop-down rows (the role, then the sign-in names)
        press(qtbot, app.window, Qt.Key.Key_F3)
        qtbot.waitUntil(lambda: sessions.dialog is not None and sessions.dialog.isVisible(), timeout=flows.WAIT)
        assert all(h >= 44 for h in _rows_of(sessions.dialog.role_combo))
        fill_dialog(qtbot, app, {"name": "Sam Cashier", "pin": "1357", "manager_pin": PIN})

        # sign out; Sam signs in by touch alone: the name from the list, the PIN on the pad, the button
        press(qtbot, app.window, Qt.Key.Key_F12)
        sign_in = app.workflow.sign_in_view
        qtbot.waitUntil(lambda: current(app) is sign_in and sign_in.isEnabled() and sign_in.name_combo.count() == 2,
                        timeout=flows.WAIT)
        assert sign_in.name_combo.currentText() == MANAGER  # who signed in last here
        assert all(h >= 44 for h in _rows_of(sign_in.name_combo))
        sign_in.name_combo.setCurrentIndex(sign_in.name_combo.findText("Sam Cashier"))
        for digit in "1357":
            click(qtbot, sign_in.pin_pad.buttons[digit])
        click(qtbot, sign_in.pin_pad.buttons["⌫"])
        click(qtbot, sign_in.pin_pad.buttons["7"])
        assert sign_in.pin_edit.text() == "1357"
        click(qtbot, sign_in.submit_button)
        flows.wait_home(qtbot, app)
        assert app.window.status.cashier.text() == "Sam Cashier (cashier)"

        # the next sign-in starts on Sam; five wrong PINs: the lockout message stays clear of the PIN field
        press(qtbot, app.window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: current(app) is sign_in and sign_in.isEnabled()
                        and sign_in.name_combo.currentText() == "Sam Cashier", timeout=flows.WAIT)
        for _ in range(6):
            sign_in.notice.clear_message()  # each answer awaited: the next attempt comes after it
            flows.type_into(qtbot, sign_in.pin_edit, "0000")
            press(qtbot, sign_in.pin_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: sign_in.notice.isVisible(), timeout=flows.WAIT)
        qtbot.waitUntil(lambda: "Too many wrong PINs" in sign_in.notice.text(), timeout=flows.WAIT)
        notice = sign_in.notice
        top_left = notice.mapTo(sign_in, QPoint(0, 0))
        pin_box = sign_in.pin_edit.geometry().translated(sign_in.pin_edit.parentWidget().mapTo(sign_in, QPoint(0, 0)))
        assert not notice.geometry().translated(top_left - notice.pos()).intersects(pin_box)
        assert notice.height() >= notice.heightForWidth(notice.width())  # the whole message, never one line of it
    finally:
        flows.close_app(qtbot, app)


def test_the_status_bar_follows_the_core_from_the_sign_in_screen(qtbot: Any, qloop: Any, qapp: Any,
                                                                  sandbox: Any) -> None:
    """After a restart the sign-in screen says the session that is open; offline and back show within seconds (the
    core's connection watch), on the sign-in screen as on every other."""
    first = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        flows.pair_first_station(qtbot, first)
        flows.create_first_manager(qtbot, first)
        flows.open_session(qtbot, first, {"100": 1})
        number = first.workflow.sessions.session.number
    finally:
        flows.close_app(qtbot, first)
    second = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        status = second.window.status
        qtbot.waitUntil(lambda: second.workflow is not None
                        and current(second) is second.workflow.sign_in_view, timeout=flows.WAIT)
        qtbot.waitUntil(lambda: status.session.text() == f"Session {number}", timeout=flows.WAIT)
        qtbot.waitUntil(lambda: status.server.text() == "● Online", timeout=flows.WAIT)
        sandbox.set_faults(fail_rate=1.0)  # every request answers 503 now
        qtbot.waitUntil(lambda: status.server.text() == "○ Offline", timeout=10_000)
        sandbox.set_faults(fail_rate=0.0)
        qtbot.waitUntil(lambda: status.server.text() == "● Online", timeout=10_000)
        assert current(second) is second.workflow.sign_in_view
    finally:
        sandbox.set_faults(fail_rate=0.0)
        flows.close_app(qtbot, second)
