"""The catalog in memory: O(1) lookup by barcode and SKU, and search as you type.

Built once from the catalog cache (products and their variants, as the API returns them) and rebuilt
after a sync. Search matches every word of the query as a prefix or a substring of the name, SKU or
barcode, ignoring case and accents ("creme" finds "Crème brûlée"); names that start with the query come
first, then names with a word starting with it, then the rest, each group in name order.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from register.money import to_decimal


def normalize(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (NFKD, combining marks dropped, casefolded)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_LAST_CHAR = chr(0x10FFFF)  # after every character: ``first + _LAST_CHAR`` bounds the names starting with ``first``


def _joined(texts: Iterable[str]) -> tuple[str, list[int]]:
    """``texts`` in one string, a newline after each (a query word has no whitespace: it never matches across
    two), and where each starts, with the end of the string last."""
    offsets, at, parts = [], 0, []
    for text in texts:
        offsets.append(at)
        parts.append(text)
        at += len(text) + 1
    offsets.append(at)
    return "\n".join(parts) + "\n", offsets


def _code_key(code: str) -> str:
    return code.strip().upper()


@dataclass(frozen=True, slots=True)
class CatalogItem:
    """One sellable thing: a variant of a product (a simple product is its own single variant)."""

    product_id: str
    variant_id: str | None
    name: str
    sku: str | None
    barcode: str | None
    price: Decimal | None
    tax_table_id: str | None
    category_ids: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()
    manage_stock: bool = False
    allow_backorder: bool = True
    """May be sold with no stock left (Final POS's ``allowBackorder``; an item whose stock is not managed may)."""
    inventory: tuple[tuple[str, Decimal], ...] = ()
    """Stock per outlet as Final POS last reported it: (outlet id, stock)."""
    regular_price: Decimal | None = None
    """The price before the sale, when the variant is on sale (``price`` is then the sale price)."""
    sold_by_weight: bool = False
    """Sold by weight (a decimal quantity): the product's or variant's metadata ``soldBy`` is ``weight``."""
    _haystack: str = field(default="", compare=False, repr=False)
    _name_key: str = field(default="", compare=False, repr=False)

    def stock_at(self, outlet_id: str | None) -> Decimal | None:
        """The stock at ``outlet_id`` as Final POS last reported it (None: not managed, or not known there)."""
        if not self.manage_stock:
            return None
        return next((stock for outlet, stock in self.inventory if outlet == outlet_id), None)

    @property
    def display_name(self) -> str:
        """Name with the variant's attributes ("Latte — Large")."""
        if not self.attributes:
            return self.name
        return f"{self.name} — {', '.join(value for _, value in self.attributes)}"


def _price(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return to_decimal(value, field="price")  # records are parsed with parse_float=Decimal: no floats
    except (TypeError, ValueError):
        return None


def _stock(value: Any) -> Decimal | None:
    try:
        return to_decimal(value, field="stock") if value is not None else None
    except (TypeError, ValueError):
        return None


def _inventory(variant: Mapping[str, Any]) -> tuple[tuple[str, Decimal], ...]:
    rows = variant.get("inventory") or ()
    found = ((str(r.get("outletId") or ""), _stock(r.get("stock"))) for r in rows if isinstance(r, Mapping))
    return tuple((outlet, stock) for outlet, stock in found if stock is not None)


def _by_weight(*records: Mapping[str, Any]) -> bool:
    """Whether the metadata of the first record that says (the variant, then its product) is ``soldBy: weight``."""
    for record in records:
        for entry in record.get("metadata") or ():
            if isinstance(entry, Mapping) and str(entry.get("key") or "") == "soldBy":
                return str(entry.get("value") or "").strip().lower() == "weight"
    return False


def items_from_records(
    products: Iterable[Mapping[str, Any]], variants: Iterable[Mapping[str, Any]]
) -> list[CatalogItem]:
    """Sellable items from product and variant records (wire dicts). Products without variants sell as is."""
    by_product: dict[str, list[Mapping[str, Any]]] = {}
    for variant in variants:
        pid = variant.get("productId")
        if pid:
            by_product.setdefault(str(pid), []).append(variant)
    items: list[CatalogItem] = []
    for product in products:
        pid = str(product.get("id") or product.get("_id") or "")
        if not pid or product.get("status") in ("draft", "trash", "private"):
            continue
        name = str(product.get("name") or "").strip() or "(no name)"
        table = product.get("taxTable")
        categories = tuple(str(c) for c in product.get("categories") or ())
        own = by_product.get(pid, [])
        if not own:
            items.append(_item(pid, None, name, product.get("sku"), None, _price(product.get("minPrice")),
                               table, categories, (), False, weighed=_by_weight(product)))
            continue
        for variant in own:
            attrs = tuple((str(a.get("name", "")), str(a.get("value", "")))
                          for a in variant.get("attributes") or () if isinstance(a, Mapping))
            on_sale = bool(variant.get("isOnSale")) and _price(variant.get("salePrice")) is not None
            items.append(_item(pid, str(variant.get("id") or variant.get("_id") or ""), name,
                               variant.get("sku") or product.get("sku"), variant.get("barcode"),
                               _price(variant.get("salePrice") if on_sale else variant.get("price")),
                               table, categories, attrs, bool(variant.get("manageStock")),
                               backorder=variant.get("allowBackorder") is not False or not variant.get("manageStock"),
                               inventory=_inventory(variant),
                               regular=_price(variant.get("price")) if on_sale else None,
                               weighed=_by_weight(variant, product)))
    return items


def _item(pid: str, vid: str | None, name: str, sku: Any, barcode: Any, price: Decimal | None, table: Any,
          categories: tuple[str, ...], attrs: tuple[tuple[str, str], ...], manage_stock: bool, *,
          backorder: bool = True, inventory: tuple[tuple[str, Decimal], ...] = (), regular: Decimal | None = None,
          weighed: bool = False) -> CatalogItem:
    sku_s = str(sku).strip() if sku else None
    code_s = str(barcode).strip() if barcode else None
    regular = regular if regular is not None and price is not None and regular > price else None
    item = CatalogItem(pid, vid or None, name, sku_s, code_s, price, str(table) if table else None, categories,
                       attrs, manage_stock, backorder, inventory, regular, weighed)
    display = normalize(item.display_name)
    object.__setattr__(item, "_name_key", display)
    object.__setattr__(item, "_haystack", " ".join(x for x in (display, normalize(sku_s or ""), code_s or "") if x))
    return item


def _products_by_category(items: Iterable[CatalogItem]) -> dict[str, tuple[tuple[CatalogItem, ...], ...]]:
    grouped: dict[str, dict[str, list[CatalogItem]]] = {}
    for item in items:
        for category in item.category_ids:
            grouped.setdefault(category, {}).setdefault(item.product_id, []).append(item)
    return {category: tuple(tuple(variants) for variants in products.values())
            for category, products in grouped.items()}


class CatalogIndex:
    """Lookup and search over the sellable items."""

    def __init__(self, items: Iterable[CatalogItem] = ()) -> None:
        self._items: list[CatalogItem] = sorted(items, key=lambda i: i._name_key)
        self._keys = [item._name_key for item in self._items]
        self._name_blob, self._name_offsets = _joined(self._keys)
        self._hay_blob, self._hay_offsets = _joined(item._haystack for item in self._items)
        self._by_code: dict[str, CatalogItem] = {}
        self._by_sku: dict[str, CatalogItem] = {}
        for item in self._items:
            if item.barcode:
                key = _code_key(item.barcode)
                self._by_code.setdefault(key, item)
                if len(key) == 13 and key.startswith("0"):  # an EAN-13 read by a UPC-A scanner
                    self._by_code.setdefault(key[1:], item)
            if item.sku:
                self._by_sku.setdefault(_code_key(item.sku), item)
        self.products_by_category = _products_by_category(self._items)
        """Category id → its products (each the tuple of its variants), in name order: the sell screen's
        tiles, grouped here (off the event loop, where the index is built) rather than on every catalog load."""

    def __len__(self) -> int:
        return len(self._items)

    @property
    def items(self) -> list[CatalogItem]:
        """Every item, in name order."""
        return self._items

    def lookup(self, code: str) -> CatalogItem | None:
        """The item with this barcode or, failing that, this SKU (what a scanner or a typed code gives)."""
        key = _code_key(code)
        if not key:
            return None
        return self._by_code.get(key) or self._by_sku.get(key)

    def search(self, query: str, limit: int = 50) -> list[CatalogItem]:
        """Items whose name, SKU or barcode contain every word of ``query`` (see the module doc)."""
        words = normalize(query).split()
        if not words:
            return []
        first, rest = words[0], words[1:]
        # The names that start with the first word are one run of the name-ordered list: found by bisection,
        # not by walking the 50,000 items before it (what made a one-letter query the slowest keystroke).
        lo = bisect.bisect_left(self._keys, first)
        hi = bisect.bisect_left(self._keys, first + _LAST_CHAR, lo)
        starts: list[CatalogItem] = []
        for item in itertools.islice(self._items, lo, hi):
            if not rest or all(w in item._haystack for w in rest):
                starts.append(item)
                if len(starts) >= limit:
                    return starts
        # Then the names with a word starting with it, then the rest: found by ``str.find`` over all the names
        # (or haystacks) joined in one string, each group stopping as soon as the list is full.
        items, found, spaced = self._items, starts, " " + first
        for blob, offsets, needle, anywhere in ((self._name_blob, self._name_offsets, spaced, False),
                                                (self._hay_blob, self._hay_offsets, first, True)):
            pos = blob.find(needle)
            while pos >= 0:
                at = bisect.bisect_right(offsets, pos) - 1
                item = items[at]
                name = item._name_key
                ranked = name.startswith(first) or (anywhere and spaced in name)  # in a group before this one
                if not ranked and (not rest or all(w in item._haystack for w in rest)):
                    found.append(item)
                    if len(found) >= limit:
                        return found
                pos = blob.find(needle, offsets[at + 1])  # the next item (the last offset is the end)
        return found
