"""What the cashier sees after scans is what the screens would paint afresh.

The cart paints its own rows, opaque, and the totals' figures and the cart's scroll bar paint their own
background, so that a scan repaints only them (see ui/cart_table.py, ui/widgets.FigureLabel): a mistake there
leaves stale pixels on the screen (a row that scrolled away, an old total under the new one) while every figure
in the model is right. So this test reads the pixels on the screen itself, the window's backing store, after
scans that scroll the cart up and down, add lines and grow the total, and compares them with a fresh rendering
of the same screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.ui import flows


def _on_screen(window: Any, widget: Any) -> QImage:
    """The pixels of ``widget`` as the screen has them (not painted again for the test)."""
    shot = window.screen().grabWindow(window.winId()).toImage()
    at = widget.mapTo(window, QPoint(0, 0))
    return shot.copy(at.x(), at.y(), widget.width(), widget.height()).convertToFormat(QImage.Format.Format_RGB32)


def _stale(screen: QImage, fresh: QImage) -> list[tuple[int, int]]:
    """Where the two differ (every 2nd pixel of every 2nd row: a stale row or figure is far larger)."""
    fresh = fresh.convertToFormat(QImage.Format.Format_RGB32)
    if screen == fresh:
        return []
    return [(x, y) for y in range(0, fresh.height(), 2) for x in range(0, fresh.width(), 2)
            if screen.pixel(x, y) != fresh.pixel(x, y)]


def test_after_scans_the_screen_holds_what_a_fresh_paint_shows(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any,
                                                             themed: None) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = flows.start_selling(qtbot, app)
        view = selling.view
        items = flows.priced_items(app, 40)
        for item in items:  # a cart far longer than the screen
            flows.scan(qtbot, app, item.barcode)
        flows.settled(qtbot, selling)
        assert view.model.line_count == len(items) and view.table.verticalScrollBar().maximum() > 0
        # the first line again (the cart scrolls to the top), the last, one in the middle, then a new total
        for item in (items[0], items[-1], items[len(items) // 2], items[1], items[0]):
            flows.scan(qtbot, app, item.barcode)
            flows.settled(qtbot, selling)
            QApplication.processEvents()
            qtbot.wait(20)  # the repaint that follows a change is a posted event
            stale = _stale(_on_screen(app.window, view), view.grab().toImage())
            assert not stale, f"{len(stale)} stale pixels on the sell screen, first {stale[:5]}"
        assert view.model.index(0, 1).data() == "3"
        # the total's box is as wide as the widest usual total: its figure still ends at the box's right edge
        total = view.total_label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        background = total.pixel(0, 0)
        inked = [x for x in range(total.width()) for y in range(0, total.height(), 2)
                 if total.pixel(x, y) != background]
        assert inked and total.width() - max(inked) <= 8, (total.width(), max(inked, default=-1))
    finally:
        flows.close_app(qtbot, app)
