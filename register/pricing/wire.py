"""The one place where the engine's values meet the wire's conventions.

- Percentages: the engine keeps percent points (``Decimal(10)`` is 10 %), as people type them. The wire
  differs by field (:data:`PERCENT_SCALES`): tax rates are percent points (the reference's worked line
  item: percentage 10 on 100.00 gives 10.00; the custom-sale discount 5 on 1000.50 gives 50.00), while tip,
  cartDiscount and cartFees are fractions (the reference's examples say 0.15, its tax text says "0.15 for
  15%", and Final's own command-frame handler stores cart discounts and fees as fractions). When a real
  Final POS order shows a field the other way, flip its entry in the table and nothing else.
- Money: a decimal string at the currency's exponent (``"12.50"``, JPY ``"1250"``), never ``"-0.00"``.
- Quantities and percentages: exact JSON numbers (see :func:`dumps`), never through a binary float.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Final

__all__ = [
    "FRACTION",
    "PERCENT_SCALES",
    "POINTS",
    "dumps",
    "money",
    "number",
    "percentage_from_wire",
    "percentage_to_wire",
]

POINTS: Final = "points"
"""10 means 10 %."""
FRACTION: Final = "fraction"
"""0.10 means 10 %."""

PERCENT_SCALES: Final[dict[str, str]] = {
    "tax": POINTS,                   # summary.taxes[], lineItems[].taxes[], cartFees' and refunds' tax rows
    "customSaleDiscount": POINTS,    # customSales[].discount.cartDiscount.percentage (the reference: 5 → 50.00)
    "lineCartDiscount": POINTS,      # a refund line's discount.cartDiscount.percentage (the same DTO)
    "tip": FRACTION,                 # summary.tip.percentage (the reference: 0.15)
    "cartDiscount": FRACTION,        # cartDiscount.percentage (the reference: 0.15)
    "cartFee": FRACTION,             # cartFees[].percentage (the reference: 0.15)
}
"""The scale of every ``percentage`` field the register sends."""

_HUNDRED = Decimal(100)


def percentage_to_wire(points: Decimal, field: str) -> Decimal:
    """An engine percentage (percent points) as the wire's ``field`` wants it."""
    return points if PERCENT_SCALES[field] == POINTS else number(points / _HUNDRED)


def percentage_from_wire(value: Decimal, field: str) -> Decimal:
    """A wire ``field`` percentage as the engine wants it (percent points)."""
    return value if PERCENT_SCALES[field] == POINTS else number(value * _HUNDRED)


def money(amount: Decimal) -> str:
    """A rounded amount as a wire string (no exponent notation, no negative zero)."""
    text = str(amount)
    if "E" in text:
        text = format(amount, "f")
    if amount == 0 and text.startswith("-"):
        text = text[1:]
    return text


def number(value: Decimal) -> Decimal:
    """A quantity or percentage without trailing zeros (``2.000`` becomes ``2``)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _number_text(value: Decimal) -> str:
    text = format(number(value), "f")
    return "0" if text in ("-0", "-0.0") else text


def dumps(data: Any, indent: int | None = 2) -> str:
    """JSON text for the engine's output; Decimals become exact JSON numbers."""
    pad = "" if indent is None else "\n"

    def emit(value: Any, depth: int) -> str:
        inner = "" if indent is None else " " * (indent * (depth + 1))
        outer = "" if indent is None else " " * (indent * depth)
        sep = ","
        if isinstance(value, Decimal):
            return _number_text(value)
        if isinstance(value, dict):
            if not value:
                return "{}"
            colon = ":" if indent is None else ": "
            items = [f"{pad}{inner}{json.dumps(str(k))}{colon}{emit(v, depth + 1)}" for k, v in value.items()]
            return "{" + sep.join(items) + f"{pad}{outer}" + "}"
        if isinstance(value, list | tuple):
            if not value:
                return "[]"
            items = [f"{pad}{inner}{emit(v, depth + 1)}" for v in value]
            return "[" + sep.join(items) + f"{pad}{outer}" + "]"
        if isinstance(value, float):
            raise TypeError("a float reached the pricing output")
        return json.dumps(value)

    return emit(data, 0)
