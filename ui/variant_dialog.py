"""The variant picker: a product's variants as big buttons (attribute values, price, SKU), the product's
name on top.

Tap one, or use the keyboard: arrows and Tab move, Enter picks, the digits 1-9 pick the n-th (numbered on
the buttons), Esc cancels. A barcode scanner types too: a digit is only taken once no other key follows
it as fast as a scanner's would (:data:`ui.scanner.MAX_GAP_MS`), so a scan never picks a variant.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from register.services.catalog import CatalogItem
from ui.catalog_panel import TileButton, stock_text
from ui.money_format import MoneyFormatter
from ui.scanner import MAX_GAP_MS
from ui.widgets import NoticeLabel, PlainLabel, dismiss_button, heading, hint, plain_tip

_SIZES = {size: rank for rank, size in enumerate(("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"))}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_STEPS = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}


def variant_order(item: CatalogItem) -> tuple[object, ...]:
    """Clothing sizes in size order (S, M, L), then cheapest first, then by name with numbers as numbers
    ("8 oz" before "12 oz"). The catalog index keeps items in name order, which puts L before M."""
    values = [value.strip() for _, value in item.attributes]
    sizes = tuple(_SIZES.get(value.upper(), len(_SIZES)) for value in values)
    natural = tuple(tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", v)) for v in values)
    return (sizes, item.price is None, item.price or 0, natural)


def variant_label(item: CatalogItem) -> str:
    """What tells this variant from its siblings ("Blue / L")."""
    return " / ".join(value for _, value in item.attributes) or item.sku or item.display_name


class VariantDialog(QDialog):
    """One touch-sized button per variant, in a grid (window-modal, opened with ``open()``); stays open until
    the caller says the pick worked (``accept``) or why not (``show_error``)."""

    item_chosen = Signal(object)
    """The :class:`CatalogItem` picked."""

    def __init__(self, variants: Sequence[CatalogItem], fmt: MoneyFormatter, parent: QWidget | None = None, *,
                 on_hand: Callable[[CatalogItem], Decimal | None] | None = None) -> None:
        super().__init__(parent)
        self.on_hand = on_hand or (lambda _item: None)
        """Stock on hand of a variant (None: not managed); each tile says it."""
        self.items = sorted(variants, key=variant_order)
        """The variants in the order shown."""
        self.fmt = fmt
        self.columns = 2 if len(self.items) <= 4 else 3 if len(self.items) <= 9 else 4
        self.buttons: list[TileButton] = []
        self._typed = ""
        self._last_key = 0.0
        self._settle = QTimer(self, singleShot=True, interval=MAX_GAP_MS * 2)
        self._settle.timeout.connect(self._on_settle_timeout)
        self._setup_ui()

    def _setup_ui(self) -> None:
        name = self.items[0].name if self.items else ""
        self.setWindowTitle(name)
        self.setObjectName("variantDialog")
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.title = heading(name)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(hint(self.tr("Which one? Tap it, press its number, or use the arrows and Enter.")))
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, item in enumerate(self.items):
            label = variant_label(item)
            price = self.fmt.format(item.price) if item.price is not None else self.tr("no price")
            stock = stock_text(self.on_hand(item))
            sku = (self.tr("SKU {sku}").format(sku=item.sku), item.sku) if item.sku else ("",)
            priced = (f"{price} · {stock}", price) if stock else (price,)
            button = TileButton(label, [priced, sku], name="variantTile", height_lines=3, min_width=170)
            button.setToolTip(plain_tip(f"{item.display_name} — {price}" + (f" — {sku[0]}" if item.sku else "")))
            button.setProperty("variantId", item.variant_id or "")
            button.clicked.connect(lambda _=False, i=item: self._pick(i))
            if n < 9:  # its key, in the corner (the stylesheet keeps the text clear of it)
                key = PlainLabel(str(n + 1), button)
                key.setObjectName("variantKey")
                key.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                key.move(8, 8)
            grid.addWidget(button, n // self.columns, n % self.columns)
            self.buttons.append(button)
        for column in range(self.columns):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.cancel_button = dismiss_button(self)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _pick(self, item: CatalogItem) -> None:
        self.notice.clear_message()
        for button in self.buttons:
            button.setEnabled(False)  # one pick per opening (a double tap adds once)
        self.item_chosen.emit(item)

    def show_error(self, text: str) -> None:
        """Why the pick did not work; pick again."""
        for button in self.buttons:
            button.setEnabled(True)
        self.notice.show_message(text)

    # keyboard ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move in the grid; Enter picks the focused button; a digit picks the n-th; a scan is refused."""
        key, now = Qt.Key(event.key()), time.monotonic()
        fast = bool(self._typed) and now - self._last_key <= MAX_GAP_MS / 1000
        if key in _ENTER:
            if fast:  # the Enter that ends a scan
                self._typed = ""
                self._settle.stop()
                self.notice.show_message(self.tr("A scan cannot pick an option: tap one, or press Esc and scan "
                                                 "again."))
            elif (focus := self.focusWidget()) in (*self.buttons, self.cancel_button):
                focus.click()
            return
        if key in _STEPS:
            self._move(*_STEPS[key])
            return
        text = event.text()
        if text and text.isprintable() and not text.isspace() and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier, Qt.KeyboardModifier.ShiftModifier):
            self._typed = self._typed + text if fast else text
            self._last_key = now
            self._settle.start()
            return
        super().keyPressEvent(event)

    def _on_settle_timeout(self) -> None:
        typed, self._typed = self._typed, ""
        if len(typed) == 1 and typed in "123456789" and int(typed) <= len(self.buttons):
            button = self.buttons[int(typed) - 1]
            if button.isEnabled():
                button.setFocus()
                button.click()

    def _move(self, rows: int, columns: int) -> None:
        """Left/Right go to the previous/next button (row to row), Up/Down a row; the ends hold."""
        if not self.buttons:
            return
        focus = self.focusWidget()
        at = self.buttons.index(focus) if isinstance(focus, TileButton) and focus in self.buttons else -1
        target = 0 if at < 0 else min(max(at + rows * self.columns + columns, 0), len(self.buttons) - 1)
        self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.buttons:
            self.buttons[0].setFocus()
