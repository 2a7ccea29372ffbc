"""A receipt (:class:`register.receipts.Receipt`) as fixed-width lines for a thermal printer.

42 columns on 80 mm paper (48 on some models), 32 on 58 mm. The right-hand column is every figure that adds up
to the total, each once: the lines' prices, their discounts, the subtotal, the cart discount, fees, taxes (unless
prices include them), tip, rounding, total. How figures and dates read is the caller's (the GUI passes the
locale's, with plain spaces: a printer's code page has no narrow no-break space).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from datetime import datetime

from register.receipts import MoneyFormat, Receipt, ReceiptTender, plain_money

__all__ = ["WORDS", "Label", "render_text", "tender_note"]

WORDS: Mapping[str, str] = {
    "receipt": "Receipt", "refund": "REFUND", "date": "Date", "cashier": "Cashier", "station": "Station",
    "customer": "Customer", "subtotal": "Subtotal", "discount": "Discount", "tip": "Tip",
    "total": "TOTAL {currency}", "cash_rounding": "Cash rounding", "change": "Change", "thank_you": "Thank you!",
    "was": "was {price}", "rounding": "Rounding", "included": "{tax} (included)", "approval": "Approval {code}",
    "reference": "Ref. {code}",
    "card_ending": "card ending {digits}", "refund_of": "Refund of", "reason": "Reason", "approved_by": "Approved by",
    "refunded": "REFUNDED {currency}", "training": "TRAINING — NOT A SALE",
}
"""The receipt's own words, in English; the GUI passes them in the screens' language."""

Label = Callable[[str], str]


def _row(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line (``left`` cut with "…"); a value too long for that (a long customer name)
    goes under its label, wrapped (lines joined with newlines)."""
    room = width - len(right) - 1
    if room < min(len(left), 12):
        return "\n".join([left[:width], *textwrap.wrap(right, width, initial_indent="  ", subsequent_indent="  ")])
    if len(left) > room:
        left = left[: max(0, room - 1)] + "…"
    return f"{left:<{room}} {right}"


def tender_note(tender: ReceiptTender, words: Mapping[str, str]) -> str:
    """What is printed under a tender: a card's approval and last digits, another payment's reference."""
    code = ""
    if tender.reference:
        code = words["approval" if tender.card else "reference"].format(code=tender.reference)
    digits = words["card_ending"].format(digits=tender.last_digits) if tender.last_digits else ""
    return ", ".join(x for x in (code, digits) if x)


def render_text(receipt: Receipt, *, width: int = 42, money: MoneyFormat | None = None,
                words: Mapping[str, str] | None = None, date: Callable[[datetime], str] | None = None,
                quantity: MoneyFormat | None = None, label: Label | None = None,
                percent: MoneyFormat | None = None) -> list[str]:
    """Fixed-width lines for a thermal printer.

    How it reads is the caller's: ``money``, ``quantity`` and ``percent`` format figures, ``date`` the time,
    ``words`` are the receipt's words (:data:`WORDS`' keys) and ``label`` turns the core's names (payment methods,
    tax rates) into the reader's language; by default plain decimals, ISO dates and English."""
    fmt = money or plain_money(receipt.currency)
    say = {**WORDS, **(words or {})}
    when = date or (lambda t: t.strftime("%Y-%m-%d %H:%M"))
    qty = quantity or (lambda q: format(q.normalize(), "f"))
    pct = percent or (lambda p: f"{p.normalize():f}%")
    name_of = label or (lambda text: text)
    out: list[str] = [h.center(width).rstrip() for h in receipt.header]
    training = say["training"].center(width).rstrip()
    if receipt.training:
        out += ["", training]
    out.append("")
    out.append(_row(say["refund"] if receipt.is_refund else say["receipt"], receipt.receipt_id, width))
    info = [(say["refund_of"], receipt.refund_of), (say["date"], when(receipt.time) if receipt.time else ""),
            (say["approved_by"] if receipt.is_refund else say["cashier"], receipt.cashier),
            (say["station"], receipt.station), (say["customer"], receipt.customer), (say["reason"], receipt.reason)]
    out += [_row(k, v, width) for k, v in info if v]
    out.append("-" * width)
    for line in receipt.lines:
        out.append(_row(line.name, fmt(line.amount), width))
        if line.quantity != 1:
            out.append(f"  {qty(line.quantity)} x {fmt(line.unit_price)}")
        if line.original_price is not None:
            out.append("  " + say["was"].format(price=fmt(line.original_price)))
        if line.discount:
            what = say["discount"] + (f" {pct(line.discount_percentage)}" if line.discount_percentage else "")
            out.append(_row("  " + what, fmt(-line.discount), width))
        out.extend(f"  * {note}" for note in line.notes)
    out.append("-" * width)
    out.append(_row(say["subtotal"], fmt(receipt.subtotal), width))
    if receipt.cart_discount:
        what = f"{say['discount']} {receipt.cart_discount_label}".strip()
        out.append(_row(what, fmt(-receipt.cart_discount), width))
    for fee, amount in receipt.fees:
        out.append(_row(name_of(fee), fmt(amount), width))
    for name, amount in receipt.taxes:
        shown = say["included"].format(tax=name_of(name)) if receipt.taxes_included else name_of(name)
        out.append(_row(shown, fmt(amount), width))
    if receipt.tip:
        out.append(_row(say["tip"], fmt(receipt.tip), width))
    if receipt.rounding:
        out.append(_row(say["rounding"], fmt(receipt.rounding), width))
    total_word = say["refunded"] if receipt.is_refund else say["total"]
    out.append(_row(total_word.format(currency=receipt.currency), fmt(receipt.total), width))
    if receipt.cash_rounding:
        out.append(_row(say["cash_rounding"], fmt(receipt.cash_rounding), width))
    for tender in receipt.tenders:
        out.append(_row(name_of(tender.name), fmt(tender.amount), width))
        ref = tender_note(tender, say)
        if ref:
            out.append(_row("  " + ref, "", width).rstrip())
    if receipt.change:
        out.append(_row(say["change"], fmt(receipt.change), width))
    out.append("")
    if not receipt.is_refund:
        footer = [say["thank_you"] if f == WORDS["thank_you"] else f for f in receipt.footer]
        out.extend(f.center(width).rstrip() for f in footer)
    if receipt.training:
        out += ["", training]
    out.append(receipt.code.center(width).rstrip())  # printed under the QR code's place, for a person to type
    return [part for line in out for part in line.split("\n")]

