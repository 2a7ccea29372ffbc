"""Selling: cash sessions, orders, transactions, refunds."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping
from typing import Any

from .._constants import DEFAULT_PAGE_LIMIT
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
from ._base import Resource

__all__ = ["Orders", "Refunds", "Sessions", "Transactions"]


class Sessions(Resource):
    """``/v1/api/session[/{id}]`` (the API has no sessions list)."""

    _one = "session"
    _many = ""

    async def create(self, body: SessionCreate | Mapping[str, Any], *, idempotency_key: str | None = None) -> Session:
        """Create a session (POST); retried only with an ``idempotency_key``."""
        return await self._create(SessionCreate, body, Session, idempotency_key)

    async def get(self, session_id: str) -> Session:
        """The session with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(session_id, Session)

    async def update(
        self, session_id: str, body: SessionUpdate | Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Session:
        """Update a session (PUT) with the fields set in ``body``; retried only with an ``idempotency_key``."""
        return await self._update(session_id, SessionUpdate, body, Session, idempotency_key)

    async def delete(self, session_id: str, *, idempotency_key: str | None = None) -> DeleteResult:
        """Delete a session; retried only with an ``idempotency_key``."""
        return await self._delete(session_id, idempotency_key)


class Orders(Resource):
    """``/v1/api/order[/{id}]``, ``/v1/api/orders``."""

    _one = "order"
    _many = "orders"

    async def create(self, body: OrderCreate | Mapping[str, Any], *, idempotency_key: str | None = None) -> Order:
        """Create a order (POST); retried only with an ``idempotency_key``."""
        return await self._create(OrderCreate, body, Order, idempotency_key)

    async def get(self, order_id: str) -> Order:
        """The order with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(order_id, Order)

    async def update(
        self, order_id: str, body: OrderUpdate | Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Order:
        """Update a order (PUT) with the fields set in ``body``; retried only with an ``idempotency_key``."""
        return await self._update(order_id, OrderUpdate, body, Order, idempotency_key)

    async def delete(self, order_id: str, *, idempotency_key: str | None = None) -> DeleteResult:
        """Delete a order; retried only with an ``idempotency_key``."""
        return await self._delete(order_id, idempotency_key)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Order]:
        """One page of orders (``skip`` records skipped, at most ``limit``)."""
        return await self._list(Order, skip, limit)

    def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[Order]:
        """Every order, page by page, until a page comes back shorter than ``page_size``."""
        return self._iter_all(Order, page_size)

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[Order]:
        """Every order, as one list."""
        return await self._list_all(Order, page_size)


class Transactions(Resource):
    """``/v1/api/transactions[/{id}]`` (plural CRUD path; no list)."""

    _one = "transactions"
    _many = ""

    async def create(
        self, body: TransactionCreate | Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Transaction:
        """Create a transaction (POST); retried only with an ``idempotency_key``."""
        return await self._create(TransactionCreate, body, Transaction, idempotency_key)

    async def get(self, transaction_id: str) -> Transaction:
        """The transaction with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(transaction_id, Transaction)


class Refunds(Resource):
    """``/v1/api/refunds[/{id}]`` (plural CRUD path; no list)."""

    _one = "refunds"
    _many = ""

    async def create(self, body: RefundCreate | Mapping[str, Any], *, idempotency_key: str | None = None) -> Refund:
        """Create a refund (POST); retried only with an ``idempotency_key``."""
        return await self._create(RefundCreate, body, Refund, idempotency_key)

    async def get(self, refund_id: str) -> Refund:
        """The refund with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        return await self._get(refund_id, Refund)
