"""Helpers for the pricing tests: run carts through the JSON front door and read the figures back."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from register.pricing.quote import quote


def run(cart: dict[str, Any]) -> dict[str, Any]:
    """Price a cart given as (JSON-able) data, the way ``register quote`` does; the parsed output."""
    result: dict[str, Any] = json.loads(quote(json.dumps(cart)), parse_float=Decimal, parse_int=Decimal)
    return result


def dig(data: Any, path: str) -> Any:
    """``dig(out, "summary.taxes[0].amount")``."""
    for part in path.replace("]", "").split("."):
        name, *indexes = part.split("[")
        if name:
            data = data[name]
        for index in indexes:
            data = data[int(index)]
    return data


def rate(
    rate_id: str, name: str, percentage: str, priority: int = 1, compound: bool = False, **extra: Any
) -> dict[str, Any]:
    """A tax rate in the quote input format."""
    return {
        "id": rate_id,
        "name": name,
        "percentage": percentage,
        "priority": priority,
        "compounding": compound,
        **extra,
    }
