"""Parking: a cart put aside on this station and, when a session is open, on Final POS as an order with
status ``parked`` (``parkReduceStock "0"``, ``parkExpiryDate "never"``). Completing the resumed cart
updates that same order (never a second one); deleting it marks the order ``park-deleted``.

Receipt numbers are taken when a sale completes, parked or not, so they run in the order the sales were made: a
parked order on Final POS carries a park reference instead (``P<station>-<date>-<n>-<installation>``, from a
counter of its own), and the completed sale's update gives it its receipt number."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from register.services.cart import CartState, InputError
from register.services.context import employee_id, install_id, today
from register.services.events import CartChanged
from register.store import outbox
from register.store.database import transaction
from register.store.records import CURRENT_CART, audit, delete_cart, load_cart, put_cart

if TYPE_CHECKING:
    from register.services.checkout import CheckoutService

PARKED = "parked"
PARK_DELETED = "park-deleted"


def next_park_reference(conn: sqlite3.Connection, short: str) -> str:
    """The next park reference of this station (a counter that only goes up, apart from the receipt numbers)."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'park_counter'").fetchone()
    number = int(str(row[0]).strip('"') or 0) + 1 if row else 1
    conn.execute("INSERT INTO settings VALUES ('park_counter', ?) ON CONFLICT(key) DO UPDATE SET "
                 "value = excluded.value", (str(number),))
    return f"P{short}-{today()}-{number:04d}-{install_id(conn)}"


async def _parked(checkout: CheckoutService, cart_id: str) -> CartState:
    saved = await checkout.ctx.db.run(lambda c: load_cart(c, cart_id))
    if saved is None:
        raise KeyError(f"no parked cart {cart_id!r}")
    return CartState.from_json(saved)


async def park(checkout: CheckoutService, note: str, actor: str) -> str:
    """See :meth:`CheckoutService.park`."""
    state = checkout.state
    if not state.lines:
        raise InputError("the cart is empty: nothing to park")
    if state.tenders:
        raise InputError("take the payments back off before parking")
    ctx = checkout.ctx
    session = await checkout.sessions.current()
    station = ctx.station
    priced = checkout.price(state)
    clean_note = note.strip() or None

    def write(conn: sqlite3.Connection) -> None:
        with transaction(conn, "parking the cart"):
            parked = state
            if session is not None and station is not None:
                receipt = state.parked_receipt or next_park_reference(conn, station.short)
                body = checkout._order_body(priced, receipt, session.local_id, actor, employee_id(conn, actor))
                body.update(status=PARKED, balance=ctx.money(priced.total), parkReduceStock="0",
                            parkExpiryDate="never", paymentMethods=[])
                if clean_note:
                    body["customerNote"] = clean_note
                if state.parked_receipt:  # parked again after a resume: update the same order
                    outbox.add(conn, kind="order.update", local_id=f"{state.cart_id}:park-{uuid.uuid4().hex[:8]}",
                               body=body, refs={"sessionId": session.local_id}, target=state.cart_id)
                else:
                    outbox.add(conn, kind="order.create", local_id=state.cart_id, body=body,
                               refs={"sessionId": session.local_id})
                parked = replace(state, parked_receipt=receipt)
            put_cart(conn, parked.cart_id, parked.to_json(), clean_note)
            delete_cart(conn, CURRENT_CART)
            audit(conn, "park", actor=actor, subject=state.cart_id, note=note, lines=len(state.lines))

    await ctx.db.run(write)
    ctx.wake_sync()
    checkout.state = CartState()
    ctx.bus.emit(CartChanged(0))
    return state.cart_id


async def resume(checkout: CheckoutService, cart_id: str, actor: str) -> CartState:
    """Move a parked cart back to the current cart (locally; the server hears of it when it completes)."""
    state = await _parked(checkout, cart_id)

    def write(conn: sqlite3.Connection) -> None:
        with transaction(conn, "resuming the cart"):
            put_cart(conn, CURRENT_CART, state.to_json())
            delete_cart(conn, cart_id)
            audit(conn, "resume", actor=actor, subject=cart_id)

    await checkout.ctx.db.run(write)
    return state


async def delete_parked(checkout: CheckoutService, cart_id: str, actor: str) -> None:
    """Forget a parked cart; its order on Final POS, if any, becomes ``park-deleted``."""
    state = await _parked(checkout, cart_id)

    def write(conn: sqlite3.Connection) -> None:
        with transaction(conn, "deleting the parked cart"):
            if state.parked_receipt:
                outbox.add(conn, kind="order.update", local_id=f"{cart_id}:deleted", body={"status": PARK_DELETED},
                           target=cart_id)
            delete_cart(conn, cart_id)
            audit(conn, "park_delete", actor=actor, subject=cart_id)

    await checkout.ctx.db.run(write)
    checkout.ctx.wake_sync()
