"""Objects shared by several resources: addresses, metadata, delete and error bodies."""

from __future__ import annotations

from typing import Any

from ._base import RequestModel, ResponseModel
from ._types import LooseWireInt

__all__ = [
    "Address",
    "AddressParam",
    "DeleteResult",
    "ErrorBody",
    "Metadata",
    "MetadataParam",
]


class AddressParam(RequestModel):
    """A billing or shipping address in a request."""

    first_name: str | None = None
    last_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    """Country as the store writes it (the docs' example is ``"USA"``)."""
    post_code: str | None = None


class Address(ResponseModel):
    """A billing or shipping address in a response."""

    first_name: str | None = None
    last_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    post_code: str | None = None


class MetadataParam(RequestModel):
    """A ``{key, value}`` pair attached to a customer, product or variant."""

    key: str
    value: str


class Metadata(ResponseModel):
    """A ``{key, value}`` pair in a response; the value is kept whatever its JSON type."""

    key: str | None = None
    value: Any = None


class DeleteResult(ResponseModel):
    """The body of a successful DELETE: ``{"statusCode": 200, "message": "..."}``."""

    status_code: LooseWireInt | None = None
    message: str | None = None


class ErrorBody(ResponseModel):
    """A NestJS-style error body: ``{"statusCode": 404, "message": "...", "error": "Not Found"}``."""

    status_code: LooseWireInt | None = None
    message: str | list[str] | None = None
    """The server's message; NestJS validation errors send a list of messages."""
    error: str | None = None
    """The status phrase (``"Bad Request"``, ``"Not Found"``…)."""
