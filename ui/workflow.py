"""From an open core to the session screens: pairing, sign-in (first manager), people, release.

The composition root (``ui/app.py``) makes one Workflow once the core is open; the workflow makes the
screens, gives them what they need, and turns their signals into service calls through the TaskRunner.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from register.services.cashiers import Cashier, Role
from register.services.context import StationInfo
from register.services.core import RegisterCore
from register.services.events import CatalogProgress
from register.services.policy import Action
from ui.approval_dialog import ManagerApprovalDialog
from ui.audit_flow import AuditFlow
from ui.display_flow import DisplayFlow
from ui.errors import plain_words, set_money
from ui.events import CoreEventsModel
from ui.extras_flow import ExtrasFlow
from ui.home_view import SessionHomeView
from ui.i18n import LANGUAGES, resolve
from ui.main_window import MainWindow
from ui.orders_flow import OrdersFlow
from ui.payment_flow import PaymentFlow
from ui.person_dialog import AddPersonDialog
from ui.receipt_flow import ReceiptFlow
from ui.screen import ScreenContext
from ui.sell_flow import SellFlow
from ui.session_flow import SessionFlow
from ui.settings_dialog import SettingsDialog
from ui.sign_in_view import SignInView
from ui.station_view import StationPickerView
from ui.status_panel import catalog_progress_text
from ui.tasks import TaskRunner
from ui.widgets import plain_tip
from ui.words import outbox_kind_words, role_words, summary_field_words

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


class Workflow:
    """The screens of one station's register, in the order a day goes."""

    def __init__(self, window: MainWindow, tasks: TaskRunner, core: RegisterCore,
                 server_ready: Callable[[], Awaitable[None]], pdf_folder: Path) -> None:
        self.window, self.tasks, self.core = window, tasks, core
        self._server_ready = server_ready
        self.events = CoreEventsModel(core.bus)
        self.station_view = StationPickerView(platform.node() or "register")
        self.sign_in_view = SignInView()
        self.home_view = SessionHomeView()
        # one context for every flow; each is handed the peers its screens lead to, by name (ui/screen.py)
        self.ctx = ctx = ScreenContext.make(window, tasks, core, pdf_folder)
        self.sessions = SessionFlow(ctx, self.home_view)
        self.selling = SellFlow(ctx, self.sessions)
        self.payment = PaymentFlow(ctx, self.selling)
        self.receipts = ReceiptFlow(ctx, self.selling, self.payment, self.home_view)
        self.orders = OrdersFlow(ctx, self.selling, self.receipts)
        self.extras = ExtrasFlow(ctx, self.selling)
        self.display = DisplayFlow(ctx, self.selling, self.payment, self.home_view)
        self.audit = AuditFlow(ctx, self.home_view, self.sessions.show_home)
        set_money(self.sessions.fmt.format)  # the core's messages name amounts the store's way
        self.scanners = [  # a scan is never lost: each screen says what it does with one (ui/sell_flow.py)
            self.selling.attach_scanner(self.home_view, lambda text: self.home_view.show_message(text)),
            self.selling.attach_scanner(self.sign_in_view, self.sign_in_view.notice.show_message),
            self.selling.attach_scanner(self.sessions.open_view, self.sessions.open_view.notice.show_message),
            self.selling.attach_scanner(self.sessions.close_view, self.sessions.close_view.notice.show_message),
            self.selling.attach_scanner(self.sessions.report_view, self.sessions.report_view.notice.show_message),
            self.selling.attach_scanner(self.orders.view, self.orders.view.show_message),
        ]
        window.close_guard = self.close_reason
        self._catalog_ready = ""
        """The status bar's word that the last full sync's catalog is in place (it stays ten seconds)."""
        self._connect()

    @property
    def cashier(self) -> Cashier | None:
        """Who is signed in."""
        return self.core.cashiers.current

    def _connect(self) -> None:
        status = self.window.status
        self.events.connectivity_changed.connect(status.set_online)
        self.events.pending_changed.connect(status.set_pending)
        self.events.worker_failed.connect(status.set_worker_failed)
        self.events.session_changed.connect(lambda number, is_open: status.set_session(number if is_open else None))
        self.events.catalog_loaded.connect(self.selling.on_catalog_loaded)
        # a sync ended (a refresh too): its progress goes, unless it is the word that the new catalog is ready
        self.events.catalog_loaded.connect(
            lambda _items: status.catalog.text() != self._catalog_ready and status.catalog_finished())
        self.events.catalog_progress.connect(self._on_catalog_progress)
        self.events.cart_priced.connect(self.selling.on_cart_priced)
        self.events.totals_mismatch.connect(self._on_totals_mismatch)
        self.events.entry_failed.connect(self._on_entry_failed)
        self.events.duplicate_removed.connect(self._on_duplicate_removed)
        self.events.entry_synced.connect(lambda _kind, _local_id: self.orders.refresh_if_shown())
        self.station_view.pair_requested.connect(self._on_station_view_pair_requested)
        self.station_view.reload_requested.connect(self.show_pairing)
        self.sign_in_view.sign_in_requested.connect(self._on_sign_in_view_sign_in_requested)
        self.sign_in_view.first_manager_requested.connect(self._on_sign_in_view_first_manager_requested)
        self.home_view.sell_requested.connect(self.selling.show)
        self.home_view.sign_out_requested.connect(self._on_home_sign_out_requested)
        self.home_view.add_person_requested.connect(self._on_home_add_person_requested)
        self.home_view.release_requested.connect(self._on_home_release_requested)
        self.home_view.settings_requested.connect(self._on_home_settings_requested)

    def _on_totals_mismatch(self, receipt: str, field: str, local: str, server: str) -> None:
        fmt = self.sessions.fmt
        shown = {value: fmt.format(Decimal(value)) if value else "—" for value in (local, server)}
        self.window.status.set_warning(
            translate("Workflow", "⚠ Sale {receipt}: Final POS has {field} {server}, the register {local}").format(
                receipt=receipt, field=summary_field_words(field), server=shown[server], local=shown[local]),
            translate("Workflow", "Final POS stored this sale with other totals than the register computed. The "
                      "register's figures stand (on the receipt and in the session's report); a manager should "
                      "check the order in Final POS. It is in the audit log."))
        self.orders.refresh_if_shown()

    def _on_entry_failed(self, kind: str, local_id: str, message: str) -> None:
        self.window.status.set_warning(
            translate("Workflow", "⚠ Final POS did not take a {what}: see register outbox status").format(
                what=outbox_kind_words(kind)), message)
        self.orders.refresh_if_shown()

    def _on_duplicate_removed(self, kind: str, local_id: str) -> None:
        self.window.status.pending.setToolTip(plain_tip(translate(
            "Workflow", "A late request had made a second {what} on Final POS; the register removed it (kept in the "
                        "audit log).").format(what=outbox_kind_words(kind))))

    def start(self) -> None:
        """Start syncing and watching the connection; pair first if this computer is not paired, else sign in.
        The status bar says at once what the station holds: its open session and what is waiting to be sent."""
        self.core.start_sync()
        self.core.start_connection_watch()
        self._show_station(self.core.station)
        self.tasks.start(self.core.sessions.current(), key="status-session",
                         on_done=lambda s: self.window.status.set_session(s.number if s else None))
        self.sessions.refresh_pending()
        if self.core.station is None:
            self.show_pairing()
        else:
            self.core.start_catalog_refresh()
            self.show_sign_in()

    def detach(self) -> None:
        """The core is closing: stop listening to it."""
        self.window.close_guard = None
        self.events.detach()
        self.display.detach()

    def close_reason(self) -> str:
        """Why closing the window needs a word: a sale in progress (the cart is kept either way)."""
        state = self.core.checkout.state
        if state.is_empty:
            return ""
        priced = self.core.checkout.price()
        text = translate("Workflow", "A sale of {total} is in progress.").format(
            total=self.sessions.fmt.format(priced.total))
        if state.tenders:
            text += " " + translate("Workflow", "{paid} is paid on it already.").format(
                paid=self.sessions.fmt.format(priced.paid))
        return text + " " + translate("Workflow", "Close the register anyway? The cart stays on this station and "
                                      "comes back when the register starts again.")

    def _show_station(self, info: StationInfo | None) -> None:
        self.window.status.set_station(info.outlet_name if info else "", info.station_name if info else "")

    # pairing -------------------------------------------------------------------------------------
    def show_pairing(self) -> None:
        """The outlet and station list (loaded when the server answers)."""
        self.window.show_view(self.station_view)
        self.station_view.set_loading(translate("Workflow", "Looking for your shops…"))

        async def load() -> tuple[list[Any], list[Any]]:
            await self._server_ready()
            return await self.core.station_choices()

        self.tasks.start(load(), on_done=lambda r: self.station_view.set_data(*r),
                         on_error=lambda e: self.station_view.show_error(plain_words(e)), key="stations")

    def _on_station_view_pair_requested(self, station_id: str, device_name: str) -> None:
        def done(info: StationInfo) -> None:
            self._show_station(info)
            self.tasks.start(self.core.sync_catalog(), on_error=self._on_catalog_failed, key="catalog")
            self.core.start_catalog_refresh()  # waits for the first sync, then only looks for new records
            self.show_sign_in()

        self.tasks.start(self.core.pair(station_id, device_name=device_name or None), on_done=done,
                         on_error=lambda e: self.station_view.show_error(plain_words(e)))

    def _on_catalog_failed(self, err: BaseException) -> None:
        self.window.status.set_catalog_progress(None)
        self.sign_in_view.set_catalog_progress(None)
        text = translate("Workflow", "The catalog was not downloaded yet: {reason}").format(reason=plain_words(err))
        self.window.statusBar().showMessage(text, 15_000)

    def _on_catalog_progress(self, event: CatalogProgress) -> None:
        """A catalog sync moved on: say so in the status bar and on the sign-in screen (where the first sync is
        waited for); once the new index is in place, briefly say it is ready."""
        text = catalog_progress_text(event)
        if event.kind == "index" and event.finished:
            # said in the catalog's own field, not as a status bar message (which would hide the demo badge,
            # the station and who is signed in for as long as it shows)
            status = self.window.status
            self._catalog_ready = text
            status.set_catalog_progress(text)
            self.sign_in_view.set_catalog_progress(None)
            QTimer.singleShot(10_000, status,
                              lambda: status.catalog.text() == text and status.set_catalog_progress(None))
            return
        self.window.status.set_catalog_progress(text)
        self.sign_in_view.set_catalog_progress(text)

    # sign-in -------------------------------------------------------------------------------------
    def show_sign_in(self) -> None:
        """Who is at the till (the session, if any, stays open); the list starts on whoever signed in last."""
        self.window.show_view(self.sign_in_view)
        self.sign_in_view.setEnabled(False)

        async def load() -> tuple[list[Cashier], str | None]:
            people = await self.core.cashiers.list()
            return people, await self.core.cashiers.last_signed_in()

        self.tasks.start(load(), on_done=lambda r: self.sign_in_view.set_people([p.name for p in r[0]], r[1]),
                         on_error=lambda e: self.sign_in_view.show_error(plain_words(e)), key="people")

    def _on_sign_in_view_sign_in_requested(self, name: str, pin: str) -> None:
        self.tasks.start(self.core.cashiers.sign_in(name, pin), on_done=self._on_signed_in,
                         on_error=lambda e: self.sign_in_view.show_error(plain_words(e)))

    def _on_sign_in_view_first_manager_requested(self, name: str, pin: str) -> None:
        async def create() -> Cashier:
            await self.core.cashiers.add(name, Role.MANAGER, pin, actor="setup")
            return await self.core.cashiers.sign_in(name, pin)

        self.tasks.start(create(), on_done=self._on_signed_in,
                         on_error=lambda e: self.sign_in_view.show_error(plain_words(e)))

    def _on_signed_in(self, cashier: Cashier) -> None:
        self.window.status.set_cashier(cashier.name, cashier.role.value)
        self.sessions.show_home()

    def _on_home_sign_out_requested(self) -> None:
        def done(_: None) -> None:
            self.window.status.set_cashier(None)
            self.show_sign_in()

        self.tasks.start(self.core.cashiers.sign_out(), on_done=done)

    # people and release --------------------------------------------------------------------------
    def _on_home_add_person_requested(self) -> None:
        person = self.cashier
        dialog = AddPersonDialog(self.window, manager=person.name if person and person.is_manager else "")

        def submitted(values: dict[str, str]) -> None:
            async def add() -> Cashier:
                approval = await self.core.policy.approve(Action.ADD_PERSON, values["manager"], values["manager_pin"])
                return await self.core.cashiers.add(values["name"], Role(values["role"]), values["pin"],
                                                    actor=approval.approver, approval=approval)

            def done(added: Cashier) -> None:
                dialog.accept()
                self.home_view.show_message(translate("Workflow", "{name} can now sign in as {role}.").format(
                    name=added.name, role=role_words(added.role.value)), "ok")

            self.tasks.start(add(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.sessions.open_dialog(dialog)

    def _on_home_settings_requested(self) -> None:
        def opened(chosen: str | None) -> None:
            person = self.cashier
            dialog = SettingsDialog(self.core.pricing, chosen, self.window,
                                    manager=person.name if person and person.is_manager else "")

            def submitted(values: dict[str, str]) -> None:
                async def save() -> None:
                    approval = await self.core.policy.approve(Action.CHANGE_SETTINGS, values["manager"], values["pin"])
                    await self.core.preferences.set_language(values["language"] or None, approval=approval)

                def done(_: None) -> None:
                    dialog.accept()
                    language = values["language"] or resolve(None).language
                    self.home_view.show_message(translate("Workflow", "Settings saved. The screens speak {language} "
                                                          "from the next start.").format(
                        language=LANGUAGES[language]), "ok")

                self.tasks.start(save(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

            dialog.submitted.connect(submitted)
            self.sessions.open_dialog(dialog)

        self.tasks.start(self.core.preferences.language(), on_done=opened, on_error=self.sessions._home_error)

    def _on_home_release_requested(self) -> None:
        person = self.cashier
        dialog = ManagerApprovalDialog(translate("Workflow", "releasing this station (pair again afterwards)"),
                                       translate("Workflow", "Release station"),
                                       self.window, manager=person.name if person and person.is_manager else "")

        def submitted(values: dict[str, str]) -> None:
            async def release() -> None:
                approval = await self.core.policy.approve(Action.RELEASE_STATION, values["manager"], values["pin"])
                await self.core.release(approval.approver, approval=approval)

            def done(_: None) -> None:
                dialog.accept()
                self._show_station(None)
                self.show_pairing()

            self.tasks.start(release(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.sessions.open_dialog(dialog)
