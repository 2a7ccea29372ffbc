"""The scanner-as-keyboard filter: fast keys + Enter are a scan, a person's typing is not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.scanner import BarcodeScanner


def _screen(qtbot: Any) -> tuple[QWidget, QLineEdit, QPushButton, BarcodeScanner]:
    screen = QWidget()
    layout = QVBoxLayout(screen)
    edit, button = QLineEdit(), QPushButton("x")
    layout.addWidget(edit)
    layout.addWidget(button)
    qtbot.addWidget(screen)
    scanner = BarcodeScanner(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow())  # shown: the scanner listens (no set_active needed)
    return screen, edit, button, scanner


def _recorded(scanner: BarcodeScanner, edit: QLineEdit) -> tuple[list[str], list[str]]:
    """The codes scanned, and the field's text each time Enter reached it."""
    codes: list[str] = []
    returns: list[str] = []
    scanner.scanned.connect(codes.append)
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
    return codes, returns


def test_fast_keys_and_enter_are_a_scan_in_or_out_of_a_field(qtbot: Any) -> None:
    _, edit, button, scanner = _screen(qtbot)
    codes: list[str] = []
    typed: list[str] = []
    scanner.scanned.connect(codes.append)
    scanner.typed.connect(typed.append)
    button.setFocus()
    qtbot.keyClicks(button, "4006381333931")
    qtbot.keyClick(button, Qt.Key.Key_Return)
    edit.setFocus()
    edit.setText("lat")
    qtbot.keyClicks(edit, "BEV-001")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert codes == ["4006381333931", "BEV-001"]
    assert edit.text() == "lat"  # the scan's characters are taken out of the field again
    assert typed == []
    scanner.set_active(False)


def test_a_person_typing_is_not_a_scan(qtbot: Any) -> None:
    _, edit, button, scanner = _screen(qtbot)
    codes, returns = _recorded(scanner, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, "1234", delay=80)
    qtbot.keyClick(edit, Qt.Key.Key_Return, delay=80)
    assert codes == [] and returns == ["1234"]
    # outside a field, a person's keys are handed over for searching
    typed: list[str] = []
    scanner.typed.connect(typed.append)
    button.setFocus()
    qtbot.keyClicks(button, "ab")
    qtbot.waitUntil(lambda: typed == ["ab"])
    assert codes == []
    scanner.set_active(False)


def test_space_still_presses_a_focused_button(qtbot: Any) -> None:
    _, _, button, scanner = _screen(qtbot)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert pressed == [True]
    scanner.set_active(False)


def _search_box(edit: QLineEdit) -> Any:
    """What the sell screen does with keys typed outside a field: into the search box, and go on there."""
    def take(text: str) -> None:
        edit.setFocus()
        edit.setText(edit.text() + text)
    return take


def test_keys_typed_while_the_focus_moves_into_the_field_stay_in_order(qtbot: Any) -> None:
    """F3 moves the focus a moment after it is pressed (a button's shortcut "animates" its click): the first
    keys of a quick typist land outside the box, the rest inside; the box must read what was typed."""
    _, edit, button, scanner = _screen(qtbot)
    scanner.typed.connect(_search_box(edit))
    button.setFocus()
    qtbot.keyClicks(button, "cor")  # held: outside a field, they could be the start of a scan
    edit.setFocus()  # the search box takes the focus
    qtbot.keyClicks(edit, "tado")
    qtbot.wait(150)  # past the hold
    assert edit.text() == "cortado"
    scanner.set_active(False)


def test_keys_typed_outside_a_field_then_enter_reach_the_search_with_their_enter(qtbot: Any) -> None:
    """A person types a few keys and Enter outside any field, a little too slowly for a scan: the keys go to
    the search box and so does the Enter (it adds the first result), nothing is lost."""
    _, edit, button, scanner = _screen(qtbot)
    codes, returns = _recorded(scanner, edit)
    scanner.typed.connect(_search_box(edit))
    button.setFocus()
    for key in "lat":  # slower than a scanner, the Enter within the hold; each key where the focus is, as a
        qtbot.wait(70)  # keyboard sends it
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.wait(70)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert codes == [] and edit.text() == "lat" and returns == ["lat"]
    scanner.set_active(False)


def _press(widget: QWidget, key: Qt.Key, text: str, stamp_ms: int) -> None:
    """A key press as the window system reports it: stamped with the time it was pressed."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp_ms)
    QApplication.sendEvent(widget, event)


def test_the_time_a_key_was_pressed_decides_not_the_time_it_arrived(qtbot: Any) -> None:
    """Keys a person typed 60 ms apart that waited while the screen was busy arrive together: still typing.
    A scanner's keys 5 ms apart that arrive late and spread out: still a scan."""
    _, edit, _, scanner = _screen(qtbot)
    codes, returns = _recorded(scanner, edit)
    edit.setFocus()
    for n, char in enumerate("flat"):  # all at once, pressed 60 ms apart
        _press(edit, Qt.Key(ord(char.upper())), char, 10_000 + 60 * n)
    _press(edit, Qt.Key.Key_Return, "\r", 10_000 + 60 * 4)
    assert codes == [] and returns == ["flat"]
    edit.clear()
    for n, char in enumerate("4006381333931"):  # pressed 5 ms apart, arriving 30 ms apart
        qtbot.wait(30)
        _press(edit, Qt.Key(ord(char)), char, 20_000 + 5 * n)
    _press(edit, Qt.Key.Key_Return, "\r", 20_000 + 5 * 13)
    assert codes == ["4006381333931"] and edit.text() == ""
    scanner.set_active(False)


def test_shift_for_a_capital_neither_ends_a_scan_nor_loses_what_a_person_typed(qtbot: Any) -> None:
    """A scanner sends Shift for the capitals of a SKU, and so does a person typing "3*": a modifier on its own is
    no key of the run; and keys held outside a field are handed over, not dropped, when an arrow comes."""
    _, _edit, button, scanner = _screen(qtbot)
    codes, typed = [], []
    scanner.scanned.connect(codes.append)
    scanner.typed.connect(typed.append)
    button.setFocus()
    for char in "COF-002":
        if char.isupper():
            qtbot.keyPress(button, Qt.Key.Key_Shift)
        qtbot.keyClick(button, char)
        if char.isupper():
            qtbot.keyRelease(button, Qt.Key.Key_Shift)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert codes == ["COF-002"]
    qtbot.wait(120)
    qtbot.keyClick(button, "3")
    qtbot.keyPress(button, Qt.Key.Key_Shift)
    qtbot.keyClick(button, "*", Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyRelease(button, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: typed == ["3*"])
    qtbot.keyClick(button, "l")
    qtbot.keyClick(button, Qt.Key.Key_Down)
    assert typed == ["3*", "l"]
    scanner.set_active(False)
