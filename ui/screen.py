"""What every flow of the register's screens shares: one :class:`ScreenContext`, made once by the workflow.

The flows (sessions, selling, payment, receipts, orders, extras, display, audit) are siblings: each is handed the
context, and the few peers whose screens it leads to, by name (the payment flow gets the sell flow because Back
goes to the cart). None is built out of another's attributes. The context holds the main window, the task runner
that turns core calls into callbacks, the core's front door, the store's money formatter, who is signed in, the
one dialog shown over the window, the approval asker and where PDFs go.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog

from register.services.cashiers import Cashier
from register.services.core import RegisterCore
from ui.approvals import ApprovalAsker
from ui.main_window import MainWindow
from ui.money_format import MoneyFormatter
from ui.tasks import TaskRunner


class Dialogs:
    """The dialog over the main window: one at a time, window-modal (``open()``, never ``exec()``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.current: QDialog | None = None
        """The dialog opened last (tests and the flows read what it says)."""

    def open(self, dialog: QDialog) -> None:
        """Show ``dialog``; the one before it is disposed of."""
        if self.current is not None and shiboken6.isValid(self.current):
            self.current.deleteLater()
        self.current = dialog
        # Give the keyboard back to the main window (its F-keys), whatever the window manager does.
        dialog.finished.connect(lambda _result: self.window.activateWindow())
        dialog.open()


@dataclass(frozen=True)
class ScreenContext:
    """Handed to each flow (see the module doc)."""

    window: MainWindow
    tasks: TaskRunner
    core: RegisterCore
    fmt: MoneyFormatter
    """Money the store's way (its currency, the screens' locale)."""
    cashier: Callable[[], Cashier | None]
    """Who is signed in now."""
    dialogs: Dialogs
    asker: ApprovalAsker
    """Runs a core call the policy may reserve, asking a manager when the core says so."""
    pdf_folder: Path

    @classmethod
    def make(cls, window: MainWindow, tasks: TaskRunner, core: RegisterCore, pdf_folder: Path) -> ScreenContext:
        """The context of a register whose core is open."""
        def cashier() -> Cashier | None:
            return core.cashiers.current

        return cls(window, tasks, core, MoneyFormatter(core.pricing.currency), cashier, Dialogs(window),
                   ApprovalAsker(window, tasks, core, cashier), pdf_folder)

    def name(self) -> str:
        """Who is at the till ("" when nobody is signed in)."""
        person = self.cashier()
        return person.name if person else ""

    def manager_name(self) -> str:
        """The name an approval dialog starts on: the person signed in when they are a manager."""
        person = self.cashier()
        return person.name if person and person.is_manager else ""
