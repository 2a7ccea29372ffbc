"""Outlet (a shop): ``POST /outlet``, ``GET/PUT /outlet/{id}``, ``GET /outlets``."""

from __future__ import annotations

from ._base import Record, RequestModel, ResponseModel
from ._types import LooseWireInt

__all__ = ["Outlet", "OutletCreate", "OutletStripe", "OutletStripeParam", "OutletUpdate"]


class OutletStripeParam(RequestModel):
    """The outlet's Stripe settings."""

    location_id: str | None = None


class OutletStripe(ResponseModel):
    """The outlet's Stripe settings, in a response."""

    location_id: str | None = None


class OutletUpdate(RequestModel):
    """The body of ``PUT /outlet/{id}``: every field optional."""

    name: str | None = None
    address: str | None = None
    """First address line; taxes are matched to the outlet's address."""
    city: str | None = None
    state: str | None = None
    country: str | None = None
    """Country code (``"US"``)."""
    post_code: str | None = None
    phone: str | None = None
    address2: str | None = None
    alias: str | None = None
    stations: list[str] | None = None
    """Station ids."""
    stripe_account_id: str | None = None
    stripe: OutletStripeParam | None = None
    tax_id: str | None = None


class OutletCreate(OutletUpdate):
    """The body of ``POST /outlet``."""

    name: str
    address: str
    city: str
    state: str
    country: str
    post_code: str
    phone: str


class Outlet(Record):
    """An outlet as the server returns it."""

    name: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    post_code: str | None = None
    phone: str | None = None
    address2: str | None = None
    alias: str | None = None
    stations: list[str] | None = None
    stripe_account_id: str | None = None
    stripe: OutletStripe | None = None
    tax_id: str | None = None
    sequence_number: LooseWireInt | None = None
    """Assigned by the server."""
