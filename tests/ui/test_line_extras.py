"""A line note, a manager's price override and an untaxed custom sale through the screens; the order on
the server carries them as the pricing engine priced them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from register.store.records import audit_entries
from tests.ui import flows
from tests.ui.flows import PIN, fill_dialog, press, priced_items, scan, settled, start_selling


def test_note_price_override_and_custom_sale(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        view = selling.view
        [a] = priced_items(app, 1)
        scan(qtbot, app, a.barcode)
        settled(qtbot, selling)

        # a note (Ctrl+N) on the line
        press(qtbot, app.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        fill_dialog(qtbot, app, {"note": "gift wrap"})
        qtbot.waitUntil(lambda: "note: gift wrap" in view.model.index(0, 0).data(), timeout=flows.WAIT)

        # a price override (Ctrl+O): a wrong PIN is refused, then the manager approves
        press(qtbot, app.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        refused = fill_dialog(qtbot, app, {"price": "1.11", "pin": "0000"}, expect_accept=False)
        assert "do not match" in refused.notice.text()
        fill_dialog(qtbot, app, {"pin": PIN})
        qtbot.waitUntil(lambda: view.model.index(0, 2).data() == flows.fmt(Decimal("1.11")), timeout=flows.WAIT)
        overrides = flows.run_sync(app, lambda c: audit_entries(c, "override"))
        assert overrides[0]["actor"] == flows.MANAGER and overrides[0]["detail"]["price"] == "1.11"

        # a custom sale (F2), untaxed; a decimal comma is refused first
        press(qtbot, app.window, Qt.Key.Key_F2)
        custom = fill_dialog(qtbot, app, {"name": "Gift card top-up", "price": "12,50"}, expect_accept=False)
        assert "use a dot for decimals" in custom.notice.text()
        custom.findChild(QCheckBox, "taxableCheck").setChecked(False)
        fill_dialog(qtbot, app, {"price": "12.50"})
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=flows.WAIT)
        assert view.model.index(1, 3).data() == flows.fmt(Decimal("12.50"))
        priced = app.core.checkout.price()

        # paid by card; the server's order
        flows.pay_by_card_and_complete(qtbot, app)
        receipt = app.workflow.receipts
        qtbot.waitUntil(lambda: receipt.receipt is not None and "gift wrap" in receipt.view.text(), timeout=flows.WAIT)
        flows.wait_synced(qtbot, app)
        [order_id] = flows.server_ids(app, "order.create")
        order = http.get(f"/order/{order_id}").json()
        assert Decimal(order["summary"]["total"]) == priced.total
        assert order["lineItems"][0]["price"] == "1.11"
        [sale] = order["customSales"]
        assert sale["name"] == "Gift card top-up" and sale["applyTaxes"] is False and sale["total"] == "12.50"
        assert any(n["note"] == f"{a.display_name}: gift wrap" for n in order["notes"])
    finally:
        http.close()
        flows.close_app(qtbot, app)
