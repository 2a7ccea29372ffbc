"""The catalog on this station: full sync from Final POS into the local cache, then an in-memory index.

The register sells from the cache; the network only refreshes it. A full sync pages through outlets,
stations, categories, products, variants, customers and tax tables, announcing progress, and replaces
each kind in one transaction, so an interrupted sync leaves the previous catalog whole. Tax tables come
from the sandbox extension, or, for a real store (whose API has none), from a JSON file imported once.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from register.api import errors as api_errors
from register.api.client import FinalPOSClient
from register.pricing.cart import TaxRate
from register.pricing.rates import Address, match_rates
from register.runtime import bulk_allocation
from register.services.events import CatalogLoaded, CatalogProgress, EventBus
from register.store.database import Database
from register.store.records import (
    catalog_counts,
    get_setting,
    iter_catalog,
    load_catalog,
    set_setting,
    stage_catalog,
    swap_catalog,
    upsert_catalog,
)
from register.store.search import CatalogIndex, CatalogItem, items_from_records, normalize

# the catalog's value types, for the front-ends (which never import the store)
__all__ = ["CatalogIndex", "CatalogItem", "CatalogService", "SyncReport", "normalize"]

log = logging.getLogger(__name__)

SYNC_PAGE_SIZE: Final = 100
"""Records per request. The API documents no maximum, and a list ends at the first short page, so a
larger page than the server allows would silently cut the catalog short: stay at the documented size."""
KINDS: Final = ("outlet", "station", "category", "product", "variant", "customer")
TAX_TABLES_SETTING: Final = "tax_tables"
SYNCED_AT_SETTING: Final = "catalog.synced_at"


@dataclass(frozen=True)
class SyncReport:
    """How many records of each kind a sync stored."""

    counts: dict[str, int]


def parse_tax_tables(data: Any) -> list[dict[str, Any]]:
    """Validate tax tables given as JSON data (the sandbox's shape) and return them as plain dicts."""
    if not isinstance(data, list):
        raise ValueError("tax tables: expected a JSON array of tables")
    tables: list[dict[str, Any]] = []
    for i, table in enumerate(data):
        if not isinstance(table, dict) or not table.get("id") or not isinstance(table.get("rates"), list):
            raise ValueError(f"tax tables[{i}]: needs an id and a list of rates")
        for j, rate in enumerate(table["rates"]):
            _tax_rate(rate, table, where=f"tax tables[{i}].rates[{j}]")
        tables.append(table)
    return tables


def _tax_rate(rate: Mapping[str, Any], table: Mapping[str, Any], where: str = "rate") -> TaxRate:
    try:
        return TaxRate(
            id=str(rate.get("id") or rate.get("name")),
            name=str(rate.get("name") or "Tax"),
            percentage=Decimal(str(rate["percentage"])),
            priority=int(rate.get("priority", 1)),
            compound=bool(rate.get("compound", False)),
            shipping=bool(rate.get("shipping", True)),
            country=str(rate.get("country") or ""),
            state=str(rate.get("state") or ""),
            postcodes=tuple(str(p) for p in rate.get("postcodes") or ()),
            cities=tuple(str(c) for c in rate.get("cities") or ()),
            tax_table_id=str(table.get("id")),
            tax_table_name=str(table.get("name") or ""),
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as err:
        raise ValueError(f"{where}: {err}") from err


def _stager(kind: str, records: list[dict[str, Any]], *, first: bool) -> Callable[[Any], int]:
    return lambda conn: stage_catalog(conn, kind, records, first=first)


class CatalogService:
    """The local catalog: sync, cache, index, and the tax rates that apply at this station's outlet."""

    def __init__(self, db: Database, bus: EventBus) -> None:
        self.db = db
        self.bus = bus
        self.index = CatalogIndex()
        self._tables: dict[str, list[TaxRate]] = {}
        self._address = Address()
        self._rates_cache: dict[str | None, tuple[TaxRate, ...]] = {}
        self._syncing = asyncio.Lock()
        """One sync or refresh at a time (the pairing's first sync and the background refresher)."""

    # loading -----------------------------------------------------------------------------------
    async def load(self, outlet_id: str | None = None) -> None:
        """Build the index and tax rates from the cache (at start-up: no network needed)."""
        def read(conn: Any) -> tuple[CatalogIndex, list[dict[str, Any]], Any]:
            # Products shrink to the fields the index reads; variants stream past: no second full copy.
            # The index is built here, off the event loop (sorting 50,000 items takes ~0.2 s).
            keep = ("id", "_id", "name", "sku", "taxTable", "categories", "status", "minPrice", "metadata")
            with bulk_allocation():  # no collector pauses while 100,000 objects are made (see runtime.py)
                products = [{k: p[k] for k in keep if k in p} for p in iter_catalog(conn, "product")]
                index = CatalogIndex(items_from_records(products, iter_catalog(conn, "variant")))
            return index, load_catalog(conn, "outlet"), get_setting(conn, TAX_TABLES_SETTING, [])

        self.index, outlets, tables = await self.db.run(read)
        self._tables = {str(t["id"]): [_tax_rate(r, t) for r in t.get("rates", [])] for t in tables}
        outlet = next((o for o in outlets if o.get("id") == outlet_id), None)
        self._address = Address(
            country=str(outlet.get("country") or ""), state=str(outlet.get("state") or ""),
            postcode=str(outlet.get("postCode") or ""), city=str(outlet.get("city") or ""),
        ) if outlet else Address()
        self._rates_cache.clear()
        log.info("catalog loaded: %d sellable items, %d tax tables", len(self.index), len(self._tables))
        self.bus.emit(CatalogLoaded(len(self.index)))

    async def synced_at(self) -> datetime | None:
        """When the last full sync finished (None: never)."""
        value = await self.db.run(lambda c: get_setting(c, SYNCED_AT_SETTING))
        try:
            return datetime.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    async def counts(self) -> dict[str, int]:
        """Cached records per kind."""
        return await self.db.run(catalog_counts)

    async def records(self, kind: str) -> list[dict[str, Any]]:
        """Every cached record of ``kind`` (outlets, stations, customers…)."""
        return await self.db.run(lambda c: load_catalog(c, kind))

    # syncing -----------------------------------------------------------------------------------
    async def sync(self, client: FinalPOSClient, outlet_id: str | None = None) -> SyncReport:
        """Fetch everything and replace the cache kind by kind; then rebuild the index."""
        async with self._syncing:
            return await self._sync(client, outlet_id)

    async def _sync(self, client: FinalPOSClient, outlet_id: str | None) -> SyncReport:
        counts: dict[str, int] = {}
        sources: dict[str, Callable[[], AsyncIterator[Any]]] = {
            "outlet": lambda: client.outlets.iter_all(page_size=SYNC_PAGE_SIZE),
            "station": lambda: client.stations.iter_all(page_size=SYNC_PAGE_SIZE),
            "category": lambda: client.categories.iter_all(page_size=SYNC_PAGE_SIZE),
            "product": lambda: client.products.iter_all(page_size=SYNC_PAGE_SIZE),
            "variant": lambda: client.variants.iter_all(page_size=SYNC_PAGE_SIZE),
            "customer": lambda: client.customers.iter_all(page_size=SYNC_PAGE_SIZE),
        }
        for kind in KINDS:
            page: list[dict[str, Any]] = []
            fetched = 0
            async for record in sources[kind]():
                page.append(record.to_wire())
                if len(page) == SYNC_PAGE_SIZE * 5:  # to disk as it comes: memory stays flat
                    await self.db.run(_stager(kind, page, first=fetched == 0))
                    fetched += len(page)
                    page = []
                    self.bus.emit(CatalogProgress(kind, fetched))
            await self.db.run(_stager(kind, page, first=fetched == 0))
            counts[kind] = await self.db.run(lambda c, k=kind: swap_catalog(c, k))  # type: ignore[misc]
            self.bus.emit(CatalogProgress(kind, counts[kind], finished=True))
        counts["tax_table"] = await self._sync_tax_tables(client)
        self.bus.emit(CatalogProgress("tax_table", counts["tax_table"], finished=True))
        finished = datetime.now(UTC).isoformat(timespec="seconds")
        await self.db.run(lambda c: set_setting(c, SYNCED_AT_SETTING, finished))  # before the load announces it
        await self.load(outlet_id)
        return SyncReport(counts)

    async def freshen(self, client: FinalPOSClient, outlet_id: str | None, full_after_s: float) -> str:
        """A full :meth:`sync` if the last one is older than ``full_after_s`` (or never was), else a
        :meth:`refresh`; decided once the running sync or refresh has finished (a sync just done is not done
        again). Returns ``"sync"`` or ``"refresh"``."""
        async with self._syncing:
            last = await self.synced_at()
            if last is None or (datetime.now(UTC) - last).total_seconds() > full_after_s:
                await self._sync(client, outlet_id)
                return "sync"
            await self._refresh(client, outlet_id)
            return "refresh"

    async def refresh(self, client: FinalPOSClient, outlet_id: str | None = None) -> dict[str, int]:
        """Fetch only records created since the last sync (lists come in creation order) and add them.

        The API has no "changed since" filter, so edits to existing records arrive with the next full
        :meth:`sync`; a refresh is cheap enough to run every few minutes."""
        async with self._syncing:
            return await self._refresh(client, outlet_id)

    async def _refresh(self, client: FinalPOSClient, outlet_id: str | None) -> dict[str, int]:
        known = await self.counts()
        added: dict[str, int] = {}
        pages: dict[str, Callable[[int], Awaitable[Sequence[Any]]]] = {
            "category": lambda skip: client.categories.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "product": lambda skip: client.products.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "variant": lambda skip: client.variants.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "customer": lambda skip: client.customers.list(skip=skip, limit=SYNC_PAGE_SIZE),
        }
        for kind, fetch in pages.items():
            skip = known.get(kind, 0)
            fresh: list[dict[str, Any]] = []
            while True:
                page = await fetch(skip)
                fresh.extend(r.to_wire() for r in page)
                skip += len(page)
                if len(page) < SYNC_PAGE_SIZE:
                    break
            if fresh:
                added[kind] = await self.db.run(lambda c, k=kind, f=fresh: upsert_catalog(c, k, f))  # type: ignore[misc]
        if added:
            await self.load(outlet_id)
        return added

    async def _sync_tax_tables(self, client: FinalPOSClient) -> int:
        try:
            tables = await client.tax_tables.list()
        except api_errors.NotFoundError:
            # A real Final POS account: no tax-table endpoint; keep the tables imported from a file.
            kept: list[Any] = await self.db.run(lambda c: get_setting(c, TAX_TABLES_SETTING, []))
            return len(kept)
        data = parse_tax_tables([json.loads(json.dumps(t.to_wire(), default=str)) for t in tables])
        await self.db.run(lambda c: set_setting(c, TAX_TABLES_SETTING, data))
        return len(data)

    async def import_tax_tables(self, path: Path) -> int:
        """Import tax tables from a JSON file (the sandbox's shape); raises ValueError naming the problem."""
        try:
            text = await self.db.run(lambda _c: path.read_text(encoding="utf-8"))
            data = json.loads(text, parse_float=Decimal)
        except (OSError, json.JSONDecodeError) as err:
            raise ValueError(f"{path}: {err}") from err
        tables = parse_tax_tables(data)
        await self.db.run(lambda c: set_setting(c, TAX_TABLES_SETTING, tables))
        return len(tables)

    async def search_customers(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Cached customers whose name, email or phone contain every word of ``text`` (accents and case
        ignored); customers created at this till are included before Final POS confirms them."""
        words = normalize(text).split()
        if not words:
            return []
        found: list[dict[str, Any]] = []
        for customer in await self.records("customer"):
            name = f"{customer.get('firstName') or ''} {customer.get('lastName') or ''}"
            hay = normalize(" ".join((name, str(customer.get("email") or ""), str(customer.get("phone") or ""))))
            if all(word in hay for word in words):
                found.append(customer)
        found.sort(key=lambda c: normalize(f"{c.get('lastName') or ''} {c.get('firstName') or ''}"))
        return found[:limit]

    # pricing inputs ----------------------------------------------------------------------------
    def rates_for(self, item: CatalogItem | None = None, tax_table_id: str | None = None) -> tuple[TaxRate, ...]:
        """The rates that apply to ``item`` (or a table) at this station's outlet, one per priority."""
        table_id = item.tax_table_id if item is not None else tax_table_id
        cached = self._rates_cache.get(table_id)
        if cached is None:
            cached = match_rates(self._tables.get(table_id or "", []), self._address) if table_id else ()
            self._rates_cache[table_id] = cached
        return cached

    def default_rates(self) -> tuple[TaxRate, ...]:
        """Rates of the first table (for a taxable custom sale with no product)."""
        first = next(iter(self._tables), None)
        return self.rates_for(tax_table_id=first) if first else ()
