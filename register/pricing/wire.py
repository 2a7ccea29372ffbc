"""The one place where the engine's values meet the wire's conventions.

- Percentages: the engine keeps percent points (``Decimal(10)`` is 10 %), and so does the wire, as the
  API reference's own example shows (DESIGN.md). If the API turns out to want fractions (0.10), change
  :data:`WIRE_PERCENT_POINTS` and nothing else.
- Money: a decimal string at the currency's exponent (``"12.50"``, JPY ``"1250"``), never ``"-0.00"``.
- Quantities and percentages: exact JSON numbers (see :func:`dumps`), never through a binary float.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Final

__all__ = ["WIRE_PERCENT_POINTS", "dumps", "money", "number", "percentage_from_wire", "percentage_to_wire"]

WIRE_PERCENT_POINTS: Final = True
"""True: the wire's ``percentage`` is in percent points (10 = 10 %); False: a fraction (0.10)."""

_HUNDRED = Decimal(100)


def percentage_to_wire(points: Decimal) -> Decimal:
    """An engine percentage (percent points) as the wire wants it."""
    return points if WIRE_PERCENT_POINTS else points / _HUNDRED


def percentage_from_wire(value: Decimal) -> Decimal:
    """A wire percentage as the engine wants it (percent points)."""
    return value if WIRE_PERCENT_POINTS else value * _HUNDRED


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
