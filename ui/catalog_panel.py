"""Finding products on the sell screen: search as you type (name, SKU, barcode), category and product tiles.

The catalog is the core's in-memory :class:`CatalogIndex`: lookups and searches are memory-only and fast
(no I/O on the GUI thread). Tiles are touch-sized buttons; everything is reachable by keyboard (Tab,
arrows, Enter).
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from register.store.search import CatalogIndex, CatalogItem
from ui.money_format import MoneyFormatter

SEARCH_LIMIT = 40
TILE_LIMIT = 60
"""Product tiles shown per category (the rest are found by search)."""
TILE_COLUMNS = 3


def _wrap(name: str, width: int = 16) -> list[str]:
    """A product name on at most two lines of a tile (a button does not wrap by itself)."""
    lines = textwrap.wrap(name, width) or [name]
    if len(lines) > 2:
        lines = [lines[0], lines[1][: width - 1] + "…"]
    return lines


def _tile(text: str, name: str) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setMinimumSize(120, 64)
    button.setAutoDefault(False)
    return button


class CatalogPanel(QWidget):
    """Search box over results, or category tiles over product tiles."""

    item_chosen = Signal(object)
    """A :class:`CatalogItem` picked from the results or the tiles."""
    code_entered = Signal(str)
    """Enter on a search text that is exactly a barcode or SKU."""

    def __init__(self, fmt: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.index = CatalogIndex()
        self._categories: list[tuple[str, str]] = []
        self._by_category: dict[str, list[CatalogItem]] = {}
        self.category_buttons: dict[str, QPushButton] = {}
        self.product_buttons: list[QPushButton] = []
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.search_edit = QLineEdit(objectName="searchEdit")
        self.search_edit.setPlaceholderText("Search by name, SKU or barcode  (F3)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        layout.addWidget(self.search_edit)
        self.pages = QStackedWidget()
        # tiles: categories on top, the chosen category's products below
        tiles = QWidget()
        tiles_layout = QVBoxLayout(tiles)
        tiles_layout.setContentsMargins(0, 0, 0, 0)
        self.category_grid = QGridLayout()
        self.category_grid.setSpacing(6)
        tiles_layout.addLayout(self.category_grid)
        self.category_label = QLabel(objectName="categoryLabel")
        tiles_layout.addWidget(self.category_label)
        scroll = QScrollArea(objectName="productScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(objectName="productTiles")
        self.product_grid = QGridLayout(holder)
        self.product_grid.setSpacing(6)
        self.product_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(holder)
        tiles_layout.addWidget(scroll, 1)
        self.pages.addWidget(tiles)
        self.results = QListWidget(objectName="searchResults")
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)
        self.pages.addWidget(self.results)
        layout.addWidget(self.pages, 1)

    # data ----------------------------------------------------------------------------------------
    def set_catalog(self, index: CatalogIndex, categories: Sequence[Mapping[str, Any]]) -> None:
        """The items to sell and the category records (name, menuOrder) to tile them by."""
        self.index = index
        self._by_category = {}
        for item in index.items:
            for category in item.category_ids:
                self._by_category.setdefault(category, []).append(item)
        ordered = sorted(categories, key=lambda c: (c.get("menuOrder") or 0, str(c.get("name") or "")))
        self._categories = [(str(c["id"]), str(c.get("name") or "")) for c in ordered
                            if str(c.get("id")) in self._by_category]
        while self.category_grid.count():
            widget = self.category_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.category_buttons = {}
        columns = 4
        for n, (category_id, name) in enumerate(self._categories):
            button = _tile(name, "categoryTile")
            button.setProperty("role", "secondary")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=category_id: self.show_category(c))
            self.category_grid.addWidget(button, n // columns, n % columns)
            self.category_buttons[category_id] = button
        if self._categories:
            self.show_category(self._categories[0][0])
        self._on_search_edit_text_changed(self.search_edit.text())

    def show_category(self, category_id: str) -> None:
        """The product tiles of one category."""
        for cid, button in self.category_buttons.items():
            button.setChecked(cid == category_id)
        name = dict(self._categories).get(category_id, "")
        items = self._by_category.get(category_id, [])
        more = f" (first {TILE_LIMIT} of {len(items)}: search for the rest)" if len(items) > TILE_LIMIT else ""
        self.category_label.setText(f"{name}{more}")
        while self.product_grid.count():
            widget = self.product_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.product_buttons = []
        for n, item in enumerate(items[:TILE_LIMIT]):
            price = self.fmt.format(item.price) if item.price is not None else "no price"
            variant = ", ".join(value for _, value in item.attributes)
            button = _tile("\n".join(x for x in (*_wrap(item.name), variant, price) if x), "productTile")
            button.setToolTip(f"{item.display_name} — {price}")
            button.setProperty("sku", item.sku or "")
            button.clicked.connect(lambda _=False, i=item: self.item_chosen.emit(i))
            self.product_grid.addWidget(button, n // TILE_COLUMNS, n % TILE_COLUMNS)
            self.product_buttons.append(button)

    # search --------------------------------------------------------------------------------------
    def search_for(self, text: str) -> None:
        """Put ``text`` in the search box (typed outside it) and go on typing there."""
        self.search_edit.setFocus()
        self.search_edit.setText(self.search_edit.text() + text)

    def clear_search(self) -> None:
        """Back to the tiles."""
        self.search_edit.clear()

    def _on_search_edit_text_changed(self, text: str) -> None:
        if not text.strip():
            self.pages.setCurrentIndex(0)
            self.results.clear()
            return
        self.results.clear()
        for item in self.index.search(text, SEARCH_LIMIT):
            price = self.fmt.format(item.price) if item.price is not None else "no price"
            codes = " · ".join(x for x in (item.sku, item.barcode) if x)
            row = QListWidgetItem(f"{item.display_name}    {price}    {codes}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.results.addItem(row)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.results.addItem(QListWidgetItem(f"Nothing matches {text.strip()!r}."))
        self.pages.setCurrentIndex(1)

    def result_items(self) -> list[CatalogItem]:
        """The items listed as results, in order."""
        found = (self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count()))
        return [item for item in found if item is not None]

    def _on_search_edit_return_pressed(self) -> None:
        text = self.search_edit.text().strip()
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
        """Up/Down in the search box move through the results (Enter adds the highlighted one)."""
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.pages.currentIndex() == 1
                and self.results.count()):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
            return True
        return False
