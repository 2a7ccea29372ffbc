"""Money: Decimal amounts with a currency, named rounding, and floats refused.

Every amount in the register is a :class:`decimal.Decimal`. A float reaching money code is a
``TypeError``: binary floats cannot hold 0.10 exactly, and a till must. Every rounding names its mode
(:class:`Rounding`), and the number of decimals comes from the currency (:func:`currency_exponent`).
Wire values are decimal strings with the currency's exponent (``"12.50"`` for USD, ``"1250"`` for JPY).
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Final

__all__ = [
    "CurrencyMismatchError",
    "Money",
    "Rounding",
    "currency_exponent",
    "quantize",
    "to_decimal",
]

# ISO 4217 minor units for the currencies whose exponent is not 2. Anything else defaults to 2.
_EXPONENTS: Final[dict[str, int]] = {
    # zero-decimal currencies
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    # three-decimal currencies
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    # four-decimal units of account
    "CLF": 4, "UYW": 4,
}  # fmt: skip

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


def currency_exponent(currency: str) -> int:
    """Number of decimals of ``currency`` (ISO 4217 minor units; 2 when the code is not special)."""
    code = currency.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValueError(f"not an ISO 4217 currency code: {currency!r}")
    return _EXPONENTS.get(code, 2)


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
