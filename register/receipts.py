"""Receipts and refund slips, built in one place from the sale as it was recorded (the local copy of the order).

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
store), has no line prices or discounts beside the wire order; its lines are then shown **net of every
discount** and the subtotal is theirs (the other layout that adds up). Every text from outside goes through
:func:`register.text.printable`. How money reads is the front-end's business (a formatter is passed to the
renderers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from register.pricing.wire import percentage_from_wire
from register.services.payments import PAYMENT_NAMES, method, payment_name
from register.text import printable

__all__ = ["PAYMENT_NAMES", "WORDS", "MoneyFormat", "Receipt", "ReceiptLine", "ReceiptTender", "build_receipt",
           "build_refund_slip", "card_reference", "plain_money", "render_text", "tax_order"]

MoneyFormat = Callable[[Decimal], str]
ZERO = Decimal(0)
RECEIPT_FACTS = "_receipt"
"""Key, in the local copy of an order (``sales.body``), of what the receipt needs and the wire order does not
carry: each line's price and line discount, an overridden line's original price, the customer's name. Never
posted (the outbox holds the wire body)."""
_MASKED = re.compile(r"(?:(?<![A-Za-z0-9])[*xX•…#]+[\s-]*)+(\d{4})(?!\d)")


def _d(value: Any) -> Decimal:
    return ZERO if value in (None, "") else Decimal(str(value))


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


def _line_tax(item: Mapping[str, Any]) -> Decimal:
    """A line's tax: its ``totalTax`` (an order's line), else the sum of its ``taxes`` (a refund's line)."""
    if item.get("totalTax") not in (None, ""):
        return _d(item.get("totalTax"))
    return sum((_d(t.get("amount")) for t in item.get("taxes") or [] if isinstance(t, Mapping)), ZERO)


def tax_order(tax: Mapping[str, Any]) -> tuple[int, str, str]:
    """Tax rows by the rate's priority, then as the store's tables list them (the rate's id), never by the order
    the items were scanned in (the engine lists a priority's rates as it met them)."""
    try:
        priority = int(tax.get("priority") or 1)
    except (TypeError, ValueError):
        priority = 1
    return (priority, str(tax.get("id") or ""), str(tax.get("name") or ""))


def _header(store: Mapping[str, Any] | None) -> tuple[str, ...]:
    header: list[str] = []
    if store:
        header.append(str(store.get("name") or ""))
        street = " ".join(str(store.get(k) or "") for k in ("address", "address2")).strip()
        town = " ".join(str(store.get(k) or "") for k in ("city", "state", "postCode")).strip()
        header += [x for x in (street, town, str(store.get("phone") or "")) if x]
    return tuple(printable(h) for h in header if h)  # names from outside: no printer commands, no bidi tricks


def _taxes(summary: Mapping[str, Any], sign: Decimal = Decimal(1)) -> tuple[tuple[str, Decimal], ...]:
    return tuple((f"{printable(t.get('name') or 'Tax')} {_d(t.get('percentage')).normalize():f}%",
                  sign * _d(t.get("amount"))) for t in sorted(summary.get("taxes") or [], key=tax_order))


def _with_notes(items: list[ReceiptLine], notes: list[str]) -> list[ReceiptLine]:
    """Notes of the form ``<line name>: <note>`` belong under their line."""
    if not notes or not items:
        return items
    by_name: dict[str, list[str]] = {}
    for note in notes:
        name, _, text = note.partition(": ")
        by_name.setdefault(name, []).append(text)
    return [ReceiptLine(i.name, i.quantity, i.unit_price, i.amount, i.discount, i.discount_percentage,
                        i.original_price, tuple(by_name.get(i.name, ()))) for i in items]


def build_receipt(order: Mapping[str, Any], *, store: Mapping[str, Any] | None = None, station_name: str = "",
                  cashier: str | None = None, when: datetime | None = None, customer: str | None = None,
                  training: bool = False) -> Receipt:
    """The receipt of an order body (as recorded locally, or as Final POS holds it); ``store`` is the outlet
    record; ``customer`` the customer's name when the order does not say it."""
    summary = order.get("summary") or {}
    inclusive = bool(summary.get("isTaxInclusive"))
    facts = order.get(RECEIPT_FACTS) or {}
    figures = facts.get("lines") or []
    wire_lines = [*(order.get("lineItems") or []), *(order.get("customSales") or [])]
    with_figures = len(figures) == len(wire_lines) and bool(wire_lines)
    items: list[ReceiptLine] = []
    for n, item in enumerate(wire_lines):
        name, qty, price = printable(item.get("name") or "Item"), _d(item.get("quantity")), _d(item.get("price"))
        if with_figures:
            fact = figures[n]
            pct = fact.get("discountPercentage")
            items.append(ReceiptLine(name, qty, price, _d(fact.get("amount")), _d(fact.get("discount")),
                                     None if pct in (None, "") else _d(pct),
                                     _d(fact["originalPrice"]) if fact.get("originalPrice") else None))
        else:  # net of every discount (the wire total has the line's tax in it where prices exclude tax)
            net = _d(item.get("total")) - (ZERO if inclusive else _line_tax(item))
            items.append(ReceiptLine(name, qty, price, net))
    items = _with_notes(items, [printable(n.get("note")) for n in order.get("notes") or [] if n.get("note")])
    coupon = order.get("cartDiscount") or {}
    cart_discount = _d(coupon.get("amount")) if with_figures else ZERO
    label = printable(coupon.get("label") or "")
    if with_figures and coupon.get("percentage") not in (None, ""):
        label = f"{label} {percentage_from_wire(_d(coupon['percentage']), 'cartDiscount').normalize():f}%".strip()
    tenders: list[ReceiptTender] = []
    change = rounding = ZERO
    cash = False
    for payment in order.get("paymentMethods") or []:
        kind = str(payment.get("paymentType") or "other")
        cash = cash or kind == "cash"
        reference, digits = card_reference(payment.get("saleId"))
        tenders.append(ReceiptTender(payment_name(kind), _d(payment.get("amount")) + _d(payment.get("change")),
                                     reference, digits, _is_card(kind)))
        change += _d(payment.get("change"))
        rounding += _d(payment.get("cashRounding"))
    # a fee is net, taxed on top even where prices include tax: there it is shown with its tax, like the lines
    fees = tuple((printable(f.get("label") or f.get("name") or "Fee"),
                  _d(f.get("amount")) + (_d(f.get("tax")) if inclusive else ZERO)) for f in order.get("cartFees") or [])
    taxes = _taxes(summary)
    subtotal = sum((i.total for i in items), ZERO)
    tip = _d((summary.get("tip") or {}).get("amount"))
    total = _d(summary.get("total"))
    rows = subtotal - cart_discount + sum((a for _, a in fees), ZERO) + tip
    if not inclusive:
        rows += sum((a for _, a in taxes), ZERO)
    return Receipt(
        currency=str(order.get("currency") or "USD"), header=_header(store),
        receipt_id=printable(order.get("receiptId") or ""), time=when, cashier=printable(cashier or ""),
        station=printable(station_name), customer=printable(customer or facts.get("customer") or ""),
        lines=tuple(items), subtotal=subtotal, cart_discount=cart_discount, cart_discount_label=label, fees=fees,
        taxes=taxes, taxes_included=inclusive, tip=tip, rounding=total - rows, total=total, tenders=tuple(tenders),
        change=change, cash_rounding=rounding, paid_in_cash=cash, training=training)


def build_refund_slip(refund: Mapping[str, Any], *, receipt_id: str, store: Mapping[str, Any] | None = None,
                      station_name: str = "", manager: str = "", when: datetime | None = None,
                      customer: str = "", training: bool = False) -> Receipt:
    """The slip of a refund (its body as recorded locally) against the sale ``receipt_id``: every figure
    negative (money going back), the lines net of tax with the taxes apart (or with their tax where prices
    include it), what went back to which payment."""
    summary = refund.get("summary") or {}
    minus = Decimal(-1)
    inclusive = bool(summary.get("isTaxInclusive"))
    items = [ReceiptLine(printable(item.get("name") or "Item"), _d(item.get("quantity")), _d(item.get("price")),
                         minus * (_d(item.get("total")) - (ZERO if inclusive else _line_tax(item))))
             for item in refund.get("lineItems") or []]
    taxes = _taxes(summary, minus)
    subtotal = sum((i.total for i in items), ZERO)
    total = minus * _d(summary.get("total"))
    rows = subtotal + (ZERO if inclusive else sum((a for _, a in taxes), ZERO))
    tenders = tuple(ReceiptTender(payment_name(str(p.get("paymentType") or "cash")), minus * _d(p.get("amount")))
                    for p in refund.get("payment") or [])
    local_id = str(refund.get("externalId") or "")
    return Receipt(
        currency=str(refund.get("currency") or "USD"), header=_header(store), receipt_id=local_id[:8].upper(),
        time=when, cashier=printable(manager), station=printable(station_name), customer=printable(customer),
        lines=tuple(items), subtotal=subtotal, taxes=taxes, taxes_included=inclusive, rounding=total - rows,
        total=total, tenders=tenders, is_refund=True, refund_of=printable(receipt_id),
        reason=printable(refund.get("reason") or ""), training=training,
        paid_in_cash=any(p.get("paymentType") == "cash" for p in refund.get("payment") or []))


def plain_money(currency: str) -> MoneyFormat:
    """The default formatter: ``1,234.50`` at the currency's decimals (the code is printed by the total)."""
    from register.money import currency_exponent

    places = currency_exponent(currency)
    return lambda value: f"{value:,.{places}f}"


from register.receipt_text import WORDS, render_text  # noqa: E402 - the renderer needs the model above
