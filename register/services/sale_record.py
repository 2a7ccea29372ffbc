"""The sale as the register keeps it: typed records (Decimals, never wire strings) of a completed sale, a refund
and a cash movement, stored in the ``sales`` table as JSON of their own (money as decimal strings).

Refunds, the X and Z reports, receipts, the orders screen and the stock ledger read these. The Final POS wire
bodies are made from them, and orders read back from Final POS are parsed into them, in one module at the
outbox's edge (:mod:`register.services.wire_bodies`); nothing else knows the wire's field names.

Percentages are percent points (``Decimal(10)`` is 10 %), as a person types them; amounts are in the currency's
units, rounded as the pricing engine rounded them.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Self, TypeVar

ZERO = Decimal(0)
T = TypeVar("T")


class Stored:
    """A record kept in the ``sales`` table: stored as JSON with money as strings, read back as it was."""

    def to_json(self) -> dict[str, Any]:
        """The stored form (money as strings)."""
        return _fields(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        """The record from its stored form."""
        return _decode(cls, data)


@dataclass(frozen=True)
class TaxAmount:
    """One tax rate and what it came to (on a line, a refund line, or the whole sale)."""

    name: str
    rate: Decimal
    """Percent points."""
    amount: Decimal
    id: str | None = None
    priority: int | None = None
    compounding: bool | None = None
    tax_table_id: str | None = None
    tax_table_name: str | None = None

    @property
    def label(self) -> str:
        """``TX State 6.25 %``: how the reports name a rate."""
        return f"{self.name or 'Tax'} {self.rate} %"


@dataclass(frozen=True)
class SaleLine:
    """A line of a sale: a catalog item, or a custom sale (``custom``)."""

    name: str
    quantity: Decimal
    unit_price: Decimal
    total: Decimal
    """After every discount, with its tax where prices exclude tax (what the customer paid for the line)."""
    tax: Decimal
    taxes: tuple[TaxAmount, ...] = ()
    product_id: str | None = None
    variant_id: str | None = None
    sku: str | None = None
    custom: bool = False
    custom_sale_id: str | None = None
    apply_taxes: bool | None = None
    """A custom sale: whether the store's default rates apply."""
    cart_discount: Decimal | None = None
    """A custom sale's share of the cart discount (a catalog line's share is in its total)."""
    amount: Decimal | None = None
    """The line's price (``unit_price × quantity``) as its receipt row shows it; None when not known (an order
    sold elsewhere, or recorded before the register kept it): its receipt then shows the line net of discounts."""
    discount: Decimal | None = None
    """The line discount, a positive amount taken off ``amount`` (None: not known)."""
    discount_percentage: Decimal | None = None
    original_price: Decimal | None = None
    """The unit price before a manager's override."""

    def net(self, tax_inclusive: bool) -> Decimal:
        """The line after every discount, without its tax where prices exclude tax."""
        return self.total if tax_inclusive else self.total - self.tax


@dataclass(frozen=True)
class CartDiscount:
    """The discount on the whole cart, spread over its lines."""

    label: str
    amount: Decimal
    percentage: Decimal | None = None


@dataclass(frozen=True)
class Fee:
    """A fee on the cart (net; a negative one is a discount), taxed on top."""

    label: str
    amount: Decimal
    tax: Decimal
    id: str | None = None
    percentage: Decimal | None = None
    tax_name: str | None = None
    tax_table_id: str | None = None


@dataclass(frozen=True)
class Tender:
    """A payment of a sale."""

    transaction_id: str
    method: str
    """The payment type (:mod:`register.services.payments`)."""
    amount: Decimal
    """What it paid of the sale (cash: without the change)."""
    change: Decimal = ZERO
    cash_rounding: Decimal = ZERO
    """Signed: what cash rounding added to (or took off) the amount due."""
    reference: str | None = None
    """A card terminal's reference (approval and masked number), or another payment's."""


@dataclass(frozen=True)
class SaleRecord(Stored):
    """A completed sale (this station's, or one read back from Final POS)."""

    local_id: str
    receipt_id: str
    currency: str
    created_at: str
    session_local_id: str | None = None
    outlet_id: str | None = None
    station_id: str | None = None
    status: str = "completed"
    cashier: str = ""
    employee: str | None = None
    """The cashier's id (the API's ``employee``)."""
    customer_id: str | None = None
    customer_name: str | None = None
    tax_inclusive: bool = False
    lines: tuple[SaleLine, ...] = ()
    """Catalog lines first, then custom sales: a refund's line index counts in this order."""
    cart_discount: CartDiscount | None = None
    fees: tuple[Fee, ...] = ()
    taxes: tuple[TaxAmount, ...] = ()
    subtotal: Decimal = ZERO
    discount_total: Decimal = ZERO
    shipping_total: Decimal = ZERO
    total_taxes: Decimal = ZERO
    total: Decimal = ZERO
    tip: Decimal | None = None
    tip_percentage: Decimal | None = None
    tenders: tuple[Tender, ...] = ()
    notes: tuple[str, ...] = ()
    """The cart's note, then ``<line name>: <note>`` of each line with one."""

    @property
    def change(self) -> Decimal:
        """The change handed back."""
        return sum((t.change for t in self.tenders), ZERO)

    @property
    def cash_rounding(self) -> Decimal:
        """Signed: what cash rounding added to (or took off) what the customer paid."""
        return sum((t.cash_rounding for t in self.tenders), ZERO)

    @property
    def with_line_figures(self) -> bool:
        """Every line's price and discount are known (the receipt can show them)."""
        return bool(self.lines) and all(x.amount is not None for x in self.lines)



@dataclass(frozen=True)
class RefundLine:
    """What came back of one line of the sale."""

    line_index: int
    """The line's index in :attr:`SaleRecord.lines`."""
    name: str
    quantity: Decimal
    unit_price: Decimal
    total: Decimal
    taxes: tuple[TaxAmount, ...] = ()
    product_id: str | None = None
    variant_id: str | None = None

    @property
    def tax(self) -> Decimal:
        """The tax refunded with the line."""
        return sum((t.amount for t in self.taxes), ZERO)


@dataclass(frozen=True)
class RefundTender:
    """Money going back: to a tender of the sale (``transaction_id``), or in cash."""

    method: str
    amount: Decimal
    transaction_id: str | None = None


@dataclass(frozen=True)
class RefundRecord(Stored):
    """A refund made on this station against a sale (this station's or another till's)."""

    local_id: str
    order_local_id: str
    """The sale's local id, or its Final POS id when it was sold elsewhere (``order_remote``)."""
    order_receipt_id: str
    """The receipt of the sale it gives back."""
    currency: str
    created_at: str
    session_local_id: str
    order_remote: bool = False
    cashier: str = ""
    employee: str | None = None
    reason: str = ""
    lines: tuple[RefundLine, ...] = ()
    taxes: tuple[TaxAmount, ...] = ()
    subtotal: Decimal = ZERO
    total_taxes: Decimal = ZERO
    total: Decimal = ZERO
    tenders: tuple[RefundTender, ...] = ()



@dataclass(frozen=True)
class CashMovement(Stored):
    """Cash put into (``cash_in``) or taken out of (``cash_out``) the drawer."""

    local_id: str
    kind: str
    amount: Decimal
    reason: str
    created_at: str
    session_local_id: str



Record = SaleRecord | RefundRecord | CashMovement
"""What a row of the ``sales`` table holds."""


def record_from_json(kind: str, data: dict[str, Any]) -> Record:
    """The record of a ``sales`` row of ``kind`` (``order``, ``refund``, ``cash_in``, ``cash_out``)."""
    cls: type[Record] = {"order": SaleRecord, "refund": RefundRecord}.get(kind, CashMovement)
    return cls.from_json(data)


# the stored form: each field under its own name; Decimals as strings, nested records as objects ----------------
def _fields(record: Any) -> dict[str, Any]:
    return {f.name: _encode(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _fields(value)
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


def _decode(cls: type[T], data: dict[str, Any]) -> T:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: _value(hints[k], v) for k, v in data.items() if k in names})


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if isinstance(hint, types.UnionType) and len(args) == 1:
        return _value(args[0], value)
    if typing.get_origin(hint) is tuple:
        return tuple(_value(args[0], v) for v in value)
    if hint is Decimal:
        return Decimal(str(value))
    if dataclasses.is_dataclass(hint):
        return _decode(hint, value)  # type: ignore[arg-type]
    return value
