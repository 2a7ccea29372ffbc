"""The CRUD handlers of ``/v1/api/``: one set per resource, all over the :class:`Store`.

Every handler does its SQLite work synchronously on the event loop and in one short transaction: the
sandbox serves one register at a time, and this keeps each request atomic without locks (nothing
awaits between reading and writing).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
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

_MAX_KEY_LENGTH = 255


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


def _fingerprint(method: str, path: str, body: dict[str, Any] | None) -> str:
    """What makes two requests "the same" for an Idempotency-Key: method, path and the JSON value."""
    canonical = json.dumps(
        body,
        sort_keys=True,
        separators=(",", ":"),
        default=lambda d: {"$decimal": str(d)} if isinstance(d, Decimal) else str(d),
    )
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


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

    def _unique_value(self, body: dict[str, Any]) -> str | None:
        field = self._resource.unique_field
        value = body.get(field) if field else None
        return value if isinstance(value, str) else None

    def _insert(self, body: dict[str, Any]) -> tuple[int, str]:
        """Store a new record from ``body``: ``(201, json)``, or ``(200, json)`` of the record it repeats."""
        store, resource = self._store, self._resource
        unique = self._unique_value(body)
        if unique is not None:
            existing = store.find_by_unique_key(resource.collection, unique)
            if existing is not None:
                return 200, existing[1]
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
        return 201, store.insert(resource.collection, record, unique)

    def _replace(self, record_id: str, body: dict[str, Any]) -> tuple[int, str]:
        """Merge ``body`` into a stored record: ``(200, json)``; 404 or 409 as an :class:`ApiError`."""
        store, resource = self._store, self._resource
        record = store.get(resource.collection, record_id)
        if record is None:
            raise not_found()
        old_unique = self._unique_value(record)
        record.update(body)
        record["updatedAt"] = store.now()
        self._derive(record)
        unique = self._unique_value(record)
        if unique is not None and unique != old_unique:
            holder = store.find_by_unique_key(resource.collection, unique)
            if holder is not None and holder[0] != record_id:
                raise ApiError(
                    409, f"Another {resource.collection} already has this {resource.unique_field}."
                )
        return 200, store.replace(resource.collection, record, unique)

    def _delete(self, record_id: str) -> tuple[int, str]:
        if not self._store.delete(self._resource.collection, record_id):
            raise not_found()
        message = f"Resource with Id {record_id} deleted successfully"
        return 200, jsonio.dumps({"statusCode": 200, "message": message})

    # -- endpoints --------------------------------------------------------------------------------------

    def _write(
        self,
        request: Request,
        body: dict[str, Any] | None,
        check: Callable[[], None],
        change: Callable[[], tuple[int, str]],
    ) -> Response:
        """Run ``change`` in one transaction, honouring ``Idempotency-Key``.

        With a key: a request seen before (same method, path and JSON value) gets the first response
        again, flagged ``Idempotent-Replayed: true``; the key with another request is a 422. Only
        successful responses are remembered, in the transaction of the change they describe.
        """
        key = request.headers.get("idempotency-key")
        fingerprint = ""
        if key is not None:
            if not 0 < len(key) <= _MAX_KEY_LENGTH:
                raise ApiError(400, f"The Idempotency-Key header must be 1 to {_MAX_KEY_LENGTH} characters.")
            fingerprint = _fingerprint(request.method, request.url.path, body)
            first = self._store.idempotent_response(key)
            if first is not None:
                if first.fingerprint != fingerprint:
                    raise ApiError(422, "This Idempotency-Key was already used with a different request.")
                return json_response(first.body, first.status, {"Idempotent-Replayed": "true"})
        check()
        with self._store.transaction():
            status, text = change()
            if key is not None:
                self._store.remember_response(key, fingerprint, status, text)
        return json_response(text, status)

    async def create(self, request: Request) -> Response:
        """``POST``: 201 with the new record (200 with the first one for a repeated unique field)."""
        raw = await request.body()
        body = parse_object(raw)
        return self._write(
            request,
            body,
            lambda: validate_body(self._resource, raw, body, partial=False),
            lambda: self._insert(body),
        )

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
        return self._write(
            request,
            body,
            lambda: validate_body(self._resource, raw, body, partial=True),
            lambda: self._replace(record_id, body),
        )

    async def delete(self, request: Request) -> Response:
        """``DELETE /{id}``: 200 with the docs' confirmation body."""
        record_id: str = request.path_params["id"]
        return self._write(request, None, lambda: None, lambda: self._delete(record_id))

    async def list(self, request: Request) -> Response:
        """``GET`` on the plural path: a bare array in creation order; ``limit`` 0 or absent = all."""
        skip, limit = _query_int(request, "skip"), _query_int(request, "limit")
        return json_response(self._store.list_text(self._resource.collection, skip, limit))

    def endpoints(self) -> dict[str, Endpoint]:
        """Item-path method -> endpoint."""
        table: dict[str, Endpoint] = {"GET": self.read, "PUT": self.update, "DELETE": self.delete}
        return {method: table[method] for method in self._resource.item_methods}
