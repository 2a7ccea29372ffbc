"""Category: ``POST /category``, ``GET/PUT/DELETE /category/{id}``, ``GET /categories``."""

from __future__ import annotations

from ._base import Record, RequestModel
from ._types import LooseWireInt, WireInt

__all__ = ["Category", "CategoryCreate", "CategoryUpdate"]


class CategoryUpdate(RequestModel):
    """The body of ``PUT /category/{id}``: every field optional."""

    name: str | None = None
    description: str | None = None
    image: str | None = None
    """Image URL."""
    external_id: str | None = None
    parent_id: str | None = None
    """Id of the parent category."""
    menu_order: WireInt | None = None
    """Position in menus."""
    source: str | None = None
    """Where the category came from (``"manual"``)."""


class CategoryCreate(CategoryUpdate):
    """The body of ``POST /category``."""

    name: str
    description: str


class Category(Record):
    """A category as the server returns it."""

    name: str | None = None
    description: str | None = None
    image: str | None = None
    external_id: str | None = None
    parent_id: str | None = None
    menu_order: LooseWireInt | None = None
    source: str | None = None
