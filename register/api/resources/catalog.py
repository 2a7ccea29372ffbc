"""The catalog and the shop floor: outlets, stations, categories, products, variants."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
from ._base import Listed

__all__ = ["Categories", "Outlets", "Products", "Stations", "Variants"]


class Outlets(Listed[Outlet]):
    """``/v1/api/outlet/{id}``, ``/v1/api/outlets``."""

    _one, _many, _model = "outlet", "outlets", Outlet


class Stations(Listed[Station]):
    """``/v1/api/station[/{id}]``, ``/v1/api/stations``."""

    _one, _many, _model = "station", "stations", Station

    async def create(self, body: StationCreate | Mapping[str, Any]) -> Station:
        """Create a station (POST)."""
        return await self._create(StationCreate, body)

    async def update(self, station_id: str, body: StationUpdate | Mapping[str, Any]) -> Station:
        """Update a station (PUT) with the fields set in ``body``."""
        return await self._update(station_id, StationUpdate, body)

    async def delete(self, station_id: str) -> DeleteResult:
        """Delete a station."""
        return await self._delete(station_id)


class Categories(Listed[Category]):
    """``/v1/api/category[/{id}]``, ``/v1/api/categories``."""

    _one, _many, _model = "category", "categories", Category

    async def create(self, body: CategoryCreate | Mapping[str, Any]) -> Category:
        """Create a category (POST)."""
        return await self._create(CategoryCreate, body)

    async def update(self, category_id: str, body: CategoryUpdate | Mapping[str, Any]) -> Category:
        """Update a category (PUT) with the fields set in ``body``."""
        return await self._update(category_id, CategoryUpdate, body)

    async def delete(self, category_id: str) -> DeleteResult:
        """Delete a category."""
        return await self._delete(category_id)


class Products(Listed[Product]):
    """``/v1/api/product/{id}``, ``/v1/api/products``."""

    _one, _many, _model = "product", "products", Product


class Variants(Listed[Variant]):
    """``/v1/api/variant/{id}``, ``/v1/api/variants``."""

    _one, _many, _model = "variant", "variants", Variant
