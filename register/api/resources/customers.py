"""Customers."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping
from typing import Any

from .._constants import DEFAULT_PAGE_LIMIT
from ..models import Customer, CustomerCreate, CustomerUpdate
from ._base import Resource

__all__ = ["Customers"]


class Customers(Resource):
    """``/v1/api/customer[/{id}]``, ``/v1/api/customers``."""

    _one = "customer"
    _many = "customers"

    async def create(self, body: CustomerCreate | Mapping[str, Any], *, idempotency_key: str | None = None) -> Customer:
        """Create a customer (POST); retried only with an ``idempotency_key``."""
        return await self._create(CustomerCreate, body, Customer, idempotency_key)

    async def get(self, customer_id: str) -> Customer:
        """The customer with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(customer_id, Customer)

    async def update(
        self, customer_id: str, body: CustomerUpdate | Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Customer:
        """Update a customer (PUT) with the fields set in ``body``; retried only with an ``idempotency_key``."""
        return await self._update(customer_id, CustomerUpdate, body, Customer, idempotency_key)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Customer]:
        """One page of customers (``skip`` records skipped, at most ``limit``)."""
        return await self._list(Customer, skip, limit)

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[Customer]:
        """Every customer, page by page, until a page comes back shorter than ``page_size``."""
        return self._iter_all(Customer, page_size)

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Customer]:
        """Every customer, as one list."""
        return await self._list_all(Customer, page_size)
