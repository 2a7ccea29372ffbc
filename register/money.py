"""Money: Decimal amounts with a currency, named rounding, and floats refused.

Every amount in the register is a :class:`decimal.Decimal`. A float reaching money code is a
``TypeError``: binary floats cannot hold 0.10 exactly, and a till must. Every rounding names its mode
(:class:`Rounding`), and the number of decimals comes from the currency (:func:`currency_exponent`, CLDR's
through Babel).
Wire values are decimal strings with the currency's exponent (``"12.50"`` for USD, ``"1250"`` for JPY).
"""

from __future__ import annotations

import decimal
import functools
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Final

from babel.core import get_global
from babel.numbers import (
    NumberFormatError,
    get_currency_precision,
    get_currency_symbol,
    get_group_symbol,
    get_territory_currencies,
    parse_decimal,
)

__all__ = [
    "CurrencyMismatchError",
    "Money",
    "Rounding",
    "cash_increment_of",
    "check_cash_increment",
    "currencies_in_use",
    "currency_exponent",
    "default_currency",
    "is_currency_in_use",
    "parse_typed_decimal",
    "quantize",
    "to_decimal",
]

# Enough precision for any till: 12 integer digits and well over 6 internal decimals.
_CONTEXT: Final = decimal.Context(prec=34, traps=[decimal.InvalidOperation, decimal.DivisionByZero])

Number = Decimal | int | str


class Rounding(Enum):
    """A rounding direction, always named where a rounding happens."""

    HALF_UP = decimal.ROUND_HALF_UP
    """0.5 away from zero (totals, nets, exclusive-price tax)."""
    HALF_DOWN = decimal.ROUND_HALF_DOWN
    """0.5 toward zero (WooCommerce's tax rounding when prices include tax)."""
    HALF_EVEN = decimal.ROUND_HALF_EVEN
    """Banker's rounding."""
    DOWN = decimal.ROUND_DOWN
    """Toward zero (truncate)."""
    UP = decimal.ROUND_UP
    """Away from zero."""
    FLOOR = decimal.ROUND_FLOOR
    """Toward negative infinity."""
    CEILING = decimal.ROUND_CEILING
    """Toward positive infinity."""


class CurrencyMismatchError(ValueError):
    """Two amounts in different currencies were combined."""


def _code(currency: str) -> str:
    code = currency.strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValueError(f"not an ISO 4217 currency code: {currency!r}")
    return code


@functools.cache
def _exponent(code: str) -> int:
    return int(get_currency_precision(code))


def currency_exponent(currency: str) -> int:
    """Number of decimals of ``currency``: CLDR's (through Babel), 2 for a code CLDR does not know.

    CLDR agrees with ISO 4217 for every currency a till is likely to see (USD, EUR, CAD, CHF 2; JPY, KRW,
    ISK, CLP 0; KWD, BHD 3; CLF 4) and differs, by design, where a currency's minor unit is out of use:
    HUF, IDR, COP, LBP and a dozen others are 0 here (ISO 2), IQD 0 (ISO 3). An amount at CLDR's exponent is
    always a valid amount at ISO's (fewer decimals, never more), so what goes on the wire is accepted by a
    server that counts in ISO minor units. TWD stays at 2 (its coins are whole dollars: that is the cash
    rounding, :func:`cash_increment_of`, not the exponent).
    """
    return _exponent(_code(currency))


def cash_increment_of(currency: str) -> Decimal | None:
    """CLDR's cash rounding of ``currency`` (CHF and CAD 0.05, HUF 5, SEK and TWD 1), or None when cash is paid
    to the exponent (USD, EUR, JPY). A store may choose another (EUR 0.05 in Finland or the Netherlands)."""
    code = _code(currency)
    fractions = get_global("currency_fractions")
    _digits, _rounding, cash_digits, cash_rounding = fractions.get(code, fractions["DEFAULT"])
    step = Decimal(cash_rounding or 1).scaleb(-int(cash_digits))
    return None if step == Decimal(1).scaleb(-_exponent(code)) else step


def check_cash_increment(increment: object, currency: str) -> Decimal | None:
    """A store's cash rounding step for ``currency``: None (or zero, or empty) for none, else a positive whole
    number of the currency's minor units (0.05 CHF, 5 HUF; not 0.5 JPY). ValueError otherwise."""
    if increment is None or increment == "":
        return None
    step = to_decimal(increment, field="cash increment")
    if step == 0:
        return None
    exponent = currency_exponent(currency)
    if step < 0 or step.scaleb(exponent) != step.scaleb(exponent).to_integral_value():
        raise ValueError(f"cash increment {increment}: a positive multiple of {Decimal(1).scaleb(-exponent)} "
                         f"{currency.upper()} is needed")
    return quantize(step, exponent, Rounding.HALF_UP)


def default_currency(locale: str) -> str:
    """The currency of a locale's country today (de_CH → CHF, fr_FR → EUR, ja_JP → JPY), USD when it has none."""
    _, _, territory = locale.replace("-", "_").partition("_")
    found = get_territory_currencies(territory.split("_")[-1].upper(), tender=True) if territory else []
    return found[0] if found else "USD"


@functools.cache
def _in_use(on: date) -> frozenset[str]:
    territories = get_global("territory_currencies")
    return frozenset(code for territory in territories
                     for code in get_territory_currencies(territory, start_date=on, tender=True))


def currencies_in_use(on: date | None = None) -> frozenset[str]:
    """The ISO 4217 codes that are legal tender somewhere on ``on`` (today), from CLDR through Babel: what a
    store can sell in. Funds codes (CHE, USN, CLF…), precious metals and withdrawn currencies are not."""
    return _in_use(on or date.today())


def is_currency_in_use(currency: str) -> bool:
    """Whether ``currency`` is legal tender somewhere today (see :func:`currencies_in_use`)."""
    try:
        return _code(currency) in currencies_in_use()
    except ValueError:
        return False


_SPACES: Final = frozenset(" \u00a0\u202f\u2009\u2007")
_APOSTROPHES: Final = frozenset("'\u2019\u02bc")


def parse_typed_decimal(text: str, locale: str = "en_US", currency: str | None = None) -> Decimal:
    """A number as a person types it: the locale's way (``1.234,50`` and ``22,00`` in de_DE, ``1 234,50`` in
    fr_FR, ``1'234.50`` in de_CH), or plain (``1234.50``) in any locale. ValueError when it is neither.

    The locale's reading wins where both could apply (``1.234`` is 1234 in de_DE); its grouping must be
    right (``12,50`` is no number in en_US). Spaces of any width stand for a locale's space separator (and
    are dropped elsewhere), any apostrophe for de_CH's; a currency symbol or ``currency``'s code is ignored.
    Babel (CLDR) knows each locale's symbols; the result is exact (a Decimal, never a float). An exponent
    (``1e2``) or Python's digit grouping (``1_000``) is no number here.
    """
    raw = text.strip()
    if currency:
        for mark in {currency.upper(), get_currency_symbol(currency.upper(), locale)}:
            raw = raw.replace(mark, "")
    raw = "".join(ch for ch in raw if unicodedata.category(ch) != "Sc").strip()
    if not raw:
        raise ValueError(f"{text!r} is not a number")
    group = get_group_symbol(locale)
    kept = []
    for ch in raw:
        if ch in _SPACES:
            if group in _SPACES:
                kept.append(group)
        elif ch in _APOSTROPHES and group in _APOSTROPHES:
            kept.append(group)
        else:
            kept.append(ch)
    local = "".join(kept)
    if any(ch.isalpha() or ch == "_" for ch in local):  # "1e2" is no amount or quantity a person means (nor 1_000)
        raise ValueError(f"{text!r} is not a number")
    try:
        value = parse_decimal(local, locale, strict=True)
    except NumberFormatError:
        plain = local.replace(group, "") if group in _SPACES | _APOSTROPHES else local
        try:
            value = Decimal(plain)
        except decimal.InvalidOperation:
            raise ValueError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a number")
    return value


def to_decimal(value: object, *, field: str = "amount") -> Decimal:
    """Read ``value`` as an exact Decimal: Decimal, int or decimal string. Floats are a TypeError."""
    if isinstance(value, bool):
        raise TypeError(f"{field}: a boolean is not an amount")
    if isinstance(value, float):
        raise TypeError(f"{field}: floats are not accepted for money; pass a Decimal or a decimal string")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        try:
            result = Decimal(text)
        except decimal.InvalidOperation:
            raise ValueError(f"{field}: {value!r} is not a decimal number") from None
    else:
        kind = type(value).__name__
        raise TypeError(f"{field}: expected a Decimal, an int or a decimal string, got {kind}")
    if not result.is_finite():
        raise ValueError(f"{field}: {value!r} is not a finite number")
    return result


def quantize(value: Decimal, places: int, rounding: Rounding) -> Decimal:
    """Round ``value`` to ``places`` decimals with the named ``rounding``."""
    if not isinstance(rounding, Rounding):
        raise TypeError("rounding must be a Rounding member")
    exp = Decimal(1).scaleb(-places)
    return value.quantize(exp, rounding=rounding.value, context=_CONTEXT)


@dataclass(frozen=True, slots=True)
class Money:
    """An immutable amount in one currency. Arithmetic across currencies raises."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", to_decimal(self.amount))
        code = self.currency.strip().upper()
        currency_exponent(code)  # validates the code
        object.__setattr__(self, "currency", code)

    # construction ----------------------------------------------------------------------------
    @classmethod
    def of(cls, value: Number, currency: str) -> Money:
        """Money from a Decimal, an int or a decimal string (``Money.of("12.50", "USD")``)."""
        return cls(to_decimal(value), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Zero in ``currency``, at the currency's exponent."""
        return cls(quantize(Decimal(0), currency_exponent(currency), Rounding.HALF_UP), currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        """Money from an integer count of minor units (cents)."""
        if not isinstance(minor, int) or isinstance(minor, bool):
            raise TypeError("minor units must be an int")
        return cls(Decimal(minor).scaleb(-currency_exponent(currency)), currency)

    # properties ------------------------------------------------------------------------------
    @property
    def exponent(self) -> int:
        """Number of decimals of this money's currency."""
        return currency_exponent(self.currency)

    @property
    def minor_units(self) -> int:
        """The amount in minor units; raises if it is not a whole number of them."""
        scaled = self.amount.scaleb(self.exponent)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{self} is not a whole number of minor units; round it first")
        return int(scaled)

    def is_zero(self) -> bool:
        """True when the amount is zero."""
        return self.amount == 0

    # rounding --------------------------------------------------------------------------------
    def round(self, rounding: Rounding, places: int | None = None) -> Money:
        """Round to the currency's exponent (or ``places``) with the named ``rounding``."""
        return Money(quantize(self.amount, self.exponent if places is None else places, rounding),
                     self.currency)

    def round_to_increment(self, increment: Number, rounding: Rounding) -> Money:
        """Round to a multiple of ``increment`` (cash rounding to 0.05, say) with ``rounding``."""
        step = to_decimal(increment, field="increment")
        if step <= 0:
            raise ValueError("increment must be positive")
        units = quantize(self.amount / step, 0, rounding)
        return Money(quantize(units * step, self.exponent, Rounding.HALF_UP), self.currency)

    def to_wire(self) -> str:
        """The decimal string for the API, at the currency's exponent; raises if rounding is needed."""
        exact = quantize(self.amount, self.exponent, Rounding.HALF_UP)
        if exact != self.amount:
            raise ValueError(f"{self.amount} {self.currency} needs rounding before it goes on the wire")
        return format(exact, "f")

    # arithmetic ------------------------------------------------------------------------------
    def _check(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatchError(f"{self.currency} and {other.currency} cannot be combined")
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.amount + self._check(other).amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self.amount - self._check(other).amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * to_decimal(factor, field="factor"), self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency)

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._check(other).amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._check(other).amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._check(other).amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._check(other).amount

    def __bool__(self) -> bool:
        return self.amount != 0

    def __str__(self) -> str:
        return f"{format(self.amount, 'f')} {self.currency}"

    @staticmethod
    def sum(items: list[Money] | tuple[Money, ...], currency: str) -> Money:
        """The sum of ``items`` (zero in ``currency`` when empty)."""
        total = Money.zero(currency)
        for item in items:
            total = total + item
        return total
