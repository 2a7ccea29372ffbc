"""The cash session's screens wired to the session service: open, X report, cash in/out, no sale, close, Z.

No business logic here: amounts are parsed by the core's ``parse_amount``, expected figures and the
over/short come from the core's one ``reconcile`` function, and every write goes through the services.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from register.services.cart import parse_amount
from register.services.policy import Action, Approval
from register.services.reports import CountLine
from register.services.sessions import ClosedSession, LocalSession
from ui.approval_dialog import ManagerApprovalDialog
from ui.cash_dialog import CashMoveDialog
from ui.close_session_view import CloseSessionView
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.home_view import SessionHomeView
from ui.open_session_view import OpenSessionView
from ui.report_html import report_html, x_report_data
from ui.report_view import ReportView
from ui.screen import ScreenContext
from ui.words import method_words

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


class SessionFlow:
    """Owns the session screens; ``cashier()`` says who is signed in."""

    def __init__(self, ctx: ScreenContext, home: SessionHomeView) -> None:
        self.ctx = ctx
        self.window, self.tasks, self.core, self.home = ctx.window, ctx.tasks, ctx.core, home
        self.cashier = ctx.cashier
        currency = self.core.pricing.currency
        self.fmt = ctx.fmt
        self.open_view = OpenSessionView(currency, self.fmt)
        self.close_view = CloseSessionView(currency, self.fmt)
        self.report_view = ReportView(ctx.pdf_folder)
        self.session: LocalSession | None = None
        self.blind_close = True
        self.last_closed: ClosedSession | None = None
        self.asker = ctx.asker
        self._counts: dict[str, Decimal] = {}
        self._message = ("", "ok")
        self._connect()

    def _connect(self) -> None:
        h = self.home
        h.open_requested.connect(self._on_home_open_requested)
        h.x_report_requested.connect(self._on_home_x_report_requested)
        h.cash_in_requested.connect(lambda: self._cash_dialog("in"))
        h.cash_out_requested.connect(lambda: self._cash_dialog("out"))
        h.no_sale_requested.connect(self._on_home_no_sale_requested)
        h.close_requested.connect(self._on_home_close_requested)
        h.blind_close_toggled.connect(self._on_home_blind_close_toggled)
        self.open_view.open_confirmed.connect(self._on_open_view_open_confirmed)
        self.open_view.cancelled.connect(self.show_home)
        self.close_view.counts_confirmed.connect(self._on_close_view_counts_confirmed)
        self.close_view.close_requested.connect(self._on_close_view_close_requested)
        self.close_view.cancelled.connect(self.show_home)
        self.report_view.back_requested.connect(self.show_home)

    def _name(self) -> str:
        person = self.cashier()
        return person.name if person else ""

    # home ----------------------------------------------------------------------------------------
    def show_home(self, message: str = "", kind: str = "ok") -> None:
        """The home screen with the session as the store has it now."""
        self.window.show_view(self.home)
        self._message = (message, kind)

        async def load() -> tuple[LocalSession | None, bool]:
            return await self.core.sessions.current(), await self.core.sessions.blind_close()

        def done(result: tuple[LocalSession | None, bool]) -> None:
            self.session, self.blind_close = result
            self.home.set_session(self.session, self._name(), self.fmt)
            self.home.set_blind_close(self.blind_close)
            self.window.status.set_session(self.session.number if self.session else None)
            message, kind = self._message  # the drawer's answer may have come meanwhile
            if message:
                self.home.show_message(message, kind)
            elif self.session is not None and not self.session.opened_today:
                self.home.show_message(translate("SessionFlow", "This session was opened on another day. Close it "
                                                 "before anything else."), "error")
            else:
                self.home.notice.clear_message()

        self.tasks.start(load(), on_done=done, on_error=self._home_error, key="home")
        self.refresh_pending()

    def refresh_pending(self) -> None:
        """Show the outbox's count now (the worker announces it only when it posts or fails)."""
        self.tasks.start(self.core.announce_sync_state(), key="pending")

    def _home_error(self, err: BaseException) -> None:
        self.home.show_message(plain_words(err))

    def _on_home_blind_close_toggled(self, on: bool) -> None:
        """Blind close on: anyone; off: the core asks for a manager (the switch goes back when refused)."""
        def done(_: None) -> None:
            self.blind_close = on

        def refused(err: BaseException) -> None:
            self.home.set_blind_close(self.blind_close)
            self._home_error(err)

        self.asker.run(lambda approval: self.core.sessions.set_blind_close(on, self._name(), approval),
                       on_done=done, on_error=refused)

    # open ----------------------------------------------------------------------------------------
    def _on_home_open_requested(self) -> None:
        self.open_view.reset()
        self.window.show_view(self.open_view)

    def _on_open_view_open_confirmed(self, total: Decimal, note: str) -> None:
        self.open_view.setEnabled(False)
        self.tasks.start(self.core.sessions.open(total, opened_by=self._name(), note=note),
                         on_done=lambda s: self.show_home(
                             translate("SessionFlow", "Session {number} is open with a float of {amount}.").format(
                                 number=s.number, amount=self.fmt.format(s.opening_amount))),
                         on_error=lambda e: self.open_view.show_error(plain_words(e)))

    # X report ------------------------------------------------------------------------------------
    def _on_home_x_report_requested(self) -> None:
        async def build(approval: Approval | None) -> tuple[LocalSession, Any]:
            session = await self.core.sessions.require_open()
            return session, await self.core.sessions.figures(session, approval=approval)

        def done(result: tuple[LocalSession, Any]) -> None:
            session, figures = result
            html = report_html(x_report_data(session, figures), self.fmt,
                               title=translate("SessionFlow", "X report — {number}").format(number=session.number),
                               station=self._station_text(), training=self.core.ctx.training)
            self.report_view.show_report(translate("SessionFlow", "X report — session {number}").format(
                number=session.number), html, f"{session.number}-X")
            self.window.show_view(self.report_view)

        self.asker.run(build, on_done=done, on_error=self._home_error)

    def _station_text(self) -> str:
        st = self.core.station
        return f"{st.station_name} ({st.outlet_name})" if st else ""

    # cash in / out, no sale ----------------------------------------------------------------------
    def _cash_dialog(self, direction: str) -> None:
        dialog = CashMoveDialog(direction, self.fmt.currency, self.window, example=self.fmt.example("12.50"))
        person = self.cashier()
        if direction == "out" and person is not None and person.is_manager:
            dialog.fields["manager"].setText(person.name)
        dialog.submitted.connect(lambda values: self._on_cash_dialog_submitted(dialog, values))
        self.open_dialog(dialog)

    @property
    def dialog(self) -> Any:
        """The dialog over the window (the screen context's; kept here for the tests and scripts)."""
        return self.ctx.dialogs.current

    def open_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` over the window (see :class:`ui.screen.Dialogs`)."""
        self.ctx.dialogs.open(dialog)

    def _on_cash_dialog_submitted(self, dialog: CashMoveDialog, values: dict[str, str]) -> None:
        async def move() -> Decimal:
            what = translate("SessionFlow", "cash in") if dialog.direction == "in" else translate("SessionFlow",
                                                                                                   "cash out")
            amount = parse_amount(self.fmt.parse(values["amount"]), what)
            approval = None
            if dialog.direction == "out":  # the dialog asks the manager's PIN: the core checks it
                approval = await self.core.policy.approve(Action.CASH_OUT, values["manager"], values["pin"],
                                                          amount=amount)
            await self.core.sessions.move_cash(dialog.direction, amount, values["reason"], self._name(),
                                               approval=approval)
            return amount

        def done(amount: Decimal) -> None:
            dialog.accept()
            said = translate("SessionFlow", "{amount} put into the drawer: {reason}.") if dialog.direction == "in" \
                else translate("SessionFlow", "{amount} taken out of the drawer: {reason}.")
            message = said.format(amount=self.fmt.format(amount), reason=values["reason"])
            self.show_home(message)
            self.open_drawer(f"cash {dialog.direction}", message)

        self.tasks.start(move(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

    def _on_home_no_sale_requested(self) -> None:
        self.open_drawer("no sale", "")

    def open_drawer(self, reason: str, said: str) -> None:
        """Kick the drawer through the receipt printer (the core audits it) and say what happened after ``said``;
        a drawer that did not open is said, and never undoes what was done."""
        def shown(text: str, kind: str) -> None:
            self._message = (text, kind)
            self.home.show_message(text, kind)

        def done(_: None) -> None:
            opened = translate("SessionFlow", "Drawer opened.") if said else translate(
                "SessionFlow", "Drawer opened without a sale (logged).")
            shown(f"{said} {opened}".strip(), "ok")

        def failed(err: BaseException) -> None:
            before = said or translate("SessionFlow", "No sale logged.")
            shown(f"{before} {plain_words(err)}", "error")

        self.asker.run(lambda approval: self.core.printer.open_drawer(self._name(), reason, approval=approval),
                       on_done=done, on_error=failed)

    # close ---------------------------------------------------------------------------------------
    def _on_home_close_requested(self) -> None:
        """The count screen. With blind close on, nothing expected is shown until the count is committed; the
        core keeps that count, and counting again is a recount, which a manager approves."""
        async def load() -> tuple[LocalSession, list[str], dict[str, Decimal] | None, bool]:
            session = await self.core.sessions.require_open()
            methods = await self.core.sessions.methods()
            blind = await self.core.sessions.blind_close()
            expected = None
            if not blind:  # the store shows the expected figures while counting: a manager's X report
                figures = await self.core.sessions.figures(session, approval=None) if self.core.policy.allows(
                    Action.X_REPORT) else None
                expected = {k: m.expected for k, m in figures.methods.items()} if figures else None
            return session, methods, expected, blind

        def done(result: tuple[LocalSession, list[str], dict[str, Decimal] | None, bool]) -> None:
            session, methods, expected, blind = result
            self.close_view.start(methods, expected or {}, blind=blind or expected is None, number=session.number)
            self.window.show_view(self.close_view)

        self.tasks.start(load(), on_done=done, on_error=self._home_error, key="close")

    def _on_close_view_counts_confirmed(self, counted: dict[str, Any]) -> None:
        try:
            counts = {k: parse_amount(v, translate("SessionFlow", "counted {method}").format(
                method=method_words(k).lower()), allow_zero=True) for k, v in counted.items()}
        except ValueError as err:
            self.close_view.show_error(plain_words(err))
            return

        def done(lines: list[CountLine]) -> None:
            self.close_view.show_reconciliation(lines)

        # committed (and audited) by the core before the expected figures come back; a second count asks for
        # a manager's approval of a recount
        self.asker.run(lambda approval: self.core.sessions.count(counts, counted_by=self._name(), approval=approval),
                       on_done=done, on_error=lambda e: self.close_view.show_error(plain_words(e)))

    def _on_close_view_close_requested(self, note: str) -> None:
        person = self.cashier()
        dialog = ManagerApprovalDialog(translate("SessionFlow", "closing the session"),
                                       translate("SessionFlow", "Close session"), self.window,
                                       manager=person.name if person and person.is_manager else "")
        dialog.submitted.connect(lambda values: self._on_close_dialog_submitted(dialog, values, note))
        self.open_dialog(dialog)

    def _on_close_dialog_submitted(self, dialog: FormDialog, values: dict[str, str], note: str) -> None:
        async def close() -> ClosedSession:
            approval = await self.core.policy.approve(Action.CLOSE_SESSION, values["manager"], values["pin"])
            return await self.core.sessions.close(closed_by=self._name() or approval.approver, note=note,
                                                  approval=approval)

        def done(closed: ClosedSession) -> None:
            dialog.accept()
            self.last_closed = closed
            self.show_z_report(closed)

        self.tasks.start(close(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

    def show_z_report(self, closed: ClosedSession) -> None:
        """The stored Z report on screen, ready to print or save."""
        number = closed.session.number
        html = report_html(closed.report, self.fmt, title=translate("SessionFlow", "Z report — {number}").format(
            number=number), station=self._station_text(), training=self.core.ctx.training)
        self.report_view.show_report(translate("SessionFlow", "Z report — session {number} (closed)").format(
            number=number), html, f"{number}-Z")
        self.window.show_view(self.report_view)
        self.window.status.set_session(None)
        self.refresh_pending()
