"""The cart table: an item view that paints its rows itself, and, empty, says how to start a sale (what a
newcomer sees first).

A scan repaints every visible row when it scrolls to the line it changed. Through Qt's item delegate that is a
text layout per cell, twice (to measure, then to draw), through the style sheet: 3 ms for twelve rows of four
cells, most of a frame. Here each cell's words are laid out once (a :class:`QStaticText`, kept per text, width
and font) and a repaint only draws them: the selected row on the selection colour, the grid lines, each name on
up to two lines broken at spaces, the last ending in "…" if it still does not fit (a long name reads
"House Blend Whole / Bean — 12 oz", not "House…"). The viewport paints its own background, so a repaint of it
never repaints the screen under it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QItemSelectionModel, QLine, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QStaticText, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget

from ui.catalog_panel import elide_lines

translate = QCoreApplication.translate
NAME_LINES = 2
"""Lines a cart line's name (and what is said of it) may take before it ends in "…"."""
_KEPT = 4096
"""Laid-out cells kept (then the cache starts again): a long shift's names, at the widths of one screen."""


class CartTable(QTableView):
    """A ``QTableView`` whose rows are painted from laid-out text, and that shows how to start a sale while the
    cart has no line. The model gives each row's words by ``row_texts(row)`` (else, by its display role)."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.empty_hint = self.tr("Scan a barcode, tap a product on the left, or search (F3) to start a sale.")
        self._was_empty = True
        self._laid_out: dict[tuple[str, int, bool], QStaticText] = {}
        self._rows: dict[tuple[object, ...], list[tuple[int, int, QStaticText]]] = {}
        self._look: tuple[int, QColor, QColor, QColor, QColor] | None = None
        # the background is painted here (see paintEvent): Qt need not paint what lies under the viewport first;
        # the scroll bar paints all of its own too (its groove), and it moves on most scans
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.verticalScrollBar().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            # The titles get a selection of their own, never used: sharing the cart's, a header repaints itself
            # whole on every change of the selected line (a scan), as every column of the row is selected.
            self.horizontalHeader().setSelectionModel(QItemSelectionModel(model, self))
            # the hint comes and goes with the first line: repaint it all then
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange,
                            QEvent.Type.LanguageChange, QEvent.Type.EnabledChange, QEvent.Type.ActivationChange):
            self._look = None
            self._laid_out.clear()
            self._rows.clear()
        super().changeEvent(event)

    # painting ------------------------------------------------------------------------------------
    def _texts(self, model: QAbstractItemModel, row: int, columns: int) -> tuple[str, ...]:
        row_texts = getattr(model, "row_texts", None)
        if row_texts is not None:
            texts: tuple[str, ...] = row_texts(row)
            return texts
        return tuple(str(model.index(row, column).data() or "") for column in range(columns))

    def _cell(self, text: str, room: int, wrap: bool) -> QStaticText:
        """``text`` laid out in ``room`` pixels: on up to two lines (``wrap``) or one, ending in "…" if need be."""
        key = (text, room, wrap)
        laid = self._laid_out.get(key)
        if laid is None:
            if len(self._laid_out) > _KEPT:
                self._laid_out.clear()
            metrics = self.fontMetrics()
            if wrap:
                shown = "\u2028".join(elide_lines(text, metrics, room, NAME_LINES))  # a line separator
            else:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            laid = self._laid_out[key] = QStaticText(shown)
            laid.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
            laid.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
            laid.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            laid.prepare(font=self.font())
        return laid

    def paintEvent(self, event: QPaintEvent) -> None:
        viewport = self.viewport()
        painter = QPainter(viewport)
        area = event.rect()
        palette = self.palette()
        painter.fillRect(area, palette.base())
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if model is not None and rows:
            self._paint_rows(painter, model, rows, area.top(), area.bottom())
        if self.showing_hint():
            painter.setPen(palette.placeholderText().color())
            rect = viewport.rect().adjusted(24, 24, -24, -24)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_hint)
        painter.end()

    def _paint_rows(self, painter: QPainter, model: QAbstractItemModel, rows: int, top: int, bottom: int) -> None:
        first = self.rowAt(top)
        last = self.rowAt(bottom)
        if first < 0:
            first = 0 if top < self.rowViewportPosition(0) else rows
        if last < 0:
            last = rows - 1
        if first > last:
            return
        columns = model.columnCount()
        placed = tuple((self.columnViewportPosition(c), self.columnWidth(c)) for c in range(columns))
        look = self._look or self._looks()
        margin, grid, text_color, selected_color, highlight = look
        selection = self.selectionModel()
        selected = {index.row() for index in selection.selectedRows()} if selection is not None else set()
        width = self.viewport().width()
        layout = (placed, margin, self.isRightToLeft())
        y = self.rowViewportPosition(first)
        for row in range(first, last + 1):
            y, height = self.rowViewportPosition(row), self.rowHeight(row)
            if row in selected:
                painter.fillRect(0, y, width, height, highlight)
                painter.setPen(selected_color)
            else:
                painter.setPen(text_color)
            texts = self._texts(model, row, columns)
            cells = self._rows.get((texts, height, layout))
            if cells is None:
                cells = self._place(texts, height, layout)
            for x, dy, laid in cells:
                painter.drawStaticText(x, y + dy, laid)
        if self.showGrid():  # a line under each row and at the end of each column, as Qt's table draws them
            painter.setPen(grid)
            start, end = self.rowViewportPosition(first), y + height - 1
            painter.drawLines([QLine(0, self.rowViewportPosition(row) + self.rowHeight(row) - 1, width,
                                     self.rowViewportPosition(row) + self.rowHeight(row) - 1)
                               for row in range(first, last + 1)]
                              + [QLine(x + cell - 1, start, x + cell - 1, end) for x, cell in placed])

    def _looks(self) -> tuple[int, QColor, QColor, QColor, QColor]:
        """What the style (and the style sheet) says a row looks like; asked once, until the style changes."""
        style = self.style()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        grid = QColor.fromRgba(style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self) & 0xFFFFFFFF)
        palette = self.palette()
        self._look = (margin, grid, palette.text().color(), palette.highlightedText().color(),
                      palette.highlight().color())
        return self._look

    def _place(self, texts: tuple[str, ...], height: int,
               layout: tuple[tuple[tuple[int, int], ...], int, bool]) -> list[tuple[int, int, QStaticText]]:
        """Where each cell's laid-out words go in a row (x, and y from the row's top); kept per row's words."""
        placed, margin, mirrored = layout
        cells = []
        for column, text in enumerate(texts):
            x, cell = placed[column]
            if not text or cell <= 0:
                continue
            laid = self._cell(text, max(cell - 2 * margin - 1, 8), wrap=column == 0)
            size = laid.size()
            leading = (column == 0) != mirrored  # the name reads from the start, the figures line up at the end
            left = x + margin if leading else x + cell - 1 - margin - round(size.width())
            cells.append((left, round((height - size.height()) / 2), laid))
        if len(self._rows) > _KEPT:
            self._rows.clear()
        self._rows[(texts, height, layout)] = cells
        return cells
