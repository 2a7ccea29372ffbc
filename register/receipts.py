"""Receipts and refund slips, built in one place from the sale as it was recorded (its typed record).

:func:`build_receipt` (a sale) and :func:`build_refund_slip` (a refund) make the one view-model every paper is
rendered from: the thermal printer's lines (:mod:`register.receipt_text`), and in the GUI the HTML of the screen,
print and PDF. What a receipt says:

- the store, the receipt id, time, cashier, station and customer; ``TRAINING — NOT A SALE`` in demo mode;
- each line **at its price** (``2 x 4.10  8.20``), an overridden price with the original (``was 4.50``), the
  line discount as its own row (``Discount 10%  -0.82``) and the line's notes;
- the **subtotal of those rows**, the cart discount as its own row, the fees, each tax rate, the tip and the
  total: the right-hand column adds up by hand (a cent the pricing rules round apart is shown as
  "Rounding" rather than left unexplained);
- the tenders (a card's approval and last digits when known) and the change.

A sale recorded before its line figures were kept, or an order read from Final POS (sold elsewhere in the
store), has no line prices or discounts in its record (the wire order does not carry them); its lines are then
shown **net of every discount** and the subtotal is theirs (the other layout that adds up). Every text from
outside goes through :func:`register.text.printable`. How money reads is the front-end's business (a formatter
is passed to the renderers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from register.services.payments import PAYMENT_NAMES, method, payment_name
from register.services.sale_record import RefundRecord, SaleRecord, TaxAmount
from register.text import printable

__all__ = ["PAYMENT_NAMES", "WORDS", "MoneyFormat", "Receipt", "ReceiptLine", "ReceiptTender", "build_receipt",
           "build_refund_slip", "card_reference", "plain_money", "render_text", "tax_order"]

MoneyFormat = Callable[[Decimal], str]
ZERO = Decimal(0)
_MASKED = re.compile(r"(?:(?<![A-Za-z0-9])[*xX•…#]+[\s-]*)+(\d{4})(?!\d)")


@dataclass(frozen=True)
class ReceiptLine:
    """One item as the customer reads it."""

    name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    """What the line's row shows: its price (``unit_price * quantity``), or, for a sale without line figures,
    its total after every discount."""
    discount: Decimal = ZERO
    """The line discount, a positive amount taken off ``amount`` (its own row)."""
    discount_percentage: Decimal | None = None
    original_price: Decimal | None = None
    """The unit price before a manager's override."""
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> Decimal:
        """What the line adds to the subtotal."""
        return self.amount - self.discount


@dataclass(frozen=True)
class ReceiptTender:
    """A payment (or, on a refund slip, what went back to it)."""

    name: str
    """The payment method's name (``Card``, ``Cash``…; the GUI words it in the reader's language)."""
    amount: Decimal
    """What was handed over (cash: before the change)."""
    reference: str = ""
    """A card's approval code, or the reference of another payment (a gift card's number)."""
    last_digits: str = ""
    card: bool = False
    """Paid by card (the reference is the terminal's approval)."""


@dataclass(frozen=True)
class Receipt:
    """Everything printed on a receipt or a refund slip, in order. Amounts are signed as printed (a refund's
    are negative)."""

    currency: str
    header: tuple[str, ...]
    receipt_id: str
    time: datetime | None
    cashier: str
    station: str
    lines: tuple[ReceiptLine, ...]
    subtotal: Decimal
    """The sum of the lines' totals."""
    taxes: tuple[tuple[str, Decimal], ...]
    total: Decimal
    tenders: tuple[ReceiptTender, ...] = ()
    change: Decimal = ZERO
    customer: str = ""
    cart_discount: Decimal = ZERO
    """The cart discount, a positive amount taken off the subtotal (its own row)."""
    cart_discount_label: str = ""
    fees: tuple[tuple[str, Decimal], ...] = ()
    """(label, net amount) of each fee; a negative one is a discount."""
    taxes_included: bool = False
    """Prices include tax: the tax rows say how much of the total is tax, and are not added."""
    tip: Decimal = ZERO
    rounding: Decimal = ZERO
    """What the pricing rules' own rounding leaves between the rows and the total (almost always zero)."""
    cash_rounding: Decimal = ZERO
    footer: tuple[str, ...] = ("Thank you!",)
    is_refund: bool = False
    refund_of: str = ""
    """A refund slip: the receipt of the sale it refunds."""
    reason: str = ""
    training: bool = False
    """Made in demo (training) mode: marked ``TRAINING — NOT A SALE``."""
    paid_in_cash: bool = False

    @property
    def opens_drawer(self) -> bool:
        """Cash changed hands: the drawer should open."""
        return self.paid_in_cash

    @property
    def code(self) -> str:
        """What the receipt's QR code holds: the sale's receipt id (a refund slip: the refunded sale's)."""
        return self.refund_of or self.receipt_id

    def adds_up(self) -> bool:
        """The rows give the total (the check every renderer relies on)."""
        rows = self.subtotal - self.cart_discount + sum((a for _, a in self.fees), ZERO) + self.tip + self.rounding
        if not self.taxes_included:
            rows += sum((a for _, a in self.taxes), ZERO)
        return rows == self.total and sum(self.lines_totals(), ZERO) == self.subtotal

    def lines_totals(self) -> list[Decimal]:
        return [line.total for line in self.lines]


def card_reference(reference: str | None) -> tuple[str, str]:
    """A card terminal's reference as typed (``123456 ****4242``) → (approval, last four digits, if shown)."""
    text = printable(reference or "").strip()
    found = _MASKED.search(text)
    if found is None:
        return text, ""
    approval = (text[: found.start()] + " " + text[found.end():]).strip(" ,;/-")
    return " ".join(approval.split()), found.group(1)


def _is_card(kind: str) -> bool:
    return method(kind).closing == "card"


def tax_order(tax: Mapping[str, Any]) -> tuple[int, str, str]:
    """Tax rows by the rate's priority, then as the store's tables list them (the rate's id), never by the order
    the items were scanned in (the engine lists a priority's rates as it met them)."""
    try:
        priority = int(tax.get("priority") or 1)
    except (TypeError, ValueError):
        priority = 1
    return (priority, str(tax.get("id") or ""), str(tax.get("name") or ""))


def _tax_key(tax: TaxAmount) -> tuple[int, str, str]:
    """:func:`tax_order` of a recorded rate."""
    return (tax.priority or 1, tax.id or "", tax.name)


def _header(store: Mapping[str, Any] | None) -> tuple[str, ...]:
    header: list[str] = []
    if store:
        header.append(str(store.get("name") or ""))
        street = " ".join(str(store.get(k) or "") for k in ("address", "address2")).strip()
        town = " ".join(str(store.get(k) or "") for k in ("city", "state", "postCode")).strip()
        header += [x for x in (street, town, str(store.get("phone") or "")) if x]
    return tuple(printable(h) for h in header if h)  # names from outside: no printer commands, no bidi tricks


def _taxes(taxes: Sequence[TaxAmount], sign: Decimal = Decimal(1)) -> tuple[tuple[str, Decimal], ...]:
    return tuple((f"{printable(t.name or 'Tax')} {t.rate.normalize():f}%", sign * t.amount)
                 for t in sorted(taxes, key=_tax_key))


def _notes(name: str, notes: Sequence[str]) -> tuple[str, ...]:
    """The sale's notes of the form ``<line name>: <note>`` that belong under the line ``name``."""
    found = []
    for note in notes:
        line, _, text = printable(note).partition(": ")
        if line == name:
            found.append(text)
    return tuple(found)


def build_receipt(sale: SaleRecord, *, store: Mapping[str, Any] | None = None, station_name: str = "",
                  cashier: str | None = None, when: datetime | None = None, customer: str | None = None,
                  training: bool = False) -> Receipt:
    """The receipt of a sale (recorded here, or read from Final POS); ``store`` is the outlet record;
    ``customer`` the customer's name when the sale does not say it."""
    inclusive = sale.tax_inclusive
    with_figures = sale.with_line_figures
    items: list[ReceiptLine] = []
    for line in sale.lines:
        name = printable(line.name or "Item")
        notes = _notes(name, sale.notes)
        if with_figures:
            items.append(ReceiptLine(name, line.quantity, line.unit_price, line.amount or ZERO, line.discount or ZERO,
                                     line.discount_percentage, line.original_price, notes))
        else:  # net of every discount (the total has the line's tax in it where prices exclude tax)
            items.append(ReceiptLine(name, line.quantity, line.unit_price, line.net(inclusive), notes=notes))
    coupon = sale.cart_discount
    cart_discount = coupon.amount if coupon is not None and with_figures else ZERO
    label = printable(coupon.label) if coupon is not None else ""
    if coupon is not None and with_figures and coupon.percentage is not None:
        label = f"{label} {coupon.percentage.normalize():f}%".strip()
    tenders = tuple(ReceiptTender(payment_name(t.method), t.amount + t.change, *card_reference(t.reference),
                                  _is_card(t.method)) for t in sale.tenders)
    # a fee is net, taxed on top even where prices include tax: there it is shown with its tax, like the lines
    fees = tuple((printable(f.label or "Fee"), f.amount + (f.tax if inclusive else ZERO)) for f in sale.fees)
    taxes = _taxes(sale.taxes)
    subtotal = sum((i.total for i in items), ZERO)
    tip = sale.tip or ZERO
    rows = subtotal - cart_discount + sum((a for _, a in fees), ZERO) + tip
    if not inclusive:
        rows += sum((a for _, a in taxes), ZERO)
    return Receipt(
        currency=sale.currency or "USD", header=_header(store), receipt_id=printable(sale.receipt_id),
        time=when, cashier=printable(cashier or ""), station=printable(station_name),
        customer=printable(customer or sale.customer_name or ""), lines=tuple(items), subtotal=subtotal,
        cart_discount=cart_discount, cart_discount_label=label, fees=fees, taxes=taxes, taxes_included=inclusive,
        tip=tip, rounding=sale.total - rows, total=sale.total, tenders=tenders,
        change=sale.change, cash_rounding=sale.cash_rounding,
        paid_in_cash=any(t.method == "cash" for t in sale.tenders), training=training)


def build_refund_slip(refund: RefundRecord, *, store: Mapping[str, Any] | None = None, station_name: str = "",
                      manager: str = "", when: datetime | None = None, customer: str = "",
                      training: bool = False) -> Receipt:
    """The slip of a refund against the sale it gives back: every figure negative (money going back), the lines
    net of tax with the taxes apart, what went back to which payment."""
    minus = Decimal(-1)
    items = [ReceiptLine(printable(x.name or "Item"), x.quantity, x.unit_price, minus * (x.total - x.tax))
             for x in refund.lines]
    taxes = _taxes(refund.taxes, minus)
    subtotal = sum((i.total for i in items), ZERO)
    total = minus * refund.total
    rows = subtotal + sum((a for _, a in taxes), ZERO)
    tenders = tuple(ReceiptTender(payment_name(p.method), minus * p.amount) for p in refund.tenders)
    return Receipt(
        currency=refund.currency or "USD", header=_header(store), receipt_id=refund.local_id[:8].upper(),
        time=when, cashier=printable(manager), station=printable(station_name), customer=printable(customer),
        lines=tuple(items), subtotal=subtotal, taxes=taxes, rounding=total - rows, total=total, tenders=tenders,
        is_refund=True, refund_of=printable(refund.order_receipt_id), reason=printable(refund.reason),
        training=training, paid_in_cash=any(p.method == "cash" for p in refund.tenders))


def plain_money(currency: str) -> MoneyFormat:
    """The default formatter: ``1,234.50`` at the currency's decimals (the code is printed by the total)."""
    from register.money import currency_exponent

    places = currency_exponent(currency)
    return lambda value: f"{value:,.{places}f}"


from register.receipt_text import WORDS, render_text  # noqa: E402 - the renderer needs the model above
