"""A barcode scanner used as a keyboard: fast keystrokes ending in Enter, wherever the focus is.

A scanner "types" a code a few milliseconds per character and presses Enter; a person types ten times
slower. While its screen is in front, :class:`BarcodeScanner` watches the key presses of that screen's
window (an application event filter, seeing each press once, at the widget Qt gives it to first):

- outside a text field, printable keys are held back; Enter within ``max_gap_ms`` of the last one makes
  it a scan (``scanned``). Keys that stop arriving without an Enter were typed by a person: they are
  handed over as ``typed`` (the sell screen puts them in its search box, search as you type).
- inside a text field, keys go through as usual; a fast run ending in Enter is still a scan, and the
  characters it left in the field are taken out again.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MAX_GAP_MS = 50
"""Longest pause between two characters of one scan (scanners: 1-20 ms; people: 100 ms and more)."""
MIN_LENGTH = 3
"""Shortest code taken for a scan (shorter fast runs are typing)."""
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


class BarcodeScanner(QObject):
    """Turns fast keystrokes + Enter on ``screen``'s window into ``scanned(code)``, while ``screen`` is shown."""

    scanned = Signal(str)
    typed = Signal(str)
    """Characters a person typed outside a text field."""

    def __init__(self, screen: QWidget, *, max_gap_ms: int = MAX_GAP_MS) -> None:
        super().__init__(screen)
        self._screen = screen
        self._max_gap = max_gap_ms / 1000
        self._buffer = ""
        self._held = ""
        self._last = 0.0
        self._stamped = False
        self._flush = QTimer(self, singleShot=True, interval=max_gap_ms * 2)
        self._flush.timeout.connect(self._on_flush_timeout)
        self._installed = False
        screen.installEventFilter(self)  # listening while the screen is shown, not while it is hidden

    def set_active(self, on: bool) -> None:
        """Listen (the screen is in front) or not."""
        app = QApplication.instance()
        if on and not self._installed and app is not None:
            app.installEventFilter(self)
        elif not on and self._installed and app is not None:
            app.removeEventFilter(self)
            self._reset()
        self._installed = on

    def _reset(self) -> None:
        self._buffer = self._held = ""
        self._flush.stop()

    def _release_held(self) -> None:
        """Hand the held keys over now (what comes next was typed after them)."""
        if self._held:
            self._flush.stop()
            self._on_flush_timeout()

    def _on_flush_timeout(self) -> None:
        held, self._held = self._held, ""
        if held:
            self.typed.emit(held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._screen and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.set_active(event.type() == QEvent.Type.Show)
            return False
        if event.type() != QEvent.Type.KeyPress or not self._screen.isVisible():
            return False
        window = self._screen.window()
        modal = QApplication.activeModalWidget()
        if QApplication.activeWindow() is not window or (modal is not None and modal is not window):
            return False  # another window has the keyboard (a dialog over this screen); a dialog's own scanner listens
        focus = QApplication.focusWidget()
        # each press once: where Qt delivers it first (the focus widget, else the window), not as it bubbles up
        if watched is not (focus or window):
            return False
        assert isinstance(event, QKeyEvent)
        return self._on_key(focus, event)

    def _on_key(self, focus: QWidget | None, event: QKeyEvent) -> bool:
        # When the key was pressed, as the window system stamped it: a person's keys that waited in the queue
        # while the screen was busy arrive together, yet were pressed as far apart as they were typed. (Keys
        # made up by a program may carry no stamp: then when they arrive.)
        stamped = event.timestamp() > 0
        now = event.timestamp() / 1000 if stamped else time.monotonic()
        fast = (bool(self._buffer) and stamped == self._stamped and 0 <= now - self._last <= self._max_gap)
        self._stamped = stamped
        in_text = isinstance(focus, _TEXT_INPUTS)
        if event.key() in _ENTER:
            code = self._buffer
            if fast and len(code) >= MIN_LENGTH:
                self._reset()
                if isinstance(focus, QLineEdit) and focus.text().endswith(code):
                    focus.setText(focus.text()[: -len(code)])
                self.scanned.emit(code)
                return True
            self._buffer = ""
            if not self._held:
                return False
            # a person's keys, then Enter before they were handed over: the keys first, then the Enter to
            # wherever they went (the search box: Enter adds its first result), nothing lost
            self._release_held()
            target = QApplication.focusWidget()
            if target is None or target is focus:
                return False
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(),
                                                     event.text()))
            return True
        text = event.text()
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if not text or not text.isprintable() or mods != Qt.KeyboardModifier.NoModifier:
            self._reset()
            return False
        if text == " " and not fast:  # Space presses the focused button; a code never starts with one
            self._reset()
            return False
        if not fast:
            self._buffer = ""
        self._buffer += text
        self._last = now
        if in_text:
            # keys held outside a field while the focus was on its way here (F3 moves it a moment after the
            # press) go in first: the field reads what was typed, in the order it was typed
            self._release_held()
            return False
        self._held += text
        self._flush.start()
        return True
