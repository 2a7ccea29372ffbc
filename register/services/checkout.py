"""Ringing up a sale: the current cart, its price, tenders, and completion committed locally first.

Every change saves the cart (so a crash reopens it as it was; through ``Database.run_cart``, which waits on
no fsync) and reprices it with the pricing engine. Completing a sale writes, in ONE transaction, the local
sale, the order for Final POS and one transaction per tender into the outbox, and clears the cart
(``synchronous=FULL``): the cashier moves on at once, and the sync worker delivers it later. A second
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
from register.pricing.summary import OrderFragment, Pricer
from register.services.cart import (
    CartLine,
    CartState,
    InputError,
    PricingMemo,
    Tender,
    new_id,
    parse_amount,
    parse_percentage,
    parse_quantity,
    to_pricing_cart,
)
from register.services.context import NotReadyError, StationContext, install_id, today
from register.services.events import CartChanged, CartPriced, SaleCompleted
from register.services.parking import delete_parked, park, resume
from register.services.payments import method as payment_method
from register.services.sessions import SessionService
from register.store import outbox
from register.store.database import transaction
from register.store.records import (
    CURRENT_CART,
    audit,
    delete_cart,
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
LOCAL_CUSTOMER_PREFIX = "local-customer-"
"""A customer created at this till and not yet confirmed by Final POS."""


class UnknownCodeError(InputError):
    """A scanned or typed code matches nothing in the catalog."""

    code = "unknown_code"


@dataclass(frozen=True)
class Priced:
    """The cart with its price and what is left to pay."""

    state: CartState
    fragment: OrderFragment
    total: Decimal
    paid: Decimal
    remaining: Decimal
    """What the customer still owes (cash rounding included once cash has settled it)."""
    change: Decimal
    cash_rounding: Decimal
    """Signed: the cash rounding the tenders so far applied (``remaining`` includes it)."""
    cash_due: Decimal | None
    """What is still owed if it is paid in cash: ``remaining`` rounded to the store's cash increment (None
    when the store does not round cash, or nothing is owed)."""

    @property
    def settled(self) -> bool:
        """Paid in full."""
        return self.remaining <= 0 and self.total >= 0

    @property
    def tip(self) -> Decimal:
        """The tip in the total (zero without one)."""
        return Decimal(str((self.fragment.summary.get("tip") or {}).get("amount") or 0))

    @property
    def cash_due_rounding(self) -> Decimal:
        """Signed: what cash rounding would add to (or take off) ``remaining`` if the rest is paid in cash."""
        return ZERO if self.cash_due is None else self.cash_due - self.remaining


@dataclass(frozen=True)
class CompletedSale:
    """A sale committed locally (the outbox will deliver it)."""

    local_id: str
    receipt_id: str
    body: dict[str, Any]
    total: Decimal
    change: Decimal


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

    # state -------------------------------------------------------------------------------------
    async def restore(self) -> CartState:
        """Reopen the cart saved before the register stopped (or crashed)."""
        saved = await self.ctx.db.run(lambda c: load_cart(c, CURRENT_CART))
        self.state = CartState.from_json(saved) if saved else CartState()
        return self.state

    async def _commit(self, state: CartState, *, logged: tuple[str, str, dict[str, Any]] | None = None) -> Priced:
        """Price ``state``, save it, make it the cart. ``logged`` (action, actor, detail) is the audit entry of
        the change, saved in the same transaction as the cart: a refused change leaves no entry behind."""
        priced = self.price(state)  # refuse a cart the engine cannot price before saving it
        if state.tenders and priced.remaining < 0 and priced.remaining < self.price().remaining:
            # a line voided, a quantity lowered, a discount given after a payment: the total would fall below
            # what is paid (taking a payment back is always allowed: it only raises what is due)
            raise InputError(f"{self.ctx.money(priced.paid)} is paid already and this would bring the total to "
                             f"{self.ctx.money(priced.total + priced.cash_rounding)}: take a payment back first")
        subject = self.state.cart_id
        text = state.to_json_text()  # here: the cart's thread then holds the GIL only a moment, not the paint

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "saving the cart"):
                put_cart(conn, CURRENT_CART, text)
                if logged is not None:
                    action, actor, detail = logged
                    audit(conn, action, actor=actor, subject=subject, **detail)

        # Saved (a crash reopens it) without waiting on an fsync, and shown while it is written: the paint is not
        # held up by the disk. The change returns (and the next one starts) only once it is saved; meanwhile
        # ``state`` is already the new cart (what the screen shows), the old one again if the save fails.
        previous, saving = self.state, self.ctx.db.submit_cart(write)
        self.state = state
        self.ctx.bus.emit(CartPriced(priced))
        try:
            await asyncio.shield(saving)
        except Exception:
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
            self._pricing_lines))
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
    async def add_code(self, code: str, quantity: Decimal | str = Decimal(1)) -> Priced:
        """Add the item with this barcode or SKU (a scan): a second scan adds to the same line."""
        item = self.ctx.catalog.index.lookup(code)
        if item is None:
            raise UnknownCodeError(f"No product has the code {code.strip()!r}.")
        return await self.add_item(item, quantity)

    @serialized
    async def add_item(self, item: CatalogItem, quantity: Decimal | str = Decimal(1)) -> Priced:
        """Add a catalog item (a tile or a search result)."""
        qty = parse_quantity(quantity)
        if item.price is None:
            raise InputError(f"{item.display_name} has no price; sell it as a custom sale")
        line = CartLine(new_id(), item.display_name, item.price, qty, item.product_id, item.variant_id, item.sku,
                        item.tax_table_id)
        for existing in self.state.lines:
            if existing.same_item(line):
                return await self._commit(self.state.with_line(replace(existing, quantity=existing.quantity + qty)))
        return await self._commit(self.state.with_line(line))

    @serialized
    async def add_custom_sale(self, name: str, price: Decimal | str, *, taxable: bool = True,
                              quantity: Decimal | str = Decimal(1)) -> Priced:
        """An open-price item."""
        line = CartLine(new_id(), name.strip() or "Custom sale", parse_amount(price, "price"),
                        parse_quantity(quantity), custom=True, apply_taxes=taxable)
        return await self._commit(self.state.with_line(line))

    @serialized
    async def set_quantity(self, line_id: str, quantity: Decimal | str) -> Priced:
        """Change a line's quantity (what was typed is checked: "12,50" and "-3" are refused)."""
        line = self.state.line(line_id)
        return await self._commit(self.state.with_line(replace(line, quantity=parse_quantity(quantity))))

    @serialized
    async def remove_line(self, line_id: str, actor: str) -> Priced:
        """Void a line (logged)."""
        line = self.state.line(line_id)
        return await self._commit(self.state.without_line(line_id), logged=(
            "void", actor, {"line": line.name, "quantity": str(line.quantity), "price": str(line.unit_price)}))

    @serialized
    async def discount_line(self, line_id: str, actor: str, *, percentage: Decimal | str | None = None,
                            amount: Decimal | str | None = None) -> Priced:
        """A line discount, a percentage or an amount off the line (logged)."""
        line = self.state.line(line_id)
        if (percentage is None) == (amount is None):
            raise InputError("discount: give a percentage or an amount")
        pct = parse_percentage(percentage) if percentage is not None else None
        amt = parse_amount(amount, "discount") if amount is not None else None
        return await self._commit(self.state.with_line(replace(line, discount_percentage=pct, discount_amount=amt)),
                                  logged=("discount", actor, {"line": line.name, "percentage": pct, "amount": amt}))

    @serialized
    async def override_price(self, line_id: str, price: Decimal | str, actor: str) -> Priced:
        """A manager's price override (logged with the original price)."""
        line = self.state.line(line_id)
        value = parse_amount(price, "price", allow_zero=True)
        original = line.original_price or line.unit_price
        return await self._commit(self.state.with_line(replace(
            line, unit_price=value, price_overridden=True, original_price=original)), logged=(
            "override", actor, {"line": line.name, "original": str(original), "price": str(value)}))

    @serialized
    async def note_line(self, line_id: str, note: str) -> Priced:
        """A note on a line (printed on the receipt)."""
        line = self.state.line(line_id)
        return await self._commit(self.state.with_line(replace(line, note=note.strip() or None)))

    # cart-wide ---------------------------------------------------------------------------------
    @serialized
    async def discount_cart(self, actor: str, *, percentage: Decimal | str | None = None,
                            amount: Decimal | str | None = None, label: str = "Discount") -> Priced:
        """The cart discount (percent or amount); both None removes it."""
        pct = parse_percentage(percentage) if percentage is not None else None
        amt = parse_amount(amount, "discount") if amount is not None else None
        if pct is not None and amt is not None:
            raise InputError("discount: give a percentage or an amount, not both")
        return await self._commit(replace(self.state, cart_discount_percentage=pct, cart_discount_amount=amt,
                                          cart_discount_label=label),
                                  logged=("discount", actor, {"cart": True, "percentage": pct, "amount": amt}))

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
        handed over (None: exactly what is due). Cash may exceed the amount due (change is given) and is
        rounded to the store's cash increment; a card or other payment may not exceed what is due."""
        priced = self.price()
        if not self.state.lines:
            raise InputError("the cart is empty")
        if priced.remaining <= 0:
            raise InputError("the sale is already paid")
        kind = payment_method(method)
        due, rounding = priced.remaining, ZERO
        if kind.is_cash and priced.cash_due is not None:
            due, rounding = priced.cash_due, priced.cash_due_rounding
        given = due if amount is None else parse_amount(amount, f"{kind.name.lower()} amount")
        if not kind.is_cash and given > due:
            raise InputError(f"{kind.name.lower()}: {self.ctx.money(given)} is more than the "
                             f"{self.ctx.money(due)} due")
        applied = min(given, due)
        tender = Tender(new_id(), method, applied, given, reference, rounding if applied == due else ZERO)
        return await self._commit(replace(self.state, tenders=(*self.state.tenders, tender)))

    @serialized
    async def remove_tender(self, tender_id: str) -> Priced:
        """Take a tender back off (before completing)."""
        return await self._commit(replace(self.state, tenders=tuple(
            t for t in self.state.tenders if t.tender_id != tender_id)))

    # completing --------------------------------------------------------------------------------
    @serialized
    async def complete(self, actor: str) -> CompletedSale:
        """Commit the paid sale locally (sale + order + transactions in one transaction); clear the cart."""
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

        def write(conn: sqlite3.Connection) -> CompletedSale:
            with transaction(conn, "saving the sale"):
                receipt = state.parked_receipt or self._next_receipt(conn, station.short)
                body = self._order_body(priced, receipt, session.local_id, actor)
                conn.execute("INSERT INTO sales (local_id, receipt_id, session_local_id, kind, created_at, body) "
                             "VALUES (?, ?, ?, 'order', ?, ?)",
                             (state.cart_id, receipt, session.local_id, now_iso(), dumps(body)))
                refs = {"sessionId": session.local_id}
                if state.customer_id and state.customer_id.startswith(LOCAL_CUSTOMER_PREFIX):
                    refs["customerId"] = state.customer_id  # created here: its server id comes later
                if state.parked_receipt:  # the parked order on Final POS becomes the completed one
                    outbox.add(conn, kind="order.update", local_id=f"{state.cart_id}:complete", body=body,
                               refs=refs, target=state.cart_id)
                else:
                    outbox.add(conn, kind="order.create", local_id=state.cart_id, body=body, refs=refs)
                for tender in state.tenders:
                    outbox.add(conn, kind="transaction.create", local_id=tender.tender_id,
                               body=self._transaction_body(tender, receipt, session.local_id, state.cart_id, actor),
                               refs={"sessionId": session.local_id, "orderId": state.cart_id})
                delete_cart(conn, CURRENT_CART)
                audit(conn, "sale", actor=actor, subject=receipt, total=str(priced.total),
                      tenders=[[t.method, str(t.amount)] for t in state.tenders])
                return CompletedSale(state.cart_id, receipt, body, priced.total, priced.change)

        sale = await self.ctx.db.run(write)
        self.state = CartState()
        self.ctx.wake_sync()
        self.ctx.bus.emit(CartChanged(0))
        self.ctx.bus.emit(SaleCompleted(sale.receipt_id, sale.total, sale.change))
        return sale

    def _next_receipt(self, conn: sqlite3.Connection, short: str) -> str:
        day = today()
        counter = conn.execute("SELECT value FROM settings WHERE key = 'receipt_counter'").fetchone()
        last_day, n = (counter[0].strip('"').split(":") if counter else (day, "0"))
        n_next = int(n) + 1 if last_day == day else 1
        conn.execute("INSERT INTO settings VALUES ('receipt_counter', ?) ON CONFLICT(key) DO UPDATE SET "
                     "value = excluded.value", (f'"{day}:{n_next}"',))
        return f"R{short}-{day}-{n_next:04d}-{install_id(conn)}"

    def _order_body(self, priced: Priced, receipt: str, session_local_id: str, actor: str) -> dict[str, Any]:
        station = self.ctx.require_station()
        state = priced.state
        fragment = {k: v for k, v in priced.fragment.to_wire().items() if v not in (None, [], {})}
        body: dict[str, Any] = {
            "currency": self.ctx.pricing.currency, "receiptId": receipt, "status": "completed",
            "source": "register", "sessionId": session_local_id, "balance": self.ctx.money(ZERO), **fragment,
            "paymentMethods": [{
                "transactionId": t.tender_id, "paymentType": t.method, "amount": self.ctx.money(t.amount),
                "timestamp": now_iso(), "processor": payment_method(t.method).processor,
                **({"change": self.ctx.money(t.change)} if t.change else {}),
                **({"cashRounding": self.ctx.money(t.cash_rounding)} if t.cash_rounding else {}),
                **({"saleId": t.reference} if t.reference else {}),
            } for t in state.tenders],
            "posData": {"outlet": station.outlet_id, "station": station.station_id, "employee": actor},
        }
        if state.customer_id:
            body["customerId"] = state.customer_id
        notes = [f"{line.name}: {line.note}" for line in state.lines if line.note]
        if state.note:
            notes.insert(0, state.note)
        if notes:
            body["notes"] = [{"author": actor, "note": n, "addedByUser": True, "dateCreated": now_iso()} for n in notes]
        return body

    def _transaction_body(self, tender: Tender, receipt: str, session_local_id: str, order_local_id: str,
                          actor: str) -> dict[str, Any]:
        station = self.ctx.require_station()
        body: dict[str, Any] = {
            "externalId": tender.tender_id, "paymentMethod": tender.method, "amount": self.ctx.money(tender.amount),
            "currency": self.ctx.pricing.currency, "type": "sale", "employee": actor, "balance": self.ctx.money(ZERO),
            "sessionId": session_local_id, "orderId": order_local_id, "outletId": station.outlet_id,
            "receiptId": receipt,
        }
        if tender.reference:
            body["paymentData"] = {"processor": payment_method(tender.method).processor,
                                   "processorTransactionId": tender.reference}
        return body

    # park and resume ---------------------------------------------------------------------------
    @serialized
    async def park(self, note: str, actor: str) -> str:
        """Put the cart aside and start a new one; returns the parked cart's id. With a session open, the cart
        is also parked on Final POS (an order with status ``parked``), which the completed sale later updates."""
        return await park(self, note, actor)

    async def parked(self) -> list[tuple[str, str | None, str, CartState]]:
        """Parked carts: (id, note, saved at, cart), oldest first."""
        rows = await self.ctx.db.run(parked_carts)
        return [(slot, note, saved, CartState.from_json(body)) for slot, note, saved, body in rows]

    @serialized
    async def resume(self, cart_id: str, actor: str) -> Priced:
        """Bring a parked cart back (the current cart must be empty)."""
        if not self.state.is_empty:
            raise NotReadyError("finish or park the current cart first")
        state = await resume(self, cart_id, actor)
        self.state = state
        self.ctx.bus.emit(CartChanged(len(state.lines)))
        return self.price()

    @serialized
    async def delete_parked(self, cart_id: str, actor: str) -> None:
        """Throw a parked cart away (logged; its parked order on Final POS is marked ``park-deleted``)."""
        await delete_parked(self, cart_id, actor)

    @serialized
    async def clear(self, actor: str) -> None:
        """Void the whole cart (logged); not while payments are on it (a card charged would go unrecorded)."""
        if self.state.tenders:
            raise InputError("payments are taken on this sale: take them back before voiding it")
        logged = ("void", actor, {"cart": True, "lines": len(self.state.lines)}) if self.state.lines else None
        await self._commit(CartState(), logged=logged)

