"""A receipt or refund slip (``register.receipts.Receipt``) as HTML for a QTextDocument (the screen preview, print and
PDF), and as the thermal printer's lines, both in the screens' language with every figure and date the locale's way.

Pure: the content is the core's (:func:`register.receipts.build_receipt`, :func:`~register.receipts.build_refund_slip`);
only the layout, the words and the way figures read (Babel, through :class:`MoneyFormatter` and :mod:`ui.i18n`) are
decided here. Sizes are in points (body 9 pt): :mod:`ui.paper` lays the document out in points on paper.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from register.printing import PrinterSpec, Slip
from register.receipt_text import WORDS, render_text, tender_note
from register.receipts import PAYMENT_NAMES, Receipt
from ui import i18n
from ui.money_format import MoneyFormatter
from ui.paper import PaperDocument, qr_image
from ui.report_html import tax_label
from ui.words import method_words

translate = QCoreApplication.translate
_KEY_OF_NAME = {name: key for key, name in PAYMENT_NAMES.items()}
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
CODE_IMAGE = "receipt-code"
"""The document resource holding the receipt's QR code."""
GREY = "#39424c"


def training_mark() -> str:
    """What every receipt and report made in demo mode says."""
    return translate("Receipt", "TRAINING — NOT A SALE")


def receipt_words() -> dict[str, str]:
    """The receipt's words (:data:`register.receipt_text.WORDS`) in the screens' language."""
    return {
        "receipt": translate("Receipt", "Receipt"), "refund": translate("Receipt", "REFUND"),
        "date": translate("Receipt", "Date"), "cashier": translate("Receipt", "Cashier"),
        "station": translate("Receipt", "Station"), "customer": translate("Receipt", "Customer"),
        "subtotal": translate("Receipt", "Subtotal"), "discount": translate("Receipt", "Discount"),
        "tip": translate("Receipt", "Tip"), "total": translate("Receipt", "TOTAL {currency}"),
        "cash_rounding": translate("Receipt", "Cash rounding"), "change": translate("Receipt", "Change"),
        "thank_you": translate("Receipt", "Thank you!"), "was": translate("Receipt", "was {price}"),
        "rounding": translate("Receipt", "Rounding"), "included": translate("Receipt", "{tax} (included)"),
        "approval": translate("Receipt", "Approval {code}"), "reference": translate("Receipt", "Ref. {code}"),
        "card_ending": translate("Receipt", "card ending {digits}"),
        "refund_of": translate("Receipt", "Refund of"), "reason": translate("Receipt", "Reason"),
        "approved_by": translate("Receipt", "Approved by"), "refunded": translate("Receipt", "REFUNDED {currency}"),
        "training": training_mark(),
    }


def receipt_label(name: str) -> str:
    """A name the core put on the receipt, for the reader: a payment method ("Gift card"), a tax rate
    ("TX State 6.25%" with the locale's percentage), a fee ("Fee")."""
    key = _KEY_OF_NAME.get(name)
    if key is not None:
        return method_words(key)
    if name == "Fee":
        return translate("Receipt", "Fee")
    return tax_label(name)


def receipt_lines(receipt: Receipt, fmt: MoneyFormatter, width: int = 42) -> list[str]:
    """The ESC/POS printer's lines: the amounts without the symbol (the total line names the currency)."""
    lines = render_text(receipt, width=width, money=fmt.number, words=receipt_words(), date=i18n.date_time,
                        quantity=i18n.quantity, label=receipt_label, percent=i18n.percent)
    return [line.translate(_PLAIN_SPACES) for line in lines]  # a thermal printer's code pages have no such spaces


def receipt_slip(receipt: Receipt, fmt: MoneyFormatter, spec: PrinterSpec) -> Slip:
    """What the receipt printer prints: the lines for its paper and the receipt id for the QR code."""
    return Slip(tuple(receipt_lines(receipt, fmt, spec.columns)), receipt.code)


def _row(left: str, right: str = "", *, size: str = "", indent: bool = False, info: bool = False) -> str:
    """A row: its label (never broken inside a word) and its figure (never wrapped), or, for ``info``, a value that may
    wrap (a receipt id breaks after its hyphens on a 58 mm roll)."""
    style = f" style='font-weight:700; font-size:{size}'" if size else ""
    pad = f"padding-left:10px; color:{GREY}; font-size:8pt;" if indent else ""
    keep = "" if info else "white-space:nowrap; "
    cell = f"<td align='right' style='{keep}{pad}'>{escape(right)}</td>" if right else "<td>&nbsp;</td>"
    label = "white-space:nowrap; " if info and not indent else ""
    return f"<tr{style}><td style='{label}{pad}'>{escape(left)}</td>{cell}</tr>"


def _table(rows: list[str]) -> str:
    return "<table width='100%' cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"


def _mark() -> str:
    return (f"<p align='center' style='margin:4px 0; font-size:11pt; font-weight:700; color:#a3120b'>"
            f"{escape(training_mark())}</p>")


def receipt_html(receipt: Receipt, fmt: MoneyFormatter) -> str:
    """The receipt, narrow like the paper one, every figure formatted the local way; its QR code is the image
    :data:`CODE_IMAGE` (see :func:`receipt_document`)."""
    say = receipt_words()
    parts = ["<div style='font-size:9pt'>"]
    for n, line in enumerate(receipt.header):
        size = "12pt; font-weight:700" if n == 0 else "8pt"
        parts.append(f"<p align='center' style='margin:0; font-size:{size}'>{escape(line)}</p>")
    if receipt.training:
        parts.append(_mark())
    info = [(say["refund"] if receipt.is_refund else say["receipt"], receipt.receipt_id),
            (say["refund_of"], receipt.refund_of)]
    if receipt.time is not None:
        info.append((say["date"], i18n.date_time(receipt.time)))
    info += [(say["approved_by"] if receipt.is_refund else say["cashier"], receipt.cashier),
             (say["station"], receipt.station), (say["customer"], receipt.customer), (say["reason"], receipt.reason)]
    rule = "<hr width='100%'/>"
    parts.append("<p style='margin:4px 0 0 0'></p>" + _table([_row(k, v, info=True) for k, v in info if v]) + rule)
    rows: list[str] = []
    for line in receipt.lines:
        rows.append(_row(line.name, fmt.format(line.amount)))
        if line.quantity != 1:
            rows.append(_row(f"{i18n.quantity(line.quantity)} × {fmt.format(line.unit_price)}", indent=True))
        if line.original_price is not None:
            rows.append(_row(say["was"].format(price=fmt.format(line.original_price)), indent=True))
        if line.discount:
            what = say["discount"] + (f" {i18n.percent(line.discount_percentage)}" if line.discount_percentage else "")
            rows.append(_row(what, fmt.format(-line.discount), indent=True))
        rows += [_row(f"* {note}", indent=True) for note in line.notes]
    parts.append(_table(rows) + "<hr width='100%'/>")
    rows = [_row(say["subtotal"], fmt.format(receipt.subtotal))]
    if receipt.cart_discount:
        what = f"{say['discount']} {receipt.cart_discount_label}".strip()
        rows.append(_row(what, fmt.format(-receipt.cart_discount)))
    rows += [_row(receipt_label(label), fmt.format(amount)) for label, amount in receipt.fees]
    for name, amount in receipt.taxes:
        shown = say["included"].format(tax=receipt_label(name)) if receipt.taxes_included else receipt_label(name)
        rows.append(_row(shown, fmt.format(amount)))
    if receipt.tip:
        rows.append(_row(say["tip"], fmt.format(receipt.tip)))
    if receipt.rounding:
        rows.append(_row(say["rounding"], fmt.format(receipt.rounding)))
    total = translate("Receipt", "Refunded {currency}") if receipt.is_refund else translate("Receipt",
                                                                                            "Total {currency}")
    rows.append(_row(total.format(currency=receipt.currency), fmt.format(receipt.total), size="11pt"))
    if receipt.cash_rounding:
        rows.append(_row(say["cash_rounding"], fmt.format(receipt.cash_rounding)))
    for tender in receipt.tenders:
        rows.append(_row(receipt_label(tender.name), fmt.format(tender.amount)))
        ref = tender_note(tender, say)
        if ref:
            rows.append(_row(ref, indent=True))
    if receipt.change > Decimal(0):
        rows.append(_row(say["change"], fmt.format(receipt.change), size="11pt"))
    parts.append(_table(rows))
    if not receipt.is_refund:
        footer = [say["thank_you"] if f == WORDS["thank_you"] else f for f in receipt.footer]
        parts += [f"<p align='center' style='margin-top:8px'>{escape(f)}</p>" for f in footer]
    if receipt.code:
        parts.append(f"<p align='center' style='margin-top:6px'><img src='{CODE_IMAGE}' width='80' height='80'/>"
                     f"<br/><span style='font-size:8pt'>{escape(receipt.code)}</span></p>")
    if receipt.training:
        parts.append(_mark())
    parts.append("</div>")
    return "".join(parts)


def receipt_document(receipt: Receipt, fmt: MoneyFormatter) -> PaperDocument:
    """The receipt's HTML with its QR code (the receipt id, scanned back for a return)."""
    images = {CODE_IMAGE: qr_image(receipt.code)} if receipt.code else {}
    return PaperDocument(receipt_html(receipt, fmt), images)
