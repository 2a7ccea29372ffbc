"""Order: ``POST /order``, ``GET/PUT/DELETE /order/{id}``, ``GET /orders``."""

from __future__ import annotations

from typing import Any

from ._base import Record, RequestModel
from ._types import DecimalString, LooseDecimalString
from .common import Address, AddressParam
from .order_parts import (
    CartDiscount,
    CartDiscountParam,
    OrderCartFee,
    OrderCartFeeParam,
    OrderCustomSale,
    OrderCustomSaleParam,
    OrderLineItem,
    OrderLineItemParam,
    OrderMetadata,
    OrderMetadataParam,
    OrderNote,
    OrderNoteParam,
    OrderSummary,
    OrderSummaryParam,
    PaymentMethod,
    PaymentMethodParam,
    PosData,
    PosDataParam,
)

__all__ = ["Order", "OrderCreate", "OrderUpdate"]


class OrderUpdate(RequestModel):
    """The body of ``PUT /order/{id}``: every field optional."""

    currency: str | None = None
    """ISO 4217 code (``"USD"``)."""
    receipt_id: str | None = None
    """The register's receipt id, minted locally: the order's idempotent identity."""
    status: str | None = None
    """Free string (``"pending"``, ``"completed"``, ``"parked"``, ``"refunded"``…)."""
    customer_id: str | None = None
    source: str | None = None
    """Free string (``"final"``)."""
    session_id: str | None = None
    balance: DecimalString | None = None
    """Amount still due."""
    external_id: str | None = None
    customer_note: str | None = None
    park_reduce_stock: str | None = None
    """Stock reduction while parked, as a string (``"0"`` = none)."""
    park_expiry_date: str | None = None
    """``"never"`` or a date."""
    signature: str | None = None
    """Customer signature, base64."""
    summary: OrderSummaryParam | None = None
    cart_discount: CartDiscountParam | None = None
    cart_fees: list[OrderCartFeeParam] | None = None
    payment_methods: list[PaymentMethodParam] | None = None
    pos_data: PosDataParam | None = None
    metadata: list[OrderMetadataParam] | None = None
    notes: list[OrderNoteParam] | None = None
    billing: AddressParam | None = None
    shipping: AddressParam | None = None
    line_items: list[OrderLineItemParam] | None = None
    custom_sales: list[OrderCustomSaleParam] | None = None
    refund: str | None = None
    """Typed as a string in the REST docs (command-frame has an array of refunds)."""


class OrderCreate(OrderUpdate):
    """The body of ``POST /order``."""

    receipt_id: str
    status: str
    source: str
    balance: DecimalString
    summary: OrderSummaryParam
    payment_methods: list[PaymentMethodParam]


class Order(Record):
    """An order as the server returns it."""

    currency: str | None = None
    receipt_id: str | None = None
    status: str | None = None
    customer_id: str | None = None
    source: str | None = None
    session_id: str | None = None
    balance: LooseDecimalString | None = None
    external_id: str | None = None
    from_final: bool | None = None
    """Set by the server when the order came from an external system."""
    customer_note: str | None = None
    park_reduce_stock: str | None = None
    park_expiry_date: str | None = None
    signature: str | None = None
    summary: OrderSummary | None = None
    cart_discount: CartDiscount | None = None
    cart_fees: list[OrderCartFee] | None = None
    payment_methods: list[PaymentMethod] | None = None
    pos_data: PosData | None = None
    metadata: list[OrderMetadata] | None = None
    notes: list[OrderNote] | None = None
    billing: Address | None = None
    shipping: Address | None = None
    line_items: list[OrderLineItem] | None = None
    custom_sales: list[OrderCustomSale] | None = None
    refund: str | list[Any] | None = None
    """A string per the REST docs; Final's own code keeps an array of refund records here."""
