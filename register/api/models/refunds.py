"""Refund: ``POST /refunds``, ``GET/PUT /refunds/{id}``."""

from __future__ import annotations

from ._base import Record, RequestModel, ResponseModel
from ._types import DecimalNumber, DecimalString, LooseDecimalNumber, LooseDecimalString
from .order_parts import LineDiscount, LineDiscountParam

__all__ = [
    "Refund",
    "RefundCreate",
    "RefundLineItem",
    "RefundLineItemParam",
    "RefundPayment",
    "RefundPaymentParam",
    "RefundSummary",
    "RefundSummaryParam",
    "RefundTax",
    "RefundTaxParam",
    "RefundUpdate",
]


class RefundTaxParam(RequestModel):
    """A tax given back on a refunded line (RefundsTaxDto)."""

    name: str
    amount: DecimalString
    percentage: DecimalNumber


class RefundTax(ResponseModel):
    """A refunded tax, in a response."""

    name: str | None = None
    amount: LooseDecimalString | None = None
    percentage: LooseDecimalNumber | None = None


class RefundLineItemParam(RequestModel):
    """A refunded line (RefundsLineItemDto)."""

    name: str | None = None
    quantity: DecimalNumber | None = None
    price: DecimalString | None = None
    total: DecimalString | None = None
    product_id: str | None = None
    variant_id: str | None = None
    taxes: list[RefundTaxParam] | None = None
    discount: LineDiscountParam | None = None


class RefundLineItem(ResponseModel):
    """A refunded line, in a response."""

    name: str | None = None
    quantity: LooseDecimalNumber | None = None
    price: LooseDecimalString | None = None
    total: LooseDecimalString | None = None
    product_id: str | None = None
    variant_id: str | None = None
    taxes: list[RefundTax] | None = None
    discount: LineDiscount | None = None


class RefundSummaryParam(RequestModel):
    """The refund's totals."""

    total: DecimalString | None = None
    sub_total: DecimalString | None = None
    total_taxes: DecimalString | None = None
    taxes: list[RefundTaxParam] | None = None


class RefundSummary(ResponseModel):
    """The refund's totals, in a response."""

    total: LooseDecimalString | None = None
    sub_total: LooseDecimalString | None = None
    total_taxes: LooseDecimalString | None = None
    taxes: list[RefundTax] | None = None


class RefundPaymentParam(RequestModel):
    """Money given back through one tender."""

    payment_type: str | None = None
    """``"credit_card"``, ``"cash"``…"""
    amount: DecimalString | None = None
    transaction_id: str | None = None


class RefundPayment(ResponseModel):
    """A refund payment, in a response."""

    payment_type: str | None = None
    amount: LooseDecimalString | None = None
    transaction_id: str | None = None


class RefundUpdate(RequestModel):
    """The body of ``PUT /refunds/{id}``: every field optional."""

    order_id: str | None = None
    session_id: str | None = None
    external_id: str | None = None
    currency: str | None = None
    line_items: list[RefundLineItemParam] | None = None
    reason: str | None = None
    refunded_by: str | None = None
    """User id."""
    refunded_by_external_id: str | None = None
    summary: RefundSummaryParam | None = None
    payment: list[RefundPaymentParam] | None = None
    balance: DecimalString | None = None


class RefundCreate(RefundUpdate):
    """The body of ``POST /refunds``."""

    order_id: str
    line_items: list[RefundLineItemParam]


class Refund(Record):
    """A refund as the server returns it."""

    order_id: str | None = None
    session_id: str | None = None
    external_id: str | None = None
    currency: str | None = None
    line_items: list[RefundLineItem] | None = None
    reason: str | None = None
    refunded_by: str | None = None
    refunded_by_external_id: str | None = None
    summary: RefundSummary | None = None
    payment: list[RefundPayment] | None = None
    balance: LooseDecimalString | None = None
    from_final: bool | None = None
