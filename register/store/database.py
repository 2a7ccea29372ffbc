"""One SQLite database per station: opening, health check, migrations, and the thread it runs on.

Every statement runs on one dedicated thread (``Database.run`` from the event loop, ``call`` from plain
code), so a slow disk never stalls the GUI's loop and the connection is never shared across threads.
WAL journal; ``synchronous=FULL`` so that a committed sale survives a power cut. A file that is not a
healthy register database is refused with :class:`StoreCorruptError` and left exactly as it was: an empty
(0-byte) or truncated file, a foreign file, a write-ahead log that does not check out, or a database that
has lost committed writes since it was last open (its write-ahead log was deleted: see
:class:`register.store.files.Generation`). One process at a time holds a station's database
(:class:`~register.store.files.DataLock`), and its folder and files are owner-only.

The current cart is saved on every scan through a second connection on its own thread (``run_cart``):
``synchronous=NORMAL``, so its commit waits on no fsync (a saved cart survives a crash or a kill of the
register; a power cut may take the last changes, and the next sale's FULL commit makes them durable too),
and it never queues behind the sales and outbox writes of the main thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Final, TypeVar

from register.store.errors import StoreCorruptError, StoreError, StoreVersionError, translate
from register.store.files import DataLock, Generation, check_wal, secure_dir, secure_file
from register.store.schema import APPLICATION_ID, MIGRATIONS

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_HEADER: Final = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS: Final = 3000
GENERATION_KEY: Final = "_generation"
"""Setting counting durable commits; the same number is kept in the guard file beside the database."""


class _Connection(sqlite3.Connection):
    """A connection that knows its station's guard file (see :func:`transaction`)."""

    guard: Generation | None = None


class Database:
    """The station's SQLite file, used from one thread. Open with :meth:`open`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register-db")
        self._conn: sqlite3.Connection | None = None
        self._thread_id: int | None = None
        self._lock = DataLock(path)
        self._cart_executor: ThreadPoolExecutor | None = None
        self._cart_conn: sqlite3.Connection | None = None

    # life cycle ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating if new) and migrate; refuse a damaged or foreign file without touching it."""
        db = cls(path)
        try:
            db._executor.submit(db._open).result()
        except BaseException:
            db._executor.shutdown(wait=True)
            raise
        return db

    def _open(self) -> None:
        self._thread_id = threading.get_ident()
        secure_dir(self.path.parent)
        self._lock.acquire()
        try:
            self._connect()
        except BaseException:
            self._lock.release()
            raise

    def _connect(self) -> None:
        guard = Generation(self.path)
        if self.path.exists():
            _check_header(self.path, guard)
            check_wal(self.path)
        secure_file(self.path)  # a new file is made owner-only before SQLite writes a byte to it
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, factory=_Connection)
        except sqlite3.Error as err:
            raise translate(err, "opening the database") from err
        try:
            _check_health(conn, self.path)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            _check_generation(conn, guard, self.path)
            _migrate(conn, self.path)
            for leftover in (self.path.with_name(self.path.name + s) for s in ("-wal", "-shm")):
                if leftover.exists():
                    secure_file(leftover)
        except sqlite3.Error as err:
            conn.close()
            translated = translate(err, "opening the database")
            if isinstance(translated, StoreCorruptError):
                raise StoreCorruptError(_damaged(self.path, str(err))) from err
            raise translated from err
        except StoreError:
            conn.close()
            raise
        assert isinstance(conn, _Connection)
        conn.guard = guard
        self._conn = conn

    def close(self) -> None:
        """Close the connections, let go of the folder's lock and stop the database threads."""
        if self._cart_executor is not None:
            if self._cart_conn is not None:
                cart, self._cart_conn = self._cart_conn, None
                with contextlib.suppress(Exception):
                    self._cart_executor.submit(cart.close).result()
            self._cart_executor.shutdown(wait=True)
            self._cart_executor = None
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self.call(lambda conn: conn.close())
            self._conn = None
        self._executor.shutdown(wait=True)
        self._lock.release()

    # running statements ----------------------------------------------------------------------
    def call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` on the database thread and wait for it (plain code, CLI, tests)."""
        if threading.get_ident() == self._thread_id:
            return fn(self._require())
        return self._executor.submit(lambda: fn(self._require())).result()

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` on the database thread without blocking the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(self._require()))

    async def run_cart(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` on the cart's connection and thread (``synchronous=NORMAL``, see the module
        doc): for saving the current cart, never for a sale."""
        return await self.submit_cart(fn)

    def submit_cart(self, fn: Callable[[sqlite3.Connection], T]) -> asyncio.Future[T]:
        """:meth:`run_cart`, started now (await the future for its result)."""
        if self._conn is None:
            raise StoreError("the database is closed")
        if self._cart_executor is None:
            self._cart_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register-db-cart")
        loop = asyncio.get_running_loop()
        return loop.run_in_executor(self._cart_executor, lambda: fn(self._cart()))

    def _cart(self) -> sqlite3.Connection:
        if self._cart_conn is None:
            try:
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA wal_autocheckpoint = 0")  # the main connection checkpoints (no fsync on a scan)
            except sqlite3.Error as err:
                raise translate(err, "opening the database") from err
            self._cart_conn = conn
        return self._cart_conn

    def spawn(self, fn: Callable[[sqlite3.Connection], object]) -> None:
        """Run ``fn(connection)`` on the database thread without waiting (a log line, say); failures are
        logged, never raised."""
        def job() -> None:
            try:
                fn(self._require())
            except Exception:
                log.exception("a background database write failed")

        self._executor.submit(job)

    def _require(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("the database is closed")
        return self._conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, action: str, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; on any error roll back and raise the store's error for ``action``.

    A durable transaction (the default: sales, the outbox, sessions…) also counts itself in the database and
    in the guard file beside it, so that a database that later opens without it is noticed. The cart saved on
    every scan passes ``durable=False``: losing the last scans with a deleted log is not losing a sale."""
    guard = getattr(conn, "guard", None) if durable else None
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as err:
        raise translate(err, action) from err
    try:
        yield conn
        generation = _bump(conn) if guard is not None else None
        conn.execute("COMMIT")
        if guard is not None and generation is not None:
            try:
                guard.write(generation)
            except OSError as err:  # the commit stands; the guard catches up at the next one
                log.warning("the database guard was not updated: %s", err)
    except sqlite3.Error as err:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise translate(err, action) from err
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def _bump(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET "
        "value = CAST(value AS INTEGER) + 1 RETURNING value", (GENERATION_KEY,)).fetchone()
    return int(row[0])


def _check_generation(conn: sqlite3.Connection, guard: Generation, path: Path) -> None:
    """Refuse a database older than its guard: committed writes are missing (a deleted write-ahead log)."""
    recorded = guard.read()
    if recorded is None:
        return
    has_settings = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'settings'").fetchone()
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (GENERATION_KEY,)).fetchone() \
        if has_settings else None
    current = int(row[0]) if row else 0
    if current < recorded:
        raise StoreCorruptError(
            f"{path} is missing committed writes (it holds commit {current}, the last one made was {recorded}): its "
            f"write-ahead log ({path.name}-wal) was deleted or replaced. The register will not start on it and has "
            "left the files untouched; restore the log or a backup (support: remove "
            f"{guard.path.name} only to accept the loss)."
        )


def _check_header(path: Path, guard: Generation) -> None:
    size = path.stat().st_size
    if size == 0 and guard.read() is None:
        return  # made a moment ago and never written (the first start stopped at once): still a new station
    if size == 0:
        raise StoreCorruptError(
            f"{path} is empty (0 bytes): the station's data is gone from it. The register will not start a new, "
            "unpaired till over it and has left it untouched; restore a backup, or move it aside to start afresh."
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreCorruptError(
            f"{path} is not a register database (it may be damaged). The register will not start on it "
            "and has left it untouched; move it aside or restore a backup."
        )


def _check_health(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if tables and app_id != APPLICATION_ID:
        raise StoreCorruptError(f"{path} belongs to another program; the register left it untouched.")
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise StoreCorruptError(_damaged(path, result))


def _damaged(path: Path, why: str) -> str:
    return (f"{path} is damaged ({why}). The register will not start on it and has left it untouched; "
            "restore a backup or ask support to recover it.")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    latest = len(MIGRATIONS)
    if current > latest:
        raise StoreVersionError(
            f"{path} was written by a newer register (schema {current}, this one knows {latest})."
        )
    for version in range(current + 1, latest + 1):
        log.info("migrating the local database to schema %d", version)
        with transaction(conn, f"upgrading the database to version {version}", durable=False):
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for step in MIGRATIONS[version - 1]:
                if callable(step):
                    step(conn)
                else:
                    conn.execute(step)
            conn.execute(f"PRAGMA user_version = {version}")
