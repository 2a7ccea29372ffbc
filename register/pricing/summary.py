"""``summarize(cart)``: the order fragment Final POS expects, computed as WooCommerce's cart would.

The steps follow ``WC_Cart_Totals::calculate()`` (docs/pricing.md has the rules):

1. Line prices, ``price * quantity`` kept to ``max(6, exponent + 2)`` decimals (``wc_add_number_precision``),
   and line discounts (:mod:`register.pricing.items`).
2. The cart discount, spread in whole cents, most expensive line first (:mod:`register.pricing.discounts`).
3. Per line: each rate's tax on the discounted amount, unrounded (6 digits of a cent); with inclusive
   prices the net is the gross less those unrounded taxes. Line mode rounds each rate's tax on each line
   (half down when prices include tax, else half up) and each line's net half up; subtotal mode sums
   them unrounded.
4. Shipping (net, shipping-flagged rates, tax half up), then fees (:mod:`register.pricing.fees`).
5. Totals. Line mode: ``total`` = rounded nets + fees + shipping + rounded taxes + tip, and ``totalTaxes``
   is the sum of the rows. Subtotal mode: ``totalTaxes`` is the unrounded tax rounded once, and ``total``
   rounds the unrounded nets and taxes together, as WooCommerce does (docs/pricing.md says "computed from
   totalTaxes"; the two differ only when prices carry more decimals than the currency, and WooCommerce's
   tests #24184 and #28292 expect its own figure).
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from register.pricing.cart import Cart, CustomSale, Line, RateKey, TaxRate, TaxRounding
from register.pricing.discounts import order_by_price, spread_fixed, spread_percent
from register.pricing.fees import price_fees
from register.pricing.items import JSON, Item, RateSet, Settings, compute_all, line_items, tax_row
from register.pricing.rates import one_per_priority
from register.pricing.taxes import exclusive_taxes, inclusive_taxes
from register.pricing.wire import money, number, percentage_to_wire

__all__ = ["OrderFragment", "Pricer", "summarize"]

_ZERO = Decimal(0)
_RATESETS_KEPT = 1000  # distinct rate tuples a Pricer remembers (a store has a handful)
_HUNDRED = Decimal(100)
# Wide enough for 15 integer digits and 12 decimals of a cent; traps keep silent corruption out.
_CONTEXT = decimal.Context(
    prec=40, rounding=ROUND_HALF_UP, traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow]
)


class OrderFragment:
    """The priced order, ready for the API models: money as decimal strings at the currency's exponent,
    percentages in percent points, quantities as Decimals. Treat it as read-only.

    The totals are computed when the fragment is made; the ``lineItems`` dicts (a third of the work for a
    long cart, and needed only when the order is shown line by line or posted) are built on first access.
    """

    __slots__ = ("_build", "_figures", "_line_items", "cart_discount", "cart_fees", "custom_sales", "summary")

    def __init__(
        self,
        summary: JSON,
        line_items: list[JSON] | Callable[[], list[JSON]],
        custom_sales: list[JSON],
        cart_discount: JSON | None,
        cart_fees: list[JSON],
        figures: Callable[[], list[tuple[Decimal, Decimal]]] | None = None,
    ) -> None:
        self.summary = summary
        """``summary``: totals, ``taxes[]`` per rate, tip."""
        self.custom_sales = custom_sales
        self.cart_discount = cart_discount
        self.cart_fees = cart_fees
        self._line_items: list[JSON] | None = None
        self._build: Callable[[], list[JSON]] | None = None
        self._figures = figures
        if callable(line_items):
            self._build = line_items
        else:
            self._line_items = line_items

    @property
    def line_items(self) -> list[JSON]:
        """``lineItems``: one ``OrderLineItemDto`` per catalog line."""
        if self._line_items is None:
            assert self._build is not None
            self._line_items, self._build = self._build(), None
        return self._line_items

    @property
    def line_figures(self) -> list[tuple[Decimal, Decimal]]:
        """Per line, in the order of ``lineItems`` then ``customSales``: the line price (``price * quantity`` in
        the currency, half up) and its line discount, as a receipt shows them (not on the wire, which carries
        each line's total after every discount)."""
        return self._figures() if self._figures is not None else []

    def to_wire(self) -> JSON:
        """The fragment under the order body's field names."""
        return {
            "summary": self.summary,
            "lineItems": self.line_items,
            "customSales": self.custom_sales,
            "cartDiscount": self.cart_discount,
            "cartFees": self.cart_fees,
        }

    def __repr__(self) -> str:
        return f"OrderFragment(summary={self.summary!r}, ...)"


def summarize(cart: Cart) -> OrderFragment:
    """Price ``cart``: totals, taxes per rate, line items, custom sales, cart discount and fees."""
    with decimal.localcontext(_CONTEXT):
        return _Run(cart).run()


_Memo = tuple[list[Line | CustomSale], list[Item]]
"""A run's entries and their items, place by place (what the next run may reuse)."""


class Pricer:
    """:func:`summarize` for a cart that changes a line at a time, as on the sell screen.

    It keeps each line's work (price, line discount, taxes, wire dict) by the identity of the line's
    frozen object and reuses it while the line, its share of the cart discount and the store settings
    are unchanged: adding a line to a long cart costs little more than pricing that line. The figures are
    :func:`summarize`'s; successive fragments may share line dicts, so treat them as read-only.
    """

    def __init__(self) -> None:
        self._memo: _Memo = ([], [])
        self._settings: tuple[str, bool, TaxRounding] | None = None
        # Rate sets by value, shared by the runs: lines priced in different runs then share one RateSet, and
        # the tax rows are summed per rate set (a few) rather than per line (hundreds, each with its own).
        self._ratesets: dict[tuple[TaxRate, ...], RateSet] = {}

    def summarize(self, cart: Cart) -> OrderFragment:
        """Price ``cart``, reusing what has not changed since the previous call."""
        settings = (cart.currency, cart.prices_include_tax, cart.tax_rounding)
        if settings != self._settings:
            self._memo, self._settings = ([], []), settings
        if len(self._ratesets) > _RATESETS_KEPT:
            self._ratesets = {}
        with decimal.localcontext(_CONTEXT):
            run = _Run(cart, self._memo, self._ratesets)
            fragment = run.run()
            fragment.line_items  # noqa: B018 - now, while the items are this cart's (the next run reuses them)
        self._memo = run.memo_out
        self._ratesets.update((k, v) for k, v in run.ratesets.items() if not isinstance(k, int))
        return fragment


class _Rows:
    """The summary's per-rate rows, kept in three buckets (items, fees, shipping) of unrounded and rounded
    sums, because WooCommerce rounds shipping and fee taxes apart from item taxes."""

    __slots__ = ("fees", "items", "rates", "ship")

    def __init__(self) -> None:
        self.rates: dict[RateKey, TaxRate] = {}
        self.items: dict[RateKey, list[Decimal]] = {}
        self.fees: dict[RateKey, list[Decimal]] = {}
        self.ship: dict[RateKey, list[Decimal]] = {}

    def _add(
        self,
        bucket: dict[RateKey, list[Decimal]],
        rates: Sequence[TaxRate],
        taxes: Sequence[Decimal],
        rounded: Sequence[Decimal],
    ) -> None:
        for rate, tax, tax_rounded in zip(rates, taxes, rounded, strict=True):
            key = rate.key
            if key not in self.rates:
                self.rates[key] = rate
                for each in (self.items, self.fees, self.ship):
                    each[key] = [_ZERO, _ZERO]
            sums = bucket[key]
            sums[0] += tax
            sums[1] += tax_rounded

    def add_items(self, rates: Sequence[TaxRate], taxes: Sequence[Decimal], rounded: Sequence[Decimal]) -> None:
        """Item taxes, unrounded and rounded per line."""
        self._add(self.items, rates, taxes, rounded)

    def add_fees(self, rates: Sequence[TaxRate], taxes: Sequence[Decimal], rounded: Sequence[Decimal]) -> None:
        """A fee's taxes."""
        self._add(self.fees, rates, taxes, rounded)

    def add_shipping(self, rates: Sequence[TaxRate], taxes: Sequence[Decimal], rounded: Sequence[Decimal]) -> None:
        """Shipping taxes (rounded half up)."""
        self._add(self.ship, rates, taxes, rounded)

    def keys(self) -> list[RateKey]:
        """Row keys in priority order (first seen first within a priority)."""
        return sorted(self.rates, key=lambda key: self.rates[key].priority)

    def total(self, bucket: dict[RateKey, list[Decimal]], rounded: bool) -> Decimal:
        """A bucket's sum over all rates."""
        return sum((sums[1 if rounded else 0] for sums in bucket.values()), _ZERO)


class _Run:
    """One pricing run over one cart."""

    def __init__(self, cart: Cart, memo: _Memo = ([], []),
                 ratesets: dict[tuple[TaxRate, ...], RateSet] | None = None) -> None:
        self.cart = cart
        self.st = Settings(cart)
        self.memo_in = memo
        self.memo_out: _Memo = ([], [])
        self.rows = _Rows()
        # by value (those of earlier runs too), and by id() of a rate tuple (valid for this run's lines only)
        self.ratesets: dict[int | tuple[TaxRate, ...], RateSet] = {k: v for k, v in (ratesets or {}).items()}
        # Subtotal mode, per rate set: item taxes, taxes before discounts and taxes in the discounts.
        self.sub_tax = self.sub_sub_tax = self.sub_disc_tax = _ZERO

    def run(self) -> OrderFragment:
        cart, st, rows = self.cart, self.st, self.rows
        entries: list[Line | CustomSale] = [*cart.lines, *cart.custom_sales]
        items = self._items(entries)
        self._discount(items)
        self._item_taxes(items)
        if st.line_mode:
            items_total = sum((i.net_r for i in items), _ZERO)
            if st.incl:
                items_subtotal = sum((i.sub_net.quantize(st.cent, ROUND_HALF_UP) for i in items), _ZERO)
            else:  # the net before discounts is the line price: its rounding is already at hand
                items_subtotal = st.units(sum(i.cents for i in items))
        else:
            gross = sum((i.total for i in items), _ZERO)
            prices = sum((i.price for i in items), _ZERO)
            items_total = gross - self.sub_tax if st.incl else gross
            items_subtotal = prices - self.sub_sub_tax if st.incl else prices

        shipping = self._shipping()
        shipping_total = _ZERO if shipping is None else shipping[0]
        fees_out, fees_total = price_fees(cart.fees, st, items, items_total, shipping, rows.add_fees)
        tip_out, tip = self._tip(items_total)

        keys = rows.keys()
        cent, direction = st.cent, st.tax_rounding
        if st.line_mode:
            amounts = [rows.items[k][1] + rows.fees[k][1] + rows.ship[k][1] for k in keys]
            total_taxes = sum(amounts, _ZERO).quantize(cent, direction)
            total = items_total + fees_total + shipping_total + total_taxes + tip
        else:
            # Each row: items and fees rounded once with the store's direction, shipping half up on its own
            # (WC_Cart::get_tax_totals). totalTaxes: all unrounded taxes summed and rounded once, with the
            # store's direction (WC_Cart::set_total_tax); once shipping or fee tax is in the sum it rounds half
            # up like the other totals (WC_Abstract_Order::set_total_tax; WooCommerce's
            # test_calculate_totals_shipping_tax_rounded_26654 expects 67.175 -> 67.18 with inclusive prices).
            amounts = [
                (rows.items[k][0] + rows.fees[k][0]).quantize(cent, direction)
                + rows.ship[k][0].quantize(cent, ROUND_HALF_UP)
                for k in keys
            ]
            other = [rows.total(rows.fees, rounded=False), rows.total(rows.ship, rounded=False)]
            unrounded = rows.total(rows.items, rounded=False) + sum(other, _ZERO)
            has_other = any(sums[0] for bucket in (rows.fees, rows.ship) for sums in bucket.values())
            total_taxes = unrounded.quantize(cent, ROUND_HALF_UP if has_other else direction)
            total = items_total + fees_total + shipping_total + unrounded + tip
        total = max(_ZERO, total).quantize(cent, ROUND_HALF_UP)  # never below zero (negative fees)

        summary: JSON = {
            "discountTotal": money(self._discount_total(items).quantize(st.cent, ROUND_HALF_UP)),
            "shippingTotal": money(shipping_total.quantize(st.cent, ROUND_HALF_UP)),
            "total": money(total),
            "totalTaxes": money(total_taxes),
            "isTaxInclusive": st.incl,
            "subTotal": money(items_subtotal.quantize(st.cent, ROUND_HALF_UP)),
            "taxes": [tax_row(rows.rates[k], money(a)) for k, a in zip(keys, amounts, strict=True)],
        }
        if tip_out is not None:
            summary["tip"] = tip_out
        custom = [i.custom_sale(st, cart) for i in items if isinstance(i.entry, CustomSale)]

        def build() -> list[JSON]:
            with decimal.localcontext(_CONTEXT):
                return line_items(items, st)

        # items are the lines then the custom sales, as on the wire; a line's price in cents and its line discount
        # never change once its item is made (a Pricer reuses an item only for the very same line), so these may
        # be read after the next run
        def figures() -> list[tuple[Decimal, Decimal]]:
            return [(st.units(i.cents), st.units(i.line_disc)) for i in items]

        return OrderFragment(summary, build, custom, self._cart_discount_out(items), fees_out, figures)

    def _items(self, entries: list[Line | CustomSale]) -> list[Item]:
        """Each entry's item: the last run's for the very same object (found at its place, else by identity), else
        a new one. An item is used once per cart (one line object may appear twice: each gets its own)."""
        old_entries, old_items = self.memo_in
        count = len(old_entries)
        by_id: dict[int, Item] | None = None
        taken: set[int] = set()
        items: list[Item] = []
        for n, entry in enumerate(entries):
            item: Item | None = old_items[n] if n < count and old_entries[n] is entry else None
            if item is None or id(item) in taken:
                if by_id is None:  # (an object twice in the last cart is found once: its second is made anew)
                    by_id = {id(i.entry): i for i in old_items}
                item = by_id.get(id(entry))
                if item is not None and (item.entry is not entry or id(item) in taken):
                    item = None
            if item is None:
                item = Item.create(entry, self.st, self.ratesets)
            else:
                item.cart_disc = 0
            taken.add(id(item))
            items.append(item)
        self.memo_out = (entries, items)
        return items

    def _discount(self, items: Sequence[Item]) -> None:
        coupon = self.cart.cart_discount
        if coupon is None or not items:
            return
        order = order_by_price([i.fine for i in items])
        available = [items[k].cents - items[k].line_disc for k in order]
        units = [items[k].units for k in order]
        if coupon.percentage is not None:
            shares = spread_percent(available, units, coupon.percentage)
        else:
            quantities = [items[k].entry.quantity for k in order]
            shares = spread_fixed(available, units, quantities, self.st.cents(coupon.amount or _ZERO))
        for k, share in zip(order, shares, strict=True):
            items[k].cart_disc = share

    def _item_taxes(self, items: Sequence[Item]) -> None:
        st = self.st
        compute_all(items, st)
        groups: dict[int, tuple[RateSet, list[Item]]] = {}
        for item in items:
            rateset = item.rateset
            if rateset.rates:
                group = groups.get(id(rateset))
                if group is None:
                    groups[id(rateset)] = (rateset, [item])
                else:
                    group[1].append(item)
        self.sub_tax = self.sub_sub_tax = self.sub_disc_tax = _ZERO
        for rateset, members in groups.values():
            if st.line_mode:
                unrounded = [sum(col, _ZERO) for col in zip(*(i.taxes for i in members), strict=True)]
                rounded = [sum(col, _ZERO) for col in zip(*(i.shown for i in members), strict=True)]
                self.rows.add_items(rateset.rates, unrounded, rounded)
                continue
            # Subtotal mode taxes each rate set's lines together: the same unrounded figure as line by line up
            # to the 8th decimal, and exactly the same whether a line of two is one line or two.
            taxes = self._calc(sum((i.total for i in members), _ZERO), rateset)
            self.rows.add_items(rateset.rates, taxes, taxes)
            self.sub_tax += sum(taxes, _ZERO)
            if st.incl:
                self.sub_sub_tax += sum(self._calc(sum((i.price for i in members), _ZERO), rateset), _ZERO)
                discount = st.units(sum(i.line_disc + i.cart_disc for i in members))
                self.sub_disc_tax += sum(self._calc(discount, rateset), _ZERO) if discount else _ZERO

    def _calc(self, amount: Decimal, rateset: RateSet) -> list[Decimal]:
        if self.st.incl:
            return inclusive_taxes(amount, rateset.rates, self.st.tax_q)
        quantum = self.st.tax_q
        return [(amount * c).quantize(quantum, ROUND_HALF_UP) for c in rateset.coefficients]

    def _discount_total(self, items: Sequence[Item]) -> Decimal:
        total = self.st.units(sum(i.line_disc + i.cart_disc for i in items))
        if self.st.incl:
            total -= sum((i.disc_tax for i in items), _ZERO) if self.st.line_mode else self.sub_disc_tax
        return total

    def _shipping(self) -> tuple[Decimal, tuple[TaxRate, ...]] | None:
        shipping = self.cart.shipping
        if shipping is None:
            return None
        amount = shipping.amount.quantize(self.st.price_q, ROUND_HALF_UP)
        rates = tuple(r for r in one_per_priority(shipping.taxes) if r.shipping)
        # WC_Shipping_Rate taxes the cost in currency units (6 digits), then rounds half up to the cent.
        taxes = exclusive_taxes(amount, rates, self.st.price_q)
        self.rows.add_shipping(rates, taxes, [t.quantize(self.st.cent, ROUND_HALF_UP) for t in taxes])
        return amount, rates

    def _tip(self, items_total: Decimal) -> tuple[JSON | None, Decimal]:
        tip, cent = self.cart.tip, self.st.cent
        if tip is None:
            return None, _ZERO
        if tip.percentage is not None:
            amount = (items_total * tip.percentage / _HUNDRED).quantize(cent, ROUND_HALF_UP)
            return {"percentage": percentage_to_wire(number(tip.percentage), "tip"), "amount": money(amount)}, amount
        amount = (tip.amount or _ZERO).quantize(cent, ROUND_HALF_UP)
        return {"amount": money(amount)}, amount

    def _cart_discount_out(self, items: Sequence[Item]) -> JSON | None:
        coupon = self.cart.cart_discount
        if coupon is None:
            return None
        out: JSON = {"label": coupon.label, "amount": money(self.st.units(sum(i.cart_disc for i in items)))}
        if coupon.percentage is not None:
            out["percentage"] = percentage_to_wire(number(coupon.percentage), "cartDiscount")
        return out
