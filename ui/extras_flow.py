"""Discounts (a line's, the cart's), line notes, price overrides (a manager's), custom sales, fees, the sale's
customer and the variant picker, wired to the checkout service.

The core reads what was typed (percent from 0 to 100, amounts, "12,50" refused) and logs each discount
with who gave it; here a dialog only collects the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from register.services.cart import InputError, parse_amount
from register.services.catalog import CatalogItem
from register.services.policy import Action
from register.services.priced import Priced
from ui import i18n
from ui.customer_dialog import CustomerDialog
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.screen import ScreenContext
from ui.sell_flow import SellFlow
from ui.variant_dialog import VariantDialog

translate = QCoreApplication.translate


def _discount_dialog(title: str, guidance: str, parent: Any, example: str) -> FormDialog:
    dialog = FormDialog(title, guidance, translate("ExtrasFlow", "Apply discount"), parent)
    dialog.add_field("percentage", translate("ExtrasFlow", "&Percent off"), numeric=True,
                     placeholder=translate("ExtrasFlow", "10 for {percent}").format(percent=i18n.percent(Decimal(10))))
    dialog.add_field("amount", translate("ExtrasFlow", "&Amount off"), placeholder=example, numeric=True)
    return dialog


class ExtrasFlow:
    """Line discount (F6), cart discount (F5), customer (F7), note (Ctrl+N), price override (Ctrl+O), custom
    sale (F2), fee (Ctrl+E) and the variant picker (a tap on a product with several variants) on the sell
    screen."""

    def __init__(self, ctx: ScreenContext, selling: SellFlow) -> None:
        self.ctx, self.core = ctx, ctx.core
        self.selling = selling
        """The sell screen whose cart these dialogs change."""
        self.variant_dialog: VariantDialog | None = None
        sell = selling.view
        sell.discount_requested.connect(self._on_sell_discount_requested)
        sell.cart_discount_requested.connect(self._on_sell_cart_discount_requested)
        sell.customer_requested.connect(self._on_sell_customer_requested)
        sell.note_requested.connect(self._on_sell_note_requested)
        sell.price_requested.connect(self._on_sell_price_requested)
        sell.custom_sale_requested.connect(self._on_sell_custom_sale_requested)
        sell.fee_requested.connect(self._on_sell_fee_requested)
        sell.variants_requested.connect(self._on_sell_variants_requested)

    def _open(self, dialog: FormDialog, change: Any) -> None:
        """Show ``dialog``; on confirm run ``change(values)`` (a coroutine) as a cart change."""
        def submitted(values: dict[str, str]) -> None:
            self.selling.change(lambda: change(values), on_done=lambda _: dialog.accept(),
                                on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.ctx.dialogs.open(dialog)

    def _open_approved(self, dialog: FormDialog, change: Any) -> None:
        """:meth:`_open` for a change the policy may reserve: ``change(values, approval)``; when the core wants a
        manager's approval, the approval dialog asks for it over this one and the change runs again."""
        def submitted(values: dict[str, str]) -> None:
            self.selling.change_approved(lambda approval: change(values, approval), on_done=lambda _: dialog.accept(),
                                         on_error=lambda e: dialog.show_error(plain_words(e)))

        dialog.submitted.connect(submitted)
        self.ctx.dialogs.open(dialog)

    def _on_sell_note_requested(self, line_id: str) -> None:
        line = self.core.checkout.state.line(line_id)
        dialog = FormDialog(translate("ExtrasFlow", "Line note"),
                            translate("ExtrasFlow", "A note on {name}, printed on the receipt (empty: none).").format(
                                name=line.name), translate("ExtrasFlow", "Save note"), self.ctx.window)
        dialog.setObjectName("noteDialog")
        dialog.add_field("note", translate("ExtrasFlow", "&Note"), text=line.note or "")
        self._open(dialog, lambda v: self.core.checkout.note_line(line_id, v["note"]))

    def _on_sell_price_requested(self, line_id: str) -> None:
        line = self.core.checkout.state.line(line_id)
        person = self.ctx.cashier()
        fmt = self.ctx.fmt
        dialog = FormDialog(translate("ExtrasFlow", "Price override"),
                            translate("ExtrasFlow", "A new unit price for {name} (now {price}). A manager "
                                      "approves.").format(name=line.name, price=fmt.format(line.unit_price)),
                            translate("ExtrasFlow", "Override price"), self.ctx.window)
        dialog.setObjectName("priceDialog")
        dialog.add_field("price", translate("ExtrasFlow", "&Unit price"), placeholder=fmt.example("3.50"), numeric=True)
        dialog.add_field("manager", translate("ExtrasFlow", "&Manager"),
                         text=person.name if person and person.is_manager else "")
        dialog.add_field("pin", translate("ExtrasFlow", "&PIN"), pin=True)

        async def override(values: dict[str, str]) -> Any:
            approval = await self.core.policy.approve(Action.PRICE_OVERRIDE, values["manager"], values["pin"])
            return await self.core.checkout.override_price(line_id, fmt.parse(values["price"]), self.ctx.name(),
                                                           approval=approval)

        self._open(dialog, override)

    def _on_sell_custom_sale_requested(self) -> None:
        fmt = self.ctx.fmt
        dialog = FormDialog(translate("ExtrasFlow", "Custom sale"),
                            translate("ExtrasFlow", "An item that is not in the catalog, at the price you type. Untick "
                                      "taxable for an untaxed item."), translate("ExtrasFlow", "Add to cart"),
                            self.ctx.window)
        dialog.setObjectName("customSaleDialog")
        dialog.add_field("name", translate("ExtrasFlow", "&Name"), placeholder=translate("ExtrasFlow", "Custom sale"))
        dialog.add_field("price", translate("ExtrasFlow", "&Price"), placeholder=fmt.example("5.00"), numeric=True)
        dialog.add_field("quantity", translate("ExtrasFlow", "&Quantity"), text="1", numeric=True)
        taxable = QCheckBox(translate("ExtrasFlow", "&Taxable"), objectName="taxableCheck")
        taxable.setChecked(True)
        dialog.form.addRow(taxable)
        self._open_approved(dialog, lambda v, approval: self.core.checkout.add_custom_sale(
            v["name"] or translate("ExtrasFlow", "Custom sale"), fmt.parse(v["price"]), taxable=taxable.isChecked(),
            quantity=fmt.parse(v["quantity"]) or "1", approval=approval))

    def _on_sell_fee_requested(self) -> None:
        fees = self.core.checkout.state.fees
        fmt = self.ctx.fmt
        now = ", ".join(f"{label} {fmt.format(amount)}" for label, amount in fees)
        guidance = translate("ExtrasFlow", "A fee on the whole sale (delivery, service), added to the total with its "
                             "tax.")
        if fees:
            guidance += " " + translate("ExtrasFlow", "Now: {fees}. Leave the amount empty to take the fees "
                                        "off.").format(fees=now)
        dialog = FormDialog(translate("ExtrasFlow", "Fee"), guidance, translate("ExtrasFlow", "Add fee"),
                            self.ctx.window)
        dialog.setObjectName("feeDialog")
        dialog.add_field("label", translate("ExtrasFlow", "&Label"), placeholder=translate("ExtrasFlow", "Delivery"))
        dialog.add_field("amount", translate("ExtrasFlow", "&Amount"), placeholder=fmt.example("2.50"), numeric=True)

        async def apply(values: dict[str, str]) -> Priced:
            if values["amount"]:
                return await self.core.checkout.add_fee(values["label"] or translate("ExtrasFlow", "Fee"),
                                                        parse_amount(fmt.parse(values["amount"]),
                                                                     translate("ExtrasFlow", "fee")))
            if not fees:
                raise InputError(translate("ExtrasFlow", "Fee: type an amount ({example}).").format(
                    example=fmt.example("2.50")))
            return await self.core.checkout.clear_fees()

        self._open(dialog, apply)

    def _on_sell_variants_requested(self, variants: Sequence[CatalogItem]) -> None:
        if self.variant_dialog is not None and shiboken6.isValid(self.variant_dialog):
            self.variant_dialog.deleteLater()
        dialog = self.variant_dialog = VariantDialog(variants, self.ctx.fmt, self.ctx.window,
                                                     on_hand=self.core.checkout.on_hand)

        def chosen(item: CatalogItem) -> None:
            # the same core call as a one-variant tile (the quantity typed before it, the stock checked); the
            # picker closes once the item is in the cart
            qty = self.selling._quantity(None)

            def done(priced: Any) -> None:
                dialog.accept()
                self.selling._after_add(None)

            def failed(err: BaseException) -> None:
                dialog.show_error(plain_words(err))

            self.selling.change_with_stock(
                lambda by: self.core.checkout.add_item(item, qty, check_stock=True, approval=by),
                on_done=done, on_error=failed)

        dialog.item_chosen.connect(chosen)
        dialog.finished.connect(lambda _result: self.ctx.window.activateWindow())  # the F-keys again
        dialog.open()

    def _on_sell_discount_requested(self, line_id: str) -> None:
        line = self.core.checkout.state.line(line_id)
        dialog = _discount_dialog(translate("ExtrasFlow", "Line discount"),
                                  translate("ExtrasFlow", "A discount on {name}: a percentage OR an amount off the "
                                            "line.").format(name=line.name), self.ctx.window,
                                  self.ctx.fmt.example("2.50"))
        dialog.setObjectName("lineDiscountDialog")

        self._open_approved(dialog, lambda values, approval: self.core.checkout.discount_line(
            line_id, self.ctx.name(), percentage=self.ctx.fmt.parse(values["percentage"]) or None,
            amount=self.ctx.fmt.parse(values["amount"]) or None, approval=approval))

    def _on_sell_cart_discount_requested(self) -> None:
        dialog = _discount_dialog(translate("ExtrasFlow", "Cart discount"),
                                  translate("ExtrasFlow", "A discount on the whole cart: a percentage OR an amount. "
                                            "Leave both empty to take the cart discount off."), self.ctx.window,
                                  self.ctx.fmt.example("2.50"))
        dialog.setObjectName("cartDiscountDialog")

        self._open_approved(dialog, lambda values, approval: self.core.checkout.discount_cart(
            self.ctx.name(), percentage=self.ctx.fmt.parse(values["percentage"]) or None,
            amount=self.ctx.fmt.parse(values["amount"]) or None, approval=approval))

    def _on_sell_customer_requested(self) -> None:
        def opened(customers: list[dict[str, Any]]) -> None:
            attached = self.core.checkout.state.customer_name or ""
            dialog = CustomerDialog(customers, self.ctx.window, attached=attached)
            done = lambda _: dialog.accept()  # noqa: E731
            failed = lambda e: dialog.show_error(plain_words(e))  # noqa: E731
            dialog.attach_requested.connect(lambda cid, name: self.selling.change(
                lambda: self.core.checkout.set_customer(cid, name), on_done=done, on_error=failed))
            dialog.detach_requested.connect(lambda: self.selling.change(
                lambda: self.core.checkout.set_customer(None), on_done=done, on_error=failed))

            def create(values: dict[str, str]) -> None:
                new = dialog.new_customer()
                self.selling.change(lambda: self.core.checkout.create_customer(
                    new["first"], new["last"], new["email"], self.ctx.name(), phone=new["phone"] or None),
                    on_done=done, on_error=failed)

            dialog.submitted.connect(create)
            self.ctx.dialogs.open(dialog)

        self.ctx.tasks.start(self.core.catalog.records("customer"), on_done=opened,
                                 on_error=lambda e: self.selling.view.show_message(plain_words(e)))
