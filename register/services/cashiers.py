"""Cashiers and managers of this station: sign in by name and PIN; a manager's PIN authorises the
actions that need one (closing a session, cash out, refunds, voids, price overrides, releasing).

PINs are stored as scrypt hashes with a per-PIN salt, compared in constant time; a PIN is 4 to 8 digits.
After five wrong PINs in a row for one name, that name is locked for a minute (a till is a public place).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import time
from dataclasses import dataclass
from enum import Enum
from typing import Final

from register.services.cart import InputError
from register.store.database import Database, transaction
from register.store.records import audit, now_iso

SCRYPT_N: Final = 2**14
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
MAX_FAILURES: Final = 5
LOCKOUT_S: Final = 60.0


class Role(Enum):
    """What a person may do at the till."""

    CASHIER = "cashier"
    MANAGER = "manager"


class AuthError(PermissionError):
    """A wrong name or PIN, a locked name, or a cashier where a manager is needed."""

    code = "not_allowed"


@dataclass(frozen=True)
class Cashier:
    """A person who works the till."""

    name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        """Managers may authorise what cashiers may not."""
        return self.role is Role.MANAGER


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin`` (format ``scrypt$n$r$p$salt$hash``)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches the stored hash (constant-time comparison)."""
    try:
        _, n, r, p, salt, digest = stored.split("$")
        actual = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(bytes.fromhex(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, bytes.fromhex(digest))


def _valid_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise InputError("PIN: 4 to 8 digits")
    return pin


class CashierService:
    """The station's people, their PINs and who is signed in."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.current: Cashier | None = None
        self._failures: dict[str, tuple[int, float]] = {}

    async def list(self) -> list[Cashier]:
        """Active cashiers and managers, by name."""
        rows = await self.db.run(lambda c: c.execute(
            "SELECT name, role FROM cashiers WHERE active = 1 ORDER BY name COLLATE NOCASE").fetchall())
        return [Cashier(name, Role(role)) for name, role in rows]

    async def add(self, name: str, role: Role, pin: str, *, actor: str) -> Cashier:
        """Add a person (the first one added must be a manager: someone has to be able to close)."""
        clean = " ".join(name.split())
        if not clean:
            raise InputError("name: needed")
        hashed = hash_pin(_valid_pin(pin))

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "saving the cashier"):
                count = conn.execute("SELECT count(*) FROM cashiers WHERE active = 1").fetchone()[0]
                if count == 0 and role is not Role.MANAGER:
                    raise InputError("the first person on a station must be a manager")
                if conn.execute("SELECT 1 FROM cashiers WHERE name = ?", (clean,)).fetchone():
                    raise InputError(f"{clean} is already on this station")
                conn.execute("INSERT INTO cashiers (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                             (secrets.token_hex(12), clean, role.value, hashed, now_iso()))
                audit(conn, "cashier_add", actor=actor, subject=clean, role=role.value)

        await self.db.run(write)
        return Cashier(clean, role)

    async def verify(self, name: str, pin: str) -> Cashier:
        """The person if ``pin`` is theirs; AuthError otherwise (wrong PINs are counted, then locked)."""
        key = name.strip().casefold()
        failures, since = self._failures.get(key, (0, 0.0))
        if failures >= MAX_FAILURES and time.monotonic() - since < LOCKOUT_S:
            raise AuthError(f"Too many wrong PINs for {name}: wait a minute and try again.")
        row = await self.db.run(lambda c: c.execute(
            "SELECT name, role, pin_hash FROM cashiers WHERE name = ? AND active = 1", (name.strip(),)).fetchone())
        ok = row is not None and check_pin(pin, row[2])
        if not ok:
            count = failures + 1 if failures < MAX_FAILURES else 1
            self._failures[key] = (count, time.monotonic())
            raise AuthError("That name and PIN do not match.")
        self._failures.pop(key, None)
        return Cashier(row[0], Role(row[1]))

    async def sign_in(self, name: str, pin: str) -> Cashier:
        """Sign a person in (the session stays open across sign-ins)."""
        cashier = await self.verify(name, pin)

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "logging the sign-in"):
                audit(conn, "sign_in", actor=cashier.name, role=cashier.role.value)

        await self.db.run(write)
        self.current = cashier
        return cashier

    async def sign_out(self) -> None:
        """Sign the current person out (the session stays open)."""
        if self.current is None:
            return
        name = self.current.name

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "logging the sign-out"):
                audit(conn, "sign_out", actor=name)

        await self.db.run(write)
        self.current = None

    async def authorize(self, name: str, pin: str, action: str) -> Cashier:
        """A manager's approval of ``action`` (logged as an override); AuthError if not a manager."""
        person = await self.verify(name, pin)
        if not person.is_manager:
            raise AuthError(f"{person.name} is not a manager; a manager must approve {action}.")
        on_behalf = self.current.name if self.current else None

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "logging the approval"):
                audit(conn, "override", actor=person.name, subject=action, cashier=on_behalf)

        await self.db.run(write)
        return person
