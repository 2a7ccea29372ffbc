"""Payments through the screens against the sandbox: split tender with change, a double-clicked Complete;
the orders Final POS holds (one per sale, totals equal to the pricing engine's)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from tests.ui import flows
from tests.ui.flows import click, current, fill_dialog, press, priced_items, scan, settled, start_selling, type_into
from ui.payment_view import quick_cash


def test_quick_cash_suggestions() -> None:
    assert quick_cash(Decimal("12.62")) == [Decimal(13), Decimal(15), Decimal(20), Decimal(50)]
    assert quick_cash(Decimal("20.00")) == [Decimal(50)]
    assert quick_cash(Decimal("0.40")) == [Decimal(1), Decimal(5), Decimal(10), Decimal(20), Decimal(50)]


def test_split_tender_change_and_double_click(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        payment = app.workflow.payment
        pay = payment.view
        a, b = priced_items(app, 2)
        scan(qtbot, app, a.barcode)
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)

        # F12: the payment screen; Complete is disabled until the sale is paid
        flows.open_payment(qtbot, app)
        first = app.core.checkout.price()
        assert pay.figure_labels["total"].text() == flows.fmt(first.total)
        assert not pay.complete_button.isEnabled()

        # card 5.00 on the terminal (F6) with its reference, then cash: the next banknote up
        type_into(qtbot, pay.amount_edit, "5.00")
        type_into(qtbot, pay.reference_edit, "auth-42")
        press(qtbot, app.window, Qt.Key.Key_F6)
        due = first.total - Decimal("5.00")
        qtbot.waitUntil(lambda: pay.figure_labels["remaining"].text() == flows.fmt(due), timeout=flows.WAIT)
        assert pay.figure_labels["paid"].text() == flows.fmt(Decimal("5.00"))

        # back in the cart (Esc), a discount that would bring the total below the 5.00 paid is refused in the
        # dialog, in words; the cart and the payment stay as they were
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F5)
        refused = fill_dialog(qtbot, app, {"percentage": "100"}, expect_accept=False)
        qtbot.waitUntil(lambda: "take a payment back first" in refused.notice.text(), timeout=flows.WAIT)
        refused.reject()
        settled(qtbot, selling)
        assert app.core.checkout.state.cart_discount_percentage is None and len(app.core.checkout.state.tenders) == 1
        flows.open_payment(qtbot, app)
        banknote = quick_cash(due)[0]
        button = next(q for q in pay.quick_buttons if q.text() == flows.fmt(banknote))
        click(qtbot, button)
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        assert pay.figure_labels["change"].text() == flows.fmt(banknote - due)
        assert pay.tenders.count() == 2
        press(qtbot, app.window, Qt.Key.Key_F12)
        receipt = app.workflow.receipts.view
        qtbot.waitUntil(lambda: current(app) is receipt, timeout=flows.WAIT)
        assert receipt.change_label.text() == f"Change due: {flows.fmt(banknote - due)}"
        press(qtbot, app.window, Qt.Key.Key_Escape)  # next customer: a fresh cart
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        assert f"Change due: {flows.fmt(banknote - due)}" in selling.view.notice.text()
        assert selling.view.model.rowCount() == 0 and app.core.checkout.state.is_empty
        first_receipt = payment.last_sale.receipt_id

        # a second sale, paid exact in cash; Complete double-clicked
        scan(qtbot, app, a.barcode)
        settled(qtbot, selling)
        flows.open_payment(qtbot, app)
        second = app.core.checkout.price()
        click(qtbot, pay.quick_buttons[0])  # exact
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        # a double click as a person makes it: two clicks in a row (the second finds the button disabled),
        # and, as if that guard failed, a second request straight to the core (which refuses it)
        qtbot.mouseClick(pay.complete_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pay.complete_button, Qt.MouseButton.LeftButton)
        pay.complete_requested.emit()
        qtbot.waitUntil(lambda: current(app) is receipt, timeout=flows.WAIT)
        assert receipt.change_label.isHidden()
        sales = flows.run_sync(app, lambda c: c.execute("SELECT COUNT(*) FROM sales WHERE kind = 'order'").fetchone())
        assert sales[0] == 2

        # what the server holds: one order per sale, the engine's totals, the tenders
        flows.wait_synced(qtbot, app)
        order_ids = flows.server_ids(app, "order.create")
        assert len(order_ids) == 2
        orders = {o["receiptId"]: o for o in (http.get(f"/order/{oid}").json() for oid in order_ids)}
        assert len(orders) == 2
        one = orders[first_receipt]
        assert Decimal(one["summary"]["total"]) == first.total
        assert one["summary"]["subTotal"] == first.fragment.summary["subTotal"]
        assert [t["amount"] for t in one["summary"]["taxes"]] == [t["amount"] for t in first.fragment.summary["taxes"]]
        methods = {p["paymentType"]: p for p in one["paymentMethods"]}
        assert Decimal(methods["credit_card"]["amount"]) == Decimal("5.00")
        assert methods["credit_card"]["saleId"] == "auth-42"
        assert Decimal(methods["cash"]["amount"]) == due
        assert Decimal(methods["cash"]["change"]) == banknote - due
        two = next(o for r, o in orders.items() if r != first_receipt)
        assert Decimal(two["summary"]["total"]) == second.total
        assert sorted(o["receiptId"] for o in flows.server_orders(http)) == sorted(orders)
    finally:
        http.close()
        flows.close_app(qtbot, app)
