"""Cart fees, as ``WC_Cart_Totals::get_fees_from_cart`` prices them.

- A positive fee is a net amount, taxed exclusively with its own rates (even in an inclusive store); its
  tax rounds per rate with the store's direction in line mode.
- A negative fee is a discount: it is capped so that items + earlier fees + shipping cannot go below zero,
  and its (negative) tax is split over the cart's rate sets in proportion to their cost (items' nets,
  earlier positive fees, shipping), WooCommerce's way of making it "a true discount".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from register.pricing.cart import Fee, RateKey, TaxRate
from register.pricing.items import JSON, Item, Settings
from register.pricing.rates import one_per_priority
from register.pricing.taxes import exclusive_taxes
from register.pricing.wire import money, number, percentage_to_wire

__all__ = ["price_fees"]

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)

AddTaxes = Callable[[Sequence[TaxRate], Sequence[Decimal], Sequence[Decimal]], None]


def price_fees(
    fees: Sequence[Fee],
    st: Settings,
    items: Sequence[Item],
    items_total: Decimal,
    shipping: tuple[Decimal, tuple[TaxRate, ...]] | None,
    add_taxes: AddTaxes,
) -> tuple[list[JSON], Decimal]:
    """The ``cartFees`` and the fees' total; each fee's taxes go to ``add_taxes(rates, unrounded, rounded)``."""
    out: list[JSON] = []
    running = _ZERO
    shipping_total = _ZERO if shipping is None else shipping[0]
    done: list[tuple[Decimal, tuple[TaxRate, ...]]] = []
    for fee in fees:
        if fee.percentage is not None:
            amount = (items_total * fee.percentage / _HUNDRED).quantize(st.cent, ROUND_HALF_UP)
        else:
            amount = (fee.amount or _ZERO).quantize(st.price_q, ROUND_HALF_UP)
        if amount < 0:
            amount = max(amount, -(items_total + running + shipping_total).quantize(st.cent, ROUND_HALF_UP))
        running += amount
        if amount < 0:
            rates, taxes = _negative_fee_taxes(amount, st, items, done, shipping)
        else:
            rates = one_per_priority(fee.taxes) if fee.taxes else ()
            taxes = exclusive_taxes(amount, rates, st.tax_q) if rates else []
        rounded = [t.quantize(st.cent, st.tax_rounding) for t in taxes] if st.line_mode else taxes
        add_taxes(rates, taxes, rounded)
        done.append((amount, rates))
        tax = sum(rounded, _ZERO).quantize(st.cent, st.tax_rounding)
        out.append(_fee_out(fee, amount.quantize(st.cent, ROUND_HALF_UP), rates, tax))
    return out, running


def _negative_fee_taxes(
    amount: Decimal,
    st: Settings,
    items: Sequence[Item],
    fees: Sequence[tuple[Decimal, tuple[TaxRate, ...]]],
    shipping: tuple[Decimal, tuple[TaxRate, ...]] | None,
) -> tuple[tuple[TaxRate, ...], list[Decimal]]:
    # get_tax_class_costs(): a tax class here is a set of rates; () holds the untaxed costs.
    parts = [(item.net, item.rateset.rates) for item in items]
    parts += fees
    if shipping is not None:
        parts.append(shipping)
    costs: dict[tuple[TaxRate, ...], Decimal] = {}
    for cost, rates in parts:
        if cost >= 0:
            costs[rates] = costs.get(rates, _ZERO) + cost
    total_cost = sum(costs.values(), _ZERO)
    merged: dict[RateKey, Decimal] = {}
    by_key: dict[RateKey, TaxRate] = {}
    if total_cost:
        for rates, cost in costs.items():
            if not rates:
                continue
            for rate, tax in zip(rates, exclusive_taxes(amount * cost / total_cost, rates, st.tax_q), strict=True):
                by_key.setdefault(rate.key, rate)
                merged[rate.key] = merged.get(rate.key, _ZERO) + tax
    return tuple(by_key.values()), [merged[key] for key in by_key]


def _fee_out(fee: Fee, amount: Decimal, rates: Sequence[TaxRate], tax: Decimal) -> JSON:
    out: JSON = {}
    if fee.id is not None:
        out["id"] = fee.id
    out["label"] = fee.label
    out["amount"] = money(amount)
    if fee.percentage is not None:
        out["percentage"] = percentage_to_wire(number(fee.percentage), "cartFee")
    tax_name = fee.tax_name or ", ".join(rate.name for rate in rates)
    if tax_name:
        out["taxName"] = tax_name
    table = fee.tax_table_id or next((rate.tax_table_id for rate in rates if rate.tax_table_id), None)
    if table:
        out["taxTableId"] = table
    out["tax"] = money(tax)
    return out
