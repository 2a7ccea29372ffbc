"""The sync worker's decisions, driven through httpx.MockTransport (what the server says is scripted)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from register.api.client import FinalPOSClient
from register.services.events import ConnectivityChanged, EntryFailed, EventBus, PendingChanged, TotalsMismatch
from register.services.sync import Backoff, SyncWorker
from register.store import Database, transaction
from register.store.outbox import EntryState, Outbox, add
from register.store.records import audit_entries

ORDER = {"receiptId": "R1", "status": "completed", "source": "final", "balance": "0.00",
         "paymentMethods": [], "summary": {"discountTotal": "0.00", "total": "10.70", "totalTaxes": "0.70",
                                           "isTaxInclusive": False, "subTotal": "10.00", "taxes": []}}
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    db = Database.open(tmp_path / "station.sqlite3")
    yield Outbox(db)
    db.close()


def _queue(box: Outbox, local_id: str, kind: str = "order.create", body: dict[str, Any] | None = None) -> None:
    def write(conn: Any) -> None:
        with transaction(conn, "test"):
            add(conn, kind=kind, local_id=local_id, body=body or ORDER)

    box.db.call(write)


def _run(box: Outbox, handler: Handler, until_done: bool = True) -> tuple[SyncWorker, list[Any], list[httpx.Request]]:
    seen: list[httpx.Request] = []
    events: list[Any] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    async def main() -> SyncWorker:
        async def no_sleep(_s: float) -> None:
            return None

        client = FinalPOSClient("key", base_url="https://api.test", transport=httpx.MockTransport(record),
                                max_retries=0, sleep=no_sleep)
        bus = EventBus()
        bus.subscribe(events.append)
        worker = SyncWorker(box, client, bus, backoff=Backoff(initial=0.001, maximum=0.002))
        await worker.flush(deadline=None if until_done else 0)
        await client.aclose()
        return worker

    return asyncio.run(main()), events, seen


def _listing(records: list[dict[str, Any]]) -> Handler:
    """A list endpoint that honours skip and limit (at most 100), as the server does."""
    def answer(request: httpx.Request) -> httpx.Response:
        skip, limit = int(request.url.params.get("skip", 0)), int(request.url.params.get("limit", 100))
        return httpx.Response(200, json=records[skip:skip + min(limit or 100, 100)])

    return answer


def _stored(request: httpx.Request, **changes: Any) -> httpx.Response:
    body = json.loads(request.content)
    return httpx.Response(201, json={"id": "507f1f77bcf86cd799439011", **body, **changes})


def test_a_different_total_on_the_server_is_flagged_not_accepted(outbox: Outbox) -> None:
    _queue(outbox, "o1")
    summary = {**ORDER["summary"], "total": "10.71"}  # type: ignore[dict-item]
    worker, events, _ = _run(outbox, lambda r: _stored(r, summary=summary))
    assert [e for e in events if isinstance(e, TotalsMismatch)] == [
        TotalsMismatch("R1", "total", Decimal("10.70"), Decimal("10.71"))]
    flagged = outbox.db.call(lambda c: audit_entries(c, "totals_mismatch"))
    assert flagged[0]["subject"] == "R1" and flagged[0]["detail"] == {"field": "total", "local": "10.70",
                                                                      "server": "10.71"}
    assert worker.stats["mismatched"] == 1


def test_a_400_needs_attention_with_the_servers_message(outbox: Outbox) -> None:
    _queue(outbox, "o1")
    message = "Validation failed: Field `receiptId` is required."
    _, events, seen = _run(outbox, lambda r: httpx.Response(
        400, json={"statusCode": 400, "message": message, "error": "Bad Request"}))
    entry = outbox.get("o1")
    assert entry is not None and entry.state is EntryState.ATTENTION and message in (entry.last_error or "")
    assert [e.message for e in events if isinstance(e, EntryFailed)] == [f"400 {message}"]
    assert len(seen) == 1  # never retried blindly
    announced = [e for e in events if isinstance(e, PendingChanged)]
    assert (announced[-1].pending, announced[-1].attention) == (0, 1)
    assert announced[-1].oldest_unsent  # the refused order is a sale still not on the server


def test_a_401_keeps_the_entry_in_line(outbox: Outbox) -> None:
    _queue(outbox, "o1")
    _run(outbox, lambda r: httpx.Response(401, json={"statusCode": 401, "message": "Unauthorized",
                                                     "error": "Unauthorized"}), until_done=False)
    entry = outbox.get("o1")
    assert entry is not None and entry.state is EntryState.PENDING and entry.attempts == 1


def test_a_503_then_a_lookup_finds_the_order_and_does_not_post_again(outbox: Outbox) -> None:
    _queue(outbox, "o1")
    posts: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            posts.append(request)
            return httpx.Response(503, json={"statusCode": 503, "message": "busy", "error": "Service Unavailable"})
        # the first POST was in fact stored before the 503
        return _listing([{"id": "507f1f77bcf86cd799439011", **ORDER}])(request)

    worker, events, seen = _run(outbox, server)
    entry = outbox.get("o1")
    assert entry is not None and entry.state is EntryState.DONE and entry.server_id == "507f1f77bcf86cd799439011"
    assert len(posts) == 1  # looked up, not re-posted
    assert worker.stats["found"] == 1
    assert [e.online for e in events if isinstance(e, ConnectivityChanged)] == [False, True]
    assert seen[-1].url.path == "/v1/api/orders"


def test_a_customer_whose_answer_was_lost_is_looked_up_by_email_not_sent_twice(outbox: Outbox) -> None:
    body = {"email": "Ann@Example.com", "firstName": "Ann", "lastName": "Lee"}
    _queue(outbox, "c1", kind="customer.create", body=body)
    others = [{"id": f"507f1f77bcf86cd7994390{i:02d}", "email": f"x{i}@example.com", "firstName": "X",
               "lastName": str(i)} for i in range(150)]
    posts: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            posts.append(request)
            return httpx.Response(502, json={"statusCode": 502, "message": "bad gateway", "error": "Bad Gateway"})
        stored = [*others, {"id": "507f1f77bcf86cd799439abc", **body, "email": "ann@example.com"}]
        return _listing(stored)(request)

    worker, _, _seen = _run(outbox, server)
    entry = outbox.get("c1")
    assert entry is not None and entry.state is EntryState.DONE and entry.server_id == "507f1f77bcf86cd799439abc"
    assert len(posts) == 1 and "idempotency-key" not in posts[0].headers
    assert worker.stats["found"] == 1


def test_a_lost_transaction_is_held_for_a_person_not_sent_again(outbox: Outbox) -> None:
    body = {"externalId": "t1", "paymentMethod": "cash", "amount": "5.00", "currency": "USD", "type": "sale",
            "balance": "0.00", "sessionId": "s1", "receiptId": "R1"}
    _queue(outbox, "t1", kind="transaction.create", body=body)
    _, _events, seen = _run(outbox, lambda r: httpx.Response(504, json={"statusCode": 504, "message": "timeout",
                                                                       "error": "Gateway Timeout"}))
    entry = outbox.get("t1")
    assert entry is not None and entry.state is EntryState.ATTENTION and entry.problem == "unconfirmed"
    assert "register outbox confirm" in (entry.last_error or "") and "receipt R1" in (entry.last_error or "")
    assert [r.method for r in seen] == ["POST"]  # once, never again by itself
    assert outbox.counts().unconfirmed == 1
    outbox.retry("t1")  # a person checked Final POS and found nothing: send it again
    _run(outbox, lambda r: _stored(r))
    done = outbox.get("t1")
    assert done is not None and done.state is EntryState.DONE


def test_a_connection_refused_is_retried_and_reported_offline(outbox: Outbox) -> None:
    _queue(outbox, "o1")
    attempts: list[int] = []

    def server(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) < 3:
            raise httpx.ConnectError("connection refused", request=request)
        return _stored(request)

    _, events, _ = _run(outbox, server)
    states = [e.online for e in events if isinstance(e, ConnectivityChanged)]
    assert states == [False, True]
    entry = outbox.get("o1")
    assert entry is not None and entry.state is EntryState.DONE and entry.attempts == 3
