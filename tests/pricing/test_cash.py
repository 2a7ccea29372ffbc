"""Cash rounding for tenders: to 0.05 or 0.10, recorded as a signed rounding amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from register.pricing import round_cash

D = Decimal


@pytest.mark.parametrize(
    ("total", "increment", "rounded", "rounding"),
    [
        ("10.02", "0.05", "10.00", "-0.02"),
        ("10.03", "0.05", "10.05", "0.02"),
        ("10.025", "0.05", "10.05", "0.025"),
        ("10.00", "0.05", "10.00", "0.00"),
        ("10.04", "0.10", "10.00", "-0.04"),
        ("10.05", "0.10", "10.10", "0.05"),  # half up
        ("10.06", "0.10", "10.10", "0.04"),
        ("-10.03", "0.05", "-10.05", "-0.02"),  # refunds mirror sales
        ("0.01", "0.05", "0.00", "-0.01"),
    ],
)
def test_round_cash(total: str, increment: str, rounded: str, rounding: str) -> None:
    result = round_cash(D(total), increment, "USD")
    assert (result.rounded, result.rounding) == (D(rounded), D(rounding))
    assert result.rounded == result.total + result.rounding


def test_round_cash_refuses_floats_and_bad_increments() -> None:
    with pytest.raises(TypeError):
        round_cash(10.03, "0.05", "USD")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive"):
        round_cash(D("1"), "0", "USD")
    with pytest.raises(ValueError, match="minor units"):
        round_cash(D("1"), "0.05", "JPY")
