"""From an open core to the session screens: pairing, sign-in (first manager), people, release.

The composition root (``ui/app.py``) makes one Workflow once the core is open; the workflow makes the
screens, gives them what they need, and turns their signals into service calls through the TaskRunner.
"""

from __future__ import annotations

import logging
import platform
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from register.services.cashiers import Cashier, Role
from register.services.context import StationInfo
from register.services.core import RegisterCore
from register.services.events import CatalogProgress
from ui.approval_dialog import ManagerApprovalDialog
from ui.display_flow import DisplayFlow
from ui.errors import plain_words
from ui.events import CoreEventsModel
from ui.extras_flow import ExtrasFlow
from ui.home_view import SessionHomeView
from ui.main_window import MainWindow
from ui.orders_flow import OrdersFlow
from ui.payment_flow import PaymentFlow
from ui.person_dialog import AddPersonDialog
from ui.receipt_flow import ReceiptFlow
from ui.sell_flow import SellFlow
from ui.session_flow import SessionFlow
from ui.sign_in_view import SignInView
from ui.station_view import StationPickerView
from ui.status_panel import catalog_progress_text
from ui.tasks import TaskRunner

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
        self.sessions = SessionFlow(window, tasks, core, self.home_view, lambda: self.cashier, pdf_folder)
        self.selling = SellFlow(window, tasks, core, self.sessions, lambda: self.cashier)
        self.payment = PaymentFlow(self.selling)
        self.receipts = ReceiptFlow(self.payment, self.home_view, pdf_folder)
        self.orders = OrdersFlow(self.receipts)
        self.extras = ExtrasFlow(self.selling)
        self.display = DisplayFlow(self.payment, self.home_view)
        self._connect()

    @property
    def cashier(self) -> Cashier | None:
        """Who is signed in."""
        return self.core.cashiers.current

    def _connect(self) -> None:
        status = self.window.status
        self.events.connectivity_changed.connect(lambda online, reason: status.set_online(online, reason))
        self.events.pending_changed.connect(status.set_pending)
        self.events.session_changed.connect(lambda number, is_open: status.set_session(number if is_open else None))
        self.events.catalog_loaded.connect(self.selling.on_catalog_loaded)
        self.events.catalog_progress.connect(self._on_catalog_progress)
        self.events.cart_priced.connect(self.selling.on_cart_priced)
        self.station_view.pair_requested.connect(self._on_station_view_pair_requested)
        self.station_view.reload_requested.connect(self.show_pairing)
        self.sign_in_view.sign_in_requested.connect(self._on_sign_in_view_sign_in_requested)
        self.sign_in_view.first_manager_requested.connect(self._on_sign_in_view_first_manager_requested)
        self.home_view.sell_requested.connect(self.selling.show)
        self.home_view.sign_out_requested.connect(self._on_home_sign_out_requested)
        self.home_view.add_person_requested.connect(self._on_home_add_person_requested)
        self.home_view.release_requested.connect(self._on_home_release_requested)

    def start(self) -> None:
        """Start syncing; pair first if this computer is not paired, else sign in."""
        self.core.start_sync()
        self._show_station(self.core.station)
        if self.core.station is None:
            self.show_pairing()
        else:
            self.core.start_catalog_refresh()
            self.show_sign_in()

    def detach(self) -> None:
        """The core is closing: stop listening to it."""
        self.events.detach()
        self.display.close()

    def _show_station(self, info: StationInfo | None) -> None:
        self.window.status.set_station(info.outlet_name if info else "", info.station_name if info else "")

    # pairing -------------------------------------------------------------------------------------
    def show_pairing(self) -> None:
        """The outlet and station list (loaded when the server answers)."""
        self.window.show_view(self.station_view)
        self.station_view.set_loading("Looking for your shops…")

        async def load() -> tuple[list[Any], list[Any]]:
            await self._server_ready()
            return await self.core.client.outlets.list_all(), await self.core.client.stations.list_all()

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
        self.window.statusBar().showMessage(f"The catalog was not downloaded yet: {plain_words(err)}", 15_000)

    def _on_catalog_progress(self, event: CatalogProgress) -> None:
        """A catalog sync moved on: say so in the status bar and on the sign-in screen (where the first sync is
        waited for); once the new index is in place, briefly say it is ready."""
        text = catalog_progress_text(event)
        if event.kind == "index" and event.finished:
            self.window.status.set_catalog_progress(None)
            self.sign_in_view.set_catalog_progress(None)
            self.window.statusBar().showMessage(text, 10_000)
            return
        self.window.status.set_catalog_progress(text)
        self.sign_in_view.set_catalog_progress(text)

    # sign-in -------------------------------------------------------------------------------------
    def show_sign_in(self) -> None:
        """Who is at the till (the session, if any, stays open)."""
        self.window.show_view(self.sign_in_view)
        self.sign_in_view.setEnabled(False)
        self.tasks.start(self.core.cashiers.list(),
                         on_done=lambda people: self.sign_in_view.set_people([p.name for p in people]),
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
                manager = await self.core.cashiers.authorize(values["manager"], values["manager_pin"],
                                                             "adding a person")
                return await self.core.cashiers.add(values["name"], Role(values["role"]), values["pin"],
                                                    actor=manager.name)

            def done(added: Cashier) -> None:
                dialog.accept()
                self.home_view.show_message(f"{added.name} can now sign in as {added.role.value}.", "ok")

            self.tasks.start(add(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.sessions.open_dialog(dialog)

    def _on_home_release_requested(self) -> None:
        person = self.cashier
        dialog = ManagerApprovalDialog("releasing this station (pair again afterwards)", "Release station",
                                       self.window, manager=person.name if person and person.is_manager else "")

        def submitted(values: dict[str, str]) -> None:
            async def release() -> None:
                manager = await self.core.cashiers.authorize(values["manager"], values["pin"], "releasing the station")
                await self.core.release(manager.name)

            def done(_: None) -> None:
                dialog.accept()
                self._show_station(None)
                self.show_pairing()

            self.tasks.start(release(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.sessions.open_dialog(dialog)
