"""Finding products on the sell screen: search as you type (name, SKU, barcode), category and product tiles.

The catalog is the core's :class:`CatalogIndex` (SQLite on this station's disk, answering in a millisecond or
two; each category's first products come grouped with it). Tiles are touch-sized buttons; everything is
reachable by keyboard (Tab, arrows, Enter). A product tile stands for all of a product's variants: a product
with one variant is added at a tap; one with more asks which (``variants_requested``, see
:mod:`ui.variant_dialog`). Search results and scans still find each variant by itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from register.services.catalog import CatalogIndex, CatalogItem, CategoryProducts
from register.text import printable
from ui import i18n
from ui.money_format import MoneyFormatter
from ui.scanner import split_quantity
from ui.widgets import PlainLabel, TouchButton, plain_tip

translate = QCoreApplication.translate

SEARCH_LIMIT = 40
TILE_LIMIT = 60
"""Product tiles shown per category (the rest are found by search)."""
TILE_COLUMNS = 3
CATEGORY_COLUMNS = 4
ELLIPSIS = "…"
_NUMBER = re.compile(r"[\d.,/x×]*\d")


def elide_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int = 2) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines no wider than ``width`` pixels; a line
    whose words do not fit ends in "…" (the last line, or a word too long for any line). A number stays
    with the word after it ("12 oz", "4 pk")."""
    words: list[str] = []
    for word in text.split():
        if words and _NUMBER.fullmatch(words[-1].rsplit(" ", 1)[-1]):
            words[-1] += " " + word
        else:
            words.append(word)
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        n = 0
        while n < len(words) and metrics.horizontalAdvance(" ".join(words[: n + 1])) <= width:
            n += 1
        lines.append(" ".join(words[:n]) if n else _elided(words[0], metrics, width))
        words = words[max(n, 1):]
    if words:
        lines.append(_elided(" ".join(words), metrics, width))
    return lines


def _elided(text: str, metrics: QFontMetrics, width: int) -> str:
    line = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if line.endswith(" " + ELLIPSIS):  # "Colombia …" reads as a word missing, "Colombia…" as cut short
        line = line[:-2].rstrip() + ELLIPSIS
    return line


class TileButton(TouchButton):
    """A touch-sized tile: a title on up to ``title_lines`` lines, then one line per detail, every line fitted
    to the tile's width with "…" (a button neither wraps nor elides by itself); it is fitted again whenever
    the tile is resized. Each detail is a choice of texts, longest first: the first that fits is shown.
    ``shrink``: a title word too long for the tile (one-word category names) is shown in a smaller font, down to
    four fifths of the size, before it is cut."""

    def __init__(self, title: str, details: Sequence[Sequence[str]] = (), *, name: str, title_lines: int = 2,
                 height_lines: int = 0, min_width: int = 120, shrink: bool = False, optional: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shrink = shrink
        self.optional = optional
        """The last details that give way to a title needing all its lines (the tooltip still says them)."""
        self.setObjectName(name)
        self.title = printable(title)  # a catalog name: no control characters, no bidi tricks
        self.details = [tuple(printable(c) for c in choices) for choices in details if any(choices)]
        self.title_lines = title_lines
        self.height_lines = height_lines or title_lines + len(self.details)
        """Lines the tile is high enough for (the same for every tile of a grid: its rows line up)."""
        self.lines: list[str] = []
        """The lines on the tile now, as a person reads them."""
        self.setMinimumWidth(min_width)
        self.setAutoDefault(False)
        self._fit()

    def text_width(self) -> int:
        """Pixels a line may take: the tile less its border and padding (the focus border is wider)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.state |= QStyle.StateFlag.State_HasFocus
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return max(contents.width() - 2, 1)

    def _fit(self) -> None:
        metrics, width = self.fontMetrics(), self.text_width()
        if self.shrink:
            metrics = self._shrunk(width)
        lines = elide_lines(self.title, metrics, width, self.title_lines)
        details = self.details
        while len(details) > len(self.details) - self.optional and len(lines) + len(details) > self.height_lines:
            details = details[:-1]
        for choices in details:
            fits = next((c for c in choices if metrics.horizontalAdvance(c) <= width), None)
            lines.append(fits if fits is not None else _elided(choices[-1], metrics, width))
        if lines != self.lines:
            self.lines = lines
            self.setText("\n".join(line.replace("&", "&&") for line in lines))  # "&" is not a mnemonic here

    _SHRINK = (1.0, 0.9, 0.8)
    """The font sizes a ``shrink`` tile tries, as parts of the stylesheet's (the theme names each: ``shrink``)."""

    def _shrunk(self, width: int) -> QFontMetrics:
        """The font, of the theme's steps, in which every word of the title fits ``width``."""
        level = int(self.property("shrink") or 0)
        base = self.font().pointSizeF() / self._SHRINK[level]
        longest = max(self.title.split(), key=len, default="")
        font = self.font()
        chosen = len(self._SHRINK) - 1
        for n, factor in enumerate(self._SHRINK):
            font.setPointSizeF(base * factor)
            if QFontMetrics(font).horizontalAdvance(longest) <= width:
                chosen = n
                break
        font.setPointSizeF(base * self._SHRINK[chosen])
        if chosen != level:
            self._fitting = True  # the polish below sends style and font changes: not a reason to fit again
            try:
                self.setProperty("shrink", str(chosen))
                self.style().unpolish(self)
                self.style().polish(self)
            finally:
                self._fitting = False
        return QFontMetrics(font)

    def sizeHint(self) -> QSize:
        """As high as ``height_lines``, as narrow as allowed: the layout shares the width out, and the text
        follows the width, never the other way round."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = QSize(self.minimumWidth(), self.fontMetrics().lineSpacing() * self.height_lines)
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)
        return QSize(self.minimumWidth(), max(size.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # the stylesheet's font arrived
            if self._fitting:
                return
            self._fitting = True
            try:
                self._fit()
            finally:
                self._fitting = False
            self.updateGeometry()

    _fitting = False


def price_texts(items: Sequence[CatalogItem], fmt: MoneyFormatter) -> tuple[str, ...]:
    """The price of a product's variants: one price, else the range ("$12.00 – $15.00") or, where that is
    too long, "from $12.00". A sale price says so ("$3.78 sale, was $4.45", or "$3.78 sale")."""
    prices = sorted({item.price for item in items if item.price is not None})
    if not prices:
        return (translate("CatalogPanel", "no price"),)
    on_sale = [item for item in items if item.regular_price is not None]
    if len(prices) == 1:
        price = fmt.format(prices[0])
        if on_sale and len(items) == 1:
            regular = fmt.format(on_sale[0].regular_price or prices[0])
            return (translate("CatalogPanel", "{price} sale, was {regular}").format(price=price, regular=regular),
                    translate("CatalogPanel", "{price} sale").format(price=price))
        return (price,)
    low = fmt.format(prices[0])
    return (f"{low} – {fmt.format(prices[-1])}", translate("CatalogPanel", "from {price}").format(price=low))


def stock_text(on_hand: Decimal | None) -> str:
    """Stock on hand in words ("12 in stock", "Out of stock"; "" where stock is not managed)."""
    if on_hand is None:
        return ""
    if on_hand <= 0:
        return translate("CatalogPanel", "Out of stock")
    return translate("CatalogPanel", "{count} in stock").format(count=i18n.quantity(on_hand))


class CatalogPanel(QWidget):
    """Search box over results, or category tiles over product tiles."""

    item_chosen = Signal(object)
    """A :class:`CatalogItem` picked from the results or a one-variant product's tile."""
    variants_requested = Signal(object)
    """The variants (a tuple of :class:`CatalogItem`) of a product whose tile was tapped: which one?"""
    code_entered = Signal(str)
    """Enter on a search text that is exactly a barcode or SKU."""

    def __init__(self, fmt: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.on_hand: Callable[[CatalogItem], Decimal | None] = lambda _item: None
        """Stock on hand of an item (the sell flow gives the core's figure; None where stock is not managed)."""
        self.index = CatalogIndex()
        self._categories: list[tuple[str, str]] = []
        self._by_category: Mapping[str, CategoryProducts] = {}
        self.category_buttons: dict[str, TileButton] = {}
        self._shown_category = ""
        self.product_buttons: list[TileButton] = []
        self.tile_products: list[tuple[CatalogItem, ...]] = []
        """The variants behind each product tile, in the tiles' order."""
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search by name, SKU or barcode") + "  (F3)")
        self.search_edit.setAccessibleName(self.tr("Search by name, SKU or barcode"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        search_row = QHBoxLayout()
        search_row.setSpacing(6)
        search_row.addWidget(self.search_edit, 1)
        self.quantity_chip = PlainLabel(objectName="quantityChip")
        self.quantity_chip.hide()
        search_row.addWidget(self.quantity_chip)
        self.search_row = search_row
        layout.addLayout(search_row)
        self.pages = QStackedWidget()
        # tiles: categories on top, the chosen category's products below
        tiles = QWidget()
        tiles_layout = QVBoxLayout(tiles)
        tiles_layout.setContentsMargins(0, 0, 0, 0)
        self.category_grid = QGridLayout()
        self.category_grid.setSpacing(6)
        for column in range(CATEGORY_COLUMNS):
            self.category_grid.setColumnStretch(column, 1)
        tiles_layout.addLayout(self.category_grid)
        self.category_label = PlainLabel(objectName="categoryLabel")
        tiles_layout.addWidget(self.category_label)
        scroll = QScrollArea(objectName="productScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(objectName="productTiles")
        self.product_grid = QGridLayout(holder)
        self.product_grid.setSpacing(6)
        self.product_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column in range(TILE_COLUMNS):
            self.product_grid.setColumnStretch(column, 1)
        scroll.setWidget(holder)
        tiles_layout.addWidget(scroll, 1)
        self.pages.addWidget(tiles)
        self.results = QListWidget(objectName="searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)
        self.pages.addWidget(self.results)
        layout.addWidget(self.pages, 1)

    # data ----------------------------------------------------------------------------------------
    def set_catalog(self, index: CatalogIndex, categories: Sequence[Mapping[str, Any]]) -> None:
        """The items to sell and the category records (name, menuOrder) to tile them by."""
        self.index = index
        self._by_category = index.products_by_category  # grouped where the index was built, off the loop
        ordered = sorted(categories, key=lambda c: (c.get("menuOrder") or 0, str(c.get("name") or "")))
        shown = [(str(c["id"]), str(c.get("name") or "")) for c in ordered if str(c.get("id")) in self._by_category]
        # a refresh that changed nothing on screen rebuilds nothing: a tile rebuild freezes the screen ~60 ms
        if shown != self._categories or not self.category_buttons:
            self._categories = shown
            self._build_category_tiles()
        if self._categories:  # the category on screen stays (a catalog refresh while selling)
            shown_id = self._shown_category if self._shown_category in self.category_buttons else shown[0][0]
            self.show_category(shown_id)
        self._on_search_edit_text_changed(self.search_edit.text())

    def _build_category_tiles(self) -> None:
        _clear(self.category_grid)
        self.category_buttons = {}
        for n, (category_id, name) in enumerate(self._categories):
            button = TileButton(name, name="categoryTile", min_width=80, shrink=True)
            button.setToolTip(plain_tip(name))
            button.setProperty("role", "secondary")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=category_id: self.show_category(c))
            self.category_grid.addWidget(button, n // CATEGORY_COLUMNS, n % CATEGORY_COLUMNS)
            self.category_buttons[category_id] = button

    def show_category(self, category_id: str) -> None:
        """The product tiles of one category."""
        for cid, button in self.category_buttons.items():
            button.setChecked(cid == category_id)
        name = dict(self._categories).get(category_id, "")
        products = self._by_category.get(category_id) or CategoryProducts(0, ())
        more = (" " + self.tr("(first {shown} of {count}: search for the rest)").format(shown=TILE_LIMIT,
                                                                                       count=products.total)
                if products.total > TILE_LIMIT else "")
        self.category_label.setText(f"{name}{more}")
        tiles = list(products.first[:TILE_LIMIT])
        if category_id == self._shown_category and tiles == self.tile_products and self.product_buttons:
            self.tile_products = tiles  # the same products, names and prices: the tiles on screen stay
            return
        self._shown_category = category_id
        _clear(self.product_grid)
        self.product_buttons = []
        self.tile_products = tiles
        for n, variants in enumerate(self.tile_products):
            button = self._product_tile(variants)
            button.clicked.connect(lambda _=False, v=variants: self._on_product_tile_clicked(v))
            self.product_grid.addWidget(button, n // TILE_COLUMNS, n % TILE_COLUMNS)
            self.product_buttons.append(button)

    def _product_tile(self, variants: tuple[CatalogItem, ...]) -> TileButton:
        first = variants[0]
        prices = price_texts(variants, self.fmt)
        stock = self._stock_words(variants)
        if len(variants) == 1:
            attributes = ", ".join(value for _, value in first.attributes)
            details: list[tuple[str, ...]] = [(attributes,)] if attributes else []
            tip = f"{first.display_name} — {prices[0]}"
        else:
            options = self.tr("%n options", "", len(variants))
            details = [(options,)]
            tip = f"{first.name} — {options}, {prices[0]}"
        optional = 0
        if stock and len(details) < 1:  # room for the stock on a line of its own
            details += [prices, (stock,)]
        elif stock and len(variants) > 1:  # under the price, unless the name needs that line
            details += [prices, (stock,)]
            optional = 1
        elif stock:
            details.append(tuple(f"{p} · {stock}" for p in prices) + prices)
        else:
            details.append(prices)
        # five lines: a long name takes three ("Decaf / Colombia Whole / Bean") before it would be cut
        button = TileButton(first.name, details, name="productTile", title_lines=5 - len(details) + optional,
                            height_lines=5, optional=optional)
        button.setToolTip(plain_tip(tip + (f" — {stock}" if stock else "")))
        if len(variants) == 1:
            button.setProperty("sku", first.sku or "")
        return button

    def _stock_words(self, variants: Sequence[CatalogItem]) -> str:
        """What the tile says of the stock: the stock on hand of its variants together ("" where unmanaged)."""
        figures = [self.on_hand(item) for item in variants]
        known = [f for f in figures if f is not None]
        return stock_text(sum((max(f, Decimal(0)) for f in known), Decimal(0))) if known else ""

    def refresh_stock(self) -> None:
        """The tiles and results again with today's stock (after a sale, a catalog load)."""
        if self.tile_products:
            self._shown_category, shown = "", self._shown_category
            self.show_category(shown)
        self._on_search_edit_text_changed(self.search_edit.text())

    def _on_product_tile_clicked(self, variants: tuple[CatalogItem, ...]) -> None:
        if len(variants) == 1:
            self.item_chosen.emit(variants[0])
        else:
            self.variants_requested.emit(variants)

    # search --------------------------------------------------------------------------------------
    def search_for(self, text: str) -> None:
        """Put ``text`` in the search box (typed outside it) and go on typing there."""
        self.search_edit.setFocus()
        self.search_edit.setText(self.search_edit.text() + text)

    def clear_search(self) -> None:
        """Back to the tiles (and no quantity waiting for the next item)."""
        self.search_edit.clear()

    def pending_quantity(self) -> str | None:
        """A quantity typed before the next item ("3*" or "3×" in the search box), as typed; None without one."""
        quantity, _rest = split_quantity(self.search_edit.text())
        return quantity

    def search_text(self) -> str:
        """What is searched for: the search box without a quantity typed before it."""
        return split_quantity(self.search_edit.text())[1]

    def _on_search_edit_text_changed(self, text: str) -> None:
        quantity, text = split_quantity(text)
        self.quantity_chip.setText(f"{quantity} ×" if quantity else "")  # short: the search box keeps its width
        self.quantity_chip.setToolTip(plain_tip(self.tr("{quantity} ×: the next item comes {quantity} times").format(
            quantity=quantity)) if quantity else "")
        self.quantity_chip.setVisible(quantity is not None)
        if not text.strip():
            self.pages.setCurrentIndex(0)
            self.results.clear()
            return
        self.results.clear()
        for item in self.index.search(text, SEARCH_LIMIT):  # every keystroke: only what each row needs
            if item.price is None:
                price = self.tr("no price")
            elif item.regular_price is not None:
                price = price_texts((item,), self.fmt)[0]
            else:
                price = self.fmt.format(item.price)
            codes = " · ".join(x for x in (item.sku, item.barcode) if x)
            stock = stock_text(self.on_hand(item)) if item.manage_stock else ""
            row = QListWidgetItem(printable("    ".join(x for x in (item.display_name, price, stock, codes) if x)))
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.results.addItem(row)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.results.addItem(QListWidgetItem(printable(self.tr("Nothing matches “{text}”.").format(
                text=text.strip()))))
        self.pages.setCurrentIndex(1)

    def result_items(self) -> list[CatalogItem]:
        """The items listed as results, in order."""
        found = (self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count()))
        return [item for item in found if item is not None]

    def _on_search_edit_return_pressed(self) -> None:
        text = self.search_text().strip()
        if not text:
            return
        if self.index.lookup(text) is not None:
            self.code_entered.emit(text)
            return
        row = self.results.currentItem()
        item = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if item is not None:
            self.item_chosen.emit(item)

    def _on_results_item_activated(self, row: QListWidgetItem) -> None:
        item = row.data(Qt.ItemDataRole.UserRole)
        if item is not None:
            self.item_chosen.emit(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search box move through the results (Enter adds the highlighted one); Esc in a search
        box with text clears the search (and leaves the screen only when pressed again)."""
        if (watched is self.search_edit and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.search_edit.text()):
            if event.type() == QEvent.Type.ShortcutOverride:  # the box takes Esc from the screen's shortcut
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.clear_search()
                return True
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.pages.currentIndex() == 1
                and self.results.count()):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
            return True
        return False


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
