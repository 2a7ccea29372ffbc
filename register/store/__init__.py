"""The station's local store: one SQLite file with settings, catalog cache, cart, sessions, sales,
outbox and audit log. See :mod:`register.store.database` for how it is opened and run."""

from register.store.database import Database, transaction
from register.store.errors import (
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreLockedError,
    StoreVersionError,
)

__all__ = [
    "Database",
    "StoreCorruptError",
    "StoreError",
    "StoreFullError",
    "StoreLockedError",
    "StoreVersionError",
    "transaction",
]
