"""Refunds against an order sold on this station, or elsewhere in the store (found on Final POS by its receipt,
:mod:`register.services.returns`): the whole order or chosen lines and quantities, back to the original tenders
or in cash. Committed locally first and posted through the outbox (the refund,
then one transaction per payment), in the session that is open now, so the drawer's expected cash
reflects it. Amounts are proportional to what the customer paid for each line, rounded half up; the
last refund of a line takes exactly what is left, so refunds never add up to more than the sale.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from register.money import currency_exponent
from register.services.cart import InputError, parse_quantity
from register.services.context import StationContext, employee_id
from register.services.policy import Action, Approval
from register.services.returns import FoundSale, ReturnService
from register.services.sale_record import RefundLine, RefundRecord, RefundTender, SaleRecord, TaxAmount
from register.services.sessions import SessionService
from register.services.wire_bodies import refund_body, refund_transaction_bodies
from register.store import outbox
from register.store.database import transaction
from register.store.records import audit, dumps, loads, now_iso

ZERO = Decimal(0)


def _rate_of(sale: SaleRecord, name: str, rate: Decimal, amount: Decimal) -> TaxAmount:
    """A rate given back, as the sale recorded it (its id and priority: the slip lists rates in the order the
    sale's receipt did), for ``amount``."""
    known = next((t for t in sale.taxes if t.name == name and t.rate == rate), None)
    return TaxAmount(name, rate, amount) if known is None else dataclasses.replace(known, amount=amount)


@dataclass(frozen=True)
class RefundResult:
    """A refund committed locally."""

    local_id: str
    order_receipt_id: str
    total: Decimal
    payments: list[tuple[str, Decimal]]


@dataclass(frozen=True)
class _Done:
    """What earlier refunds took back of one line of the sale."""

    quantity: Decimal = ZERO
    total: Decimal = ZERO
    taxes: Mapping[str, Decimal] | None = None

    def tax(self, name: str) -> Decimal:
        return (self.taxes or {}).get(name, ZERO)


def _done(sale: SaleRecord, previous: Sequence[RefundRecord]) -> list[_Done]:
    done = [_Done() for _ in sale.lines]
    for refund in previous:
        for line in refund.lines:
            if 0 <= line.line_index < len(done):
                was = done[line.line_index]
                taxes = dict(was.taxes or {})
                for tax in line.taxes:
                    taxes[tax.name] = taxes.get(tax.name, ZERO) + tax.amount
                done[line.line_index] = _Done(was.quantity + line.quantity, was.total + line.total, taxes)
    return done


class RefundService:
    """Refunds of this station's orders."""

    def __init__(self, ctx: StationContext, sessions: SessionService, returns: ReturnService) -> None:
        self.ctx = ctx
        self.sessions = sessions
        self.returns = returns

    def _round(self, value: Decimal) -> Decimal:
        return value.quantize(Decimal(1).scaleb(-currency_exponent(self.ctx.pricing.currency)), ROUND_HALF_UP)

    async def order(self, receipt_id: str) -> FoundSale:
        """The order of ``receipt_id``: sold on this station, or found on Final POS by an earlier look-up."""
        found = await self.returns.local(receipt_id)
        if found is None:
            raise InputError(f"No order with receipt {receipt_id!r} was sold on this station.")
        return found

    async def refund(self, receipt_id: str, actor: str, *, quantities: Mapping[int, Decimal | str] | None = None,
                     to_cash: bool = False, reason: str = "", approval: Approval | None = None) -> RefundResult:
        """Refund ``quantities`` (line index -> quantity) of an order, or what is left of all of it: a manager's
        action by default."""
        session = await self.sessions.require_open()
        actor = self.ctx.authorise(Action.REFUND, approval=approval, subject=receipt_id) or actor
        found = await self.order(receipt_id)
        # an order of this station is referred to by its local id (its server id fills it when it is sent); one
        # sold elsewhere by the server id it has
        order_ref = {} if found.remote else {"orderId": found.key}
        local_id = uuid.uuid4().hex

        def write(conn: sqlite3.Connection) -> RefundResult:
            with transaction(conn, "saving the refund"):
                previous = [RefundRecord.from_json(loads(r)) for (r,) in conn.execute(
                    "SELECT record FROM sales WHERE kind = 'refund' AND json_extract(record, '$.order_local_id') = ?",
                    (found.key,))]
                refund = self._record(found, previous, quantities, to_cash, reason, local_id=local_id,
                                      session_local_id=session.local_id, cashier=actor,
                                      employee=employee_id(conn, actor))
                conn.execute("INSERT INTO sales (local_id, receipt_id, session_local_id, kind, created_at, record, "
                             "cashier) VALUES (?, ?, ?, 'refund', ?, ?, ?)",
                             (local_id, local_id, session.local_id, refund.created_at, dumps(refund.to_json()), actor))
                outbox.add(conn, kind="refund.create", local_id=local_id, body=refund_body(refund),
                           refs={**order_ref, "sessionId": session.local_id})
                for tx_id, tx_body in refund_transaction_bodies(refund):
                    outbox.add(conn, kind="transaction.create", local_id=tx_id, body=tx_body,
                               refs={"sessionId": session.local_id, **order_ref, "refundId": local_id})
                audit(conn, "refund", actor=actor, subject=receipt_id, total=self.ctx.money(refund.total),
                      reason=reason)
                self.ctx.record_approval(conn, Action.REFUND, approval, receipt_id)
                return RefundResult(local_id, receipt_id, refund.total, [(p.method, p.amount) for p in refund.tenders])

        result = await self.ctx.db.run(write)
        if any(method == "cash" for method, _ in result.payments):
            self.ctx.owe_drawer(receipt_id)  # the refund slip opens the drawer once
        self.ctx.wake_sync()
        return result

    def _record(self, found: FoundSale, previous: Sequence[RefundRecord],
                quantities: Mapping[int, Decimal | str] | None, to_cash: bool, reason: str, *, local_id: str,
                session_local_id: str, cashier: str, employee: str | None) -> RefundRecord:
        sale = found.record
        items = sale.lines
        done = _done(sale, previous)
        wanted = ({i: items[i].quantity - done[i].quantity for i in range(len(items))} if quantities is None
                  else {int(i): parse_quantity(q) for i, q in quantities.items()})
        lines: list[RefundLine] = []
        for i, qty in wanted.items():
            if not 0 <= i < len(items):
                raise InputError(f"line {i + 1}: the order has no such line")
            if qty <= 0:
                continue
            item = items[i]
            left = item.quantity - done[i].quantity
            if qty > left:
                raise InputError(f"{item.name}: only {left} left to refund")
            last = qty == left
            share = qty / item.quantity
            total = item.total - done[i].total if last else self._round(item.total * share)
            taxes = tuple(TaxAmount(t.name, t.rate, self._round(t.amount - done[i].tax(t.name) if last
                                                                else t.amount * share)) for t in item.taxes)
            lines.append(RefundLine(i, item.name, qty, item.unit_price, self._round(total), taxes, item.product_id,
                                    item.variant_id))
        if not lines:
            raise InputError("there is nothing left to refund on this order")
        total = sum((x.total for x in lines), ZERO)
        by_rate: dict[tuple[str, Decimal], Decimal] = {}
        for x in lines:
            for tax in x.taxes:
                by_rate[(tax.name, tax.rate)] = by_rate.get((tax.name, tax.rate), ZERO) + tax.amount
        total_taxes = sum(by_rate.values(), ZERO)
        return RefundRecord(
            local_id=local_id, order_local_id=found.key, order_receipt_id=found.receipt_id,
            currency=self.ctx.pricing.currency, created_at=now_iso(), session_local_id=session_local_id,
            cashier=cashier, employee=employee, reason=reason, lines=tuple(lines),
            taxes=tuple(_rate_of(sale, n, p, a) for (n, p), a in by_rate.items()), subtotal=total - total_taxes,
            total_taxes=total_taxes, total=total, tenders=self._payments(sale, previous, total, to_cash))

    @staticmethod
    def _payments(sale: SaleRecord, previous: Sequence[RefundRecord], total: Decimal,
                  to_cash: bool) -> tuple[RefundTender, ...]:
        if to_cash:
            return (RefundTender("cash", total),)
        refunded: dict[str | None, Decimal] = {}
        for refund in previous:
            for p in refund.tenders:
                refunded[p.transaction_id] = refunded.get(p.transaction_id, ZERO) + p.amount
        left = total
        out: list[RefundTender] = []
        tenders = list(reversed(sale.tenders))
        tenders.sort(key=lambda p: p.method == "cash")  # back to cards first, then cash
        for t in tenders:
            if left <= 0:
                break
            available = t.amount - refunded.get(t.transaction_id or None, ZERO)
            take = min(available, left)
            if take > 0:
                out.append(RefundTender(t.method, take, t.transaction_id or None))
                left -= take
        if left > 0:
            out.append(RefundTender("cash", left))
        return tuple(out)
