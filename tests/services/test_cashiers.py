"""Cashiers: hashed PINs, sign-in, manager approval, lock-out after wrong PINs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from register.services.cart import InputError
from register.services.cashiers import AuthError, CashierService, Role, check_pin, hash_pin
from register.store import Database
from register.store.records import audit_entries


@pytest.fixture
def people(tmp_path: Path) -> Iterator[CashierService]:
    db = Database.open(tmp_path / "station.sqlite3")
    yield CashierService(db)
    db.close()


def test_pins_are_salted_hashes() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    # salt and hash are hex: the PIN's digits may turn up in them by chance, never as a field of their own
    assert first != second and "1234" not in first.split("$")
    assert first.startswith("scrypt$") and len(first.split("$")[-1]) == 64
    assert check_pin("1234", first) and check_pin("1234", second)
    assert not check_pin("1235", first) and not check_pin("1234", "garbage")


def test_sign_in_and_manager_approval(people: CashierService) -> None:
    async def scenario() -> None:
        with pytest.raises(InputError, match="first person on a station must be a manager"):
            await people.add("Dana", Role.CASHIER, "1111", actor="setup")
        await people.add("Morgan", Role.MANAGER, "9999", actor="setup")
        await people.add("Dana", Role.CASHIER, "1111", actor="Morgan")
        with pytest.raises(InputError, match="already on this station"):
            await people.add("dana", Role.CASHIER, "2222", actor="Morgan")
        with pytest.raises(InputError, match="4 to 8 digits"):
            await people.add("Sam", Role.CASHIER, "12a4", actor="Morgan")
        assert [c.name for c in await people.list()] == ["Dana", "Morgan"]
        dana = await people.sign_in("Dana", "1111")
        assert people.current == dana and not dana.is_manager
        with pytest.raises(AuthError, match="not a manager"):
            await people.authorize("Dana", "1111", "closing the session")
        manager = await people.authorize("Morgan", "9999", "closing the session")
        assert manager.is_manager and people.current == dana  # approval does not switch the cashier
        await people.sign_out()
        assert people.current is None

    asyncio.run(scenario())
    overrides = people.db.call(lambda c: audit_entries(c, "override"))
    assert overrides[0]["actor"] == "Morgan" and overrides[0]["detail"] == {"cashier": "Dana"}


def test_wrong_pins_lock_the_name(people: CashierService) -> None:
    async def scenario() -> None:
        await people.add("Morgan", Role.MANAGER, "9999", actor="setup")
        for _ in range(5):
            with pytest.raises(AuthError, match="do not match"):
                await people.sign_in("Morgan", "0000")
        with pytest.raises(AuthError, match="Too many wrong PINs"):
            await people.sign_in("Morgan", "9999")  # even the right PIN waits out the lock

    asyncio.run(scenario())
