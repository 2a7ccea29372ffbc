"""The station's receipt printer and the cash drawer wired to it: its settings, printing, and every drawer kick
audited.

Settings (the station database): ``printer`` (its URL, :func:`register.printing.parse_printer`; none: receipts only
on screen), ``printer_profile`` (a python-escpos printer model, ``default`` for a generic Epson-compatible one) and
``receipt_paper`` (80 or 58 mm: the ESC/POS columns and the receipt PDF's width).

The drawer opens when the screen says so: with the receipt of a cash sale (the kick is the receipt job's first
command), and on its own for No sale, cash in and cash out; never with a reprint. Every kick, and every kick that
failed or could not be tried (no printer), is an audit entry ``drawer_open`` (reason, receipt or session,
``kicked``, the error), written in its own transaction. A printer problem is raised as
:class:`~register.printing.PrinterError` for the screen to say; it never undoes a sale or a cash movement.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Final

from register.printing import (
    DEFAULT_PROFILE,
    PrinterError,
    PrinterSpec,
    Slip,
    check_paper,
    check_profile,
    kick_drawer_async,
    parse_printer,
    print_slip_async,
)
from register.services.context import StationContext
from register.services.policy import Action, Approval
from register.services.sessions import SessionService
from register.store.database import transaction
from register.store.records import audit, get_setting, set_setting

PRINTER: Final = "printer"
PROFILE: Final = "printer_profile"
PAPER: Final = "receipt_paper"


class NoPrinterError(PrinterError):
    """No receipt printer is set up: nothing can open the drawer."""


@dataclass(frozen=True)
class PrinterSetup:
    """The station's printer settings."""

    url: str | None = None
    profile: str = DEFAULT_PROFILE
    paper_mm: int = 80

    @property
    def spec(self) -> PrinterSpec | None:
        """The printer to send jobs to (None: no printer); ValueError for a malformed URL."""
        if not self.url:
            return None
        parsed = parse_printer(self.url)
        query = self.url.partition("?")[2]
        return parsed.with_settings(profile=None if "profile=" in query else self.profile,
                                    paper_mm=None if "paper=" in query else self.paper_mm)


def read_setup(conn: sqlite3.Connection) -> PrinterSetup:
    """The printer settings from the station database (also for the support commands)."""
    url, profile, paper = get_setting(conn, PRINTER), get_setting(conn, PROFILE), get_setting(conn, PAPER)
    return PrinterSetup(str(url) if url else None, str(profile or DEFAULT_PROFILE), int(paper or 80))


class ReceiptPrinterService:
    """The receipt printer of one station, and its cash drawer."""

    def __init__(self, ctx: StationContext, sessions: SessionService) -> None:
        self.ctx = ctx
        self.sessions = sessions

    async def setup(self) -> PrinterSetup:
        """The printer settings."""
        return await self.ctx.db.run(read_setup)

    async def save(self, url: str | None, profile: str = DEFAULT_PROFILE, paper_mm: int = 80, *,
                   approval: Approval | None = None) -> PrinterSetup:
        """Change the printer settings, a manager's action (a malformed URL, an unknown profile or paper is
        refused, nothing saved)."""
        chosen = PrinterSetup((url or "").strip() or None, check_profile(profile), check_paper(paper_mm))
        _ = chosen.spec  # refuse a malformed address before saving it
        subject = f"printer={chosen.url or 'none'} profile={chosen.profile} paper={chosen.paper_mm}"
        actor = self.ctx.authorise(Action.CHANGE_SETTINGS, approval=approval, subject=subject)

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "changing the printer"):
                set_setting(conn, PRINTER, chosen.url)
                set_setting(conn, PROFILE, chosen.profile)
                set_setting(conn, PAPER, chosen.paper_mm)
                audit(conn, "settings_changed", actor=actor or None, subject=subject)
                self.ctx.record_approval(conn, Action.CHANGE_SETTINGS, approval, subject)

        await self.ctx.db.run(write)
        return chosen

    async def print_slip(self, slip: Slip, *, open_drawer: bool = False, actor: str = "", reason: str = "",
                         subject: str | None = None, approval: Approval | None = None) -> None:
        """Print a receipt or slip; with ``open_drawer`` the job kicks the drawer first, and the kick is audited
        (done or failed). The kick is free once for the cash sale or refund just made (``subject``, its receipt
        id); any other is a no sale, which the policy may reserve. NoPrinterError when there is no printer."""
        used: Approval | None = None
        if open_drawer and not self.ctx.take_drawer(subject):
            actor = self.ctx.authorise(Action.NO_SALE, approval=approval, subject=subject) or actor
            used = approval
        try:
            spec = await self._spec()
            await print_slip_async(spec, slip, open_drawer=open_drawer)
        except PrinterError as err:
            if open_drawer:
                await self._audit(actor, reason, subject, kicked=False, error=str(err), approval=used)
            raise
        if open_drawer:
            await self._audit(actor, reason, subject, kicked=True, approval=used)

    async def open_drawer(self, actor: str, reason: str, *, approval: Approval | None = None) -> None:
        """Kick the drawer on its own, audited with the session: once after a cash movement (``cash in``, ``cash
        out``) just recorded, else as a no sale, which the policy may reserve (:attr:`Action.NO_SALE`).
        NoPrinterError or PrinterError when it did not open."""
        session = await self.sessions.current()
        subject = session.number if session else None
        used: Approval | None = None
        if not self.ctx.take_drawer(reason.replace(" ", "_")):
            reason = "no sale" if reason in ("cash in", "cash out") else reason
            actor = self.ctx.authorise(Action.NO_SALE, approval=approval, subject=subject) or actor
            used = approval
        try:
            spec = await self._spec()
            await kick_drawer_async(spec)
        except PrinterError as err:
            await self._audit(actor, reason, subject, kicked=False, error=str(err), approval=used)
            raise
        await self._audit(actor, reason, subject, kicked=True, approval=used)

    async def _spec(self) -> PrinterSpec:
        setup = await self.setup()
        try:
            spec = setup.spec
        except ValueError as err:
            raise PrinterError(str(err)) from err
        if spec is None:
            raise NoPrinterError("No receipt printer is set up, so the drawer cannot be opened from here: open it "
                                 "with its key.")
        return spec

    async def _audit(self, actor: str, reason: str, subject: str | None, *, approval: Approval | None = None,
                     **detail: Any) -> None:
        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "logging the drawer"):
                audit(conn, "drawer_open", actor=actor or "system", subject=subject, reason=reason, **detail)
                self.ctx.record_approval(conn, Action.NO_SALE, approval, subject)

        await self.ctx.db.run(write)
