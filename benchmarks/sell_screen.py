"""Benchmarks of the sell screen, measured on the Qt event loop of the real register (issue 6 budgets):

- scan → cart row and totals updated *and painted*, p99         [≤ 16 ms, one frame at 60 Hz]
- a search keystroke → results shown (painted), p99             [≤ 30 ms]
- event-loop stalls while a full catalog sync and an outbox flush run in the background, p99  [≤ 16 ms]

with a catalog of 50,000 products and a cart of 200 lines. Run by ``tests/benchmarks/test_sell_screen.py``
(``uv run pytest tests/benchmarks/test_sell_screen.py -s``), which drives the app through its screens.

How the clock is read: the start is taken just before the key event is sent (the Enter that ends a scan, or
the typed character); the end is taken when the main window has *finished* the paint that follows the
change (the window's ``UpdateRequest``, which repaints every dirty widget and flushes the backing store, is
handled inside :class:`PaintClock`, so the time after it is the time the new pixels exist). Waiting runs a
plain ``QEventLoop`` (never ``QTest.qWait``, which sleeps 10 ms between passes and would be measured).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

BUDGETS_MS = {"scan_p99_ms": 16.0, "search_key_p99_ms": 30.0, "loop_stall_p99_ms": 16.0}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


class PaintClock(QObject):
    """Records when ``window`` finishes each repaint; :meth:`measure` times an action until painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted_at = 0.0
        self.paints: list[float] = []
        """How long each repaint took (ms)."""
        self._painting = False
        self._loop: QEventLoop | None = None
        self._ready: Callable[[], bool] = lambda: True
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.UpdateRequest and not self._painting:
            self._painting = True
            began = time.perf_counter()
            try:
                self.window.event(event)  # the repaint of every dirty widget, then the flush
            finally:
                self._painting = False
            self.painted_at = time.perf_counter()
            self.paints.append((self.painted_at - began) * 1000)
            if self._loop is not None and self._ready():
                self._loop.quit()
            return True
        return False

    def measure(self, action: Callable[[], None], ready: Callable[[], bool], timeout_s: float = 10.0) -> float:
        """Milliseconds from just before ``action()`` to the end of the first paint after ``ready()`` holds."""
        loop = QEventLoop()
        self._loop, self._ready = loop, ready
        deadline = QTimer(singleShot=True, interval=int(timeout_s * 1000))
        deadline.timeout.connect(loop.quit)
        started = time.perf_counter()
        action()
        deadline.start()
        loop.exec()
        self._loop = None
        if not ready() or self.painted_at < started:
            raise TimeoutError("the change was not painted in time")
        return (self.painted_at - started) * 1000


def idle(ms: int) -> None:
    """Let the loop run for ``ms`` (the pause between two customers' items)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0, poll_ms: int = 5) -> None:
    """Run the loop until ``condition()`` holds."""
    end = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("condition not met")
        idle(poll_ms)


class StallMeter(QObject):
    """A precise 5 ms Qt timer; each late wake-up is a stall of the GUI thread (what the cashier feels)."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.interval = interval_ms / 1000
        self.stalls: list[float] = []
        self._last = 0.0
        self._timer = QTimer(self, interval=interval_ms, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.stalls.append(max(0.0, (now - self._last - self.interval) * 1000))
        self._last = now


def send_scan(target: QWidget, code: str) -> Callable[[], None]:
    """A scanner's code (keys 1 ms apart are instantaneous here), then the Enter sent by the returned action."""
    QTest.keyClicks(target, code)
    return lambda: QTest.keyClick(target, Qt.Key.Key_Return)


def send_key(target: QWidget, char: str) -> Callable[[], None]:
    return lambda: QTest.keyClicks(target, char)


def table(figures: dict[str, Any]) -> str:
    """The figures against their budgets, one per line."""
    rows = [f"{'figure':<26}{'value':>12}{'budget':>12}"]
    for name, value in figures.items():
        budget = BUDGETS_MS.get(name)
        rows.append(f"{name:<26}{value:>12}{'' if budget is None else f'≤ {budget:g}':>12}")
    return "\n".join(rows)
