"""The station's files on disk: owner-only permissions, one process per data folder, and checks that the
write-ahead log holds what was committed.

- **Permissions.** The data folder is 0700 and every file in it 0600: the database holds customers' emails,
  phones and addresses and the PIN hashes.
- **One process.** :class:`DataLock` holds an exclusive lock on ``<database>.lock`` for as long as the
  database is open; a second register (or a support command) on the same folder is refused with the first
  one's process id, instead of both completing each other's carts.
- **The WAL.** SQLite reads a write-ahead log up to its first damaged frame and silently drops the rest,
  committed sales included; a log deleted by a clean-up script or a copy taken without it loses them just as
  silently. :func:`check_wal` verifies every frame's checksum before SQLite sees the file, and
  :class:`Generation` keeps, beside the database, the number of the last durable commit: a database that
  opens with an older number lost committed writes, and is refused.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import sys
from pathlib import Path
from typing import IO, Final

from register.store.errors import StoreCorruptError, StoreLockedError

DIR_MODE: Final = 0o700
FILE_MODE: Final = 0o600
WAL_MAGIC: Final = (0x377F0682, 0x377F0683)
WAL_HEADER: Final = 32
FRAME_HEADER: Final = 24


def secure_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) owner-only, and tighten it when it exists looser."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _tighten(path, DIR_MODE)
    return path


def secure_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only when missing; tighten it when it exists looser."""
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
        os.close(fd)
    _tighten(path, FILE_MODE)
    return path


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":  # Windows: the per-user profile folders are private already
        return
    with contextlib.suppress(OSError):
        current = path.stat().st_mode & 0o777
        if current & ~mode:
            path.chmod(mode)


class DataLock:
    """An exclusive lock on one data folder's database, held until :meth:`release`."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> DataLock:
        """Take the lock, or raise :class:`StoreLockedError` naming the process that holds it."""
        secure_file(self.path)
        handle = self.path.open("r+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreLockedError(
                f"Another register is already running on this station's data ({holder}, folder "
                f"{self.path.parent}). Only one may use it at a time: close the other one first."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        """Let go of the lock (closing the file releases it)."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None


def _lock(handle: IO[str]) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows stations
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


# the write-ahead log ---------------------------------------------------------------------------
def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continuing from (s0, s1)."""
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def check_wal(db_path: Path) -> None:
    """Refuse a write-ahead log that SQLite would read only in part: a damaged header, or a damaged frame
    followed by a later committed transaction of the same log (a torn last frame, left by a power cut in
    the middle of a write that never committed, is normal and passes)."""
    wal = db_path.with_name(db_path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    data = wal.read_bytes()
    why = _wal_damage(data)
    if why is not None:
        raise StoreCorruptError(
            f"{wal} is damaged ({why}): committed sales in it would be lost. The register will not start on it "
            "and has left the files untouched; ask support to recover them or restore a backup."
        )


def _wal_damage(data: bytes) -> str | None:
    if len(data) < WAL_HEADER:
        return "shorter than its header"
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:WAL_HEADER])
    if magic not in WAL_MAGIC:
        return "not a write-ahead log"
    big = magic & 1 == 1
    s0, s1 = _checksum(data[:24], big, 0, 0)
    if (s0, s1) != (c1, c2):
        return "its header does not check out"
    if page_size < 512 or page_size & (page_size - 1):
        return "its page size is invalid"
    frame = FRAME_HEADER + page_size
    offset, broken = WAL_HEADER, False
    while offset + frame <= len(data):
        header = data[offset:offset + FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", header)
        ours = (f_salt1, f_salt2) == (salt1, salt2)
        if broken:
            if ours and commit:
                return f"a frame at byte {offset} is readable only after a damaged one"
        elif not ours:
            broken = True  # the end of this log's frames (older ones may follow: that is normal)
        else:
            s0, s1 = _checksum(header[:8], big, s0, s1)
            s0, s1 = _checksum(data[offset + FRAME_HEADER:offset + frame], big, s0, s1)
            if (s0, s1) != (f_c1, f_c2):
                broken = True
        offset += frame
    return None


class Generation:
    """The number of the last durable commit, kept in ``<database>.guard`` beside the database."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".guard")

    def read(self) -> int | None:
        """The number recorded, or None when there is no guard yet (a new station, an older version)."""
        try:
            value = json.loads(self.path.read_text(encoding="utf-8")).get("generation")
        except (OSError, ValueError, AttributeError):
            return None
        return int(value) if isinstance(value, int) else None

    def write(self, generation: int) -> None:
        """Record ``generation`` durably (written aside, synced, then moved over the old one)."""
        temporary = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            os.write(fd, json.dumps({"generation": generation}).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, self.path)
