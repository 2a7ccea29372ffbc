"""A fee on the sale from the sell screen (Fee, Ctrl+E): typed amounts checked, shown in the totals, taken off
with an empty amount, and carried to Final POS in the completed order."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from tests.ui import flows
from tests.ui.flows import click, fill_dialog, press, priced_items, scan, settled, start_selling


def _fee_dialog(qtbot: Any, app: Any) -> Any:
    sessions = app.workflow.sessions
    before = sessions.dialog
    press(qtbot, app.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sessions.dialog is not before and sessions.dialog.isVisible(), timeout=flows.WAIT)
    assert sessions.dialog.objectName() == "feeDialog"
    return sessions.dialog


def test_fee_button_totals_removal_and_the_order(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        view = selling.view
        assert view.fee_button.text() == "Fee  Ctrl+E"
        assert not view.fee_button.isEnabled()  # nothing to charge a fee on yet
        (item,) = priced_items(app, 1)
        scan(qtbot, app, item.barcode)
        settled(qtbot, selling)
        assert view.fee_button.isEnabled()
        before = app.core.checkout.price()

        # Ctrl+E: label and amount; "12,50" and nothing at all are refused in plain words
        _fee_dialog(qtbot, app)
        refused = fill_dialog(qtbot, app, {"label": "Delivery", "amount": "12,50"}, expect_accept=False)
        assert "use a dot for decimals" in refused.notice.text()
        refused.fields["amount"].clear()
        fill_dialog(qtbot, app, {}, expect_accept=False)
        assert "type an amount" in refused.notice.text()
        fill_dialog(qtbot, app, {"amount": "3.50"})
        settled(qtbot, selling)
        priced = app.core.checkout.price()
        assert app.core.checkout.state.fees == (("Delivery", Decimal("3.50")),)
        assert f"Delivery\t{flows.fmt(Decimal('3.50'))}" in view.totals_text()
        assert view.total_label.text() == flows.fmt(priced.total)
        assert priced.total > before.total + Decimal("3.50")  # the fee is taxed like the items

        # a second fee (the button this time), then an empty amount takes both off
        click(qtbot, view.fee_button)
        qtbot.waitUntil(lambda: flows.dialog(app).objectName() == "feeDialog" and flows.dialog(app).isVisible(),
                        timeout=flows.WAIT)
        fill_dialog(qtbot, app, {"label": "Service", "amount": "1.25"})
        settled(qtbot, selling)
        three_fifty, one_25 = flows.fmt(Decimal("3.50")), flows.fmt(Decimal("1.25"))
        assert f"Service\t{one_25}" in view.totals_text() and f"Delivery\t{three_fifty}" in view.totals_text()
        removing = _fee_dialog(qtbot, app)
        assert f"Now: Delivery {three_fifty}, Service {one_25}" in removing.guide.text()
        fill_dialog(qtbot, app, {"amount": ""})
        settled(qtbot, selling)
        assert app.core.checkout.state.fees == ()
        assert "Delivery" not in view.totals_text() and view.total_label.text() == flows.fmt(before.total)

        # the fee on the sale that is completed; an unlabelled fee is called "Fee"
        _fee_dialog(qtbot, app)
        fill_dialog(qtbot, app, {"amount": "2.00"})
        settled(qtbot, selling)
        assert f"Fee\t{flows.fmt(Decimal('2.00'))}" in view.totals_text()
        total = app.core.checkout.price().total
        order = flows.server_order(qtbot, app, http, flows.pay_exact_and_complete(qtbot, app))
        assert [(f["label"], Decimal(f["amount"])) for f in order["cartFees"]] == [("Fee", Decimal("2.00"))]
        assert Decimal(order["cartFees"][0]["tax"]) > 0
        assert Decimal(order["summary"]["total"]) == total
        assert [li["variantId"] for li in order["lineItems"]] == [item.variant_id]
    finally:
        http.close()
        flows.close_app(qtbot, app)
