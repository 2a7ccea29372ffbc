"""The sandbox's ASGI application: Final POS routes under ``/v1/api/``, sandbox extras under ``/v1/sandbox/``.

Request flow (outermost first)::

    SandboxGate        faults (latency, 503, drop or stall after commit) on /v1/api/; x-api-key (401)
      Starlette         routing; ApiError and unmatched routes -> NestJS-style error bodies
        handlers         CRUD over the Store (handlers.py); sandbox endpoints (below)

Dropping a connection: ASGI has no way to abort a connection, so the gate reaches the transport through
uvicorn's ``send`` callable, a bound method of the connection's ``RequestResponseCycle`` whose
``transport`` attribute is the asyncio transport. ``transport.abort()`` closes the socket at once
without sending anything; the gate then yields to the loop until uvicorn has seen the connection lost,
so uvicorn neither answers 500 nor logs an error. Under a server without that attribute the gate raises
instead, which still gives the client no 2xx.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from decimal import Decimal

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from register.sandbox import jsonio
from register.sandbox.errors import ApiError, error_body, not_found, route_not_found
from register.sandbox.faults import FaultInjector
from register.sandbox.handlers import Endpoint, ResourceHandlers, json_response, parse_object
from register.sandbox.resources import RESOURCES
from register.sandbox.store import Store
from register.sandbox.taxes import TAX_TABLES, tax_table

__all__ = ["SandboxGate", "create_app"]

API_PREFIX = "/v1/api/"
_WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})
_PUBLIC_PATHS = frozenset({"/v1/sandbox/health"})


async def _send_error(send: Send, status: int, message: str) -> None:
    body = error_body(status, message).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def poison_body(kind: str) -> tuple[int, bytes]:
    """The status and body of a hostile answer (see :mod:`register.sandbox.faults`)."""
    if kind == "deep":
        return 200, b"[" * 100_000 + b"]" * 100_000
    if kind == "huge":
        return 200, b'[{"id":"x","name":"' + b"A" * (40 * 1024 * 1024) + b'"}]'
    if kind == "long_string":
        return 200, b'{"id":"507f1f77bcf86cd799439011","receiptId":"' + b"R" * (10 * 1024 * 1024) + b'"}'
    return 204, b""


async def _send_poison(send: Send, kind: str) -> None:
    status, body = poison_body(kind)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def abort_connection(send: Send) -> None:
    """Close the client's connection now, with no response (see the module docstring)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionAbortedError("sandbox: this server does not expose its transport; cannot drop")
    transport.abort()
    for _ in range(20):  # connection_lost() runs on a later loop iteration
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0)


class _DropAfterCommit:
    """A ``send`` that turns a 2xx response into a dropped connection."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._dropped = False

    async def __call__(self, message: Message) -> None:
        if self._dropped:
            return
        if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
            self._dropped = True
            await abort_connection(self._send)
            return
        await self._send(message)


class _StallAfterCommit:
    """A ``send`` that holds a 2xx answer back (the change is committed already) for ``seconds``."""

    def __init__(self, send: Send, seconds: float) -> None:
        self._send = send
        self._seconds = seconds

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
            await asyncio.sleep(self._seconds)
        await self._send(message)


async def _hold_then_replay(receive: Receive, seconds: float) -> Receive:
    """Read the whole request now (the client may be gone later), wait, then hand it to the app as if new."""
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body"):
            break
    await asyncio.sleep(seconds)

    async def replay() -> Message:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    return replay


async def _skew_total(receive: Receive, cents: int) -> Receive:
    """Read the whole order body and move its ``summary.total`` by ``cents`` before the app stores it."""
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body"):
            break
    raw = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
    try:
        body = json.loads(raw)
        summary = body["summary"]
        summary["total"] = str(Decimal(str(summary["total"])) + Decimal(cents).scaleb(-2))
        raw = json.dumps(body).encode()
    except (ValueError, KeyError, TypeError, ArithmeticError):
        pass  # not an order the sandbox can skew: the app answers it as sent
    replay = [{"type": "http.request", "body": raw, "more_body": False}]

    async def replayed() -> Message:
        return replay.pop(0) if replay else {"type": "http.disconnect"}

    return replayed


class SandboxGate:
    """Outermost ASGI layer: fault injection and API-key check."""

    def __init__(self, app: ASGIApp, api_key: str, faults: FaultInjector) -> None:
        self._app = app
        self._api_key = api_key.encode()
        self.faults = faults

    def _authorized(self, scope: Scope) -> bool:
        for name, value in scope["headers"]:
            if name == b"x-api-key":
                return hmac.compare_digest(value, self._api_key)
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        path: str = scope["path"]
        is_api = path.startswith(API_PREFIX)
        if is_api:
            settings = self.faults.settings
            if settings.latency_ms:
                await asyncio.sleep(settings.latency_ms / 1000)
            if self.faults.should_fail():
                await _send_error(send, 503, "The service is unavailable (sandbox fault injection).")
                return
            if self.faults.should_poison():
                await _send_poison(send, settings.poison)
                return
        if path.startswith("/v1/") and path not in _PUBLIC_PATHS and not self._authorized(scope):
            await _send_error(send, 401, "Missing or invalid API key (x-api-key).")
            return
        if is_api and scope["method"] in _WRITE_METHODS:
            if self.faults.should_drop():
                send = _DropAfterCommit(send)
            elif self.faults.should_stall():
                send = _StallAfterCommit(send, self.faults.settings.stall_ms / 1000)
            elif self.faults.should_delay():
                receive = await _hold_then_replay(receive, self.faults.settings.stall_ms / 1000)
            if settings.skew_total_cents and scope["method"] in ("POST", "PUT") \
                    and path.removeprefix(API_PREFIX).split("/")[0] in ("order", "orders"):
                receive = await _skew_total(receive, settings.skew_total_cents)
        await self._app(scope, receive, send)


# -- sandbox extension endpoints ---------------------------------------------------------------------


async def _health(request: Request) -> Response:
    return json_response('{"status":"ok"}')


async def _tax_tables(request: Request) -> Response:
    return json_response(jsonio.dumps(list(TAX_TABLES)))


async def _tax_table(request: Request) -> Response:
    table = tax_table(request.path_params["id"])
    if table is None:
        raise not_found()
    return json_response(jsonio.dumps(table))


def _faults_endpoint(faults: FaultInjector) -> Endpoint:
    """``GET`` shows the fault settings; ``PUT`` changes the fields it names (snake_case, as the CLI)."""
    fields = ("latency_ms", "fail_rate", "drop_after_commit", "stall_after_commit", "late_commit", "stall_ms",
              "poison", "poison_rate", "skew_total_cents", "fault_seed")

    async def endpoint(request: Request) -> Response:
        if request.method == "PUT":
            body = parse_object(await request.body())
            unknown = sorted(set(body) - set(fields))
            if unknown:
                raise ApiError(
                    400, "Validation failed: " + " ".join(f"Field `{n}` is not allowed." for n in unknown)
                )
            # Rates are probabilities, not money: a JSON fraction becomes a float here.
            changes = {
                name: float(v) if isinstance(v, Decimal | int) and not isinstance(v, bool)
                and name.endswith(("rate", "commit")) else v
                for name, v in body.items()
            }
            try:
                faults.update(**changes)
            except ValueError as err:
                raise ApiError(400, f"Validation failed: {err}.") from None
        return json_response(json.dumps(faults.settings.to_json(), separators=(",", ":")))  # no money here

    return endpoint


# -- errors ---------------------------------------------------------------------------------------------


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return json_response(error_body(exc.status, exc.message), exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code in (404, 405):  # NestJS answers an unknown method like an unknown path
        error = route_not_found(request.method, request.url.path)
        return json_response(error_body(error.status, error.message), error.status)
    return json_response(error_body(exc.status_code, str(exc.detail)), exc.status_code)


async def _server_error(request: Request, exc: Exception) -> Response:
    return json_response(error_body(500, "Internal server error."), 500)


def create_app(store: Store, api_key: str, faults: FaultInjector) -> SandboxGate:
    """The whole sandbox as one ASGI application."""
    routes: list[Route] = [
        Route("/v1/sandbox/health", _health, methods=["GET"]),
        Route("/v1/sandbox/tax-tables", _tax_tables, methods=["GET"]),
        Route("/v1/sandbox/tax-table/{id}", _tax_table, methods=["GET"]),
        Route("/v1/sandbox/faults", _faults_endpoint(faults), methods=["GET", "PUT"]),
    ]
    for resource in RESOURCES:
        handlers = ResourceHandlers(store, resource)
        base = API_PREFIX + resource.path
        routes.append(Route(base, handlers.create, methods=["POST"]))
        for method, endpoint in handlers.endpoints().items():
            routes.append(Route(base + "/{id}", endpoint, methods=[method]))
        if resource.list_path is not None:
            routes.append(Route(API_PREFIX + resource.list_path, handlers.list, methods=["GET"]))
    app = Starlette(
        routes=routes,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _server_error},
    )
    app.router.redirect_slashes = False
    return SandboxGate(app, api_key, faults)
