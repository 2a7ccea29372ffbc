"""A barcode scanner used as a keyboard: fast keystrokes ending in Enter, wherever the focus is.

A scanner "types" a code a few milliseconds per character and presses Enter; a person types ten times
slower. While its screen is in front, :class:`BarcodeScanner` watches the key presses of that screen's
window (an application event filter, seeing each press once, at the widget Qt gives it to first):

- outside a text field, printable keys are held back; Enter within ``max_gap_ms`` of the last one makes
  it a scan (``scanned``). Keys that stop arriving without an Enter were typed by a person: they are
  handed over as ``typed`` (the sell screen puts them in its search box, search as you type).
- inside a text field, keys go through as usual; a fast run ending in Enter is still a scan, and the
  characters it left in the field are taken out again (the field reads as it did before the run).

**The rule for scans, wherever the focus is** (``known`` tells a code of the catalog from anything else):

- outside a text field, a fast run + Enter is always a scan (an unknown code says so where it lands);
- in a text field, and anywhere in a dialog over the screen, a fast run + Enter is a scan when it is a code of
  the catalog (or a quantity and a code: ``3*`` then the code); anything else was typed, at whatever speed, and
  its Enter goes where it was going (a person typing "latte" at scanner speed still searches);
- a PIN field never takes part: its digits and Enter are a PIN;
- in a dialog, the scan is taken as a scan: nothing of it is typed into the dialog's fields, and the screen
  behind decides what it does (the sell screen adds the item and the dialog stays as it was).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MAX_GAP_MS = 50
"""Longest pause between two characters of one scan (scanners: 1-20 ms; people: 100 ms and more)."""
MIN_LENGTH = 3
"""Shortest code taken for a scan (shorter fast runs are typing)."""
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
_MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
                        Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock})
QUANTITY_MARKS = "*×xX"
"""What separates a quantity typed before a scan from the code ("3*", "3×"; a keyboard's x too)."""
_QUANTITY_FIRST = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*[" + QUANTITY_MARKS + r"]\s*(.*)", re.DOTALL)


def split_quantity(text: str) -> tuple[str | None, str]:
    """``"3*4006381333931"`` → ``("3", "4006381333931")``; ``"3×"`` → ``("3", "")``; no quantity → ``(None, text)``.
    The quantity stays as typed (the locale's decimal comma too): the screens read it."""
    found = _QUANTITY_FIRST.fullmatch(text)
    if found is None:
        return None, text
    return found.group(1), found.group(2)


def _is_pin(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def _snapshot(widget: QWidget | None) -> tuple[QWidget, object, int] | None:
    """What a text field held before a run of keys, to put back when the run was a scan."""
    if isinstance(widget, QLineEdit):
        return widget, widget.text(), widget.cursorPosition()
    if isinstance(widget, QAbstractSpinBox):
        line = widget.findChild(QLineEdit)
        return (widget, line.text(), line.cursorPosition()) if line is not None else None
    return None


def _restore(snapshot: tuple[QWidget, object, int] | None, focus: QWidget | None, code: str) -> None:
    """Take a scan's characters out of the field they were typed into."""
    if snapshot is not None and snapshot[0] is focus:
        widget, text, cursor = snapshot
        line = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
        if line is not None:
            line.setText(str(text))
            line.setCursorPosition(cursor)
        return
    if isinstance(focus, QLineEdit) and code and focus.text().endswith(code):  # the focus moved during the run
        focus.setText(focus.text()[: -len(code)])


class BarcodeScanner(QObject):
    """Turns fast keystrokes + Enter on ``screen``'s window (and its dialogs) into ``scanned(code)``, while
    ``screen`` is shown. ``hold``: keys typed outside a text field are held back and handed over as ``typed`` (the
    sell screen searches with them); ``known``: whether a code is the catalog's (None: every fast run is a scan)."""

    scanned = Signal(str)
    typed = Signal(str)
    """Characters a person typed outside a text field."""

    def __init__(self, screen: QWidget, *, max_gap_ms: int = MAX_GAP_MS, hold: bool = True,
                 known: Callable[[str], bool] | None = None) -> None:
        super().__init__(screen)
        self._screen = screen
        self._max_gap = max_gap_ms / 1000
        self.hold = hold
        self.known = known
        self._buffer = ""
        self._held = ""
        self._last = 0.0
        self._stamped = False
        self._before: tuple[QWidget, object, int] | None = None
        self._last_focus: QWidget | None = None
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
        self._before = None
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
        # a window-modal dialog is the one typed into; no active window at all (a window system without a manager,
        # after a dialog closed) leaves the keys with the screen's window
        active = modal or QApplication.activeWindow() or window
        in_dialog = active is not window
        if in_dialog and not self._over_screen(active):
            return False
        # the dialog's own focus (where a window system without a manager may leave the application's elsewhere)
        focus = active.focusWidget() if in_dialog and active is not None else QApplication.focusWidget()
        # each press once: where Qt delivers it first (the focus widget, else the window), not as it bubbles up
        if watched is not (focus or active):
            return False
        assert isinstance(event, QKeyEvent)
        return self._on_key(focus, event, in_dialog)

    def _over_screen(self, active: QWidget | None) -> bool:
        """Whether ``active`` is a dialog over this screen's window (a scan there is this screen's)."""
        parent = active.parentWidget() if isinstance(active, QDialog) else None
        if parent is None or parent.window() is not self._screen.window():
            return False
        # a dialog with a scanner of its own (the refund dialog takes a receipt's code) reads its scans itself
        own = active.findChildren(BarcodeScanner, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return not any(s is not self for s in own)

    def is_scan(self, code: str) -> bool:
        """Whether ``code`` (possibly after a quantity: ``3*CODE``) is a code of the catalog."""
        if self.known is None:
            return True
        quantity, rest = split_quantity(code)
        return self.known(code) or (quantity is not None and bool(rest) and self.known(rest))

    def _scanned_part(self, run: str) -> str | None:
        """The scan a fast run in a field ends with: the whole run when it is a code (or a quantity and a code),
        else the longest code it ends with (a person's keys just before the scanner's ran into it); None when it
        holds no code (it was typed)."""
        if self.is_scan(run):
            return run
        if self.known is None:
            return None
        return next((run[i:] for i in range(1, len(run) - MIN_LENGTH + 1) if self.known(run[i:])), None)

    def _on_key(self, focus: QWidget | None, event: QKeyEvent, in_dialog: bool = False) -> bool:
        # When the key was pressed, as the window system stamped it: a person's keys that waited in the queue
        # while the screen was busy arrive together, yet were pressed as far apart as they were typed. (Keys
        # made up by a program may carry no stamp: then when they arrive.)
        if event.key() in _MODIFIERS:  # Shift for a capital (a scanner sends it too) neither ends nor starts a run
            return False
        if _is_pin(focus):  # a PIN is typed, never scanned
            self._reset()
            return False
        stamped = event.timestamp() > 0
        now = event.timestamp() / 1000 if stamped else time.monotonic()
        fast = (bool(self._buffer) and stamped == self._stamped and 0 <= now - self._last <= self._max_gap
                and focus is self._last_focus)  # a run of keys is typed into one place
        self._stamped = stamped
        self._last_focus = focus
        in_text = isinstance(focus, _TEXT_INPUTS)
        holding = self.hold and not in_dialog
        if event.key() in _ENTER:
            run = self._buffer
            code = run if not in_text and not in_dialog else self._scanned_part(run) if fast else None
            if fast and code is not None and len(code) >= MIN_LENGTH:
                before = self._before if code == run else None  # part of the run was typed: it stays
                self._reset()
                _restore(before, focus, code)
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
            self._release_held()  # what a person typed before an arrow or an F-key is theirs: handed over, not lost
            self._reset()
            return False
        if text == " " and not fast:  # Space presses the focused button; a code never starts with one
            self._reset()
            return False
        if not fast:
            self._buffer = ""
            self._before = _snapshot(focus) if in_text else None
        self._buffer += text
        self._last = now
        if in_text or not holding:
            # keys held outside a field while the focus was on its way here (F3 moves it a moment after the
            # press) go in first: the field reads what was typed, in the order it was typed
            self._release_held()
            return False
        self._held += text
        self._flush.start()
        return True
