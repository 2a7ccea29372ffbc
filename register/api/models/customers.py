"""Customer: ``POST /customer``, ``GET/PUT/DELETE /customer/{id}``, ``GET /customers``."""

from __future__ import annotations

from ._base import Record, RequestModel, ResponseModel
from ._types import DecimalString, LooseDecimalString
from .common import Address, AddressParam, Metadata, MetadataParam

__all__ = [
    "Customer",
    "CustomerCreate",
    "CustomerNote",
    "CustomerNoteParam",
    "CustomerUpdate",
]


class CustomerNoteParam(RequestModel):
    """A dated note on a customer."""

    created_at: str | None = None
    message: str | None = None


class CustomerNote(ResponseModel):
    """A dated note on a customer, in a response."""

    created_at: str | None = None
    message: str | None = None


class CustomerUpdate(RequestModel):
    """The body of ``PUT /customer/{id}``: every field optional."""

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    outlet_id: str | None = None
    external_id: str | None = None
    """Id in an external system; setting it makes the server set ``fromFinal``."""
    phone: str | None = None
    total_spent: DecimalString | None = None
    """Lifetime spend (decimal string)."""
    last_action: str | None = None
    """ISO date-time of the customer's last action."""
    tags: list[str] | None = None
    billing: AddressParam | None = None
    shipping: AddressParam | None = None
    metadata: list[MetadataParam] | None = None
    notes: list[CustomerNoteParam] | None = None


class CustomerCreate(CustomerUpdate):
    """The body of ``POST /customer``."""

    email: str
    first_name: str
    last_name: str


class Customer(Record):
    """A customer as the server returns it."""

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    from_final: bool | None = None
    """Set by the server when the customer came from an external system."""
    outlet_id: str | None = None
    external_id: str | None = None
    phone: str | None = None
    total_spent: LooseDecimalString | None = None
    last_action: str | None = None
    tags: list[str] | None = None
    billing: Address | None = None
    shipping: Address | None = None
    metadata: list[Metadata] | None = None
    notes: list[CustomerNote] | None = None
