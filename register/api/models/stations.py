"""Station (a till): ``POST /station``, ``GET/PUT/DELETE /station/{id}``, ``GET /stations``."""

from __future__ import annotations

from pydantic import StrictBool

from ._base import Record, RequestModel
from ._types import LooseWireInt, WireInt

__all__ = ["Station", "StationCreate", "StationUpdate"]


class StationUpdate(RequestModel):
    """The body of ``PUT /station/{id}``: every field optional."""

    name: str | None = None
    outlet_id: str | None = None
    """The outlet the station belongs to."""
    status: str | None = None
    """Free string; the docs' example is ``"AVAILABLE"``."""
    device_id: str | None = None
    device_name: str | None = None
    stripe_terminal_id: str | None = None
    """Stripe terminal id (``"tml_…"``)."""
    serial_reader_id: str | None = None
    sequence_number: WireInt | None = None
    is_virtual: StrictBool | None = None


class StationCreate(StationUpdate):
    """The body of ``POST /station``."""

    name: str
    outlet_id: str
    status: str


class Station(Record):
    """A station as the server returns it."""

    name: str | None = None
    outlet_id: str | None = None
    status: str | None = None
    device_id: str | None = None
    device_name: str | None = None
    stripe_terminal_id: str | None = None
    serial_reader_id: str | None = None
    sequence_number: LooseWireInt | None = None
    is_virtual: bool | None = None
