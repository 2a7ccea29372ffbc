"""Selling: cash sessions, orders, transactions, refunds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models import (
    DeleteResult,
    Order,
    OrderCreate,
    OrderUpdate,
    Refund,
    RefundCreate,
    Session,
    SessionCreate,
    SessionUpdate,
    Transaction,
    TransactionCreate,
)
from ._base import Listed, Resource

__all__ = ["Orders", "Refunds", "Sessions", "Transactions"]


class Sessions(Resource[Session]):
    """``/v1/api/session[/{id}]`` (the API has no sessions list)."""

    _one, _model = "session", Session

    async def create(self, body: SessionCreate | Mapping[str, Any]) -> Session:
        """Create a session (POST)."""
        return await self._create(SessionCreate, body)

    async def update(self, session_id: str, body: SessionUpdate | Mapping[str, Any]) -> Session:
        """Update a session (PUT) with the fields set in ``body``."""
        return await self._update(session_id, SessionUpdate, body)

    async def delete(self, session_id: str) -> DeleteResult:
        """Delete a session."""
        return await self._delete(session_id)


class Orders(Listed[Order]):
    """``/v1/api/order[/{id}]``, ``/v1/api/orders`` (no filter: ``skip`` and ``limit`` only)."""

    _one, _many, _model = "order", "orders", Order

    async def create(self, body: OrderCreate | Mapping[str, Any]) -> Order:
        """Create an order (POST)."""
        return await self._create(OrderCreate, body)

    async def update(self, order_id: str, body: OrderUpdate | Mapping[str, Any]) -> Order:
        """Update an order (PUT) with the fields set in ``body``."""
        return await self._update(order_id, OrderUpdate, body)

    async def delete(self, order_id: str) -> DeleteResult:
        """Delete an order."""
        return await self._delete(order_id)


class Transactions(Resource[Transaction]):
    """``/v1/api/transactions[/{id}]`` (plural CRUD path; no list, no filter)."""

    _one, _model = "transactions", Transaction

    async def create(self, body: TransactionCreate | Mapping[str, Any]) -> Transaction:
        """Create a transaction (POST)."""
        return await self._create(TransactionCreate, body)

    async def delete(self, transaction_id: str) -> DeleteResult:
        """Delete a transaction."""
        return await self._delete(transaction_id)


class Refunds(Resource[Refund]):
    """``/v1/api/refunds[/{id}]`` (plural CRUD path; no list, no filter)."""

    _one, _model = "refunds", Refund

    async def create(self, body: RefundCreate | Mapping[str, Any]) -> Refund:
        """Create a refund (POST)."""
        return await self._create(RefundCreate, body)
