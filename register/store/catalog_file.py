"""Catalog files: the station's catalog in SQLite files of its own, beside the station database.

A full sync fills ``catalog-next.sqlite3`` page by page (each page and the note that it is in commit
together, so a sync killed at any point resumes from the pages it has), then builds the index in it:

- ``products`` and ``variants``: the fields the register sells by, one row per record, in list order;
- ``items``: one row per sellable item (a variant, or a product without variants), rowid ``rank * GAP`` in
  name order, with its haystack (see :mod:`register.store.search`);
- ``fts``: an FTS5 ``trigram`` index over the haystacks (``detail=none``: rowids only; ``instr`` checks);
- ``codes``: barcode (and UPC-A reading) and SKU → item; ``grams``: each trigram and how many items have it;
  ``tiles``: per category, its product count and first products in name order;
- ``records``: the other kinds (outlets, stations, categories, customers) as the API returned them, copied
  to the station database when the new catalog is put in place.

Once built it is renamed ``catalog-<generation>.sqlite3`` and the station database is pointed at it (see
:class:`register.services.catalog.CatalogService`); until then the register sells from the previous file.
A refresh (new records while the register runs) adds to the file in use, in name order (between the
rowids of its neighbours). The files are a cache: a damaged one is set aside and synced again.

Functions here take a connection and run on the catalog's own thread.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from register.store.search import (
    CATEGORY_HEAD,
    GAP,
    ITEM_COLUMNS,
    ITEM_WIDTH,
    PART,
    START,
    UNSOLD_STATUSES,
    WORD,
    CatalogItem,
    Stocked,
    attributes_of,
    code_keys,
    haystack,
    inventory_of,
    inventory_text,
    item_values,
    make_item,
    may_backorder,
    normalize,
    price_of,
    product_name,
    trigrams,
    variant_prices,
    weighed_of,
)

SCHEMA_VERSION: Final = 2
"""2: stock per outlet, backorders, the regular price of an item on sale, sold by weight."""
STAGING_FILE: Final = "catalog-next.sqlite3"
INDEXED_KINDS: Final = ("product", "variant")
"""Kinds kept only in the catalog file (the others go to the station database)."""
_BATCH: Final = 5000

SCHEMA: Final = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """CREATE TABLE IF NOT EXISTS pages (
           kind TEXT NOT NULL, skip INTEGER NOT NULL, records INTEGER NOT NULL, PRIMARY KEY (kind, skip)
       ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS records (
           kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id)
       ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS products (
           id TEXT PRIMARY KEY, seq INTEGER NOT NULL, name TEXT NOT NULL, sku TEXT, tax_table_id TEXT,
           categories TEXT, status TEXT, price TEXT, weighed INTEGER
       ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS variants (
           id TEXT PRIMARY KEY, seq INTEGER NOT NULL, product_id TEXT NOT NULL, sku TEXT, barcode TEXT,
           price TEXT, attributes TEXT, manage_stock INTEGER NOT NULL, regular TEXT, backorder INTEGER NOT NULL,
           inventory TEXT, weighed INTEGER
       ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS items (
           id INTEGER PRIMARY KEY, product_id TEXT NOT NULL, variant_id TEXT, name TEXT NOT NULL, sku TEXT,
           barcode TEXT, price TEXT, tax_table_id TEXT, categories TEXT, attributes TEXT,
           manage_stock INTEGER NOT NULL, allow_backorder INTEGER NOT NULL, inventory TEXT, regular_price TEXT,
           sold_by_weight INTEGER NOT NULL, hay TEXT NOT NULL
       )""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
           hay, content='items', content_rowid='id', tokenize='trigram case_sensitive 1', detail=none,
           columnsize=0
       )""",
    """CREATE TABLE IF NOT EXISTS codes (
           code TEXT NOT NULL, kind INTEGER NOT NULL, item INTEGER NOT NULL, PRIMARY KEY (code, kind, item)
       ) WITHOUT ROWID""",
    "CREATE TABLE IF NOT EXISTS grams (gram TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID",
    """CREATE TABLE IF NOT EXISTS tiles (
           category TEXT PRIMARY KEY, products INTEGER NOT NULL, head TEXT NOT NULL
       ) WITHOUT ROWID""",
)


class CatalogFileError(Exception):
    """A catalog file that cannot be used (damaged, or from another version): it is synced again."""


def generation_file(generation: int) -> str:
    """The name of a built catalog file."""
    return f"catalog-{generation}.sqlite3"


def generation_of(name: str) -> int | None:
    """The generation in a built catalog file's name (None for any other file)."""
    stem = name.removeprefix("catalog-").removesuffix(".sqlite3")
    if name.startswith("catalog-") and name.endswith(".sqlite3") and stem.isdigit():
        return int(stem)
    return None


def connect(path: Path, *, build: bool = False, read_only: bool = False) -> sqlite3.Connection:
    """Open a catalog file (created when new): WAL; ``build`` trades durability for speed (a power cut during
    a build loses the build, which starts again; a killed process loses nothing committed)."""
    if read_only and not path.exists():
        raise CatalogFileError(f"{path.name}: no such file")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {'OFF' if build else 'NORMAL'}")
        conn.execute(f"PRAGMA cache_size = {-32_000 if build else -8_000}")  # KiB
        conn.execute("PRAGMA temp_store = FILE")
        conn.create_function("code_key", 1, _sql_code_key, deterministic=True)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            for statement in SCHEMA:
                conn.execute(statement)
            if conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() is None:
                set_meta(conn, "schema", SCHEMA_VERSION)
        version = get_meta(conn, "schema")
    except sqlite3.DatabaseError as err:
        raise CatalogFileError(f"{path.name}: {err}") from err
    if version != SCHEMA_VERSION:
        conn.close()
        raise CatalogFileError(f"{path.name}: catalog schema {version!r}, this register knows {SCHEMA_VERSION}")
    return conn


def _sql_code_key(text: str | None) -> str | None:
    return None if text is None else text.strip().upper()


def get_meta(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    """A value of the file's ``meta`` table."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: Any) -> None:
    """Set a value of ``meta`` (in the caller's transaction, if any)."""
    conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, json.dumps(value)))


def sync_file(path: Path) -> None:
    """fsync a closed file and its folder (the build runs with synchronous=OFF: this makes it durable)."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    if os.name != "nt":  # folders cannot be opened on Windows; NTFS journals the rename
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# staging a full sync -------------------------------------------------------------------------------------
def product_row(record: Mapping[str, Any], seq: int) -> tuple[Any, ...] | None:
    """The ``products`` row of a product record (None without an id)."""
    pid = str(record.get("id") or record.get("_id") or "")
    if not pid:
        return None
    price = price_of(record.get("minPrice"))
    categories = [str(c) for c in record.get("categories") or ()]
    table = record.get("taxTable")
    return (pid, seq, product_name(record), _text(record.get("sku")), str(table) if table else None,
            json.dumps(categories, ensure_ascii=False) if categories else None,
            None if record.get("status") is None else str(record.get("status")),
            None if price is None else str(price), _flag(weighed_of(record)))


def variant_row(record: Mapping[str, Any], seq: int) -> tuple[Any, ...] | None:
    """The ``variants`` row of a variant record (None without an id or a product)."""
    vid, pid = str(record.get("id") or record.get("_id") or ""), record.get("productId")
    if not vid or not pid:
        return None
    price, regular = variant_prices(record)
    attrs = attributes_of(record)
    return (vid, seq, str(pid), _text(record.get("sku")), _text(record.get("barcode")),
            None if price is None else str(price), json.dumps(attrs, ensure_ascii=False) if attrs else None,
            int(bool(record.get("manageStock"))), None if regular is None else str(regular),
            int(may_backorder(record)), inventory_text(inventory_of(record)), _flag(weighed_of(record)))


def _text(value: Any) -> str | None:
    return str(value) if value else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def stage_page(conn: sqlite3.Connection, kind: str, skip: int, records: Sequence[Mapping[str, Any]],
               dumps: Callable[[Any], str]) -> int:
    """Store one page of ``kind`` fetched at ``skip`` and note it, in one transaction; returns its records."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        put_records(conn, kind, [(skip + n, r) for n, r in enumerate(records)], dumps)
        conn.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)", (kind, skip, len(records)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(records)


def put_records(conn: sqlite3.Connection, kind: str, numbered: Iterable[tuple[int, Mapping[str, Any]]],
                 dumps: Callable[[Any], str]) -> None:
    if kind == "product":
        rows = [r for r in (product_row(rec, seq) for seq, rec in numbered) if r is not None]
        conn.executemany("INSERT OR REPLACE INTO products VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    elif kind == "variant":
        rows = [r for r in (variant_row(rec, seq) for seq, rec in numbered) if r is not None]
        conn.executemany("INSERT OR REPLACE INTO variants VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    else:
        conn.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)",
                         [(kind, str(rec.get("id") or rec.get("_id")), dumps(rec)) for _, rec in numbered])


def staged_pages(conn: sqlite3.Connection, kind: str) -> dict[int, int]:
    """skip → records of the pages of ``kind`` already stored."""
    return dict(conn.execute("SELECT skip, records FROM pages WHERE kind = ?", (kind,)).fetchall())


def staged_records(conn: sqlite3.Connection, kind: str) -> list[str]:
    """The JSON bodies of a kind kept as records (outlets, stations, categories, customers)."""
    return [body for (body,) in conn.execute("SELECT body FROM records WHERE kind = ? ORDER BY id", (kind,))]


def record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Records per kind in the file."""
    counts = dict(conn.execute("SELECT kind, count(*) FROM records GROUP BY kind").fetchall())
    counts["product"] = conn.execute("SELECT count(*) FROM products").fetchone()[0]
    counts["variant"] = conn.execute("SELECT count(*) FROM variants").fetchone()[0]
    return counts


# building the index ------------------------------------------------------------------------------------
def _items_from_essentials(conn: sqlite3.Connection, product_ids: Sequence[str] | None = None
                           ) -> Iterator[tuple[CatalogItem, int, int]]:
    """(item, product seq, variant seq) of every sellable item (of ``product_ids`` only, if given)."""
    sql = (f"SELECT {_ESSENTIALS} FROM products p LEFT JOIN variants v ON v.product_id = p.id")
    if product_ids is None:
        cursor = conn.execute(sql + " ORDER BY p.seq, v.seq")
    else:
        cursor = conn.execute(sql + f" WHERE p.id IN ({','.join('?' * len(product_ids))}) ORDER BY p.seq, v.seq",
                              list(product_ids))
    for (pid, pseq, name, psku, table, cats, status, pprice, pweighed, vid, vseq, vsku, barcode, vprice, attrs, manage,
         regular, backorder, inventory, vweighed) in cursor:
        if status in UNSOLD_STATUSES:
            continue
        categories = json.loads(cats) if cats else ()
        if vid is None:
            yield (make_item(pid, None, name, psku, None, _decimal(pprice), table, categories, (), False,
                             Stocked(sold_by_weight=bool(pweighed))), pseq, -1)
        else:
            attributes = tuple((str(a), str(v)) for a, v in json.loads(attrs)) if attrs else ()
            stocked = Stocked(bool(backorder), tuple((str(o), _decimal(n)) for o, n in json.loads(inventory))
                              if inventory else (), _decimal(regular),
                              bool(pweighed if vweighed is None else vweighed))
            yield (make_item(pid, vid, name, vsku or psku, barcode, _decimal(vprice), table, categories, attributes,
                             bool(manage), stocked), pseq, vseq)


def _index_rows(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """The ``pending`` rows of every sellable item, straight from ``products`` and ``variants`` (what
    :func:`_items_from_essentials` and :func:`~register.store.search.item_values` give, without making an item:
    the build's hot loop)."""
    sql = f"SELECT {_ESSENTIALS} FROM products p LEFT JOIN variants v ON v.product_id = p.id"
    attributes_cache: dict[str, str] = {}
    for (pid, pseq, name, psku, table, cats, status, pprice, pweighed, vid, vseq, vsku, barcode, vprice, attrs, manage,
         regular, backorder, inventory, vweighed) in conn.execute(sql):
        if status in UNSOLD_STATUSES:
            continue
        if vid is None:
            sku = psku.strip() if psku else None
            key = normalize(name)
            yield (key, pseq, -1, pid, None, name, sku or None, None, pprice, table, cats, None, 0, 1, None, None,
                   int(bool(pweighed)), haystack(key, sku, None))
            continue
        sku = (vsku or psku or "").strip() or None
        code = barcode.strip() if barcode else None
        display = name
        if attrs:
            suffix = attributes_cache.get(attrs)
            if suffix is None:
                suffix = attributes_cache[attrs] = ", ".join(str(v) for _, v in json.loads(attrs))
                if len(attributes_cache) > 10_000:
                    attributes_cache.clear()
            display = f"{name} — {suffix}"
        key = normalize(display)
        yield (key, pseq, vseq, pid, vid, name, sku, code or None, vprice, table, cats, attrs, int(bool(manage)),
               int(bool(backorder)), inventory, regular, int(bool(pweighed if vweighed is None else vweighed)),
               haystack(key, sku, code))


_ESSENTIALS: Final = ("p.id, p.seq, p.name, p.sku, p.tax_table_id, p.categories, p.status, p.price, p.weighed, "
                      "v.id, v.seq, v.sku, v.barcode, v.price, v.attributes, v.manage_stock, v.regular, v.backorder, "
                      "v.inventory, v.weighed")
"""What an item is made of: its product's and its variant's staged fields."""


def _decimal(text: str | None) -> Any:
    from decimal import Decimal

    return None if text is None else Decimal(text)


def build_index(conn: sqlite3.Connection, generation: int, source: Iterable[tuple[CatalogItem, int, int]] | None = None,
                on_step: Callable[[str], None] = lambda _: None) -> int:
    """Build the index tables from ``products``/``variants`` (or ``source``: (item, key, key) in any order);
    returns the number of items. Replaces an index built before (a build killed half way starts again)."""
    on_step("items")
    conn.execute("CREATE INDEX IF NOT EXISTS variants_by_product ON variants(product_id, seq)")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in ("items", "codes", "grams", "tiles"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT INTO fts(fts) VALUES ('delete-all')")
        conn.execute("DROP TABLE IF EXISTS temp.pending")
        conn.execute("CREATE TEMP TABLE pending (name_key TEXT, s1 INTEGER, s2 INTEGER, product_id TEXT, "
                     "variant_id TEXT, name TEXT, sku TEXT, barcode TEXT, price TEXT, tax_table_id TEXT, "
                     "categories TEXT, attributes TEXT, manage_stock INTEGER, allow_backorder INTEGER, "
                     "inventory TEXT, regular_price TEXT, sold_by_weight INTEGER, hay TEXT)")
        batch: list[tuple[Any, ...]] = []
        insert = "INSERT INTO temp.pending VALUES (" + ",".join("?" * (ITEM_WIDTH + 4)) + ")"
        rows = _index_rows(conn) if source is None else (
            (item.name_key, s1, s2, *item_values(item), item.haystack) for item, s1, s2 in source)
        for row in rows:
            batch.append(row)
            if len(batch) >= _BATCH:
                conn.executemany(insert, batch)
                batch = []
        conn.executemany(insert, batch)
        conn.execute(f"INSERT INTO items (id, {ITEM_COLUMNS}, hay) SELECT row_number() OVER "
                     f"(ORDER BY name_key, s1, s2) * {GAP}, {ITEM_COLUMNS}, hay FROM temp.pending")
        conn.execute("DROP TABLE temp.pending")
        on_step("search index")
        conn.execute("INSERT INTO fts(rowid, hay) SELECT id, hay FROM items")
        on_step("codes")
        # codes are stripped already; upper() is Python's for ASCII, which most codes are (else code_key())
        conn.execute("""INSERT OR IGNORE INTO codes
                        SELECT code, kind, item FROM (
                            SELECT key AS code, 0 AS kind, id AS item FROM keys WHERE barcode
                            UNION ALL
                            SELECT substr(key, 2), 0, id FROM keys
                            WHERE barcode AND length(key) = 13 AND substr(key, 1, 1) = '0'
                            UNION ALL
                            SELECT key, 1, id FROM keys WHERE NOT barcode
                        ) WHERE code != '' ORDER BY code, kind, item""".replace("keys", """(
                            SELECT id, 1 AS barcode, CASE WHEN length(barcode) = length(CAST(barcode AS BLOB))
                                   THEN upper(barcode) ELSE code_key(barcode) END AS key
                            FROM items WHERE barcode IS NOT NULL
                            UNION ALL
                            SELECT id, 0, CASE WHEN length(sku) = length(CAST(sku AS BLOB))
                                   THEN upper(sku) ELSE code_key(sku) END
                            FROM items WHERE sku IS NOT NULL)"""))
        on_step("tiles")
        _build_tiles(conn)
        conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        on_step("grams")
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, fts, 'row')")
        conn.execute("INSERT INTO grams SELECT term, doc FROM temp.vocab")
        count: int = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        set_meta(conn, "items", count)
        set_meta(conn, "generation", generation)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return count


def _build_tiles(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.links")
    conn.execute("""CREATE TEMP TABLE links AS
                    SELECT j.value AS category, i.product_id AS product, min(i.id) AS first,
                           group_concat(i.id) AS rows
                    FROM items i, json_each(i.categories) j WHERE i.categories IS NOT NULL
                    GROUP BY j.value, i.product_id""")
    totals = dict(conn.execute("SELECT category, count(*) FROM temp.links GROUP BY category").fetchall())
    heads: dict[str, list[list[int]]] = {}
    for category, rows in conn.execute(
            f"SELECT category, rows FROM (SELECT category, first, rows, row_number() OVER (PARTITION BY category "
            f"ORDER BY first) AS n FROM temp.links) WHERE n <= {CATEGORY_HEAD} ORDER BY category, first"):
        heads.setdefault(category, []).append(sorted({int(r) for r in str(rows).split(",")}))
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?)",
                     [(c, totals[c], json.dumps(heads.get(c, []))) for c in totals])
    conn.execute("DROP TABLE temp.links")


def build_in_memory(items: Iterable[CatalogItem]) -> sqlite3.Connection:
    """A catalog index of ``items`` (in that order for equal names) in an in-memory database."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.create_function("code_key", 1, _sql_code_key, deterministic=True)
    for statement in SCHEMA:
        conn.execute(statement)
    set_meta(conn, "schema", SCHEMA_VERSION)
    build_index(conn, 0, ((item, n, 0) for n, item in enumerate(items)))
    return conn


def mark_complete(conn: sqlite3.Connection, counts: Mapping[str, int]) -> None:
    """The build is done: the file is ready to be put in place."""
    conn.execute("BEGIN IMMEDIATE")
    set_meta(conn, "state", "complete")
    set_meta(conn, "completed_at", datetime.now(UTC).isoformat(timespec="seconds"))
    set_meta(conn, "counts", dict(counts))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# refreshing the file in use ----------------------------------------------------------------------------
class RebuildNeeded(Exception):
    """New items no longer fit between their neighbours' rowids: the index must be built again."""


def add_records(conn: sqlite3.Connection, records: Mapping[str, Sequence[Mapping[str, Any]]],
                first_seq: Mapping[str, int]) -> dict[str, int]:
    """Add (or update) products and variants fetched by a refresh to a built file, items in name order;
    returns how many records of each kind changed. Raises :class:`RebuildNeeded` (nothing changed) when the
    new items do not fit."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        changed, affected = _upsert_essentials(conn, records, first_seq)
        if affected:
            _replace_items(conn, sorted(affected))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return changed


def _upsert_essentials(conn: sqlite3.Connection, records: Mapping[str, Sequence[Mapping[str, Any]]],
                       first_seq: Mapping[str, int]) -> tuple[dict[str, int], set[str]]:
    changed: dict[str, int] = {}
    affected: set[str] = set()
    for kind, table, make in (("product", "products", product_row), ("variant", "variants", variant_row)):
        seq = first_seq.get(kind, 0)
        for record in records.get(kind, ()):
            row = make(record, seq)
            seq += 1
            if row is None:
                continue
            old = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row[0],)).fetchone()
            if old is not None:
                if tuple(old[2:]) == row[2:]:
                    continue  # the same record again (a refresh that overlaps what is stored)
                row = (row[0], old[1], *row[2:])  # an update keeps its place in the list
            conn.execute(f"INSERT OR REPLACE INTO {table} VALUES ({','.join('?' * len(row))})", row)
            changed[kind] = changed.get(kind, 0) + 1
            if kind == "product":
                affected.add(row[0])
            else:
                affected.add(row[2])
                if old is not None:
                    affected.add(old[2])
    return changed, affected


def _name_key_of(hay: str) -> str:
    return hay[len(START):hay.index(PART)].replace(WORD, " ")


def _replace_items(conn: sqlite3.Connection, product_ids: list[str]) -> None:
    old: list[tuple[int, str, str | None, str]] = []
    for chunk in range(0, len(product_ids), 500):
        part = product_ids[chunk:chunk + 500]
        old += conn.execute(f"SELECT id, product_id, categories, hay FROM items WHERE product_id IN "
                            f"({','.join('?' * len(part))})", part).fetchall()
    new = sorted(_items_from_essentials(conn, product_ids), key=lambda x: (x[0].name_key, x[1], x[2]))
    for rowid, _, _, hay in old:
        conn.execute("INSERT INTO fts(fts, rowid, hay) VALUES ('delete', ?, ?)", (rowid, hay))
        conn.execute("DELETE FROM codes WHERE item = ?", (rowid,))
        conn.execute("DELETE FROM items WHERE id = ?", (rowid,))
    _grams_delta(conn, [hay for *_, hay in old], -1)
    placed = _places(conn, [item.name_key for item, _, _ in new])
    for (item, _, _), rowid in zip(new, placed, strict=True):
        hay = item.haystack
        conn.execute(f"INSERT INTO items (id, {ITEM_COLUMNS}, hay) VALUES ({','.join('?' * (ITEM_WIDTH + 2))})",
                     (rowid, *item_values(item), hay))
        conn.execute("INSERT INTO fts(rowid, hay) VALUES (?, ?)", (rowid, hay))
        conn.executemany("INSERT OR IGNORE INTO codes VALUES (?, ?, ?)",
                         [(code, kind, rowid) for code, kind in code_keys(item)])
    _grams_delta(conn, [item.haystack for item, _, _ in new], +1)
    _update_tiles(conn, old, [(item, rowid) for (item, _, _), rowid in zip(new, placed, strict=True)])
    set_meta(conn, "items", conn.execute("SELECT count(*) FROM items").fetchone()[0])


def _places(conn: sqlite3.Connection, keys: list[str]) -> list[int]:
    """Rowids for new items with these name keys (sorted), each after the items whose name is not greater."""
    bounds = conn.execute("SELECT min(id), max(id) FROM items").fetchone()
    if bounds[0] is None:
        return [GAP * (n + 1) for n in range(len(keys))]
    groups: dict[tuple[int, int | None], list[int]] = {}
    for n, key in enumerate(keys):
        groups.setdefault(_gap_for(conn, key, bounds[0], bounds[1]), []).append(n)
    placed = [0] * len(keys)
    for (before, after), members in groups.items():
        if after is None:
            for j, n in enumerate(members):
                placed[n] = before + GAP * (j + 1)
            continue
        room = after - before - 1
        if room < len(members):
            raise RebuildNeeded(f"{len(members)} new items between rowids {before} and {after}")
        for j, n in enumerate(members):
            placed[n] = before + (after - before) * (j + 1) // (len(members) + 1)
    return placed


def _gap_for(conn: sqlite3.Connection, key: str, low: int, high: int) -> tuple[int, int | None]:
    """(the rowid of the last item whose name key is <= ``key`` (0: none), the next item's rowid or None).

    A bisection over rowid values: "the first item at or after v has a greater key" holds from some v on."""
    lo, hi = low, high + 1
    while lo < hi:
        mid = (lo + hi) // 2
        row = conn.execute("SELECT id, hay FROM items WHERE id >= ? ORDER BY id LIMIT 1", (mid,)).fetchone()
        if row is None or _name_key_of(row[1]) > key:
            hi = mid
        else:
            lo = row[0] + 1  # every item up to this one has a key <= key
    before = conn.execute("SELECT max(id) FROM items WHERE id < ?", (lo,)).fetchone()[0]
    after = conn.execute("SELECT min(id) FROM items WHERE id >= ?", (lo,)).fetchone()[0]
    return before or 0, after


def _grams_delta(conn: sqlite3.Connection, hays: Iterable[str], delta: int) -> None:
    counts: dict[str, int] = {}
    for hay in hays:
        for gram in trigrams(hay):
            counts[gram] = counts.get(gram, 0) + delta
    conn.executemany("INSERT INTO grams VALUES (?, ?) ON CONFLICT(gram) DO UPDATE SET docs = docs + excluded.docs",
                     list(counts.items()))
    if delta < 0:
        conn.execute("DELETE FROM grams WHERE docs <= 0")


def _update_tiles(conn: sqlite3.Connection, old: list[tuple[int, str, str | None, str]],
                  new: list[tuple[CatalogItem, int]]) -> None:
    """Tiles after a refresh: new products are merged into the first ones; a category whose products were
    changed or taken away is grouped again."""
    old_by_category: dict[str, set[str]] = {}
    for _, product, cats, _ in old:
        for category in json.loads(cats) if cats else ():
            old_by_category.setdefault(str(category), set()).add(product)
    new_by_category: dict[str, dict[str, list[int]]] = {}
    for item, rowid in new:
        for category in item.category_ids:
            new_by_category.setdefault(category, {}).setdefault(item.product_id, []).append(rowid)
    regroup = set(old_by_category)
    for category, products in new_by_category.items():
        if category in regroup:
            continue
        row = conn.execute("SELECT products, head FROM tiles WHERE category = ?", (category,)).fetchone()
        total, head = (row[0], json.loads(row[1])) if row else (0, [])
        head += [sorted(rows) for rows in products.values()]
        head.sort(key=lambda rows: rows[0])
        conn.execute("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?)",
                     (category, total + len(products), json.dumps(head[:CATEGORY_HEAD])))
    for category in regroup:
        _regroup_tiles(conn, category)


def _regroup_tiles(conn: sqlite3.Connection, category: str) -> None:
    rows = conn.execute("SELECT i.product_id, i.id FROM items i, json_each(i.categories) j "
                        "WHERE i.categories IS NOT NULL AND j.value = ? ORDER BY i.id", (category,)).fetchall()
    products: dict[str, list[int]] = {}
    for product, rowid in rows:
        products.setdefault(product, []).append(rowid)
    if not products:
        conn.execute("DELETE FROM tiles WHERE category = ?", (category,))
        return
    head = list(products.values())[:CATEGORY_HEAD]
    conn.execute("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?)", (category, len(products), json.dumps(head)))


def copy_essentials(source: Path, conn: sqlite3.Connection) -> None:
    """Copy another catalog file's records into ``conn``'s (empty) file, to build it again from them."""
    conn.execute("ATTACH DATABASE ? AS src", (str(source),))
    try:
        conn.execute("BEGIN IMMEDIATE")
        for table in ("records", "products", "variants", "pages"):
            conn.execute(f"INSERT OR REPLACE INTO main.{table} SELECT * FROM src.{table}")
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE src")


def normalize_key(text: str) -> str:
    """:func:`~register.store.search.normalize` (re-exported for the builder's callers)."""
    return normalize(text)
