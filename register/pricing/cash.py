"""Cash rounding for tenders: a separate step after the order total.

Where the smallest coin is 0.05 (or 0.10), a cash payment rounds the amount due to that increment, half
up (away from zero, so refunds mirror sales). The order total is unchanged; the difference is recorded
as a signed rounding amount, ``rounded - total`` (positive: the customer pays more).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from register.money import Money, Number, Rounding, currency_exponent, quantize, to_decimal

__all__ = ["CASH_INCREMENTS", "CashRounding", "round_cash"]

CASH_INCREMENTS = (Decimal("0.05"), Decimal("0.10"))
"""The per-store settings the register offers (others work if they are whole minor units)."""


@dataclass(frozen=True, slots=True)
class CashRounding:
    """The cash amount due and how far it is from the order total."""

    total: Decimal
    """The order total, as computed."""
    rounded: Decimal
    """What the customer pays in cash."""
    rounding: Decimal
    """``rounded - total``: the signed rounding amount to record."""
    increment: Decimal


def round_cash(total: Number, increment: Number, currency: str) -> CashRounding:
    """Round ``total`` to a multiple of ``increment`` (0.05, 0.10, ...) half up, for a cash tender."""
    amount = to_decimal(total, field="total")
    step = to_decimal(increment, field="increment")
    exponent = currency_exponent(currency)
    if step <= 0:
        raise ValueError("increment: must be positive")
    if quantize(step, exponent, Rounding.HALF_UP) != step:
        raise ValueError(f"increment: {step} is not a whole number of {currency} minor units")
    rounded = Money(amount, currency).round_to_increment(step, Rounding.HALF_UP).amount
    rounded = quantize(rounded, exponent, Rounding.HALF_UP)
    return CashRounding(total=amount, rounded=rounded, rounding=rounded - amount, increment=step)
