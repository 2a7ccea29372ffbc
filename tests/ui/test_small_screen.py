"""Every screen fits a 1024×768 station and uses a 1920×1080 one: the window can be that small, no button label is
cut off, every control without words has a name for a screen reader, every button is a touch target, the sell
screen is laid out for a counter (eight cart lines and more, Pay and the total the largest things on it) and a
message moves nothing under a finger."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from register.config import Mode
from register.services.sale_record import SaleLine, SaleRecord
from tests.ui import flows
from tests.ui.flows import priced_items, scan, settled, start_selling
from ui.first_run_view import FirstRunView
from ui.status_panel import ElidedLabel
from ui.widgets import ActionButton, action_button

SMALL = (1024, 768)
LARGE = (1920, 1080)
_FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextBrowser)


def _visible(view: QWidget, kind: Any) -> list[Any]:
    return [w for w in view.findChildren(kind) if w.isVisibleTo(view)]


def _unnamed(view: QWidget) -> list[str]:
    """The controls of ``view`` a screen reader could not name: a field, list or table without an accessible
    name, or a button whose label has no letter or digit ("−", "⌫") without one."""
    missing = []
    for widget in _visible(view, QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, (QLineEdit, QComboBox, QAbstractSpinBox)) or isinstance(widget, QHeaderView):
            continue  # the parts of a control (a spin box's line, a field's clear button, a table's header)
        if isinstance(widget, _FIELDS) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
        elif isinstance(widget, QAbstractButton) and not any(c.isalnum() for c in widget.text()) \
                and not widget.accessibleName():
            missing.append(f"button {widget.objectName()!r} {widget.text()!r}")
    return missing


def _small_targets(view: QWidget) -> list[str]:
    """Visible buttons a finger could miss (under 44 px high or wide)."""
    return [f"{b.objectName() or b.text()!r} {b.width()}×{b.height()}" for b in _visible(view, QPushButton)
            if b.height() < 44 or b.width() < 44]


def _sell_layout(selling: Any, size: tuple[int, int]) -> list[str]:
    """The sell screen at a counter: eight cart lines and more, Pay the largest control, the total the largest text,
    and a message that moves no button."""
    view = selling.view
    problems = []
    rows = view.table.viewport().height() // view.table.verticalHeader().defaultSectionSize()
    if rows < 8:
        problems.append(f"sell {size}: the cart shows {rows} lines")
    pay = view.pay_button.width() * view.pay_button.height()
    bigger = [b.objectName() for b in _visible(view, QPushButton)
              if b is not view.pay_button and b.width() * b.height() >= pay]
    if bigger:
        problems.append(f"sell {size}: buttons as large as Pay: {bigger}")
    total = view.total_label.fontInfo().pixelSize()
    if any(label.fontInfo().pixelSize() > total for label in _visible(view, QLabel) if label is not view.total_label):
        problems.append(f"sell {size}: a text larger than the total")
    buttons = [*view.line_buttons, *view.sale_buttons, view.pay_button]
    before = [b.mapTo(view, b.rect().topLeft()) for b in buttons]
    view.show_message("A message that comes under the cart: " + "long words, " * 12, "info")
    QApplication.processEvents()
    if [b.mapTo(view, b.rect().topLeft()) for b in buttons] != before:
        problems.append(f"sell {size}: a message moved the buttons")
    if view.notice.height() < view.notice.heightForWidth(view.notice.width()):
        problems.append(f"sell {size}: the message is cut")
    view.notice.clear_message()
    QApplication.processEvents()
    if [b.mapTo(view, b.rect().topLeft()) for b in buttons] != before:
        problems.append(f"sell {size}: a message that went moved the buttons")
    from register.services.cart import CartState

    priced = view.priced
    view.set_priced(selling.core.checkout.price(CartState()))  # the empty cart: no tax rows yet
    QApplication.processEvents()
    if [b.mapTo(view, b.rect().topLeft()) for b in buttons] != before:
        problems.append(f"sell {size}: the first scan moves the buttons (the totals grow)")
    view.set_priced(priced)
    QApplication.processEvents()
    return problems


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
        for size in (SMALL, LARGE):
            for name, view in views.items():
                window.show_view(view)
                window.resize(*size)
                QApplication.processEvents()
                hint = window.minimumSizeHint()
                if hint.width() > SMALL[0] or hint.height() > SMALL[1]:
                    problems.append(f"{name}: the window needs at least {hint.width()}×{hint.height()}")
                if window.width() > size[0] or window.height() > size[1]:
                    problems.append(f"{name}: the window stayed {window.width()}×{window.height()}")
                problems += [f"{name} {size}: {cut}" for cut in _clipped(view)]
                problems += [f"{name} {size}: small {t}" for t in _small_targets(view)]
                if size == SMALL:
                    problems += [f"{name}: no name for {w}" for w in _unnamed(view)]
                bar = window.statusBar()
                for label in bar.findChildren(QLabel):  # who and where may end in "…"; the rest must show whole
                    if label.isVisibleTo(bar) and not isinstance(label, ElidedLabel) \
                            and label.sizeHint().width() > label.width():
                        problems.append(f"{name}: status {label.objectName()} {label.text()!r} is cut")
                    if label.geometry().right() > bar.width():
                        problems.append(f"{name}: status {label.objectName()} {label.text()!r} is off the window")
            window.show_view(selling.view)
            window.resize(*size)
            QApplication.processEvents()
            problems += _sell_layout(selling, size)
        problems += _dialogs(app)
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


def test_a_first_start_opens_maximized_on_any_screen() -> None:
    from PySide6.QtCore import QRect

    from ui.main_window import opens_maximized

    till, desk, default = QRect(0, 0, 1024, 740), QRect(0, 0, 1920, 1040), QRect(0, 0, 1180, 780)
    assert opens_maximized(till, default, restored=False, platform="xcb")
    assert opens_maximized(desk, default, restored=False, platform="xcb")  # a 1920×1080 till uses its screen
    assert not opens_maximized(till, default, restored=True, platform="xcb")  # the size it had last time
    assert not opens_maximized(till, default, restored=False, platform="offscreen")  # no real screen


def _dialogs(app: Any) -> list[str]:
    """The dialogs a day opens fit a 1024×768 screen, name their controls, keep their list clear of their form
    when a message shows, and a PIN field has a PIN pad."""
    from decimal import Decimal

    from register.services.payments import OTHER_METHODS
    from ui.approval_dialog import ManagerApprovalDialog
    from ui.cash_dialog import CashMoveDialog
    from ui.customer_dialog import CustomerDialog
    from ui.person_dialog import AddPersonDialog
    from ui.price_check_dialog import PriceCheckDialog
    from ui.refund_dialog import RefundDialog
    from ui.settings_dialog import SettingsDialog
    from ui.tender_dialog import OtherPaymentDialog
    from ui.tip_dialog import TipDialog

    fmt, core, window = app.workflow.selling.fmt, app.core, app.window
    records = [{"id": str(n), "firstName": f"Ana{n}", "lastName": "Lopez", "email": f"ana{n}@example.com",
                "phone": "+1 512-555-0100"} for n in range(12)]
    order = SaleRecord("l1", "R1-1", "USD", "", lines=tuple(
        SaleLine(f"Item {n}", Decimal(2), Decimal(2), Decimal("4.00"), Decimal(0)) for n in range(5)))
    dialogs = {
        "approval": ManagerApprovalDialog("closing the session", "Close session", window, manager="Dana"),
        "cash out": CashMoveDialog("out", "USD", window),
        "add person": AddPersonDialog(window),
        "settings": SettingsDialog(core.ctx.pricing, None, window),
        "customer": CustomerDialog(records, window),
        "refund": RefundDialog("R1-1", order, fmt, window),
        "tip": TipDialog([(Decimal(p), fmt.format(Decimal(p))) for p in (10, 15, 20)], "", window),
        "other payment": OtherPaymentDialog(OTHER_METHODS, fmt.format(Decimal(5)), "", window),
        "price check": PriceCheckDialog(core.catalog.index, fmt, core.checkout.on_hand, window),
    }
    problems = []
    for name, dialog in dialogs.items():
        dialog.show()
        QApplication.processEvents()
        if dialog.minimumSizeHint().height() > SMALL[1] - 40 or dialog.height() > SMALL[1] - 40:
            problems.append(f"dialog {name}: {dialog.width()}×{dialog.height()} is taller than a 1024×768 screen")
        problems += [f"dialog {name}: no name for {w}" for w in _unnamed(dialog)]
        problems += [f"dialog {name}: small {t}" for t in _small_targets(dialog)]
        fields = getattr(dialog, "fields", {})
        if any(e.echoMode() == QLineEdit.EchoMode.Password for e in fields.values()) and dialog.pin_pad is None:
            problems.append(f"dialog {name}: a PIN field without a PIN pad")
        if name == "customer":
            dialog.show_error("That did not work: " + "a message long enough to take two lines or more, " * 3)
            QApplication.processEvents()
            results = dialog.results.geometry()
            below = [w for w in (dialog.attach_button, dialog.fields["first"]) if w.geometry().intersects(results)]
            if below:
                problems.append(f"dialog customer: the list overlaps {[w.objectName() for w in below]}")
        dialog.close()
        dialog.deleteLater()
    return problems
