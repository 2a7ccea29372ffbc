"""The audit log screen (Ctrl+L on the session screen): the core decides who may read it (a manager; a cashier
gets the manager's approval dialog) and records that it was read."""

from __future__ import annotations

from collections.abc import Callable

from register.services.audit import AuditCheck, AuditEntry
from ui.audit_view import AuditView
from ui.errors import plain_words
from ui.home_view import SessionHomeView
from ui.screen import ScreenContext


class AuditFlow:
    """Owns the audit log screen."""

    def __init__(self, ctx: ScreenContext, home: SessionHomeView, back: Callable[[], None]) -> None:
        self.window, self.tasks, self.core, self.asker, self.home = ctx.window, ctx.tasks, ctx.core, ctx.asker, home
        self.view = AuditView()
        self.view.back_requested.connect(back)
        self.view.refresh_requested.connect(self.show_log)
        home.audit_requested.connect(self.show_log)

    def show_log(self) -> None:
        """Read the log (asking for a manager if the person signed in is not one) and show it."""
        def done(result: tuple[list[AuditEntry], AuditCheck]) -> None:
            self.window.show_view(self.view)
            self.view.set_entries(*result)
            self.view.table.setFocus()

        def failed(err: BaseException) -> None:
            where = self.view if self.window.current_view() is self.view else self.home
            where.show_message(plain_words(err))

        self.asker.run(lambda approval: self.core.audit.entries(approval=approval), on_done=done, on_error=failed)
