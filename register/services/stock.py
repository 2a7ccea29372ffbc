"""Stock on hand at this station's outlet: what Final POS last reported, less what this station sold since.

The catalog cache holds each variant's stock per outlet as the last full catalog sync read it (the API has no
"changed since" filter: edited records, stock included, arrive with a full sync). Final POS counts the orders it
receives, so the sales this station made after that sync are taken off here, and the figure is right between
two syncs at a till that is the only one selling an item; sales made at other tills since show at the next full
sync. A refund puts nothing back (whether the item goes back on the shelf is not known here).

Checked where a person can answer (the screens ask :meth:`CheckoutService.add_item` to check): an item whose stock
is managed and may not be backordered is not sold below zero without a manager's word. Scripts and the
headless API sell as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from register.services.cart import CartLine
from register.services.catalog import SYNCED_AT_SETTING
from register.services.policy import Action, ApprovalRequired
from register.store.records import get_setting
from register.store.search import CatalogItem

ZERO: Final = Decimal(0)


class OutOfStockError(ApprovalRequired):
    """Adding this would take an item below its stock, and the item may not be backordered: selling it anyway is
    :attr:`Action.SELL_BEYOND_STOCK`, which the policy reserves for managers unless the store says otherwise."""

    code = "out_of_stock"

    def __init__(self, message: str, *, name: str, on_hand: Decimal, wanted: Decimal, why: str = "") -> None:
        super().__init__(Action.SELL_BEYOND_STOCK, why=f"{message}. {why}".strip() if why else message)
        self.name = name
        self.on_hand = on_hand
        self.wanted = wanted


def _sold_since(conn: sqlite3.Connection) -> dict[str, Decimal]:
    since = get_setting(conn, SYNCED_AT_SETTING) or ""
    rows = conn.execute(  # the lines of each sale's record (register.services.sale_record), custom sales apart
        "SELECT json_extract(li.value, '$.variant_id'), json_extract(li.value, '$.product_id'), "
        "json_extract(li.value, '$.quantity') "
        "FROM sales s, json_each(s.record, '$.lines') li WHERE s.kind = 'order' AND s.created_at > ? "
        "AND NOT json_extract(li.value, '$.custom')", (str(since),)).fetchall()
    sold: dict[str, Decimal] = {}
    for variant, product, quantity in rows:
        key = str(variant or product or "")
        if key and quantity is not None:
            sold[key] = sold.get(key, ZERO) + Decimal(str(quantity))
    return sold


def _key(variant_id: str | None, product_id: str | None) -> str:
    return str(variant_id or product_id or "")


class StockLedger:
    """What this station sold since the last full catalog sync, per variant (read once, then kept up to date)."""

    def __init__(self) -> None:
        self._sold: dict[str, Decimal] = {}
        self.stale = True
        """The catalog was loaded again (or nothing was read yet): :meth:`load` before the next figure."""

    def load(self, conn: sqlite3.Connection) -> None:
        """Read the sales made since the last full sync (on the database's thread)."""
        self._sold = _sold_since(conn)
        self.stale = False

    def sold(self, item: CatalogItem) -> Decimal:
        """How many of ``item`` this station sold since the last full sync."""
        return self._sold.get(_key(item.variant_id, item.product_id), ZERO)

    def on_hand(self, item: CatalogItem, outlet_id: str | None) -> Decimal | None:
        """Stock on hand at ``outlet_id`` (None: the item's stock is not managed, or not known there)."""
        stock = item.stock_at(outlet_id)
        return None if stock is None else stock - self.sold(item)

    def record(self, lines: Iterable[CartLine]) -> None:
        """A sale was completed: its lines leave the shelf."""
        for line in lines:
            if not line.custom:
                key = _key(line.variant_id, line.product_id)
                self._sold[key] = self._sold.get(key, ZERO) + line.quantity


def in_cart(lines: Iterable[CartLine], item: CatalogItem) -> Decimal:
    """How many of ``item`` the cart holds (over every line of it)."""
    key = _key(item.variant_id, item.product_id)
    total = ZERO
    for line in lines:  # a scan into a long cart: one plain comparison a line
        if str(line.variant_id or line.product_id or "") == key and not line.custom:
            total += line.quantity
    return total
