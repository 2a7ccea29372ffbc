"""Base classes of the wire models: camelCase aliases, strict requests, tolerant responses."""

from __future__ import annotations

from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

__all__ = ["Record", "RequestModel", "ResponseModel", "WireModel"]


class WireModel(BaseModel):
    """A Final POS JSON object: snake_case in Python, camelCase on the wire."""

    # Validators are built at a model's first use, not at import (ninety models took a third of a second of the
    # register's start); the fields' docstrings stay documentation (reading them from the source at import
    # cost a tenth more).
    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        serialize_by_alias=True,
        defer_build=True,
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON-ready body: camelCase keys, only the fields that were set, money as on the wire."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


class RequestModel(WireModel):
    """A body the register sends: unknown fields are refused, required fields are as documented."""

    model_config = ConfigDict(extra="forbid")


class ResponseModel(WireModel):
    """A body the server sends: unknown fields are kept (and round-trip), every field is optional."""

    model_config = ConfigDict(extra="allow")


class Record(ResponseModel):
    """A stored resource: the base fields every response carries (CONTRACT.md §1)."""

    id: str | None = Field(default=None, validation_alias=AliasChoices("id", "_id"), serialization_alias="id")
    """The record's id (a Mongo ObjectId string); ``_id`` is accepted too."""
    created_at: str | None = None
    """ISO date-time of creation, kept as sent (``"2025-12-07T19:31:48.436+00:00"``)."""
    updated_at: str | None = None
    """ISO date-time of the last update, kept as sent."""
    company_id: str | None = None
    """The company that owns the record."""
