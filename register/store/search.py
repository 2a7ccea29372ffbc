"""The catalog index: lookup by barcode and SKU, and search as you type, answered by SQLite (FTS5).

The index lives in a catalog file (:mod:`register.store.catalog_file`), not in Python objects: one row per
sellable item in ``items``, whose rowids follow the name order; an FTS5 ``trigram`` index over each item's
*haystack*; a table of codes. :class:`CatalogIndex` is a read handle on such a file with a small cache of
the codes scanned most; ``CatalogIndex(items)`` builds one in memory (tests, small catalogs).

Search matches every word of the query as a substring of the name, SKU or barcode, ignoring case and
accents ("creme" finds "Crème brûlée"); names that start with the query come first, then names with a word
starting with it, then the rest, each group in name order. The haystack makes those three groups questions
FTS5 can answer: ``START`` + the name (its spaces written ``WORD``) + ``PART`` + SKU + ``PART`` + barcode
+ ``PART`` ``PART``. "Starts with *w*" is "contains ``START`` *w*", "a word starts with *w*" is "contains
``WORD`` *w*" (each at least three characters: a trigram), and a query word never contains a marker (they
are whitespace to ``str.split``). FTS5 gives the candidates in rowid (= name) order; ``instr`` checks each
exactly, so the first ``limit`` found are the answer. A word of one or two characters has no trigram of its
own: it is looked up through the trigrams that start with it (``grams``) when they are few, else checked
on the rows as they come (then it is common, and the first rows soon fill the list).
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, overload

from register.money import to_decimal


def normalize(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (NFKD, combining marks dropped, casefolded)."""
    if text.isascii():  # NFKD leaves ASCII alone and casefold is lower: a million names a second
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


START: Final = "\x1e\x1e"
"""Before the name in a haystack."""
WORD: Final = "\x1f\x1f"
"""A space of the name in a haystack: a word starts after it."""
PART: Final = "\x1d"
"""Between the name, the SKU and the barcode (and twice at the end: every character starts a trigram)."""
_MARKERS = str.maketrans({c: "\x1c" for c in "\x1d\x1e\x1f"})
GAP: Final = 64
"""Rowids of a freshly built index are ``rank * GAP``: items added later fit in between, in name order."""
CACHE_SIZE: Final = 4096
"""Codes (and their items) kept in memory: what the till scans most never waits on the disk."""
SHORT_WORD_DOCS: Final = 50_000
"""A one- or two-character word is looked up through its trigrams when they are in at most this many items
(and at most ``SHORT_WORD_TERMS`` trigrams); a commoner one is checked row by row."""
SHORT_WORD_TERMS: Final = 256
CATEGORY_HEAD: Final = 100
"""Products kept ready per category for the sell screen's tiles (in name order)."""


def _code_key(code: str) -> str:
    return code.strip().upper()


def code_keys(item: CatalogItem) -> list[tuple[str, int]]:
    """The (code, kind) rows of an item: barcode (and the UPC-A reading of an EAN-13 that starts with 0) as
    kind 0, SKU as kind 1. A lookup tries kind 0 before 1, and the first item in name order wins."""
    keys: list[tuple[str, int]] = []
    if item.barcode:
        key = _code_key(item.barcode)
        if key:
            keys.append((key, 0))
            if len(key) == 13 and key.startswith("0"):  # an EAN-13 read by a UPC-A scanner
                keys.append((key[1:], 0))
    if item.sku:
        key = _code_key(item.sku)
        if key:
            keys.append((key, 1))
    return keys


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

    @property
    def name_key(self) -> str:
        """The display name as search compares it (case and accents ignored); the index's order."""
        return normalize(self.display_name)

    @property
    def haystack(self) -> str:
        """What search looks in (see the module doc)."""
        return haystack(self.name_key, self.sku, self.barcode)


def _unmarked(text: str) -> str:
    return text.translate(_MARKERS) if ("\x1d" in text or "\x1e" in text or "\x1f" in text) else text


def haystack(name_key: str, sku: str | None, barcode: str | None) -> str:
    """The haystack of an item with this name key (see :attr:`CatalogItem.name_key`), SKU and barcode."""
    name = _unmarked(name_key).replace(" ", WORD)
    return f"{START}{name}{PART}{_unmarked(normalize(sku or ''))}{PART}{_unmarked(barcode or '')}{PART}{PART}"


def price_of(value: Any) -> Decimal | None:
    """A wire price as a Decimal (None when absent or not a number)."""
    if value is None:
        return None
    try:
        return to_decimal(value, field="price")  # records are parsed with parse_float=Decimal: no floats
    except (TypeError, ValueError):
        return None


UNSOLD_STATUSES: Final = ("draft", "trash", "private")


def product_name(product: Mapping[str, Any]) -> str:
    """A product's name as sold ("(no name)" when it has none)."""
    return str(product.get("name") or "").strip() or "(no name)"


def attributes_of(variant: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """A variant's (name, value) attributes."""
    return tuple((str(a.get("name", "")), str(a.get("value", "")))
                 for a in variant.get("attributes") or () if isinstance(a, Mapping))


def _stock(value: Any) -> Decimal | None:
    try:
        return to_decimal(value, field="stock") if value is not None else None
    except (TypeError, ValueError):
        return None


def inventory_of(variant: Mapping[str, Any]) -> tuple[tuple[str, Decimal], ...]:
    """A variant's stock per outlet: (outlet id, stock), the rows without a number left out."""
    rows = variant.get("inventory") or ()
    found = ((str(r.get("outletId") or ""), _stock(r.get("stock"))) for r in rows if isinstance(r, Mapping))
    return tuple((outlet, stock) for outlet, stock in found if stock is not None)


def weighed_of(record: Mapping[str, Any]) -> bool | None:
    """Whether a record's metadata says ``soldBy: weight`` (True), another ``soldBy`` (False), or nothing (None)."""
    for entry in record.get("metadata") or ():
        if isinstance(entry, Mapping) and str(entry.get("key") or "") == "soldBy":
            return str(entry.get("value") or "").strip().lower() == "weight"
    return None


def variant_prices(variant: Mapping[str, Any]) -> tuple[Decimal | None, Decimal | None]:
    """(the price sold at, the regular price when on sale and higher, else None)."""
    sale = price_of(variant.get("salePrice")) if variant.get("isOnSale") else None
    regular = price_of(variant.get("price"))
    if sale is None:
        return regular, None
    return sale, regular if regular is not None and regular > sale else None


def may_backorder(variant: Mapping[str, Any]) -> bool:
    """Whether a variant may be sold with no stock left (an unmanaged stock may)."""
    return variant.get("allowBackorder") is not False or not variant.get("manageStock")


@dataclass(frozen=True, slots=True)
class Stocked:
    """What a variant adds to an item beyond its codes and price: its stock and how it is sold."""

    allow_backorder: bool = True
    inventory: tuple[tuple[str, Decimal], ...] = ()
    regular_price: Decimal | None = None
    sold_by_weight: bool = False


NOT_STOCKED: Final = Stocked()


def make_item(pid: str, vid: str | None, name: str, sku: Any, barcode: Any, price: Decimal | None, table: Any,
              categories: Iterable[str], attrs: tuple[tuple[str, str], ...], manage_stock: bool,
              stocked: Stocked = NOT_STOCKED) -> CatalogItem:
    """A :class:`CatalogItem` from a product's and a variant's fields (codes stripped)."""
    sku_s = str(sku).strip() if sku else None
    code_s = str(barcode).strip() if barcode else None
    return CatalogItem(pid, vid or None, name, sku_s or None, code_s or None, price, str(table) if table else None,
                       tuple(str(c) for c in categories), attrs, manage_stock, stocked.allow_backorder,
                       stocked.inventory, stocked.regular_price, stocked.sold_by_weight)


def items_from_records(
    products: Iterable[Mapping[str, Any]], variants: Iterable[Mapping[str, Any]]
) -> list[CatalogItem]:
    """Sellable items from product and variant records (wire dicts), in the records' order: each product's
    variants, or the product itself when it has none. Drafts, trash and private products are not sold."""
    by_product: dict[str, list[Mapping[str, Any]]] = {}
    for variant in variants:
        pid = variant.get("productId")
        if pid:
            by_product.setdefault(str(pid), []).append(variant)
    items: list[CatalogItem] = []
    for product in products:
        pid = str(product.get("id") or product.get("_id") or "")
        if not pid or product.get("status") in UNSOLD_STATUSES:
            continue
        name, table = product_name(product), product.get("taxTable")
        categories = [str(c) for c in product.get("categories") or ()]
        own = by_product.get(pid, [])
        product_weighed = bool(weighed_of(product))
        if not own:
            items.append(make_item(pid, None, name, product.get("sku"), None, price_of(product.get("minPrice")),
                                   table, categories, (), False, Stocked(sold_by_weight=product_weighed)))
            continue
        for variant in own:
            price, regular = variant_prices(variant)
            weighed = weighed_of(variant)
            items.append(make_item(
                pid, str(variant.get("id") or variant.get("_id") or ""), name, variant.get("sku") or product.get("sku"),
                variant.get("barcode"), price, table, categories, attributes_of(variant),
                bool(variant.get("manageStock")),
                Stocked(may_backorder(variant), inventory_of(variant), regular,
                        product_weighed if weighed is None else weighed)))
    return items


# rows of the items table ----------------------------------------------------------------------------------
ITEM_COLUMNS: Final = ("product_id, variant_id, name, sku, barcode, price, tax_table_id, categories, attributes, "
                       "manage_stock, allow_backorder, inventory, regular_price, sold_by_weight")
ITEM_WIDTH: Final = 14
"""How many columns ``ITEM_COLUMNS`` names."""


def inventory_text(inventory: tuple[tuple[str, Decimal], ...]) -> str | None:
    """Stock per outlet as stored: JSON pairs of strings (no floats)."""
    return json.dumps([[o, str(n)] for o, n in inventory], ensure_ascii=False) if inventory else None


def item_values(item: CatalogItem) -> tuple[Any, ...]:
    """The item's columns of ``items`` (see ``ITEM_COLUMNS``), without the rowid and the haystack."""
    return (item.product_id, item.variant_id, item.name, item.sku, item.barcode,
            None if item.price is None else str(item.price), item.tax_table_id,
            json.dumps(item.category_ids, ensure_ascii=False) if item.category_ids else None,
            json.dumps(item.attributes, ensure_ascii=False) if item.attributes else None,
            int(item.manage_stock), int(item.allow_backorder), inventory_text(item.inventory),
            None if item.regular_price is None else str(item.regular_price), int(item.sold_by_weight))


def item_from_row(row: Sequence[Any]) -> CatalogItem:
    """A :class:`CatalogItem` from the ``ITEM_COLUMNS`` of a row."""
    (pid, vid, name, sku, barcode, price, table, categories, attributes, manage, backorder, inventory, regular,
     weighed) = row[:ITEM_WIDTH]
    return CatalogItem(pid, vid, name, sku, barcode, None if price is None else Decimal(price), table,
                       tuple(json.loads(categories)) if categories else (),
                       tuple((str(a), str(v)) for a, v in json.loads(attributes)) if attributes else (),
                       bool(manage), bool(backorder),
                       tuple((str(o), Decimal(n)) for o, n in json.loads(inventory)) if inventory else (),
                       None if regular is None else Decimal(regular), bool(weighed))


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def trigrams(word: str) -> list[str]:
    """The distinct trigrams of ``word`` (at least three characters), in order."""
    seen: dict[str, None] = {}
    for i in range(len(word) - 2):
        seen.setdefault(word[i:i + 3], None)
    return list(seen)


@dataclass(frozen=True, slots=True)
class CategoryProducts:
    """A category's products for the sell screen: how many it has, and the first ones in name order (each
    the tuple of its variants, in name order)."""

    total: int
    first: tuple[tuple[CatalogItem, ...], ...]


class _Unmatchable(Exception):
    """A query word no item contains."""


class CatalogIndex:
    """Lookup and search over the sellable items of one catalog file (or of ``items``, in memory).

    Use from one thread at a time (the event loop's); each handle has its own SQLite connection. A catalog
    sync or refresh makes a new handle; an old one keeps answering from what it had until it is dropped."""

    def __init__(self, items: Iterable[CatalogItem] = ()) -> None:
        from register.store.catalog_file import build_in_memory

        self._init(build_in_memory(items))

    @classmethod
    def open(cls, conn: sqlite3.Connection) -> CatalogIndex:
        """A handle on a built catalog file's connection (its tiles are read now: call off the event loop)."""
        index = cls.__new__(cls)
        index._init(conn)
        return index

    def _init(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._cache: OrderedDict[str, CatalogItem | None] = OrderedDict()
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('items', 'generation')").fetchall())
        self._count = int(json.loads(meta.get("items", "0")))
        self.generation = int(json.loads(meta.get("generation", "0")))
        """Which build of the catalog this is."""
        self._grams: dict[str, tuple[int, list[str]]] = {}
        self.items = ItemSequence(conn, self._count)
        """Every item, in name order (a view on the file: iterating it reads the rows as it goes)."""
        self.products_by_category = self._tiles()
        """Category id → its products for the tiles, grouped when the index was built (read here, off the loop)."""

    def _tiles(self) -> dict[str, CategoryProducts]:
        tiles = self._conn.execute("SELECT category, products, head FROM tiles ORDER BY category").fetchall()
        heads = {category: json.loads(head) for category, _, head in tiles}
        wanted = sorted({rowid for head in heads.values() for rows in head for rowid in rows})
        by_rowid: dict[int, CatalogItem] = {}
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk:chunk + 500]
            for row in self._conn.execute(f"SELECT rowid, {ITEM_COLUMNS} FROM items WHERE rowid IN "
                                          f"({','.join('?' * len(part))})", part):
                by_rowid[row[0]] = item_from_row(row[1:])
        return {category: CategoryProducts(total, tuple(
                    tuple(by_rowid[r] for r in rows if r in by_rowid) for rows in heads[category]))
                for category, total, _ in tiles}

    def __len__(self) -> int:
        return self._count

    # lookup ----------------------------------------------------------------------------------------
    def lookup(self, code: str) -> CatalogItem | None:
        """The item with this barcode or, failing that, this SKU (what a scanner or a typed code gives)."""
        key = _code_key(code)
        if not key:
            return None
        cache = self._cache
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        row = self._conn.execute(f"SELECT {ITEM_COLUMNS} FROM codes JOIN items ON items.rowid = codes.item "
                                 "WHERE codes.code = ? ORDER BY codes.kind, codes.item LIMIT 1", (key,)).fetchone()
        item = None if row is None else item_from_row(row)
        cache[key] = item
        if len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
        return item

    # search ----------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[CatalogItem]:
        """Items whose name, SKU or barcode contain every word of ``query`` (see the module doc)."""
        words = normalize(query).split()
        if not words or limit <= 0:
            return []
        try:
            rowids = self._search(words, limit)
        except _Unmatchable:
            return []
        if not rowids:
            return []
        rows = {r[0]: item_from_row(r[1:]) for r in self._conn.execute(
            f"SELECT rowid, {ITEM_COLUMNS} FROM items WHERE rowid IN ({','.join('?' * len(rowids))})", rowids)}
        return [rows[r] for r in rowids if r in rows]

    def _search(self, words: list[str], limit: int) -> list[int]:
        first, rest = words[0], words[1:]
        rest_terms = [t for t in (self._terms(w) for w in rest) if t]
        found: list[int] = []
        exclude: list[str] = []
        for marker in (START, WORD, ""):
            needle = marker + first
            terms = self._terms(needle) if marker else self._terms(first)
            match = " AND ".join(([terms] if terms else []) + rest_terms)
            found += self._group(match, [needle, *rest], exclude, limit - len(found))
            if len(found) >= limit:
                break
            exclude.append(needle)
        return found

    def _terms(self, word: str) -> str | None:
        """The FTS5 expression that finds the items containing ``word`` (None: check it row by row)."""
        if len(word) >= 3:
            return " AND ".join(_fts_string(t) for t in trigrams(word))
        docs, grams = self._completions(word)
        if not grams:
            raise _Unmatchable(word)
        if docs > SHORT_WORD_DOCS or len(grams) > SHORT_WORD_TERMS:
            return None
        return "(" + " OR ".join(_fts_string(g) for g in grams) + ")"

    def _completions(self, word: str) -> tuple[int, list[str]]:
        cached = self._grams.get(word)
        if cached is None:
            rows = self._conn.execute("SELECT gram, docs FROM grams WHERE gram >= ? AND gram < ?",
                                      (word, word + "\U0010ffff")).fetchall()
            cached = (sum(docs for _, docs in rows), [gram for gram, _ in rows])
            if len(self._grams) > 2048:
                self._grams.clear()
            self._grams[word] = cached
        return cached

    def _group(self, match: str, needles: list[str], exclude: list[str], need: int) -> list[int]:
        checks = " AND ".join(["instr(hay, ?) > 0"] * len(needles) + ["instr(hay, ?) = 0"] * len(exclude))
        if match:
            sql = f"SELECT rowid FROM fts WHERE fts MATCH ? AND {checks} ORDER BY rowid LIMIT ?"
            args: list[Any] = [match, *needles, *exclude, need]
        else:
            sql = f"SELECT rowid FROM items WHERE {checks} ORDER BY rowid LIMIT ?"
            args = [*needles, *exclude, need]
        return [r[0] for r in self._conn.execute(sql, args)]

    def sample(self, n: int, seed: int = 0) -> list[CatalogItem]:
        """About ``n`` items picked at random (benchmarks and tests on a large catalog)."""
        import random

        bounds = self._conn.execute("SELECT min(rowid), max(rowid) FROM items").fetchone()
        if bounds[0] is None:
            return []
        rnd, picked = random.Random(seed), {}
        for _ in range(n):
            row = self._conn.execute(f"SELECT rowid, {ITEM_COLUMNS} FROM items WHERE rowid >= ? ORDER BY rowid "
                                     "LIMIT 1", (rnd.randint(bounds[0], bounds[1]),)).fetchone()
            picked[row[0]] = item_from_row(row[1:])
        return list(picked.values())


class ItemSequence(Sequence[CatalogItem]):
    """Every item of an index in name order, read from the file as it is used (never all in memory)."""

    def __init__(self, conn: sqlite3.Connection, count: int) -> None:
        self._conn, self._count = conn, count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, at: int) -> CatalogItem: ...

    @overload
    def __getitem__(self, at: slice) -> list[CatalogItem]: ...

    def __getitem__(self, at: int | slice) -> CatalogItem | list[CatalogItem]:
        if isinstance(at, slice):
            start, stop, step = at.indices(self._count)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            if stop <= start:
                return []
            rows = self._conn.execute(f"SELECT {ITEM_COLUMNS} FROM items ORDER BY rowid LIMIT ? OFFSET ?",
                                      (stop - start, start)).fetchall()
            return [item_from_row(r) for r in rows]
        if at < 0:
            at += self._count
        if not 0 <= at < self._count:
            raise IndexError(at)
        row = self._conn.execute(f"SELECT {ITEM_COLUMNS} FROM items ORDER BY rowid LIMIT 1 OFFSET ?",
                                 (at,)).fetchone()
        if row is None:
            raise IndexError(at)
        return item_from_row(row)

    def __iter__(self) -> Iterator[CatalogItem]:
        last = -1
        while True:
            rows = self._conn.execute(f"SELECT rowid, {ITEM_COLUMNS} FROM items WHERE rowid > ? ORDER BY rowid "
                                      "LIMIT 1000", (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                yield item_from_row(row[1:])
            last = rows[-1][0]
