"""The sell screen wired to the checkout service: scans, tiles, search, quantities and voids.

No business logic here: codes are looked up, quantities read and refused ("12,50", "-3") and carts priced
by the core; this module only routes requests and shows answers. Cart changes run one at a time, in
the order the cashier made them (CheckoutService reads its state, saves, then swaps it: two changes
running at once would lose one), so fast scans queue up instead of racing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtWidgets import QApplication

from register.services.cashiers import Cashier
from register.services.checkout import Priced, UnknownCodeError
from register.services.core import RegisterCore
from register.store.search import CatalogItem
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.main_window import MainWindow
from ui.money_format import MoneyFormatter
from ui.sell_view import SellView
from ui.session_flow import SessionFlow
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class SellFlow:
    """Owns the sell screen."""

    def __init__(self, window: MainWindow, tasks: TaskRunner, core: RegisterCore, sessions: SessionFlow,
                 cashier: Callable[[], Cashier | None]) -> None:
        self.window, self.tasks, self.core, self.sessions = window, tasks, core, sessions
        self.cashier = cashier
        self.fmt = MoneyFormatter(core.ctx.pricing.currency)
        self.view = SellView(self.fmt)
        """Held by each cart change (and the completion) while it runs."""
        self.busy = 0
        """Cart changes started and not finished yet (tests wait for 0)."""
        self._connect()

    def _connect(self) -> None:
        v = self.view
        v.back_requested.connect(self._on_view_back_requested)
        v.code_scanned.connect(self._on_view_code_scanned)
        v.item_chosen.connect(self._on_view_item_chosen)
        v.quantity_step_requested.connect(self._on_view_quantity_step_requested)
        v.quantity_requested.connect(self._on_view_quantity_requested)
        v.remove_requested.connect(self._on_view_remove_requested)

    def name(self) -> str:
        """Who is at the till."""
        person = self.cashier()
        return person.name if person else ""

    # showing -------------------------------------------------------------------------------------
    def show(self, *, keep_message: bool = False) -> None:
        """The sell screen with the current cart (restored after a restart) and the cached catalog."""
        if not keep_message:
            self.view.notice.clear_message()
        self.view.set_priced(self.core.checkout.price())
        self.window.show_view(self.view)
        self.view.table.setFocus()  # no text field focused: the scanner's keys become scans
        if self.view.catalog.index is not self.core.catalog.index:  # a catalog sync makes a new index
            self._load_tiles()

    def on_catalog_loaded(self, _items: int) -> None:
        """A new catalog (a background refresh or sync): the tiles on screen follow it, the category and the
        search text stay; off screen, :meth:`show` picks it up."""
        if self.view.isVisible() and self.view.catalog.index is not self.core.catalog.index:
            self._load_tiles()

    def _load_tiles(self) -> None:
        index = self.core.catalog.index
        self.tasks.start(self.core.catalog.records("category"),
                         on_done=lambda cats: self.view.set_catalog(index, cats),
                         on_error=self._show_error, key="sell-catalog")

    def _on_view_back_requested(self) -> None:
        self.sessions.show_home()

    # cart changes --------------------------------------------------------------------------------
    def change(self, make: Callable[[], Coroutine[Any, Any, Priced]], *,
               on_error: Callable[[BaseException], None] | None = None,
               on_done: Callable[[Priced], None] | None = None) -> None:
        """Run one cart change (the core runs changes one at a time, in order); show the repriced cart."""
        def done(priced: Priced) -> None:
            self.busy -= 1
            self.view.notice.clear_message()
            if priced is not self.view.priced:  # else shown already, while it was saved (on_cart_priced)
                self.view.set_priced(priced)
            if on_done is not None:
                on_done(priced)

        def failed(err: BaseException) -> None:
            self.busy -= 1
            shown = self.view.priced
            if shown is not None and shown.state is not self.core.checkout.state:  # shown, then not saved
                self.view.set_priced(self.core.checkout.price())
            (on_error or self._show_error)(err)

        self.busy += 1
        self.tasks.start(make(), on_done=done, on_error=failed)

    def on_cart_priced(self, priced: Priced) -> None:
        """A change priced and being saved: on screen at once (the paint does not wait for the disk)."""
        if self.view.isVisible():
            self.view.set_priced(priced)

    def _show_error(self, err: BaseException) -> None:
        if isinstance(err, UnknownCodeError):
            QApplication.beep()
            self.view.show_message(f"{plain_words(err)} Scan it again or search for it (F3).")
            return
        self.view.show_message(plain_words(err))

    def _on_view_code_scanned(self, code: str) -> None:
        self.scan(code)

    def scan(self, code: str) -> None:
        """Add the item with this barcode or SKU."""
        self.change(lambda: self.core.checkout.add_code(code), on_done=lambda _: self._after_add())

    def _on_view_item_chosen(self, item: CatalogItem) -> None:
        self.change(lambda: self.core.checkout.add_item(item), on_done=lambda _: self._after_add())

    def _after_add(self) -> None:
        if self.view.catalog.search_edit.text():
            self.view.catalog.clear_search()
            self.view.table.setFocus()

    def _on_view_quantity_step_requested(self, line_id: str, delta: int) -> None:
        async def step() -> Priced:
            line = self.core.checkout.state.line(line_id)
            return await self.core.checkout.set_quantity(line_id, line.quantity + delta)

        self.change(step)

    def _on_view_quantity_requested(self, line_id: str) -> None:
        line = self.core.checkout.state.line(line_id)
        dialog = FormDialog("Quantity", f"How many {line.name}? Decimals with a dot (1.5) for weighed goods.",
                            "Set quantity", self.window)
        dialog.setObjectName("quantityDialog")
        edit = dialog.add_field("quantity", "&Quantity", text=format(line.quantity.normalize(), "f"))
        edit.selectAll()

        def submitted(values: dict[str, str]) -> None:
            def done(_: Priced) -> None:
                dialog.accept()

            self.change(lambda: self.core.checkout.set_quantity(line_id, values["quantity"]), on_done=done,
                        on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.sessions.open_dialog(dialog)

    def _on_view_remove_requested(self, line_id: str) -> None:
        self.change(lambda: self.core.checkout.remove_line(line_id, actor=self.name()))
