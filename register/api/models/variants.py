"""Variant: ``POST /variant``, ``GET/PUT/DELETE /variant/{id}``, ``GET /variants``."""

from __future__ import annotations

from pydantic import StrictBool

from ._base import Record, RequestModel, ResponseModel
from ._types import DecimalNumber, LooseDecimalNumber
from .common import Metadata, MetadataParam

__all__ = [
    "Variant",
    "VariantAttribute",
    "VariantAttributeParam",
    "VariantCreate",
    "VariantInventory",
    "VariantInventoryParam",
    "VariantUpdate",
]


class VariantAttributeParam(RequestModel):
    """One attribute value of a variant (``Size: M``)."""

    name: str | None = None
    value: str | None = None


class VariantAttribute(ResponseModel):
    """A variant attribute in a response."""

    name: str | None = None
    value: str | None = None


class VariantInventoryParam(RequestModel):
    """Stock of a variant at one outlet."""

    stock: DecimalNumber | None = None
    outlet_id: str | None = None


class VariantInventory(ResponseModel):
    """Stock at one outlet, in a response (command-frame adds ``warehouse`` and ``_id``)."""

    stock: LooseDecimalNumber | None = None
    outlet_id: str | None = None


class VariantUpdate(RequestModel):
    """The body of ``PUT /variant/{id}``: every field optional."""

    product_id: str | None = None
    manage_stock: StrictBool | None = None
    sku: str | None = None
    is_on_sale: StrictBool | None = None
    barcode: str | None = None
    price: DecimalNumber | None = None
    """Regular price (a JSON number)."""
    sale_price: DecimalNumber | None = None
    """Price while ``isOnSale`` (a JSON number)."""
    external_id: str | None = None
    allow_backorder: StrictBool | None = None
    cost_price: DecimalNumber | None = None
    images: list[str] | None = None
    metadata: list[MetadataParam] | None = None
    attributes: list[VariantAttributeParam] | None = None
    inventory: list[VariantInventoryParam] | None = None


class VariantCreate(VariantUpdate):
    """The body of ``POST /variant`` (the docs mark no field required)."""


class Variant(Record):
    """A variant as the server returns it."""

    product_id: str | None = None
    manage_stock: bool | None = None
    sku: str | None = None
    is_on_sale: bool | None = None
    barcode: str | None = None
    price: LooseDecimalNumber | None = None
    sale_price: LooseDecimalNumber | None = None
    external_id: str | None = None
    allow_backorder: bool | None = None
    cost_price: LooseDecimalNumber | None = None
    images: list[str] | None = None
    metadata: list[Metadata] | None = None
    attributes: list[VariantAttribute] | None = None
    inventory: list[VariantInventory] | None = None
