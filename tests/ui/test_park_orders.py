"""Park and resume through the screens; the orders screen: sync state, reprint, and a refund of one line
with a manager's PIN, checked on the server and in the session's expected cash."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import Qt

from register.services.context import employee_id
from tests.ui import flows
from tests.ui.flows import PIN, click, current, fill_dialog, press, priced_items, scan, settled, start_selling


def test_park_resume_and_delete(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = start_selling(qtbot, app)
        view = selling.view
        a, b, c = priced_items(app, 3)
        for code in (a.barcode, a.barcode, b.barcode):
            scan(qtbot, app, code)
        settled(qtbot, selling)
        total = view.total_label.text()

        # park (F8) with a note: a fresh cart
        press(qtbot, app.window, Qt.Key.Key_F8)
        fill_dialog(qtbot, app, {"note": "blue jacket, back in 5"})
        qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=flows.WAIT)
        assert "Cart parked" in view.notice.text() and app.core.checkout.state.is_empty

        # another customer's item: resuming now is refused in plain words
        scan(qtbot, app, c.barcode)
        settled(qtbot, selling)
        press(qtbot, app.window, Qt.Key.Key_F9)
        orders = app.workflow.orders
        qtbot.waitUntil(lambda: orders.parked_dialog is not None and orders.parked_dialog.list.count() == 1,
                        timeout=flows.WAIT)
        dialog = orders.parked_dialog
        assert "blue jacket, back in 5" in dialog.list.item(0).text() and total in dialog.list.item(0).text()
        click(qtbot, dialog.resume_button)
        qtbot.waitUntil(lambda: "finish or park the current cart first" in dialog.notice.text().lower(),
                        timeout=flows.WAIT)
        dialog.reject()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
        view.table.setFocus()
        press(qtbot, view.table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=flows.WAIT)

        # resume: the parked cart comes back as it was
        press(qtbot, app.window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: orders.parked_dialog is not dialog and orders.parked_dialog.list.count() == 1,
                        timeout=flows.WAIT)
        dialog = orders.parked_dialog
        click(qtbot, dialog.resume_button)
        qtbot.waitUntil(lambda: not dialog.isVisible() and view.model.rowCount() == 2, timeout=flows.WAIT)
        assert [line.quantity for line in app.core.checkout.state.lines] == [Decimal(2), Decimal(1)]
        assert view.total_label.text() == total

        # park again and delete it from the list
        press(qtbot, app.window, Qt.Key.Key_F8)
        fill_dialog(qtbot, app, {"note": "gone"})
        press(qtbot, app.window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: orders.parked_dialog is not dialog and orders.parked_dialog.list.count() == 1,
                        timeout=flows.WAIT)
        dialog = orders.parked_dialog
        click(qtbot, dialog.delete_button)
        qtbot.waitUntil(lambda: dialog.list.count() == 0 and "No cart is parked" in dialog.notice.text(),
                        timeout=flows.WAIT)
        assert flows.run(qtbot, app.core.checkout.parked()) == []
        dialog.reject()
    finally:
        flows.close_app(qtbot, app)


def test_orders_reprint_and_refund_of_one_line(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        a, b = priced_items(app, 2)
        for code in (a.barcode, a.barcode, b.barcode):
            scan(qtbot, app, code)
        settled(qtbot, selling)

        # paid by card (exact, with its reference)
        receipt_id = flows.pay_by_card_and_complete(qtbot, app, reference="auth-7")
        receipt_view = app.workflow.receipts.view
        order_body = app.workflow.payment.last_sale.body
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)

        # the orders screen (F10): the sale with its sync state
        press(qtbot, app.window, Qt.Key.Key_F10)
        orders = app.workflow.orders.view
        qtbot.waitUntil(lambda: current(app) is orders and len(orders.rows) == 1, timeout=flows.WAIT)
        assert orders.table.item(0, 1).text() == receipt_id
        assert orders.table.item(0, 4).text() in ("Sent", "Waiting to send", "Sending…")
        flows.wait_synced(qtbot, app)
        press(qtbot, app.window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: orders.table.item(0, 4).text() == "Sent", timeout=flows.WAIT)

        # reprint (F7): the receipt again, marked as a copy
        press(qtbot, app.window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: current(app) is receipt_view and a.display_name in receipt_view.text(),
                        timeout=flows.WAIT)
        assert "(copy)" in receipt_view.title.text()
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: current(app) is orders and len(orders.rows) == 1, timeout=flows.WAIT)

        # refund one of the two of line 1, in cash, approved with the manager's PIN (a wrong one first)
        press(qtbot, app.window, Qt.Key.Key_F9)
        refused = fill_dialog(qtbot, app, {"line_0": "1", "reason": "damaged", "pin": "0000"}, expect_accept=False)
        assert "do not match" in refused.notice.text()
        refused.to_cash.setChecked(True)
        fill_dialog(qtbot, app, {"pin": PIN})
        qtbot.waitUntil(lambda: len(orders.rows) == 2 and "Refunded" in orders.notice.text(), timeout=flows.WAIT)
        # the refund slip follows, adding up; Back returns to the orders
        slips = app.workflow.receipts
        qtbot.waitUntil(lambda: current(app) is receipt_view and slips.receipt is not None and slips.receipt.is_refund,
                        timeout=flows.WAIT)
        assert slips.receipt.adds_up() and receipt_id in receipt_view.text() and "damaged" in receipt_view.text()
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is orders, timeout=flows.WAIT)
        line = order_body["lineItems"][0]
        expected = (Decimal(line["total"]) / 2).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert flows.fmt(expected) in orders.notice.text() and "Cash" in orders.notice.text()
        assert orders.rows[0].kind == "refund"
        # the refund's row says which sale it gives back, not an internal id
        assert orders.table.item(0, 1).text() == f"of {receipt_id}" and orders.table.item(0, 2).text() == "Refund"

        # the drawer is expected to hold the float less the cash refund
        figures = flows.run(qtbot, app.core.sessions.figures())
        assert figures.methods["cash"].expected == Decimal("100") - expected

        # what the server holds: the refund of one unit of line 1, against the order, in cash
        flows.wait_synced(qtbot, app)
        [refund_id] = flows.server_ids(app, "refund.create")
        [order_id] = flows.server_ids(app, "order.create")
        refund = http.get(f"/refunds/{refund_id}").json()
        assert refund["orderId"] == order_id
        assert [(x["name"], Decimal(str(x["quantity"]))) for x in refund["lineItems"]] == [(a.display_name,
                                                                                         Decimal(1))]
        assert Decimal(refund["summary"]["total"]) == expected
        assert [(p["paymentType"], Decimal(p["amount"])) for p in refund["payment"]] == [("cash", expected)]
        manager_id = flows.run(qtbot, app.core._db.run(lambda c: employee_id(c, flows.MANAGER)))
        assert refund["reason"] == "damaged" and refund["refundedBy"] == manager_id  # an id, never the name
        assert manager_id and manager_id != flows.MANAGER
    finally:
        http.close()
        flows.close_app(qtbot, app)
