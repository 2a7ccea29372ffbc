"""A catalog refresh while the cashier sells: the new product is on the tiles, in the search and under the
scanner at once, and the screen stays where the cashier left it (category, cart)."""

from __future__ import annotations

from typing import Any

from tests.ui import flows
from tests.ui.flows import click, priced_items, scan, settled, start_selling


def test_new_product_reaches_the_sell_screen(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        view, core = selling.view, app.core
        (first,) = priced_items(app, 1)
        scan(qtbot, app, first.barcode)
        settled(qtbot, selling)
        category_id, category_tile = list(view.catalog.category_buttons.items())[1]
        click(qtbot, category_tile)
        old_index = core.catalog.index

        product = http.post("/product", json={"name": "Aaa Fresh Scone", "productType": "simple",
                                              "categories": [category_id]}).json()
        http.post("/variant", json={"productId": product["id"], "sku": "SCONE-9", "barcode": "2000000000091",
                                    "price": 3.25}).raise_for_status()
        flows.run(qtbot, core.catalog.refresh(core._client, core.station.outlet_id))

        qtbot.waitUntil(lambda: view.catalog.index is core.catalog.index is not old_index, timeout=flows.WAIT)
        assert view.catalog.category_buttons[category_id].isChecked()  # the same category on screen
        names = [variants[0].name for variants in view.catalog.tile_products]
        assert names[0] == "Aaa Fresh Scone"  # tiles in name order: the new product first
        assert view.model.rowCount() == 1  # the cart is untouched

        # a reload that changes nothing on screen (a customer added elsewhere, the 12-hour full sync) keeps the
        # very same tiles: no rebuild, no frozen frame
        tiles, categories, loaded = list(view.catalog.product_buttons), dict(view.catalog.category_buttons), \
            core.catalog.index
        flows.run(qtbot, core.catalog.load(core.station.outlet_id))
        qtbot.waitUntil(lambda: view.catalog.index is core.catalog.index is not loaded, timeout=flows.WAIT)
        assert view.catalog.product_buttons == tiles and all(a is b for a, b in zip(
            view.catalog.product_buttons, tiles, strict=True))
        assert all(view.catalog.category_buttons[c] is b for c, b in categories.items())

        scan(qtbot, app, "2000000000091")
        settled(qtbot, selling)
        assert [view.model.index(r, 0).data() for r in range(2)] == [first.display_name, "Aaa Fresh Scone"]
        view.focus_search()
        qtbot.keyClicks(view.catalog.search_edit, "fresh scone")
        assert [i.sku for i in view.catalog.result_items()] == ["SCONE-9"]
    finally:
        http.close()
        flows.close_app(qtbot, app)
