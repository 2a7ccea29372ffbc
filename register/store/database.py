"""One SQLite database per station: opening, health check, migrations, and the thread it runs on.

Every statement runs on one dedicated thread (``Database.run`` from the event loop, ``call`` from plain
code), so a slow disk never stalls the GUI's loop and the connection is never shared across threads.
WAL journal; ``synchronous=FULL`` so that a committed sale survives a power cut. A file that is not a
healthy register database is refused with :class:`StoreCorruptError` and left exactly as it was.

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
from register.store.schema import APPLICATION_ID, MIGRATIONS

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_HEADER: Final = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS: Final = 3000


class Database:
    """The station's SQLite file, used from one thread. Open with :meth:`open`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="register-db")
        self._conn: sqlite3.Connection | None = None
        self._thread_id: int | None = None
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
        _check_header(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as err:
            raise translate(err, "opening the database") from err
        try:
            _check_health(conn, self.path)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn, self.path)
        except sqlite3.Error as err:
            conn.close()
            translated = translate(err, "opening the database")
            if isinstance(translated, StoreCorruptError):
                raise StoreCorruptError(_damaged(self.path, str(err))) from err
            raise translated from err
        except StoreError:
            conn.close()
            raise
        self._conn = conn

    def close(self) -> None:
        """Close the connections and stop the database threads."""
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
def transaction(conn: sqlite3.Connection, action: str) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; on any error roll back and raise the store's error for ``action``."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as err:
        raise translate(err, action) from err
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as err:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise translate(err, action) from err
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
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
        with transaction(conn, f"upgrading the database to version {version}"):
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
