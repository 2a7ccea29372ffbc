"""The station's preferences that the screens need before anything else: the language of the screens.

Kept in the station database's settings (``language``: ``"es"``, ``"fr"``…, absent to follow the OS locale), like
the other station settings. :func:`read_language` reads it at start-up, before the core opens (the window is
built in that language); :class:`PreferencesService` (``core.preferences``) is how the settings screen reads and
changes it: changing it is a manager's action (:attr:`Action.CHANGE_SETTINGS`), applied at the next start.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Final

from register.store.database import Database, transaction
from register.store.errors import StoreError
from register.store.records import audit, get_setting, set_setting

if TYPE_CHECKING:
    from register.services.policy import Approval, PolicyService

log = logging.getLogger(__name__)

LANGUAGE: Final = "language"
STATION_DB: Final = "station.sqlite3"
"""``register.services.core.DB_FILE``, named here so that reading the language before the window is built does not
import the whole core (its API client and models cost a second on a slow till)."""


def read_language(data_dir: Path) -> str | None:
    """The language chosen for this station (None: follow the OS), read without opening the core; a missing or
    damaged database is None (the core's start reports the damage)."""
    path = data_dir / STATION_DB
    if not path.exists():
        return None
    try:
        db = Database.open(path)
    except StoreError as err:
        log.warning("language not read: %s", err)
        return None
    try:
        value = db.call(lambda c: get_setting(c, LANGUAGE))
    finally:
        db.close()
    return str(value) if value else None


def _write(conn: sqlite3.Connection, language: str | None) -> None:
    set_setting(conn, LANGUAGE, language or None)


async def save_language(db: Database, language: str | None) -> None:
    """Choose the screens' language for this station (None or "": follow the OS locale)."""
    await db.run(lambda c: _write(c, language))


async def load_language(db: Database) -> str | None:
    """The language chosen for this station (None: the OS locale's)."""
    value = await db.run(lambda c: get_setting(c, LANGUAGE))
    return str(value) if value else None


class PreferencesService:
    """The station's preferences, read and changed through the core (the screens never touch the database)."""

    def __init__(self, db: Database, policy: PolicyService) -> None:
        self._db = db
        self._policy = policy

    async def language(self) -> str | None:
        """The language chosen for this station (None: the OS locale's)."""
        return await load_language(self._db)

    async def set_language(self, language: str | None, *, approval: Approval | None = None) -> None:
        """Choose the screens' language (None or "": follow the OS locale); a manager's action."""
        from register.services.policy import Action

        subject = f"language={language or 'os'}"
        actor = self._policy.require(Action.CHANGE_SETTINGS, approval=approval, subject=subject)

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "changing the language"):
                _write(conn, language)
                audit(conn, "settings_changed", actor=actor or None, subject=subject)
                self._policy.record(conn, Action.CHANGE_SETTINGS, approval, subject)

        await self._db.run(write)
