"""Spreading cart discounts over lines in whole cents (WooCommerce's ``WC_Discounts``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from register.pricing.discounts import line_discount, order_by_price, spread_fixed, spread_percent

D = Decimal


@pytest.mark.parametrize(
    ("available", "units", "percentage", "expected"),
    [
        ([1000], [1], "20", [200]),  # discounts.php: 20 % of 10.00
        ([2000, 500], [2, 1], "10", [200, 50]),
        # floors lose cents: 3 x 0.33 = 0.99 of round_half_down(3.33 x 10 %) ... handed out one per unit
        ([333, 333, 333], [1, 1, 1], "10", [34, 33, 33]),
        # the cart-wide amount rounds half down: 0.15 x 10 % = 0.015 -> 0.01
        ([5, 5, 5], [1, 1, 1], "10", [1, 0, 0]),
        ([1000], [1], "100", [1000]),
        ([1000], [1], "0", [0]),
        ([0, 1000], [1, 1], "50", [0, 500]),  # lines already at zero are left out
        # a remainder cent per started unit (fractional quantity 0.5 still gets one)
        ([101, 101], [1, 1], "50", [51, 50]),
    ],
)
def test_spread_percent(available: list[int], units: list[int], percentage: str, expected: list[int]) -> None:
    assert spread_percent(available, units, D(percentage)) == expected


@pytest.mark.parametrize(
    ("available", "quantities", "amount", "expected"),
    [
        ([2000], ["2"], 1000, [1000]),  # discounts.php fixed_cart 10 over 10 x 2
        ([1000, 1000, 1000], ["1", "1", "1"], 1000, [334, 333, 333]),  # 333 each, then 1 cent remainder
        ([100, 100, 100], ["1", "1", "1"], 100, [34, 33, 33]),  # discounts.php: fixed_cart 1 over 3 x 1.00
        # equal per unit, not proportional: 2 units on the first line
        ([2000, 500], ["2", "1"], 300, [200, 100]),
        # capped at the line's price, the rest spread again over the others
        ([6200, 3390, 1990, 1250, 240], ["1"] * 5, 2000, [440, 440, 440, 440, 240]),  # cart-totals-test #23916
        ([500, 100], ["1", "1"], 10000, [500, 100]),  # more than the cart: everything, no more
        ([1000], ["1"], 0, [0]),
        # less than a cent per unit: one cent per unit, most expensive first
        ([1000, 1000, 1000], ["1", "1", "1"], 2, [1, 1, 0]),
    ],
)
def test_spread_fixed(available: list[int], quantities: list[str], amount: int, expected: list[int]) -> None:
    qty = [D(q) for q in quantities]
    units = [int(q.to_integral_value(rounding="ROUND_CEILING")) for q in qty]
    assert spread_fixed(available, units, qty, amount) == expected


@pytest.mark.parametrize(
    ("price", "percentage", "amount", "expected"),
    [
        (1000, "10", None, 100),
        (999, "50", None, 499),
        (1000, None, 250, 250),
        (1000, None, 5000, 1000),
        (1000, "100", None, 1000),
        (1001, "50", None, 500),
    ],
)
def test_line_discount(price: int, percentage: str | None, amount: int | None, expected: int) -> None:
    assert line_discount(price, None if percentage is None else D(percentage), amount) == expected


def test_order_by_price_is_descending_and_stable() -> None:
    assert order_by_price([D("5"), D("10"), D("5"), D("20")]) == [3, 1, 0, 2]
