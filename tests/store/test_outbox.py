"""The outbox's order, dependencies and states (the sync worker's behaviour is tested in services/)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from register.store import Database, transaction
from register.store.outbox import EntryState, Outbox, add


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    db = Database.open(tmp_path / "station.sqlite3")
    yield Outbox(db)
    db.close()


def _add(outbox: Outbox, local_id: str, kind: str = "order.create", **kw: object) -> int:
    def write(conn: object) -> int:
        with transaction(conn, "test"):  # type: ignore[arg-type]
            return add(conn, kind=kind, local_id=local_id, body={"receiptId": local_id}, **kw)  # type: ignore[arg-type]

    return outbox.db.call(write)


def test_entries_keep_their_order_key_and_body(outbox: Outbox) -> None:
    _add(outbox, "s1", "session.create")
    _add(outbox, "o1", refs={"sessionId": "s1"})
    entries = outbox.entries()
    assert [e.local_id for e in entries] == ["s1", "o1"]
    assert entries[1].refs == {"sessionId": "s1"} and entries[1].depends_on == {"s1"}
    assert entries[0].idempotency_key != entries[1].idempotency_key
    assert all(e.state is EntryState.PENDING for e in entries)
    assert outbox.counts().pending == 2


def test_next_ready_respects_order_dependencies_and_backoff(outbox: Outbox) -> None:
    _add(outbox, "s1", "session.create")
    _add(outbox, "o1", refs={"sessionId": "s1"})
    _add(outbox, "c1", "customer.create")

    async def scenario() -> None:
        first, _ = await outbox.next_ready(now=1000.0)
        assert first is not None and first.local_id == "s1"
        await outbox.mark_in_flight(first, sent_at=1000.0)
        await outbox.mark_retry(first, "connection refused", next_attempt_at=1005.0)
        # s1 is backing off: nothing overtakes it, and the caller learns when to come back
        entry, due = await outbox.next_ready(now=1001.0)
        assert entry is None and due == 1005.0
        entry, _ = await outbox.next_ready(now=1006.0)
        assert entry is not None and entry.local_id == "s1" and entry.attempts == 1
        await outbox.mark_done(entry, "srv-s1", {"id": "srv-s1"})
        entry, _ = await outbox.next_ready(now=1006.0)
        assert entry is not None and entry.local_id == "o1"
        assert await outbox.server_ids({"s1"}) == {"s1": "srv-s1"}

    asyncio.run(scenario())


def test_an_entry_needing_attention_blocks_only_its_dependants(outbox: Outbox) -> None:
    _add(outbox, "s1", "session.create")
    _add(outbox, "o1", refs={"sessionId": "s1"})
    _add(outbox, "c1", "customer.create")

    async def scenario() -> None:
        first, _ = await outbox.next_ready(now=0)
        assert first is not None
        await outbox.mark_attention(first, "400 Validation failed: Field `openedBy` is required.")
        entry, _ = await outbox.next_ready(now=0)
        assert entry is not None and entry.local_id == "c1"  # o1 waits on s1; c1 goes ahead

    asyncio.run(scenario())
    counts = outbox.counts()
    assert (counts.pending, counts.attention, counts.waiting) == (2, 1, 3)
    refused = outbox.get("s1")
    assert refused is not None and refused.state is EntryState.ATTENTION
    assert refused.last_error is not None and "openedBy" in refused.last_error
    again = outbox.retry("s1")
    assert again.state is EntryState.PENDING and again.next_attempt_at == 0


def test_in_flight_survives_a_restart_as_ambiguous(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite3"
    db = Database.open(path)
    box = Outbox(db)
    _add(box, "o1")

    async def send() -> None:
        entry, _ = await box.next_ready(now=0)
        assert entry is not None
        await box.mark_in_flight(entry, sent_at=5.0, tail_skip=300)

    asyncio.run(send())
    db.close()  # the process dies with the request in the air
    db = Database.open(path)
    try:
        box = Outbox(db)

        async def after() -> None:
            entry, _ = await box.next_ready(now=0)
            assert entry is not None and entry.state is EntryState.IN_FLIGHT and entry.attempts == 1
            assert entry.in_transit and entry.last_sent_at == 5.0 and entry.tail_skip == 300  # may still arrive

        asyncio.run(after())
    finally:
        db.close()


def test_retry_refuses_done_and_unknown(outbox: Outbox) -> None:
    _add(outbox, "o1")

    async def finish() -> None:
        entry, _ = await outbox.next_ready(now=0)
        assert entry is not None
        await outbox.mark_done(entry, "x", {})

    asyncio.run(finish())
    with pytest.raises(ValueError, match="already done"):
        outbox.retry(1)
    with pytest.raises(KeyError):
        outbox.retry(99)
