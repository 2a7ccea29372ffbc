"""Parked carts (park with a note, list, resume, delete) and the session's orders (sync state, reprint,
refund with a manager's PIN), wired to the checkout, order and refund services."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication

from register.services.cart import CartState
from register.services.orders import OrderRow
from register.services.policy import Action
from register.services.refunds import RefundResult
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.money_format import MoneyFormatter
from ui.orders_view import OrdersView
from ui.parked_dialog import ParkedCartsDialog
from ui.receipt_flow import ReceiptFlow
from ui.refund_dialog import RefundDialog
from ui.words import method_words

translate = QCoreApplication.translate


def payment_words(payments: list[tuple[str, Any]], fmt: MoneyFormatter) -> str:
    """``Card $5.00, Cash $1.20``."""
    return ", ".join(f"{method_words(method)} {fmt.format(amount)}" for method, amount in payments)


class OrdersFlow:
    """Owns the parked carts dialog, the orders screen and the refund dialog."""

    def __init__(self, receipts: ReceiptFlow) -> None:
        self.receipts = receipts
        self.selling = receipts.selling
        self.core = receipts.core
        self.fmt = self.selling.fmt
        self.view = OrdersView(self.fmt)
        self.parked_dialog: ParkedCartsDialog | None = None
        sell = self.selling.view
        sell.park_requested.connect(self._on_sell_park_requested)
        sell.parked_requested.connect(self._on_sell_parked_requested)
        sell.orders_requested.connect(self.show_orders)
        self.view.back_requested.connect(self.selling.show)
        self.view.refresh_requested.connect(self.show_orders)
        self.view.reprint_requested.connect(self.receipts.reprint)
        self.view.refund_requested.connect(self._on_view_refund_requested)

    def refresh_if_shown(self) -> None:
        """The orders screen is up: read it again (a sale synced, or Final POS stored other totals)."""
        if self.selling.window.current_view() is self.view:
            self._load()

    # park and resume -------------------------------------------------------------------------------
    def _on_sell_park_requested(self) -> None:
        dialog = FormDialog(translate("OrdersFlow", "Park this cart"),
                            translate("OrdersFlow", "The cart is kept on this station; resume it later from Parked "
                                      "(F9)."), translate("OrdersFlow", "Park"), self.selling.window)
        dialog.setObjectName("parkDialog")
        dialog.add_field("note", translate("OrdersFlow", "&Note"),
                         placeholder=translate("OrdersFlow", "customer's name, what they went to fetch…"))

        def submitted(values: dict[str, str]) -> None:
            async def park() -> Any:
                await self.core.checkout.park(values["note"], actor=self.selling.name())
                return self.core.checkout.price()

            def done(priced: Any) -> None:
                dialog.accept()
                self.selling.view.set_priced(priced)
                self.selling.view.show_message(translate("OrdersFlow", "Cart parked: {note}. Parked (F9) brings it "
                                                         "back.").format(
                    note=values["note"] or translate("OrdersFlow", "(no note)")), "ok")

            self.selling.tasks.start(park(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.selling.sessions.open_dialog(dialog)

    def _on_sell_parked_requested(self) -> None:
        if self.parked_dialog is not None and shiboken6.isValid(self.parked_dialog):
            self.parked_dialog.deleteLater()
        dialog = self.parked_dialog = ParkedCartsDialog(self.fmt, self.selling.window)
        dialog.resume_requested.connect(lambda cart_id: self._resume(dialog, cart_id))
        dialog.delete_requested.connect(lambda cart_id: self._delete(dialog, cart_id))
        dialog.finished.connect(lambda _r: self.selling.window.activateWindow())
        self._load_parked(dialog)
        dialog.open()

    def _load_parked(self, dialog: ParkedCartsDialog) -> None:
        def done(carts: list[tuple[str, str | None, str, CartState]]) -> None:
            dialog.set_carts([(cid, note, saved, state, self.fmt.format(self.core.checkout.price(state).total))
                              for cid, note, saved, state in carts])

        self.selling.tasks.start(self.core.checkout.parked(), on_done=done,
                                 on_error=lambda e: dialog.show_error(plain_words(e)), key="parked")

    def _resume(self, dialog: ParkedCartsDialog, cart_id: str) -> None:
        def done(priced: Any) -> None:
            dialog.accept()
            self.selling.view.set_priced(priced)
            self.selling.view.show_message(translate("OrdersFlow", "Parked cart resumed."), "ok")

        self.selling.change(lambda: self.core.checkout.resume(cart_id, actor=self.selling.name()), on_done=done,
                            on_error=lambda e: dialog.show_error(plain_words(e)))

    def _delete(self, dialog: ParkedCartsDialog, cart_id: str) -> None:
        self.selling.tasks.start(self.core.checkout.delete_parked(cart_id, actor=self.selling.name()),
                                 on_done=lambda _: self._load_parked(dialog),
                                 on_error=lambda e: dialog.show_error(plain_words(e)))

    # orders and refunds ----------------------------------------------------------------------------
    def show_orders(self) -> None:
        """The session's orders and refunds, with their sync state."""
        self.selling.window.show_view(self.view)
        self.view.table.setFocus()
        self._load()

    def _load(self) -> None:
        def done(rows: list[OrderRow]) -> None:
            self.view.set_rows(rows)

        self.selling.tasks.start(self.core.orders.session_orders(), on_done=done,
                                 on_error=lambda e: self.view.show_message(plain_words(e)), key="orders")

    def _on_view_refund_requested(self, receipt_id: str) -> None:
        order = next((o for o in self.view.rows if o.kind == "order" and o.receipt_id == receipt_id), None)
        if order is None:
            return
        person = self.selling.cashier()
        dialog = RefundDialog(receipt_id, order.body, self.fmt, self.selling.window,
                              manager=person.name if person and person.is_manager else "")
        dialog.submitted.connect(lambda values: self._on_refund_dialog_submitted(dialog, values))
        self.selling.sessions.open_dialog(dialog)

    def _on_refund_dialog_submitted(self, dialog: RefundDialog, values: dict[str, str]) -> None:
        quantities = dialog.quantities()
        to_cash = dialog.to_cash.isChecked()
        if not quantities:
            dialog.show_error(translate("OrdersFlow", "Type how many of at least one line come back."))
            return

        async def refund() -> RefundResult:
            approval = await self.core.policy.approve(Action.REFUND, values["manager"], values["pin"])
            return await self.core.refunds.refund(dialog.receipt_id, self.selling.name() or approval.approver,
                                                  quantities=quantities, to_cash=to_cash, reason=values["reason"],
                                                  approval=approval)

        def done(result: RefundResult) -> None:
            dialog.accept()
            self.show_orders()
            self.view.show_message(translate("OrdersFlow", "Refunded {amount} of {receipt}: {payments}.").format(
                amount=self.fmt.format(result.total), receipt=result.order_receipt_id,
                payments=payment_words(result.payments, self.fmt)), "ok")

        self.selling.tasks.start(refund(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))
