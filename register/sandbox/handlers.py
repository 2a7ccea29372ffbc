"""The CRUD handlers of ``/v1/api/``: one set per resource, all over the :class:`Store`.

Every handler does its SQLite work synchronously on the event loop and in one short transaction: the
sandbox serves one register at a time, and this keeps each request atomic without locks (nothing
awaits between reading and writing).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from register.sandbox import jsonio
from register.sandbox.errors import ApiError, not_found
from register.sandbox.resources import Resource
from register.sandbox.store import Store
from register.sandbox.validation import validate_body

__all__ = ["Endpoint", "ResourceHandlers", "json_response", "parse_object"]

Endpoint = Callable[[Request], Awaitable[Response]]

PAGE_CAP = 100
"""The most records a list returns. The reference documents no maximum and no default, so the sandbox
assumes a common one: ``limit`` above it, 0 or absent gives this many."""


def json_response(text: str, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A response whose body is JSON text already."""
    return Response(text, status_code=status, media_type="application/json", headers=headers)


def parse_object(raw: bytes) -> dict[str, Any]:
    """The request body as a JSON object, or a 400."""
    if not raw.strip():
        raise ApiError(400, "Request body must be a JSON object.")
    try:
        body = jsonio.loads(raw)
    except jsonio.JsonError as err:
        raise ApiError(400, f"Request body is not valid JSON: {err}.") from None
    if not isinstance(body, dict):
        raise ApiError(400, "Request body must be a JSON object.")
    try:  # JSON allows lone surrogates (\ud800); UTF-8, and so SQLite, does not
        jsonio.dumps(body).encode()
    except UnicodeEncodeError:
        raise ApiError(400, "Request body is not valid JSON: a string holds a lone surrogate.") from None
    return body


def _query_int(request: Request, name: str) -> int:
    value = request.query_params.get(name)
    if value is None:
        return 0
    if not value.isascii() or not value.isdigit() or len(value) > 15:
        raise ApiError(400, f"Validation failed: Query parameter `{name}` must be a non-negative integer.")
    return int(value)


class ResourceHandlers:
    """The endpoints of one resource."""

    def __init__(self, store: Store, resource: Resource) -> None:
        self._store = store
        self._resource = resource

    # -- building records ----------------------------------------------------------------------------

    def _derive(self, record: dict[str, Any]) -> None:
        if self._resource.from_final:
            record["fromFinal"] = record.get("externalId") not in (None, "")

    def _insert(self, body: dict[str, Any]) -> tuple[int, str]:
        """Store a new record from ``body``: ``(201, json)``. Nothing de-duplicates: a repeated request
        (the same receipt id, the same external id) is another record, as the reference promises nothing else."""
        store, resource = self._store, self._resource
        now = store.now()
        record: dict[str, Any] = {
            "id": store.new_id(),
            "createdAt": now,
            "updatedAt": now,
            "companyId": store.company_id,
            **body,
        }
        self._derive(record)
        if resource.sequence_number:
            record["sequenceNumber"] = store.next_counter(resource.collection)
        return 201, store.insert(resource.collection, record)

    def _replace(self, record_id: str, body: dict[str, Any]) -> tuple[int, str]:
        """Merge ``body`` into a stored record: ``(200, json)``; 404 as an :class:`ApiError`."""
        store, resource = self._store, self._resource
        record = store.get(resource.collection, record_id)
        if record is None:
            raise not_found()
        record.update(body)
        record["updatedAt"] = store.now()
        self._derive(record)
        return 200, store.replace(resource.collection, record)

    def _delete(self, record_id: str) -> tuple[int, str]:
        if not self._store.delete(self._resource.collection, record_id):
            raise not_found()
        message = f"Resource with Id {record_id} deleted successfully"
        return 200, jsonio.dumps({"statusCode": 200, "message": message})

    # -- endpoints --------------------------------------------------------------------------------------

    def _write(self, check: Callable[[], None], change: Callable[[], tuple[int, str]]) -> Response:
        """Validate, then run ``change`` in one transaction. An ``Idempotency-Key`` header is ignored: the
        reference documents none, so a retried write is a second write."""
        check()
        with self._store.transaction():
            status, text = change()
        return json_response(text, status)

    async def create(self, request: Request) -> Response:
        """``POST``: 201 with the new record."""
        raw = await request.body()
        body = parse_object(raw)
        return self._write(lambda: validate_body(self._resource, body, partial=False), lambda: self._insert(body))

    async def read(self, request: Request) -> Response:
        """``GET /{id}``."""
        text = self._store.get_text(self._resource.collection, request.path_params["id"])
        if text is None:
            raise not_found()
        return json_response(text)

    async def update(self, request: Request) -> Response:
        """``PUT /{id}``: a partial update; only the fields sent change, ``updatedAt`` moves."""
        raw = await request.body()
        body = parse_object(raw)
        record_id: str = request.path_params["id"]
        return self._write(lambda: validate_body(self._resource, body, partial=True),
                           lambda: self._replace(record_id, body))

    async def delete(self, request: Request) -> Response:
        """``DELETE /{id}``: 200 with the docs' confirmation body."""
        record_id: str = request.path_params["id"]
        return self._write(lambda: None, lambda: self._delete(record_id))

    async def list(self, request: Request) -> Response:
        """``GET`` on the plural path: a bare array in creation order, at most :data:`PAGE_CAP` records
        (``limit`` above the cap, 0 or absent gives the cap); ``skip`` exactly as given."""
        skip, limit = _query_int(request, "skip"), _query_int(request, "limit")
        limit = PAGE_CAP if limit == 0 or limit > PAGE_CAP else limit
        return json_response(self._store.list_text(self._resource.collection, skip, limit))

    def endpoints(self) -> dict[str, Endpoint]:
        """Item-path method -> endpoint."""
        table: dict[str, Endpoint] = {"GET": self.read, "PUT": self.update, "DELETE": self.delete}
        return {method: table[method] for method in self._resource.item_methods}
