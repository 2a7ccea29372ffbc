"""Receipts, rendered from the order as it was posted (the local copy of the sale).

The content is built once (:func:`build_receipt`): store header, receipt id, time, cashier and station,
the lines with their discounts and notes, subtotal, discounts, each tax, the total, the tenders and the
change. Renderers turn it into fixed-width text for thermal printers (:func:`render_text`) or, in the
GUI, HTML. How money reads (symbol, separators) is the front-end's business, so a ``money`` formatter
is passed in; the default is the plain decimal with the currency code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from register.money import currency_exponent
from register.services.payments import PAYMENT_NAMES, payment_name
from register.text import printable

__all__ = [
    "PAYMENT_NAMES",
    "WORDS",
    "MoneyFormat",
    "Receipt",
    "ReceiptLine",
    "build_receipt",
    "plain_money",
    "render_text",
    "tax_order",
]

MoneyFormat = Callable[[Decimal], str]


def _d(value: Any) -> Decimal:
    return Decimal(0) if value in (None, "") else Decimal(str(value))


@dataclass(frozen=True)
class ReceiptLine:
    """One item as the customer reads it."""

    name: str
    quantity: Decimal
    unit_price: Decimal
    total: Decimal
    """After discounts; with its tax where prices include tax, else net (the taxes are printed apart)."""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Receipt:
    """Everything printed on a receipt, in order."""

    currency: str
    header: tuple[str, ...]
    receipt_id: str
    time: datetime | None
    cashier: str
    station: str
    lines: tuple[ReceiptLine, ...]
    subtotal: Decimal
    discounts: Decimal
    taxes: tuple[tuple[str, Decimal], ...]
    tip: Decimal
    total: Decimal
    tenders: tuple[tuple[str, Decimal], ...]
    change: Decimal
    cash_rounding: Decimal = Decimal(0)
    fees: tuple[tuple[str, Decimal], ...] = ()
    """(label, net amount) of each fee; a negative one is a discount."""
    footer: tuple[str, ...] = ("Thank you!",)
    is_refund: bool = False
    paid_in_cash: bool = field(default=False)

    @property
    def opens_drawer(self) -> bool:
        """Cash changed hands: the drawer should open."""
        return self.paid_in_cash


def _line_tax(item: Mapping[str, Any]) -> Decimal:
    """A line's tax: its ``totalTax`` (an order's line), else the sum of its ``taxes`` (a refund's line)."""
    if item.get("totalTax") not in (None, ""):
        return _d(item.get("totalTax"))
    return sum((_d(t.get("amount")) for t in item.get("taxes") or [] if isinstance(t, Mapping)), Decimal(0))


def tax_order(tax: Mapping[str, Any]) -> tuple[int, str, str]:
    """Tax rows by the rate's priority, then as the store's tables list them (the rate's id), never by the order
    the items were scanned in (the engine lists a priority's rates as it met them)."""
    try:
        priority = int(tax.get("priority") or 1)
    except (TypeError, ValueError):
        priority = 1
    return (priority, str(tax.get("id") or ""), str(tax.get("name") or ""))


def build_receipt(order: Mapping[str, Any], *, store: Mapping[str, Any] | None = None, station_name: str = "",
                  cashier: str | None = None, when: datetime | None = None) -> Receipt:
    """The receipt of an order body (as posted to Final POS); ``store`` is the outlet record."""
    summary = order.get("summary") or {}
    inclusive = bool(summary.get("isTaxInclusive"))
    items: list[ReceiptLine] = []
    for item in [*(order.get("lineItems") or []), *(order.get("customSales") or [])]:
        # a line's wire total includes its tax: shown as is where prices include tax, else net (as on the
        # cart screen), so the lines add up to the subtotal less the discounts and the taxes follow apart
        amount = _d(item.get("total")) - (Decimal(0) if inclusive else _line_tax(item))
        items.append(ReceiptLine(printable(item.get("name") or "Item"), _d(item.get("quantity")),
                                 _d(item.get("price")), amount))
    notes = [printable(n.get("note")) for n in order.get("notes") or [] if n.get("note")]
    if notes and items:  # notes of the form "<line name>: <note>" belong under their line
        by_name: dict[str, list[str]] = {}
        for note in notes:
            name, _, text = note.partition(": ")
            by_name.setdefault(name, []).append(text)
        items = [ReceiptLine(i.name, i.quantity, i.unit_price, i.total, tuple(by_name.get(i.name, ()))) for i in items]
    taxes = tuple((f"{printable(t.get('name') or 'Tax')} {_d(t.get('percentage')).normalize():f}%", _d(t.get("amount")))
                  for t in sorted(summary.get("taxes") or [], key=tax_order))
    tenders: list[tuple[str, Decimal]] = []
    change = rounding = Decimal(0)
    cash = False
    for payment in order.get("paymentMethods") or []:
        kind = str(payment.get("paymentType") or "other")
        cash = cash or kind == "cash"
        tendered = _d(payment.get("amount")) + _d(payment.get("change"))
        tenders.append((payment_name(kind), tendered))
        change += _d(payment.get("change"))
        rounding += _d(payment.get("cashRounding"))
    header: list[str] = []
    if store:
        header.append(str(store.get("name") or ""))
        street = " ".join(str(store.get(k) or "") for k in ("address", "address2")).strip()
        town = " ".join(str(store.get(k) or "") for k in ("city", "state", "postCode")).strip()
        header += [x for x in (street, town, str(store.get("phone") or "")) if x]
    return Receipt(
        currency=str(order.get("currency") or "USD"),
        header=tuple(printable(h) for h in header if h),  # names from outside: no printer commands, no bidi tricks
        receipt_id=printable(order.get("receiptId") or ""),
        time=when,
        cashier=printable(cashier or ""),
        station=printable(station_name),
        lines=tuple(items),
        subtotal=_d(summary.get("subTotal")),
        discounts=_d(summary.get("discountTotal")),
        taxes=taxes,
        tip=_d((summary.get("tip") or {}).get("amount")),
        total=_d(summary.get("total")),
        tenders=tuple(tenders),
        change=change,
        cash_rounding=rounding,
        fees=tuple((printable(f.get("label") or f.get("name") or "Fee"), _d(f.get("amount")))
                   for f in order.get("cartFees") or []),
        paid_in_cash=cash,
    )


def plain_money(currency: str) -> MoneyFormat:
    """The default formatter: ``1,234.50`` at the currency's decimals (the code is printed by the total)."""
    places = currency_exponent(currency)
    return lambda value: f"{value:,.{places}f}"


def _row(left: str, right: str, width: int) -> str:
    room = width - len(right) - 1
    if len(left) > room:
        left = left[: max(0, room - 1)] + "…"
    return f"{left:<{room}} {right}"


WORDS: Mapping[str, str] = {
    "receipt": "Receipt", "refund": "REFUND", "date": "Date", "cashier": "Cashier", "station": "Station",
    "subtotal": "Subtotal", "discounts": "Discounts", "tip": "Tip", "total": "TOTAL {currency}",
    "cash_rounding": "Cash rounding", "change": "Change", "thank_you": "Thank you!",
}
"""The receipt's own words, in English; the GUI passes them in the screens' language."""

Label = Callable[[str], str]


def render_text(receipt: Receipt, *, width: int = 42, money: MoneyFormat | None = None,
                words: Mapping[str, str] | None = None, date: Callable[[datetime], str] | None = None,
                quantity: MoneyFormat | None = None, label: Label | None = None) -> list[str]:
    """Fixed-width lines for a thermal printer (42 columns on 80 mm paper, 32 on 58 mm).

    How it reads is the caller's: ``money`` and ``quantity`` format figures, ``date`` the time, ``words`` are the
    receipt's words (:data:`WORDS`' keys) and ``label`` turns the core's names (payment methods, tax rates) into
    the reader's language; by default plain decimals, ISO dates and English."""
    fmt = money or plain_money(receipt.currency)
    say = {**WORDS, **(words or {})}
    when = date or (lambda t: t.strftime("%Y-%m-%d %H:%M"))
    qty = quantity or (lambda q: format(q.normalize(), "f"))
    name_of = label or (lambda text: text)
    out: list[str] = [h.center(width).rstrip() for h in receipt.header]
    out.append("")
    out.append(_row(say["refund"] if receipt.is_refund else say["receipt"], receipt.receipt_id, width))
    if receipt.time is not None:
        out.append(_row(say["date"], when(receipt.time), width))
    if receipt.cashier:
        out.append(_row(say["cashier"], receipt.cashier, width))
    if receipt.station:
        out.append(_row(say["station"], receipt.station, width))
    out.append("-" * width)
    for line in receipt.lines:
        out.append(_row(line.name, fmt(line.total), width))
        if line.quantity != 1:
            out.append(f"  {qty(line.quantity)} x {fmt(line.unit_price)}")
        out.extend(f"  * {note}" for note in line.notes)
    out.append("-" * width)
    out.append(_row(say["subtotal"], fmt(receipt.subtotal), width))
    if receipt.discounts:
        out.append(_row(say["discounts"], "-" + fmt(receipt.discounts), width))
    for fee, amount in receipt.fees:
        out.append(_row(name_of(fee), fmt(amount), width))
    for name, amount in receipt.taxes:
        out.append(_row(name_of(name), fmt(amount), width))
    if receipt.tip:
        out.append(_row(say["tip"], fmt(receipt.tip), width))
    out.append(_row(say["total"].format(currency=receipt.currency), fmt(receipt.total), width))
    if receipt.cash_rounding:
        out.append(_row(say["cash_rounding"], fmt(receipt.cash_rounding), width))
    for name, amount in receipt.tenders:
        out.append(_row(name_of(name), fmt(amount), width))
    if receipt.change:
        out.append(_row(say["change"], fmt(receipt.change), width))
    out.append("")
    footer = [say["thank_you"] if f == WORDS["thank_you"] else f for f in receipt.footer]
    out.extend(f.center(width).rstrip() for f in footer)
    return out
