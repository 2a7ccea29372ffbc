"""Counting a cash drawer by bills and coins: typed or tapped (+/−), with a live total."""

from __future__ import annotations

import itertools
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from register.services.cart import parse_amount
from register.services.denominations import Denomination, denominations, total
from ui.errors import plain_words
from ui.money_format import MoneyFormatter
from ui.widgets import PinPad, PlainLabel, TouchButton

MAX_PIECES = 99_999


class CountSpin(QSpinBox):
    """A count box whose number is selected whenever it gets the focus (Tab, a tap, the screen opening): typing
    replaces the count ("1" gives 1, never 10 in front of the 0)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self._select)  # after the click that gave the focus has placed its cursor

    def _select(self) -> None:
        if self.hasFocus():
            self.selectAll()


class SelectingLineEdit(QLineEdit):
    """A field whose text is selected when it gets the focus (a count typed over it replaces it)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self._select)

    def _select(self) -> None:
        if self.hasFocus():
            self.selectAll()


class DenominationCounterPanel(QWidget):
    """One row per bill or coin: −, count, +, row value; the total underneath. Decimal throughout."""

    total_changed = Signal(object)
    """The new total (a Decimal)."""

    def __init__(self, currency: str, formatter: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counter")
        self.formatter = formatter
        self.denominations = denominations(currency)
        self.spins: dict[str, QSpinBox] = {}
        """The count boxes, in the drawer's order (bills, then coins): the order Tab goes through them."""
        self._row_values: dict[str, QLabel] = {}
        self.step_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        """The (−, +) buttons per denomination key."""
        self.amount_edit: QLineEdit | None = None
        """For a currency without a known set of bills and coins: the counted total, typed."""
        self.extra_rows: list[tuple[QLabel, QWidget]] = []
        """Rows added beside the coins (the other payment methods' counts, when closing)."""
        self._setup_ui()

    def _setup_ui(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        if not self.denominations:
            self.amount_edit = SelectingLineEdit(objectName="countedAmount")
            self.amount_edit.setPlaceholderText(self.tr("Counted total, for example {example}").format(
                example=self.formatter.example("150.00")))
            self.amount_edit.textChanged.connect(self._update_total)
            grid.addWidget(PlainLabel(self.tr("Counted cash"), objectName="counterGroup"), 0, 0)
            grid.addWidget(self.amount_edit, 0, 1)
            self.total_label = PlainLabel(objectName="counterTotal")
            grid.addWidget(self.total_label, 9, 0, 1, 2)
            self._update_total()
            return
        # Bills on the left, coins on the right: the drawer's own layout, and no scrolling on a small screen.
        bills = [d for d in self.denominations if d.kind == "bill"]
        coins = [d for d in self.denominations if d.kind == "coin"]
        self._grid, self._coins = grid, len(coins)
        for column, group in enumerate((bills, coins)):
            title = PlainLabel(self.tr("Bills") if column == 0 else self.tr("Coins"), objectName="counterGroup")
            grid.addWidget(title, 0, column * 6, 1, 5)
            for row, denomination in enumerate(group, start=1):
                self._add_row(grid, row, column * 6, denomination)
        grid.setColumnMinimumWidth(5, 28)
        chain = self.fields()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._rows = max(len(bills), len(coins)) + 1
        self.total_label = PlainLabel(objectName="counterTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.total_label, self._rows + 8, 0, 1, 11)  # under whatever rows come beside the coins
        self._update_total()

    def _add_row(self, grid: QGridLayout, row: int, col: int, denomination: Denomination) -> None:
        key = denomination.key
        name = self.formatter.format(denomination.value)
        label = PlainLabel(name, objectName="denomination")
        minus = TouchButton("−", objectName="stepButton")
        plus = TouchButton("+", objectName="stepButton")
        spin = CountSpin(objectName="countSpin")
        spin.setRange(0, MAX_PIECES)
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setAccessibleName((self.tr("Number of {value} bills") if denomination.kind == "bill"
                                else self.tr("Number of {value} coins")).format(value=name))
        for button, step in ((minus, -1), (plus, 1)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard types counts; Up/Down step them
            button.setAccessibleName((self.tr("one more {value}") if step > 0 else self.tr("one less {value}")).format(
                value=name))
            button.clicked.connect(lambda _=False, s=spin, d=step: s.setValue(s.value() + d))
        value = PlainLabel(objectName="rowValue")
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(96)
        spin.valueChanged.connect(self._update_total)
        grid.addWidget(label, row, col)
        grid.addWidget(minus, row, col + 1)
        grid.addWidget(spin, row, col + 2)
        grid.addWidget(plus, row, col + 3)
        grid.addWidget(value, row, col + 4)
        self.spins[key] = spin
        self.step_buttons[key] = (minus, plus)
        self._row_values[key] = value

    def count_pad(self, owner: QWidget) -> PinPad:
        """A row of digits to tap into the count or amount that has the focus in ``owner`` (a touch till has no
        keyboard; the + and − beside each count step it)."""
        def target() -> QWidget | None:
            focus = owner.focusWidget()
            return focus if isinstance(focus, (QSpinBox, QLineEdit)) else None

        pad = PinPad(target, owner, columns=12, decimal=self.formatter.number(Decimal("0.5"))[1:2])
        pad.setObjectName("countPad")
        return pad

    def add_row(self, text: str, field: QWidget) -> QLabel:
        """A row of its own beside the coins, under them (a payment method's count when closing): the drawer and
        the other counts on one screen of a 1024×768 till."""
        label = PlainLabel(text, objectName="countLabel")
        label.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.text().replace("&", ""))
        if self.denominations:
            row = 1 + self._coins + len(self.extra_rows)
            self._grid.addWidget(label, row, 6, 1, 2)
            self._grid.addWidget(field, row, 8, 1, 3)
        else:
            row = 2 + len(self.extra_rows)
            layout = self.layout()
            assert isinstance(layout, QGridLayout)
            layout.addWidget(label, row, 0)
            layout.addWidget(field, row, 1)
        self.extra_rows.append((label, field))
        return label

    def clear_rows(self) -> None:
        """Take the added rows away."""
        for label, field in self.extra_rows:
            label.deleteLater()
            field.deleteLater()
        self.extra_rows.clear()

    def fields(self) -> list[QWidget]:
        """The count boxes in the order Tab should take them: bills from the largest, then coins (the grid puts
        coins beside bills, so the order is set, not left to the grid)."""
        if self.amount_edit is not None:
            return [self.amount_edit]
        return list(self.spins.values())

    def counts(self) -> dict[Denomination, int]:
        """How many pieces of each denomination."""
        return {d: self.spins[d.key].value() for d in self.denominations}

    def total(self) -> Decimal:
        """The counted value (InputError when a typed total is not an amount)."""
        if self.amount_edit is not None:
            return parse_amount(self.formatter.parse(self.amount_edit.text()) or "0", self.tr("counted cash"),
                                allow_zero=True)
        return total(self.counts())

    def set_count(self, value: Decimal | str, pieces: int, kind: str | None = None) -> None:
        """Set the count of the denomination worth ``value`` (of ``kind``; else bills before coins)."""
        wanted = Decimal(str(value))
        for d in self.denominations:
            if d.value == wanted and kind in (None, d.kind):
                self.spins[d.key].setValue(pieces)
                return
        raise KeyError(f"no denomination of {value}")

    def spin_for(self, value: Decimal | str, kind: str = "bill") -> QSpinBox:
        """The count box of one denomination (for focus and tests)."""
        return self.spins[f"{kind}:{Decimal(str(value))}"]

    def clear(self) -> None:
        """All counts back to zero."""
        if self.amount_edit is not None:
            self.amount_edit.clear()
        for spin in self.spins.values():
            spin.setValue(0)

    def set_read_only(self, read_only: bool) -> None:
        """Freeze the counts (after they were confirmed)."""
        if self.amount_edit is not None:
            self.amount_edit.setReadOnly(read_only)
        for spin in self.spins.values():
            spin.setReadOnly(read_only)
        for button in self.findChildren(QPushButton, "stepButton"):
            button.setEnabled(not read_only)

    def _update_total(self) -> None:
        for d in self.denominations:
            self._row_values[d.key].setText(self.formatter.format(d.value * self.spins[d.key].value()))
        try:
            value = self.total()
        except ValueError as err:  # a typed total that is not an amount yet: say what to type
            self.total_label.setText(plain_words(err))
            return
        self.total_label.setText(self.tr("Counted cash: {amount}").format(amount=self.formatter.format(value)))
        self.total_changed.emit(value)
