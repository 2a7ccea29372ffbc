"""Pricing: a cart in, the order's summary, line items, custom sales, cart discount and fees out.

Pure and synchronous, no I/O; depends on :mod:`register.money` only. The arithmetic is WooCommerce's, to
the cent (PRICING.md): rates matched to the outlet's address one per priority, compound rates on top of
all earlier taxes, inclusive and exclusive prices, rounding per line or at subtotal, discounts spread in
whole cents. Cash rounding for tenders is a separate step after the total (:func:`round_cash`).
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
from register.pricing.rates import Address, match_rates
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
    "round_cash",
    "summarize",
]
