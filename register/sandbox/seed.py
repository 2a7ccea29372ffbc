"""Seeding a new sandbox database: the demo shop, and synthetic products for volume tests.

``demo`` (the default) loads a small Texas shop from :mod:`register.sandbox.demo_catalog`: 2 outlets,
4 stations, 12 categories, 150 products with 209 variants (EAN-13 barcodes, SKUs, stock per outlet,
``taxTable`` links to the demo tax tables) and 50 customers. ``empty`` loads nothing. Both are
deterministic: a fixed RNG seed, fixed ids and timestamps (2025-01-01T09:00:00Z).

``products=N`` adds N synthetic products, one variant each, with unique SKUs and EAN-13s from the
in-store prefix ``2``; they are written in one transaction with ``executemany``.
Seeding runs only when the database is new (:attr:`Store.is_seeded` is false), so a restart never
duplicates anything.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

from register.sandbox import jsonio
from register.sandbox.clock import format_timestamp
from register.sandbox.demo_catalog import (
    CATEGORIES,
    CITIES,
    FIRST_NAMES,
    LAST_NAMES,
    OPTIONS,
    OUTLETS,
    STREETS,
)
from register.sandbox.store import Store
from register.sandbox.taxes import REDUCED_FOOD_ID, STANDARD_ID

__all__ = ["SEEDS", "Seed", "ean13", "ean13_check_digit", "seed_database"]

Seed = Literal["demo", "empty"]
SEEDS: tuple[Seed, ...] = ("demo", "empty")

_RNG_SEED = 20250101
_SEED_EPOCH = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
_CENT = Decimal("0.01")
_TAX_TABLES = {"standard": STANDARD_ID, "food": REDUCED_FOOD_ID}


def ean13_check_digit(first12: str) -> int:
    """The GS1 check digit of 12 digits: weights 1, 3, 1, 3, ... from the left."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def ean13(first12: str) -> str:
    """A full EAN-13 from its first 12 digits."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError(f"need 12 digits, got {first12!r}")
    return first12 + str(ean13_check_digit(first12))


class _Writer:
    """Collects seed rows with fixed ids and timestamps, for one ``insert_many``."""

    def __init__(
        self, store: Store, rows: list[tuple[str, str, str | None, str]], at: datetime | None
    ) -> None:
        self.store = store
        self.rows = rows
        self._at = at.timestamp() if at else None
        self._stamp = format_timestamp(at) if at else store.now()

    def new_id(self) -> str:
        return self.store.new_id(self._at)

    def add(self, collection: str, fields: dict[str, Any], record_id: str | None = None) -> str:
        """Queue a record (with a new id unless one is given); returns its id."""
        record_id = record_id or self.new_id()
        record = {
            "id": record_id,
            "createdAt": self._stamp,
            "updatedAt": self._stamp,
            "companyId": self.store.company_id,
            **fields,
        }
        self.rows.append((collection, record_id, None, jsonio.dumps(record)))
        return record_id


def _money(value: Decimal) -> Decimal:
    return value.quantize(_CENT)


def _outlets(writer: _Writer) -> list[str]:
    """Two outlets with two stations each; returns the outlet ids."""
    outlet_ids: list[str] = []
    # Stations need their outlet's id and outlets list their stations: the outlet id is taken first.
    for number, (name, alias, address, city, state, post_code, phone) in enumerate(OUTLETS, start=1):
        outlet_id = writer.new_id()
        outlet_ids.append(outlet_id)
        stations = [
            writer.add(
                "station",
                {
                    "name": f"{city} Register {n}",
                    "outletId": outlet_id,
                    "status": "AVAILABLE",
                    "deviceName": f"{alias}-POS-{n}",
                    "sequenceNumber": n,
                    "isVirtual": False,
                },
            )
            for n in (1, 2)
        ]
        writer.add(
            "outlet",
            {
                "name": name,
                "alias": alias,
                "address": address,
                "city": city,
                "state": state,
                "country": "US",
                "postCode": post_code,
                "phone": phone,
                "stations": stations,
                "taxId": f"TX-{number:02d}",
                "sequenceNumber": number,
            },
            record_id=outlet_id,
        )
    return outlet_ids


def _catalog(writer: _Writer, rng: random.Random, outlet_ids: list[str]) -> None:
    """Categories, products and their variants, from :mod:`register.sandbox.demo_catalog`."""
    item = 0
    for menu_order, (cat_name, description, tax, code, products) in enumerate(CATEGORIES, start=1):
        category_id = writer.add(
            "category",
            {"name": cat_name, "description": description, "menuOrder": menu_order, "source": "manual"},
        )
        for number, (name, price_text, option) in enumerate(products, start=1):
            price = Decimal(price_text)
            sku = f"{code}-{number:03d}"
            choices = OPTIONS[option][1] if option else (("", "0.00"),)
            prices = [_money(price + Decimal(delta)) for _, delta in choices]
            product_fields: dict[str, Any] = {
                "name": name,
                "productType": "variable" if option else "simple",
                "description": f"{name}. {description}",
                "sku": sku,
                "status": "publish",
                "source": "manual",
                "minPrice": min(prices),
                "maxPrice": max(prices),
                "taxTable": _TAX_TABLES[tax],
                "categories": [category_id],
                "outlets": list(outlet_ids),
                "images": [],
                "tags": [cat_name.lower()],
                "fromFinal": False,
            }
            if name.endswith(" lb") and not name[:-3].rstrip()[-1:].isdigit():  # "Bananas lb" (not "Rice 2 lb")
                # priced by the pound: sold by weight (the register reads metadata soldBy: weight)
                product_fields["metadata"] = [{"key": "soldBy", "value": "weight"}]
            if option:
                attribute, values = OPTIONS[option]
                product_fields["attributes"] = [{"name": attribute, "values": [v for v, _ in values]}]
            product_id = writer.add("product", product_fields)
            for (value, _), variant_price in zip(choices, prices, strict=True):
                item += 1
                on_sale = rng.random() < 0.08
                variant: dict[str, Any] = {
                    "productId": product_id,
                    "sku": f"{sku}-{value.upper().replace(' ', '')}" if value else sku,
                    "barcode": ean13(f"0845210{item:05d}"),
                    "price": variant_price,
                    "costPrice": _money(variant_price * Decimal(rng.randint(35, 60)) / 100),
                    "isOnSale": on_sale,
                    "manageStock": True,
                    "allowBackorder": False,
                    "inventory": [{"stock": rng.randint(0, 80), "outletId": o} for o in outlet_ids],
                    "images": [],
                }
                if on_sale:
                    variant["salePrice"] = _money(variant_price * Decimal("0.85"))
                if value:
                    variant["attributes"] = [{"name": OPTIONS[option or ""][0], "value": value}]
                writer.add("variant", variant)


def _customers(writer: _Writer, rng: random.Random, outlet_ids: list[str]) -> None:
    used: set[str] = set()
    for number in range(1, 51):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{first}.{last}".lower()
        if email in used:
            email = f"{email}{number}"
        used.add(email)
        city, post_codes = rng.choice(CITIES)
        area = "512" if post_codes[0].startswith("78") else "214"
        address = {
            "firstName": first,
            "lastName": last,
            "address1": f"{rng.randint(100, 9899)} {rng.choice(STREETS)}",
            "address2": "",
            "city": city,
            "state": "TX",
            "country": "US",
            "postCode": rng.choice(post_codes),
        }
        writer.add(
            "customer",
            {
                "email": f"{email}@example.com",
                "firstName": first,
                "lastName": last,
                "outletId": outlet_ids[0] if area == "512" else outlet_ids[1],
                "phone": f"+1 {area}-555-{number + 100:04d}",
                "totalSpent": str(_money(Decimal(rng.randint(0, 90000)) / 100)),
                "tags": ["vip"] if number % 9 == 0 else [],
                "billing": address,
                "shipping": dict(address),
                "metadata": [],
                "notes": [],
                "fromFinal": False,
            },
        )


def _synthetic_products(writer: _Writer, count: int) -> None:
    rng = random.Random(_RNG_SEED + count)
    categories = [row[1] for row in writer.rows if row[0] == "category"]
    tables = (STANDARD_ID, REDUCED_FOOD_ID)
    for n in range(1, count + 1):
        price = Decimal(rng.randint(99, 9999)) / 100
        sku = f"SYN-{n:07d}"
        product_id = writer.add(
            "product",
            {
                "name": f"Synthetic Product {n:07d}",
                "productType": "simple",
                "sku": sku,
                "status": "publish",
                "source": "manual",
                "minPrice": price,
                "maxPrice": price,
                "taxTable": tables[n % 2],
                "categories": [categories[n % len(categories)]] if categories else [],
                "images": [],
                "tags": [],
                "fromFinal": False,
            },
        )
        writer.add(
            "variant",
            {
                "productId": product_id,
                "sku": sku,
                "barcode": ean13(f"2{n:011d}"),
                "price": price,
                "costPrice": _money(price / 2),
                "isOnSale": False,
                "manageStock": False,
                "allowBackorder": True,
                "images": [],
            },
        )


def seed_database(store: Store, seed: Seed = "demo", products: int = 0) -> None:
    """Fill a new database: the named seed, then ``products`` synthetic products, in one transaction."""
    if seed not in SEEDS:
        raise ValueError(f"unknown seed {seed!r}; expected one of {', '.join(SEEDS)}")
    if products < 0:
        raise ValueError("products must be >= 0")
    rows: list[tuple[str, str, str | None, str]] = []
    if seed == "demo":
        writer, rng = _Writer(store, rows, _SEED_EPOCH), random.Random(_RNG_SEED)
        outlet_ids = _outlets(writer)
        _catalog(writer, rng, outlet_ids)
        _customers(writer, rng, outlet_ids)
    if products:
        _synthetic_products(_Writer(store, rows, None), products)
    with store.transaction():
        store.insert_many(rows)
        store.mark_seeded(seed)
        if seed == "demo":  # outlets created later through the API continue the numbering
            store.set_counter("outlet", len(OUTLETS))
