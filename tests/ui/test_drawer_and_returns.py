"""The drawer opens when the screen says so (No sale, cash in, cash out: a kick on the printer's socket, audited; a
printer that is off or missing is said and never undoes the cash movement), and returns by scan: a receipt of an
earlier session scanned on the sell screen opens its refund, another receipt scanned in the refund dialog switches to
that sale, the refund slip follows, and the orders screen looks beyond the session."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt

from tests.escpos_decode import decode
from tests.test_receipts import FakePrinter
from tests.ui import flows
from tests.ui.flows import PIN, current, fill_dialog, press, priced_items, scan, settled, start_selling
from tests.ui.test_receipt import _dead_printer


def _drawer_audit(app: Any) -> list[tuple[str, int]]:
    return flows.run_sync(app, lambda c: c.execute(
        "SELECT json_extract(detail, '$.reason'), json_extract(detail, '$.kicked') FROM audit "
        "WHERE action = 'drawer_open' ORDER BY id").fetchall())


def test_no_sale_cash_in_and_cash_out_kick_the_drawer(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    printer = FakePrinter()
    try:
        flows.pair_first_station(qtbot, app)
        flows.create_first_manager(qtbot, app)
        flows.open_session(qtbot, app, {"100": 1})
        home = app.workflow.home_view
        flows.run(qtbot, app.core.printer.save(printer.url))

        press(qtbot, app.window, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: "Drawer opened without a sale" in home.notice.text() and len(printer.jobs) == 1,
                        timeout=flows.WAIT)
        assert decode(printer.jobs[0]).names() == ["init", "kick"]

        press(qtbot, app.window, Qt.Key.Key_F6)
        fill_dialog(qtbot, app, {"amount": "25.00", "reason": "float top-up"})
        qtbot.waitUntil(lambda: "Drawer opened." in home.notice.text() and len(printer.jobs) == 2, timeout=flows.WAIT)
        assert "put into the drawer" in home.notice.text()
        press(qtbot, app.window, Qt.Key.Key_F7)
        fill_dialog(qtbot, app, {"amount": "5.00", "reason": "stamps", "pin": PIN})
        qtbot.waitUntil(lambda: len(printer.jobs) == 3 and "taken out of the drawer" in home.notice.text()
                        and "Drawer opened." in home.notice.text(), timeout=flows.WAIT)
        assert all(decode(job).count("kick") == 1 for job in printer.jobs)
        assert _drawer_audit(app) == [("no sale", 1), ("cash in", 1), ("cash out", 1)]

        # the printer is off: the cash movement stands, the screen says the drawer did not open
        flows.run(qtbot, app.core.printer.save(_dead_printer()))
        press(qtbot, app.window, Qt.Key.Key_F6)
        fill_dialog(qtbot, app, {"amount": "1.00", "reason": "coins"})
        qtbot.waitUntil(lambda: "Could not open the drawer" in home.notice.text(), timeout=flows.WAIT)
        assert "put into the drawer" in home.notice.text() and home.notice.property("kind") == "error"
        figures = flows.run(qtbot, app.core.sessions.figures())
        assert figures.methods["cash"].cash_in == 26
        # no printer at all: said, and the no sale is on record
        flows.run(qtbot, app.core.printer.save(None))
        press(qtbot, app.window, Qt.Key.Key_F8)
        qtbot.waitUntil(lambda: "No receipt printer is set up" in home.notice.text(), timeout=flows.WAIT)
        assert "No sale logged" in home.notice.text()
        assert _drawer_audit(app)[-2:] == [("cash in", 0), ("no sale", 0)]
    finally:
        printer.close()
        flows.close_app(qtbot, app)


def test_a_receipt_of_an_earlier_session_scanned_opens_its_refund(qtbot: Any, qloop: Any, qapp: Any,
                                                                   sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = start_selling(qtbot, app)
        a, b = priced_items(app, 2)
        scan(qtbot, app, a.barcode)
        settled(qtbot, selling)
        earlier = flows.pay_by_card_and_complete(qtbot, app, reference="771234 ****4242")
        qtbot.waitUntil(lambda: app.workflow.receipts.receipt is not None, timeout=flows.WAIT)
        receipt_text = app.workflow.receipts.view.text()
        assert "Approval 771234, card ending 4242" in receipt_text
        # the session closes; a new one opens and sells
        flows.run(qtbot, app.core.sessions.close({"cash": "100", "card": "0"}, closed_by=flows.MANAGER))
        flows.run(qtbot, app.core.sessions.open("100", opened_by=flows.MANAGER))
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)
        now = flows.pay_exact_and_complete(qtbot, app)
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)

        # the earlier receipt's code, scanned on the sell screen: its refund opens, not a product
        scan(qtbot, app, earlier)
        orders = app.workflow.orders
        qtbot.waitUntil(lambda: orders.refund_dialog is not None and orders.refund_dialog.isVisible(),
                        timeout=flows.WAIT)
        first = orders.refund_dialog
        assert first.receipt_id == earlier and "earlier session" in first.guide.text()
        assert selling.view.model.rowCount() == 0  # nothing went into the cart

        # another receipt scanned in the refund dialog: that sale's refund instead
        scan(qtbot, app, now)
        qtbot.waitUntil(lambda: orders.refund_dialog is not first and orders.refund_dialog is not None
                        and orders.refund_dialog.isVisible(), timeout=flows.WAIT)
        dialog = orders.refund_dialog
        assert dialog.receipt_id == now and "this session" in dialog.guide.text()
        assert not shiboken6.isValid(first) or not first.isVisible()  # closed (and disposed of)
        # and back to the earlier one, refunded
        scan(qtbot, app, earlier)
        qtbot.waitUntil(lambda: orders.refund_dialog is not dialog and orders.refund_dialog.isVisible(),
                        timeout=flows.WAIT)
        fill_dialog(qtbot, app, {"line_0": "1", "reason": "faulty", "pin": PIN})

        # the refund slip follows; Back goes to the orders
        receipts = app.workflow.receipts
        qtbot.waitUntil(lambda: current(app) is receipts.view and receipts.receipt is not None
                        and receipts.receipt.is_refund, timeout=flows.WAIT)
        slip = receipts.view.text()
        assert "REFUND" in slip and earlier in slip and "faulty" in slip and receipts.receipt.adds_up()
        assert "Refunded" in receipts.view.notice.text()
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is orders.view, timeout=flows.WAIT)
        qtbot.waitUntil(lambda: [r.kind for r in orders.view.rows] == ["refund", "order"], timeout=flows.WAIT)
        assert earlier not in [r.receipt_id for r in orders.view.rows]  # this session's only
        press(qtbot, app.window, Qt.Key.Key_F6)  # every session
        qtbot.waitUntil(lambda: earlier in [r.receipt_id for r in orders.view.rows], timeout=flows.WAIT)
        assert "every session" in orders.view.heading.text()
        # the refund's slip again, from the orders (F7 on the refund row): a copy, no drawer
        orders.view.table.selectRow(next(i for i, r in enumerate(orders.view.rows) if r.kind == "refund"))
        press(qtbot, app.window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: current(app) is receipts.view and "(copy)" in receipts.view.title.text(),
                        timeout=flows.WAIT)
    finally:
        flows.close_app(qtbot, app)
