"""Pricing: a cart in, the order's summary, line items, custom sales, cart discount and fees out.

Pure and synchronous, no I/O; depends on :mod:`register.money` only. The arithmetic is WooCommerce's, to
the cent (docs/pricing.md): rates matched to the outlet's address one per priority, compound rates on top of
all earlier taxes, inclusive and exclusive prices, rounding per line or at subtotal, discounts spread in
whole cents. Cash rounding for tenders is a separate step after the total (:func:`round_cash`).

- :func:`summarize` prices a :class:`Cart` into an :class:`OrderFragment` (``summary``, ``lineItems``,
  ``customSales``, ``cartDiscount``, ``cartFees``; ``to_wire()`` gives the order body's fields).
- :class:`Pricer` does the same for a cart that changes a line at a time (the sell screen), reusing the
  work of unchanged lines.
- :func:`match_rates` picks a tax table's rates for the outlet's :class:`Address`, one per priority;
  :func:`rates_from_table` reads a table kept as plain data.
- ``register quote`` (:mod:`register.pricing.cli`, :mod:`register.pricing.quote`) is the JSON front door.
"""

from register.pricing.cart import (
    Cart,
    CartDiscount,
    CustomSale,
    Discount,
    Fee,
    Line,
    Shipping,
    TaxRate,
    TaxRounding,
    Tip,
)
from register.pricing.cash import CashRounding, round_cash
from register.pricing.rates import Address, match_rates, rates_from_table
from register.pricing.summary import OrderFragment, Pricer, summarize
from register.pricing.taxes import calc_tax

__all__ = [
    "Address",
    "Cart",
    "CartDiscount",
    "CashRounding",
    "CustomSale",
    "Discount",
    "Fee",
    "Line",
    "OrderFragment",
    "Pricer",
    "Shipping",
    "TaxRate",
    "TaxRounding",
    "Tip",
    "calc_tax",
    "match_rates",
    "rates_from_table",
    "round_cash",
    "summarize",
]
