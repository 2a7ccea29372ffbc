"""Spreading discounts over lines in whole minor units, as WooCommerce's ``WC_Discounts`` does.

All amounts here are ``int`` minor units (cents): WooCommerce works in cents too, and integers keep the
floors, caps and one-cent remainders exact and fast. Lines are given most expensive first (see
:func:`order_by_price`); ``available[i]`` is what is left of line ``i`` to discount, ``units[i]`` its
quantity rounded up (the remainder loop gives one cent per started unit, as WooCommerce's
``for ( $i = 0; $i < $item->quantity; $i++ )`` does).

- Percent (``apply_coupon_percent``): each line gets ``floor(price * p / 100)``; the cart-wide amount is
  ``price_total * p / 100`` rounded half down (``WC_DISCOUNT_ROUNDING_MODE``); the cents still missing are
  handed out one per unit, most expensive line first.
- Fixed (``apply_coupon_fixed_cart``): ``amount / units`` truncated to the cent, per unit, each line capped
  at what is left of it; what is left is spread again over the lines not yet at zero; when less than a
  cent per unit remains, one cent per unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

__all__ = ["line_discount", "order_by_price", "spread_fixed", "spread_percent"]


def order_by_price(prices: Sequence[Decimal] | Sequence[int]) -> list[int]:
    """Indices of lines, most expensive (price x quantity) first; ties keep cart order."""
    return sorted(range(len(prices)), key=prices.__getitem__, reverse=True)


def _ratio(percentage: Decimal) -> tuple[int, int]:
    num, den = percentage.as_integer_ratio()
    return num, den * 100


def _half_down(num: int, den: int) -> int:
    quotient, rest = divmod(num, den)
    return quotient + 1 if 2 * rest > den else quotient


def line_discount(price: int, percentage: Decimal | None, amount: int | None) -> int:
    """A line-level discount in minor units: a percentage (rounded half down, as WooCommerce's percent
    coupon comes out on a single line) or an amount, capped at the line's ``price``."""
    if percentage is not None:
        num, den = _ratio(percentage)
        return min(price, _half_down(price * num, den))
    return min(price, amount or 0)


def _remainder(
    available: Sequence[int], units: Sequence[int], given: list[int], order: Sequence[int], amount: int
) -> int:
    """``apply_coupon_remainder``: one cent per unit, in ``order``, until ``amount`` is reached."""
    total = 0
    for i in order:
        for _ in range(units[i]):
            if available[i] - given[i] <= 0:
                break  # WooCommerce adds min(0, 1) = 0 for the remaining units: nothing changes
            given[i] += 1
            total += 1
            if total >= amount:
                return total
    return total


def spread_percent(available: Sequence[int], units: Sequence[int], percentage: Decimal) -> list[int]:
    """Per-line shares of a percent discount (lines in price order, ``available`` minor units each)."""
    num, den = _ratio(percentage)
    given = [0] * len(available)
    order = [i for i in range(len(available)) if available[i] > 0 and units[i] > 0]
    total = 0
    base_total = 0
    for i in order:
        share = min(available[i], available[i] * num // den)
        given[i] = share
        total += share
        base_total += available[i]
    target = _half_down(base_total * num, den)
    if total < target:
        _remainder(available, units, given, order, target - total)
    return given


def spread_fixed(
    available: Sequence[int], units: Sequence[int], quantities: Sequence[Decimal], amount: int
) -> list[int]:
    """Per-line shares of a fixed cart discount of ``amount`` minor units (lines in price order)."""
    given = [0] * len(available)
    active = [i for i in range(len(available)) if units[i] > 0]
    remaining = amount
    while remaining > 0:
        active = [i for i in active if available[i] - given[i] > 0]
        count = sum((quantities[i] for i in active), Decimal(0))
        if not count:
            break
        per_unit = int(remaining / count)  # absint(): truncated to the cent
        if per_unit <= 0:
            _remainder(available, units, given, active, remaining)
            break
        got = 0
        for i in active:
            share = min(available[i] - given[i], int(per_unit * quantities[i]))
            given[i] += share
            got += share
        if got <= 0:
            break
        remaining -= got
    return given
