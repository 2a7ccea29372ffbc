"""The catalog on this station: full sync from Final POS into a catalog file, the index sold from, refreshes.

The register sells from the local catalog; the network only refreshes it. A full sync pages through
outlets, stations, categories, products, variants and customers (a few pages in flight at once) into the
catalog file being made (:mod:`register.store.catalog_file`), announcing its progress (``CatalogProgress``:
records, pages, rate). Each page is stored with the note that it is, so a sync that is stopped or killed
resumes with the pages it lacks. Once every kind is in, the index is built in that file, the file is put in
place and the small kinds are copied to the station database, together, in one transaction of the station
database: until then the previous catalog is the one sold from, whole. Start-up opens the file in place and
rebuilds nothing. Tax tables come from the sandbox extension, or, for a real store (whose API has none),
from a JSON file imported once.

The catalog files have their own thread (SQLite work there never waits on, or holds up, the station
database's); :attr:`CatalogService.index` is a read handle used from the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sqlite3
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, TypeVar

from register.api import errors as api_errors
from register.api.client import FinalPOSClient
from register.pricing.cart import TaxRate
from register.pricing.rates import Address, match_rates
from register.services.events import CatalogLoaded, CatalogProgress, EventBus
from register.store import catalog_file as files
from register.store.catalog_file import CatalogFileError, RebuildNeeded
from register.store.database import Database, transaction
from register.store.records import (
    catalog_counts,
    dumps,
    get_setting,
    load_catalog,
    now_iso,
    set_setting,
    upsert_catalog,
)
from register.store.search import CatalogIndex, CatalogItem, CategoryProducts, normalize

# the catalog's value types, for the front-ends (which never import the store)
__all__ = ["CatalogIndex", "CatalogItem", "CatalogService", "CategoryProducts", "SyncReport", "normalize"]

log = logging.getLogger(__name__)
T = TypeVar("T")

SYNC_PAGE_SIZE: Final = 100
"""Records per request: the server's largest page. A page may come back short (the client sets a malformed
record aside); only an empty page ends a list."""
SYNC_CONCURRENCY: Final = 3
"""Pages of one kind in flight at once."""
KINDS: Final = ("outlet", "station", "category", "product", "variant", "customer")
TAX_TABLES_SETTING: Final = "tax_tables"
SYNCED_AT_SETTING: Final = "catalog.synced_at"
GENERATION_SETTING: Final = "catalog.generation"
"""Which catalog file (``catalog-<n>.sqlite3``) is in place."""
CATALOG_DIR: Final = "catalog"
RESUME_MAX_AGE_S: Final = 24 * 3600.0
"""A sync stopped longer ago than this starts again from the beginning (the lists will have moved)."""
PROGRESS_EVERY_S: Final = 0.25
RATE_WINDOW_S: Final = 5.0


@dataclass(frozen=True)
class SyncReport:
    """How many records of each kind a sync stored."""

    counts: dict[str, int]
    pages: int = 0
    """Pages fetched by this run."""
    resumed_pages: int = 0
    """Pages a stopped sync had stored already (not fetched again)."""
    seconds: float = 0.0


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


@dataclass
class _Progress:
    """What a sync announces, at most every ``PROGRESS_EVERY_S`` per kind; the rate is over the last few
    seconds (a long sync slows down as the server pages deeper)."""

    bus: EventBus
    expected: Mapping[str, int]
    fetched: int = 0
    """Records fetched by this run."""
    pages: int = 0
    resumed: int = 0
    _last: float = 0.0
    _samples: deque[tuple[float, int]] = field(default_factory=deque)

    def emit(self, kind: str, done: int, pages: int, *, finished: bool = False, force: bool = False) -> None:
        now = time.monotonic()
        samples = self._samples
        if not samples:
            samples.append((now, 0))
        if not (finished or force) and now - self._last < PROGRESS_EVERY_S:
            return
        self._last = now
        samples.append((now, self.fetched))
        while len(samples) > 2 and now - samples[1][0] >= RATE_WINDOW_S:
            samples.popleft()
        since, before = samples[0]
        rate = (self.fetched - before) / (now - since) if now > since else 0.0
        self.bus.emit(CatalogProgress(kind, done, finished, pages=pages, rate=rate,
                                      expected=self.expected.get(kind), resumed_pages=self.resumed))


class CatalogService:
    """The local catalog: sync, cache, index, and the tax rates that apply at this station's outlet."""

    def __init__(self, db: Database, bus: EventBus, folder: Path | None = None) -> None:
        self.db = db
        self.bus = bus
        self.folder = folder or db.path.parent / CATALOG_DIR
        """Where the catalog files are (beside the station database)."""
        self.index = CatalogIndex()
        self.generation = 0
        """The catalog file in place (0: none yet)."""
        self._tables: dict[str, list[TaxRate]] = {}
        self._address = Address()
        self._rates_cache: dict[str | None, tuple[TaxRate, ...]] = {}
        self.rates_read = 0
        """How many times the tax tables were read: what :meth:`rates_for` answers may differ once it changes."""
        self._syncing = asyncio.Lock()
        """One sync or refresh at a time (the pairing's first sync and the background refresher)."""
        self._executor: ThreadPoolExecutor | None = None
        self._writer: Any = None
        """The catalog thread's connection to the file in place (refreshes write through it)."""
        self._staging: Any = None
        """The connection to the file a sync is making, while it runs."""
        self._counts: dict[str, int] = {}

    # the catalog thread ----------------------------------------------------------------------------
    async def _run(self, fn: Callable[[], T]) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register-catalog")
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn)

    async def close(self) -> None:
        """Close the catalog files and stop the catalog thread (a build under way stops at once: the next
        sync resumes it)."""
        if self._staging is not None:
            self._staging.interrupt()
        if self._executor is not None:
            with contextlib.suppress(Exception):
                await self._run(self._close_writer)
            self._executor.shutdown(wait=True)
            self._executor = None

    def _new_staging(self) -> sqlite3.Connection:
        """An empty staging file (whatever a stopped build left there goes), open for a build."""
        path = self.folder / files.STAGING_FILE
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(path) + suffix).unlink()
        return files.connect(path, build=True)

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _path(self, generation: int) -> Path:
        return self.folder / files.generation_file(generation)

    # loading -----------------------------------------------------------------------------------
    async def load(self, outlet_id: str | None = None) -> None:
        """Open the catalog in place and the tax rates (at start-up: no network, nothing rebuilt)."""
        def read(conn: Any) -> tuple[int, list[dict[str, Any]], Any, int]:
            legacy = conn.execute("SELECT count(*) FROM catalog WHERE kind IN ('product', 'variant')").fetchone()[0]
            return (int(get_setting(conn, GENERATION_SETTING, 0) or 0), load_catalog(conn, "outlet"),
                    get_setting(conn, TAX_TABLES_SETTING, []), legacy)

        generation, outlets, tables, legacy = await self.db.run(read)
        await self._run(self._finish_staged)
        pending = await self._run(lambda: self._complete_files(generation))
        if pending:  # a sync finished its file but was stopped before putting it in place
            generation = await self._put_in_place(pending[-1])
        index = await self._open(generation)
        if index is None and legacy:
            index = await self._import_legacy()
        self.index = index or CatalogIndex()
        self._tables = {str(t["id"]): [_tax_rate(r, t) for r in t.get("rates", [])] for t in tables}
        outlet = next((o for o in outlets if o.get("id") == outlet_id), None)
        self._address = Address(
            country=str(outlet.get("country") or ""), state=str(outlet.get("state") or ""),
            postcode=str(outlet.get("postCode") or ""), city=str(outlet.get("city") or ""),
        ) if outlet else Address()
        self._rates_cache.clear()
        self.rates_read += 1
        log.info("catalog loaded: %d sellable items (file %d), %d tax tables", len(self.index), self.generation,
                 len(self._tables))
        self.bus.emit(CatalogLoaded(len(self.index)))

    async def _open(self, generation: int) -> CatalogIndex | None:
        def open_file() -> CatalogIndex | None:
            self._close_writer()
            self._remove_stale(generation)
            if not generation:
                return None
            try:
                conn = files.connect(self._path(generation), read_only=True)
                index = CatalogIndex.open(conn)
                self._counts = dict(files.get_meta(conn, "counts", {}) or {})
            except (CatalogFileError, OSError) as err:  # a cache: set it aside, the next sync makes a new one
                log.error("the catalog file %d cannot be used (%s): it will be synced again", generation, err)
                self._set_aside(generation)
                return None
            return index

        index = await self._run(open_file)
        if index is None and generation:
            def forget(conn: Any) -> None:
                set_setting(conn, GENERATION_SETTING, None)
                set_setting(conn, SYNCED_AT_SETTING, None)  # the refresher makes a full sync next

            await self.db.run(forget)
        self.generation = generation if index is not None else 0
        return index

    async def _next_generation(self) -> int:
        in_place = await self.db.run(lambda c: int(get_setting(c, GENERATION_SETTING, 0) or 0))
        return max([in_place, *await self._run(lambda: self._complete_files(0))]) + 1

    def _finish_staged(self) -> None:
        """A sync stopped between building its file and renaming it: rename it now (it is put in place next)."""
        path = self.folder / files.STAGING_FILE
        if not path.exists():
            return
        try:
            conn = files.connect(path, read_only=True)
            try:
                state, generation = files.get_meta(conn, "state"), files.get_meta(conn, "generation")
            finally:
                conn.close()
        except CatalogFileError:
            return  # the next sync looks at it (and starts again if it cannot resume it)
        if state == "complete" and isinstance(generation, int) and generation > 0:
            self._install_file(generation)

    def _complete_files(self, active: int) -> list[int]:
        """Built files newer than the one in place (finished, not yet put in place), oldest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            generation = files.generation_of(path.name)
            if generation is not None and generation > active:
                found.append(generation)
        return sorted(found)

    def _remove_stale(self, active: int) -> None:
        """Delete the catalog files not in place (a reader still open elsewhere keeps its copy until closed)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            generation = files.generation_of(path.name.removesuffix("-wal").removesuffix("-shm"))
            if generation is not None and generation != active:
                with contextlib.suppress(OSError):  # Windows: still open; gone at a later start
                    path.unlink()

    def _set_aside(self, generation: int) -> None:
        for suffix in ("", "-wal", "-shm"):
            path = self.folder / (files.generation_file(generation) + suffix)
            with contextlib.suppress(OSError):
                path.replace(path.with_name(path.name + ".damaged"))

    async def _put_in_place(self, generation: int) -> int:
        """Make a built file the catalog in place: copy its small kinds to the station database and point
        the station database at it, in one transaction."""
        def read() -> dict[str, list[str]]:
            conn = files.connect(self._path(generation), read_only=True)
            try:
                if files.get_meta(conn, "state") != "complete":
                    raise CatalogFileError(f"catalog file {generation} is not complete")
                kinds = files.get_meta(conn, "kinds", [k for k in KINDS if k not in files.INDEXED_KINDS])
                return {kind: files.staged_records(conn, kind) for kind in kinds}
            finally:
                conn.close()

        small = await self._run(read)
        finished = datetime.now(UTC).isoformat(timespec="seconds")

        def write(conn: Any) -> None:
            stamp = now_iso()
            with transaction(conn, "putting the new catalog in place"):
                for kind, bodies in small.items():
                    conn.execute("DELETE FROM catalog WHERE kind IN (?, ?)", (kind, kind + "~new"))
                    conn.executemany("INSERT INTO catalog (kind, id, body, synced_at) VALUES (?, ?, ?, ?)",
                                     [(kind, str(json.loads(b).get("id")), b, stamp) for b in bodies])
                for key, value in ((GENERATION_SETTING, generation), (SYNCED_AT_SETTING, finished)):
                    conn.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                 "value = excluded.value", (key, dumps(value)))
                # products and variants live in the catalog file: what an older register kept here goes
                conn.execute("DELETE FROM catalog WHERE kind IN ('product', 'variant', 'product~new', 'variant~new')")

        await self.db.run(write)
        return generation

    async def synced_at(self) -> datetime | None:
        """When the last full sync finished (None: never)."""
        value = await self.db.run(lambda c: get_setting(c, SYNCED_AT_SETTING))
        try:
            return datetime.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    async def counts(self) -> dict[str, int]:
        """Cached records per kind."""
        counts = await self.db.run(catalog_counts)
        for kind in files.INDEXED_KINDS:
            counts.pop(kind, None)
            if self._counts.get(kind):
                counts[kind] = self._counts[kind]
        return counts

    async def records(self, kind: str) -> list[dict[str, Any]]:
        """Every cached record of ``kind`` (outlets, stations, categories, customers)."""
        return await self.db.run(lambda c: load_catalog(c, kind))

    # syncing -----------------------------------------------------------------------------------
    async def sync(self, client: FinalPOSClient, outlet_id: str | None = None) -> SyncReport:
        """Fetch everything into a new catalog file (resuming a stopped sync), put it in place, load it."""
        async with self._syncing:
            return await self._sync(client, outlet_id)

    async def _sync(self, client: FinalPOSClient, outlet_id: str | None) -> SyncReport:
        started = time.monotonic()
        expected = await self.counts()
        conn, done = await self._run(self._open_staging)
        self._staging = conn
        progress = _Progress(self.bus, expected, resumed=sum(len(pages) for pages in done.values()))
        pages: dict[str, Callable[[int], Awaitable[Sequence[Any]]]] = {
            "outlet": lambda skip: client.outlets.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "station": lambda skip: client.stations.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "category": lambda skip: client.categories.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "product": lambda skip: client.products.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "variant": lambda skip: client.variants.list(skip=skip, limit=SYNC_PAGE_SIZE),
            "customer": lambda skip: client.customers.list(skip=skip, limit=SYNC_PAGE_SIZE),
        }
        try:
            for kind in KINDS:
                await self._fetch_kind(conn, kind, pages[kind], done.get(kind, {}), progress)
            counts = await self._run(lambda: files.record_counts(conn))
            counts["tax_table"] = await self._sync_tax_tables(client)
            progress.emit("tax_table", counts["tax_table"], 1, finished=True)
            generation = await self._next_generation()
            progress.emit("index", 0, 0, force=True)
            items = await self._run(lambda: self._build(conn, generation, counts))
            progress.emit("index", items, 0, finished=True)
        finally:
            self._staging = None
            await self._run(conn.close)
        await self._run(lambda: self._install_file(generation))
        await self._put_in_place(generation)
        await self.load(outlet_id)
        return SyncReport(counts, progress.pages, progress.resumed, time.monotonic() - started)

    def _open_staging(self) -> tuple[Any, dict[str, dict[int, int]]]:
        """The catalog file being made: the one a stopped sync left, if recent, else a new one."""
        path = self.folder / files.STAGING_FILE
        if path.exists():
            try:
                conn = files.connect(path, build=True)
                started = files.get_meta(conn, "started_at")
                age = time.time() - float(started) if started is not None else None
                if age is not None and 0 <= age <= RESUME_MAX_AGE_S and files.get_meta(conn, "state") == "staging" \
                        and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                    done = {kind: files.staged_pages(conn, kind) for kind in KINDS}
                    log.info("catalog sync resumes: %d pages already stored", sum(len(p) for p in done.values()))
                    return conn, done
                conn.close()
            except (CatalogFileError, OSError, ValueError) as err:
                log.warning("the stopped catalog sync cannot be resumed (%s): starting again", err)
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(path) + suffix).unlink()
        conn = files.connect(path, build=True)
        files.set_meta(conn, "state", "staging")
        files.set_meta(conn, "started_at", time.time())
        files.set_meta(conn, "kinds", [k for k in KINDS if k not in files.INDEXED_KINDS])
        return conn, {}

    async def _fetch_kind(self, conn: Any, kind: str, fetch: Callable[[int], Awaitable[Sequence[Any]]],
                          done: dict[int, int], progress: _Progress) -> None:
        """Every page of ``kind`` the staging file lacks, ``SYNC_CONCURRENCY`` at a time, each stored as it
        arrives, until an empty page (where the list ends; noted, so a resumed sync knows)."""
        end: int | None = await self._run(lambda: files.get_meta(conn, f"end:{kind}"))
        records, pages = sum(done.values()), len(done)
        in_flight: dict[asyncio.Task[Sequence[Any]], int] = {}
        next_skip = 0
        try:
            while True:
                while len(in_flight) < SYNC_CONCURRENCY and (end is None or next_skip < end):
                    if next_skip not in done:
                        in_flight[asyncio.ensure_future(fetch(next_skip))] = next_skip
                    next_skip += SYNC_PAGE_SIZE
                if not in_flight:
                    break
                finished, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                for task in sorted(finished, key=lambda t: in_flight[t]):
                    skip = in_flight.pop(task)
                    page = task.result()
                    if end is not None and skip >= end:
                        continue  # past the end another page found
                    if not page:
                        end = skip
                        await self._run(lambda s=skip: _set_end(conn, kind, s))  # type: ignore[misc]
                        continue
                    wire = await self._run(lambda p=page, s=skip: files.stage_page(  # type: ignore[misc]
                        conn, kind, s, [_wire(kind, r) for r in p], dumps))
                    records += wire
                    pages += 1
                    progress.fetched += wire
                    progress.pages += 1
                    progress.emit(kind, records, pages)
        finally:
            for task in in_flight:
                task.cancel()
            for task in in_flight:
                with contextlib.suppress(BaseException):
                    await task
        progress.emit(kind, records, pages, finished=True)

    def _build(self, conn: Any, generation: int, counts: Mapping[str, int]) -> int:
        items = files.build_index(conn, generation)
        files.mark_complete(conn, counts)
        return items

    def _install_file(self, generation: int) -> None:
        staging = self.folder / files.STAGING_FILE
        target = self._path(generation)
        files.sync_file(staging)
        os.replace(staging, target)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(staging) + suffix).unlink()
        files.sync_file(target)

    async def _import_legacy(self) -> CatalogIndex | None:
        """An older register kept products and variants in the station database: build a catalog file from
        them once (then they are removed from there)."""
        log.info("building the catalog file from the products an older register cached")

        def read(conn: Any) -> dict[str, list[dict[str, Any]]]:
            return {kind: load_catalog(conn, kind) for kind in files.INDEXED_KINDS}

        records = await self.db.run(read)
        generation = await self._next_generation()

        def build() -> None:
            conn = self._new_staging()
            try:
                files.set_meta(conn, "state", "staging")
                files.set_meta(conn, "started_at", time.time())
                files.set_meta(conn, "kinds", [])
                for kind, rows in records.items():
                    for skip in range(0, len(rows), 1000):
                        files.stage_page(conn, kind, skip, rows[skip:skip + 1000], dumps)
                files.build_index(conn, generation)
                files.mark_complete(conn, {k: len(v) for k, v in records.items()})
            finally:
                conn.close()
            self._install_file(generation)

        await self._run(build)
        await self._put_in_place(generation)
        return await self._open(generation)

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
        fresh: dict[str, list[dict[str, Any]]] = {}
        for kind, fetch in pages.items():
            skip = known.get(kind, 0)
            while True:
                page = await fetch(skip)
                if not page:
                    break
                fresh.setdefault(kind, []).extend(_wire(kind, r) for r in page)
                skip += SYNC_PAGE_SIZE
        for kind in ("category", "customer"):
            if fresh.get(kind):
                added[kind] = await self.db.run(lambda c, k=kind: upsert_catalog(c, k, fresh[k]))  # type: ignore[misc]
        indexed = {kind: fresh[kind] for kind in files.INDEXED_KINDS if fresh.get(kind)}
        if indexed and self.generation:
            added.update(await self._add_to_index(indexed, {k: known.get(k, 0) for k in files.INDEXED_KINDS}))
        elif indexed:  # nothing synced yet: the next full sync brings them
            log.info("new products seen before the first full sync: left to it")
        if added:
            await self.load(outlet_id)
        return added

    async def _add_to_index(self, records: dict[str, list[dict[str, Any]]], first: dict[str, int]) -> dict[str, int]:
        generation = self.generation

        def add() -> dict[str, int] | None:
            if self._writer is None:
                self._writer = files.connect(self._path(generation))
            try:
                changed = files.add_records(self._writer, records, first)
            except RebuildNeeded as err:
                log.info("the catalog index is built again: %s", err)
                return None
            counts = dict(files.get_meta(self._writer, "counts", {}) or {})
            for kind, n in changed.items():
                counts[kind] = counts.get(kind, 0) + n
            files.set_meta(self._writer, "counts", counts)
            self._counts = counts
            return changed

        changed = await self._run(add)
        if changed is not None:
            return changed
        target = await self._next_generation()
        await self._run(lambda: self._rebuild(generation, target, records, first))
        await self._put_in_place(target)
        return {kind: len(rows) for kind, rows in records.items()}

    def _rebuild(self, generation: int, target: int, records: dict[str, list[dict[str, Any]]],
                 first: dict[str, int]) -> None:
        """A new catalog file from the one in place and ``records`` (when new items no longer fit in it)."""
        self._close_writer()
        conn = self._new_staging()
        try:
            files.copy_essentials(self._path(generation), conn)
            files.set_meta(conn, "kinds", [])
            for kind, rows in records.items():
                conn.execute("BEGIN IMMEDIATE")
                files.put_records(conn, kind, enumerate(rows, first.get(kind, 0)), dumps)
                conn.execute("COMMIT")
            files.build_index(conn, target)
            files.mark_complete(conn, files.record_counts(conn))
        finally:
            conn.close()
        self._install_file(target)

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


def _set_end(conn: Any, kind: str, skip: int) -> None:
    current = files.get_meta(conn, f"end:{kind}")
    if current is None or skip < current:
        files.set_meta(conn, f"end:{kind}", skip)


def _wire(kind: str, record: Any) -> dict[str, Any]:
    """A fetched record as a dict: as on the wire for the kinds kept as JSON; with exact Decimals (not the JSON
    numbers of the wire form) for products and variants, whose fields are read at once."""
    if kind in files.INDEXED_KINDS:
        data: dict[str, Any] = record.model_dump(by_alias=True, exclude_unset=True)
        return data
    wire: dict[str, Any] = record.to_wire()
    return wire
