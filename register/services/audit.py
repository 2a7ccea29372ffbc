"""The audit log, read through the policy: a manager's (:attr:`Action.AUDIT_LOG`), for the screen that lists it.

The log itself is :mod:`register.store.audit`: append-only (triggers refuse changes), hash-chained. Reading it is
audited too (``audit_read``), so who looked at it is on record beside what they saw.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from register.services.policy import Action, Approval, PolicyService
from register.store.audit import rows, verify
from register.store.database import Database, transaction
from register.store.records import audit


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    entry_id: int
    at: str
    """When (ISO, UTC)."""
    actor: str | None
    action: str
    subject: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditCheck:
    """What walking the chain found."""

    checked: int
    broken_at: int | None
    problem: str = ""

    @property
    def intact(self) -> bool:
        """Every entry follows the one before it and none was changed."""
        return self.broken_at is None


class AuditService:
    """The station's audit log for a manager."""

    def __init__(self, db: Database, policy: PolicyService) -> None:
        self._db = db
        self._policy = policy

    async def entries(self, *, approval: Approval | None = None, action: str | None = None,
                      limit: int = 500) -> tuple[list[AuditEntry], AuditCheck]:
        """The newest entries (of ``action`` only, if given) and the chain's check; a manager's action."""
        reader = self._policy.require(Action.AUDIT_LOG, approval=approval, subject=action)

        def read(conn: sqlite3.Connection) -> tuple[list[AuditEntry], AuditCheck]:
            with transaction(conn, "recording who read the audit log"):
                audit(conn, "audit_read", actor=reader or None, subject=action)
                self._policy.record(conn, Action.AUDIT_LOG, approval, action)
            found = [AuditEntry(r["id"], r["at"], r["actor"], r["action"], r["subject"], r["detail"] or {})
                     for r in rows(conn, action=action, limit=limit)]
            checked, broken = verify(conn)
            return found, AuditCheck(checked, broken.entry_id if broken else None, broken.problem if broken else "")

        return await self._db.run(read)
