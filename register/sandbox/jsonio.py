"""JSON in and out of the sandbox without floats.

Bodies are parsed with numbers that have a fraction or an exponent kept as :class:`~decimal.Decimal`
(``1.10`` stays ``1.10``), and ``NaN``/``Infinity`` are refused: they are not JSON. :func:`dumps` writes
Decimals back as JSON numbers, digit for digit, which the standard encoder cannot do.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

__all__ = ["JsonError", "dumps", "loads"]


class JsonError(ValueError):
    """The text is not JSON the sandbox accepts."""


def _refuse_constant(name: str) -> Any:
    raise JsonError(f"{name} is not valid JSON")


def loads(text: str | bytes) -> Any:
    """Parse JSON, keeping fractional numbers as Decimal; raise :class:`JsonError` on bad input."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except JsonError:
        raise
    except (ValueError, RecursionError) as err:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise JsonError(str(err)) from err


_encode_str = json.encoder.encode_basestring  # the C implementation when available


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write {value} as JSON")
        out.append(str(value))
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(",")
            first = False
            out.append(_encode_str(str(key)))
            out.append(":")
            _write(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps(value: Any) -> str:
    """Compact JSON text; Decimals are written exactly, floats are refused."""
    out: list[str] = []
    _write(value, out)
    return "".join(out)
