"""The parts of an order: taxes, summary, discounts, fees, line items, custom sales, payments.

Each part exists twice: ``XParam`` for a request (unknown fields refused, money strictly decimal
strings) and ``X`` for a response (unknown fields kept, money from strings or numbers). Percentages
are kept as sent (percent points in the docs' examples, see docs/architecture.md).
"""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field, StrictBool

from ._base import RequestModel, ResponseModel
from ._types import (
    DecimalNumber,
    DecimalString,
    LooseDecimalNumber,
    LooseDecimalString,
    LooseWireInt,
    WireInt,
)

__all__ = [
    "CartDiscount",
    "CartDiscountParam",
    "LineCartDiscount",
    "LineCartDiscountParam",
    "LineDiscount",
    "LineDiscountParam",
    "OrderCartFee",
    "OrderCartFeeParam",
    "OrderCustomSale",
    "OrderCustomSaleParam",
    "OrderLineItem",
    "OrderLineItemParam",
    "OrderMetadata",
    "OrderMetadataParam",
    "OrderNote",
    "OrderNoteParam",
    "OrderSummary",
    "OrderSummaryParam",
    "OrderTax",
    "OrderTaxParam",
    "PaymentMethod",
    "PaymentMethodParam",
    "PaymentTip",
    "PaymentTipParam",
    "PosData",
    "PosDataParam",
    "Tip",
    "TipParam",
]


# taxes and summary ---------------------------------------------------------------------------
class OrderTaxParam(RequestModel):
    """One tax applied to an order or a line (OrderTaxDto)."""

    name: str
    tax_table_id: str | None = None
    tax_table_name: str | None = None
    id: str | None = None
    """Id of the tax rate."""
    percentage: DecimalNumber
    """Rate as sent (percent points in the docs' examples: ``10`` = 10 %)."""
    amount: DecimalString
    compounding: StrictBool | None = None
    """True when the rate compounds on top of earlier taxes."""
    priority: WireInt | None = None
    """Application order; lower numbers apply first."""
    mongo_id: str | None = Field(default=None, alias="_id")
    """The documented ``_id`` field (a storage id, distinct from ``id``)."""


class OrderTax(ResponseModel):
    """One tax of an order or line, in a response."""

    name: str | None = None
    tax_table_id: str | None = None
    tax_table_name: str | None = None
    id: str | None = None
    percentage: LooseDecimalNumber | None = None
    amount: LooseDecimalString | None = None
    compounding: bool | None = None
    priority: LooseWireInt | None = None
    mongo_id: str | None = Field(default=None, alias="_id")
    """The documented ``_id`` field (a storage id, distinct from ``id``)."""


class TipParam(RequestModel):
    """The order's tip."""

    percentage: DecimalNumber | None = None
    amount: DecimalString | None = None


class Tip(ResponseModel):
    """The order's tip, in a response."""

    percentage: LooseDecimalNumber | None = None
    amount: LooseDecimalString | None = None


class OrderSummaryParam(RequestModel):
    """The order's totals, computed by the register."""

    discount_total: DecimalString
    shipping_total: DecimalString | None = None
    total: DecimalString
    total_taxes: DecimalString
    is_tax_inclusive: StrictBool
    """True when prices include tax."""
    sub_total: DecimalString
    taxes: list[OrderTaxParam]
    tip: TipParam | None = None


class OrderSummary(ResponseModel):
    """The order's totals, in a response."""

    discount_total: LooseDecimalString | None = None
    shipping_total: LooseDecimalString | None = None
    total: LooseDecimalString | None = None
    total_taxes: LooseDecimalString | None = None
    is_tax_inclusive: bool | None = None
    sub_total: LooseDecimalString | None = None
    taxes: list[OrderTax] | None = None
    tip: Tip | None = None


# discounts and fees --------------------------------------------------------------------------
class CartDiscountParam(RequestModel):
    """A discount on the whole cart."""

    label: str | None = None
    amount: DecimalString | None = None
    percentage: DecimalNumber | None = None


class CartDiscount(ResponseModel):
    """A cart discount, in a response."""

    label: str | None = None
    amount: LooseDecimalString | None = None
    percentage: LooseDecimalNumber | None = None


class LineCartDiscountParam(RequestModel):
    """The share of the cart discount that falls on one line."""

    percentage: DecimalNumber | None = None
    amount: DecimalString | None = None


class LineCartDiscount(ResponseModel):
    """A line's share of the cart discount, in a response."""

    percentage: LooseDecimalNumber | None = None
    amount: LooseDecimalString | None = None


class LineDiscountParam(RequestModel):
    """A line's discounts (``discount.cartDiscount``) on custom sales and refund lines."""

    cart_discount: LineCartDiscountParam | None = None


class LineDiscount(ResponseModel):
    """A line's discounts, in a response."""

    cart_discount: LineCartDiscount | None = None


class OrderCartFeeParam(RequestModel):
    """A fee on the whole cart (OrderCartFeeDto)."""

    id: str | None = None
    label: str | None = None
    amount: DecimalString | None = None
    percentage: DecimalNumber | None = None
    tax_name: str | None = None
    tax_table_id: str | None = None
    tax: DecimalString | None = None
    """Tax on the fee."""


class OrderCartFee(ResponseModel):
    """A cart fee, in a response."""

    id: str | None = None
    label: str | None = None
    amount: LooseDecimalString | None = None
    percentage: LooseDecimalNumber | None = None
    tax_name: str | None = None
    tax_table_id: str | None = None
    tax: LooseDecimalString | None = None


# context, metadata, notes --------------------------------------------------------------------
class PosDataParam(RequestModel):
    """Where the sale happened: outlet, station and employee ids."""

    outlet: str | None = None
    station: str | None = None
    employee: str | None = None


class PosData(ResponseModel):
    """Where the sale happened, in a response (Final's own orders carry the employee as an object)."""

    outlet: str | dict[str, Any] | None = None
    station: str | dict[str, Any] | None = None
    employee: str | dict[str, Any] | None = None


class OrderMetadataParam(RequestModel):
    """A ``{key, value, externalId}`` entry on an order (MetadataDto)."""

    key: str | None = None
    value: str | None = None
    external_id: str | None = None


class OrderMetadata(ResponseModel):
    """An order metadata entry, in a response."""

    key: str | None = None
    value: Any = None
    external_id: str | None = None


class OrderNoteParam(RequestModel):
    """A note on an order (OrderNoteDto)."""

    author: str | None = None
    note: str | None = None
    added_by_user: StrictBool | None = None
    date_created: str | None = None
    external_id: str | None = None
    customer_note: StrictBool | None = None
    """True when the note is visible to the customer."""


class OrderNote(ResponseModel):
    """An order note, in a response."""

    author: str | None = None
    note: str | None = None
    added_by_user: bool | None = None
    date_created: str | None = None
    external_id: str | None = None
    customer_note: bool | None = None


# lines ---------------------------------------------------------------------------------------
class OrderLineItemParam(RequestModel):
    """A catalog line of the order (OrderLineItemDto)."""

    product_id: str | None = None
    variant_id: str | None = None
    name: str | None = None
    quantity: DecimalNumber | None = None
    manage_stock: StrictBool | None = None
    price: DecimalString | None = None
    """Unit price."""
    description: str | None = None
    sku: str | None = None
    total_tax: DecimalString | None = None
    total: DecimalString | None = None
    taxes: list[OrderTaxParam] | None = None


class OrderLineItem(ResponseModel):
    """A catalog line, in a response."""

    product_id: str | None = None
    variant_id: str | None = None
    name: str | None = None
    quantity: LooseDecimalNumber | None = None
    manage_stock: bool | None = None
    price: LooseDecimalString | None = None
    description: str | None = None
    sku: str | None = None
    total_tax: LooseDecimalString | None = None
    total: LooseDecimalString | None = None
    taxes: list[OrderTax] | None = None


class OrderCustomSaleParam(RequestModel):
    """An open-price line that is not in the catalog (OrderCustomSaleDto)."""

    custom_sale_id: str | None = None
    name: str | None = None
    apply_taxes: StrictBool | None = None
    quantity: DecimalNumber | None = None
    price: DecimalString | None = None
    total_tax: DecimalString | None = None
    total: DecimalString | None = None
    discount: LineDiscountParam | None = None


class OrderCustomSale(ResponseModel):
    """A custom sale, in a response."""

    custom_sale_id: str | None = None
    name: str | None = None
    apply_taxes: bool | None = None
    quantity: LooseDecimalNumber | None = None
    price: LooseDecimalString | None = None
    total_tax: LooseDecimalString | None = None
    total: LooseDecimalString | None = None
    discount: LineDiscount | None = None


# payments (CONTRACT.md §3: the REST docs leave the schema empty, ``[{}]``) ---------------------
class PaymentTipParam(RequestModel):
    """A tip taken inside one payment."""

    model_config = ConfigDict(extra="allow")

    amount: DecimalString | None = None
    tip_to: str | None = None
    """Who receives the tip."""
    percentage: DecimalNumber | None = None


class PaymentTip(ResponseModel):
    """A tip inside one payment, in a response."""

    amount: LooseDecimalString | None = None
    tip_to: str | None = None
    percentage: LooseDecimalNumber | None = None


class PaymentMethodParam(RequestModel):
    """One tender of the order. Every field optional and unknown fields kept: the schema is undocumented."""

    model_config = ConfigDict(extra="allow")

    transaction_id: str | None = None
    """Links the payment to a Transaction record."""
    payment_type: str | None = None
    """``cash``, ``credit_card``…"""
    amount: DecimalString | None = None
    timestamp: str | None = None
    processor: str | None = None
    """``cash``, ``stripe``…"""
    sale_id: str | None = None
    change: DecimalString | None = None
    """Change given back (cash)."""
    tip: PaymentTipParam | None = None
    cash_rounding: DecimalString | None = None
    """Signed cash-rounding delta (rounded minus amount)."""
    emv: str | None = None
    processor_fee: DecimalString | None = None


class PaymentMethod(ResponseModel):
    """One tender of the order, in a response."""

    transaction_id: str | None = None
    payment_type: str | None = None
    amount: LooseDecimalString | None = None
    timestamp: str | None = None
    processor: str | None = None
    sale_id: str | None = None
    change: LooseDecimalString | None = None
    tip: PaymentTip | None = None
    cash_rounding: LooseDecimalString | None = None
    emv: str | None = None
    processor_fee: LooseDecimalString | None = None
