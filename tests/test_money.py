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


# CLDR through Babel ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "exponent", "cash"), [
    ("USD", 2, None), ("EUR", 2, None), ("JPY", 0, None), ("CAD", 2, "0.05"), ("CHF", 2, "0.05"),
    # where CLDR and ISO 4217 differ, CLDR's decimals (fewer: always valid in ISO's minor units too)
    ("HUF", 0, "5"), ("IDR", 0, None), ("IQD", 0, None), ("COP", 0, None),
    # the same decimals, cash to whole units
    ("TWD", 2, "1"), ("SEK", 2, "1"), ("ISK", 0, None),
])
def test_exponents_and_cash_rounding_come_from_cldr(code: str, exponent: int, cash: str | None) -> None:
    from register.money import cash_increment_of

    assert currency_exponent(code) == exponent
    assert cash_increment_of(code) == (Decimal(cash) if cash else None)


def test_the_currencies_in_use_are_cldrs_legal_tender_today() -> None:
    from register.money import currencies_in_use, is_currency_in_use

    codes = currencies_in_use()
    assert {"USD", "EUR", "CHF", "CAD", "JPY", "GBP", "MXN", "INR"} <= codes and 140 < len(codes) < 200
    assert not {"CHE", "USN", "XAU", "DEM", "FRF", "XYZ"} & codes  # funds codes, metals, withdrawn, unknown
    assert is_currency_in_use("usd ") and not is_currency_in_use("DEM") and not is_currency_in_use("€")


@pytest.mark.parametrize(("increment", "currency", "expected"), [
    ("0.05", "CHF", Decimal("0.05")), ("0.10", "CAD", Decimal("0.10")), ("5", "JPY", Decimal(5)),
    ("", "CHF", None), (None, "USD", None), ("0", "EUR", None), ("0.00", "EUR", None),
])
def test_a_cash_increment_is_a_positive_step_of_the_currency(increment: object, currency: str,
                                                             expected: Decimal | None) -> None:
    from register.money import check_cash_increment

    assert check_cash_increment(increment, currency) == expected


@pytest.mark.parametrize(("increment", "currency"), [("0.5", "JPY"), ("0.001", "USD"), ("-0.05", "CHF"),
                                                     ("five", "CHF"), (0.05, "CHF")])
def test_a_cash_increment_that_is_no_step_is_refused(increment: object, currency: str) -> None:
    from register.money import check_cash_increment

    with pytest.raises((ValueError, TypeError)):
        check_cash_increment(increment, currency)


@pytest.mark.parametrize(("locale", "currency"), [("de_CH", "CHF"), ("fr_FR", "EUR"), ("ja_JP", "JPY"),
                                                  ("en_CA", "CAD"), ("en_US", "USD"), ("en", "USD")])
def test_a_locales_own_currency(locale: str, currency: str) -> None:
    from register.money import default_currency

    assert default_currency(locale) == currency


@pytest.mark.parametrize(("locale", "typed", "value"), [
    # en_US: 1,234.50; a comma is a thousands separator only where it groups right
    ("en_US", "1,234.50", "1234.50"), ("en_US", "12.50", "12.50"), ("en_US", "$12.50", "12.50"),
    ("en_US", " 7 ", "7"),
    # de_DE: 1.234,50; the plain 12.50 too, but 1.234 is a thousand and more
    ("de_DE", "22,00", "22.00"), ("de_DE", "1.234,5", "1234.5"), ("de_DE", "22,00 €", "22.00"),
    ("de_DE", "12.50", "12.50"), ("de_DE", "1.234", "1234"),
    # fr_FR: 1 234,50 with a narrow no-break space, or any space a person types
    ("fr_FR", "1\u202f234,50", "1234.50"), ("fr_FR", "1 234,50", "1234.50"), ("fr_FR", "0,05", "0.05"),
    ("fr_FR", "12.50", "12.50"),
    # de_CH: 1'234.50 with any apostrophe
    ("de_CH", "1'234.50", "1234.50"), ("de_CH", "1\u2019234.50", "1234.50"), ("de_CH", "CHF 12.50", "12.50"),
    ("de_CH", "12.50", "12.50"),
    # ja_JP: no decimals for yen, grouping as in English
    ("ja_JP", "1,250", "1250"), ("ja_JP", "￥1,250", "1250"), ("ja_JP", "1250", "1250"),
])
def test_typed_amounts_are_read_the_locales_way_or_plainly(locale: str, typed: str, value: str) -> None:
    from register.money import default_currency, parse_typed_decimal

    result = parse_typed_decimal(typed, locale, default_currency(locale))
    assert isinstance(result, Decimal) and result == Decimal(value) and str(result) == value


@pytest.mark.parametrize(("locale", "typed"), [("en_US", "12,50"), ("en_US", "abc"), ("de_DE", "1,2,3"),
                                               ("fr_FR", ""), ("de_CH", "12,5.0"), ("ja_JP", "NaN")])
def test_what_is_no_number_either_way_is_refused(locale: str, typed: str) -> None:
    from register.money import parse_typed_decimal

    with pytest.raises(ValueError):
        parse_typed_decimal(typed, locale)
