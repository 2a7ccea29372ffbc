"""Failures become typed errors with stable codes, and the API key never leaks."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import httpx
import pytest

from register.api import FinalPOSClient, errors

from ._mock import API_KEY, Script, reply, run
from .test_client_requests import CATEGORY


@pytest.mark.parametrize(
    ("status", "cls", "code", "phrase"),
    [
        (400, errors.BadRequestError, "bad_request", "Bad Request"),
        (401, errors.AuthenticationError, "unauthorized", "Unauthorized"),
        (403, errors.PermissionDeniedError, "forbidden", "Forbidden"),
        (404, errors.NotFoundError, "not_found", "Not Found"),
        (409, errors.ConflictError, "conflict", "Conflict"),
        (422, errors.UnprocessableEntityError, "unprocessable", "Unprocessable Entity"),
        (429, errors.RateLimitError, "rate_limited", "Too Many Requests"),
        (500, errors.InternalServerError, "server_error", "Internal Server Error"),
        (502, errors.InternalServerError, "server_error", "Bad Gateway"),
        (503, errors.InternalServerError, "server_error", "Service Unavailable"),
        (405, errors.APIStatusError, "http_error", "Method Not Allowed"),
        (410, errors.APIStatusError, "http_error", "Gone"),
    ],
)
def test_status_maps_to_its_error(status: int, cls: type[errors.APIStatusError], code: str, phrase: str) -> None:
    body = {"statusCode": status, "message": f"server says {status}", "error": phrase}
    script = Script([reply(status, body)])
    with pytest.raises(errors.APIStatusError) as caught:
        run(script, lambda c: c.categories.get("c1"), max_retries=0)
    err = caught.value
    assert type(err) is cls
    assert err.code == code
    assert err.status_code == status
    assert err.message == f"server says {status}"
    assert err.error == phrase
    assert err.body == body
    assert (err.method, err.path) == ("GET", "/v1/api/category/c1")
    assert str(err) == f"{status} {phrase}: server says {status} (GET /v1/api/category/c1)"


def test_bad_request_surfaces_the_server_message() -> None:
    body = {"statusCode": 400, "message": "Validation failed: Field `schemaField` is required.", "error": "Bad Request"}
    script = Script([reply(400, body)])
    with pytest.raises(errors.BadRequestError, match="Validation failed: Field `schemaField` is required"):
        run(script, lambda c: c.categories.create(CATEGORY))
    assert len(script.requests) == 1


def test_a_list_of_messages_is_joined() -> None:
    body = {"statusCode": 400, "message": ["name must be a string", "description should not be empty"],
            "error": "Bad Request"}
    script = Script([reply(400, body)])
    with pytest.raises(errors.BadRequestError) as caught:
        run(script, lambda c: c.categories.create(CATEGORY))
    assert caught.value.message == "name must be a string; description should not be empty"


def test_unauthorized_without_a_body() -> None:
    script = Script([reply(401)])
    with pytest.raises(errors.AuthenticationError) as caught:
        run(script, lambda c: c.outlets.list())
    assert caught.value.message == "Unauthorized"
    assert caught.value.body is None


def test_a_non_json_error_body_becomes_the_message() -> None:
    script = Script([reply(502, text="<html>Bad gateway</html>" + "x" * 500)])
    with pytest.raises(errors.InternalServerError) as caught:
        run(script, lambda c: c.outlets.list(), max_retries=0)
    assert caught.value.message.startswith("<html>Bad gateway</html>")
    assert len(caught.value.message) <= 200


def test_every_error_is_an_api_error_with_a_code() -> None:
    for cls in [errors.APIError, errors.APIConnectionError, errors.APITimeoutError, errors.APIResponseValidationError,
                errors.APIStatusError, errors.BadRequestError, errors.AuthenticationError,
                errors.PermissionDeniedError, errors.NotFoundError, errors.ConflictError,
                errors.UnprocessableEntityError, errors.RateLimitError, errors.InternalServerError]:
        assert issubclass(cls, errors.APIError)
        assert cls.code and cls.code.replace("_", "").isalpha()
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.InternalServerError, errors.APIStatusError)


# no response ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "failure", [httpx.ConnectTimeout("c"), httpx.ReadTimeout("r"), httpx.WriteTimeout("w"), httpx.PoolTimeout("p")]
)
def test_timeouts_become_api_timeout_errors(failure: httpx.TimeoutException) -> None:
    script = Script([failure])
    with pytest.raises(errors.APITimeoutError) as caught:
        run(script, lambda c: c.orders.get("d1"))
    assert caught.value.code == "timeout"
    assert caught.value.__cause__ is failure
    assert len(script.requests) == 4


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ReadError("reset"),
                                     httpx.RemoteProtocolError("eof")])
def test_transport_errors_become_connection_errors(failure: httpx.TransportError) -> None:
    script = Script([failure])
    with pytest.raises(errors.APIConnectionError) as caught:
        run(script, lambda c: c.orders.get("d1"), max_retries=1)
    assert type(caught.value) is errors.APIConnectionError
    assert caught.value.code == "connection_error"
    assert caught.value.__cause__ is failure


def test_a_real_read_timeout_over_a_socket() -> None:
    """A server that accepts and never answers: the client's own read timeout fires."""
    import asyncio

    async def main() -> errors.APIError:
        done = asyncio.Event()
        handlers: list[asyncio.Task[None]] = []

        async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            current = asyncio.current_task()
            assert current is not None
            handlers.append(current)
            try:
                await reader.read(65536)
                await done.wait()
            finally:
                writer.close()
                await writer.wait_closed()

        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        slept: list[float] = []

        async def sleep(seconds: float) -> None:
            slept.append(seconds)

        try:
            async with FinalPOSClient(API_KEY, base_url=f"http://127.0.0.1:{port}", timeout=0.1, max_retries=1,
                                      sleep=sleep) as client:
                try:
                    await client.outlets.list()
                except errors.APIError as err:
                    assert len(slept) == 1
                    return err
                raise AssertionError("no timeout")
        finally:
            done.set()
            await asyncio.gather(*handlers, return_exceptions=True)
            server.close()
            await server.wait_closed()

    err = asyncio.run(main())
    assert isinstance(err, errors.APITimeoutError)
    assert isinstance(err.__cause__, httpx.ReadTimeout)


# contract-breaking responses ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("{not json", lambda c: c.categories.get("c1")),
        ("<html>oops</html>", lambda c: c.categories.list()),
        ('{"id": "c1", "name": 5}', lambda c: c.categories.get("c1")),
        ('{"id": "c1", "menuOrder": "first"}', lambda c: c.categories.get("c1")),
        ('{"id": "o1", "balance": "lots"}', lambda c: c.orders.get("o1")),
        ('{"id": "o1", "summary": []}', lambda c: c.orders.get("o1")),
        ('[{"id": "o1"}]', lambda c: c.orders.get("o1")),
        ('{"items": []}', lambda c: c.orders.list()),
        ("null", lambda c: c.orders.list()),
        ('[{"name": "T", "rates": [{"name": "no percentage"}]}]', lambda c: c.tax_tables.list()),
        ("", lambda c: c.categories.get("c1")),
    ],
)
def test_contract_breaking_response_is_a_validation_error(text: str, call: Any) -> None:
    script = Script([reply(200, text=text)])
    with pytest.raises(errors.APIResponseValidationError) as caught:
        run(script, call)
    err = caught.value
    assert err.code == "invalid_response"
    assert err.status_code == 200
    assert len(err.excerpt) <= 200
    assert len(script.requests) == 1


def test_a_set_aside_record_is_named_with_its_field() -> None:
    script = Script([reply(200, text='[{"id": "c1"}, {"id": "c2", "menuOrder": "x"}]')])
    page = run(script, lambda c: c.categories.page())
    assert [c.id for c in page.items] == ["c1"]
    assert [(a.record_id, a.position) for a in page.set_aside] == [("c2", 1)]
    assert "menuOrder" in page.set_aside[0].problem


def test_one_bad_tax_table_fails_them_all() -> None:
    """Unlike a catalog page, tax tables are all or nothing: a table left out would tax sales wrongly."""
    script = Script([reply(200, text='[{"id": "t1", "name": "A", "rates": []}, {"id": "t2", "rates": "x"}]')])
    with pytest.raises(errors.APIResponseValidationError, match="tax table"):
        run(script, lambda c: c.tax_tables.list())


# secrets ------------------------------------------------------------------------------------
def _all_errors_text(err: BaseException) -> str:
    parts = [str(err), repr(err), "".join(traceback.format_exception(err)), repr(vars(err))]
    return "\n".join(parts)


def test_api_key_never_appears_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"statusCode": 400, "message": f"bad key {API_KEY}", "error": "Bad Request"}
    failures: list[Any] = [
        reply(400, echo),
        reply(401, {"statusCode": 401, "message": "Unauthorized"}),
        reply(404),
        reply(409),
        reply(429, headers={"Retry-After": "1"}),
        reply(500, text=f"trace: {API_KEY}"),
        reply(200, text=f"{{broken {API_KEY}"),
        reply(200, text=f'{{"id": 5, "name": "{API_KEY}"}}'),
        httpx.ConnectError(f"refused {API_KEY}"[:0] + "refused"),
        httpx.ReadTimeout("slow"),
    ]
    seen: list[str] = []
    for failure in failures:
        script = Script([failure])
        with pytest.raises(errors.APIError) as caught:
            run(script, lambda c: c.categories.get("c1"), max_retries=1)
        seen.append(_all_errors_text(caught.value))
    client = FinalPOSClient(API_KEY)
    seen += [repr(client), str(client), repr(vars(client)), repr(client.orders), str(vars(client.orders))]
    seen += [record.getMessage() + repr(record.args) for record in caplog.records]
    assert any(record.name == "register.api" for record in caplog.records)
    for text in seen:
        assert API_KEY not in text


@pytest.mark.parametrize("key", ["", " padded ", "line\nbreak", "naïve", "two words"])
def test_unusable_api_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(ValueError) as caught:
        FinalPOSClient(key)
    if key:
        assert key not in str(caught.value)
