"""The whole cash-session life cycle through the screens, against the real sandbox; the server checked."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui import flows
from tests.ui.flows import MANAGER, PIN, click, current, fill_dialog, press


async def card_sale(core: Any) -> Decimal:
    """A card sale rung up through the core (the sell screen is part 2): gives the card method a figure."""
    item = next(i for i in core.catalog.index.items if i.barcode and i.price)
    await core.checkout.add_code(item.barcode)
    await core.checkout.add_tender("credit_card", reference="auth-1")
    sale = await core.checkout.complete(actor=MANAGER)
    return Decimal(sale.total)


def _visible(kind: type[QWidget]) -> Any:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def test_pair_open_cash_x_report_blind_close_z_report(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any,
                                                      tmp_path: Path) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        # pairing marks the station in use by this device, on the server
        station_id = flows.pair_first_station(qtbot, app)
        station = http.get(f"/station/{station_id}").json()
        assert station["deviceId"] and station["status"] == "AVAILABLE"  # never an undocumented status
        flows.create_first_manager(qtbot, app)
        assert app.window.status.station.text().startswith("Station: Austin Register")
        assert app.window.status.cashier.text() == "Dana Manager (manager)"

        # open with a counted float: 2 x 100, 3 x 20, 4 x 0.25 = 261.00
        flows.open_session(qtbot, app, {"100": 2, "20": 3, "0.25": 4}, note="morning")
        flow = app.workflow.sessions
        home = app.workflow.home_view
        assert flow.session is not None and flow.session.opening_amount == Decimal("261.00")
        number = flow.session.number
        assert app.window.status.session.text() == f"Session {number}"
        assert "$261.00" in home.notice.text()

        # cash in 50.00 (F6); cash out 20.00 (F7) needs a manager: a wrong PIN first
        press(qtbot, app.window, Qt.Key.Key_F6)
        fill_dialog(qtbot, app, {"amount": "50.00", "reason": "change from the bank"})
        press(qtbot, app.window, Qt.Key.Key_F7)
        refused = fill_dialog(qtbot, app, {"amount": "20.00", "reason": "milk", "pin": "0000"}, expect_accept=False)
        assert "do not match" in refused.notice.text()
        type_into_amount = refused.fields["amount"]
        assert type_into_amount.text() == "20.00"  # what was typed stays, the PIN is emptied
        fill_dialog(qtbot, app, {"pin": PIN})
        qtbot.waitUntil(lambda: "taken out of the drawer" in home.notice.text(), timeout=flows.WAIT)

        # a decimal comma is refused in plain words
        press(qtbot, app.window, Qt.Key.Key_F6)
        comma = fill_dialog(qtbot, app, {"amount": "12,50", "reason": "x"}, expect_accept=False)
        assert "use a dot for decimals" in comma.notice.text()
        comma.reject()
        qtbot.waitUntil(lambda: not comma.isVisible(), timeout=flows.WAIT)

        # a card sale through the core, so that two methods have figures
        qtbot.waitUntil(lambda: len(app.core.catalog.index.items) > 0, timeout=flows.WAIT)
        card_total = flows.run(qtbot, card_sale(app.core))

        # no sale: logged
        press(qtbot, app.window, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: "no sale" in home.notice.text().lower() or "without a sale" in home.notice.text(),
                        timeout=flows.WAIT)

        # X report (F5): expected cash 261 + 50 - 20 = 291.00
        press(qtbot, app.window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: current(app) is flow.report_view, timeout=flows.WAIT)
        x_text = flow.report_view.text()
        assert "X report" in x_text
        for expected in ("$261.00", "$50.00", "$20.00", "$291.00", flows.fmt(card_total)):
            assert expected in x_text, (expected, x_text)
        assert "Orders\t1" in x_text or "Orders" in x_text
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)

        # blind close (F9): no expected figure until the counts are confirmed
        assert home.blind_check.isChecked()
        press(qtbot, app.window, Qt.Key.Key_F9)
        close = flow.close_view
        qtbot.waitUntil(lambda: current(app) is close, timeout=flows.WAIT)
        assert not close.expected_visible()
        assert "291" not in close.expected_cash.text()
        close.counter.set_count("100", 1)
        close.counter.set_count("50", 1)
        close.counter.set_count("20", 2)
        spin = close.counter.spin_for("5")
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)  # one 5 by the keyboard
        minus, plus = close.counter.step_buttons["bill:100"]
        click(qtbot, plus)  # taps: +, +, −
        click(qtbot, plus)
        click(qtbot, minus)
        assert close.counter.total() == Decimal("295.00"), close.counter.total()  # 4.00 over
        flows.type_into(qtbot, close.method_edits["card"], str(card_total - Decimal("1.00")))  # 1.00 short
        press(qtbot, app.window, Qt.Key.Key_F4)
        qtbot.waitUntil(lambda: close.close_button.isVisible(), timeout=flows.WAIT)
        assert close.difference_text("cash") == "Over $4.00"
        assert close.difference_text("card") == "Short $1.00"
        assert close.findChild(type(close.title), "difference_cash").property("state") == "over"
        flows.type_into(qtbot, close.note_edit, "one bill too many")
        press(qtbot, app.window, Qt.Key.Key_F10)
        approval = fill_dialog(qtbot, app, {"pin": PIN})
        assert approval.fields["manager"].text() == MANAGER
        qtbot.waitUntil(lambda: current(app) is flow.report_view and "Z report" in flow.report_view.text(),
                        timeout=flows.WAIT)
        z_text = flow.report_view.text()
        for expected in ("Over $4.00", "Short $1.00", "$295.00", "$291.00", "one bill too many", MANAGER):
            assert expected in z_text, (expected, z_text)
        # print preview (Ctrl+Shift+P) opens without blocking the loop
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        press(qtbot, app.window, Qt.Key.Key_P, ctrl_shift)
        qtbot.waitUntil(lambda: _visible(QPrintPreviewDialog) is not None, timeout=flows.WAIT)
        _visible(QPrintPreviewDialog).reject()
        pdf = flow.report_view.save_pdf(tmp_path / "z.pdf")
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
        assert app.window.status.session.text() == "No session"

        # what the server holds
        flows.wait_synced(qtbot, app)
        [session_id] = flows.server_ids(app, "session.create")
        stored = http.get(f"/session/{session_id}").json()
        assert stored["sessionNumber"] == number
        assert Decimal(stored["openingAmount"]) == Decimal("261.00")
        assert stored["openingNote"] == "morning"
        assert stored["closedBy"] == MANAGER and stored["closingNote"] == "one bill too many"
        assert Decimal(stored["closingAmounts"]["cash"]) == Decimal("295.00")
        report = json.loads(stored["closingReportData"])
        counts = {c["method"]: c for c in report["counts"]}
        assert counts["cash"]["expected"] == "291.00" and counts["cash"]["difference"] == "4.00"
        assert counts["card"]["difference"] == "-1.00"
        assert report["methods"]["cash"]["cashIn"] == "50.00" and report["methods"]["cash"]["cashOut"] == "20.00"
        moves = [http.get(f"/transactions/{tid}").json() for tid in flows.server_ids(app, "transaction.create")]
        cash_moves = sorted((t["type"], t["amount"]) for t in moves if t.get("type", "").startswith("cash_"))
        assert cash_moves == [("cash_in", "50.00"), ("cash_out", "20.00")], moves
        assert http.get(f"/station/{station_id}").json()["status"] == "AVAILABLE"
        # back home: a new session can be opened
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home and home.open_button.isEnabled(), timeout=flows.WAIT)

        # a manager releases the station (Ctrl+R): pairing again; the server's station is free
        press(qtbot, app.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        fill_dialog(qtbot, app, {"pin": PIN})
        qtbot.waitUntil(lambda: current(app) is app.workflow.station_view, timeout=flows.WAIT)
        # the release goes through the outbox (it works offline too): wait for the worker to deliver it
        qtbot.waitUntil(lambda: not http.get(f"/station/{station_id}").json().get("deviceId"), timeout=flows.WAIT)
        assert http.get(f"/station/{station_id}").json()["status"] == "AVAILABLE"
        assert app.window.status.station.text() == "Station: not paired"
    finally:
        http.close()
        flows.close_app(qtbot, app)
