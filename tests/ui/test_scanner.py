"""The scanner-as-keyboard filter: fast keys + Enter are a scan, a person's typing is not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

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
    qtbot.waitUntil(lambda: screen.isActiveWindow())
    scanner.set_active(True)
    return screen, edit, button, scanner


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
    codes: list[str] = []
    returns: list[str] = []
    scanner.scanned.connect(codes.append)
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
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
