"""Customers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models import Customer, CustomerCreate, CustomerUpdate, DeleteResult
from ._base import Listed

__all__ = ["Customers"]


class Customers(Listed[Customer]):
    """``/v1/api/customer[/{id}]``, ``/v1/api/customers``."""

    _one, _many, _model = "customer", "customers", Customer

    async def create(self, body: CustomerCreate | Mapping[str, Any]) -> Customer:
        """Create a customer (POST)."""
        return await self._create(CustomerCreate, body)

    async def update(self, customer_id: str, body: CustomerUpdate | Mapping[str, Any]) -> Customer:
        """Update a customer (PUT) with the fields set in ``body``."""
        return await self._update(customer_id, CustomerUpdate, body)

    async def delete(self, customer_id: str) -> DeleteResult:
        """Delete a customer (the path follows the other resources; the reference shows no page for it)."""
        return await self._delete(customer_id)
