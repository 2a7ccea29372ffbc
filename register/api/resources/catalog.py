"""The catalog and the shop floor: outlets, stations, categories, products, variants."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping
from typing import Any

from .._constants import DEFAULT_PAGE_LIMIT
from ..models import (
    Category,
    CategoryCreate,
    CategoryUpdate,
    DeleteResult,
    Outlet,
    Product,
    Station,
    StationCreate,
    StationUpdate,
    Variant,
)
from ._base import Resource

__all__ = ["Categories", "Outlets", "Products", "Stations", "Variants"]


class Outlets(Resource):
    """``/v1/api/outlet/{id}``, ``/v1/api/outlets``."""

    _one = "outlet"
    _many = "outlets"

    async def get(self, outlet_id: str) -> Outlet:
        """The outlet with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(outlet_id, Outlet)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Outlet]:
        """One page of outlets (``skip`` records skipped, at most ``limit``)."""
        return await self._list(Outlet, skip, limit)

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[Outlet]:
        """Every outlet, page by page, until a page comes back shorter than ``page_size``."""
        return self._iter_all(Outlet, page_size)

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Outlet]:
        """Every outlet, as one list."""
        return await self._list_all(Outlet, page_size)


class Stations(Resource):
    """``/v1/api/station[/{id}]``, ``/v1/api/stations``."""

    _one = "station"
    _many = "stations"

    async def create(self, body: StationCreate | Mapping[str, Any], *, idempotency_key: str | None = None) -> Station:
        """Create a station (POST); retried only with an ``idempotency_key``."""
        return await self._create(StationCreate, body, Station, idempotency_key)

    async def get(self, station_id: str) -> Station:
        """The station with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(station_id, Station)

    async def update(
        self, station_id: str, body: StationUpdate | Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Station:
        """Update a station (PUT) with the fields set in ``body``; retried only with an ``idempotency_key``."""
        return await self._update(station_id, StationUpdate, body, Station, idempotency_key)

    async def delete(self, station_id: str, *, idempotency_key: str | None = None) -> DeleteResult:
        """Delete a station; retried only with an ``idempotency_key``."""
        return await self._delete(station_id, idempotency_key)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Station]:
        """One page of stations (``skip`` records skipped, at most ``limit``)."""
        return await self._list(Station, skip, limit)

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[Station]:
        """Every station, page by page, until a page comes back shorter than ``page_size``."""
        return self._iter_all(Station, page_size)

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Station]:
        """Every station, as one list."""
        return await self._list_all(Station, page_size)


class Categories(Resource):
    """``/v1/api/category[/{id}]``, ``/v1/api/categories``."""

    _one = "category"
    _many = "categories"

    async def create(self, body: CategoryCreate | Mapping[str, Any], *, idempotency_key: str | None = None) -> Category:
        """Create a category (POST); retried only with an ``idempotency_key``."""
        return await self._create(CategoryCreate, body, Category, idempotency_key)

    async def get(self, category_id: str) -> Category:
        """The category with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(category_id, Category)

    async def update(
        self, category_id: str, body: CategoryUpdate | Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Category:
        """Update a category (PUT) with the fields set in ``body``; retried only with an ``idempotency_key``."""
        return await self._update(category_id, CategoryUpdate, body, Category, idempotency_key)

    async def delete(self, category_id: str, *, idempotency_key: str | None = None) -> DeleteResult:
        """Delete a category; retried only with an ``idempotency_key``."""
        return await self._delete(category_id, idempotency_key)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Category]:
        """One page of categorys (``skip`` records skipped, at most ``limit``)."""
        return await self._list(Category, skip, limit)

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[Category]:
        """Every category, page by page, until a page comes back shorter than ``page_size``."""
        return self._iter_all(Category, page_size)

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Category]:
        """Every category, as one list."""
        return await self._list_all(Category, page_size)


class Products(Resource):
    """``/v1/api/product/{id}``, ``/v1/api/products``."""

    _one = "product"
    _many = "products"

    async def get(self, product_id: str) -> Product:
        """The product with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(product_id, Product)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Product]:
        """One page of products (``skip`` records skipped, at most ``limit``)."""
        return await self._list(Product, skip, limit)

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[Product]:
        """Every product, page by page, until a page comes back shorter than ``page_size``."""
        return self._iter_all(Product, page_size)

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Product]:
        """Every product, as one list."""
        return await self._list_all(Product, page_size)


class Variants(Resource):
    """``/v1/api/variant/{id}``, ``/v1/api/variants``."""

    _one = "variant"
    _many = "variants"

    async def get(self, variant_id: str) -> Variant:
        """The variant with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(variant_id, Variant)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Variant]:
        """One page of variants (``skip`` records skipped, at most ``limit``)."""
        return await self._list(Variant, skip, limit)

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[Variant]:
        """Every variant, page by page, until a page comes back shorter than ``page_size``."""
        return self._iter_all(Variant, page_size)

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Variant]:
        """Every variant, as one list."""
        return await self._list_all(Variant, page_size)
