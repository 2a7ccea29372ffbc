"""Money: exact decimals, currency exponents, named rounding, floats refused (table-driven)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from register.money import CurrencyMismatchError, Money, Rounding, currency_exponent, quantize, to_decimal


@pytest.mark.parametrize(
    ("code", "exponent"),
    [("USD", 2), ("usd", 2), ("EUR", 2), ("JPY", 0), ("KRW", 0), ("KWD", 3), ("BHD", 3), ("CLF", 4),
     ("XYZ", 2)],
)
def test_currency_exponent(code: str, exponent: int) -> None:
    assert currency_exponent(code) == exponent


@pytest.mark.parametrize("code", ["", "US", "USDX", "12$", "€"])
def test_currency_exponent_refuses_non_codes(code: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        currency_exponent(code)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12.50", Decimal("12.50")), (" 3 ", Decimal(3)), (7, Decimal(7)), (Decimal("0.1"), Decimal("0.1")),
     ("-0.005", Decimal("-0.005")), ("1e2", Decimal("1e2"))],
)
def test_to_decimal_reads_exact_values(value: object, expected: Decimal) -> None:
    result = to_decimal(value)
    assert result == expected
    assert str(result) == str(expected)  # the exponent is kept: "12.50" stays "12.50"


@pytest.mark.parametrize(
    ("value", "error"),
    [(0.1, TypeError), (1.0, TypeError), (True, TypeError), (None, TypeError), ([1], TypeError),
     ("12,50", ValueError), ("abc", ValueError), ("", ValueError), ("NaN", ValueError),
     ("Infinity", ValueError)],
)
def test_to_decimal_refuses(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        to_decimal(value, field="price")


def test_error_names_the_field() -> None:
    with pytest.raises(ValueError, match=r"^price: '12,50' is not a decimal number"):
        to_decimal("12,50", field="price")


@pytest.mark.parametrize(
    ("amount", "places", "rounding", "expected"),
    [
        ("2.345", 2, Rounding.HALF_UP, "2.35"),
        ("2.345", 2, Rounding.HALF_DOWN, "2.34"),
        ("2.345", 2, Rounding.HALF_EVEN, "2.34"),
        ("2.355", 2, Rounding.HALF_EVEN, "2.36"),
        ("2.3451", 2, Rounding.HALF_DOWN, "2.35"),  # only an exact half goes down
        ("-2.345", 2, Rounding.HALF_UP, "-2.35"),  # away from zero
        ("-2.345", 2, Rounding.HALF_DOWN, "-2.34"),
        ("2.349", 2, Rounding.DOWN, "2.34"),
        ("2.341", 2, Rounding.UP, "2.35"),
        ("-2.341", 2, Rounding.FLOOR, "-2.35"),
        ("-2.349", 2, Rounding.CEILING, "-2.34"),
        ("1234.5", 0, Rounding.HALF_UP, "1235"),
        ("1234.5", 0, Rounding.HALF_DOWN, "1234"),
        ("0.1234565", 6, Rounding.HALF_UP, "0.123457"),
    ],
)
def test_quantize_names_its_rounding(amount: str, places: int, rounding: Rounding, expected: str) -> None:
    assert str(quantize(Decimal(amount), places, rounding)) == expected


def test_quantize_refuses_unnamed_rounding() -> None:
    with pytest.raises(TypeError):
        quantize(Decimal("1.005"), 2, "ROUND_HALF_UP")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "currency", "rounding", "expected"),
    [("10.005", "USD", Rounding.HALF_UP, "10.01"), ("10.005", "USD", Rounding.HALF_DOWN, "10.00"),
     ("1250.5", "JPY", Rounding.HALF_UP, "1251"), ("1.0005", "KWD", Rounding.HALF_UP, "1.001")],
)
def test_money_round_uses_the_currency_exponent(amount: str, currency: str, rounding: Rounding,
                                                expected: str) -> None:
    assert Money.of(amount, currency).round(rounding).to_wire() == expected


@pytest.mark.parametrize(
    ("amount", "increment", "rounding", "expected"),
    [("10.02", "0.05", Rounding.HALF_UP, "10.00"), ("10.03", "0.05", Rounding.HALF_UP, "10.05"),
     ("10.025", "0.05", Rounding.HALF_UP, "10.05"), ("10.04", "0.10", Rounding.HALF_UP, "10.00"),
     ("10.05", "0.10", Rounding.HALF_UP, "10.10"), ("10.05", "0.10", Rounding.HALF_EVEN, "10.00"),
     ("-10.03", "0.05", Rounding.HALF_UP, "-10.05")],
)
def test_round_to_increment(amount: str, increment: str, rounding: Rounding, expected: str) -> None:
    assert Money.of(amount, "USD").round_to_increment(increment, rounding).to_wire() == expected


def test_to_wire_refuses_silent_rounding() -> None:
    assert Money.of("12.5", "USD").to_wire() == "12.50"
    assert Money.of("1250", "JPY").to_wire() == "1250"
    with pytest.raises(ValueError, match="needs rounding"):
        Money.of("12.505", "USD").to_wire()


def test_arithmetic_is_exact_and_currency_safe() -> None:
    a, b = Money.of("0.10", "USD"), Money.of("0.20", "USD")
    assert (a + b).amount == Decimal("0.30")
    assert (b - a) == Money.of("0.10", "usd")
    assert a * 3 == Money.of("0.30", "USD")
    assert 3 * a == Money.of("0.30", "USD")
    assert a * Decimal("1.5") == Money.of("0.15", "USD")
    assert -a == Money.of("-0.10", "USD") and abs(-a) == a
    assert a < b and b >= a and not a > b
    assert Money.sum([a, b, a], "USD") == Money.of("0.40", "USD")
    assert Money.sum([], "JPY") == Money.zero("JPY")
    with pytest.raises(CurrencyMismatchError):
        a + Money.of("1", "EUR")
    with pytest.raises(TypeError):
        a * 0.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        a + Decimal(1)  # type: ignore[operator]


def test_money_refuses_floats_at_construction() -> None:
    with pytest.raises(TypeError):
        Money(0.1, "USD")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of(0.1, "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("minor", "currency", "wire"), [(1250, "USD", "12.50"), (-5, "USD", "-0.05"), (1250, "JPY", "1250"),
                                    (1001, "KWD", "1.001")],
)
def test_minor_units_round_trip(minor: int, currency: str, wire: str) -> None:
    money = Money.from_minor(minor, currency)
    assert money.to_wire() == wire
    assert money.minor_units == minor


def test_minor_units_refuse_fractions() -> None:
    with pytest.raises(ValueError, match="round it first"):
        _ = Money.of("0.005", "USD").minor_units


def test_str_and_zero() -> None:
    assert str(Money.of("12.50", "usd")) == "12.50 USD"
    assert Money.zero("USD").to_wire() == "0.00"
    assert not Money.zero("USD") and Money.of("0.01", "USD")
    assert Money.zero("JPY").is_zero()
