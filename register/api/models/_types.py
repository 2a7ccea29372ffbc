"""Wire types for amounts, numbers and integers: exact Decimals, never floats.

Two kinds of numeric fields exist on the Final POS wire (CONTRACT.md §1, "Money"):

=====================  ===========================  ===========================================
Python annotation      On the wire                  Used for
=====================  ===========================  ===========================================
``DecimalString``      ``"1000.50"`` (a string)     Order, Session, Transaction, Refund amounts,
                                                    ``Customer.totalSpent``, tax-table rates
``DecimalNumber``      ``12.5`` (a JSON number)     Variant/Product prices, every ``percentage``,
                                                    ``quantity``, stock
``WireInt``            ``1`` (a JSON integer)       ``menuOrder``, ``sequenceNumber``,
                                                    ``priority``, ``statusCode``
=====================  ===========================  ===========================================

Each comes in a strict flavour for requests (what the register sends, and what the sandbox accepts)
and a ``Loose*`` flavour for responses (what the register tolerates from a server):

- Requests: a decimal string field takes a ``Decimal`` or a string matching ``-?\\d+(\\.\\d+)?`` and
  refuses numbers, floats and booleans; a number field takes a ``Decimal`` or an ``int`` (and, when
  validating JSON text, a JSON number) and refuses strings, floats from Python code and booleans.
- Responses: both kinds take a decimal string, a ``Decimal`` or an ``int`` (the client parses JSON
  with ``parse_float=Decimal``, so a JSON number arrives as a ``Decimal``). A Python float is still a
  ``TypeError``-class mistake and is refused; JSON text validated with ``model_validate_json`` gives
  pydantic a float for a JSON number, which is read back through its shortest ``repr`` (the digits
  that were on the wire).

Serialization: a decimal string goes back as the exact string (``Decimal("1000.50")`` -> ``"1000.50"``);
a number goes back as an ``int`` when integral and otherwise as the JSON number with the same digits.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Final

from pydantic import BeforeValidator, PlainSerializer, ValidationInfo

__all__ = [
    "DecimalNumber",
    "DecimalString",
    "LooseDecimalNumber",
    "LooseDecimalString",
    "LooseWireInt",
    "WireInt",
    "decimal_to_json_number",
]

_DECIMAL_STRING: Final = re.compile(r"-?\d+(\.\d+)?")
_LOOSE_DECIMAL_STRING: Final = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


def _json_float(value: float, info: ValidationInfo) -> Decimal:
    """A float is only acceptable when pydantic itself parsed it out of JSON text."""
    if info.mode != "json":
        raise ValueError("floats are not accepted for amounts; pass a Decimal or a decimal string")
    result = Decimal(repr(value))
    if not result.is_finite():
        raise ValueError("not a finite number")
    return result


def _finite(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("not a finite number")
    return value


def _strict_decimal_string(value: Any, info: ValidationInfo) -> Decimal:
    if isinstance(value, Decimal):
        return _finite(value)
    if isinstance(value, str) and _DECIMAL_STRING.fullmatch(value):
        return Decimal(value)
    if isinstance(value, str):
        raise ValueError(f"{value!r} is not a decimal string like '12.50'")
    raise ValueError(f"expected a decimal string like '12.50', got {_kind(value)}")


def _strict_decimal_number(value: Any, info: ValidationInfo) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(value, Decimal):
        return _finite(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return _json_float(value, info)
    raise ValueError(f"expected a number, got {_kind(value)}")


def _loose_decimal(value: Any, info: ValidationInfo) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("expected an amount, got a boolean")
    if isinstance(value, Decimal):
        return _finite(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return _json_float(value, info)
    if isinstance(value, str) and _LOOSE_DECIMAL_STRING.fullmatch(value.strip()):
        try:
            return _finite(Decimal(value.strip()))
        except InvalidOperation:  # pragma: no cover - the pattern already guarantees a number
            raise ValueError(f"{value!r} is not a decimal number") from None
    raise ValueError(f"expected an amount, got {_kind(value)}")


def _strict_int(value: Any, info: ValidationInfo) -> int:
    if isinstance(value, bool):
        raise ValueError("expected an integer, got a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if isinstance(value, float) and info.mode == "json" and value.is_integer():
        return int(value)
    raise ValueError(f"expected an integer, got {_kind(value)}")


def _loose_int(value: Any, info: ValidationInfo) -> int:
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    return _strict_int(value, info)


def _kind(value: object) -> str:
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float | Decimal):
        return "a number"
    return type(value).__name__


def _to_string(value: Decimal) -> str:
    return format(value, "f")


def decimal_to_json_number(value: Decimal) -> int | float:
    """``value`` as a JSON-ready number: an int when integral, else the float printing the same digits.

    The float exists only at the JSON edge (``json.dumps`` prints its shortest repr, which is the
    Decimal's digits); a value that a float cannot carry digit for digit is refused.
    """
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) != value:
        raise ValueError(f"{value} has more digits than a JSON number can carry exactly")
    return as_float


DecimalString = Annotated[
    Decimal,
    BeforeValidator(_strict_decimal_string),
    PlainSerializer(_to_string, return_type=str, when_used="json"),
]
"""Request money that travels as a decimal string (``"1000.50"``)."""

DecimalNumber = Annotated[
    Decimal,
    BeforeValidator(_strict_decimal_number),
    PlainSerializer(decimal_to_json_number, return_type=Any, when_used="json"),
]
"""A request number (price, percentage, quantity) that travels as a JSON number."""

WireInt = Annotated[int, BeforeValidator(_strict_int)]
"""A request integer (``menuOrder``, ``priority``…) that travels as a JSON integer."""

LooseDecimalString = Annotated[
    Decimal,
    BeforeValidator(_loose_decimal),
    PlainSerializer(_to_string, return_type=str, when_used="json"),
]
"""Response money documented as a decimal string; a JSON number is tolerated."""

LooseDecimalNumber = Annotated[
    Decimal,
    BeforeValidator(_loose_decimal),
    PlainSerializer(decimal_to_json_number, return_type=Any, when_used="json"),
]
"""A response number documented as a JSON number; a decimal string is tolerated."""

LooseWireInt = Annotated[int, BeforeValidator(_loose_int)]
"""A response integer; an integral Decimal or a digit string is tolerated."""
