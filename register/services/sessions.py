"""Cash sessions: open with a counted float, cash in and out, X report, close with counts and a Z report.

Everything is committed locally first and goes to Final POS through the outbox, so a session opens and
closes offline. The API has no sessions list, so the open session is remembered locally. Cash paid in
or out has no endpoint of its own: it is posted as a transaction (type ``cash_in``/``cash_out``) and
listed in the closing report.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from register.services.cart import InputError, parse_amount
from register.services.context import NotReadyError, StationContext, employee_id, today
from register.services.events import SessionChanged
from register.services.policy import Action, Approval
from register.services.reports import CountLine, SessionFigures, reconcile, session_figures
from register.services.sale_record import CashMovement, record_from_json
from register.services.wire_bodies import cash_movement_body
from register.store import outbox
from register.store.database import transaction
from register.store.records import audit, dumps, get_setting, loads, now_iso, set_setting

STATION_AVAILABLE = "AVAILABLE"
"""The only station status the reference documents. The register sends it when a station is given back and
otherwise leaves the status alone (it never invents one such as ``IN_USE``); a station in use is one whose
``deviceId`` is another installation's."""
DEFAULT_OPENING_NOTE = "Float counted at the till"
BLIND_CLOSE_SETTING = "ui.blind_close"
"""The setting (its name from when the screens kept it) saying whether the close is counted blind."""
"""The reference requires ``openingNote``; this is sent when the person opening wrote none."""


@dataclass(frozen=True)
class LocalSession:
    """The station's session as recorded locally."""

    local_id: str
    number: str
    station_id: str
    opened_at: str
    opened_by: str
    opening_amount: Decimal
    closed_at: str | None = None

    @property
    def is_open(self) -> bool:
        """Not closed yet."""
        return self.closed_at is None

    @property
    def opened_today(self) -> bool:
        """Opened on today's local date (a session left open on another day must be closed first)."""
        from datetime import datetime

        opened = datetime.fromisoformat(self.opened_at).astimezone()
        return opened.strftime("%Y%m%d") == today()


@dataclass(frozen=True)
class SessionCount:
    """One count of the drawer, committed: the blind count (``n`` 1) or a recount."""

    n: int
    counted: dict[str, Decimal]
    counted_by: str
    approved_by: str | None
    at: str


@dataclass(frozen=True)
class ClosedSession:
    """What closing produced: the counts against the figures, and the Z report as stored."""

    session: LocalSession
    figures: SessionFigures
    counts: list[CountLine]
    report: dict[str, Any]


def _session_row(row: tuple[Any, ...]) -> LocalSession:
    body = loads(row[5])
    return LocalSession(row[0], row[1], row[2], row[3], str(body.get("openedBy", "")),
                        Decimal(str(body.get("openingAmount", "0"))), row[4])


_SESSION_COLUMNS = "local_id, number, station_id, opened_at, closed_at, body"


class SessionService:
    """The cash session life cycle of one station."""

    def __init__(self, ctx: StationContext) -> None:
        self.ctx = ctx

    async def current(self) -> LocalSession | None:
        """The open session of this station, if any."""
        def read(conn: sqlite3.Connection) -> LocalSession | None:
            row = conn.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE closed_at IS NULL "
                               "ORDER BY opened_at DESC LIMIT 1").fetchone()
            return _session_row(row) if row else None

        return await self.ctx.db.run(read)

    async def find(self, number: str | None = None, *, closed: bool = False) -> LocalSession | None:
        """A session of this station by its number or local id; without one, the open session (``closed``: the
        last closed one)."""
        def read(conn: sqlite3.Connection) -> LocalSession | None:
            if number:
                row = conn.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE number = ? OR local_id = ?",
                                   (number, number)).fetchone()
            else:
                state = "IS NOT NULL" if closed else "IS NULL"
                row = conn.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE closed_at {state} "
                                   "ORDER BY opened_at DESC LIMIT 1").fetchone()
            return _session_row(row) if row else None

        return await self.ctx.db.run(read)

    async def z_report(self, session: LocalSession) -> dict[str, Any] | None:
        """The Z report of a closed session, as stored when it closed (None for a session still open)."""
        def read(conn: sqlite3.Connection) -> dict[str, Any] | None:
            row = conn.execute("SELECT json_extract(body, '$.closingReportData') FROM sessions WHERE local_id = ? "
                               "AND closed_at IS NOT NULL", (session.local_id,)).fetchone()
            return loads(row[0]) if row and row[0] else None

        return await self.ctx.db.run(read)

    async def require_open(self) -> LocalSession:
        """The open session, or NotReadyError."""
        session = await self.current()
        if session is None:
            raise NotReadyError("No cash session is open. Open one with a counted float first.")
        return session

    async def open(self, counted_float: Decimal | str, opened_by: str, note: str = "") -> LocalSession:
        """Open a session with the counted float; committed locally and queued for Final POS."""
        station = self.ctx.require_station()
        amount = parse_amount(counted_float, "opening float", allow_zero=True)
        if not opened_by.strip():
            raise InputError("opened by: a name is needed")
        local_id = uuid.uuid4().hex
        opened_at = now_iso()

        def write(conn: sqlite3.Connection) -> LocalSession:
            with transaction(conn, "opening the session"):
                if conn.execute("SELECT 1 FROM sessions WHERE closed_at IS NULL").fetchone():
                    raise NotReadyError("A session is already open on this station; close it first.")
                day = today()
                prefix = f"S-{station.short}-{day}-"
                n = conn.execute("SELECT count(*) FROM sessions WHERE number LIKE ?", (prefix + "%",)).fetchone()[0]
                number = f"{prefix}{n + 1}"
                body = {
                    "stationId": station.station_id, "sessionNumber": number, "openedBy": opened_by,
                    "openTime": opened_at, "openingAmount": self.ctx.money(amount), "notes": [],
                    "closingAmounts": {}, "openingNote": note.strip() or DEFAULT_OPENING_NOTE,
                }
                conn.execute(f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES (?, ?, ?, ?, NULL, ?)",
                             (local_id, number, station.station_id, opened_at, dumps(body)))
                outbox.add(conn, kind="session.create", local_id=local_id, body=body)
                audit(conn, "session_open", actor=opened_by, subject=number, float=self.ctx.money(amount), note=note)
                return LocalSession(local_id, number, station.station_id, opened_at, opened_by,
                                    Decimal(self.ctx.money(amount)))

        session = await self.ctx.db.run(write)
        self.ctx.wake_sync()
        self.ctx.bus.emit(SessionChanged(session.number, open=True))
        return session

    async def move_cash(self, direction: str, amount: Decimal | str, reason: str, actor: str,
                        approval: Approval | None = None) -> None:
        """Cash paid into (``in``) or out of (``out``) the drawer, with a reason; posted as a transaction. Cash out
        is a manager's action by default."""
        if direction not in ("in", "out"):
            raise ValueError("direction is 'in' or 'out'")
        value = parse_amount(amount, f"cash {direction}")
        if not reason.strip():
            raise InputError("reason: say why the cash moved")
        session = await self.require_open()
        action = Action.CASH_IN if direction == "in" else Action.CASH_OUT
        actor = self.ctx.authorise(action, amount=value, approval=approval, subject=session.number) or actor
        station = self.ctx.require_station()
        kind = f"cash_{direction}"
        local_id = uuid.uuid4().hex

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, f"recording cash {direction}"):
                figures = self._figures(conn, session)
                cash = figures.method("cash")
                after = cash.expected + (value if direction == "in" else -value)
                if after < 0:
                    raise InputError(f"cash out: the drawer should hold only {self.ctx.money(cash.expected)}")
                movement = CashMovement(local_id, kind, value, reason, now_iso(), session.local_id)
                body = cash_movement_body(movement, currency=self.ctx.pricing.currency, balance=after,
                                          outlet_id=station.outlet_id, employee=employee_id(conn, actor))
                conn.execute("INSERT INTO sales (local_id, receipt_id, session_local_id, kind, created_at, record, "
                             "cashier) VALUES (?, ?, ?, ?, ?, ?, ?)", (local_id, local_id, session.local_id, kind,
                                                                       movement.created_at,
                                                                       dumps(movement.to_json()), actor))
                outbox.add(conn, kind="transaction.create", local_id=local_id, body=body,
                           refs={"sessionId": session.local_id})
                audit(conn, kind, actor=actor, subject=session.number, amount=self.ctx.money(value), reason=reason)
                self.ctx.record_approval(conn, action, approval, session.number, value)

        await self.ctx.db.run(write)
        self.ctx.owe_drawer(kind)  # the drawer may open once for this movement without a no-sale's approval
        self.ctx.wake_sync()

    def _figures(self, conn: sqlite3.Connection, session: LocalSession) -> SessionFigures:
        rows = conn.execute("SELECT kind, record FROM sales WHERE session_local_id = ? ORDER BY created_at",
                            (session.local_id,)).fetchall()
        return session_figures(self.ctx.pricing.currency, session.opening_amount,
                               (record_from_json(kind, loads(record)) for kind, record in rows))

    async def figures(self, session: LocalSession | None = None, approval: Approval | None = None) -> SessionFigures:
        """The X report's figures of the open (or given) session: what the drawer should hold, a manager's to
        see (a cashier who saw them could count to them)."""
        target = session or await self.require_open()
        self.ctx.authorise(Action.X_REPORT, approval=approval, subject=target.number)

        def read(conn: sqlite3.Connection) -> SessionFigures:
            if approval is not None:
                with transaction(conn, "recording who saw the X report"):
                    self.ctx.record_approval(conn, Action.X_REPORT, approval, target.number)
            return self._figures(conn, target)

        return await self.ctx.db.run(read)

    # blind close -----------------------------------------------------------------------------------
    async def blind_close(self) -> bool:
        """Whether the drawer is counted blind (no expected figure until the count is committed): the default."""
        return bool(await self.ctx.db.run(lambda c: get_setting(c, BLIND_CLOSE_SETTING, True)))

    async def set_blind_close(self, on: bool, actor: str, approval: Approval | None = None) -> None:
        """Turn blind close on (anyone) or off (a manager's action); audited either way."""
        if not on:
            actor = self.ctx.authorise(Action.BLIND_CLOSE_OFF, approval=approval) or actor

        def write(conn: sqlite3.Connection) -> None:
            set_setting(conn, BLIND_CLOSE_SETTING, on)
            with transaction(conn, "recording the blind close setting"):
                audit(conn, "blind_close", actor=actor, on=on)
                if not on:
                    self.ctx.record_approval(conn, Action.BLIND_CLOSE_OFF, approval, None)

        await self.ctx.db.run(write)

    async def methods(self) -> list[str]:
        """The payment methods the close counts (cash and card always, the others the session used)."""
        session = await self.require_open()
        figures = await self.ctx.db.run(lambda conn: self._figures(conn, session))
        return [line.method for line in reconcile(figures, {"cash": Decimal(0), "card": Decimal(0)})]

    async def counts(self, session: LocalSession | None = None) -> list[SessionCount]:
        """The counts committed for the session, first (the blind count) first."""
        target = session or await self.require_open()
        rows = await self.ctx.db.run(lambda c: c.execute(
            "SELECT n, counted, counted_by, approved_by, at FROM session_counts WHERE session_local_id = ? "
            "ORDER BY n", (target.local_id,)).fetchall())
        return [SessionCount(n, {k: Decimal(v) for k, v in loads(counted).items()}, by, approved, at)
                for n, counted, by, approved, at in rows]

    async def count(self, counted: Mapping[str, Decimal | str], counted_by: str,
                    approval: Approval | None = None) -> list[CountLine]:
        """Commit a count of the drawer and return it against the expected figures. The first count is the blind
        count: committed and audited before anything expected is shown; a recount is a manager's action and is
        audited beside it. The close uses the last count."""
        session = await self.require_open()
        values = {key: parse_amount(value, f"counted {key}", allow_zero=True) for key, value in counted.items()}
        if not counted_by.strip():
            raise InputError("counted by: a name is needed")
        previous = await self.counts(session)
        approver = None
        if previous:
            approver = self.ctx.authorise(Action.RECOUNT, approval=approval, subject=session.number) or None
        at = now_iso()

        def write(conn: sqlite3.Connection) -> list[CountLine]:
            with transaction(conn, "saving the count"):
                n = len(previous) + 1
                conn.execute("INSERT INTO session_counts (session_local_id, n, counted, counted_by, approved_by, at) "
                             "VALUES (?, ?, ?, ?, ?, ?)", (session.local_id, n, dumps(
                                 {k: self.ctx.money(v) for k, v in values.items()}), counted_by, approver, at))
                lines = reconcile(self._figures(conn, session), values)
                audit(conn, "blind_count" if n == 1 else "recount", actor=counted_by, subject=session.number, n=n,
                      counted={k: self.ctx.money(v) for k, v in values.items()},
                      difference={c.method: self.ctx.money(c.difference) for c in lines}, approved_by=approver)
                if n > 1:
                    self.ctx.record_approval(conn, Action.RECOUNT, approval, session.number)
                return lines

        return await self.ctx.db.run(write)

    async def close(self, counted: Mapping[str, Decimal | str] | None = None, closed_by: str = "", note: str = "",
                    approval: Approval | None = None) -> ClosedSession:
        """Close with the drawer's last committed count (``counted`` commits it first when no count was made;
        it cannot replace one: that is a recount, :meth:`count`); stores the Z report and queues the update.
        Closing is a manager's action by default."""
        session = await self.require_open()
        if not closed_by.strip():
            raise InputError("closed by: a name is needed")
        closed_by = self.ctx.authorise(Action.CLOSE_SESSION, approval=approval, subject=session.number) or closed_by
        made = await self.counts(session)
        if counted is not None:
            given = {key: parse_amount(value, f"counted {key}", allow_zero=True) for key, value in counted.items()}
            if not made:
                await self.count(given, closed_by)
                made = await self.counts(session)
            elif {k: v for k, v in given.items()} != {k: v for k, v in made[-1].counted.items() if k in given}:
                raise InputError("the drawer was counted already: a different count is a recount, which a manager "
                                 "approves")
        if not made:
            raise InputError("count the drawer before closing the session")
        counts_in = made[-1].counted
        closed_at = now_iso()

        def write(conn: sqlite3.Connection) -> ClosedSession:
            with transaction(conn, "closing the session"):
                figures = self._figures(conn, session)
                lines = reconcile(figures, counts_in)
                report = {
                    "sessionNumber": session.number, "openedBy": session.opened_by, "openTime": session.opened_at,
                    "closedBy": closed_by, "closeTime": closed_at, **figures.to_json(),
                    "counts": [{"method": c.method, "expected": self.ctx.money(c.expected),
                                "counted": self.ctx.money(c.counted), "difference": self.ctx.money(c.difference)}
                               for c in lines],
                    "recounts": len(made) - 1,
                    "closingNote": note,
                }
                amounts = {k: self.ctx.money(counts_in.get(k, Decimal(0))) for k in ("cash", "card")}
                body = {
                    "closedBy": closed_by, "closeTime": closed_at, "closingAmount": amounts["cash"],
                    "closingAmounts": amounts, "closingNote": note, "closingReportData": dumps(report),
                }
                conn.execute("UPDATE sessions SET closed_at = ?, body = json_patch(body, ?) WHERE local_id = ?",
                             (closed_at, dumps(body), session.local_id))
                outbox.add(conn, kind="session.update", local_id=f"{session.local_id}:close", body=body,
                           target=session.local_id)
                audit(conn, "session_close", actor=closed_by, subject=session.number,
                      counts={c.method: self.ctx.money(c.difference) for c in lines}, note=note)
                self.ctx.record_approval(conn, Action.CLOSE_SESSION, approval, session.number)
                return ClosedSession(session, figures, lines, report)

        closed = await self.ctx.db.run(write)
        self.ctx.wake_sync()
        self.ctx.bus.emit(SessionChanged(session.number, open=False))
        return closed
