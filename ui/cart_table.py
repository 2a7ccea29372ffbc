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
    (a long name reads "House Blend Whole / Bean — 12 oz", not "House…")."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        from ui.catalog_panel import elide_lines

        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        room = option.rect.width() - 12  # type: ignore[attr-defined]
        if style is not None:
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 4
        text = option.text  # type: ignore[attr-defined]
        option.text = "\n".join(elide_lines(text, option.fontMetrics, max(room, 20), NAME_LINES))  # type: ignore[attr-defined]
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
