"""The async Final POS client: one ``httpx.AsyncClient``, retries, typed errors, typed resources.

::

    async with FinalPOSClient(api_key) as client:
        station = await client.stations.get(station_id)
        async for product in client.products.iter_all():
            ...
        order = await client.orders.create(body)

Retries, with exponential backoff and jitter and the server's Retry-After honoured up to a cap:

- GET, PUT and DELETE (the same request twice leaves the same state): on connection errors, timeouts,
  408, 429 and 5xx.
- POST (the real server de-duplicates nothing: no Idempotency-Key, no unique receipt id): ONLY when the
  request provably never reached the server, that is the connection was never made (refused, DNS, a
  connect or pool timeout) or the server answered 429. Any other failure of a POST (a read timeout, a
  reset after sending, 5xx, 408, 409, a malformed 2xx) is raised to the caller, who must find out
  whether the record exists before sending it again (:func:`register.api.errors.certainly_not_sent`).

Every request has an overall deadline (:data:`~register.api._constants.REQUEST_DEADLINE`, on top of the
per-phase timeouts), so a request can never live longer than :attr:`FinalPOSClient.max_request_lifetime`;
the outbox waits that long before looking up a write whose answer was lost.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import TracebackType
from typing import Any, Final, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from . import errors
from ._constants import (
    API_KEY_HEADER,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ERROR_EXCERPT_CHARS,
    MAX_REPLY_BYTES,
    REQUEST_DEADLINE,
)
from ._retry import is_retryable_status, parse_retry_after, retry_delay
from .models import ErrorBody
from .resources import (
    Categories,
    Customers,
    Orders,
    Outlets,
    Page,
    Products,
    Refunds,
    Sessions,
    Stations,
    TaxTables,
    Transactions,
    Variants,
)

__all__ = ["FinalPOSClient", "SetAside"]

log = logging.getLogger("register.api")

M = TypeVar("M", bound=BaseModel)

_REDACTED: Final = "***"


def _user_agent() -> str:
    from register import __version__

    return f"register/{__version__}"


class _Secret:
    """Holds the API key; prints as ``***`` wherever it ends up (``vars()``, a debugger, a dump)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return _REDACTED

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class SetAside:
    """A listed record that did not match the contract: left out of its page, never failing it."""

    path: str
    """The list it came from (``/v1/api/products``)."""
    position: int
    """Its index in the list (``skip`` + its place on the page)."""
    record_id: str | None
    """Its ``id``/``_id``, when it had one."""
    problem: str
    """What was wrong, for the log and ``register outbox status``."""


@dataclass(frozen=True, slots=True)
class _Reply:
    """A decoded successful response."""

    status_code: int
    data: Any


class FinalPOSClient:
    """The Final POS REST API (and the sandbox's extensions) over one ``httpx.AsyncClient``."""

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        deadline: float = REQUEST_DEADLINE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not isinstance(api_key, str) or not api_key:
            raise ValueError("an API key is required")
        # An illegal header value makes h11 raise with the value in the message: refuse it here, silently.
        if not api_key.isascii() or not api_key.isprintable() or api_key != api_key.strip() or " " in api_key:
            raise ValueError("the API key contains characters that cannot be sent in a header")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        from register.config import check_api_url

        self._api_key = _Secret(api_key)
        self.base_url = check_api_url(base_url)  # https, or http to this computer only: the key never goes in clear
        """Scheme and host (and port) of the API, without a trailing slash."""
        self.max_retries = max_retries
        """Retries after the first attempt."""
        if deadline <= 0:
            raise ValueError("deadline must be above 0 seconds")
        self.deadline = deadline
        """Seconds one attempt may take in all (pool, connect, write and read together)."""
        self.on_set_aside: Callable[[SetAside], None] | None = None
        """Told of every listed record left out because it did not match the contract."""
        self._sleep = sleep
        self._timeout: httpx.Timeout | None = None
        """Per-request timeouts of a variant (None: the pool's own)."""
        self._owns_pool = True
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
            limits=DEFAULT_CONNECTION_LIMITS,
            headers={"Accept": "application/json", "User-Agent": _user_agent()},
            follow_redirects=False,
        )

        self.outlets = Outlets(self)
        """Outlets (shops): list, get, iter_all."""
        self.stations = Stations(self)
        """Stations (tills): create, list, get, update, delete, iter_all."""
        self.categories = Categories(self)
        """Categories: create, list, get, update, delete, iter_all."""
        self.products = Products(self)
        """Products: list, get, iter_all."""
        self.variants = Variants(self)
        """Variants: list, get, iter_all."""
        self.customers = Customers(self)
        """Customers: create, list, get, update, iter_all."""
        self.sessions = Sessions(self)
        """Cash sessions: create, get, update, delete (the API has no list)."""
        self.orders = Orders(self)
        """Orders: create, get, update, delete, list, iter_all."""
        self.transactions = Transactions(self)
        """Transactions: create, get, delete (the API has no list)."""
        self.refunds = Refunds(self)
        """Refunds: create, get (the API has no list)."""
        self.tax_tables = TaxTables(self)
        """Tax tables: a sandbox extension (``GET /v1/sandbox/tax-tables``)."""

    def variant(self, *, timeout: httpx.Timeout | float | None = None, deadline: float | None = None,
                max_retries: int | None = None) -> FinalPOSClient:
        """The same client (one connection pool, one key) with other timeouts or retries, e.g. a quick probe
        that must not wait 30 s to learn the server is gone. Closing a variant leaves the pool open."""
        other = copy.copy(self)
        other._owns_pool = False
        if timeout is not None:
            other._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if deadline is not None:
            other.deadline = deadline
        if max_retries is not None:
            other.max_retries = max_retries
        for name, value in vars(self).items():  # the resources, bound to the new object
            if hasattr(value, "_client") and value._client is self:
                rebound = copy.copy(value)
                rebound._client = other
                setattr(other, name, rebound)
        return other

    # lifecycle ---------------------------------------------------------------------------------
    async def aclose(self) -> None:
        """Close the connection pool (not a variant's: the pool belongs to the client it came from)."""
        if self._owns_pool:
            await self._http.aclose()

    async def __aenter__(self) -> FinalPOSClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"FinalPOSClient(base_url={self.base_url!r}, api_key='{_REDACTED}')"

    @property
    def max_request_lifetime(self) -> float:
        """The longest one request can be on its way: after this long, an attempt whose answer never came
        can no longer reach the server (its deadline cancelled it here, and a server drops a request whose
        client is gone)."""
        return self.deadline

    __str__ = __repr__

    # typed helpers used by the resources -------------------------------------------------------
    async def get_model(self, model: type[M], path: str, *, params: Mapping[str, Any] | None = None) -> M:
        """GET ``path`` and validate the body into ``model``."""
        return self._validate(model, await self._call("GET", path, params=params), "GET", path)

    async def get_page(
        self, model: type[M], path: str, *, skip: int | None = None, limit: int | None = None
    ) -> Page[M]:
        """GET a list (a bare JSON array) at ``path``; each record is validated on its own, and one that does
        not match the contract is set aside (see :class:`SetAside`) instead of failing the page."""
        params = None if skip is None else {"skip": skip, "limit": limit}
        reply = await self._call("GET", path, params=params)
        if not isinstance(reply.data, list):
            raise errors.APIResponseValidationError(
                f"expected a JSON array, got {type(reply.data).__name__}",
                status_code=reply.status_code,
                excerpt=self._excerpt(_dump(reply.data)),
                method="GET",
                path=path,
            )
        items: list[M] = []
        ids: list[str | None] = []
        aside: list[SetAside] = []
        for index, record in enumerate(reply.data):
            ident = _record_id(record)
            ids.append(ident)
            try:
                items.append(model.model_validate(record))
            except (ValidationError, RecursionError) as err:
                problem = (self._contract_error(err, record, reply.status_code, "GET", path).message
                           if isinstance(err, ValidationError) else "nested too deeply to read")
                entry = SetAside(path, (skip or 0) + index, ident, problem)
                log.warning("set aside record %s at %s[%d]: %s", ident, path, entry.position, problem)
                aside.append(entry)
                if self.on_set_aside is not None:
                    self.on_set_aside(entry)
        return Page(skip or 0, limit or len(ids), items, ids, aside)

    async def write_model(
        self,
        model: type[M],
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
    ) -> M:
        """Send a write (POST/PUT/DELETE) with ``body`` and validate the response into ``model``."""
        wire = None if body is None else body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        reply = await self._call(method, path, json_body=wire)
        if reply.data is None or not isinstance(reply.data, dict):
            # a 204 or an empty 2xx where a record was promised: the write may have happened
            raise errors.APIResponseValidationError(
                f"expected the record in the answer, got {'nothing' if reply.data is None else 'a non-object'}",
                status_code=reply.status_code, excerpt="", method=method, path=path)
        return self._validate(model, reply, method, path)

    # the request loop --------------------------------------------------------------------------
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
    ) -> Any:
        """Send one API call with retries; return the decoded JSON body (Decimals for fractions).

        Raises an :class:`~register.api.errors.APIError` subclass on any failure.
        """
        reply = await self._call(method, path, params=params, json_body=json_body)
        return reply.data

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
    ) -> _Reply:
        method = method.upper()
        headers = {API_KEY_HEADER: self._api_key.reveal()}
        content: bytes | None = None
        if json_body is not None:
            content = json.dumps(json_body, separators=(",", ":"), ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        creates = method == "POST"  # the one method whose repeat makes a second record

        retries = 0
        while True:
            if self._timeout is None:
                request = self._http.build_request(method, path, params=params, content=content, headers=headers)
            else:
                request = self._http.build_request(method, path, params=params, content=content, headers=headers,
                                                   timeout=self._timeout)
            started = time.monotonic()
            try:
                response = await self._send(request, method, path)
            except errors.APIConnectionError as err:
                if retries >= self.max_retries or (creates and not errors.certainly_not_sent(err)):
                    raise
                delay = retry_delay(retries)
                log.info("%s %s failed (%s); retry %d in %.2fs", method, path, err.code, retries + 1, delay)
            else:
                elapsed = time.monotonic() - started
                log.debug("%s %s -> %d in %.3fs", method, path, response.status_code, elapsed)
                if response.is_success:
                    return _Reply(response.status_code, self._decode(response, method, path))
                status = response.status_code
                retryable = status == 429 if creates else is_retryable_status(status)
                if not (retryable and retries < self.max_retries):
                    raise self._status_error(response, method, path)
                delay = retry_delay(retries, response.headers)
                log.info("%s %s -> %d; retry %d in %.2fs", method, path, response.status_code, retries + 1, delay)
            await self._sleep(delay)
            retries += 1

    async def _send(self, request: httpx.Request, method: str, path: str) -> httpx.Response:
        """The one place where httpx exceptions become API errors. The answer is read whole here, and refused
        once it passes :data:`~register.api._constants.MAX_REPLY_BYTES`."""
        try:
            async with asyncio.timeout(self.deadline):
                response = await self._http.send(request, stream=True)
                try:
                    declared = int(response.headers.get("content-length") or 0)
                    if declared > MAX_REPLY_BYTES:
                        raise _TooLarge(declared)
                    if response.is_stream_consumed:  # read already (a test transport)
                        body = response.content
                    else:
                        chunks, size = [], 0
                        async for chunk in response.aiter_bytes():  # decoded: a compressed bomb is counted whole
                            size += len(chunk)
                            if size > MAX_REPLY_BYTES:
                                raise _TooLarge(size)
                            chunks.append(chunk)
                        body = b"".join(chunks)
                    if len(body) > MAX_REPLY_BYTES:
                        raise _TooLarge(len(body))
                finally:
                    await response.aclose()
                headers = [(k, v) for k, v in response.headers.multi_items()
                           if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
                return httpx.Response(response.status_code, headers=headers, content=body, request=request,
                                      extensions=response.extensions)
        except _TooLarge as err:
            raise errors.APIResponseValidationError(
                f"the answer is larger than {MAX_REPLY_BYTES // (1024 * 1024)} MiB ({err.size} bytes): refused",
                status_code=0, excerpt="", method=method, path=path) from None
        except TimeoutError as err:  # the overall deadline; the request may have been sent
            raise errors.APITimeoutError(f"no answer within {self.deadline:g} s", method=method, path=path) from err
        except httpx.TimeoutException as err:
            raise errors.APITimeoutError(f"request timed out ({type(err).__name__})", sent=not _before_sending(err),
                                         method=method, path=path) from err
        except httpx.RequestError as err:  # transport failures, and a body that cannot be decoded
            raise errors.APIConnectionError(f"connection failed ({type(err).__name__})", sent=not _before_sending(err),
                                            method=method, path=path) from err

    # decoding ----------------------------------------------------------------------------------
    def _excerpt(self, text: str) -> str:
        """A short, key-free excerpt of a body for errors and logs."""
        return text.replace(self._api_key.reveal(), _REDACTED)[:ERROR_EXCERPT_CHARS]

    def _redact(self, value: Any) -> Any:
        """``value`` (decoded JSON) with the API key masked wherever a server echoed it."""
        if isinstance(value, str):
            return value.replace(self._api_key.reveal(), _REDACTED)
        if isinstance(value, list):
            return [self._redact(item) for item in value]
        if isinstance(value, dict):
            return {self._redact(k): self._redact(v) for k, v in value.items()}
        return value

    def _decode(self, response: httpx.Response, method: str, path: str) -> Any:
        if response.status_code == 204 or not response.content:
            return None
        try:
            return json.loads(response.text, parse_float=Decimal)
        except RecursionError:
            raise errors.APIResponseValidationError(
                "response is nested too deeply to read", status_code=response.status_code,
                excerpt=self._excerpt(response.text[:ERROR_EXCERPT_CHARS]), method=method, path=path) from None
        except ValueError as err:
            raise errors.APIResponseValidationError(
                f"response is not valid JSON ({err.msg})"
                if isinstance(err, json.JSONDecodeError)
                else "response is not valid JSON",
                status_code=response.status_code,
                excerpt=self._excerpt(response.text),
                method=method,
                path=path,
            ) from None

    def _validate(self, model: type[M], reply: _Reply, method: str, path: str) -> M:
        try:
            return model.model_validate(reply.data)
        except ValidationError as err:
            raise self._contract_error(err, reply.data, reply.status_code, method, path) from None
        except RecursionError:
            raise errors.APIResponseValidationError("response is nested too deeply to read",
                                                    status_code=reply.status_code, excerpt="", method=method,
                                                    path=path) from None

    def _contract_error(
        self,
        err: ValidationError,
        data: Any,
        status_code: int,
        method: str,
        path: str,
        *,
        index: int | None = None,
    ) -> errors.APIResponseValidationError:
        first = err.errors(include_url=False, include_input=False)[0] if err.error_count() else None
        loc = ([index] if index is not None else []) + (list(first["loc"]) if first else [])
        where = ".".join(str(part) for part in loc) or "(root)"
        what = first["msg"] if first else "invalid"
        summary = f"response does not match the contract: {err.error_count()} error(s), first at {where}: {what}"
        return errors.APIResponseValidationError(
            self._excerpt(summary),
            status_code=status_code,
            excerpt=self._excerpt(_dump(data)),
            method=method,
            path=path,
        )

    def _status_error(self, response: httpx.Response, method: str, path: str) -> errors.APIStatusError:
        status = response.status_code
        body: Any
        message = response.reason_phrase or f"HTTP {status}"
        error: str | None = None
        try:
            body = self._redact(json.loads(response.text, parse_float=Decimal)) if response.content else None
        except ValueError:
            body = self._excerpt(response.text)
        if isinstance(body, dict):
            try:
                parsed = ErrorBody.model_validate(body)
            except ValidationError:
                parsed = None
            if parsed is not None:
                if isinstance(parsed.message, list):
                    message = "; ".join(parsed.message) or message
                elif parsed.message:
                    message = parsed.message
                error = parsed.error
        elif isinstance(body, str) and body.strip():
            message = body.strip()
        message = self._excerpt(message)
        cls = errors.status_error_class(status)
        if cls is errors.RateLimitError:
            return errors.RateLimitError(
                message,
                retry_after=parse_retry_after(response.headers),
                status_code=status,
                error=error,
                body=body,
                method=method,
                path=path,
            )
        return cls(message, status_code=status, error=error, body=body, method=method, path=path)


def _dump(data: Any) -> str:
    """``data`` as JSON text for an error's excerpt (a few hundred characters are kept), whatever it holds."""
    try:
        return json.dumps(data, default=str)[: ERROR_EXCERPT_CHARS * 4]
    except (ValueError, RecursionError):
        return "(unprintable)"


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _before_sending(err: httpx.RequestError) -> bool:
    """httpx failed before any byte of the request left: no connection (refused, DNS, TLS), or none free."""
    return isinstance(err, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _record_id(record: Any) -> str | None:
    """``id`` (or ``_id``, or Mongo's ``{"$oid": ...}``) of a listed record, when it has one."""
    if not isinstance(record, dict):
        return None
    value = record.get("id", record.get("_id"))
    if isinstance(value, dict):
        value = value.get("$oid")
    return value if isinstance(value, str) and value else None
