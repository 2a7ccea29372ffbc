"""What the sandbox holds, read straight from its database once it has stopped: the omniscient view a test
needs, since the API itself cannot list transactions, refunds or sessions."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from register.sandbox.store import Store
from register.services.core import RegisterCore
from register.store.outbox import EntryState
from register.store.records import audit_entries


@dataclass(frozen=True)
class ServerState:
    """Every record of the collections a register writes, in creation order."""

    orders: list[dict[str, Any]]
    transactions: list[dict[str, Any]]
    refunds: list[dict[str, Any]]
    sessions: list[dict[str, Any]]
    customers: list[dict[str, Any]]

    def by_external_id(self, collection: str, external_id: str) -> list[dict[str, Any]]:
        return [r for r in getattr(self, collection) if r.get("externalId") == external_id]

    def receipts(self) -> Counter[str]:
        return Counter(str(o.get("receiptId")) for o in self.orders)


def read_server(data_dir: Path) -> ServerState:
    """The records of a STOPPED sandbox (its database is locked while it runs)."""
    store = Store.open(data_dir)
    try:
        def every(collection: str) -> list[dict[str, Any]]:
            return list(json.loads(store.list_text(collection, 0, 1 << 40), parse_float=Decimal))

        return ServerState(every("order"), every("transaction"), every("refund"), every("session"),
                           every("customer"))
    finally:
        store.close()


def settle_like_a_person(core: RegisterCore, server: ServerState) -> int:
    """What a manager does with each unconfirmed write: look in Final POS's back office (here: the sandbox's
    records), then confirm it with the id found there, or send it again. Returns how many there were."""
    unconfirmed = [e for e in core._outbox.entries(states=(EntryState.ATTENTION,), limit=10_000)]
    assert all(e.problem == "unconfirmed" for e in unconfirmed), [e.last_error for e in unconfirmed[:3]]
    for entry in unconfirmed:
        collection = {"transaction.create": "transactions", "refund.create": "refunds"}[entry.kind]
        found = server.by_external_id(collection, entry.body["externalId"])
        assert len(found) <= 1, f"{entry.kind} {entry.local_id} is on the server {len(found)} times"
        if found:
            core._outbox.confirm(entry.seq, found[0]["id"], actor="Manager")
        else:
            core._outbox.retry(entry.seq)
    return len(unconfirmed)


def assert_exactly_once(core: RegisterCore, server: ServerState, totals: dict[str, Decimal]) -> None:
    """One order per sale with the register's totals, one transaction per payment, one refund per refund, one
    customer per customer created, and all of a session's sales in one session."""
    receipts = server.receipts()
    assert [r for r, n in receipts.items() if n > 1] == [], "a receiptId is on the server twice"
    assert set(receipts) == set(totals), (set(totals) - set(receipts), set(receipts) - set(totals))
    for order in server.orders:
        assert Decimal(str(order["summary"]["total"])) == totals[order["receiptId"]], order["receiptId"]
    entries = core._outbox.entries(limit=100_000)
    assert [e for e in entries if e.state is not EntryState.DONE] == []
    for entry in entries:
        if entry.kind in ("transaction.create", "refund.create"):
            collection = "transactions" if entry.kind == "transaction.create" else "refunds"
            held = server.by_external_id(collection, entry.body["externalId"])
            assert len(held) == 1, f"{entry.kind} {entry.local_id} is on the server {len(held)} times"
            assert held[0]["id"] == entry.server_id
    created = [e for e in entries if e.kind == "customer.create"]
    emails = Counter(str(c.get("email")) for c in server.customers)
    assert all(emails[e.body["email"]] == 1 for e in created), emails
    # the sessions: every sale, payment and refund in the one session the register knows; any other session
    # with its number is an empty duplicate of a create whose answer was lost (audited as sync_resent)
    known = {e.server_id for e in entries if e.kind == "session.create"}
    used = {r.get("sessionId") for r in (*server.orders, *server.transactions, *server.refunds)}
    assert used == known, (used, known)
    numbers = Counter(str(s.get("sessionNumber")) for s in server.sessions)
    resent = Counter(a["subject"] for a in core._db.call(lambda c: audit_entries(c, "sync_resent")))
    for session in server.sessions:
        if session["id"] not in known:
            local = next(e.local_id for e in entries if e.kind == "session.create"
                         and e.body["sessionNumber"] == session["sessionNumber"])
            assert resent[local] >= 1, "an extra session the register never said it might have made"
    assert len(numbers) == len(known)
