"""The cart as the pricing engine sees it: frozen dataclasses with Decimal fields.

Amounts are in currency units (``Decimal("12.50")``), percentages in percent points (``Decimal("10")`` is
10 %), quantities are Decimals (fractional for weighed goods). Every constructor refuses floats and checks
what the arithmetic relies on (non-negative prices and quantities, one of percentage/amount), so that
:func:`register.pricing.summary.summarize` never has to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from register.money import to_decimal

__all__ = [
    "Cart",
    "CartDiscount",
    "CustomSale",
    "Discount",
    "Fee",
    "Line",
    "Shipping",
    "TaxRate",
    "TaxRounding",
    "Tip",
]

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


RateKey = tuple[str, str, Decimal, bool, int]
"""What tells two rates apart in the order's ``taxes[]`` rows: id, name, percentage, compound, priority."""


class TaxRounding(Enum):
    """Where tax is rounded to the currency: per line per rate (WooCommerce's default) or once at subtotal."""

    LINE = "line"
    SUBTOTAL = "subtotal"


def _dec(value: object, name: str, *, negative: bool = False) -> Decimal:
    result = to_decimal(value, field=name)
    if not negative and result < 0:
        raise ValueError(f"{name}: must not be negative")
    return result


def _percentage(value: object, name: str, *, cap: bool) -> Decimal:
    result = _dec(value, name)
    if cap and result > _HUNDRED:
        raise ValueError(f"{name}: must not exceed 100")
    return result


def _one_of(percentage: Decimal | None, amount: Decimal | None, name: str) -> None:
    if (percentage is None) == (amount is None):
        raise ValueError(f"{name}: give exactly one of percentage and amount")


@dataclass(frozen=True, slots=True)
class TaxRate:
    """One rate of a tax table: WooCommerce's rate with Final POS's ids.

    ``country``/``state``/``postcodes``/``cities`` are the address filters used by
    :func:`register.pricing.rates.match_rates`; they are ignored once a rate sits on a line.
    """

    id: str
    name: str
    percentage: Decimal
    priority: int = 1
    compound: bool = False
    shipping: bool = True
    country: str = ""
    state: str = ""
    postcodes: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    tax_table_id: str | None = None
    tax_table_name: str | None = None
    fraction: Decimal = field(init=False, repr=False, compare=False)
    """``percentage / 100``, computed once."""

    def __post_init__(self) -> None:
        pct = _percentage(self.percentage, "percentage", cap=False)
        object.__setattr__(self, "percentage", pct)
        object.__setattr__(self, "fraction", pct / _HUNDRED)
        if isinstance(self.priority, bool) or not isinstance(self.priority, int):
            raise TypeError("priority: must be an integer")

    @property
    def key(self) -> RateKey:
        """Identity of the rate in the order's ``taxes[]`` rows."""
        return (self.id, self.name, self.percentage, self.compound, self.priority)


@dataclass(frozen=True, slots=True)
class Discount:
    """A line discount: a percentage of the line, or an amount off the whole line (capped at the line)."""

    percentage: Decimal | None = None
    amount: Decimal | None = None

    def __post_init__(self) -> None:
        if self.percentage is not None:
            object.__setattr__(self, "percentage", _percentage(self.percentage, "percentage", cap=True))
        if self.amount is not None:
            object.__setattr__(self, "amount", _dec(self.amount, "amount"))
        _one_of(self.percentage, self.amount, "discount")


@dataclass(frozen=True, slots=True)
class CartDiscount:
    """The cart-wide discount (a WooCommerce ``percent`` or ``fixed_cart`` coupon)."""

    percentage: Decimal | None = None
    amount: Decimal | None = None
    label: str = ""

    def __post_init__(self) -> None:
        if self.percentage is not None:
            object.__setattr__(self, "percentage", _percentage(self.percentage, "percentage", cap=True))
        if self.amount is not None:
            object.__setattr__(self, "amount", _dec(self.amount, "amount"))
        _one_of(self.percentage, self.amount, "cartDiscount")


@dataclass(frozen=True, slots=True)
class Line:
    """A catalog item on the cart: unit ``price`` as entered (gross or net, see ``Cart.prices_include_tax``)."""

    price: Decimal
    quantity: Decimal
    taxes: tuple[TaxRate, ...] = ()
    name: str = ""
    product_id: str | None = None
    variant_id: str | None = None
    sku: str | None = None
    discount: Discount | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "price", _dec(self.price, "price"))
        object.__setattr__(self, "quantity", _dec(self.quantity, "quantity"))


@dataclass(frozen=True, slots=True)
class CustomSale:
    """An open-price item. ``apply_taxes=False`` means no tax whatever ``taxes`` says."""

    price: Decimal
    quantity: Decimal
    name: str = ""
    apply_taxes: bool = True
    taxes: tuple[TaxRate, ...] = ()
    custom_sale_id: str | None = None
    discount: Discount | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "price", _dec(self.price, "price"))
        object.__setattr__(self, "quantity", _dec(self.quantity, "quantity"))


@dataclass(frozen=True, slots=True)
class Fee:
    """A cart fee, a net amount (negative: a discount that cannot take the total below zero).

    ``percentage`` makes the fee a percentage of the items' net total after discounts.
    """

    amount: Decimal | None = None
    percentage: Decimal | None = None
    label: str = ""
    taxes: tuple[TaxRate, ...] = ()
    id: str | None = None
    tax_name: str | None = None
    tax_table_id: str | None = None

    def __post_init__(self) -> None:
        if self.amount is not None:
            object.__setattr__(self, "amount", _dec(self.amount, "amount", negative=True))
        if self.percentage is not None:
            object.__setattr__(self, "percentage", _dec(self.percentage, "percentage", negative=True))
        _one_of(self.percentage, self.amount, "fee")


@dataclass(frozen=True, slots=True)
class Shipping:
    """Shipping, a net amount; only rates flagged ``shipping`` tax it."""

    amount: Decimal
    taxes: tuple[TaxRate, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", _dec(self.amount, "amount"))


@dataclass(frozen=True, slots=True)
class Tip:
    """A tip: an amount, or a percentage of the items' net total after discounts. Never taxed."""

    percentage: Decimal | None = None
    amount: Decimal | None = None

    def __post_init__(self) -> None:
        if self.percentage is not None:
            object.__setattr__(self, "percentage", _dec(self.percentage, "percentage"))
        if self.amount is not None:
            object.__setattr__(self, "amount", _dec(self.amount, "amount"))
        _one_of(self.percentage, self.amount, "tip")


@dataclass(frozen=True, slots=True)
class Cart:
    """Everything :func:`~register.pricing.summary.summarize` needs, and nothing else."""

    currency: str
    lines: tuple[Line, ...] = ()
    prices_include_tax: bool = False
    tax_rounding: TaxRounding = TaxRounding.LINE
    custom_sales: tuple[CustomSale, ...] = ()
    cart_discount: CartDiscount | None = None
    fees: tuple[Fee, ...] = ()
    shipping: Shipping | None = None
    tip: Tip | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "currency", self.currency.strip().upper())
        if not isinstance(self.tax_rounding, TaxRounding):
            raise TypeError("tax_rounding must be a TaxRounding member")

    def with_line(self, line: Line) -> Cart:
        """A copy of this cart with ``line`` appended."""
        return Cart(
            currency=self.currency,
            lines=(*self.lines, line),
            prices_include_tax=self.prices_include_tax,
            tax_rounding=self.tax_rounding,
            custom_sales=self.custom_sales,
            cart_discount=self.cart_discount,
            fees=self.fees,
            shipping=self.shipping,
            tip=self.tip,
        )
