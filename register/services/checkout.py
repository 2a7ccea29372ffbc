"""Ringing up a sale: the current cart and its edits, behind one facade for the screens and scripts.

Every change saves the cart (so a crash reopens it as it was; through ``Database.run_cart``, which waits on
no fsync) and reprices it with the pricing engine. The other concerns live apart: tenders
(:mod:`register.services.tenders`), completion, the one transaction that records the sale and its outbox entries
(:mod:`register.services.completion`), receipt numbers (:mod:`register.services.numbering`) and parking
(:mod:`register.services.parking`). A second
"complete" of the same cart (a double click) finds an empty cart and raises; it never makes a second order.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, ParamSpec, TypeVar

from register.memo import RoundMemo
from register.pricing.cash import round_cash
from register.pricing.summary import Pricer
from register.services.cart import (
    CartLine,
    CartState,
    InputError,
    PricingMemo,
    new_id,
    parse_amount,
    parse_percentage,
    parse_quantity,
    to_pricing_cart,
)
from register.services.completion import LOCAL_CUSTOMER_PREFIX, CompletedSale, record_sale
from register.services.context import NotReadyError, StationContext
from register.services.events import CartChanged, CartPriced, CatalogLoaded, SaleCompleted
from register.services.parking import delete_parked, park, resume
from register.services.policy import Action, Approval, ApprovalRequired, effective_percent
from register.services.priced import Priced
from register.services.sessions import SessionService
from register.services.stock import OutOfStockError, StockLedger, in_cart
from register.services.tenders import tender_for
from register.store import outbox
from register.store.database import transaction
from register.store.records import (
    CURRENT_CART,
    audit,
    dumps,
    load_cart,
    now_iso,
    parked_carts,
    put_cart,
)
from register.store.search import CatalogItem

log = logging.getLogger(__name__)
ZERO = Decimal(0)
P = ParamSpec("P")
R = TypeVar("R")


class UnknownCodeError(InputError):
    """A scanned or typed code matches nothing in the catalog."""

    code = "unknown_code"


@dataclass(frozen=True)
class _Checked:
    """What a stock check adds to a cart change: its audit entry and the approval used (none when in stock)."""

    logged: tuple[str, str, dict[str, Any]] | None = None
    approved: tuple[Action, Approval | None] | None = None


def serialized(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Run a cart change under the service's lock: each change reads the cart, awaits the save, then
    replaces it, so two changes at once (two fast scans) must not interleave or one would be lost.
    Re-entrant for the task that holds it (``add_code`` calls ``add_item``)."""

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        service = args[0]
        assert isinstance(service, CheckoutService)
        task = asyncio.current_task()
        if service._lock_owner is task:
            return await method(*args, **kwargs)
        async with service._lock:
            service._lock_owner = task
            try:
                return await method(*args, **kwargs)
            finally:
                service._lock_owner = None

    return wrapper


class CheckoutService:
    """The current cart of the station and the operations a cashier performs on it."""

    def __init__(self, ctx: StationContext, sessions: SessionService) -> None:
        self.ctx = ctx
        self.sessions = sessions
        self.state = CartState()
        self._lock = asyncio.Lock()
        self._lock_owner: asyncio.Task[Any] | None = None
        self._pricer = Pricer()
        self._pricing_lines: PricingMemo = RoundMemo()
        """The engine's lines of the cart priced last, reused for the lines that did not change."""
        self.stock = StockLedger()
        """What this station sold since the catalog's last full sync (stock on hand: :meth:`on_hand`)."""
        self._by_variant: tuple[object, dict[str, CatalogItem]] = (None, {})
        ctx.bus.subscribe(self._on_catalog_loaded, CatalogLoaded)

    def _on_catalog_loaded(self, _event: CatalogLoaded) -> None:
        self.stock.stale = True  # a full sync may have brought new stock figures (and counted our sales)

    async def refresh_stock(self) -> None:
        """Read what this station sold since the last full sync, if the catalog changed since it was read."""
        if self.stock.stale:
            await self.ctx.db.run(self.stock.load)

    def on_hand(self, item: CatalogItem) -> Decimal | None:
        """Stock on hand of ``item`` at this station's outlet (None: not managed here; see
        :mod:`register.services.stock`)."""
        station = self.ctx.station
        return self.stock.on_hand(item, station.outlet_id if station else None)

    def catalog_item(self, line: CartLine) -> CatalogItem | None:
        """The catalog item a cart line sells (None: a custom sale, or gone from the catalog)."""
        if line.custom:
            return None
        index = self.ctx.catalog.index
        if self._by_variant[0] is not index:
            self._by_variant = (index, {str(i.variant_id or i.product_id): i for i in index.items})
        return self._by_variant[1].get(str(line.variant_id or line.product_id))

    async def _check_stock(self, item: CatalogItem | None, adding: Decimal, approval: Approval | None,
                           state: CartState, *, replacing: Decimal = ZERO) -> _Checked:
        """Refuse a cart that would hold more of ``item`` than is on hand (what it holds, less ``replacing``, plus
        ``adding``) unless ``approval`` (for :attr:`Action.SELL_BEYOND_STOCK`, by someone the policy lets decide:
        a manager, by default) says to sell it anyway: :class:`OutOfStockError` says how many there are. A person
        the policy allows is still asked (their own PIN): selling what the shelf does not hold is a choice.
        Returns the audit entry of the decision and the approval used, for the cart's own transaction."""
        if item is None or item.allow_backorder:
            return _Checked()
        quantity = in_cart(state.lines, item) - replacing + adding
        await self.refresh_stock()
        on_hand = self.on_hand(item)
        if on_hand is None or quantity <= on_hand:
            return _Checked()
        left = max(on_hand, ZERO)
        message = f"{item.display_name}: only {left.normalize():f} in stock and it cannot be backordered"
        if approval is None:  # a warning and a choice, every time: someone the policy lets decide approves it
            raise OutOfStockError(message, name=item.display_name, on_hand=on_hand, wanted=quantity)
        try:
            actor = self.ctx.authorise(Action.SELL_BEYOND_STOCK, approval=approval, subject=state.cart_id)
        except ApprovalRequired as err:
            raise OutOfStockError(message, name=item.display_name, on_hand=on_hand, wanted=quantity,
                                  why=str(err)) from None
        return _Checked(("stock_override", actor, {"line": item.display_name, "on_hand": str(on_hand),
                                                   "quantity": str(quantity)}), (Action.SELL_BEYOND_STOCK, approval))

    # state -------------------------------------------------------------------------------------
    async def restore(self) -> CartState:
        """Reopen the cart saved before the register stopped (or crashed)."""
        saved = await self.ctx.db.run(lambda c: load_cart(c, CURRENT_CART))
        self.state = CartState.from_json(saved) if saved else CartState()
        return self.state

    async def _commit(self, state: CartState, *, logged: tuple[str, str, dict[str, Any]] | None = None,
                      approved: tuple[Action, Approval | None] | None = None) -> Priced:
        """Price ``state``, save it, make it the cart. ``logged`` (action, actor, detail) is the audit entry of
        the change, and ``approved`` the policy's action and the approval it used, both saved in the same
        transaction as the cart: a refused change leaves no entry behind."""
        priced = self.price(state)  # refuse a cart the engine cannot price before saving it
        if state.tenders and priced.remaining < 0 and priced.remaining < self.price().remaining:
            # a line voided, a quantity lowered, a discount given after a payment: the total would fall below
            # what is paid (taking a payment back is always allowed: it only raises what is due)
            raise InputError(f"{self.ctx.money(priced.paid)} is paid already and this would bring the total to "
                             f"{self.ctx.money(priced.total + priced.cash_rounding)}: take a payment back first")
        subject = self.state.cart_id
        text = state.to_json_text()  # here: the cart's thread then holds the GIL only a moment, not the paint

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "saving the cart", durable=False):
                put_cart(conn, CURRENT_CART, text)
                if logged is not None:
                    action, actor, detail = logged
                    audit(conn, action, actor=actor, subject=subject, **detail)
                if approved is not None:
                    self.ctx.record_approval(conn, approved[0], approved[1], subject)

        # Saved (a crash reopens it) without waiting on an fsync, and shown first: the save starts once the loop
        # has had its turn (the screen paints the change without the cart's thread taking the GIL from it). The
        # change returns (and the next one starts) only once it is saved; meanwhile ``state`` is already the new
        # cart (what the screen shows), the old one again if the save fails or the change is cancelled.
        previous = self.state
        self.state = state
        self.ctx.bus.emit(CartPriced(priced))
        try:
            await asyncio.sleep(0)
            await asyncio.shield(self.ctx.db.submit_cart(write))
        except BaseException:
            if self.state is state:
                self.state = previous
            raise
        self.ctx.bus.emit(CartChanged(len(state.lines)))
        return priced

    def price(self, state: CartState | None = None) -> Priced:
        """Price ``state`` (default: the current cart). Pure and fast: runs on every change."""
        cart = state or self.state
        catalog = self.ctx.catalog
        fragment = self._pricer.summarize(to_pricing_cart(
            cart, self.ctx.pricing, lambda t: catalog.rates_for(tax_table_id=t), catalog.default_rates(),
            self._pricing_lines, catalog.rates_read))
        total = Decimal(fragment.summary["total"])
        rounding = sum((t.cash_rounding for t in cart.tenders), ZERO)
        paid = sum((t.amount for t in cart.tenders), ZERO)
        change = sum((t.change for t in cart.tenders), ZERO)
        remaining = total + rounding - paid
        cash_due = None
        if self.ctx.pricing.cash_increment and remaining > 0:
            cash_due = round_cash(remaining, self.ctx.pricing.cash_increment, self.ctx.pricing.currency).rounded
        return Priced(cart, fragment, total, paid, remaining, change, rounding, cash_due)

    # lines -------------------------------------------------------------------------------------
    @serialized
    async def add_code(self, code: str, quantity: Decimal | str = Decimal(1), *, check_stock: bool = False,
                       approval: Approval | None = None) -> Priced:
        """Add the item with this barcode or SKU (a scan): a second scan adds to the same line."""
        item = self.ctx.catalog.index.lookup(code)
        if item is None:
            raise UnknownCodeError(f"No product has the code {code.strip()!r}.")
        return await self.add_item(item, quantity, check_stock=check_stock, approval=approval)

    @serialized
    async def add_item(self, item: CatalogItem, quantity: Decimal | str = Decimal(1), *, check_stock: bool = False,
                       approval: Approval | None = None) -> Priced:
        """Add a catalog item (a tile or a search result). A quantity with decimals only for an item sold by weight.
        With ``check_stock``, more than is on hand of an item that may not be backordered is refused
        (:class:`OutOfStockError`) unless ``approval`` (a manager's, for :attr:`Action.SELL_BEYOND_STOCK`) says
        to sell it anyway; the decision is logged."""
        qty = parse_quantity(quantity, whole_for=None if item.sold_by_weight else item.display_name)
        if item.price is None:
            raise InputError(f"{item.display_name} has no price; sell it as a custom sale")
        line = CartLine(new_id(), item.display_name, item.price, qty, item.product_id, item.variant_id, item.sku,
                        item.tax_table_id, weighed=item.sold_by_weight, regular_price=item.regular_price)
        checked = await self._check_stock(item, qty, approval, self.state) if check_stock else _Checked()
        variant = line.variant_id  # compared first: one comparison for most lines of a long cart
        same = next((x for x in self.state.lines if x.variant_id == variant and x.same_item(line)), None)
        if same is not None:
            line = replace(same, quantity=same.quantity + qty)
        return await self._commit(self.state.with_line(line), logged=checked.logged, approved=checked.approved)

    @serialized
    async def add_custom_sale(self, name: str, price: Decimal | str, *, taxable: bool = True,
                              quantity: Decimal | str = Decimal(1), approval: Approval | None = None) -> Priced:
        """An open-price item (above the policy's limit, a manager approves it)."""
        label = name.strip() or "Custom sale"
        line = CartLine(new_id(), label, parse_amount(price, "price"), parse_quantity(quantity, whole_for=label),
                        custom=True, apply_taxes=taxable)
        self.ctx.authorise(Action.CUSTOM_SALE, amount=line.unit_price * line.quantity, approval=approval,
                           subject=self.state.cart_id)
        return await self._commit(self.state.with_line(line), approved=(Action.CUSTOM_SALE, approval))

    @serialized
    async def set_quantity(self, line_id: str, quantity: Decimal | str, *, check_stock: bool = False,
                           approval: Approval | None = None) -> Priced:
        """Change a line's quantity (what was typed is checked: "12,50", "-3", "1e2" and, for an item sold by the
        piece, "2.5" are refused). ``check_stock`` and ``approval`` as for :meth:`add_item`."""
        line = self.state.line(line_id)
        qty = parse_quantity(quantity, whole_for=None if line.weighed else line.name)
        checked = _Checked()
        if check_stock and qty > line.quantity:
            checked = await self._check_stock(self.catalog_item(line), qty, approval, self.state,
                                              replacing=line.quantity)
        return await self._commit(self.state.with_line(replace(line, quantity=qty)), logged=checked.logged,
                                  approved=checked.approved)

    @serialized
    async def remove_line(self, line_id: str, actor: str, approval: Approval | None = None) -> Priced:
        """Void a line (logged); once a payment is taken, a manager approves it."""
        line = self.state.line(line_id)
        action = Action.VOID_AFTER_PAYMENT if self.state.tenders else Action.VOID_LINE
        actor = self.ctx.authorise(action, approval=approval, subject=self.state.cart_id) or actor
        return await self._commit(self.state.without_line(line_id), logged=(
            "void", actor, {"line": line.name, "quantity": str(line.quantity), "price": str(line.unit_price)}),
            approved=(action, approval))

    @serialized
    async def discount_line(self, line_id: str, actor: str, *, percentage: Decimal | str | None = None,
                            amount: Decimal | str | None = None, approval: Approval | None = None) -> Priced:
        """A line discount, a percentage or an amount off the line (logged); above the policy's limit (a
        cashier: 10 %), a manager approves it."""
        line = self.state.line(line_id)
        if (percentage is None) == (amount is None):
            raise InputError("discount: give a percentage or an amount")
        pct = parse_percentage(percentage) if percentage is not None else None
        amt = parse_amount(amount, "discount") if amount is not None else None
        share = pct if pct is not None else effective_percent(amt or ZERO, line.unit_price * line.quantity)
        actor = self.ctx.authorise(Action.LINE_DISCOUNT, amount=share, approval=approval,
                                   subject=self.state.cart_id) or actor
        return await self._commit(self.state.with_line(replace(line, discount_percentage=pct, discount_amount=amt)),
                                  logged=("discount", actor, {"line": line.name, "percentage": pct, "amount": amt}),
                                  approved=(Action.LINE_DISCOUNT, approval))

    @serialized
    async def override_price(self, line_id: str, price: Decimal | str, actor: str,
                             approval: Approval | None = None) -> Priced:
        """A price override (logged with the original price): a manager's action."""
        line = self.state.line(line_id)
        value = parse_amount(price, "price", allow_zero=True)
        actor = self.ctx.authorise(Action.PRICE_OVERRIDE, approval=approval, subject=self.state.cart_id) or actor
        original = line.original_price or line.unit_price
        return await self._commit(self.state.with_line(replace(
            line, unit_price=value, price_overridden=True, original_price=original)), logged=(
            "override", actor, {"line": line.name, "original": str(original), "price": str(value)}),
            approved=(Action.PRICE_OVERRIDE, approval))

    @serialized
    async def note_line(self, line_id: str, note: str) -> Priced:
        """A note on a line (printed on the receipt)."""
        line = self.state.line(line_id)
        return await self._commit(self.state.with_line(replace(line, note=note.strip() or None)))

    # cart-wide ---------------------------------------------------------------------------------
    @serialized
    async def discount_cart(self, actor: str, *, percentage: Decimal | str | None = None,
                            amount: Decimal | str | None = None, label: str = "Discount",
                            approval: Approval | None = None) -> Priced:
        """The cart discount (percent or amount); both None removes it. Above the policy's limit (a cashier:
        10 % of the items), a manager approves it."""
        pct = parse_percentage(percentage) if percentage is not None else None
        amt = parse_amount(amount, "discount") if amount is not None else None
        if pct is not None and amt is not None:
            raise InputError("discount: give a percentage or an amount, not both")
        if pct is not None or amt is not None:
            items = sum((line.unit_price * line.quantity for line in self.state.lines), ZERO)
            share = pct if pct is not None else effective_percent(amt or ZERO, items)
            actor = self.ctx.authorise(Action.CART_DISCOUNT, amount=share, approval=approval,
                                       subject=self.state.cart_id) or actor
        return await self._commit(replace(self.state, cart_discount_percentage=pct, cart_discount_amount=amt,
                                          cart_discount_label=label),
                                  logged=("discount", actor, {"cart": True, "percentage": pct, "amount": amt}),
                                  approved=(Action.CART_DISCOUNT, approval))

    @serialized
    async def add_fee(self, label: str, amount: Decimal | str) -> Priced:
        """A fee (a negative amount is a discount)."""
        value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
        return await self._commit(replace(self.state, fees=(*self.state.fees, (label or "Fee", value))))

    @serialized
    async def clear_fees(self) -> Priced:
        """Take every fee off the cart."""
        return await self._commit(replace(self.state, fees=()))

    def check_tip_allowed(self) -> None:
        """Refuse a tip change once a payment is taken: the payments were taken against the old total (a
        card approved for it), so a real register asks for them to be taken back first."""
        if not self.state.lines:
            raise InputError("the cart is empty: there is nothing to tip on")
        if self.state.tenders:
            raise InputError("the tip can only be changed before any payment is taken; remove the payments "
                             "first")

    def tip_preview(self, percentage: Decimal) -> Decimal:
        """The tip ``percentage`` would give on the current cart (pure: the cart is not changed)."""
        return self.price(replace(self.state, tip_percentage=percentage, tip_amount=None)).tip

    @serialized
    async def set_tip(self, *, percentage: Decimal | str | None = None, amount: Decimal | str | None = None) -> Priced:
        """The tip (percent of the items' net, or an amount); both None removes it. Only before any payment."""
        if percentage is not None and amount is not None:
            raise InputError("tip: give a percentage or an amount, not both")
        self.check_tip_allowed()
        pct = parse_percentage(percentage, "tip") if percentage is not None else None
        amt = parse_amount(amount, "tip") if amount is not None else None
        return await self._commit(replace(self.state, tip_percentage=pct, tip_amount=amt))

    @serialized
    async def set_customer(self, customer_id: str | None, name: str | None = None) -> Priced:
        """Attach (or, with None, detach) a customer."""
        return await self._commit(replace(self.state, customer_id=customer_id, customer_name=name))

    @serialized
    async def create_customer(self, first_name: str, last_name: str, email: str, actor: str, *,
                              phone: str | None = None) -> Priced:
        """Quick-create a customer at the till (queued for Final POS) and attach it to the cart."""
        first, last, mail = first_name.strip(), last_name.strip(), email.strip()
        if not first or not last:
            raise InputError("customer: a first and a last name are needed")
        if "@" not in mail or " " in mail:
            raise InputError(f"customer: {mail!r} is not an email address")
        local_id = f"{LOCAL_CUSTOMER_PREFIX}{new_id()}"
        station = self.ctx.require_station()
        body: dict[str, Any] = {"firstName": first, "lastName": last, "email": mail, "outletId": station.outlet_id}
        if phone and phone.strip():
            body["phone"] = phone.strip()

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "saving the customer"):
                outbox.add(conn, kind="customer.create", local_id=local_id, body=body)
                conn.execute("INSERT INTO catalog (kind, id, body, synced_at) VALUES ('customer', ?, ?, ?)",
                             (local_id, dumps({"id": local_id, **body}), now_iso()))
                audit(conn, "customer_create", actor=actor, subject=local_id, email=mail)

        await self.ctx.db.run(write)
        self.ctx.wake_sync()
        return await self.set_customer(local_id, f"{first} {last}")

    # tenders -----------------------------------------------------------------------------------
    @serialized
    async def add_tender(self, method: str, amount: Decimal | str | None = None,
                         reference: str | None = None) -> Priced:
        """A payment: ``method`` is a payment type (:mod:`register.services.payments`); ``amount`` is what was
        handed over (None: exactly what is due); see :func:`register.services.tenders.tender_for`."""
        tender = tender_for(self.price(), method, amount, reference, self.ctx.money)
        return await self._commit(replace(self.state, tenders=(*self.state.tenders, tender)))

    @serialized
    async def remove_tender(self, tender_id: str) -> Priced:
        """Take a tender back off (before completing)."""
        return await self._commit(replace(self.state, tenders=tuple(
            t for t in self.state.tenders if t.tender_id != tender_id)))

    # completing --------------------------------------------------------------------------------
    @serialized
    async def complete(self, actor: str) -> CompletedSale:
        """Commit the paid sale locally (:func:`register.services.completion.record_sale`); clear the cart."""
        priced = self.price()
        if not self.state.lines:
            raise InputError("there is nothing to complete: the cart is empty")
        if not priced.settled:
            raise InputError(f"{self.ctx.money(priced.remaining)} is still due")
        if priced.remaining < 0:  # the cart shrank after a payment: the order would say more was paid than due
            raise InputError(f"the payments ({self.ctx.money(priced.paid)}) are more than the total "
                             f"({self.ctx.money(priced.total + priced.cash_rounding)}): take a payment back first")
        session = await self.sessions.require_open()
        station = self.ctx.require_station()
        state = self.state
        sale = await self.ctx.db.run(lambda conn: record_sale(
            conn, priced, session_local_id=session.local_id, station=station, currency=self.ctx.pricing.currency,
            actor=actor))
        if any(t.method == "cash" for t in state.tenders):
            self.ctx.owe_drawer(sale.receipt_id)  # its receipt opens the drawer once
        self.stock.record(state.lines)
        self.state = CartState()
        self.ctx.wake_sync()
        self.ctx.bus.emit(CartChanged(0))
        self.ctx.bus.emit(SaleCompleted(sale.receipt_id, sale.total, sale.change))
        return sale

    # park and resume ---------------------------------------------------------------------------
    @serialized
    async def park(self, note: str, actor: str) -> str:
        """Put the cart aside and start a new one; returns the parked cart's id. With a session open, the cart
        is also parked on Final POS (an order with status ``parked``), which the completed sale later updates."""
        if not self.state.lines:
            raise InputError("the cart is empty: nothing to park")
        if self.state.tenders:
            raise InputError("take the payments back off before parking")
        cart_id = await park(self.ctx, await self.sessions.current(), self.price(), note, actor)
        self.state = CartState()
        self.ctx.bus.emit(CartChanged(0))
        return cart_id

    async def parked(self) -> list[tuple[str, str | None, str, CartState]]:
        """Parked carts: (id, note, saved at, cart), oldest first."""
        rows = await self.ctx.db.run(parked_carts)
        return [(slot, note, saved, CartState.from_json(body)) for slot, note, saved, body in rows]

    @serialized
    async def resume(self, cart_id: str, actor: str) -> Priced:
        """Bring a parked cart back (the current cart must be empty)."""
        if not self.state.is_empty:
            raise NotReadyError("finish or park the current cart first")
        state = await resume(self.ctx, cart_id, actor)
        self.state = state
        self.ctx.bus.emit(CartChanged(len(state.lines)))
        return self.price()

    @serialized
    async def delete_parked(self, cart_id: str, actor: str) -> None:
        """Throw a parked cart away (logged; its parked order on Final POS is marked ``park-deleted``)."""
        await delete_parked(self.ctx, cart_id, actor)

    @serialized
    async def clear(self, actor: str, approval: Approval | None = None) -> None:
        """Void the whole cart (logged); not while payments are on it (a card charged would go unrecorded)."""
        if self.state.tenders:
            raise InputError("payments are taken on this sale: take them back before voiding it")
        if self.state.lines:
            actor = self.ctx.authorise(Action.VOID_CART, approval=approval, subject=self.state.cart_id) or actor
        logged = ("void", actor, {"cart": True, "lines": len(self.state.lines)}) if self.state.lines else None
        await self._commit(CartState(), logged=logged, approved=(Action.VOID_CART, approval))
