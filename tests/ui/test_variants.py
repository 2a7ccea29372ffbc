"""One tile per product; a product with several variants asks which one (the variant picker, by keyboard and
by tap), the order Final POS receives carries the variants picked. Tiles fit long names with "…"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from register.store.search import CatalogIndex, items_from_records
from tests.ui import flows
from tests.ui.flows import click, press, settled, start_selling
from ui.catalog_panel import CatalogPanel, TileButton, elide_lines, price_texts
from ui.money_format import MoneyFormatter
from ui.scanner import MAX_GAP_MS
from ui.variant_dialog import VariantDialog
from ui.widgets import tip_text

LONG = "Extra Large Organic Fair Trade Single Origin Ethiopian Yirgacheffe Whole Bean & Grinder Gift Set"


def _catalog() -> tuple[CatalogIndex, list[dict[str, Any]]]:
    products = [
        {"id": "p-long", "name": LONG, "categories": ["c-long"], "minPrice": Decimal("49.00")},
        {"id": "p-tee", "name": "Logo Tee", "categories": ["c-long"]},
        {"id": "p-mug", "name": "Mug", "categories": ["c-long"], "minPrice": Decimal("9.50")},
    ]
    variants = [{"id": f"v-{size}", "productId": "p-tee", "sku": f"TEE-{size}", "price": Decimal(price),
                 "attributes": [{"name": "Size", "value": size}]}
                for size, price in (("XL", "17.00"), ("L", "15.00"), ("M", "15.00"), ("S", "15.00"))]
    categories = [{"id": "c-long", "name": "Seasonal Merchandise and Gift Collections", "menuOrder": 1}]
    return CatalogIndex(items_from_records(products, variants)), categories


def _fits(tile: TileButton) -> None:
    metrics = tile.fontMetrics()
    assert tile.lines, tile.title
    for line in tile.lines:
        assert metrics.horizontalAdvance(line) <= tile.text_width() < tile.width(), (line, tile.width())


def test_long_names_are_elided_to_fit_their_tile(qtbot: Any, themed: None) -> None:
    panel = CatalogPanel(MoneyFormatter("USD"))
    qtbot.addWidget(panel)
    panel.resize(640, 520)
    index, categories = _catalog()
    panel.set_catalog(index, categories)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.product_buttons[0].width() > 120)

    # one tile per product, in name order: the long one, the tee's four sizes on one tile, the mug
    assert [len(v) for v in panel.tile_products] == [1, 4, 1]
    long_tile, tee_tile, mug_tile = panel.product_buttons
    for tile in (*panel.product_buttons, *panel.category_buttons.values()):
        _fits(tile)
        assert tile.height() >= 44
    assert len({tile.height() for tile in panel.product_buttons}) == 1  # a row's tiles line up
    # a name takes the lines its details leave (five lines a tile: here four, then its price) before "…"
    assert long_tile.lines[0].startswith("Extra") and long_tile.lines[-2].endswith("…")
    assert long_tile.lines[-1] == "$49.00" and len(long_tile.lines) == 5
    assert LONG in tip_text(long_tile.toolTip()) and LONG not in long_tile.text()
    assert tee_tile.lines == ["Logo Tee", "4 options", "$15.00 – $17.00"]
    assert mug_tile.lines == ["Mug", "$9.50"]
    category = next(iter(panel.category_buttons.values()))
    assert category.lines[-1].endswith("…")
    assert tip_text(category.toolTip()) == "Seasonal Merchandise and Gift Collections"

    # narrower: fitted again, the range gives way to "from"
    wide = long_tile.width()
    panel.resize(420, 520)
    qtbot.waitUntil(lambda: long_tile.width() < wide)
    for tile in (*panel.product_buttons, *panel.category_buttons.values()):
        _fits(tile)
    assert tee_tile.lines[-1] in ("$15.00 – $17.00", "from $15.00")

    # "&" is shown as itself, never taken for a keyboard mnemonic
    amp = TileButton("Salt & Pepper", name="productTile")
    qtbot.addWidget(amp)
    assert amp.lines == ["Salt & Pepper"] and amp.text() == "Salt && Pepper"


def test_elide_lines_and_price_texts(qapp: Any) -> None:
    metrics = QFontMetrics(QApplication.font())
    width = metrics.horizontalAdvance("Chocolate chip")
    assert elide_lines("Chocolate chip cookie", metrics, width) == ["Chocolate chip", "cookie"]
    lines = elide_lines("Chocolate chip cookie with sea salt and pecans", metrics, width)
    assert lines[0] == "Chocolate chip" and lines[1].endswith("…") and len(lines) == 2
    assert metrics.horizontalAdvance(lines[1]) <= width
    one_word = elide_lines("Supercalifragilisticexpialidocious biscuits", metrics, width)
    assert one_word[0].endswith("…") and one_word[1] == "biscuits"
    assert elide_lines("", metrics, width) == []
    # a number stays with its unit
    assert elide_lines("Logo Mug 12 oz", metrics, metrics.horizontalAdvance("Logo Mug 12")) == ["Logo Mug", "12 oz"]
    index, _ = _catalog()
    fmt = MoneyFormatter("USD")
    tee = [i for i in index.items if i.product_id == "p-tee"]
    assert price_texts(tee, fmt) == ("$15.00 – $17.00", "from $15.00")
    assert price_texts(tee[:1], fmt) == (fmt.format(tee[0].price),)  # type: ignore[arg-type]


def test_the_picker_lists_sizes_in_size_order(qtbot: Any) -> None:
    index, _ = _catalog()
    tee = [i for i in index.items if i.product_id == "p-tee"]
    assert [i.attributes[0][1] for i in tee] == ["L", "M", "S", "XL"]  # the index: name order
    dialog = VariantDialog(tee, MoneyFormatter("USD"))
    qtbot.addWidget(dialog)
    assert [i.variant_id for i in dialog.items] == ["v-S", "v-M", "v-L", "v-XL"]
    assert dialog.windowTitle() == "Logo Tee" and dialog.title.text() == "Logo Tee"
    assert [b.lines[0] for b in dialog.buttons] == ["S", "M", "L", "XL"]
    assert dialog.buttons[3].lines[1:] == ["$17.00", "SKU TEE-XL"]


def _open_picker(qtbot: Any, app: Any, tile: Any) -> VariantDialog:
    extras = app.workflow.extras
    before = extras.variant_dialog
    click(qtbot, tile)
    qtbot.waitUntil(lambda: extras.variant_dialog is not before and extras.variant_dialog.isVisible(),
                    timeout=flows.WAIT)
    dialog: VariantDialog = extras.variant_dialog
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.buttons[0], timeout=flows.WAIT)
    return dialog


def _key(qtbot: Any, dialog: VariantDialog, key: Qt.Key) -> None:
    """A key press where a person's goes: the focused button of the picker."""
    qtbot.keyClick(dialog.focusWidget() or dialog, key)


def test_variant_picker_by_keyboard_and_tap_and_the_order(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        view, panel = selling.view, selling.view.catalog
        index = app.core.catalog.index

        # one tile per product: every product of the category once, its variants behind it
        shown = [v[0].product_id for v in panel.tile_products]
        assert len(shown) == len(set(shown))
        assert all({i.product_id for i in v} == {v[0].product_id} for v in panel.tile_products)
        tile, variants = next((b, v) for b, v in zip(panel.product_buttons, panel.tile_products, strict=True)
                              if len(v) >= 3)
        assert sorted(i.variant_id for i in variants) == sorted(
            i.variant_id for i in index.items if i.product_id == variants[0].product_id)
        assert f"{len(variants)} options" in tile.lines
        low, high = min(i.price for i in variants), max(i.price for i in variants)
        assert tile.lines[-2] in (f"{flows.fmt(low)} – {flows.fmt(high)}", f"from {flows.fmt(low)}")
        assert tile.lines[-1].endswith("in stock")  # the stock of its variants together

        # the picker: the product's name, one button per variant with its values, price and SKU
        dialog = _open_picker(qtbot, app, tile)
        assert dialog.title.text() == variants[0].name and dialog.windowTitle() == variants[0].name
        assert sorted(i.variant_id for i in dialog.items) == sorted(i.variant_id for i in variants)
        for button, item in zip(dialog.buttons, dialog.items, strict=True):
            on_hand = app.core.checkout.on_hand(item)
            assert button.lines == [" / ".join(v for _, v in item.attributes),
                                    f"{flows.fmt(item.price)} · {on_hand} in stock", f"SKU {item.sku}"]
            assert button.height() >= 44 and button.width() >= 120
        assert view.model.rowCount() == 0

        # keyboard: Right, then Enter picks the second
        _key(qtbot, dialog, Qt.Key.Key_Right)
        assert dialog.focusWidget() is dialog.buttons[1]
        _key(qtbot, dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
        settled(qtbot, selling)
        picked = [dialog.items[1]]
        assert [line.variant_id for line in app.core.checkout.state.lines] == [picked[0].variant_id]
        assert view.model.index(0, 0).data() == picked[0].display_name

        # its number: 3 picks the third
        dialog = _open_picker(qtbot, app, tile)
        _key(qtbot, dialog, Qt.Key.Key_3)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
        settled(qtbot, selling)
        picked.append(dialog.items[2])

        # a tap on the first
        dialog = _open_picker(qtbot, app, tile)
        click(qtbot, dialog.buttons[0])
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
        settled(qtbot, selling)
        picked.append(dialog.items[0])
        assert [line.variant_id for line in app.core.checkout.state.lines] == [i.variant_id for i in picked]
        assert len(set(i.variant_id for i in picked)) == 3

        # a scan while the picker is open is a scan: the scanned item goes into the cart, the picker stays and
        # picks nothing (its digits are not keys); Esc adds nothing
        dialog = _open_picker(qtbot, app, tile)
        scanned = next(i for i in flows.priced_items(app, 20) if i.product_id not in {p.product_id for p in picked})
        qtbot.keyClicks(dialog.focusWidget(), scanned.barcode)
        _key(qtbot, dialog, Qt.Key.Key_Return)
        settled(qtbot, selling)
        assert dialog.isVisible() and "is in the cart" in dialog.notice.text()
        assert app.core.checkout.state.lines[-1].variant_id == scanned.variant_id
        picked.append(scanned)
        qtbot.wait(2 * MAX_GAP_MS)
        assert not dialog._settle.isActive() and dialog.isVisible()  # no digit of it was taken as a key
        _key(qtbot, dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=flows.WAIT)
        settled(qtbot, selling)
        assert len(app.core.checkout.state.lines) == 4

        # a one-variant product goes straight in
        single_tile, single = next((b, v) for b, v in zip(panel.product_buttons, panel.tile_products, strict=True)
                                   if len(v) == 1)
        opened = app.workflow.extras.variant_dialog
        click(qtbot, single_tile)
        settled(qtbot, selling)
        qtbot.waitUntil(lambda: len(app.core.checkout.state.lines) == 5, timeout=flows.WAIT)
        assert app.workflow.extras.variant_dialog is opened and not opened.isVisible()
        picked.append(single[0])

        # search still finds one variant by its SKU
        press(qtbot, app.window, Qt.Key.Key_F3)
        flows.type_into(qtbot, panel.search_edit, picked[1].sku)
        qtbot.waitUntil(lambda: bool(panel.result_items()), timeout=flows.WAIT)
        assert panel.result_items()[0].variant_id == picked[1].variant_id
        panel.clear_search()

        # pay exact in cash, complete: Final POS holds the variants picked
        total = app.core.checkout.price().total
        order = flows.server_order(qtbot, app, http, flows.pay_exact_and_complete(qtbot, app))
        assert [(li["productId"], li["variantId"], li["sku"]) for li in order["lineItems"]] == [
            (i.product_id, i.variant_id, i.sku) for i in picked]
        assert [Decimal(str(li["quantity"])) for li in order["lineItems"]] == [Decimal(1)] * 5
        assert Decimal(order["summary"]["total"]) == total
    finally:
        http.close()
        flows.close_app(qtbot, app)
