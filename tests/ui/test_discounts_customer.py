"""Line and cart discounts and the sale's customer (search and attach, quick create) through the screens;
the order on the server carries the engine's discount figures and the customer."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from tests.ui import flows
from tests.ui.flows import fill_dialog, press, priced_items, scan, settled, start_selling


def test_discounts_and_customer_reach_the_order(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        view = selling.view
        for button, key in ((view.pay_button, "F12"), (view.price_check_button, "F11"), (view.quantity_button, "F4"),
                            (view.discount_button, "F6"), (view.park_button, "F8"), (view.customer_button, "F7")):
            assert button.text().endswith(f"  {key}"), button.text()
        a, b = priced_items(app, 2)
        scan(qtbot, app, a.barcode)
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)

        # a line discount (F6) of 10 % on the first line; both a percent and an amount is refused
        view.select_line(app.core.checkout.state.lines[0].line_id)
        press(qtbot, app.window, Qt.Key.Key_F6)
        refused = fill_dialog(qtbot, app, {"percentage": "10", "amount": "1"}, expect_accept=False)
        assert "percentage or an amount" in refused.notice.text()
        refused.fields["amount"].setFocus()
        qtbot.keyClick(refused.fields["amount"], Qt.Key.Key_Backspace)
        fill_dialog(qtbot, app, {})
        qtbot.waitUntil(lambda: "−10%" in view.model.index(0, 0).data(), timeout=flows.WAIT)

        # a cart discount (F5) of 1.00
        press(qtbot, app.window, Qt.Key.Key_F5)
        fill_dialog(qtbot, app, {"amount": "1.00"})
        qtbot.waitUntil(lambda: app.core.checkout.state.cart_discount_amount == Decimal("1.00"), timeout=flows.WAIT)
        settled(qtbot, selling)
        priced = app.core.checkout.price()
        discount = Decimal(priced.fragment.summary["discountTotal"])
        assert discount > Decimal("1.00")
        assert f"Discounts\t{flows.fmt(-discount)}" in view.totals_text()
        assert view.total_label.text() == flows.fmt(priced.total)
        # the cart discount is a row of its own under the lines, whose totals are before it: the rows add up
        assert view.model.rowCount() == 3 and view.model.is_discount_row(2)
        assert view.model.index(2, 0).data() == "Cart discount" and view.model.index(2, 3).data() == flows.fmt(
            Decimal("-1.00"))
        shown = [view.model.index(r, 3).data() for r in range(2)]
        undiscounted = app.core.checkout.price(replace(priced.state, cart_discount_amount=None))
        before = [Decimal(str(x["total"])) - Decimal(str(x.get("totalTax") or 0))
                  for x in undiscounted.fragment.line_items]
        assert shown == [flows.fmt(t) for t in before]

        # customer (F7): search the cached customers, Enter attaches the first match
        press(qtbot, app.window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: app.workflow.sessions.dialog is not None
                        and app.workflow.sessions.dialog.objectName() == "customerDialog"
                        and app.workflow.sessions.dialog.isVisible(), timeout=flows.WAIT)
        dialog = flows.dialog(app)
        customers = flows.run(qtbot, app.core.catalog.records("customer"))
        first = customers[0]
        flows.type_into(qtbot, dialog.search_edit, first["email"])
        assert dialog.results.count() == 1
        press(qtbot, dialog.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
        name = f"{first['firstName']} {first['lastName']}"
        qtbot.waitUntil(lambda: view.customer_label.text() == f"Customer: {name}", timeout=flows.WAIT)
        assert app.core.checkout.state.customer_id == first["id"]

        # quick create: a new customer, attached at once
        press(qtbot, app.window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: flows.dialog(app) is not dialog and flows.dialog(app).isVisible(), timeout=flows.WAIT)
        refused = fill_dialog(qtbot, app, {"first": "Rosa", "last": "Diaz", "email": "rosa at example"},
                              expect_accept=False)
        assert "not an email address" in refused.notice.text()
        fill_dialog(qtbot, app, {"email": "rosa.diaz@example.com", "phone": "+1 512-555-0199"})
        qtbot.waitUntil(lambda: view.customer_label.text() == "Customer: Rosa Diaz", timeout=flows.WAIT)

        # pay by card and complete: the server's order has the engine's figures and the new customer
        flows.pay_by_card_and_complete(qtbot, app)
        flows.wait_synced(qtbot, app)
        [order_id] = flows.server_ids(app, "order.create")
        order = http.get(f"/order/{order_id}").json()
        assert order["summary"]["discountTotal"] == priced.fragment.summary["discountTotal"]
        assert Decimal(order["summary"]["total"]) == priced.total
        assert order["cartDiscount"]["amount"] == "1.00"
        assert [x["total"] for x in order["lineItems"]] == [x["total"] for x in priced.fragment.line_items]
        [customer_id] = flows.server_ids(app, "customer.create")
        assert order["customerId"] == customer_id
        assert http.get(f"/customer/{customer_id}").json()["email"] == "rosa.diaz@example.com"
    finally:
        http.close()
        flows.close_app(qtbot, app)
