"""What a new cashier tripped over, round 2: scans that went nowhere, quantities, stock and the price check,
voiding the cart, closing with a sale in progress, the order of the tax rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from register.store.records import audit_entries
from tests.ui import flows
from tests.ui.flows import PIN, click, current, fill_dialog, press, priced_items, scan, settled, start_selling


def _cart(app: Any) -> list[tuple[str, Decimal]]:
    return [(line.variant_id or "", line.quantity) for line in app.core.checkout.state.lines]


def _wait_dialog(qtbot: Any, app: Any, name: str) -> Any:
    sessions = app.workflow.sessions
    qtbot.waitUntil(lambda: sessions.dialog is not None and sessions.dialog.objectName() == name
                    and sessions.dialog.isVisible(), timeout=flows.WAIT)
    return sessions.dialog


def test_scans_are_never_lost_and_quantities_are_plain_numbers(qtbot: Any, qloop: Any, qapp: Any,
                                                                 sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = start_selling(qtbot, app)
        view, home = selling.view, app.workflow.home_view
        a, b, c, d = priced_items(app, 4)

        # a scan on the home screen starts a sale with the item
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        scan(qtbot, app, a.barcode)
        qtbot.waitUntil(lambda: current(app) is view, timeout=flows.WAIT)
        settled(qtbot, selling)
        assert _cart(app) == [(a.variant_id, Decimal(1))]

        # a scan while the quantity dialog is open is a scan: the item goes in, the quantity is left as typed
        press(qtbot, app.window, Qt.Key.Key_F4)
        dialog = _wait_dialog(qtbot, app, "quantityDialog")
        flows.type_into(qtbot, dialog.fields["quantity"], "2")
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)
        assert dialog.isVisible() and dialog.fields["quantity"].text() == "2"
        assert _cart(app) == [(a.variant_id, Decimal(1)), (b.variant_id, Decimal(1))]
        assert "is in the cart" in dialog.notice.text()
        dialog.reject()

        # quantities are plain numbers: "1e2" is not 100, and a latte comes whole
        view.select_line(app.core.checkout.state.lines[0].line_id)
        press(qtbot, app.window, Qt.Key.Key_F4)
        refused = fill_dialog(qtbot, app, {"quantity": "1e2"}, expect_accept=False)
        assert "is not a number" in refused.notice.text()
        fill_dialog(qtbot, app, {"quantity": "2.5"}, expect_accept=False)
        assert "sold by the piece" in refused.notice.text() and "How many" in refused.guide.text()
        fill_dialog(qtbot, app, {"quantity": "3"})
        settled(qtbot, selling)
        assert _cart(app)[0] == (a.variant_id, Decimal(3))

        # a quantity before a scan: "3*" typed, then the scan adds 3 ("3×" too)
        view.table.setFocus()
        for key in "3*":  # a person's keys, each where the focus is: held, then searched with
            qtbot.wait(70)
            qtbot.keyClick(QApplication.focusWidget(), key)
        qtbot.waitUntil(lambda: view.catalog.search_edit.text() == "3*", timeout=flows.WAIT)
        assert view.catalog.quantity_chip.isVisible() and "3" in view.catalog.quantity_chip.text()
        scan(qtbot, app, c.barcode)
        settled(qtbot, selling)
        assert _cart(app)[-1] == (c.variant_id, Decimal(3)) and view.catalog.search_edit.text() == ""
        # … then a tap: "2×" and a one-variant product's tile
        flows.type_into(qtbot, view.catalog.search_edit, "2×")
        tile, variants = next((t, v) for t, v in zip(view.catalog.product_buttons, view.catalog.tile_products,
                                                     strict=True)
                              if len(v) == 1 and (app.core.checkout.on_hand(v[0]) or 99) > 10)
        click(qtbot, tile)
        settled(qtbot, selling)
        assert _cart(app)[-1] == (variants[0].variant_id, Decimal(2))
        # … then a search: "2*" and a name, Enter adds two of the first result
        flows.type_into(qtbot, view.catalog.search_edit, f"2*{d.name}")
        qtbot.waitUntil(lambda: bool(view.catalog.result_items()), timeout=flows.WAIT)
        first = view.catalog.result_items()[0]
        press(qtbot, view.catalog.search_edit, Qt.Key.Key_Return)
        settled(qtbot, selling)
        assert (first.variant_id, Decimal(2)) in _cart(app)

        # an item sold by weight takes decimals, the locale's way
        weighed = next(i for i in app.core.catalog.index.items if i.sold_by_weight and i.barcode
                       and (app.core.checkout.on_hand(i) or 0) > 5)
        flows.type_into(qtbot, view.catalog.search_edit, "1.25*")
        scan(qtbot, app, weighed.barcode)
        settled(qtbot, selling)
        assert _cart(app)[-1] == (weighed.variant_id, Decimal("1.25"))
        view.select_line(app.core.checkout.state.lines[-1].line_id)
        press(qtbot, app.window, Qt.Key.Key_F4)
        dialog = _wait_dialog(qtbot, app, "quantityDialog")
        assert "sold by weight" in dialog.guide.text()
        dialog.reject()

        # a name typed at a scanner's speed and Enter, outside a field: no such code, so it is searched for, and
        # nothing is added without a second Enter
        before = _cart(app)
        view.table.setFocus()
        scan(qtbot, app, "cortado")
        qtbot.waitUntil(lambda: view.catalog.search_edit.text() == "cortado" and bool(view.catalog.result_items()),
                        timeout=flows.WAIT)
        assert _cart(app) == before and "the search shows what matches" in view.notice.text()
        view.catalog.clear_search()

        # the tax rows follow the rates' priority, not the order the items were scanned in
        rows = [line.split("\t")[0] for line in view.totals_text().splitlines()]
        taxes = [r for r in rows if "Tax" in r]
        assert taxes == sorted(taxes, key=lambda r: (r.startswith("Austin") or r.startswith("Dallas"),
                                                     not r.startswith("TX State")))

        # the payment screen: a scan adds the item there and says what is due now
        pay = flows.open_payment(qtbot, app)
        lines = len(app.core.checkout.state.lines)
        scan(qtbot, app, a.barcode)
        settled(qtbot, selling)
        assert current(app) is pay and _cart(app)[0] == (a.variant_id, Decimal(4))
        assert len(app.core.checkout.state.lines) == lines and "is due now" in pay.notice.text()
        assert pay.figure_labels["remaining"].text() == flows.fmt(app.core.checkout.price().remaining)
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is view, timeout=flows.WAIT)

        # signed out: a scan on the sign-in screen is said, never lost silently, and never typed into the PIN
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F12)
        sign_in = app.workflow.sign_in_view
        qtbot.waitUntil(lambda: current(app) is sign_in and sign_in.isEnabled(), timeout=flows.WAIT)
        sign_in.name_combo.setFocus()
        scan(qtbot, app, b.barcode)
        qtbot.waitUntil(lambda: "sign in first" in sign_in.notice.text(), timeout=flows.WAIT)
        assert sign_in.pin_edit.text() == "" and current(app) is sign_in
    finally:
        flows.close_app(qtbot, app)


def test_stock_price_check_void_cart_and_closing_with_a_sale(qtbot: Any, qloop: Any, qapp: Any,
                                                             sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = start_selling(qtbot, app)
        view, checkout = selling.view, app.core.checkout
        flows.run_sync(app, checkout.stock.load)
        low = next(i for i in app.core.catalog.index.items
                   if i.barcode and i.price is not None and not i.allow_backorder and i.regular_price is None
                   and not i.sold_by_weight and Decimal(1) <= (checkout.on_hand(i) or 0) <= 4)
        n = int(checkout.on_hand(low) or 0)

        # stock on hand where the product manages it: search results and tiles say it
        flows.type_into(qtbot, view.catalog.search_edit, low.sku or "")
        qtbot.waitUntil(lambda: view.catalog.results.count() > 0, timeout=flows.WAIT)
        assert f"{n} in stock" in view.catalog.results.item(0).text()
        view.catalog.clear_search()
        assert any("in stock" in " ".join(t.lines) for t in view.catalog.product_buttons)

        # n on hand: one more is not sold without a word; Cancel adds nothing
        view.table.setFocus()
        for _ in range(n + 1):
            scan(qtbot, app, low.barcode)
        settled(qtbot, selling)
        approval = _wait_dialog(qtbot, app, "stockApprovalDialog")
        assert f"Only {n}" in approval.notice.text() and checkout.state.lines[0].quantity == n
        approval.reject()
        qtbot.waitUntil(lambda: "Not added" in view.notice.text(), timeout=flows.WAIT)
        assert checkout.state.lines[0].quantity == n
        # … a manager's PIN sells it anyway, logged
        view.table.setFocus()
        scan(qtbot, app, low.barcode)
        _wait_dialog(qtbot, app, "stockApprovalDialog")
        fill_dialog(qtbot, app, {"pin": PIN})
        settled(qtbot, selling)
        assert checkout.state.lines[0].quantity == n + 1
        [override] = flows.run_sync(app, lambda conn: audit_entries(conn, "stock_override"))
        assert override["actor"] == flows.MANAGER and override["detail"]["on_hand"] == str(n)

        # a price check (F11): price and stock of what is scanned, nothing added
        other = priced_items(app, 1)[0]
        before = list(checkout.state.lines)
        press(qtbot, app.window, Qt.Key.Key_F11)
        qtbot.waitUntil(lambda: selling.price_check is not None and selling.price_check.isVisible(),
                        timeout=flows.WAIT)
        check = selling.price_check
        scan(qtbot, app, other.barcode)
        qtbot.waitUntil(lambda: check.item == other, timeout=flows.WAIT)  # the same item (read again from the file)
        assert check.price_label.text() == flows.fmt(other.price) and check.name_label.text() == other.display_name
        assert "in stock" in check.stock_label.text() and list(checkout.state.lines) == before
        flows.type_into(qtbot, check.search_edit, low.name)
        qtbot.waitUntil(lambda: check.item is not None and check.item.product_id == low.product_id,
                        timeout=flows.WAIT)
        assert f"{n} in stock" in check.stock_label.text()  # the cart is not sold yet: the shelf still has n
        press(qtbot, check.search_edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not check.isVisible(), timeout=flows.WAIT)
        assert list(checkout.state.lines) == before

        # closing the window with a sale in progress asks first; Keep selling keeps it
        app.window.close()
        qtbot.waitUntil(lambda: getattr(app.window, "close_box", None) is not None
                        and app.window.close_box.isVisible(), timeout=flows.WAIT)
        box: QMessageBox = app.window.close_box
        assert "is in progress" in box.text() and app.window.isVisible()
        click(qtbot, box.findChild(type(box.buttons()[0]), "keepSellingButton"))
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=flows.WAIT)
        assert app.window.isVisible() and not checkout.state.is_empty

        # void the whole cart (Ctrl+Del): confirmed, by the policy (a manager may), logged
        app.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
        void = _wait_dialog(qtbot, app, "voidCartDialog")
        assert "Void the whole cart" in void.guide.text()
        fill_dialog(qtbot, app, {})
        qtbot.waitUntil(lambda: checkout.state.is_empty and view.model.rowCount() == 0, timeout=flows.WAIT)
        assert "voided" in view.notice.text()
        voids = flows.run_sync(app, lambda conn: audit_entries(conn, "void"))
        assert voids[0]["detail"].get("cart") is True and voids[0]["actor"] == flows.MANAGER

        # an empty cart closes without a word
        assert app.workflow.close_reason() == ""
    finally:
        flows.close_app(qtbot, app)
