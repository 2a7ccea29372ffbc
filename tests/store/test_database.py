"""The local database: opening, migrations, refusal of damaged files, and clear errors on full disks."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from register.store import Database, StoreCorruptError, StoreFullError, StoreLockedError, StoreVersionError, transaction
from register.store.schema import MIGRATIONS


def test_new_database_is_migrated_with_wal_and_full_sync(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "station.sqlite3")
    try:
        assert db.call(lambda c: c.execute("PRAGMA user_version").fetchone()[0]) == len(MIGRATIONS)
        assert db.call(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0]) == "wal"
        assert db.call(lambda c: c.execute("PRAGMA synchronous").fetchone()[0]) == 2  # FULL
        tables = {r[0] for r in db.call(lambda c: c.execute("SELECT name FROM sqlite_master").fetchall())}
        assert {"settings", "catalog", "carts", "sessions", "sales", "outbox", "audit"} <= tables
    finally:
        db.close()


def test_reopening_keeps_data_and_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    db = Database.open(path)
    db.call(lambda c: c.execute("INSERT INTO settings VALUES ('x', '1')"))
    db.close()
    db = Database.open(path)
    try:
        assert db.call(lambda c: c.execute("SELECT value FROM settings WHERE key='x'").fetchone()) == ("1",)
    finally:
        db.close()


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["garbage", "damaged-header"],
)
def test_a_corrupt_file_is_refused_and_kept_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "station.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreCorruptError) as info:
        Database.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content  # never silently replaced by an empty database
    assert info.value.code == "store_corrupt"


def test_a_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    db = Database.open(path)
    db.call(lambda c: c.executemany("INSERT INTO audit (at, action, detail) VALUES ('t', 'sale', ?)",
                                    [("x" * 500,) for _ in range(2000)]))
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreCorruptError):
        Database.open(path)
    assert len(path.read_bytes()) == len(data) // 2


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreCorruptError, match="another program"):
        Database.open(path)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreVersionError):
        Database.open(path)


def test_a_full_disk_rolls_back_and_keeps_what_was_saved(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "station.sqlite3")
    try:
        db.call(lambda c: c.execute("INSERT INTO settings VALUES ('kept', '\"yes\"')"))
        pages = db.call(lambda c: c.execute("PRAGMA page_count").fetchone()[0])
        db.call(lambda c: c.execute(f"PRAGMA max_page_count = {pages + 1}"))  # the disk is now "full"

        def big_write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "saving the sale"):
                conn.execute("INSERT INTO settings VALUES ('a', ?)", ("x" * 1000,))
                conn.executemany("INSERT INTO audit (at, action, detail) VALUES ('t', 'sale', ?)",
                                 [("y" * 4000,) for _ in range(50)])

        with pytest.raises(StoreFullError, match="saving the sale did not happen"):
            db.call(big_write)
        assert db.call(lambda c: c.execute("SELECT key FROM settings ORDER BY key").fetchall()) == [("kept",)]
        assert db.call(lambda c: c.execute("SELECT count(*) FROM audit").fetchone()[0]) == 0
    finally:
        db.close()


def test_a_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    db = Database.open(path)
    other = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    try:
        other.execute("BEGIN EXCLUSIVE")
        db.call(lambda c: c.execute("PRAGMA busy_timeout = 100"))

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "saving the sale"):
                conn.execute("INSERT INTO settings VALUES ('a', '1')")

        with pytest.raises(StoreLockedError, match="in use by another program"):
            db.call(write)
        other.execute("ROLLBACK")
        db.call(write)  # and it works once the other program lets go
    finally:
        other.close()
        db.close()


def test_run_does_not_block_the_event_loop(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "station.sqlite3")

    async def main() -> tuple[int, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        value = await db.run(lambda c: c.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 "
                                                 "FROM n WHERE i < 300000) SELECT count(*) FROM n").fetchone()[0])
        task.cancel()
        return value, ticks

    try:
        value, ticks = asyncio.run(main())
        assert value == 300000
        assert ticks > 0  # the loop kept turning while the query ran on the database thread
    finally:
        db.close()
