"""Product: ``POST /product``, ``GET/PUT/DELETE /product/{id}``, ``GET /products``."""

from __future__ import annotations

from ._base import Record, RequestModel, ResponseModel
from ._types import DecimalNumber, LooseDecimalNumber
from .common import Metadata, MetadataParam

__all__ = [
    "Product",
    "ProductAttribute",
    "ProductAttributeParam",
    "ProductCreate",
    "ProductUpdate",
]


class ProductAttributeParam(RequestModel):
    """An attribute of a variable product and its possible values (``Size: S, M, L``)."""

    name: str | None = None
    values: list[str] | None = None


class ProductAttribute(ResponseModel):
    """A product attribute in a response."""

    name: str | None = None
    values: list[str] | None = None


class ProductUpdate(RequestModel):
    """The body of ``PUT /product/{id}``: every field optional."""

    name: str | None = None
    product_type: str | None = None
    """Free string; the docs' example is ``"Beverages"``, command-frame uses ``simple|variable``."""
    external_id: str | None = None
    description: str | None = None
    short_description: str | None = None
    sku: str | None = None
    images: list[str] | None = None
    tags: list[str] | None = None
    status: str | None = None
    """Free string (``"draft"``)."""
    source: str | None = None
    """Free string (``"woo-commerce"``)."""
    min_price: DecimalNumber | None = None
    """Lowest variant price (a JSON number)."""
    max_price: DecimalNumber | None = None
    """Highest variant price (a JSON number)."""
    supplier: str | None = None
    tax_table: str | None = None
    """Id of the product's tax table (tax class)."""
    categories: list[str] | None = None
    """Category ids."""
    outlets: list[str] | None = None
    """Outlet ids."""
    metadata: list[MetadataParam] | None = None
    attributes: list[ProductAttributeParam] | None = None


class ProductCreate(ProductUpdate):
    """The body of ``POST /product``."""

    name: str
    product_type: str


class Product(Record):
    """A product as the server returns it."""

    name: str | None = None
    product_type: str | None = None
    external_id: str | None = None
    description: str | None = None
    short_description: str | None = None
    sku: str | None = None
    images: list[str] | None = None
    tags: list[str] | None = None
    status: str | None = None
    source: str | None = None
    min_price: LooseDecimalNumber | None = None
    max_price: LooseDecimalNumber | None = None
    supplier: str | None = None
    tax_table: str | None = None
    categories: list[str] | None = None
    outlets: list[str] | None = None
    metadata: list[Metadata] | None = None
    attributes: list[ProductAttribute] | None = None
    from_final: bool | None = None
    """Set by the server ("created from Oliver")."""
