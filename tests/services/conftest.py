"""A paired station against the real sandbox, for service tests (plain asyncio, no Qt)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from register.services.cashiers import Role
from register.services.core import RegisterCore
from register.services.sync import Backoff

T = TypeVar("T")
FAST = Backoff(initial=0.01, maximum=0.05)


@pytest.fixture
def run() -> Iterator[Callable[[Awaitable[T]], T]]:
    """Run coroutines on one event loop for the whole test."""
    loop = asyncio.new_event_loop()
    yield loop.run_until_complete  # type: ignore[misc]
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()


MANAGER, MANAGER_PIN = "Manager", "2468"


async def open_station(data_dir: Path, sandbox: Any, *, pair: bool = True, sign_in: bool = True) -> RegisterCore:
    """A core on ``data_dir`` talking to ``sandbox``; paired with the first station and synced, with a manager
    (``MANAGER``) who is signed in (``sign_in=False``: nobody is)."""
    core = await RegisterCore.open(data_dir, api_url=sandbox.base_url, api_key=sandbox.api_key, backoff=FAST)
    if pair and core.station is None:
        stations = await core._client.stations.list_all()
        await core.pair(stations[0].id, device_name="test-till")
        await core.sync_catalog()
    if not await core.cashiers.list():
        await core.cashiers.add(MANAGER, Role.MANAGER, MANAGER_PIN, actor="setup")
    if sign_in:
        await core.cashiers.sign_in(MANAGER, MANAGER_PIN)
    return core


@pytest.fixture
def station(tmp_path: Path, sandbox: Any, run: Callable[[Awaitable[Any]], Any]) -> Iterator[RegisterCore]:
    core = run(open_station(tmp_path / "station", sandbox))
    yield core
    run(core.close())
