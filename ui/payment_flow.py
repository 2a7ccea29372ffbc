"""The payment screen wired to the checkout service: tenders (cash, card, the other payment types), the tip,
then the sale committed locally.

Tenders change the cart, so they queue behind the cart changes of :class:`ui.sell_flow.SellFlow`
(one at a time). Completing is guarded twice: the view disables Complete at the first click, and the
core refuses a second completion of the same cart, so a double click never makes two orders.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from register.services.cart import InputError
from register.services.completion import CompletedSale
from register.services.payments import OTHER_METHODS, TIP_PRESETS
from register.services.priced import Priced
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.payment_view import PaymentView
from ui.scanner import BarcodeScanner
from ui.screen import ScreenContext
from ui.sell_flow import SellFlow
from ui.tender_dialog import OtherPaymentDialog
from ui.tip_dialog import TipDialog

translate = QCoreApplication.translate


class PaymentFlow:
    """Owns the payment screen; ``sale_completed`` callbacks get each committed sale."""

    def __init__(self, ctx: ScreenContext, selling: SellFlow) -> None:
        self.ctx, self.core = ctx, ctx.core
        self.selling = selling
        """The sell screen: Back goes there, and a scan here adds to its cart."""
        self.view = PaymentView(ctx.fmt)
        self.last_sale: CompletedSale | None = None
        self.sale_completed: list[Callable[[CompletedSale], None]] = []
        v = self.view
        v.cash_requested.connect(self._on_view_cash_requested)
        v.card_requested.connect(self._on_view_card_requested)
        v.other_requested.connect(self._on_view_other_requested)
        v.tip_requested.connect(self._on_view_tip_requested)
        v.tender_remove_requested.connect(self._on_view_tender_remove_requested)
        v.complete_requested.connect(self._on_view_complete_requested)
        v.back_requested.connect(self._on_view_back_requested)
        selling.view.pay_requested.connect(self.show)
        # a scan here adds the item and stays: the payment screen shows what is due now
        self.scanner = BarcodeScanner(self.view, hold=False, known=selling.known)
        self.scanner.scanned.connect(lambda code: selling.scan(code, on_done=self._after_scan))

    def show(self) -> None:
        """The payment screen for the current cart (nothing to pay: stay on the cart)."""
        priced = self.core.checkout.price()
        if not priced.state.lines:
            self.selling.view.show_message(translate("PaymentFlow", "The cart is empty: scan or pick something first."))
            return
        self.view.notice.clear_message()
        self.view.set_committing(False)
        self.view.set_priced(priced)
        self.ctx.window.show_view(self.view)
        self.view.focus_default()  # set_priced's focus is lost on a hidden screen

    def _after_scan(self, priced: Priced) -> None:
        if self.ctx.window.current_view() is self.view:
            self.view.set_priced(priced)
            line = priced.state.lines[-1] if priced.state.lines else None
            if line is not None:
                self.view.show_message(translate("PaymentFlow", "Scanned: {name} added; {amount} is due now.").format(
                    name=line.name, amount=self.ctx.fmt.format(max(priced.remaining, Decimal(0)))), "info")

    def _on_view_back_requested(self) -> None:
        self.selling.view.set_priced(self.core.checkout.price())
        self.ctx.window.show_view(self.selling.view)
        self.selling.view.table.setFocus()

    def _tender(self, method: str, amount: str, reference: str | None = None) -> None:
        def done(priced: Priced) -> None:
            self.view.notice.clear_message()
            self.view.set_priced(priced)

        self.selling.change(lambda: self.core.checkout.add_tender(method, amount or None, reference or None),
                            on_done=done, on_error=lambda e: self.view.show_message(plain_words(e)))

    def _on_view_cash_requested(self, amount: str) -> None:
        self._tender("cash", amount)

    def _on_view_card_requested(self, amount: str, reference: str) -> None:
        self._tender("credit_card", amount, reference)

    def _on_view_other_requested(self, amount: str) -> None:
        priced = self.core.checkout.price()
        due = priced.remaining if priced.remaining > 0 else Decimal(0)
        dialog = OtherPaymentDialog(OTHER_METHODS, self.ctx.fmt.format(due), amount, self.ctx.window)

        def submitted(values: dict[str, str]) -> None:
            self.selling.change(
                lambda: self.core.checkout.add_tender(values["method"],
                                                      self.ctx.fmt.parse(values["amount"]) or None,
                                                      values["reference"] or None),
                on_done=lambda p: self._dialog_done(dialog, p), on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.ctx.dialogs.open(dialog)

    def _on_view_tip_requested(self) -> None:
        checkout = self.core.checkout
        try:
            checkout.check_tip_allowed()
        except InputError as err:
            self.view.show_message(plain_words(err))
            return
        fmt = self.ctx.fmt
        tip = checkout.price().tip
        dialog = TipDialog([(p, fmt.format(checkout.tip_preview(p))) for p in TIP_PRESETS],
                           fmt.format(tip) if tip else "", self.ctx.window, example=fmt.example("2.00"))

        def submitted(values: dict[str, str]) -> None:
            self.selling.change(
                lambda: checkout.set_tip(percentage=values["percentage"] or None,
                                         amount=fmt.parse(values["amount"]) or None),
                on_done=lambda p: self._dialog_done(dialog, p), on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.ctx.dialogs.open(dialog)

    def _dialog_done(self, dialog: FormDialog, priced: Priced) -> None:
        dialog.accept()
        self.view.notice.clear_message()
        self.view.set_priced(priced)

    def _on_view_tender_remove_requested(self, tender_id: str) -> None:
        self.selling.change(lambda: self.core.checkout.remove_tender(tender_id), on_done=self.view.set_priced,
                            on_error=lambda e: self.view.show_message(plain_words(e)))

    def _on_view_complete_requested(self) -> None:
        async def commit() -> CompletedSale:
            # the core runs it after any tender still being saved (cart changes are serialised there)
            return await self.core.checkout.complete(actor=self.ctx.name())

        def failed(err: BaseException) -> None:
            self.view.set_committing(False)
            self.view.show_message(plain_words(err))

        self.ctx.tasks.start(commit(), on_done=self._on_completed, on_error=failed)

    def _on_completed(self, sale: CompletedSale) -> None:
        self.last_sale = sale
        self.view.set_committing(False)
        sell = self.selling.view
        sell.set_priced(self.core.checkout.price())
        fmt = self.ctx.fmt
        text = translate("PaymentFlow", "Sale {receipt} complete: {total}.").format(receipt=sale.receipt_id,
                                                                                   total=fmt.format(sale.total))
        if sale.change > Decimal(0):
            text += " " + translate("PaymentFlow", "Change due: {amount}.").format(amount=fmt.format(sale.change))
        sell.show_message(text, "ok")
        if not self.sale_completed:  # nobody shows the receipt: straight back to a fresh cart
            self.ctx.window.show_view(sell)
            sell.table.setFocus()
        for callback in self.sale_completed:
            callback(sale)
