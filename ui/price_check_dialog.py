"""Price check (F11 on the sell screen): scan an item, or type to find it, and see its price, a sale, its stock
and its codes. Nothing is added to the cart: a customer's "how much is this?" never changes the sale.

A scan while the dialog is open is the dialog's (the sell flow hands it over), wherever the focus is.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from register.services.catalog import CatalogIndex, CatalogItem
from register.text import printable
from ui.catalog_panel import stock_text
from ui.money_format import MoneyFormatter
from ui.scanner import split_quantity
from ui.widgets import NoticeLabel, PlainLabel, dismiss_button, heading, hint

RESULTS = 6


class PriceCheckDialog(QDialog):
    """A code or a search; the item's price, sale, stock and codes (window-modal, opened with ``open()``)."""

    def __init__(self, index: CatalogIndex, fmt: MoneyFormatter, on_hand: Callable[[CatalogItem], Decimal | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index, self.fmt, self.on_hand = index, fmt, on_hand
        self.item: CatalogItem | None = None
        """The item shown."""
        self.setObjectName("priceCheckDialog")
        self.setWindowTitle(self.tr("Price check"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Price check")))
        layout.addWidget(hint(self.tr("Scan the item, or type its name, SKU or barcode. Nothing is added to the "
                                      "sale.")))
        self.search_edit = QLineEdit(objectName="priceCheckSearch")
        self.search_edit.setPlaceholderText(self.tr("name, SKU or barcode"))
        self.search_edit.setAccessibleName(self.tr("Item to check"))
        self.search_edit.textChanged.connect(self._on_text_changed)
        self.search_edit.returnPressed.connect(self._on_return)
        layout.addWidget(self.search_edit)
        self.results = QListWidget(objectName="priceCheckResults")
        self.results.setAccessibleName(self.tr("Items found"))
        self.results.setMaximumHeight(44 * 3 + 8)
        self.results.itemClicked.connect(self._on_result)
        self.results.itemActivated.connect(self._on_result)
        self.results.hide()
        layout.addWidget(self.results)
        self.name_label = PlainLabel(objectName="priceCheckName")
        self.name_label.setWordWrap(True)
        self.price_label = PlainLabel(objectName="priceCheckPrice")
        self.sale_label = PlainLabel(objectName="priceCheckSale")
        self.stock_label = PlainLabel(objectName="priceCheckStock")
        self.codes_label = PlainLabel(objectName="priceCheckCodes")
        for label in (self.name_label, self.price_label, self.sale_label, self.stock_label, self.codes_label):
            layout.addWidget(label)
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.close_button = dismiss_button(self, self.tr("Close"))
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_item(None)

    def show_code(self, code: str) -> bool:
        """Show the item with this barcode or SKU (a scan); False, said, when there is none."""
        _quantity, code = split_quantity(code)  # a quantity typed before a scan means nothing here
        item = self.index.lookup(code)
        if item is None:
            self.show_item(None)
            self.notice.show_message(self.tr("No product has the code “{code}”.").format(code=code.strip()))
            return False
        self.search_edit.blockSignals(True)
        self.search_edit.setText(code.strip())
        self.search_edit.blockSignals(False)
        self.results.hide()
        self.show_item(item)
        return True

    def show_item(self, item: CatalogItem | None) -> None:
        """Show ``item``'s price, sale, stock and codes (None: nothing yet)."""
        self.item = item
        self.notice.clear_message()
        if item is None:
            for label in (self.name_label, self.price_label, self.sale_label, self.stock_label, self.codes_label):
                label.setText("")
            return
        self.name_label.setText(item.display_name)
        self.price_label.setText(self.fmt.format(item.price) if item.price is not None else self.tr("no price"))
        self.sale_label.setText(self.tr("On sale: the regular price is {price}.").format(
            price=self.fmt.format(item.regular_price)) if item.regular_price is not None else "")
        on_hand = self.on_hand(item)
        words = stock_text(on_hand)
        if words and not item.allow_backorder and on_hand is not None and on_hand <= 0:
            words += " — " + self.tr("cannot be sold without a manager")
        self.stock_label.setText(words)
        self.stock_label.setProperty("low", on_hand is not None and on_hand <= 0)
        self.stock_label.style().unpolish(self.stock_label)
        self.stock_label.style().polish(self.stock_label)
        codes = [self.tr("SKU {sku}").format(sku=item.sku) if item.sku else "",
                 self.tr("Barcode {code}").format(code=item.barcode) if item.barcode else ""]
        self.codes_label.setText("   ".join(c for c in codes if c))

    def _on_text_changed(self, text: str) -> None:
        self.results.clear()
        found = self.index.search(text, RESULTS) if text.strip() else []
        for item in found:
            row = QListWidgetItem(printable(item.display_name))
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.results.addItem(row)
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)
            self.show_item(found[0])

    def _on_return(self) -> None:
        text = self.search_edit.text().strip()
        if text and self.index.lookup(text) is not None:
            self.show_code(text)
        elif self.results.currentItem() is not None:
            self._on_result(self.results.currentItem())

    def _on_result(self, row: QListWidgetItem) -> None:
        item = row.data(Qt.ItemDataRole.UserRole)
        if isinstance(item, CatalogItem):
            self.show_item(item)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search_edit.setFocus()
