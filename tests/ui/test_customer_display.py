"""The customer-facing display follows the cart, the tenders and the change, live."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from tests.ui import flows
from tests.ui.flows import current, press, priced_items, scan, settled, start_selling


def test_customer_display_follows_the_sale(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = start_selling(qtbot, app)
        a, b = priced_items(app, 2)
        scan(qtbot, app, a.barcode)
        settled(qtbot, selling)
        press(qtbot, app.window, Qt.Key.Key_Escape)
        home = app.workflow.home_view
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        display_flow = app.workflow.display
        qtbot.waitUntil(lambda: display_flow.window is not None and display_flow.window.isVisible(),
                        timeout=flows.WAIT)
        display = display_flow.window
        assert display.lines.count() == 1 and a.display_name in display.lines.item(0).text()
        # one screen: the display never covers the register; a third of the screen at its bottom right, behind it
        area = app.window.screen().availableGeometry()
        assert display.geometry().right() <= area.right() + 1 and display.geometry().bottom() <= area.bottom() + 1
        assert display.width() <= max(area.width() // 3, 360) and display.x() > area.x()
        assert "no second screen" in home.notice.text() and app.window.isActiveWindow()

        press(qtbot, app.window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        scan(qtbot, app, b.barcode)
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)
        priced = app.core.checkout.price()
        qtbot.waitUntil(lambda: display.lines.count() == 2, timeout=flows.WAIT)
        assert display.lines.item(1).text().startswith(f"2 × {b.display_name}")
        assert display.total.text() == f"Total  {flows.fmt(priced.total)}"
        # the customer sees why the total is more than the lines: the subtotal and each tax
        shown = display.breakdown.text().splitlines()
        assert shown[0] == f"Subtotal  {flows.fmt(Decimal(priced.fragment.summary['subTotal']))}"
        for tax in priced.fragment.summary["taxes"]:
            assert any(row.startswith(tax["name"]) and row.endswith(flows.fmt(Decimal(tax["amount"])))
                       for row in shown), tax

        pay = flows.open_payment(qtbot, app)
        handed = priced.total.to_integral_value() + 5
        flows.type_into(qtbot, pay.amount_edit, str(handed))
        press(qtbot, pay.amount_edit, Qt.Key.Key_Return)
        change = Decimal(handed) - priced.total
        qtbot.waitUntil(lambda: display.change.text() == f"Change  {flows.fmt(change)}", timeout=flows.WAIT)
        assert display.tendered.text() == f"Tendered  {flows.fmt(Decimal(handed))}"
        press(qtbot, app.window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: display.lines.count() == 1 and display.lines.item(0).text() == "Thank you!",
                        timeout=flows.WAIT)
        assert display.change.text() == f"Change  {flows.fmt(change)}" and display.breakdown.text() == ""
        assert app.window.isActiveWindow()  # the display never took the keyboard
    finally:
        flows.close_app(qtbot, app)
