"""The sell screen wired to the checkout service: scans, tiles, search, quantities, voids and the price check.

No business logic here: codes are looked up, quantities read and refused ("12,50", "-3", "1e2", 2.5 lattes) and
carts priced by the core; this module only routes requests and shows answers. Cart changes run one at a time, in
the order the cashier made them (CheckoutService reads its state, saves, then swaps it: two changes running at
once would lose one), so fast scans queue up instead of racing.

**Scans are never lost** (see :mod:`ui.scanner` for what a scan is): on the sell screen a scan adds the item;
in a dialog over it the item is added too and the dialog stays as it was (the price check shows the item
instead, adding nothing); on the home, receipt, orders and report screens a scan goes to the sell screen and
adds the item there; on the payment screen it adds the item and the payment screen shows what is due now; where
no sale can be made (no session open, nobody signed in) the register beeps and says what to do first.

**A quantity before a scan**: ``3*`` (or ``3×``, ``3x``) typed on the sell screen, then a scan, a tap or a search
result adds 3. Quantities are plain numbers the locale's way (``1,5`` in French); whole numbers unless the item
is sold by weight (the core refuses the rest).

**Stock**: an item whose stock is managed and may not be backordered is not sold below zero without a word: the
core refuses, and the screen asks a manager (name and PIN, :class:`ui.approval_dialog.ManagerApprovalDialog`);
the manager's yes is logged with the cart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from dataclasses import replace
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from register.services.catalog import CatalogItem
from register.services.checkout import UnknownCodeError
from register.services.policy import Action, Approval, ApprovalRequired
from register.services.priced import Priced
from register.services.returns import looks_like_receipt
from register.services.stock import OutOfStockError
from ui import i18n
from ui.approval_dialog import ManagerApprovalDialog
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.price_check_dialog import PriceCheckDialog
from ui.scanner import BarcodeScanner, split_quantity
from ui.screen import ScreenContext
from ui.sell_view import SellView
from ui.session_flow import SessionFlow

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

Change = Callable[[Approval | None], Coroutine[Any, Any, Priced]]
"""A cart change that may need a word on the stock: called with None, then with the approval of selling beyond it."""


class SellFlow:
    """Owns the sell screen."""

    def __init__(self, ctx: ScreenContext, sessions: SessionFlow) -> None:
        self.ctx = ctx
        self.window, self.tasks, self.core, self.sessions = ctx.window, ctx.tasks, ctx.core, sessions
        """``sessions``: the home screen (Back) and the session a sale needs."""
        self.cashier = ctx.cashier
        self.fmt = ctx.fmt
        core = self.core
        self.view = SellView(self.fmt)
        self.view.model.undiscounted = lambda priced: core.checkout.price(replace(
            priced.state, cart_discount_percentage=None, cart_discount_amount=None))
        self.view.catalog.on_hand = core.checkout.on_hand
        self.view.scanner.known = self.known
        self.busy = 0
        """Cart changes started and not finished yet (tests wait for 0)."""
        self.receipt_scanned: Callable[[str], None] | None = None
        """What a scanned receipt code does (the orders flow opens that sale's refund)."""
        self.price_check: PriceCheckDialog | None = None
        self.stock_dialog: ManagerApprovalDialog | None = None
        self._connect()

    def _connect(self) -> None:
        v = self.view
        v.back_requested.connect(self._on_view_back_requested)
        v.code_scanned.connect(self._on_view_code_scanned)
        v.item_chosen.connect(self._on_view_item_chosen)
        v.quantity_step_requested.connect(self._on_view_quantity_step_requested)
        v.quantity_requested.connect(self._on_view_quantity_requested)
        v.remove_requested.connect(self._on_view_remove_requested)
        v.cart_discount_remove_requested.connect(self._on_view_cart_discount_remove_requested)
        v.void_requested.connect(self._on_view_void_requested)
        v.price_check_requested.connect(self._on_view_price_check_requested)

    def name(self) -> str:
        """Who is at the till."""
        person = self.cashier()
        return person.name if person else ""

    def known(self, code: str) -> bool:
        """Whether ``code`` is a barcode or SKU of the catalog (a scanner's run of keys, or typing)."""
        return self.core.catalog.index.lookup(code) is not None

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
        else:
            self.tasks.start(self.core.checkout.refresh_stock(), on_done=lambda _: self.view.catalog.refresh_stock(),
                             key="stock")

    def on_catalog_loaded(self, _items: int) -> None:
        """A new catalog (a background refresh or sync): the tiles on screen follow it, the category and the
        search text stay; off screen, :meth:`show` picks it up."""
        if self.view.isVisible() and self.view.catalog.index is not self.core.catalog.index:
            self._load_tiles()

    def _load_tiles(self) -> None:
        index = self.core.catalog.index

        async def load() -> Any:
            await self.core.checkout.refresh_stock()
            return await self.core.catalog.records("category")

        self.tasks.start(load(), on_done=lambda cats: self.view.set_catalog(index, cats), on_error=self._show_error,
                         key="sell-catalog")

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

    def change_approved(self, attempt: Callable[[Approval | None], Coroutine[Any, Any, Priced]], *,
                        on_error: Callable[[BaseException], None] | None = None,
                        on_done: Callable[[Priced], None] | None = None) -> None:
        """A cart change the policy may reserve: run as :meth:`change`; when the core wants a manager's approval,
        the approval dialog asks for it and the change runs again with it."""
        def approved(priced: Priced) -> None:
            self.view.notice.clear_message()
            self.view.set_priced(priced)
            if on_done is not None:
                on_done(priced)

        def failed(err: BaseException) -> None:
            if isinstance(err, ApprovalRequired):
                self.ctx.asker.ask(err, attempt, on_done=approved, on_error=on_error or self._show_error)
            else:
                (on_error or self._show_error)(err)

        self.change(lambda: attempt(None), on_done=on_done, on_error=failed)

    def change_with_stock(self, make: Change, *, on_done: Callable[[Priced], None] | None = None,
                          on_error: Callable[[BaseException], None] | None = None) -> None:
        """A cart change that checks the stock: when the core says it would take an item below zero, a manager
        says whether to sell anyway (then the change runs again with their name), or nothing changes."""
        def failed(err: BaseException) -> None:
            if isinstance(err, OutOfStockError):
                self._ask_stock_override(err, make, on_done, on_error)
            else:
                (on_error or self._show_error)(err)

        self.change(lambda: make(None), on_done=on_done, on_error=failed)

    def _ask_stock_override(self, err: OutOfStockError, make: Change, on_done: Callable[[Priced], None] | None,
                            on_error: Callable[[BaseException], None] | None) -> None:
        QApplication.beep()
        person = self.cashier()
        on_hand = max(err.on_hand, Decimal(0))
        action = translate("SellFlow", "selling {wanted} of {name} with {on_hand} in stock").format(
            wanted=i18n.quantity(err.wanted), name=err.name, on_hand=i18n.quantity(on_hand))
        if self.stock_dialog is not None and shiboken6.isValid(self.stock_dialog) and self.stock_dialog.isVisible():
            self.stock_dialog.reject()  # a second shortfall while the first is asked: the newer question
        dialog = self.stock_dialog = ManagerApprovalDialog(action, translate("SellFlow", "Sell anyway"), self.window,
                                                           manager=person.name if person and person.is_manager else "")
        dialog.setObjectName("stockApprovalDialog")
        dialog.notice.show_message(translate("SellFlow", "Only {on_hand} of {name} in stock, and it may not be "
                                             "backordered. Sell it anyway? Cancel adds nothing.").format(
            on_hand=i18n.quantity(on_hand), name=err.name), "info")
        dialog.keep_notice = True

        def submitted(values: dict[str, str]) -> None:
            async def approved() -> Priced:  # the core checks the approval (a script cannot name a manager)
                approval = await self.core.policy.approve(Action.SELL_BEYOND_STOCK, values["manager"], values["pin"])
                return await make(approval)

            def done(priced: Priced) -> None:
                dialog.accept()
                if on_done is not None:
                    on_done(priced)

            self.change(approved, on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

        def cancelled() -> None:  # nothing changes; the one who asked hears it (a dialog, else the cart)
            (on_error or self._not_added)(err)

        dialog.submitted.connect(submitted)
        dialog.rejected.connect(cancelled)
        self.ctx.dialogs.open(dialog)

    def _not_added(self, err: BaseException) -> None:
        """A manager said no (or nobody said yes) to selling beyond the stock: said under the cart."""
        if not isinstance(err, OutOfStockError):
            self._show_error(err)
            return
        self.view.show_message(translate("SellFlow", "Not added: only {on_hand} of {name} in stock.").format(
            on_hand=i18n.quantity(max(err.on_hand, Decimal(0))), name=err.name), "info")

    def on_cart_priced(self, priced: Priced) -> None:
        """A change priced and being saved: on screen at once (the paint does not wait for the disk)."""
        if self.view.isVisible():
            self.view.set_priced(priced)

    def _show_error(self, err: BaseException) -> None:
        if isinstance(err, UnknownCodeError):
            QApplication.beep()
            self.view.show_message(plain_words(err) + " " + translate("SellFlow", "Scan it again or search for it "
                                                                                "(F3)."))
            return
        self.view.show_message(plain_words(err))

    # adding --------------------------------------------------------------------------------------
    def _quantity(self, typed: str | None) -> str:
        """A quantity typed before the item (the locale's way), as the core reads it; "1" when none."""
        typed = typed if typed is not None else self.view.catalog.pending_quantity()
        return self.fmt.parse(typed) if typed else "1"

    def _on_view_code_scanned(self, code: str) -> None:
        self.scan(code)

    def scan(self, code: str, *, on_done: Callable[[Priced], None] | None = None) -> None:
        """Add the item with this barcode or SKU (``3*CODE``: three of it). While the price check is open, the
        item is shown there instead (nothing is added); a receipt's code opens that sale's refund."""
        if self.price_check is not None and shiboken6.isValid(self.price_check) and self.price_check.isVisible():
            self.price_check.show_code(code)
            return
        if (self.receipt_scanned is not None and looks_like_receipt(code)
                and self.core.catalog.index.lookup(code) is None):
            self.receipt_scanned(code.strip())
            return
        quantity, rest = split_quantity(code)
        if quantity is None or not rest or self.known(code):  # a code with an "x" in it is still the code
            quantity, rest = None, code
        qty = self._quantity(quantity)

        def done(priced: Priced) -> None:
            self._after_add(priced)
            if on_done is not None:
                on_done(priced)

        self.change_with_stock(lambda by: self.core.checkout.add_code(rest, qty, check_stock=True,
                                                                      approval=by), on_done=done,
                               on_error=lambda err: self._on_scan_failed(err, rest))

    def _on_scan_failed(self, err: BaseException, code: str) -> None:
        """An unknown code with letters in it was a person typing a name at a scanner's speed ("latte" and Enter):
        it goes to the search, whose results show; nothing is added without a second Enter."""
        typed = any(c.isalpha() for c in code) and not self.view.catalog.search_edit.text()
        if isinstance(err, UnknownCodeError) and typed:
            QApplication.beep()
            self.view.catalog.search_for(code)
            self.view.show_message(translate("SellFlow", "No product has the code “{code}”: the search shows what "
                                             "matches it (Enter adds the first).").format(code=code), "info")
            return
        self._not_added(err)

    def scan_from_elsewhere(self, code: str, say: Callable[[str], None]) -> None:
        """A scan on a screen other than the sell screen: the sale goes on there with the item, when a sale can
        be made; else a beep and ``say`` what to do first (nothing is lost silently)."""
        session = self.sessions.session
        if self.cashier() is None:
            QApplication.beep()
            say(translate("SellFlow", "Scanned {code}: sign in first, then scan it again.").format(code=code))
            return
        if session is None or not session.opened_today:
            QApplication.beep()
            say(translate("SellFlow", "Scanned {code}: a sale needs an open session of today. Open one (F2), then "
                                      "scan it again.").format(code=code))
            return
        self.show(keep_message=True)
        self.scan(code)

    def _on_view_item_chosen(self, item: CatalogItem) -> None:
        qty = self._quantity(None)
        self.change_with_stock(lambda by: self.core.checkout.add_item(item, qty, check_stock=True,
                                                                      approval=by),
                               on_done=self._after_add)

    def _after_add(self, priced: Priced | None = None) -> None:
        if self.view.catalog.search_edit.text():
            self.view.catalog.clear_search()
            self.view.table.setFocus()
        dialog = QApplication.activeModalWidget()
        notice = getattr(dialog, "notice", None)
        if priced is not None and dialog is not None and notice is not None and priced.state.lines:
            line = self.view.model.line(self.view.model.row_of(self.view.selected_line_id() or "")) \
                if self.view.selected_line_id() else None
            if line is not None and not getattr(dialog, "keep_notice", False):
                notice.show_message(translate("SellFlow", "Scanned: {name} is in the cart ({quantity}).").format(
                    name=line.name, quantity=i18n.quantity(line.quantity)), "info")

    # quantities and voids ------------------------------------------------------------------------
    def _on_view_quantity_step_requested(self, line_id: str, delta: int) -> None:
        async def step(by: Approval | None) -> Priced:
            line = self.core.checkout.state.line(line_id)
            return await self.core.checkout.set_quantity(line_id, line.quantity + delta, check_stock=True,
                                                         approval=by)

        self.change_with_stock(step)

    def _on_view_quantity_requested(self, line_id: str) -> None:
        line = self.core.checkout.state.line(line_id)
        if line.weighed:
            guidance = translate("SellFlow", "How much {name}? It is sold by weight: decimals are fine ({example}).")
        else:
            guidance = translate("SellFlow", "How many {name}? A whole number: it is sold by the piece.")
        dialog = FormDialog(translate("SellFlow", "Quantity"),
                            guidance.format(name=line.name, example=i18n.quantity(Decimal("1.25"))),
                            translate("SellFlow", "Set quantity"), self.window)
        dialog.setObjectName("quantityDialog")
        edit = dialog.add_field("quantity", translate("SellFlow", "&Quantity"), text=i18n.quantity(line.quantity),
                                numeric=True)
        edit.selectAll()

        def submitted(values: dict[str, str]) -> None:
            typed = self.fmt.parse(values["quantity"])
            self.change_with_stock(lambda by: self.core.checkout.set_quantity(line_id, typed, check_stock=True,
                                                                              approval=by),
                                   on_done=lambda _: dialog.accept(),
                                   on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.ctx.dialogs.open(dialog)

    def _on_view_remove_requested(self, line_id: str) -> None:
        self.change_approved(lambda approval: self.core.checkout.remove_line(line_id, actor=self.name(),
                                                                             approval=approval))

    def _on_view_cart_discount_remove_requested(self) -> None:
        self.change(lambda: self.core.checkout.discount_cart(self.name()))

    def _on_view_void_requested(self) -> None:
        """Void the whole cart (Ctrl+Del) once it is confirmed; the policy says whether a manager approves."""
        state = self.core.checkout.state
        if state.is_empty:
            return
        total = self.fmt.format(self.core.checkout.price().total)
        dialog = FormDialog(translate("SellFlow", "Void cart"),
                            translate("SellFlow", "Void the whole cart ({total})? Every line goes; the void is "
                                      "in the log.").format(total=total), translate("SellFlow", "Void cart"),
                            self.window)
        dialog.setObjectName("voidCartDialog")

        def submitted(_values: dict[str, str]) -> None:
            def done(_: Priced) -> None:
                dialog.accept()
                self.view.show_message(translate("SellFlow", "Cart of {total} voided; it is in the log.").format(
                    total=total), "ok")

            async def void(approval: Approval | None) -> Priced:
                await self.core.checkout.clear(self.name(), approval)
                return self.core.checkout.price()

            def failed(err: BaseException) -> None:
                if isinstance(err, ApprovalRequired):
                    dialog.accept()
                    self.ctx.asker.ask(err, void, on_done=done, on_error=self._show_error)
                else:
                    dialog.show_error(plain_words(err))

            self.change(lambda: void(None), on_done=done, on_error=failed)

        dialog.submitted.connect(submitted)
        self.ctx.dialogs.open(dialog)

    # price check ---------------------------------------------------------------------------------
    def _on_view_price_check_requested(self) -> None:
        if self.price_check is not None and shiboken6.isValid(self.price_check):
            self.price_check.deleteLater()
        dialog = self.price_check = PriceCheckDialog(self.core.catalog.index, self.fmt, self.core.checkout.on_hand,
                                                     self.window)
        dialog.finished.connect(lambda _r: self.window.activateWindow())
        self.tasks.start(self.core.checkout.refresh_stock(), key="stock")
        dialog.open()

    def attach_scanner(self, screen: QWidget, say: Callable[[str], None]) -> BarcodeScanner:
        """Scans on another screen (home, receipt, orders, a report) go on with the sale (see the module doc)."""
        scanner = BarcodeScanner(screen, hold=False, known=self.known)
        scanner.scanned.connect(lambda code: self.scan_from_elsewhere(code, say))
        return scanner
