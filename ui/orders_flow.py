"""Parked carts (park with a note, list, resume, delete) and the station's orders (sync state, reprint, refund with a
manager's PIN, a refund slip after each refund), wired to the checkout, order, return and refund services.

Returns by scan: a receipt's QR code scanned on the sell screen, the orders screen or in the refund dialog (or its
number typed in Find a receipt, F3) opens that sale's refund, wherever it was sold (``core.returns.find``)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication

from register.services.cart import CartState
from register.services.orders import OrderRow
from register.services.policy import Action
from register.services.refunds import RefundResult
from register.services.returns import FoundSale
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.money_format import MoneyFormatter
from ui.orders_view import OrdersView
from ui.parked_dialog import ParkedCartsDialog
from ui.receipt_flow import ReceiptFlow
from ui.refund_dialog import RefundDialog
from ui.screen import ScreenContext
from ui.sell_flow import SellFlow
from ui.words import method_words

translate = QCoreApplication.translate


def payment_words(payments: list[tuple[str, Any]], fmt: MoneyFormatter) -> str:
    """``Card $5.00, Cash $1.20``."""
    return ", ".join(f"{method_words(method)} {fmt.format(amount)}" for method, amount in payments)


class OrdersFlow:
    """Owns the parked carts dialog, the orders screen and the refund dialog."""

    def __init__(self, ctx: ScreenContext, selling: SellFlow, receipts: ReceiptFlow) -> None:
        self.ctx, self.core, self.fmt = ctx, ctx.core, ctx.fmt
        self.receipts = receipts
        """Reprints and refund slips are shown on the receipt screen."""
        self.selling = selling
        """The sell screen: parking starts there, Back goes there, a receipt scanned there opens its refund."""
        self.view = OrdersView(self.fmt)
        self.parked_dialog: ParkedCartsDialog | None = None
        sell = self.selling.view
        sell.park_requested.connect(self._on_sell_park_requested)
        sell.parked_requested.connect(self._on_sell_parked_requested)
        sell.orders_requested.connect(self.show_orders)
        self.view.back_requested.connect(self.selling.show)
        self.view.refresh_requested.connect(self.show_orders)
        self.view.reprint_requested.connect(self.receipts.reprint)
        self.view.slip_requested.connect(self._on_view_slip_requested)
        self.view.refund_requested.connect(self._on_view_refund_requested)
        self.view.scope_toggled.connect(self._on_view_scope_toggled)
        self.view.find_requested.connect(self._on_view_find_requested)
        self.view.code_scanned.connect(lambda code: self.open_refund(code, on_error=self.view.show_message))
        self.selling.receipt_scanned = lambda code: self.open_refund(code, on_error=self.selling.view.show_message)
        self.refund_dialog: RefundDialog | None = None

    def refresh_if_shown(self) -> None:
        """The orders screen is up: read it again (a sale synced, or Final POS stored other totals)."""
        if self.ctx.window.current_view() is self.view:
            self._load()

    # park and resume -------------------------------------------------------------------------------
    def _on_sell_park_requested(self) -> None:
        dialog = FormDialog(translate("OrdersFlow", "Park this cart"),
                            translate("OrdersFlow", "The cart is kept on this station; resume it later from Parked "
                                      "(F9)."), translate("OrdersFlow", "Park"), self.ctx.window)
        dialog.setObjectName("parkDialog")
        dialog.add_field("note", translate("OrdersFlow", "&Note"),
                         placeholder=translate("OrdersFlow", "customer's name, what they went to fetch…"))

        def submitted(values: dict[str, str]) -> None:
            async def park() -> Any:
                await self.core.checkout.park(values["note"], actor=self.ctx.name())
                return self.core.checkout.price()

            def done(priced: Any) -> None:
                dialog.accept()
                self.selling.view.set_priced(priced)
                self.selling.view.show_message(translate("OrdersFlow", "Cart parked: {note}. Parked (F9) brings it "
                                                         "back.").format(
                    note=values["note"] or translate("OrdersFlow", "(no note)")), "ok")

            self.ctx.tasks.start(park(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.ctx.dialogs.open(dialog)

    def _on_sell_parked_requested(self) -> None:
        if self.parked_dialog is not None and shiboken6.isValid(self.parked_dialog):
            self.parked_dialog.deleteLater()
        dialog = self.parked_dialog = ParkedCartsDialog(self.fmt, self.ctx.window)
        dialog.resume_requested.connect(lambda cart_id: self._resume(dialog, cart_id))
        dialog.delete_requested.connect(lambda cart_id: self._delete(dialog, cart_id))
        dialog.finished.connect(lambda _r: self.ctx.window.activateWindow())
        self._load_parked(dialog)
        dialog.open()

    def _load_parked(self, dialog: ParkedCartsDialog) -> None:
        def done(carts: list[tuple[str, str | None, str, CartState]]) -> None:
            dialog.set_carts([(cid, note, saved, state, self.fmt.format(self.core.checkout.price(state).total))
                              for cid, note, saved, state in carts])

        self.ctx.tasks.start(self.core.checkout.parked(), on_done=done,
                                 on_error=lambda e: dialog.show_error(plain_words(e)), key="parked")

    def _resume(self, dialog: ParkedCartsDialog, cart_id: str) -> None:
        def done(priced: Any) -> None:
            dialog.accept()
            self.selling.view.set_priced(priced)
            self.selling.view.show_message(translate("OrdersFlow", "Parked cart resumed."), "ok")

        self.selling.change(lambda: self.core.checkout.resume(cart_id, actor=self.ctx.name()), on_done=done,
                            on_error=lambda e: dialog.show_error(plain_words(e)))

    def _delete(self, dialog: ParkedCartsDialog, cart_id: str) -> None:
        self.ctx.tasks.start(self.core.checkout.delete_parked(cart_id, actor=self.ctx.name()),
                                 on_done=lambda _: self._load_parked(dialog),
                                 on_error=lambda e: dialog.show_error(plain_words(e)))

    # orders and refunds ----------------------------------------------------------------------------
    def show_orders(self) -> None:
        """The orders and refunds of the session (or of every session), with their sync state."""
        self.ctx.window.show_view(self.view)
        self.view.table.setFocus()
        self._load()

    def _load(self) -> None:
        def done(rows: list[OrderRow]) -> None:
            self.view.set_rows(rows)

        self.ctx.tasks.start(self.core.orders.session_orders(every_session=self.view.every_session), on_done=done,
                                 on_error=lambda e: self.view.show_message(plain_words(e)), key="orders")

    def _on_view_scope_toggled(self, every: bool) -> None:
        self.view.set_scope(every)
        self.show_orders()

    def _on_view_slip_requested(self, local_id: str) -> None:
        row = next((o for o in self.view.rows if o.local_id == local_id), None)
        receipt_id = row.refund_of_receipt if row else ""
        self.receipts.show_refund(local_id, receipt_id, reprint=True, back=self.show_orders)

    def _on_view_find_requested(self) -> None:
        dialog = FormDialog(translate("OrdersFlow", "Find a receipt"),
                            translate("OrdersFlow", "Scan the receipt's code or type its number (R…): its sale opens "
                                      "for a refund, whichever session or till sold it."),
                            translate("OrdersFlow", "Find"), self.ctx.window)
        dialog.setObjectName("findReceiptDialog")
        dialog.add_field("receipt", translate("OrdersFlow", "&Receipt"), placeholder="R1-20260305-0042-AB12")
        dialog.submitted.connect(lambda values: self.open_refund(values["receipt"], on_error=dialog.show_error,
                                                                 on_found=dialog.accept))
        self.ctx.dialogs.open(dialog)

    def _on_view_refund_requested(self, receipt_id: str) -> None:
        self.open_refund(receipt_id, on_error=self.view.show_message)

    def open_refund(self, receipt_id: str, *, on_error: Any, on_found: Any = None) -> None:
        """Find the sale of ``receipt_id`` (this session, an earlier one, another till) and open its refund;
        ``on_error`` says why not."""
        code = receipt_id.strip()

        def found(sale: FoundSale) -> None:
            if on_found is not None:
                on_found()
            if self.refund_dialog is not None and shiboken6.isValid(self.refund_dialog):
                self.refund_dialog.reject()
            person = self.ctx.cashier()
            dialog = self.refund_dialog = RefundDialog(sale.receipt_id, sale.record, self.fmt, self.ctx.window,
                                                       manager=person.name if person and person.is_manager else "",
                                                       where=sale.where)
            dialog.submitted.connect(lambda values: self._on_refund_dialog_submitted(dialog, values))
            dialog.receipt_scanned.connect(lambda scanned: self.open_refund(scanned, on_error=dialog.show_error))
            self.ctx.dialogs.open(dialog)

        self.ctx.tasks.start(self.core.returns.find(code), on_done=found,
                                 on_error=lambda e: on_error(plain_words(e)), key="find-receipt")

    def _on_refund_dialog_submitted(self, dialog: RefundDialog, values: dict[str, str]) -> None:
        quantities = dialog.quantities()
        to_cash = dialog.to_cash.isChecked()
        if not quantities:
            dialog.show_error(translate("OrdersFlow", "Type how many of at least one line come back."))
            return

        async def refund() -> RefundResult:
            approval = await self.core.policy.approve(Action.REFUND, values["manager"], values["pin"])
            return await self.core.refunds.refund(dialog.receipt_id, self.ctx.name() or approval.approver,
                                                  quantities=quantities, to_cash=to_cash, reason=values["reason"],
                                                  approval=approval)

        def done(result: RefundResult) -> None:
            dialog.accept()
            said = translate("OrdersFlow", "Refunded {amount} of {receipt}: {payments}.").format(
                amount=self.fmt.format(result.total), receipt=result.order_receipt_id,
                payments=payment_words(result.payments, self.fmt))
            self.show_orders()
            self.view.show_message(said, "ok")
            self.receipts.show_refund(result.local_id, result.order_receipt_id, back=self.show_orders, message=said)

        self.ctx.tasks.start(refund(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))
