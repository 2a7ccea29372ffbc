"""Refunds against an order sold on this station, or elsewhere in the store (found on Final POS by its receipt,
:mod:`register.services.returns`): the whole order or chosen lines and quantities, back to the original tenders
or in cash. Committed locally first and posted through the outbox (the refund,
then one transaction per payment), in the session that is open now, so the drawer's expected cash
reflects it. Amounts are proportional to what the customer paid for each line, rounded half up; the
last refund of a line takes exactly what is left, so refunds never add up to more than the sale.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from register.money import currency_exponent
from register.services.cart import InputError, parse_quantity
from register.services.context import StationContext, employee_id
from register.services.policy import Action, Approval
from register.services.returns import FoundSale, ReturnService
from register.services.sessions import SessionService
from register.store import outbox
from register.store.database import transaction
from register.store.records import audit, dumps, loads, now_iso

ZERO = Decimal(0)


@dataclass(frozen=True)
class RefundResult:
    """A refund committed locally."""

    local_id: str
    order_receipt_id: str
    total: Decimal
    payments: list[tuple[str, Decimal]]


def _d(value: Any) -> Decimal:
    return ZERO if value in (None, "") else Decimal(str(value))


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
        order_local_id, order = found.key, found.body
        # an order of this station is referred to by its local id (its server id fills it when it is sent); one
        # sold elsewhere by the server id it has
        order_ref = {} if found.remote else {"orderId": order_local_id}
        local_id = uuid.uuid4().hex

        def write(conn: sqlite3.Connection) -> RefundResult:
            with transaction(conn, "saving the refund"):
                previous = [loads(b) for (b,) in conn.execute(
                    "SELECT body FROM sales WHERE kind = 'refund' AND json_extract(body, '$.orderId') = ?",
                    (order_local_id,))]
                employee = employee_id(conn, actor)
                body = self._body(order, order_local_id, previous, quantities, to_cash, reason, employee, local_id,
                                  session.local_id)
                indexes = body.pop("_lineIndexes")  # local bookkeeping, not part of the wire body
                conn.execute("INSERT INTO sales (local_id, receipt_id, session_local_id, kind, created_at, body, "
                             "cashier) VALUES (?, ?, ?, 'refund', ?, ?, ?)",
                             (local_id, local_id, session.local_id, now_iso(),
                              dumps({**body, "_lineIndexes": indexes, "_receiptId": receipt_id}), actor))
                outbox.add(conn, kind="refund.create", local_id=local_id, body=body,
                           refs={**order_ref, "sessionId": session.local_id})
                for i, payment in enumerate(body["payment"]):
                    tx_id = f"{local_id}:{i}"
                    tx_body = {
                        "externalId": tx_id, "paymentMethod": payment["paymentType"], "amount": payment["amount"],
                        "currency": self.ctx.pricing.currency, "type": "refund",
                        "balance": self.ctx.money(ZERO), "sessionId": session.local_id, "orderId": order_local_id,
                        "refundId": local_id, "receiptId": receipt_id,
                        **({"employee": employee} if employee else {}), **({"notes": reason} if reason else {}),
                    }
                    outbox.add(conn, kind="transaction.create", local_id=tx_id, body=tx_body,
                               refs={"sessionId": session.local_id, **order_ref, "refundId": local_id})
                audit(conn, "refund", actor=actor, subject=receipt_id, total=body["summary"]["total"], reason=reason)
                self.ctx.record_approval(conn, Action.REFUND, approval, receipt_id)
                return RefundResult(local_id, receipt_id, Decimal(body["summary"]["total"]),
                                    [(p["paymentType"], Decimal(p["amount"])) for p in body["payment"]])

        result = await self.ctx.db.run(write)
        if any(method == "cash" for method, _ in result.payments):
            self.ctx.owe_drawer(receipt_id)  # the refund slip opens the drawer once
        self.ctx.wake_sync()
        return result

    def _body(self, order: dict[str, Any], order_local_id: str, previous: list[dict[str, Any]],
              quantities: Mapping[int, Decimal | str] | None, to_cash: bool, reason: str, employee: str | None,
              local_id: str, session_local_id: str) -> dict[str, Any]:
        items = [*(order.get("lineItems") or []), *(order.get("customSales") or [])]
        done_qty = [ZERO] * len(items)
        done_total = [ZERO] * len(items)
        done_tax: list[dict[str, Decimal]] = [{} for _ in items]
        for refund in previous:
            for i, entry in zip(refund.get("_lineIndexes") or [], refund.get("lineItems") or [], strict=False):
                if not 0 <= i < len(items):
                    continue
                done_qty[i] += _d(entry.get("quantity"))
                done_total[i] += _d(entry.get("total"))
                for tax in entry.get("taxes") or []:
                    done_tax[i][tax["name"]] = done_tax[i].get(tax["name"], ZERO) + _d(tax.get("amount"))
        wanted = ({i: _d(items[i].get("quantity")) - done_qty[i] for i in range(len(items))} if quantities is None
                  else {int(i): parse_quantity(q) for i, q in quantities.items()})
        lines: list[dict[str, Any]] = []
        for i, qty in wanted.items():
            if not 0 <= i < len(items):
                raise InputError(f"line {i + 1}: the order has no such line")
            if qty <= 0:
                continue
            item = items[i]
            sold = _d(item.get("quantity"))
            left = sold - done_qty[i]
            if qty > left:
                raise InputError(f"{item.get('name')}: only {left} left to refund")
            last = qty == left
            share = qty / sold
            total = _d(item.get("total")) - done_total[i] if last else self._round(_d(item.get("total")) * share)
            taxes = []
            for tax in item.get("taxes") or []:
                amount = (_d(tax.get("amount")) - done_tax[i].get(tax["name"], ZERO) if last
                          else self._round(_d(tax.get("amount")) * share))
                taxes.append({"name": tax["name"], "amount": self.ctx.money(amount),
                              "percentage": _d(tax.get("percentage"))})
            line: dict[str, Any] = {"lineIndex": i, "name": item.get("name") or "Item", "quantity": qty,
                    "price": item.get("price") or "0", "total": self.ctx.money(total), "taxes": taxes}
            for key in ("productId", "variantId"):
                if item.get(key):
                    line[key] = item[key]
            lines.append(line)
        if not lines:
            raise InputError("there is nothing left to refund on this order")
        total = sum((_d(x["total"]) for x in lines), ZERO)
        by_rate: dict[tuple[str, Decimal], Decimal] = {}
        for x in lines:
            for tax in x["taxes"]:
                rate_key = (str(tax["name"]), Decimal(tax["percentage"]))
                by_rate[rate_key] = by_rate.get(rate_key, ZERO) + _d(tax["amount"])
        total_taxes = sum(by_rate.values(), ZERO)
        payments = self._payments(order, previous, total, to_cash)
        return {
            "orderId": order_local_id, "sessionId": session_local_id, "externalId": local_id,
            "currency": self.ctx.pricing.currency, **({"reason": reason} if reason else {}),
            **({"refundedBy": employee} if employee else {}),
            "lineItems": [{k: v for k, v in x.items() if k != "lineIndex"} for x in lines],
            "_lineIndexes": [x["lineIndex"] for x in lines],
            "summary": {"total": self.ctx.money(total), "subTotal": self.ctx.money(total - total_taxes),
                        "totalTaxes": self.ctx.money(total_taxes),
                        "taxes": [{"name": n, "percentage": p, "amount": self.ctx.money(a)}
                                  for (n, p), a in by_rate.items()]},
            "payment": [{"paymentType": m, "amount": self.ctx.money(a), **({"transactionId": t} if t else {})}
                        for m, a, t in payments],
            "balance": self.ctx.money(ZERO),
        }

    def _payments(self, order: dict[str, Any], previous: list[dict[str, Any]], total: Decimal,
                  to_cash: bool) -> list[tuple[str, Decimal, str | None]]:
        if to_cash:
            return [("cash", total, None)]
        refunded: dict[str | None, Decimal] = {}
        for refund in previous:
            for p in refund.get("payment") or []:
                refunded[p.get("transactionId")] = refunded.get(p.get("transactionId"), ZERO) + _d(p.get("amount"))
        left = total
        out: list[tuple[str, Decimal, str | None]] = []
        tenders = list(reversed(order.get("paymentMethods") or []))
        tenders.sort(key=lambda p: p.get("paymentType") == "cash")  # back to cards first, then cash
        for p in tenders:
            if left <= 0:
                break
            available = _d(p.get("amount")) - refunded.get(p.get("transactionId"), ZERO)
            take = min(available, left)
            if take > 0:
                out.append((str(p.get("paymentType") or "cash"), take, p.get("transactionId")))
                left -= take
        if left > 0:
            out.append(("cash", left, None))
        return out
