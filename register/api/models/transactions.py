"""Transaction (one payment movement): ``POST /transactions``, ``GET /transactions/{id}``."""

from __future__ import annotations

from ._base import Record, RequestModel, ResponseModel
from ._types import DecimalString, LooseDecimalString

__all__ = ["PaymentData", "PaymentDataParam", "Transaction", "TransactionCreate"]


class PaymentDataParam(RequestModel):
    """What the payment processor reported."""

    processor: str | None = None
    """``"stripe"``, ``"cash"``…"""
    processor_transaction_id: str | None = None
    """The processor's id (``"pi_123"``)."""
    device: str | None = None
    processor_data: str | None = None
    """Raw processor data, a JSON document as a string."""
    processor_fee: DecimalString | None = None


class PaymentData(ResponseModel):
    """Processor data, in a response."""

    processor: str | None = None
    processor_transaction_id: str | None = None
    device: str | None = None
    processor_data: str | None = None
    processor_fee: LooseDecimalString | None = None


class TransactionCreate(RequestModel):
    """The body of ``POST /transactions``."""

    external_id: str | None = None
    payment_method: str
    """``"credit_card"``, ``"cash"``…"""
    amount: DecimalString
    currency: str
    type: str
    """``"sale"``, ``"refund"``, or a cash movement type."""
    notes: str | None = None
    employee: str | None = None
    """User id."""
    balance: DecimalString
    """Balance after the transaction."""
    session_id: str
    payment_data: PaymentDataParam | None = None
    order_id: str | None = None
    refund_id: str | None = None
    outlet_id: str | None = None
    receipt_id: str | None = None


class Transaction(Record):
    """A transaction as the server returns it."""

    external_id: str | None = None
    payment_method: str | None = None
    amount: LooseDecimalString | None = None
    currency: str | None = None
    type: str | None = None
    notes: str | None = None
    employee: str | None = None
    balance: LooseDecimalString | None = None
    session_id: str | None = None
    payment_data: PaymentData | None = None
    order_id: str | None = None
    refund_id: str | None = None
    outlet_id: str | None = None
    receipt_id: str | None = None
