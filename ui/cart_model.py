"""The cart as a Qt table model (name, quantity, unit price, line total) and the totals' rows.

Figures come from the pricing engine's fragment (``core.checkout.price()``); nothing is computed here but
which engine figure goes in which cell. A model (not a widget per line) keeps a 200-line cart cheap: only
the visible rows are painted, from words made when their line changed.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from register.memo import RoundMemo
from register.receipts import tax_order
from register.services.cart import CartLine
from register.services.priced import Priced
from register.text import printable
from ui import i18n
from ui.money_format import MoneyFormatter

translate = QCoreApplication.translate

def headers() -> tuple[str, ...]:
    """The cart table's column titles."""
    return (translate("CartTableModel", "Item"), translate("CartTableModel", "Qty"),
            translate("CartTableModel", "Unit price"), translate("CartTableModel", "Line total"))


COLUMNS = 4
_RIGHT_FLAG = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_RIGHT = int(_RIGHT_FLAG)
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def quantity_text(quantity: Decimal) -> str:
    """``2`` or ``1.25`` / ``1,25`` (the locale's way, no trailing zeros, no exponent)."""
    return i18n.quantity(quantity)


def line_wires(priced: Priced) -> list[Any]:
    """The engine's wire figures of each cart line (a line item, or a custom sale), in the cart's line order."""
    fragment = priced.fragment
    catalog = iter(fragment.line_items)
    custom = iter(fragment.custom_sales)
    return [next(custom) if line.custom else next(catalog) for line in priced.state.lines]


def line_total(wire: Any, inclusive: bool) -> Decimal:
    """A line's total as the cart shows it: gross after discounts when prices include tax, else net after them."""
    gross = Decimal(str(wire["total"]))
    return gross if inclusive else gross - Decimal(str(wire.get("totalTax") or "0"))


def line_totals(priced: Priced, memo: RoundMemo[Any, Decimal] | None = None) -> list[Decimal]:
    """Each cart line's total as the engine priced it (:func:`line_total`), in the cart's line order. With
    ``memo`` (kept between calls), a line whose wire dict is the one already read (the engine reuses unchanged
    lines' dicts) is not read again."""
    inclusive = bool(priced.fragment.summary.get("isTaxInclusive"))
    wires = line_wires(priced)
    if memo is None:
        return [line_total(wire, inclusive) for wire in wires]
    return memo.map(wires, lambda wire, _stamp: line_total(wire, inclusive), itertools.repeat(None))


def totals_rows(priced: Priced, fmt: MoneyFormatter) -> list[tuple[str, str]]:
    """The totals panel: subtotal, discounts, fees, each tax rate (by priority), tip, total; then paid and due."""
    summary = priced.fragment.summary
    rows = [(translate("Totals", "Subtotal"), fmt.format(Decimal(summary["subTotal"])))]
    discount = Decimal(summary.get("discountTotal") or "0")
    if discount:
        rows.append((translate("Totals", "Discounts"), fmt.format(-discount)))
    for fee in priced.fragment.cart_fees:
        rows.append((str(fee.get("label") or fee.get("name") or translate("Totals", "Fee")),
                     fmt.format(Decimal(str(fee.get("amount"))))))
    for tax in sorted(summary.get("taxes") or [], key=tax_order):
        rate = Decimal(str(tax.get("percentage") or "0"))
        name = tax.get("name") or translate("Totals", "Tax")
        rows.append((f"{name} {i18n.percent(rate)}",
                     fmt.format(Decimal(tax["amount"]))))
    tip = (summary.get("tip") or {}).get("amount")
    if tip:
        rows.append((translate("Totals", "Tip"), fmt.format(Decimal(str(tip)))))
    return rows


def line_extras(line: CartLine, fmt: MoneyFormatter) -> list[str]:
    """What is said of a line after its name: a sale price, its discount, its note."""
    extras = []
    if line.regular_price is not None and not line.price_overridden:
        extras.append(translate("CartTableModel", "sale, was {price}").format(price=fmt.format(line.regular_price)))
    if line.price_overridden and line.original_price is not None:
        extras.append(translate("CartTableModel", "price changed from {price}").format(
            price=fmt.format(line.original_price)))
    if line.discount_percentage is not None:
        extras.append(f"−{i18n.percent(line.discount_percentage)}")
    elif line.discount_amount is not None:
        extras.append(f"−{fmt.format(line.discount_amount)}")
    if line.note:
        extras.append(translate("CartTableModel", "note: {note}").format(note=line.note))
    return extras


def cart_discount_text(priced: Priced, fmt: MoneyFormatter) -> tuple[str, str] | None:
    """The cart discount's row (its words, its amount), or None without one."""
    out = priced.fragment.cart_discount
    state = priced.state
    if not out or (state.cart_discount_percentage is None and state.cart_discount_amount is None):
        return None
    amount = Decimal(str(out.get("amount") or "0"))
    caption = translate("CartTableModel", "Cart discount")
    if state.cart_discount_percentage is not None:
        caption += f" {i18n.percent(state.cart_discount_percentage)}"
    return caption, fmt.format(-amount)


class CartTableModel(QStandardItemModel):
    """The cart's lines, then the cart discount as a row of its own; ``set_priced`` swaps the whole cart in (the
    engine reprices every change). The lines' totals are before the cart discount, so the rows add up.

    The rows' words are made once, when a line changes, and kept in Qt's own items: the view paints the cart
    (every visible row, on every scroll) without calling back into Python, which would be a dozen calls a
    cell (a millisecond a repaint of a 200-line cart)."""

    def __init__(self, fmt: MoneyFormatter) -> None:
        super().__init__(0, COLUMNS)
        self.fmt = fmt
        self._headers = headers()
        self._lines: tuple[CartLine, ...] = ()
        self._totals: list[Decimal] = []
        self._texts: list[tuple[str, ...]] = []
        """What each row shows (the lines', then the cart discount's)."""
        self._discount: tuple[str, str] | None = None
        self._read: RoundMemo[Any, Decimal] = RoundMemo()
        self._wires: list[Any] = []
        """The engine's wire dicts the shown totals were read from, row by row."""
        self.undiscounted: Any = None
        """``priced → priced`` without its cart discount (set by the sell flow): the line totals before it."""

    def _line_texts(self, line: CartLine, total: Decimal) -> tuple[str, ...]:
        extras = line_extras(line, self.fmt)
        name = printable(line.name + (f"  ({', '.join(extras)})" if extras else ""))
        return name, quantity_text(line.quantity), self.fmt.format(line.unit_price), self.fmt.format(total)

    @staticmethod
    def _discount_texts(discount: tuple[str, str]) -> tuple[str, ...]:
        return discount[0], "", "", discount[1]

    def _insert(self, row: int, texts: tuple[str, ...]) -> None:
        cells = []
        for column, text in enumerate(texts):
            cell = QStandardItem(text)
            cell.setFlags(_FLAGS)
            if column:
                cell.setTextAlignment(_RIGHT_FLAG)
            cells.append(cell)
        self.insertRow(row, cells)
        self._texts.insert(row, texts)

    def _remove(self, row: int) -> None:
        self.removeRow(row)
        del self._texts[row]

    def _update(self, row: int, texts: tuple[str, ...]) -> None:
        shown = self._texts[row]
        if shown == texts:
            return
        for column, (old, text) in enumerate(zip(shown, texts, strict=True)):
            if old != text:
                cell = self.item(row, column)
                cell.setText(text)
        self._texts[row] = texts

    def set_priced(self, priced: Priced) -> str | None:
        """Show ``priced``'s lines. Only what changed is announced (rows inserted, removed or changed), so a
        scan into a 200-line cart costs the view one row, not a reset of all of them. Returns the id of the last
        line (in the cart's order) that is new or changed, None when none is."""
        discount = cart_discount_text(priced, self.fmt)
        basis = priced if discount is None or self.undiscounted is None else self.undiscounted(priced)
        lines, totals = priced.state.lines, self._line_totals(basis)
        changed = self._changed_in_place(lines, totals)
        if changed is None:
            changed = self._rebuild(lines, totals)
        self._lines, self._totals = lines, list(totals)
        at = len(self._lines)
        if self._discount is not None and discount is None:  # the cart discount row goes
            self._remove(at)
        elif discount is not None and self._discount is None:
            self._insert(at, self._discount_texts(discount))
        elif discount is not None and discount != self._discount:
            self._update(at, self._discount_texts(discount))
        self._discount = discount
        return changed or None

    def _line_totals(self, priced: Priced) -> list[Decimal]:
        """The lines' totals: for a scan's change, read again only where the engine's wire dict is not the very one
        read last time at that place (it reuses an unchanged line's); else through the memo."""
        wires, before, totals = line_wires(priced), self._wires, self._totals
        self._wires = wires
        if not before or len(wires) - len(before) not in (0, 1):
            return line_totals(priced, self._read)
        inclusive = bool(priced.fragment.summary.get("isTaxInclusive"))
        kept = [total if wire is old else line_total(wire, inclusive)
                for wire, old, total in zip(wires, before, totals, strict=False)]
        return kept + [line_total(wire, inclusive) for wire in wires[len(before):]]

    def _changed_in_place(self, lines: tuple[CartLine, ...], totals: list[Decimal]) -> str | None:
        """A scan's change: lines changed where they are and at most one added at the end, found by identity (an
        unchanged line is the very same object) in one pass. The rows are updated, and the last changed line's
        id returned ("" when none changed); None (nothing done) for any other change, which :meth:`_rebuild`
        makes."""
        old, shown = self._lines, self._totals
        if not old or len(lines) - len(old) not in (0, 1):
            return None
        # the new lines may have one more than the old: the pass stops at the shorter
        rows = [row for row, (a, b, x, y) in enumerate(zip(old, lines, shown, totals, strict=False))
                if a is not b or (x is not y and x != y)]
        if any(old[row].line_id != lines[row].line_id for row in rows):
            return None
        for row in rows:
            self._update(row, self._line_texts(lines[row], totals[row]))
        last = None if not rows else lines[rows[-1]].line_id
        if len(lines) > len(old):
            self._insert(len(old), self._line_texts(lines[-1], totals[-1]))
            last = lines[-1].line_id
        return last or ""

    def _rebuild(self, lines: tuple[CartLine, ...], totals: list[Decimal]) -> str | None:
        """Any change: lines gone are removed, new ones inserted where the cart has them, the others updated; a
        reordered cart (a resumed one) is shown again from the start."""
        last = None
        if self._discount is not None:  # put back afterwards, below the lines
            self._remove(len(self._lines))
            self._discount = None
        kept = {line.line_id for line in lines}
        for row in range(len(self._lines) - 1, -1, -1):  # lines gone: removed from the bottom up
            if self._lines[row].line_id not in kept:
                self._lines = self._lines[:row] + self._lines[row + 1:]
                del self._totals[row]
                self._remove(row)
        old_ids = [line.line_id for line in self._lines]
        still = set(old_ids)
        if old_ids != [line.line_id for line in lines if line.line_id in still]:  # reordered (a resumed cart)
            while self._texts:
                self._remove(len(self._texts) - 1)
            self._lines, self._totals = (), []
        before = {line.line_id: (line, total) for line, total in zip(self._lines, self._totals, strict=True)}
        for row, (line, total) in enumerate(zip(lines, totals, strict=True)):
            old = before.get(line.line_id)
            if old is None:  # a new line, where the cart has it
                self._insert(row, self._line_texts(line, total))
                last = line.line_id
            elif old[0] is not line or old[1] != total:
                self._update(row, self._line_texts(line, total))
                last = line.line_id
        return last

    def row_texts(self, row: int) -> tuple[str, ...]:
        """What ``row`` shows, cell by cell (the cart table paints from it)."""
        return self._texts[row]

    def line(self, row: int) -> CartLine:
        """The cart line shown in ``row`` (IndexError for the cart discount's row)."""
        return self._lines[row]

    @property
    def line_count(self) -> int:
        """How many cart lines (the cart discount's row not counted)."""
        return len(self._lines)

    def is_discount_row(self, row: int) -> bool:
        """Whether ``row`` is the cart discount's."""
        return self._discount is not None and row == len(self._lines)

    def row_of(self, line_id: str) -> int:
        """The row of a line (-1 when it is not in the cart)."""
        return next((i for i, line in enumerate(self._lines) if line.line_id == line_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
                return _RIGHT
        return None
