"""The screens' side of the policy: they never decide who may do what, they only ask.

:class:`ApprovalAsker` runs a core call; when the core answers that the call needs a manager
(:class:`~register.services.policy.ApprovalRequired`), it shows the manager's approval dialog (name and PIN,
or the PIN pad), asks the core for the approval (:meth:`~register.services.policy.PolicyService.approve`, which
checks the PIN and audits it), and runs the same call again with it. A wrong PIN, a locked name or a cashier's
PIN is the core's refusal, shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from register.services.cashiers import Cashier
from register.services.core import RegisterCore
from register.services.policy import Approval, ApprovalRequired
from ui.approval_dialog import ManagerApprovalDialog
from ui.errors import plain_words
from ui.tasks import TaskRunner
from ui.words import action_words

translate = QCoreApplication.translate
T = TypeVar("T")

Attempt = Callable[[Approval | None], Awaitable[T]]


class ApprovalAsker:
    """Runs core calls that the policy may reserve, asking for a manager's approval when it does."""

    def __init__(self, window: QWidget, tasks: TaskRunner, core: RegisterCore,
                 cashier: Callable[[], Cashier | None]) -> None:
        self.window, self.tasks, self.core, self.cashier = window, tasks, core, cashier
        self.dialog: ManagerApprovalDialog | None = None

    def run(self, attempt: Attempt[Any], *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], approval: Approval | None = None) -> None:
        """``attempt(None)``; if the core wants an approval, ask for it and ``attempt(approval)``."""
        def failed(err: BaseException) -> None:
            if isinstance(err, ApprovalRequired):
                self.ask(err, attempt, on_done=on_done, on_error=on_error)
            else:
                on_error(err)

        self.tasks.start(attempt(approval), on_done=on_done, on_error=failed)

    def ask(self, needed: ApprovalRequired, attempt: Attempt[Any], *, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        """The approval dialog for ``needed``; once a manager approves, ``attempt`` runs with the approval."""
        person = self.cashier()
        dialog = ManagerApprovalDialog(action_words(needed.action), translate("ApprovalAsker", "Approve"), self.window,
                                       manager=person.name if person and person.is_manager else "")
        dialog.setObjectName("approvalDialog")
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.deleteLater()
        self.dialog = dialog

        def submitted(values: dict[str, str]) -> None:
            async def approved() -> Any:
                approval = await self.core.policy.approve(needed.action, values["manager"], values["pin"],
                                                          amount=needed.amount)
                return await attempt(approval)

            def done(result: Any) -> None:
                dialog.accept()
                on_done(result)

            def refused(err: BaseException) -> None:
                if isinstance(err, ApprovalRequired) and err.action is not needed.action:
                    dialog.accept()  # a second reserved step (rare): asked for in turn
                    self.ask(err, attempt, on_done=on_done, on_error=on_error)
                    return
                dialog.show_error(plain_words(err))

            self.tasks.start(approved(), on_done=done, on_error=refused)

        dialog.submitted.connect(submitted)
        dialog.rejected.connect(lambda: on_error(needed))
        dialog.finished.connect(lambda _result: self.window.activateWindow())
        dialog.open()
