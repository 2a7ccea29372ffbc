"""The cart being rung up: lines, discounts, customer and tenders, as plain immutable data.

The cart is saved (as JSON) on every change and priced by :mod:`register.pricing` on every change.
Quantities and prices are Decimals; what a person types is read by :func:`parse_quantity` and
:func:`parse_amount`, which refuse "12,50", "-3" and the like with a message that says what to type.
"""

from __future__ import annotations

import functools
import itertools
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from register.memo import RoundMemo
from register.pricing.cart import Cart, CartDiscount, CustomSale, Discount, Fee, Line, TaxRate, TaxRounding, Tip
from register.store.records import dumps


class InputError(ValueError):
    """Something a person typed is not acceptable; the message says what to type instead."""

    code = "bad_input"


MAX_QUANTITY = Decimal(100_000)
_PLAIN = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")
"""A plain decimal as typed: digits, at most one dot (never ``1e2``, ``NaN`` or ``0x10``)."""


def _parse_decimal(text: str | Decimal | int, what: str) -> Decimal:
    if isinstance(text, bool | float):
        raise InputError(f"{what}: not a number")
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        raw = text.strip()
        if "," in raw:
            hint = raw.replace(",", ".") if raw.count(",") == 1 and "." not in raw else None
            raise InputError(f"{what}: {raw!r} has a comma; use a dot for decimals"
                             + (f" ({hint})" if hint else ""))
        if not _PLAIN.fullmatch(raw):
            raise InputError(f"{what}: {raw!r} is not a number")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise InputError(f"{what}: {raw!r} is not a number") from None
    if not value.is_finite():
        raise InputError(f"{what}: not a number")
    return value


def parse_quantity(text: str | Decimal | int, *, whole_for: str | None = None) -> Decimal:
    """A quantity a person typed: a positive plain number. With ``whole_for`` (the name of an item sold by the
    piece), a whole number: only goods sold by weight take decimals ("2.5 lattes" is a typo, not a sale)."""
    value = _parse_decimal(text, "quantity")
    if whole_for is not None and value != value.to_integral_value():
        raise InputError(f"quantity: {whole_for} is sold by the piece; type a whole number")
    if value <= 0:
        raise InputError("quantity: must be more than zero (to take an item off, remove the line)")
    if value > MAX_QUANTITY:
        raise InputError(f"quantity: {value} is more than the register accepts ({MAX_QUANTITY})")
    if value.as_tuple().exponent < -3:  # type: ignore[operator]
        raise InputError("quantity: at most 3 decimals")
    return value


def parse_amount(text: str | Decimal | int, what: str = "amount", *, allow_zero: bool = False) -> Decimal:
    """An amount of money a person typed: not negative (zero only when ``allow_zero``)."""
    value = _parse_decimal(text, what)
    if value < 0 or (value == 0 and not allow_zero):
        raise InputError(f"{what}: must be more than zero")
    return value


def parse_percentage(text: str | Decimal | int, what: str = "percentage") -> Decimal:
    """A percentage in points (10 = 10 %), from 0 to 100."""
    value = _parse_decimal(text, what)
    if not 0 <= value <= 100:
        raise InputError(f"{what}: must be between 0 and 100")
    return value


def new_id() -> str:
    """A short random id for lines and tenders."""
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class CartLine:
    """A line of the cart: a catalog item (or a custom sale) with its quantity and adjustments."""

    line_id: str
    name: str
    unit_price: Decimal
    quantity: Decimal
    product_id: str | None = None
    variant_id: str | None = None
    sku: str | None = None
    tax_table_id: str | None = None
    custom: bool = False
    apply_taxes: bool = True
    discount_percentage: Decimal | None = None
    discount_amount: Decimal | None = None
    note: str | None = None
    price_overridden: bool = False
    original_price: Decimal | None = None
    weighed: bool = False
    """Sold by weight: the quantity may have decimals (else it is a whole number)."""
    regular_price: Decimal | None = None
    """The catalog's regular price when the line is sold at its sale price (shown as a sale)."""

    @functools.cached_property
    def json(self) -> dict[str, Any]:
        """This line as saved with the cart (Decimals as strings). Made once per line object: a change to a
        200-line cart serialises the one line that changed, not all of them (the cart is saved on every scan)."""
        return {name: format(v, "f") if isinstance(v, Decimal) else v
                for name, v in ((f, getattr(self, f)) for f in self.__dataclass_fields__)}

    @functools.cached_property
    def json_text(self) -> str:
        """:attr:`json` as JSON text, made once per line object (see :meth:`CartState.to_json_text`)."""
        return dumps(self.json)

    def same_item(self, other: CartLine) -> bool:
        """True when ``other`` is the same plain catalog item (a second scan adds to this line)."""
        return (not self.custom and not other.custom and self.variant_id == other.variant_id
                and self.product_id == other.product_id and not self.price_overridden
                and self.discount_percentage is None and self.discount_amount is None and not self.note)


@dataclass(frozen=True)
class Tender:
    """A payment on the cart. ``amount`` counts toward the total; ``tendered`` is what was handed over."""

    tender_id: str
    method: str
    """``cash``, ``credit_card`` or another payment type."""
    amount: Decimal
    tendered: Decimal
    reference: str | None = None
    cash_rounding: Decimal = Decimal(0)
    """Signed: what cash rounding added to (or took off) the amount due."""

    @property
    def change(self) -> Decimal:
        """Change handed back for this tender."""
        return self.tendered - self.amount


@dataclass(frozen=True)
class CartState:
    """The whole cart. Immutable: each change makes a new state (cheap; lines are shared)."""

    cart_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    lines: tuple[CartLine, ...] = ()
    cart_discount_percentage: Decimal | None = None
    cart_discount_amount: Decimal | None = None
    cart_discount_label: str = ""
    fees: tuple[tuple[str, Decimal], ...] = ()
    """(label, net amount); a negative fee is a discount."""
    tip_percentage: Decimal | None = None
    tip_amount: Decimal | None = None
    customer_id: str | None = None
    customer_name: str | None = None
    tenders: tuple[Tender, ...] = ()
    note: str | None = None
    parked_receipt: str | None = None
    """Set once the cart was parked on Final POS: its order (status ``parked``) has this receipt id."""

    @property
    def is_empty(self) -> bool:
        """No lines and no tenders."""
        return not self.lines and not self.tenders

    def line(self, line_id: str) -> CartLine:
        """The line with ``line_id`` (KeyError if it is gone)."""
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise KeyError(f"no cart line {line_id!r}")

    def with_line(self, line: CartLine) -> CartState:
        """The cart with ``line`` replaced (same id) or appended (one pass, then slices: a scan into a 200-line
        cart)."""
        lines, line_id = self.lines, line.line_id
        at = next((n for n, existing in enumerate(lines) if existing.line_id == line_id), None)
        if at is None:
            return replace(self, lines=(*lines, line))
        return replace(self, lines=(*lines[:at], line, *lines[at + 1:]))

    def without_line(self, line_id: str) -> CartState:
        """The cart without the line ``line_id``."""
        return replace(self, lines=tuple(x for x in self.lines if x.line_id != line_id))

    # persistence -------------------------------------------------------------------------------
    def to_json(self, *, lines: bool = True) -> dict[str, Any]:
        """A JSON-ready snapshot (Decimals as strings); without the lines when ``lines`` is false."""
        def value(v: Any) -> Any:
            if isinstance(v, Decimal):
                return format(v, "f")
            if isinstance(v, tuple):
                return [value(x) for x in v]
            if hasattr(v, "__dataclass_fields__"):
                return {k: value(getattr(v, k)) for k in v.__dataclass_fields__}
            return v

        return {k: [line.json for line in self.lines] if k == "lines" else value(getattr(self, k))
                for k in self.__dataclass_fields__ if lines or k != "lines"}

    def to_json_text(self) -> str:
        """:meth:`to_json` as JSON text, with each line's text made once per line object: saving the cart on a
        scan into a 200-line cart encodes one line, not 200 (:meth:`from_json` reads it back)."""
        head = dumps(self.to_json(lines=False))  # '{"cart_id":…}': the lines go in before its closing brace
        return f'{head[:-1]},"lines":[{",".join(line.json_text for line in self.lines)}]}}'

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CartState:
        """Rebuild a cart from :meth:`to_json` output."""
        def dec(v: Any) -> Decimal | None:
            return None if v is None else Decimal(str(v))

        def line(d: Mapping[str, Any]) -> CartLine:
            return CartLine(**{**d, "unit_price": Decimal(str(d["unit_price"])),
                               "quantity": Decimal(str(d["quantity"])),
                               "discount_percentage": dec(d.get("discount_percentage")),
                               "discount_amount": dec(d.get("discount_amount")),
                               "original_price": dec(d.get("original_price")),
                               "regular_price": dec(d.get("regular_price"))})

        def tender(d: Mapping[str, Any]) -> Tender:
            return Tender(**{**d, "amount": Decimal(str(d["amount"])), "tendered": Decimal(str(d["tendered"])),
                             "cash_rounding": Decimal(str(d.get("cash_rounding", "0")))})

        return cls(
            cart_id=str(data["cart_id"]),
            lines=tuple(line(x) for x in data.get("lines", [])),
            cart_discount_percentage=dec(data.get("cart_discount_percentage")),
            cart_discount_amount=dec(data.get("cart_discount_amount")),
            cart_discount_label=str(data.get("cart_discount_label") or ""),
            fees=tuple((str(f[0]), Decimal(str(f[1]))) for f in data.get("fees", [])),
            tip_percentage=dec(data.get("tip_percentage")),
            tip_amount=dec(data.get("tip_amount")),
            customer_id=data.get("customer_id"),
            customer_name=data.get("customer_name"),
            tenders=tuple(tender(x) for x in data.get("tenders", [])),
            note=data.get("note"),
            parked_receipt=data.get("parked_receipt"),
        )


@dataclass(frozen=True)
class PricingSettings:
    """The store's pricing settings."""

    currency: str = "USD"
    prices_include_tax: bool = False
    tax_rounding: TaxRounding = TaxRounding.LINE
    cash_increment: Decimal | None = None
    """Cash rounding step (0.05, 0.10), or None for none."""


PricingMemo = RoundMemo[CartLine, Line | CustomSale]
"""The engine's line for each cart line, by the cart line's identity (see :func:`to_pricing_cart`)."""


def _taxes(x: CartLine, rates_for: Callable[[str | None], tuple[TaxRate, ...]],
           default_rates: tuple[TaxRate, ...]) -> tuple[TaxRate, ...]:
    if not x.custom:
        return rates_for(x.tax_table_id)
    if not x.apply_taxes:
        return ()
    return rates_for(x.tax_table_id) if x.tax_table_id else default_rates


def _pricing_line(x: CartLine, taxes: tuple[TaxRate, ...]) -> Line | CustomSale:
    discount = (Discount(percentage=x.discount_percentage) if x.discount_percentage is not None
                else Discount(amount=x.discount_amount) if x.discount_amount is not None else None)
    if x.custom:
        return CustomSale(price=x.unit_price, quantity=x.quantity, name=x.name, apply_taxes=x.apply_taxes,
                          custom_sale_id=x.line_id, discount=discount, taxes=taxes)
    return Line(price=x.unit_price, quantity=x.quantity, taxes=taxes, name=x.name, product_id=x.product_id,
                variant_id=x.variant_id, sku=x.sku, discount=discount)


def to_pricing_cart(state: CartState, settings: PricingSettings,
                    rates_for: Callable[[str | None], tuple[TaxRate, ...]],
                    default_rates: tuple[TaxRate, ...] = (), memo: PricingMemo | None = None,
                    rates_read: int = 0) -> Cart:
    """The pricing engine's view of the cart.

    With ``memo`` (kept by the caller between calls), a cart line that is the same object as last time, with
    the same ``rates_read`` (:attr:`CatalogService.rates_read`: it changes when the tax tables are read again),
    gets the same engine line back, its rates not looked up again: :class:`~register.pricing.summary.Pricer`
    then reuses that line's work, so a change to a 200-line cart reprices one line, not 200. ``memo`` is
    refilled with this cart's lines."""
    lines: list[Line] = []
    customs: list[CustomSale] = []
    if memo is None:
        made_lines = [_pricing_line(x, _taxes(x, rates_for, default_rates)) for x in state.lines]
    else:  # the tables' reading is the stamp: a line's rates are looked up when it is new
        made_lines = memo.map(state.lines, lambda x, _read: _pricing_line(x, _taxes(x, rates_for, default_rates)),
                              itertools.repeat(rates_read))
    for made in made_lines:
        if isinstance(made, CustomSale):
            customs.append(made)
        else:
            lines.append(made)
    cart_discount = None
    if state.cart_discount_percentage is not None:
        cart_discount = CartDiscount(percentage=state.cart_discount_percentage, label=state.cart_discount_label)
    elif state.cart_discount_amount is not None:
        cart_discount = CartDiscount(amount=state.cart_discount_amount, label=state.cart_discount_label)
    tip = (Tip(percentage=state.tip_percentage) if state.tip_percentage is not None
           else Tip(amount=state.tip_amount) if state.tip_amount is not None else None)
    fees = tuple(Fee(amount=amount, label=label, taxes=default_rates if amount > 0 else ())
                 for label, amount in state.fees)
    return Cart(currency=settings.currency, lines=tuple(lines), prices_include_tax=settings.prices_include_tax,
                tax_rounding=settings.tax_rounding, custom_sales=tuple(customs), cart_discount=cart_discount,
                fees=fees, tip=tip)
