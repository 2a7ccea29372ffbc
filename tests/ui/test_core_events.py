"""What the core announces reaches the screen: a sale Final POS stored with another total is said in the status
bar (and stays in the audit log), a catalog sync shows its progress, a write the server refuses is named."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from tests.ui import flows
from tests.ui.flows import press, scan


def test_a_total_the_server_stored_differently_is_said_on_the_status_bar(qtbot: Any, qloop: Any, qapp: Any,
                                                                           sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = flows.start_selling(qtbot, app)
        status = app.window.status
        assert not status.warning.isVisible()
        # Final POS works the total out its own way (one cent more), and answers slowly
        sandbox.set_faults(skew_total_cents=1, latency_ms=800)
        item = flows.priced_items(app, 1)[0]
        scan(qtbot, app, item.barcode)
        flows.settled(qtbot, selling)
        receipt = flows.pay_exact_and_complete(qtbot, app)
        total = app.workflow.payment.last_sale.total
        # the orders screen, open while the sale is on its way, reads itself again when it is sent
        flows.click(qtbot, app.workflow.receipts.view.back_button)
        press(qtbot, app.window, Qt.Key.Key_F10)
        orders = app.workflow.orders.view
        qtbot.waitUntil(lambda: flows.current(app) is orders and bool(orders.rows), timeout=flows.WAIT)
        assert orders.rows[0].receipt_id == receipt and orders.rows[0].sync_state != "done"
        qtbot.waitUntil(lambda: orders.rows[0].sync_state == "done", timeout=30_000)
        with flows.server(sandbox) as http:
            stored = flows.server_order(qtbot, app, http, receipt)
        assert Decimal(str(stored["summary"]["total"])) == total + Decimal("0.01")
        qtbot.waitUntil(status.warning.isVisible, timeout=flows.WAIT)
        text = status.warning.text()
        assert receipt in text and flows.fmt(total) in text and flows.fmt(total + Decimal("0.01")) in text, text
        flagged = flows.run_sync(app, lambda c: c.execute(
            "SELECT subject FROM audit WHERE action = 'totals_mismatch'").fetchall())
        assert [r[0] for r in flagged] == [receipt]
    finally:
        flows.close_app(qtbot, app)


def test_catalog_progress_shows_while_a_sync_runs_and_goes_when_it_ends(qtbot: Any, qloop: Any, qapp: Any,
                                                                          sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        status = app.window.status
        qtbot.waitUntil(lambda: app.workflow is not None, timeout=flows.WAIT)
        seen: list[str] = []
        app.workflow.events.catalog_progress.connect(lambda _event: seen.append(status.catalog.text()))
        flows.pair_first_station(qtbot, app)  # pairing starts the first catalog sync
        qtbot.waitUntil(lambda: len(app.core.catalog.index.items) > 0, timeout=30_000)
        qtbot.waitUntil(lambda: not status.catalog.isVisible(), timeout=flows.WAIT)
        assert seen and any(t.startswith("Catalog: products") for t in seen), seen
    finally:
        flows.close_app(qtbot, app)
