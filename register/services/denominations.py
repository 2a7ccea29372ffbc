"""Bills and coins per currency, for counting a cash drawer (Qt-free; the GUI shows them as counters).

Values are Decimals; a count is a whole number of pieces. ``total`` is the drawer's value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Final


@dataclass(frozen=True)
class Denomination:
    """One bill or coin."""

    value: Decimal
    kind: str
    """``bill`` or ``coin``."""

    @property
    def key(self) -> str:
        """A stable key (``bill:20``, ``coin:0.25``)."""
        return f"{self.kind}:{self.value}"


def _set(bills: str, coins: str) -> tuple[Denomination, ...]:
    return tuple(Denomination(Decimal(v), "bill") for v in bills.split()) + tuple(
        Denomination(Decimal(v), "coin") for v in coins.split()
    )


DENOMINATIONS: Final[dict[str, tuple[Denomination, ...]]] = {
    "USD": _set("100 50 20 10 5 2 1", "1.00 0.50 0.25 0.10 0.05 0.01"),
    "EUR": _set("500 200 100 50 20 10 5", "2.00 1.00 0.50 0.20 0.10 0.05 0.02 0.01"),
    "GBP": _set("50 20 10 5", "2.00 1.00 0.50 0.20 0.10 0.05 0.02 0.01"),
    "CAD": _set("100 50 20 10 5", "2.00 1.00 0.25 0.10 0.05"),
    "JPY": _set("10000 5000 2000 1000", "500 100 50 10 5 1"),
    "CHF": _set("1000 200 100 50 20 10", "5.00 2.00 1.00 0.50 0.20 0.10 0.05"),
}


def denominations(currency: str) -> tuple[Denomination, ...]:
    """The bills and coins of ``currency`` (an empty tuple when unknown: count the total instead)."""
    return DENOMINATIONS.get(currency.upper(), ())


def total(counts: Mapping[Denomination, int]) -> Decimal:
    """The value of ``counts`` pieces of each denomination; a negative count is refused."""
    result = Decimal(0)
    for denomination, count in counts.items():
        if isinstance(count, bool) or not isinstance(count, int):
            raise TypeError("a count is a whole number of pieces")
        if count < 0:
            raise ValueError("a count cannot be negative")
        result += denomination.value * count
    return result
