"""A sale rung up while Final POS is unreachable: committed locally at once, delivered when it is back."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from tests.ui import flows
from tests.ui.flows import current, press, priced_items, scan, settled


def test_offline_sale_syncs_later(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    _, offline = flows.offline_session(qtbot, qapp, sandbox, {"50": 1})
    try:
        press(qtbot, offline.window, Qt.Key.Key_F1)
        selling = offline.workflow.selling
        qtbot.waitUntil(lambda: current(offline) is selling.view and bool(selling.view.catalog.product_buttons),
                        timeout=flows.WAIT)
        a, b = priced_items(offline, 2)
        scan(qtbot, offline, a.barcode)
        scan(qtbot, offline, b.barcode)
        settled(qtbot, selling)
        priced = offline.core.checkout.price()
        press(qtbot, offline.window, Qt.Key.Key_F12)
        pay = offline.workflow.payment.view
        qtbot.waitUntil(lambda: current(offline) is pay, timeout=flows.WAIT)
        press(qtbot, offline.window, Qt.Key.Key_F5)  # cash, exactly what is due
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        press(qtbot, offline.window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: current(offline) is offline.workflow.receipts.view, timeout=flows.WAIT)
        receipt_id = offline.workflow.payment.last_sale.receipt_id
        qtbot.waitUntil(lambda: offline.window.status.server.text() == "○ Offline", timeout=30_000)
        qtbot.waitUntil(lambda: offline.window.status.pending.text().endswith("to send"), timeout=flows.WAIT)
        assert not [e for e in offline.core._outbox.entries() if e.kind == "order.create" and e.server_id]
    finally:
        flows.close_app(qtbot, offline)

    back = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        flows.wait_synced(qtbot, back)
        [order_id] = flows.server_ids(back, "order.create")
        with flows.server(sandbox) as http:
            order = http.get(f"/order/{order_id}").json()
        assert order["receiptId"] == receipt_id
        assert Decimal(order["summary"]["total"]) == priced.total
        assert [p["paymentType"] for p in order["paymentMethods"]] == ["cash"]
    finally:
        flows.close_app(qtbot, back)
