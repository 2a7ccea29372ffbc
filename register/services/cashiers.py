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
from typing import TYPE_CHECKING, Final

from register.services.cart import InputError

if TYPE_CHECKING:
    from register.services.policy import Approval, PolicyService
from register.store.database import Database, transaction
from register.store.records import audit, get_setting, now_iso, set_setting

SCRYPT_N: Final = 2**14
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
MAX_FAILURES: Final = 5
LOCKOUT_S: Final = 60.0


LAST_SIGNED_IN: Final = "ui.last_cashier"
"""The station setting naming who signed in last (the key the first sign-in screens wrote)."""


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
    person_id: str = ""
    """The station's id of the person (the ``employee`` the API is sent)."""

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


def _locked(since: float, now: float) -> bool:
    """Whether a run of failures that began at ``since`` still locks the name."""
    return now - since < LOCKOUT_S


def _valid_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise InputError("PIN: 4 to 8 digits")
    return pin


class CashierService:
    """The station's people, their PINs and who is signed in.

    Wrong PINs are counted in the database, per name: after five in a row the name is locked for a minute,
    and a restart does not clear it. Every wrong PIN and every lock is audited."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._current: Cashier | None = None
        self.policy: PolicyService | None = None
        """Set by the core: adding a person is a manager's action."""

    @property
    def current(self) -> Cashier | None:
        """Who is signed in (only :meth:`sign_in`, with a PIN, changes it)."""
        return self._current

    async def list(self) -> list[Cashier]:
        """Active cashiers and managers, by name."""
        rows = await self.db.run(lambda c: c.execute(
            "SELECT name, role, id FROM cashiers WHERE active = 1 ORDER BY name COLLATE NOCASE").fetchall())
        return [Cashier(name, Role(role), person_id or "") for name, role, person_id in rows]

    async def add(self, name: str, role: Role, pin: str, *, actor: str, approval: Approval | None = None) -> Cashier:
        """Add a person: a manager's action (the very first person, who must be a manager, needs none)."""
        from register.services.policy import Action

        clean = " ".join(name.split())
        if not clean:
            raise InputError("name: needed")
        hashed = hash_pin(_valid_pin(pin))
        first = await self.db.run(lambda c: c.execute("SELECT count(*) FROM cashiers WHERE active = 1").fetchone()[0]
                                  ) == 0
        if not first and self.policy is not None:
            actor = self.policy.require(Action.ADD_PERSON, approval=approval, subject=clean) or actor
        person_id = secrets.token_hex(12)

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "saving the cashier"):
                count = conn.execute("SELECT count(*) FROM cashiers WHERE active = 1").fetchone()[0]
                if count == 0 and role is not Role.MANAGER:
                    raise InputError("the first person on a station must be a manager")
                if conn.execute("SELECT 1 FROM cashiers WHERE name = ?", (clean,)).fetchone():
                    raise InputError(f"{clean} is already on this station")
                conn.execute("INSERT INTO cashiers (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                             (person_id, clean, role.value, hashed, now_iso()))
                audit(conn, "cashier_add", actor=actor, subject=clean, role=role.value)
                if self.policy is not None and not first:
                    self.policy.record(conn, Action.ADD_PERSON, approval, clean)

        await self.db.run(write)
        return Cashier(clean, role, person_id)

    async def verify(self, name: str, pin: str) -> Cashier:
        """The person if ``pin`` is theirs; AuthError otherwise (wrong PINs are counted, audited, then locked)."""
        clean = name.strip()

        def check(conn: sqlite3.Connection) -> Cashier | str:
            with transaction(conn, "checking a PIN"):
                failed = conn.execute("SELECT count, since FROM pin_failures WHERE name = ?", (clean,)).fetchone()
                now = time.time()
                if failed and now < failed[1]:  # the clock went back: the lock lasts a minute from now
                    conn.execute("UPDATE pin_failures SET since = ? WHERE name = ?", (now, clean))
                    failed = (failed[0], now)
                if failed and failed[0] >= MAX_FAILURES and _locked(failed[1], now):
                    audit(conn, "pin_locked_out", actor=clean)
                    return "locked"
                row = conn.execute("SELECT name, role, pin_hash, id FROM cashiers WHERE name = ? AND active = 1",
                                   (clean,)).fetchone()
                if row is not None and check_pin(pin, row[2]):
                    conn.execute("DELETE FROM pin_failures WHERE name = ?", (clean,))
                    return Cashier(row[0], Role(row[1]), row[3] or "")
                count = 1 if not failed or failed[0] >= MAX_FAILURES else failed[0] + 1
                since = now if count == 1 else failed[1]
                conn.execute("INSERT INTO pin_failures (name, count, since) VALUES (?, ?, ?) ON CONFLICT(name) "
                             "DO UPDATE SET count = excluded.count, since = excluded.since", (clean, count, since))
                audit(conn, "pin_failed", actor=clean, failures=count)
                return "wrong"

        outcome = await self.db.run(check)
        if outcome == "locked":
            raise AuthError(f"Too many wrong PINs for {clean}: wait a minute and try again.")
        if outcome == "wrong":
            raise AuthError("That name and PIN do not match.")
        assert isinstance(outcome, Cashier)
        return outcome
    async def last_signed_in(self) -> str | None:
        """Who signed in last on this station (the sign-in screen starts on them)."""
        return await self.db.run(lambda c: get_setting(c, LAST_SIGNED_IN))

    async def sign_in(self, name: str, pin: str) -> Cashier:
        """Sign a person in (the session stays open across sign-ins)."""
        cashier = await self.verify(name, pin)

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "logging the sign-in"):
                audit(conn, "sign_in", actor=cashier.name, role=cashier.role.value)
                set_setting(conn, LAST_SIGNED_IN, cashier.name)

        await self.db.run(write)
        self._current = cashier
        return cashier

    async def sign_out(self) -> None:
        """Sign the current person out (the session stays open)."""
        if self._current is None:
            return
        name = self._current.name

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "logging the sign-out"):
                audit(conn, "sign_out", actor=name)

        await self.db.run(write)
        self._current = None

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
