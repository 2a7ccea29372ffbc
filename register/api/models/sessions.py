"""Session (a cash-register shift): ``POST /session``, ``GET/PUT/DELETE /session/{id}``; no list."""

from __future__ import annotations

from ._base import Record, RequestModel, ResponseModel
from ._types import DecimalString, LooseDecimalString

__all__ = [
    "ClosingAmounts",
    "ClosingAmountsParam",
    "Session",
    "SessionCreate",
    "SessionUpdate",
]


class ClosingAmountsParam(RequestModel):
    """Counted amounts per payment method when a session closes (decimal strings)."""

    cash: DecimalString | None = None
    card: DecimalString | None = None
    oliver_pay: DecimalString | None = None
    """Oliver Pay (legacy Stripe-backed) total."""


class ClosingAmounts(ResponseModel):
    """Closing amounts per payment method in a response."""

    cash: LooseDecimalString | None = None
    card: LooseDecimalString | None = None
    oliver_pay: LooseDecimalString | None = None


class SessionUpdate(RequestModel):
    """The body of ``PUT /session/{id}`` (closing a session): every field optional."""

    station_id: str | None = None
    session_number: str | None = None
    """Human session number (``"S-2025-001"``)."""
    opened_by: str | None = None
    """Name of the user who opened the session."""
    closed_by: str | None = None
    """Name of the user who closed the session; absent while the session is open."""
    open_time: str | None = None
    """ISO date-time, kept as sent."""
    close_time: str | None = None
    """ISO date-time, kept as sent; absent while the session is open."""
    opening_amount: DecimalString | None = None
    """Opening cash float."""
    closing_amount: DecimalString | None = None
    closing_report_data: str | None = None
    """A JSON document, as a string (``"{}"``)."""
    notes: list[str] | None = None
    closing_amounts: ClosingAmountsParam | None = None
    closing_note: str | None = None
    opening_note: str | None = None


class SessionCreate(SessionUpdate):
    """The body of ``POST /session`` (opening a session)."""

    station_id: str
    session_number: str
    opened_by: str
    open_time: str
    opening_amount: DecimalString
    notes: list[str]
    closing_amounts: ClosingAmountsParam
    opening_note: str


class Session(Record):
    """A session as the server returns it."""

    station_id: str | None = None
    session_number: str | None = None
    opened_by: str | None = None
    closed_by: str | None = None
    open_time: str | None = None
    close_time: str | None = None
    opening_amount: LooseDecimalString | None = None
    closing_amount: LooseDecimalString | None = None
    closing_report_data: str | None = None
    notes: list[str] | None = None
    closing_amounts: ClosingAmounts | None = None
    closing_note: str | None = None
    opening_note: str | None = None
