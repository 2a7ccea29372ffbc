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
