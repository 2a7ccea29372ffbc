"""Errors reach people in plain words; expected refusals are not logged as failures; nothing is swallowed."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from register.api.errors import APIConnectionError
from register.services.cart import InputError
from register.services.cashiers import AuthError
from register.store.errors import StoreFullError
from ui.errors import is_expected, plain_words
from ui.tasks import TaskRunner


@pytest.mark.parametrize(("err", "words"), [
    (InputError("amount: must be more than zero"), "Amount: must be more than zero"),
    (AuthError("That name and PIN do not match."), "That name and PIN do not match."),
    (APIConnectionError("connection failed (ConnectError)"), "cannot be reached"),
    (StoreFullError("disk full"), "disk of this computer is full"),
    (KeyError("boom"), "Something went wrong (KeyError"),
])
def test_plain_words(err: BaseException, words: str) -> None:
    assert words in plain_words(err)
    assert "Traceback" not in plain_words(err)


def test_task_runner_routes_failures_and_logs_only_the_unexpected(qtbot: Any, qloop: Any,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    shown: list[BaseException] = []
    runner = TaskRunner(shown.append)
    local: list[BaseException] = []

    async def refuse() -> None:
        raise InputError("reason: say why the cash moved")

    async def crash() -> None:
        raise RuntimeError("disk on fire")

    async def slow() -> int:
        await asyncio.sleep(10)
        return 1

    with caplog.at_level(logging.INFO, logger="ui.tasks"):
        runner.start(refuse(), on_error=local.append)
        runner.start(crash())
        first = runner.start(slow(), key="k")
        runner.start(asyncio.sleep(0, result=2), key="k")  # supersedes the slow one
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert [type(e) for e in local] == [InputError] and [type(e) for e in shown] == [RuntimeError]
    assert first.cancelled()
    assert is_expected(local[0]) and not is_expected(shown[0])
    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(failures) == 1 and failures[0].exc_info is not None  # the crash, with its traceback
