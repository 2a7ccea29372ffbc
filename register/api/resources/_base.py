"""What every resource shares: paths, request bodies, paging."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from pydantic import BaseModel

from .._constants import API_PREFIX
from ..models import DeleteResult

if TYPE_CHECKING:
    from ..client import FinalPOSClient

__all__ = ["Resource"]

M = TypeVar("M", bound=BaseModel)


class Resource:
    """One endpoint group of the API, bound to a client."""

    _one: str = ""
    """Path segment for one record (``"category"`` -> ``/v1/api/category/{id}``)."""
    _many: str = ""
    """Path segment for the list (``"categories"`` -> ``/v1/api/categories``)."""

    def __init__(self, client: FinalPOSClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"

    # paths -------------------------------------------------------------------------------------
    def _collection_path(self) -> str:
        return f"{API_PREFIX}/{self._one}"

    def _record_path(self, record_id: str) -> str:
        if not isinstance(record_id, str) or not record_id:
            raise ValueError("a record id is required")
        return f"{API_PREFIX}/{self._one}/{quote(record_id, safe='')}"

    def _list_path(self) -> str:
        return f"{API_PREFIX}/{self._many}"

    # operations --------------------------------------------------------------------------------
    async def _create(
        self,
        body_model: type[BaseModel],
        body: BaseModel | Mapping[str, Any],
        response: type[M],
        idempotency_key: str | None,
    ) -> M:
        return await self._client.write_model(
            response,
            "POST",
            self._collection_path(),
            body=_as_body(body_model, body),
            idempotency_key=idempotency_key,
        )

    async def _get(self, record_id: str, response: type[M]) -> M:
        return await self._client.get_model(response, self._record_path(record_id))

    async def _update(
        self,
        record_id: str,
        body_model: type[BaseModel],
        body: BaseModel | Mapping[str, Any],
        response: type[M],
        idempotency_key: str | None,
    ) -> M:
        return await self._client.write_model(
            response,
            "PUT",
            self._record_path(record_id),
            body=_as_body(body_model, body),
            idempotency_key=idempotency_key,
        )

    async def _delete(self, record_id: str, idempotency_key: str | None) -> DeleteResult:
        return await self._client.write_model(
            DeleteResult, "DELETE", self._record_path(record_id), idempotency_key=idempotency_key
        )

    async def _list(self, response: type[M], skip: int, limit: int) -> builtins.list[M]:
        _check_page(skip, limit)
        return await self._client.get_list(response, self._list_path(), params={"skip": skip, "limit": limit})

    async def _iter_all(self, response: type[M], page_size: int) -> AsyncIterator[M]:
        _check_page(0, page_size)
        skip = 0
        while True:
            page = await self._list(response, skip, page_size)
            for item in page:
                yield item
            if len(page) < page_size:
                return
            skip += page_size

    async def _list_all(self, response: type[M], page_size: int) -> builtins.list[M]:
        return [item async for item in self._iter_all(response, page_size)]


def _as_body(body_model: type[BaseModel], body: BaseModel | Mapping[str, Any]) -> BaseModel:
    """``body`` as an instance of ``body_model``; a dict (camelCase or snake_case keys) is validated."""
    if isinstance(body, body_model):
        return body
    if isinstance(body, BaseModel):
        body = body.model_dump(by_alias=True, exclude_unset=True)
    return body_model.model_validate(body)


def _check_page(skip: int, limit: int) -> None:
    if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
        raise ValueError("skip must be an int >= 0")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError("limit (page size) must be an int >= 1")
