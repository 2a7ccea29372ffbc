"""The sell screen against the sandbox: scanner keystrokes, quantities, an unknown code, search, tiles, void."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from register.store.records import audit_entries
from tests.ui import flows
from tests.ui.flows import click, current, fill_dialog, press, priced_items, scan, settled, start_selling


def test_scan_quantity_unknown_code_search_tiles_and_void(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = start_selling(qtbot, app)
        view = selling.view
        a, b, c = priced_items(app, 3)

        # an empty cart says how to start (a newcomer's first screen)
        assert view.table.showing_hint() and "Scan a barcode" in view.table.empty_hint
        # three scans by simulated scanner keystrokes, no field focused; a second scan of A adds to its line
        assert not isinstance(QApplication.focusWidget(), type(view.catalog.search_edit))
        for code in (a.barcode, b.barcode, c.barcode, a.barcode):
            scan(qtbot, app, code)
        settled(qtbot, selling)
        assert view.model.rowCount() == 3 and not view.table.showing_hint()
        names = [view.model.index(r, 0).data() for r in range(3)]
        assert names == [a.display_name, b.display_name, c.display_name]
        assert view.model.index(0, 1).data() == "2"
        assert view.catalog.search_edit.text() == ""  # the scan left nothing behind in the search box
        priced = app.core.checkout.price()
        assert view.total_label.text() == flows.fmt(priced.total)
        totals = view.totals_text()
        assert f"Subtotal\t{flows.fmt(Decimal(priced.fragment.summary['subTotal']))}" in totals
        for tax in priced.fragment.summary["taxes"]:
            assert flows.fmt(Decimal(tax["amount"])) in totals and tax["name"] in totals

        # a scan while the search box has the focus is still a scan
        view.focus_search()
        scan(qtbot, app, c.barcode)
        settled(qtbot, selling)
        assert view.model.index(2, 1).data() == "2" and view.catalog.search_edit.text() == ""

        # quantity (F4): "12,50" and "-3" refused in the core's words, then 3
        view.select_line(app.core.checkout.state.lines[1].line_id)
        press(qtbot, app.window, Qt.Key.Key_F4)
        refused = fill_dialog(qtbot, app, {"quantity": "12,50"}, expect_accept=False)
        assert "use a dot for decimals" in refused.notice.text()
        fill_dialog(qtbot, app, {"quantity": "-3"}, expect_accept=False)
        assert "more than zero" in refused.notice.text()
        fill_dialog(qtbot, app, {"quantity": "3"})
        settled(qtbot, selling)
        assert view.model.index(1, 1).data() == "3"
        click(qtbot, view.plus_button)
        qtbot.waitUntil(lambda: view.model.index(1, 1).data() == "4", timeout=flows.WAIT)
        assert app.core.checkout.state.lines[1].quantity == Decimal(4)
        assert view.total_label.text() == flows.fmt(app.core.checkout.price().total)

        # an unknown code: a clear message, nothing added, the screen goes on
        scan(qtbot, app, "0000000000017")
        qtbot.waitUntil(lambda: "No product has the code" in view.notice.text(), timeout=flows.WAIT)
        assert view.model.rowCount() == 3 and view.notice.property("kind") == "error"

        # F3 and straight on typing: every key lands in the search box, in order (F3 acts at once)
        view.table.setFocus()
        press(qtbot, app.window, Qt.Key.Key_F3)
        qtbot.keyClicks(QApplication.focusWidget(), "vanilla")
        assert view.catalog.search_edit.text() == "vanilla"
        # Esc in the search box clears the search; the sell screen stays (a second Esc would go home)
        press(qtbot, view.catalog.search_edit, Qt.Key.Key_Escape)
        assert view.catalog.search_edit.text() == "" and current(app) is view

        # search as you type: typing outside a field lands in the search box; Enter adds the first result
        view.table.setFocus()
        qtbot.keyClicks(view.table, "vanilla oat")
        qtbot.waitUntil(lambda: view.catalog.search_edit.text() == "vanilla oat", timeout=flows.WAIT)
        found = view.catalog.result_items()
        assert found and all("vanilla oat" in i.display_name.lower() for i in found)
        press(qtbot, view.catalog.search_edit, Qt.Key.Key_Return)
        settled(qtbot, selling)
        assert view.model.rowCount() == 4 and view.model.index(3, 0).data().startswith(found[0].display_name)
        # (a sale price says so on the line: "(sale, was $5.25)")
        assert view.catalog.search_edit.text() == ""

        # a product tile (a tap) of a one-variant product (several variants ask which first: test_variants.py)
        tile = next(b for b, v in zip(view.catalog.product_buttons, view.catalog.tile_products, strict=True)
                    if len(v) == 1)
        click(qtbot, tile)
        settled(qtbot, selling)
        assert view.model.rowCount() == 5

        # remove (Del) voids the selected line, logged
        view.table.setFocus()
        view.select_line(app.core.checkout.state.lines[0].line_id)
        press(qtbot, view.table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=flows.WAIT)  # shortcuts arrive queued
        assert a.display_name not in [line.name for line in app.core.checkout.state.lines]
        voids = flows.run_sync(app, lambda conn: audit_entries(conn, "void"))
        assert voids and voids[0]["detail"]["line"] == a.display_name

        # Esc: home; the cart is kept
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is app.workflow.home_view, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: current(app) is view and view.model.rowCount() == 4, timeout=flows.WAIT)
    finally:
        flows.close_app(qtbot, app)
