"""Retries: which failures, how many times, how long between, and why a POST is almost never sent twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from register.api import errors
from register.api._constants import DEFAULT_MAX_RETRIES, RETRY_AFTER_CAP
from register.api._retry import backoff_delay, parse_retry_after, retry_delay

from ._mock import Script, reply, run
from .test_client_requests import CATEGORY, ORDER, RECORD

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
LIST_OK = reply(200, [])


def _backoff_bounds(retry_number: int) -> tuple[float, float]:
    full = min(0.5 * 2**retry_number, 8.0)
    return full * 0.75, full


# backoff -------------------------------------------------------------------------------------
def test_backoff_doubles_from_half_a_second_to_eight() -> None:
    assert [backoff_delay(n, rand=lambda: 0.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert [backoff_delay(n, rand=lambda: 1.0) for n in range(3)] == [0.375, 0.75, 1.5]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_is_retried_on_retryable_status(status: int) -> None:
    script = Script([reply(status, {"statusCode": status, "message": "busy"}), reply(status), LIST_OK])
    assert run(script, lambda c: c.categories.list()) == []
    assert len(script.requests) == 3
    assert len(script.sleeps) == 2
    for number, slept in enumerate(script.sleeps):
        low, high = _backoff_bounds(number)
        assert low <= slept <= high


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_get_is_not_retried_on_a_client_error(status: int) -> None:
    script = Script([reply(status, {"statusCode": status, "message": "no"}), LIST_OK])
    with pytest.raises(errors.APIStatusError):
        run(script, lambda c: c.categories.list())
    assert len(script.requests) == 1
    assert script.sleeps == []


def test_retries_stop_after_max_retries() -> None:
    script = Script([reply(503)])
    with pytest.raises(errors.InternalServerError) as caught:
        run(script, lambda c: c.categories.get("c1"))
    assert caught.value.status_code == 503
    assert len(script.requests) == DEFAULT_MAX_RETRIES + 1
    assert len(script.sleeps) == DEFAULT_MAX_RETRIES
    for number, slept in enumerate(script.sleeps):
        low, high = _backoff_bounds(number)
        assert low <= slept <= high


@pytest.mark.parametrize("max_retries", [0, 1, 6])
def test_max_retries_is_configurable(max_retries: int) -> None:
    script = Script([reply(500)])
    with pytest.raises(errors.InternalServerError):
        run(script, lambda c: c.categories.list(), max_retries=max_retries)
    assert len(script.requests) == max_retries + 1
    assert all(_backoff_bounds(n)[0] <= s <= _backoff_bounds(n)[1] for n, s in enumerate(script.sleeps))


def test_connection_errors_and_timeouts_are_retried_for_a_get() -> None:
    script = Script([httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof"),
                     LIST_OK])
    assert run(script, lambda c: c.orders.list()) == []
    assert len(script.requests) == 4
    assert len(script.sleeps) == 3


# Retry-After ---------------------------------------------------------------------------------
RETRY_AFTER_CASES: list[tuple[dict[str, str], float | None]] = [
    ({}, None),
    ({"Retry-After": "3"}, 3.0),
    ({"Retry-After": "0"}, 0.0),
    ({"Retry-After": "1.5"}, 1.5),
    ({"Retry-After": " 7 "}, 7.0),
    ({"Retry-After": "120"}, 120.0),
    ({"Retry-After": "-1"}, None),
    ({"Retry-After": "soon"}, None),
    ({"Retry-After": "nan"}, None),
    ({"Retry-After": format_datetime(NOW + timedelta(seconds=10), usegmt=True)}, 10.0),
    ({"Retry-After": format_datetime(NOW - timedelta(seconds=10), usegmt=True)}, 0.0),
    ({"Retry-After": "Fri, 02 Jan 2026 03:04:25 GMT"}, 20.0),
    ({"retry-after-ms": "250"}, 0.25),
    ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
    ({"retry-after-ms": "x", "Retry-After": "9"}, 9.0),
]


@pytest.mark.parametrize(("headers", "seconds"), RETRY_AFTER_CASES)
def test_parse_retry_after(headers: dict[str, str], seconds: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == seconds


@pytest.mark.parametrize(("headers", "seconds"), RETRY_AFTER_CASES)
def test_retry_delay_honours_retry_after_up_to_the_cap(headers: dict[str, str], seconds: float | None) -> None:
    delay = retry_delay(2, headers, rand=lambda: 0.0, now=NOW)
    assert delay == (2.0 if seconds is None else min(seconds, RETRY_AFTER_CAP))


@pytest.mark.parametrize(
    ("retry_after", "slept"), [("3", 3.0), ("0", 0.0), ("600", RETRY_AFTER_CAP), ("0.25", 0.25)]
)
def test_client_sleeps_what_retry_after_says(retry_after: str, slept: float) -> None:
    script = Script([reply(429, {"statusCode": 429, "message": "slow down"}, headers={"Retry-After": retry_after}),
                     LIST_OK])
    run(script, lambda c: c.categories.list())
    assert script.sleeps == [slept]


def test_client_reads_an_http_date_retry_after() -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    script = Script([reply(503, headers={"Retry-After": format_datetime(when, usegmt=True)}), LIST_OK])
    run(script, lambda c: c.categories.list())
    assert 27 <= script.sleeps[0] <= 30


def test_rate_limit_error_carries_retry_after() -> None:
    script = Script([reply(429, {"statusCode": 429, "message": "slow down", "error": "Too Many Requests"},
                           headers={"Retry-After": "12"})])
    with pytest.raises(errors.RateLimitError) as caught:
        run(script, lambda c: c.categories.list(), max_retries=0)
    assert caught.value.retry_after == 12.0
    assert caught.value.code == "rate_limited"


# writes: repeatable ones, and POSTs (the server de-duplicates nothing) ------------------------
REPEATABLE: list[tuple[str, Any]] = [
    ("PUT", lambda c: c.categories.update("c1", {"name": "n"})),
    ("DELETE", lambda c: c.categories.delete("c1")),
    ("PUT", lambda c: c.orders.update("o1", {"status": "completed"})),
]
CREATES: list[Any] = [
    lambda c: c.categories.create(CATEGORY),
    lambda c: c.orders.create(ORDER),
]


@pytest.mark.parametrize(("method", "call"), REPEATABLE)
def test_a_put_or_delete_is_retried_with_the_same_body(method: str, call: Any) -> None:
    script = Script([reply(500), httpx.ReadTimeout("slow"), reply(408), reply(200, RECORD | {"statusCode": 200})])
    run(script, call)
    assert len(script.requests) == 4
    assert {r.method for r in script.requests} == {method}
    assert len(set(script.bodies)) == 1
    assert len(script.sleeps) == 3


@pytest.mark.parametrize("call", CREATES)
@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("no route"), httpx.PoolTimeout("busy"),
                reply(429, headers={"Retry-After": "1"})],
    ids=["refused", "connect-timeout", "pool-timeout", "429"],
)
def test_a_post_is_sent_again_only_when_it_never_reached_the_server(call: Any, failure: Any) -> None:
    script = Script([failure, reply(201, RECORD)])
    run(script, call)
    assert [r.method for r in script.requests] == ["POST", "POST"]
    assert len(set(script.bodies)) == 1
    assert "idempotency-key" not in script.requests[0].headers  # the API has none: nothing pretends it does


@pytest.mark.parametrize("call", CREATES)
@pytest.mark.parametrize(
    "failure", [reply(503), reply(500), reply(502), reply(408), reply(409), httpx.ReadTimeout("slow"),
                httpx.RemoteProtocolError("reset after sending"), httpx.ReadError("eof"),
                httpx.WriteTimeout("half sent")],
    ids=["503", "500", "502", "408", "409", "read-timeout", "reset", "read-error", "write-timeout"],
)
def test_a_post_that_may_have_reached_the_server_is_never_sent_again(call: Any, failure: Any) -> None:
    script = Script([failure, reply(201, RECORD)])
    with pytest.raises(errors.APIError) as caught:
        run(script, call)
    assert len(script.requests) == 1
    assert script.sleeps == []
    assert not errors.certainly_not_sent(caught.value)  # the caller must look the record up first


def test_certainly_not_sent_tells_the_two_kinds_of_failure_apart() -> None:
    refused = Script([httpx.ConnectError("refused")])
    with pytest.raises(errors.APIConnectionError) as caught:
        run(refused, lambda c: c.orders.create(ORDER), max_retries=0)
    assert errors.certainly_not_sent(caught.value) and caught.value.sent is False
    timed_out = Script([httpx.ReadTimeout("slow")])
    with pytest.raises(errors.APITimeoutError) as late:
        run(timed_out, lambda c: c.orders.create(ORDER), max_retries=0)
    assert late.value.sent is True and not errors.certainly_not_sent(late.value)
