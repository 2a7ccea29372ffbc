"""Tax on one amount, as WooCommerce's ``WC_Tax::calc_exclusive_tax`` and ``calc_inclusive_tax`` do it.

Rates come in priority order (see :func:`register.pricing.rates.one_per_priority`). The results are
unrounded taxes, one per rate in the same order, cut to the internal ``quantum`` half up (WooCommerce's
``WC_Tax::round`` to ``WC_ROUNDING_PRECISION`` = 6 digits of whatever unit it is given; the cart gives it
minor units, so pass ``10 ** -(6 + exponent)`` to match the cart).

Exclusive (net entered): non-compound rates on the net; each compound rate on the net plus every tax so
far, earlier compound taxes included (15 % then 4 % compound then 22 % compound on 575 gives 86.25, 26.45,
151.294). Inclusive (gross entered): compound rates peeled off in reverse order, ``t = g - g / (1 + r)``,
then the rest split among the non-compound rates, ``t_i = g * r_i / (1 + sum r)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from register.pricing.cart import TaxRate

__all__ = ["DEFAULT_QUANTUM", "calc_tax", "exclusive_coefficients", "exclusive_taxes", "inclusive_taxes"]

_ZERO = Decimal(0)
_ONE = Decimal(1)
DEFAULT_QUANTUM = Decimal("1e-6")
"""WooCommerce's 6 internal digits, for amounts given in currency units."""


def exclusive_taxes(amount: Decimal, rates: Sequence[TaxRate], quantum: Decimal = DEFAULT_QUANTUM) -> list[Decimal]:
    """Taxes on a net ``amount``, one per rate."""
    taxes = [_ZERO] * len(rates)
    has_compound = False
    for i, rate in enumerate(rates):
        if rate.compound:
            has_compound = True
        else:
            taxes[i] = amount * rate.fraction
    if has_compound:
        so_far = sum(taxes, _ZERO)
        for i, rate in enumerate(rates):
            if rate.compound:
                taxes[i] = (amount + so_far) * rate.fraction
                so_far = sum(taxes, _ZERO)
    return [t.quantize(quantum, ROUND_HALF_UP) for t in taxes]


def exclusive_coefficients(rates: Sequence[TaxRate]) -> list[Decimal]:
    """Each rate's tax per unit of net amount: ``exclusive_taxes(a, rates)[i] == round(a * c[i])``.

    Exclusive taxes are linear in the net, and Decimal products are exact at the engine's precision, so
    multiplying by these coefficients gives the very digits the step-by-step computation gives.
    """
    coefficients = [_ZERO if rate.compound else rate.fraction for rate in rates]
    so_far = sum(coefficients, _ZERO)
    for i, rate in enumerate(rates):
        if rate.compound:
            coefficients[i] = (_ONE + so_far) * rate.fraction
            so_far = sum(coefficients, _ZERO)
    return coefficients


def inclusive_taxes(amount: Decimal, rates: Sequence[TaxRate], quantum: Decimal = DEFAULT_QUANTUM) -> list[Decimal]:
    """Taxes contained in a gross ``amount``, one per rate."""
    taxes = [_ZERO] * len(rates)
    non_compound = amount
    for i in range(len(rates) - 1, -1, -1):
        rate = rates[i]
        if rate.compound:
            tax = non_compound - non_compound / (_ONE + rate.fraction)
            taxes[i] = tax
            non_compound -= tax
    regular = _ONE + sum((r.fraction for r in rates if not r.compound), _ZERO)
    for i, rate in enumerate(rates):
        if not rate.compound:
            taxes[i] = rate.fraction / regular * non_compound
    return [t.quantize(quantum, ROUND_HALF_UP) for t in taxes]


def calc_tax(
    amount: Decimal, rates: Sequence[TaxRate], prices_include_tax: bool, quantum: Decimal = DEFAULT_QUANTUM
) -> list[Decimal]:
    """``WC_Tax::calc_tax``: inclusive or exclusive taxes on ``amount``, one per rate."""
    if prices_include_tax:
        return inclusive_taxes(amount, rates, quantum)
    return exclusive_taxes(amount, rates, quantum)
