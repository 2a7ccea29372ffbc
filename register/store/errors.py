"""Errors of the local store, each with a stable ``code`` the UI turns into words.

    StoreError
     ├── StoreCorruptError   the file is not a healthy register database: refuse to start, keep the file
     ├── StoreFullError      the disk (or the database's size limit) is full: the write did not happen
     ├── StoreLockedError    another process holds the database: the write did not happen
     └── StoreVersionError   the file was written by a newer register than this one
"""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """Something went wrong in the local database. Nothing half-written is left behind."""

    code = "store_error"


class StoreCorruptError(StoreError):
    """The database file is damaged or not a register database; it is kept untouched for support."""

    code = "store_corrupt"


class StoreFullError(StoreError):
    """The disk is full: the change was not saved."""

    code = "store_full"


class StoreLockedError(StoreError):
    """Another program holds the database: the change was not saved."""

    code = "store_locked"


class StoreVersionError(StoreError):
    """The database was written by a newer version of the register."""

    code = "store_version"


def translate(err: sqlite3.Error, action: str) -> StoreError:
    """Map a sqlite3 error to the store's tree (call as ``raise translate(err, "saving the sale") from err``)."""
    text = str(err).lower()
    code = getattr(err, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "database or disk is full" in text:
        return StoreFullError(f"The disk is full: {action} did not happen. Free some space and try again.")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return StoreLockedError(
            f"The register's database is in use by another program: {action} did not happen. Try again."
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return StoreCorruptError(f"The register's database is damaged ({err}); {action} did not happen.")
    if code == sqlite3.SQLITE_IOERR or "disk i/o" in text:
        return StoreError(f"The disk failed while {action} ({err}); nothing was saved.")
    return StoreError(f"{action} failed in the local database: {err}")
