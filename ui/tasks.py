"""Start core coroutines from Qt slots: keep each task referenced until done, report its failure once.

Widgets hold no async business logic; a slot calls ``runner.start(coro, on_done=...)``. Results of a
superseded request are dropped by giving the start a ``key``: a newer start with the same key cancels the
older task, so a slow answer never overwrites a newer one. ``on_error`` lets the caller show an error
where it happened (under the form that caused it); otherwise the app's presenter shows it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from ui.errors import is_expected

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner:
    """Owns the background tasks started from the GUI."""

    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        self._on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}

    def start(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> asyncio.Task[T]:
        """Run ``coro`` on the loop; ``on_done(result)`` on success, ``on_error`` (or the presenter) on failure."""
        if key is not None and (old := self._keyed.get(key)) is not None and not old.done():
            old.cancel()
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task

        def finished(t: asyncio.Task[T]) -> None:
            self._tasks.discard(t)
            if key is not None and self._keyed.get(key) is t:
                del self._keyed[key]
            if t.cancelled():
                return
            err = t.exception()
            if err is not None:
                if is_expected(err):
                    log.info("not done: %s", err)
                else:
                    log.error("background task failed", exc_info=err)
                (on_error or self._on_error)(err)
            elif on_done is not None:
                on_done(t.result())

        task.add_done_callback(finished)
        return task

    def cancel_all(self) -> None:
        """Cancel every task still running (at shutdown)."""
        for task in list(self._tasks):
            task.cancel()

    def busy(self, key: str) -> bool:
        """Whether the task started with ``key`` is still running (its ``on_done`` has not run yet)."""
        return key in self._keyed

    @property
    def pending(self) -> int:
        """How many tasks are still running."""
        return len(self._tasks)
