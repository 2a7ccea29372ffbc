"""One line (or custom sale) priced: its discounted amount, taxes, net and wire dict.

This is the per-line part of ``WC_Cart_Totals::calculate_item_totals``, written for speed: a cart of a
thousand lines is priced in a few milliseconds, so the hot path avoids method calls, re-rounding and
repeated formatting (the per-rate-set constants live in :class:`RateSet`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_CEILING, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal
from typing import Any, cast

from register.money import currency_exponent
from register.pricing.cart import Cart, CustomSale, Line, TaxRate, TaxRounding
from register.pricing.discounts import line_discount
from register.pricing.rates import one_per_priority
from register.pricing.taxes import exclusive_coefficients, inclusive_taxes
from register.pricing.wire import number, percentage_to_wire

__all__ = ["Item", "RateSet", "Settings", "compute_all", "line_items", "tax_row"]

JSON = dict[str, Any]
_ZERO = Decimal(0)
_ONE = Decimal(1)


class Settings:
    """The store's and currency's constants for one pricing run."""

    __slots__ = ("cent", "exp", "fine", "incl", "line_mode", "precision", "price_q", "scale", "tax_q", "tax_rounding")

    def __init__(self, cart: Cart) -> None:
        exp = currency_exponent(cart.currency)
        self.exp = exp
        self.cent = _ONE.scaleb(-exp)
        """The currency's smallest unit (0.01, JPY 1)."""
        self.scale = _ONE.scaleb(exp)
        precision = max(6, exp + 2)  # wc_get_rounding_precision()
        self.precision = precision
        self.fine = 10 ** (precision - exp)
        """Steps of ``price_q`` in one minor unit."""
        self.price_q = _ONE.scaleb(-precision)
        """Line prices and fees keep 6 decimals (``wc_add_number_precision``)."""
        self.tax_q = _ONE.scaleb(-(precision + exp))
        """Taxes keep 6 decimals of a cent (``WC_Tax::round`` on amounts in cents)."""
        self.incl = cart.prices_include_tax
        self.line_mode = cart.tax_rounding is TaxRounding.LINE
        self.tax_rounding = ROUND_HALF_DOWN if self.incl else ROUND_HALF_UP
        """``wc_get_tax_rounding_mode()``: half down when prices include tax."""

    def cents(self, amount: Decimal) -> int:
        """``amount`` in whole minor units, half up."""
        return int((amount * self.scale).to_integral_value(ROUND_HALF_UP))

    def units(self, cents: int) -> Decimal:
        """Whole minor units back to an amount."""
        return Decimal(cents).scaleb(-self.exp)


def tax_row(rate: TaxRate, amount: str) -> JSON:
    """An ``OrderTaxDto``: one rate and its amount."""
    row: JSON = {"name": rate.name}
    if rate.tax_table_id is not None:
        row["taxTableId"] = rate.tax_table_id
    if rate.tax_table_name is not None:
        row["taxTableName"] = rate.tax_table_name
    row["id"] = rate.id
    row["percentage"] = percentage_to_wire(number(rate.percentage), "tax")
    row["amount"] = amount
    row["compounding"] = rate.compound
    row["priority"] = rate.priority
    return row


class RateSet:
    """A line's rates (one per priority, in priority order) and what is computed once for them."""

    __slots__ = ("coefficients", "rates", "templates")

    def __init__(self, taxes: tuple[TaxRate, ...]) -> None:
        self.rates = one_per_priority(taxes)
        self.coefficients = exclusive_coefficients(self.rates)
        self.templates = [tax_row(rate, "") for rate in self.rates]


_NO_RATES = RateSet(())


class Item:
    """Working state of one line or custom sale (a :class:`~register.pricing.summary.Pricer` keeps it
    between runs and recomputes only what a changed cart discount share invalidates)."""

    __slots__ = (
        "cart_disc",
        "cents",
        "disc_tax",
        "done",
        "entry",
        "fine",
        "line_disc",
        "net",
        "net_r",
        "out",
        "price",
        "rateset",
        "shown",
        "sub_net",
        "tax_r",
        "taxes",
        "total",
        "units",
    )

    def __init__(self, entry: Line | CustomSale, price: Decimal, rateset: RateSet, st: Settings) -> None:
        self.entry = entry
        self.price = price
        """``price * quantity`` to 6 decimals, as entered (gross or net)."""
        self.fine = fine = int(price.scaleb(st.precision))
        """The line price in steps of ``Settings.price_q`` (an exact integer: the sort key)."""
        self.cents = (fine + st.fine // 2) // st.fine
        """The line price in whole minor units, half up."""
        self.units = int(entry.quantity.to_integral_value(ROUND_CEILING))
        """The quantity rounded up: the units WooCommerce's one-cent remainder loop visits."""
        self.rateset = rateset
        self.line_disc = 0
        """Line discount, minor units."""
        self.cart_disc = 0
        """This line's share of the cart discount, minor units."""
        self.done = -1
        """The cart discount share the figures below were computed for (-1: none yet)."""
        self.total = price
        """Discounted amount as entered (gross when prices include tax)."""
        self.net = price
        self.net_r = price
        """Net after discounts, rounded half up to the currency (line mode's unit of summing)."""
        self.sub_net = price
        """Net before discounts."""
        self.taxes: list[Decimal] = []
        """Each rate's tax, unrounded (6 decimals of a cent)."""
        self.shown: list[Decimal] = []
        """Each rate's tax rounded to the currency with the store's direction."""
        self.tax_r = _ZERO
        """The line's total tax as reported."""
        self.disc_tax = _ZERO
        """Tax contained in the discount (inclusive prices), for the net discount total."""
        self.out: JSON | None = None

    @staticmethod
    def create(entry: Line | CustomSale, st: Settings, ratesets: dict[int | tuple[TaxRate, ...], RateSet]) -> Item:
        """A fresh item: its line price and line discount."""
        price = (entry.price * entry.quantity).quantize(st.price_q, ROUND_HALF_UP)
        taxes = entry.taxes
        rateset: RateSet | None = _NO_RATES
        if taxes and (not isinstance(entry, CustomSale) or entry.apply_taxes):
            rateset = ratesets.get(id(taxes))
            if rateset is None:
                # Lines usually share their rate tuple; equal tuples built apart share a RateSet too.
                rateset = ratesets.get(taxes)
                if rateset is None:
                    rateset = ratesets[taxes] = RateSet(taxes)
                ratesets[id(taxes)] = rateset
        item = Item(entry, price, rateset or _NO_RATES, st)
        discount = entry.discount
        if discount is not None:
            amount = None if discount.amount is None else st.cents(discount.amount)
            item.line_disc = line_discount(item.cents, discount.percentage, amount)
        return item

    def compute(self, st: Settings) -> None:
        """Taxes, nets and rounded figures for the current cart discount share."""
        self.done, self.out = self.cart_disc, None
        discount = self.line_disc + self.cart_disc
        total = self.price
        if discount:
            # Whole cents off a price that may carry fractions of one (see compute_all()).
            total = _ZERO.quantize(st.price_q) if discount >= self.cents else total - Decimal(discount).scaleb(-st.exp)
        self.total = total
        rates = self.rateset.rates
        cent, mode = st.cent, st.tax_rounding
        if not rates:
            self.net = total
            self.taxes = self.shown = []
            self.tax_r = _ZERO.quantize(cent)
        elif st.incl:
            self.taxes = taxes = inclusive_taxes(total, rates, st.tax_q)
            self.net = total - sum(taxes, _ZERO)
            self.sub_net = self.price - sum(inclusive_taxes(self.price, rates, st.tax_q), _ZERO)
            self.disc_tax = (
                sum(inclusive_taxes(Decimal(discount).scaleb(-st.exp), rates, st.tax_q), _ZERO) if discount else _ZERO
            )
        else:
            quantum = st.tax_q
            self.net = total
            self.taxes = taxes = [(total * c).quantize(quantum, ROUND_HALF_UP) for c in self.rateset.coefficients]
        if rates:
            self.shown = shown = [t.quantize(cent, mode) for t in taxes]
            self.tax_r = sum(shown, _ZERO) if st.line_mode else sum(taxes, _ZERO).quantize(cent, mode)
        self.net_r = self.net.quantize(cent, ROUND_HALF_UP)

    def line_total(self, st: Settings) -> Decimal:
        """The line's ``total``: gross after discounts (inclusive: as entered; exclusive: net + tax)."""
        if st.incl:
            return self.total.quantize(st.cent, ROUND_HALF_UP)
        if st.line_mode:
            return self.net_r + self.tax_r
        return (self.net + sum(self.taxes, _ZERO)).quantize(st.cent, ROUND_HALF_UP)

    def line_item(self, st: Settings, numbers: dict[Decimal, Decimal]) -> JSON:
        """The ``OrderLineItemDto`` of a catalog line."""
        if self.out is not None:
            return self.out
        line = cast(Line, self.entry)
        quantity = numbers.get(line.quantity)
        if quantity is None:
            quantity = numbers[line.quantity] = number(line.quantity)
        product_id, variant_id, sku = line.product_id, line.variant_id, line.sku
        # Line figures are never negative, so str() is their wire form (no "-0.00", no exponent); each
        # template already holds "amount", so the key keeps its place.
        out: JSON = {
            "productId": product_id,
            "variantId": variant_id,
            "name": line.name,
            "quantity": quantity,
            "price": str(line.price.quantize(st.cent, ROUND_HALF_UP)),
            "sku": sku,
            "totalTax": str(self.tax_r),
            "total": str(self.line_total(st)),
            "taxes": [
                {**template, "amount": str(amount)}
                for template, amount in zip(self.rateset.templates, self.shown, strict=True)
            ],
        }
        if product_id is None or variant_id is None or sku is None:
            out = {k: v for k, v in out.items() if v is not None}
        self.out = out
        return out

    def custom_sale(self, st: Settings, cart: Cart) -> JSON:
        """The ``OrderCustomSaleDto`` of a custom sale."""
        sale = self.entry
        assert isinstance(sale, CustomSale)
        out: JSON = {}
        if sale.custom_sale_id is not None:
            out["customSaleId"] = sale.custom_sale_id
        out["name"] = sale.name
        out["applyTaxes"] = sale.apply_taxes
        out["quantity"] = number(sale.quantity)
        out["price"] = str(sale.price.quantize(st.cent, ROUND_HALF_UP))
        out["totalTax"] = str(self.tax_r)
        out["total"] = str(self.line_total(st))
        coupon = cart.cart_discount
        if coupon is not None:
            share: JSON = {}
            if coupon.percentage is not None:
                share["percentage"] = percentage_to_wire(number(coupon.percentage), "customSaleDiscount")
            share["amount"] = str(st.units(self.cart_disc))
            out["discount"] = {"cartDiscount": share}
        return out


def compute_all(items: Sequence[Item], st: Settings) -> None:
    """:meth:`Item.compute` for every item whose cart discount share changed; exclusive prices (the common
    case) take an inlined path, since this loop is most of the time of pricing a long cart."""
    if st.incl:
        for item in items:
            if item.done != item.cart_disc:
                item.compute(st)
        return
    cent, mode, quantum, exp, line_mode = st.cent, st.tax_rounding, st.tax_q, st.exp, st.line_mode
    floor, no_tax, half_up = _ZERO.quantize(st.price_q), _ZERO.quantize(cent), ROUND_HALF_UP
    for item in items:
        cart_disc = item.cart_disc
        if item.done == cart_disc:
            continue
        item.done, item.out = cart_disc, None
        discount = item.line_disc + cart_disc
        total = item.price
        if discount:
            # Whole cents off a price that may carry fractions of one: a discount of all its cents takes
            # the fraction too (a 100 % discount leaves nothing to tax; WooCommerce would leave the fraction).
            total = floor if discount >= item.cents else total - Decimal(discount).scaleb(-exp)
        item.total = item.net = total
        coefficients = item.rateset.coefficients
        if coefficients:
            item.taxes = taxes = [(total * c).quantize(quantum, half_up) for c in coefficients]
            item.shown = shown = [t.quantize(cent, mode) for t in taxes]
            item.tax_r = sum(shown, _ZERO) if line_mode else sum(taxes, _ZERO).quantize(cent, mode)
        else:
            item.taxes, item.shown, item.tax_r = [], [], no_tax
        item.net_r = total.quantize(cent, half_up)


def line_items(items: Sequence[Item], st: Settings) -> list[JSON]:
    """The ``lineItems`` of the catalog lines among ``items`` (reusing each item's dict while valid)."""
    numbers: dict[Decimal, Decimal] = {}
    result = []
    for item in items:
        if type(item.entry) is Line:
            out = item.out
            result.append(item.line_item(st, numbers) if out is None else out)
    return result
