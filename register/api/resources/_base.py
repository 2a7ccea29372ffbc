"""What every resource shares: paths, request bodies, pages and paging.

Paging, as the reference leaves it (``skip``/``limit`` only, a bare array, no total, no documented
default or maximum; the docs add "skip must be a multiple of limit"):

- A list ends at the first EMPTY page, never at a short one: a server that caps pages below what was
  asked returns short pages that are not the end.
- A short FIRST page teaches the server's real page size: the next request asks for that many, so
  ``skip`` stays a multiple of ``limit``.
- A server that ignores ``skip`` (the first record comes back again) ends the walk with a clear error
  instead of looping forever; a record seen twice (the list shifted under us) is yielded once.
- One record that does not match the contract never fails its page: it is set aside (logged with its id,
  reported to the client's ``on_set_aside``) and the rest of the page is used.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar
from urllib.parse import quote

from pydantic import BaseModel

from .. import errors
from .._constants import API_PREFIX, DEFAULT_PAGE_LIMIT
from ..models import DeleteResult

if TYPE_CHECKING:
    from ..client import FinalPOSClient, SetAside

__all__ = ["Page", "Resource"]

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Page(Generic[M]):
    """One page of a list as the server sent it."""

    skip: int
    """Records skipped before this page."""
    limit: int
    """Records asked for."""
    items: list[M]
    """The records that match the contract."""
    ids: list[str | None]
    """The id of every record the server sent, set-aside ones included, in order."""
    set_aside: list[SetAside] = field(default_factory=list)
    """The records that did not match the contract."""

    @property
    def received(self) -> int:
        """How many records the server sent."""
        return len(self.ids)


class Resource(Generic[M]):
    """One endpoint group of the API, bound to a client; ``M`` is its record model."""

    _one: ClassVar[str] = ""
    """Path segment for one record (``"category"`` -> ``/v1/api/category/{id}``)."""
    _many: ClassVar[str] = ""
    """Path segment for the list (``"categories"`` -> ``/v1/api/categories``); empty: the API has none."""
    _model: ClassVar[type[BaseModel]]
    """The record as the server returns it."""

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

    # operations --------------------------------------------------------------------------------
    async def _create(self, body_model: type[BaseModel], body: BaseModel | Mapping[str, Any]) -> M:
        model: type[M] = self._model  # type: ignore[assignment]
        return await self._client.write_model(model, "POST", self._collection_path(), body=_as_body(body_model, body))

    async def get(self, record_id: str) -> M:
        """The record with this id; :class:`~register.api.errors.NotFoundError` when there is none."""
        model: type[M] = self._model  # type: ignore[assignment]
        return await self._client.get_model(model, self._record_path(record_id))

    async def _update(self, record_id: str, body_model: type[BaseModel], body: BaseModel | Mapping[str, Any]) -> M:
        model: type[M] = self._model  # type: ignore[assignment]
        return await self._client.write_model(model, "PUT", self._record_path(record_id),
                                              body=_as_body(body_model, body))

    async def _delete(self, record_id: str) -> DeleteResult:
        return await self._client.write_model(DeleteResult, "DELETE", self._record_path(record_id))


class Listed(Resource[M]):
    """A resource with a documented list (``GET /v1/api/<plural>?skip&limit``)."""

    async def page(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> Page[M]:
        """One page: the records after the first ``skip``, at most ``limit`` (the server may send fewer)."""
        _check_page(skip, limit)
        model: type[M] = self._model  # type: ignore[assignment]
        return await self._client.get_page(model, f"{API_PREFIX}/{self._many}", skip=skip, limit=limit)

    async def list(self, *, skip: int = 0, limit: int = DEFAULT_PAGE_LIMIT) -> builtins.list[M]:
        """The valid records of one page."""
        return (await self.page(skip=skip, limit=limit)).items

    async def iter_pages(self, *, page_size: int = DEFAULT_PAGE_LIMIT, start: int = 0) -> AsyncIterator[Page[M]]:
        """Every page from ``start`` (a multiple of ``page_size``) until an empty one (see the module docstring)."""
        _check_page(start, page_size)
        limit, skip = page_size, start
        first_id: str | None = None
        while True:
            page = await self.page(skip=skip, limit=limit)
            if page.received == 0:
                return
            head = page.ids[0]
            if first_id is None:
                first_id = head
            elif head is not None and head == first_id:
                raise errors.APIResponseValidationError(
                    f"the server ignores skip: skip={skip} returned the first record again",
                    status_code=200, excerpt="", method="GET", path=f"{API_PREFIX}/{self._many}")
            yield page
            if skip == start and page.received < limit:
                limit = page.received  # the server's real page size (or the whole list: the next page is empty)
            skip += limit

    async def iter_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> AsyncIterator[M]:
        """Every valid record, page by page, each once."""
        seen: set[str] = set()
        async for page in self.iter_pages(page_size=page_size):
            for item in page.items:
                key = getattr(item, "id", None)
                if key is not None:
                    if key in seen:
                        continue
                    seen.add(key)
                yield item

    async def list_all(self, *, page_size: int = DEFAULT_PAGE_LIMIT) -> builtins.list[M]:
        """Every valid record, as one list."""
        return [item async for item in self.iter_all(page_size=page_size)]


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
