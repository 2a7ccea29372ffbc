"""The station's files: owner-only, one process at a time, and never a silent loss of committed writes
(an empty file, a damaged or deleted write-ahead log) — each refused with the files kept as they were."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from register.store import Database, StoreCorruptError, StoreLockedError, transaction
from register.store.files import WAL_HEADER, Generation

DB = "station.sqlite3"


def _sell(db: Database, n: int) -> None:
    for i in range(n):
        def write(conn: object, i: int = i) -> None:
            with transaction(conn, "saving the sale"):  # type: ignore[arg-type]
                conn.execute("INSERT INTO settings VALUES (?, ?)", (f"sale-{i}", '"x"' * 200))  # type: ignore[attr-defined]

        db.call(write)


def _crash_copy(db: Database, target: Path) -> Path:
    """The data folder as a power cut would leave it: the database, its WAL and guard, copied while open."""
    target.mkdir()
    for suffix in ("", "-wal", ".guard"):
        source = db.path.with_name(db.path.name + suffix)
        if source.exists():
            shutil.copy2(source, target / (DB + suffix))
    return target / DB


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.endswith(".lock")}


def test_folder_and_files_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "station"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    db = Database.open(folder / DB)
    try:
        _sell(db, 1)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # tightened, though it existed looser
        for name in (DB, DB + "-wal", DB + "-shm", DB + ".lock", DB + ".guard"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    finally:
        db.close()


def test_a_second_process_on_one_folder_is_refused(tmp_path: Path) -> None:
    db = Database.open(tmp_path / DB)
    try:
        with pytest.raises(StoreLockedError, match="Another register is already running"):
            Database.open(tmp_path / DB)
        other = subprocess.run([sys.executable, "-m", "register", "outbox", "--data", str(tmp_path), "status"],
                               capture_output=True, text=True, timeout=60, check=False)
        assert other.returncode == 2 and "Another register is already running" in other.stderr
    finally:
        db.close()
    Database.open(tmp_path / DB).close()  # free again once the first one has closed


def test_an_empty_file_is_refused_and_kept(tmp_path: Path) -> None:
    db = Database.open(tmp_path / DB)
    _sell(db, 2)
    db.close()
    (tmp_path / DB).write_bytes(b"")  # the data is gone; only the guard remembers there was some
    before = _snapshot(tmp_path)
    with pytest.raises(StoreCorruptError, match="empty"):
        Database.open(tmp_path / DB)
    assert _snapshot(tmp_path) == before


def test_a_new_file_never_written_is_still_a_new_station(tmp_path: Path) -> None:
    (tmp_path / DB).write_bytes(b"")  # the very first start stopped before writing anything
    Database.open(tmp_path / DB).close()


def test_a_damaged_wal_is_refused_and_kept(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "live" / DB)
    try:
        _sell(db, 20)
        path = _crash_copy(db, tmp_path / "crashed")
    finally:
        db.close()
    wal = path.with_name(DB + "-wal")
    data = bytearray(wal.read_bytes())
    assert len(data) > WAL_HEADER + 3 * 4120, "the test needs a WAL with several committed frames"
    data[WAL_HEADER + 24 + 100] ^= 0xFF  # a byte of the first frame's page: every later commit would be dropped
    wal.write_bytes(bytes(data))
    before = _snapshot(path.parent)
    with pytest.raises(StoreCorruptError, match=r"readable only after a damaged one.*would be lost"):
        Database.open(path)
    assert _snapshot(path.parent) == before


def test_a_torn_last_frame_is_what_a_power_cut_leaves_and_opens(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "live" / DB)
    try:
        _sell(db, 5)
        path = _crash_copy(db, tmp_path / "crashed")
    finally:
        db.close()
    wal = path.with_name(DB + "-wal")
    data = wal.read_bytes()
    wal.write_bytes(data + data[WAL_HEADER:WAL_HEADER + 1000])  # half a frame more: a write that never finished
    reopened = Database.open(path)
    try:
        sold = reopened.call(lambda c: c.execute("SELECT count(*) FROM settings WHERE key LIKE 'sale-%'").fetchone())
        assert sold[0] == 5
    finally:
        reopened.close()


def test_a_deleted_wal_is_refused_not_a_silent_loss(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "live" / DB)
    try:
        _sell(db, 5)
        path = _crash_copy(db, tmp_path / "crashed")
    finally:
        db.close()
    path.with_name(DB + "-wal").unlink()  # a clean-up script, or a backup taken without it
    before = _snapshot(path.parent)
    with pytest.raises(StoreCorruptError, match="missing committed writes"):
        Database.open(path)
    assert _snapshot(path.parent) == before
    assert Generation(path).read() is not None
