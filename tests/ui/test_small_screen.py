"""Every screen fits a 1024×768 station: the window can be that small and no button label is cut off."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from register.config import Mode
from tests.ui import flows
from tests.ui.flows import priced_items, scan, settled, start_selling
from ui.first_run_view import FirstRunView
from ui.status_panel import ElidedLabel
from ui.widgets import ActionButton, action_button

SMALL = (1024, 768)


def _clipped(view: QWidget) -> list[str]:
    """The visible buttons of ``view`` whose label does not fit the button."""
    cut = []
    for button in view.findChildren(QPushButton):
        if not button.isVisibleTo(view) or button.objectName().startswith("tile"):
            continue  # catalog tiles elide their names on purpose (the tooltip has the whole name)
        if isinstance(button, ActionButton):
            cut_off = not button.fits(button.text())
        else:
            cut_off = button.sizeHint().width() > button.width()
        if cut_off:
            cut.append(f"{button.objectName() or button.text()!r}: {button.text()!r} does not fit "
                       f"{button.width()}×{button.height()}")
    return cut


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_every_screen_fits_1024_by_768_without_cutting_a_label(qtbot: Any, qloop: Any, qapp: Any,
                                                                sandbox: Any, themed: None, language: str) -> None:
    """In every language of the screens: Spanish and French labels run a third longer than English ones."""
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key, language=language)
    assert app.localization.language == language
    try:
        selling = start_selling(qtbot, app)
        for item in priced_items(app, 3):
            scan(qtbot, app, item.barcode)
        settled(qtbot, selling)
        wf = app.workflow
        first_run = FirstRunView()
        views = {"first run": first_run, "home": wf.home_view, "sign-in": wf.sign_in_view, "stations": wf.station_view,
                 "open": wf.sessions.open_view, "close": wf.sessions.close_view, "report": wf.sessions.report_view,
                 "sell": selling.view, "payment": wf.payment.view, "receipt": wf.receipts.view,
                 "orders": wf.orders.view}
        window = app.window
        # the widest status bar a till shows: the demo badge and a long name
        window.status.set_mode(Mode.DEMO)
        window.status.set_cashier("Maximiliane Oberhauser-Smith", "manager")
        problems = []
        for name, view in views.items():
            window.show_view(view)
            window.resize(*SMALL)
            QApplication.processEvents()
            hint = window.minimumSizeHint()
            if hint.width() > SMALL[0] or hint.height() > SMALL[1]:
                problems.append(f"{name}: the window needs at least {hint.width()}×{hint.height()}")
            if window.width() > SMALL[0] or window.height() > SMALL[1]:
                problems.append(f"{name}: the window stayed {window.width()}×{window.height()}")
            problems += [f"{name}: {cut}" for cut in _clipped(view)]
            bar = window.statusBar()
            for label in bar.findChildren(QLabel):  # who and where may end in "…"; the rest must show whole
                if label.isVisibleTo(bar) and not isinstance(label, ElidedLabel) \
                        and label.sizeHint().width() > label.width():
                    problems.append(f"{name}: status {label.objectName()} {label.text()!r} is cut")
                if label.geometry().right() > bar.width():
                    problems.append(f"{name}: status {label.objectName()} {label.text()!r} is off the window")
        assert not problems, "\n".join(problems)
    finally:
        flows.close_app(qtbot, app)


def _narrowest(button: ActionButton, text: str, height: int) -> int:
    """The least width at which ``text`` fits ``button`` of ``height``."""
    width = 40
    while True:
        button.resize(width, height)
        if button.fits(text):
            return width
        width += 1


def test_an_action_button_puts_its_key_on_a_second_line_then_drops_it_but_keeps_the_shortcut(qtbot: Any,
                                                                                             themed: None) -> None:
    pressed = []
    button = action_button("Cart discount", "F5")
    button.clicked.connect(lambda: pressed.append(button.text()))
    qtbot.addWidget(button)
    button.setStyleSheet("QPushButton { min-height: 10px; }")  # the theme's touch height would fit two lines
    button.show()
    full, two_lines, bare = button.forms()
    assert (full, two_lines, bare) == ("Cart discount  F5", "Cart discount\nF5", "Cart discount")
    tall = 80
    wide = _narrowest(button, full, tall)
    assert _narrowest(button, two_lines, tall) < wide
    button.resize(wide, tall)
    assert not button.fits(two_lines.replace("\n", "\n\n\n\n"))  # too many lines for the height
    for n, (size, shown) in enumerate([((wide, tall), full), ((wide - 1, tall), two_lines),
                                       ((wide - 1, 30), bare), ((wide, 30), full)], start=1):
        button.resize(*size)
        QApplication.processEvents()
        assert button.text() == shown, size
        assert button.shortcut() == QKeySequence("F5")  # a new label never takes the shortcut away
        flows.press(qtbot, button, Qt.Key.Key_F5)  # clicked at once (not 100 ms later, as Qt "animates" it)
        assert len(pressed) == n and pressed[-1] == shown
    # the layout is asked for room for the full label, and may give as little as the bare caption needs
    assert button.sizeHint().width() >= wide
    assert button.minimumSizeHint().width() <= button.needed(bare).width()


def test_an_empty_cart_table_paints_how_to_start_a_sale(qtbot: Any, themed: None) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.cart_table import CartTable

    model = QStandardItemModel(0, 2)
    table = CartTable(objectName="cartTable")
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()

    def inked() -> int:
        """Pixels of the viewport's middle band that are not its background."""
        image = table.viewport().grab().toImage()
        background = image.pixel(5, image.height() - 5)  # below any row
        return sum(image.pixel(x, y) != background for x in range(0, image.width(), 3)
                   for y in range(image.height() // 3, 2 * image.height() // 3, 3))

    assert table.showing_hint() and inked() > 50
    model.appendRow([QStandardItem(""), QStandardItem("")])  # a line with nothing to paint in the middle band
    QApplication.processEvents()
    assert not table.showing_hint() and inked() == 0
    model.removeRow(0)
    QApplication.processEvents()
    assert table.showing_hint() and inked() > 50


def test_a_first_start_on_a_small_screen_opens_maximized() -> None:
    from PySide6.QtCore import QRect

    from ui.main_window import opens_maximized

    till, desk, default = QRect(0, 0, 1024, 740), QRect(0, 0, 1920, 1040), QRect(0, 0, 1180, 780)
    assert opens_maximized(till, default, restored=False, platform="xcb")
    assert not opens_maximized(desk, default, restored=False, platform="xcb")  # it fits: the default size
    assert not opens_maximized(till, default, restored=True, platform="xcb")  # the size it had last time
    assert not opens_maximized(till, default, restored=False, platform="offscreen")  # no real screen
