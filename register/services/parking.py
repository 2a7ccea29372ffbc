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

from register.services.cart import CartState
from register.services.completion import sale_record
from register.services.context import StationContext, employee_id
from register.services.numbering import next_park_reference
from register.services.priced import Priced
from register.services.sessions import LocalSession
from register.services.wire_bodies import parked_order_body
from register.store import outbox
from register.store.database import transaction
from register.store.records import CURRENT_CART, audit, delete_cart, load_cart, put_cart

PARK_DELETED = "park-deleted"


async def _parked(ctx: StationContext, cart_id: str) -> CartState:
    saved = await ctx.db.run(lambda c: load_cart(c, cart_id))
    if saved is None:
        raise KeyError(f"no parked cart {cart_id!r}")
    return CartState.from_json(saved)


async def park(ctx: StationContext, session: LocalSession | None, priced: Priced, note: str, actor: str) -> str:
    """Put the cart ``priced`` aside (see :meth:`CheckoutService.park`); with ``session`` open, also on Final POS.
    Returns the parked cart's id."""
    state = priced.state
    station = ctx.station
    clean_note = note.strip() or None

    def write(conn: sqlite3.Connection) -> None:
        with transaction(conn, "parking the cart"):
            parked = state
            if session is not None and station is not None:
                reference = state.parked_receipt or next_park_reference(conn, station.short)
                sale = sale_record(priced, receipt_id=reference, session_local_id=session.local_id, station=station,
                                   currency=ctx.pricing.currency, cashier=actor, employee=employee_id(conn, actor))
                body = parked_order_body(sale, clean_note)
                if state.parked_receipt:  # parked again after a resume: update the same order
                    outbox.add(conn, kind="order.update", local_id=f"{state.cart_id}:park-{uuid.uuid4().hex[:8]}",
                               body=body, refs={"sessionId": session.local_id}, target=state.cart_id)
                else:
                    outbox.add(conn, kind="order.create", local_id=state.cart_id, body=body,
                               refs={"sessionId": session.local_id})
                parked = replace(state, parked_receipt=reference)
            put_cart(conn, parked.cart_id, parked.to_json(), clean_note)
            delete_cart(conn, CURRENT_CART)
            audit(conn, "park", actor=actor, subject=state.cart_id, note=note, lines=len(state.lines))

    await ctx.db.run(write)
    ctx.wake_sync()
    return state.cart_id


async def resume(ctx: StationContext, cart_id: str, actor: str) -> CartState:
    """Move a parked cart back to the current cart (locally; the server hears of it when it completes)."""
    state = await _parked(ctx, cart_id)

    def write(conn: sqlite3.Connection) -> None:
        with transaction(conn, "resuming the cart"):
            put_cart(conn, CURRENT_CART, state.to_json())
            delete_cart(conn, cart_id)
            audit(conn, "resume", actor=actor, subject=cart_id)

    await ctx.db.run(write)
    return state


async def delete_parked(ctx: StationContext, cart_id: str, actor: str) -> None:
    """Forget a parked cart; its order on Final POS, if any, becomes ``park-deleted``."""
    state = await _parked(ctx, cart_id)

    def write(conn: sqlite3.Connection) -> None:
        with transaction(conn, "deleting the parked cart"):
            if state.parked_receipt:
                outbox.add(conn, kind="order.update", local_id=f"{cart_id}:deleted", body={"status": PARK_DELETED},
                           target=cart_id)
            delete_cart(conn, cart_id)
            audit(conn, "park_delete", actor=actor, subject=cart_id)

    await ctx.db.run(write)
    ctx.wake_sync()
