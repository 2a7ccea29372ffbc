"""The cart table: an item view that, empty, says how to start a sale (what a newcomer sees first)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

translate = QCoreApplication.translate
NAME_LINES = 2
"""Lines a cart line's name (and what is said of it) may take before it ends in "…"."""


class TwoLineDelegate(QStyledItemDelegate):
    """Draws a cell's text on up to two lines broken at spaces, the last ending in "…" if it still does not fit
    (a long name reads "House Blend Whole / Bean — 12 oz", not "House…"). The lines are remembered per text and
    width: a scan repaints the rows on screen, whose names did not change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: dict[tuple[str, int], str] = {}
        self._margin: int | None = None

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        width = option.rect.width()  # type: ignore[attr-defined]
        if self._margin is None:  # what the style keeps around the text, measured once
            widget = option.widget  # type: ignore[attr-defined]
            style = widget.style() if widget is not None else None
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget) if style else None
            self._margin = width - text_rect.width() + 4 if text_rect is not None and width > 0 else 12
        room = max(width - self._margin, 20)
        text = option.text  # type: ignore[attr-defined]
        key = (text, room)
        shown = self._lines.get(key)
        if shown is None:
            from ui.catalog_panel import elide_lines

            if len(self._lines) > 4096:
                self._lines.clear()
            shown = self._lines[key] = "\n".join(elide_lines(text, option.fontMetrics, room, NAME_LINES))  # type: ignore[attr-defined]
        option.text = shown  # type: ignore[attr-defined]
        if "\n" in shown:  # one line keeps Qt's quick single-line drawing
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]


class CartTable(QTableView):
    """A ``QTableView`` that shows how to start a sale while the cart has no line."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.empty_hint = self.tr("Scan a barcode, tap a product on the left, or search (F3) to start a sale.")
        self._was_empty = True

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # the hint comes and goes with the first line: repaint it all then
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._on_model_rows_changed)
        self._was_empty = self.showing_hint()

    def showing_hint(self) -> bool:
        """Whether the cart is empty (and the hint is shown)."""
        model = self.model()
        return model is not None and model.rowCount() == 0

    def _on_model_rows_changed(self, *_: object) -> None:
        if self.showing_hint() != self._was_empty:
            self._was_empty = not self._was_empty
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.showing_hint():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_hint)
            painter.end()
