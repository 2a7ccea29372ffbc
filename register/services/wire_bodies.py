"""The outbox's edge: the one module that knows the Final POS order, transaction and refund bodies.

It makes the wire bodies the outbox sends from the typed records of :mod:`register.services.sale_record` (and a
sale's record from the pricing engine's fragment, which speaks the wire's field names), and parses the orders
read back from Final POS (a sale of another till, found for its return) into records. Everything else reads the
records. A body is made once, when the sale is committed, and the outbox keeps it as it was sent.

Money on the wire is a decimal string at the currency's exponent; quantities and percentages are exact JSON
numbers; the percentages that the wire carries as fractions (the cart discount, fees, the tip) are percent
points in the records (:mod:`register.pricing.wire` says which are which).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from register.money import Money, Rounding
from register.pricing.summary import OrderFragment
from register.pricing.wire import money, number, percentage_from_wire, percentage_to_wire
from register.services.cart import CartState
from register.services.payments import method as payment_method
from register.services.sale_record import (
    ZERO,
    CartDiscount,
    CashMovement,
    Fee,
    RefundLine,
    RefundRecord,
    RefundTender,
    SaleLine,
    SaleRecord,
    TaxAmount,
    Tender,
)

JSON = dict[str, Any]
PARKED = "parked"
LEGACY_FACTS = "_receipt"
"""Key, in a sale stored before schema 5 (the wire body), of the receipt's own figures."""


def _money(value: Decimal, currency: str) -> str:
    return Money.of(value, currency).round(Rounding.HALF_UP).to_wire()


def _d(value: Any) -> Decimal:
    return ZERO if value in (None, "") else Decimal(str(value))


def _opt(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


# records from the pricing engine ------------------------------------------------------------------------------
def _tax(row: Mapping[str, Any]) -> TaxAmount:
    priority = row.get("priority")
    return TaxAmount(str(row.get("name") or ""), _d(row.get("percentage")), _d(row.get("amount")),
                     _str(row.get("id")), None if priority is None else int(priority),
                     None if row.get("compounding") is None else bool(row["compounding"]),
                     _str(row.get("taxTableId")), _str(row.get("taxTableName")))


def _line(item: Mapping[str, Any], custom: bool, fact: Mapping[str, Any] | None) -> SaleLine:
    taxes = tuple(_tax(t) for t in item.get("taxes") or [] if isinstance(t, Mapping))
    tax = _d(item["totalTax"]) if item.get("totalTax") not in (None, "") else sum((t.amount for t in taxes), ZERO)
    share = ((item.get("discount") or {}).get("cartDiscount") or {}).get("amount") if custom else None
    fact = fact or {}
    return SaleLine(
        str(item.get("name") or "Item"), _d(item.get("quantity")), _d(item.get("price")), _d(item.get("total")), tax,
        taxes, _str(item.get("productId")), _str(item.get("variantId")), _str(item.get("sku")), custom,
        _str(item.get("customSaleId")), None if item.get("applyTaxes") is None else bool(item["applyTaxes"]),
        _opt(share), _opt(fact.get("amount")), _opt(fact.get("discount")), _opt(fact.get("discountPercentage")),
        _opt(fact.get("originalPrice")))


def _summary_fields(summary: Mapping[str, Any]) -> JSON:
    tip = summary.get("tip") if isinstance(summary.get("tip"), Mapping) else None
    return {
        "tax_inclusive": bool(summary.get("isTaxInclusive")),
        "taxes": tuple(_tax(t) for t in summary.get("taxes") or [] if isinstance(t, Mapping)),
        "subtotal": _d(summary.get("subTotal")), "discount_total": _d(summary.get("discountTotal")),
        "shipping_total": _d(summary.get("shippingTotal")), "total_taxes": _d(summary.get("totalTaxes")),
        "total": _d(summary.get("total")), "tip": None if tip is None else _d(tip.get("amount")),
        "tip_percentage": None if tip is None or tip.get("percentage") in (None, "")
        else percentage_from_wire(_d(tip["percentage"]), "tip"),
    }


def _cart_discount(coupon: Mapping[str, Any] | None) -> CartDiscount | None:
    if not coupon:
        return None
    pct = coupon.get("percentage")
    return CartDiscount(str(coupon.get("label") or ""), _d(coupon.get("amount")),
                        None if pct in (None, "") else percentage_from_wire(_d(pct), "cartDiscount"))


def _fee(fee: Mapping[str, Any]) -> Fee:
    pct = fee.get("percentage")
    return Fee(str(fee.get("label") or fee.get("name") or "Fee"), _d(fee.get("amount")), _d(fee.get("tax")),
               _str(fee.get("id")), None if pct in (None, "") else percentage_from_wire(_d(pct), "cartFee"),
               _str(fee.get("taxName")), _str(fee.get("taxTableId")))


def _line_facts(state: CartState, fragment: OrderFragment) -> list[JSON]:
    """Per line, in the wire's order (catalog lines, then custom sales), what the receipt shows and the wire
    does not carry: its price, its line discount and, for a manager's override, the original price."""
    cart_lines = [x for x in state.lines if not x.custom] + [x for x in state.lines if x.custom]
    facts = []
    for line, (amount, discount) in zip(cart_lines, fragment.line_figures, strict=False):
        fact: JSON = {"amount": amount, "discount": discount}
        if discount and line.discount_percentage is not None:
            fact["discountPercentage"] = line.discount_percentage.normalize()
        if line.price_overridden and line.original_price is not None and line.original_price != line.unit_price:
            fact["originalPrice"] = line.original_price
        facts.append(fact)
    return facts


def sale_from_fragment(fragment: OrderFragment, state: CartState, **identity: Any) -> SaleRecord:
    """The record of the priced cart ``state``; ``identity`` gives the record's other fields (local id, receipt,
    session, station, cashier, times, tenders…)."""
    facts = _line_facts(state, fragment)
    wire = [*((x, False) for x in fragment.line_items), *((x, True) for x in fragment.custom_sales)]
    lines = tuple(_line(item, custom, facts[n] if n < len(facts) else None) for n, (item, custom) in enumerate(wire))
    notes = [f"{line.name}: {line.note}" for line in state.lines if line.note]
    if state.note:
        notes.insert(0, state.note)
    return SaleRecord(**identity, customer_id=state.customer_id, customer_name=state.customer_name, lines=lines,
                      cart_discount=_cart_discount(fragment.cart_discount),
                      fees=tuple(_fee(f) for f in fragment.cart_fees), notes=tuple(notes),
                      **_summary_fields(fragment.summary))


# wire bodies from records -------------------------------------------------------------------------------------
def _tax_row(tax: TaxAmount) -> JSON:
    row: JSON = {"name": tax.name}
    if tax.tax_table_id is not None:
        row["taxTableId"] = tax.tax_table_id
    if tax.tax_table_name is not None:
        row["taxTableName"] = tax.tax_table_name
    row.update(id=tax.id, percentage=number(tax.rate), amount=money(tax.amount), compounding=tax.compounding,
               priority=tax.priority)
    return row


def _line_item(line: SaleLine) -> JSON:
    out: JSON = {"productId": line.product_id, "variantId": line.variant_id, "name": line.name,
                 "quantity": number(line.quantity), "price": money(line.unit_price), "sku": line.sku,
                 "totalTax": money(line.tax), "total": money(line.total), "taxes": [_tax_row(t) for t in line.taxes]}
    return {k: v for k, v in out.items() if v is not None}


def _custom_sale(line: SaleLine, coupon: CartDiscount | None) -> JSON:
    out: JSON = {} if line.custom_sale_id is None else {"customSaleId": line.custom_sale_id}
    out.update(name=line.name, applyTaxes=line.apply_taxes, quantity=number(line.quantity),
               price=money(line.unit_price), totalTax=money(line.tax), total=money(line.total))
    if coupon is not None:
        share: JSON = {}
        if coupon.percentage is not None:
            share["percentage"] = percentage_to_wire(number(coupon.percentage), "customSaleDiscount")
        share["amount"] = money(line.cart_discount or ZERO)
        out["discount"] = {"cartDiscount": share}
    return out


def _fee_out(fee: Fee) -> JSON:
    out: JSON = {} if fee.id is None else {"id": fee.id}
    out.update(label=fee.label, amount=money(fee.amount))
    if fee.percentage is not None:
        out["percentage"] = percentage_to_wire(number(fee.percentage), "cartFee")
    if fee.tax_name:
        out["taxName"] = fee.tax_name
    if fee.tax_table_id:
        out["taxTableId"] = fee.tax_table_id
    out["tax"] = money(fee.tax)
    return out


def _summary(sale: SaleRecord) -> JSON:
    summary: JSON = {
        "discountTotal": money(sale.discount_total), "shippingTotal": money(sale.shipping_total),
        "total": money(sale.total), "totalTaxes": money(sale.total_taxes), "isTaxInclusive": sale.tax_inclusive,
        "subTotal": money(sale.subtotal), "taxes": [_tax_row(t) for t in sale.taxes],
    }
    if sale.tip is not None:
        summary["tip"] = ({"amount": money(sale.tip)} if sale.tip_percentage is None else
                          {"percentage": percentage_to_wire(number(sale.tip_percentage), "tip"),
                           "amount": money(sale.tip)})
    return summary


def order_body(sale: SaleRecord) -> JSON:
    """The order as Final POS takes it: ``source`` as the reference's example (``final``: the register is a
    Final POS register), ``posData.employee`` the cashier's id (left out for a name that is nobody's)."""
    cur = sale.currency
    coupon = sale.cart_discount
    fragment = {
        "summary": _summary(sale),
        "lineItems": [_line_item(x) for x in sale.lines if not x.custom],
        "customSales": [_custom_sale(x, coupon) for x in sale.lines if x.custom],
        "cartDiscount": None if coupon is None else {
            "label": coupon.label, "amount": money(coupon.amount),
            **({} if coupon.percentage is None else
               {"percentage": percentage_to_wire(number(coupon.percentage), "cartDiscount")})},
        "cartFees": [_fee_out(f) for f in sale.fees],
    }
    body: JSON = {
        "currency": cur, "receiptId": sale.receipt_id, "status": sale.status, "source": "final",
        "sessionId": sale.session_local_id, "balance": _money(ZERO, cur),
        **{k: v for k, v in fragment.items() if v not in (None, [], {})},
        "paymentMethods": [{
            "transactionId": t.transaction_id, "paymentType": t.method, "amount": _money(t.amount, cur),
            "timestamp": sale.created_at, "processor": payment_method(t.method).processor,
            **({"change": _money(t.change, cur)} if t.change else {}),
            **({"cashRounding": _money(t.cash_rounding, cur)} if t.cash_rounding else {}),
            **({"saleId": t.reference} if t.reference else {}),
        } for t in sale.tenders],
        "posData": {"outlet": sale.outlet_id, "station": sale.station_id,
                    **({"employee": sale.employee} if sale.employee else {})},
    }
    if sale.customer_id:
        body["customerId"] = sale.customer_id
    if sale.notes:
        body["notes"] = [{"author": sale.cashier, "note": n, "addedByUser": True, "dateCreated": sale.created_at}
                         for n in sale.notes]
    return body


def parked_order_body(sale: SaleRecord, note: str | None) -> JSON:
    """A cart put aside, as an order with status ``parked`` that holds no stock and never expires (its
    receipt id is the park reference; nothing is paid on it)."""
    body = order_body(sale)
    body.update(status=PARKED, balance=_money(sale.total, sale.currency), parkReduceStock="0",
                parkExpiryDate="never", paymentMethods=[])
    if note:
        body["customerNote"] = note
    return body


def sale_transaction_body(sale: SaleRecord, tender: Tender) -> JSON:
    """The transaction of one tender of ``sale``."""
    body: JSON = {
        "externalId": tender.transaction_id, "paymentMethod": tender.method,
        "amount": _money(tender.amount, sale.currency), "currency": sale.currency, "type": "sale",
        "balance": _money(ZERO, sale.currency), "sessionId": sale.session_local_id, "orderId": sale.local_id,
        "outletId": sale.outlet_id, "receiptId": sale.receipt_id,
    }
    if sale.employee:
        body["employee"] = sale.employee
    if tender.reference:
        body["paymentData"] = {"processor": payment_method(tender.method).processor,
                               "processorTransactionId": tender.reference}
    return body


def refund_body(refund: RefundRecord) -> JSON:
    """The refund as Final POS takes it (its lines, taxes per rate, and what goes back to which payment)."""
    cur = refund.currency
    return {
        "orderId": refund.order_local_id, "sessionId": refund.session_local_id, "externalId": refund.local_id,
        "currency": cur, **({"reason": refund.reason} if refund.reason else {}),
        **({"refundedBy": refund.employee} if refund.employee else {}),
        "lineItems": [{
            "name": x.name, "quantity": x.quantity, "price": money(x.unit_price), "total": _money(x.total, cur),
            "taxes": [{"name": t.name, "amount": _money(t.amount, cur), "percentage": t.rate} for t in x.taxes],
            **({"productId": x.product_id} if x.product_id else {}),
            **({"variantId": x.variant_id} if x.variant_id else {}),
        } for x in refund.lines],
        "summary": {"total": _money(refund.total, cur), "subTotal": _money(refund.subtotal, cur),
                    "totalTaxes": _money(refund.total_taxes, cur),
                    "taxes": [{"name": t.name, "percentage": t.rate, "amount": _money(t.amount, cur)}
                              for t in refund.taxes]},
        "payment": [{"paymentType": p.method, "amount": _money(p.amount, cur),
                     **({"transactionId": p.transaction_id} if p.transaction_id else {})} for p in refund.tenders],
        "balance": _money(ZERO, cur),
    }


def refund_transaction_bodies(refund: RefundRecord) -> list[tuple[str, JSON]]:
    """(local id, body) of the transaction of each payment going back."""
    cur = refund.currency
    return [(f"{refund.local_id}:{i}", {
        "externalId": f"{refund.local_id}:{i}", "paymentMethod": p.method, "amount": _money(p.amount, cur),
        "currency": cur, "type": "refund", "balance": _money(ZERO, cur), "sessionId": refund.session_local_id,
        "orderId": refund.order_local_id, "refundId": refund.local_id, "receiptId": refund.order_receipt_id,
        **({"employee": refund.employee} if refund.employee else {}),
        **({"notes": refund.reason} if refund.reason else {}),
    }) for i, p in enumerate(refund.tenders)]


def cash_movement_body(movement: CashMovement, *, currency: str, balance: Decimal, outlet_id: str,
                       employee: str | None) -> JSON:
    """The transaction of cash put into or taken out of the drawer (``balance``: what it holds after)."""
    body: JSON = {
        "externalId": movement.local_id, "paymentMethod": "cash", "amount": _money(movement.amount, currency),
        "currency": currency, "type": movement.kind, "notes": movement.reason, "balance": _money(balance, currency),
        "sessionId": movement.session_local_id, "outletId": outlet_id,
    }
    if employee:
        body["employee"] = employee
    return body


def summary_of(body: Mapping[str, Any]) -> Mapping[str, Any]:
    """The totals of an order body (sent, or as the server answered it)."""
    summary = body.get("summary")
    return summary if isinstance(summary, Mapping) else {}


# records from wire bodies -------------------------------------------------------------------------------------
def sale_from_body(body: Mapping[str, Any], *, local_id: str = "", created_at: str = "", cashier: str = ""
                   ) -> SaleRecord:
    """The record of an order body: one Final POS holds (a sale of another till), or this station's as it was
    stored before schema 5 (with the receipt's own figures beside it)."""
    facts = body.get(LEGACY_FACTS) or {}
    figures = facts.get("lines") or []
    wire = [*((x, False) for x in body.get("lineItems") or []), *((x, True) for x in body.get("customSales") or [])]
    known = len(figures) == len(wire)
    lines = tuple(_line(item, custom, figures[n] if known else None) for n, (item, custom) in enumerate(wire))
    pos = body.get("posData") or {}
    return SaleRecord(
        local_id=local_id or str(body.get("id") or ""), receipt_id=str(body.get("receiptId") or ""),
        currency=str(body.get("currency") or "USD"), created_at=created_at or str(body.get("createdAt") or ""),
        session_local_id=_str(body.get("sessionId")), outlet_id=_str(pos.get("outlet")),
        station_id=_str(pos.get("station")), status=str(body.get("status") or "completed"), cashier=cashier,
        employee=_str(pos.get("employee")), customer_id=_str(body.get("customerId")),
        customer_name=_str(facts.get("customer")), lines=lines, cart_discount=_cart_discount(body.get("cartDiscount")),
        fees=tuple(_fee(f) for f in body.get("cartFees") or []),
        tenders=tuple(Tender(str(p.get("transactionId") or ""), str(p.get("paymentType") or "other"),
                             _d(p.get("amount")), _d(p.get("change")), _d(p.get("cashRounding")),
                             _str(p.get("saleId"))) for p in body.get("paymentMethods") or []),
        notes=tuple(str(n.get("note")) for n in body.get("notes") or [] if isinstance(n, Mapping) and n.get("note")),
        **_summary_fields(summary_of(body)))


def _refund_tax(row: Mapping[str, Any]) -> TaxAmount:
    return TaxAmount(str(row.get("name") or ""), _d(row.get("percentage")), _d(row.get("amount")))


def refund_from_body(body: Mapping[str, Any], *, local_id: str = "", created_at: str = "", cashier: str = "",
                     session_local_id: str = "") -> RefundRecord:
    """The record of a refund as it was stored before schema 5 (the wire body, with the index of each line in
    the sale and the sale's receipt beside it)."""
    items: Sequence[Mapping[str, Any]] = body.get("lineItems") or []
    indexes = body.get("_lineIndexes") or list(range(len(items)))
    summary = summary_of(body)
    return RefundRecord(
        local_id=local_id or str(body.get("externalId") or ""), order_local_id=str(body.get("orderId") or ""),
        order_receipt_id=str(body.get("_receiptId") or ""), currency=str(body.get("currency") or "USD"),
        created_at=created_at, session_local_id=session_local_id or str(body.get("sessionId") or ""),
        cashier=cashier, employee=_str(body.get("refundedBy")), reason=str(body.get("reason") or ""),
        lines=tuple(RefundLine(int(i), str(x.get("name") or "Item"), _d(x.get("quantity")), _d(x.get("price")),
                               _d(x.get("total")), tuple(_refund_tax(t) for t in x.get("taxes") or []),
                               _str(x.get("productId")), _str(x.get("variantId")))
                    for i, x in zip(indexes, items, strict=False)),
        taxes=tuple(_refund_tax(t) for t in summary.get("taxes") or []), subtotal=_d(summary.get("subTotal")),
        total_taxes=_d(summary.get("totalTaxes")), total=_d(summary.get("total")),
        tenders=tuple(RefundTender(str(p.get("paymentType") or "cash"), _d(p.get("amount")),
                                   _str(p.get("transactionId"))) for p in body.get("payment") or []))


def cash_from_body(body: Mapping[str, Any], *, kind: str, local_id: str, created_at: str,
                   session_local_id: str) -> CashMovement:
    """The record of a cash movement as it was stored before schema 5 (its transaction body)."""
    return CashMovement(local_id, kind, _d(body.get("amount")), str(body.get("notes") or ""), created_at,
                        session_local_id)


def stored_record(kind: str, body: Mapping[str, Any], *, local_id: str, created_at: str, cashier: str,
                  session_local_id: str) -> JSON:
    """The stored record of a ``sales`` row written before schema 5 (the migration's conversion)."""
    if kind == "order":
        return sale_from_body(body, local_id=local_id, created_at=created_at, cashier=cashier).to_json()
    if kind == "refund":
        return refund_from_body(body, local_id=local_id, created_at=created_at, cashier=cashier,
                                session_local_id=session_local_id).to_json()
    return cash_from_body(body, kind=kind, local_id=local_id, created_at=created_at,
                          session_local_id=session_local_id).to_json()
