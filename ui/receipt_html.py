"""A receipt (``register.receipts.Receipt``) as HTML for a QTextDocument (the screen preview, print and PDF), and as
the thermal printer's lines, both in the screens' language with every figure and date the locale's way.

Pure: the content is the core's (:func:`register.receipts.build_receipt`); only the layout, the words and the way
figures read (Babel, through :class:`MoneyFormatter` and :mod:`ui.i18n`) are decided here.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from register.receipts import PAYMENT_NAMES, WORDS, Receipt, render_text
from ui import i18n
from ui.money_format import MoneyFormatter
from ui.report_html import tax_label
from ui.words import method_words

translate = QCoreApplication.translate
_KEY_OF_NAME = {name: key for key, name in PAYMENT_NAMES.items()}
_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def receipt_words() -> dict[str, str]:
    """The receipt's words (:data:`register.receipts.WORDS`) in the screens' language."""
    return {
        "receipt": translate("Receipt", "Receipt"), "refund": translate("Receipt", "REFUND"),
        "date": translate("Receipt", "Date"), "cashier": translate("Receipt", "Cashier"),
        "station": translate("Receipt", "Station"), "subtotal": translate("Receipt", "Subtotal"),
        "discounts": translate("Receipt", "Discounts"), "tip": translate("Receipt", "Tip"),
        "total": translate("Receipt", "TOTAL {currency}"), "cash_rounding": translate("Receipt", "Cash rounding"),
        "change": translate("Receipt", "Change"), "thank_you": translate("Receipt", "Thank you!"),
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
                        quantity=i18n.quantity, label=receipt_label)
    return [line.translate(_PLAIN_SPACES) for line in lines]  # a thermal printer's code pages have no such spaces


def _row(left: str, right: str, *, bold: bool = False, indent: bool = False) -> str:
    style = " style='font-weight:700; font-size:17px'" if bold else ""
    pad = "padding-left:18px; color:#39424c;" if indent else ""
    return (f"<tr{style}><td style='{pad}'>{escape(left)}</td>"
            f"<td align='right' style='white-space:nowrap'>{escape(right)}</td></tr>")


def receipt_html(receipt: Receipt, fmt: MoneyFormatter) -> str:
    """The receipt, narrow like the paper one, every figure formatted the local way."""
    say = receipt_words()
    parts = ["<div style='font-size:15px'>"]
    for n, line in enumerate(receipt.header):
        size = "19px; font-weight:700" if n == 0 else "14px"
        parts.append(f"<p align='center' style='margin:0; font-size:{size}'>{escape(line)}</p>")
    info = [(say["refund"] if receipt.is_refund else say["receipt"], receipt.receipt_id)]
    if receipt.time is not None:
        info.append((say["date"], i18n.date_time(receipt.time)))
    info += [(k, v) for k, v in ((say["cashier"], receipt.cashier), (say["station"], receipt.station)) if v]
    parts.append("<table width='100%' cellspacing='0' cellpadding='2' style='margin-top:10px'>")
    parts += [_row(k, v) for k, v in info]
    parts.append("</table><hr/><table width='100%' cellspacing='0' cellpadding='2'>")
    for line in receipt.lines:
        parts.append(_row(line.name, fmt.format(line.total)))
        if line.quantity != 1:
            parts.append(_row(f"{i18n.quantity(line.quantity)} × {fmt.format(line.unit_price)}", "", indent=True))
        parts += [_row(f"* {note}", "", indent=True) for note in line.notes]
    parts.append("</table><hr/><table width='100%' cellspacing='0' cellpadding='2'>")
    parts.append(_row(say["subtotal"], fmt.format(receipt.subtotal)))
    if receipt.discounts:
        parts.append(_row(say["discounts"], fmt.format(-receipt.discounts)))
    parts += [_row(receipt_label(label), fmt.format(amount)) for label, amount in receipt.fees]
    parts += [_row(receipt_label(name), fmt.format(amount)) for name, amount in receipt.taxes]
    if receipt.tip:
        parts.append(_row(say["tip"], fmt.format(receipt.tip)))
    total = translate("Receipt", "Total {currency}").format(currency=receipt.currency)
    parts.append(_row(total, fmt.format(receipt.total), bold=True))
    if receipt.cash_rounding:
        parts.append(_row(say["cash_rounding"], fmt.format(receipt.cash_rounding)))
    parts += [_row(receipt_label(name), fmt.format(amount)) for name, amount in receipt.tenders]
    if receipt.change > Decimal(0):
        parts.append(_row(say["change"], fmt.format(receipt.change), bold=True))
    parts.append("</table>")
    footer = [say["thank_you"] if f == WORDS["thank_you"] else f for f in receipt.footer]
    parts += [f"<p align='center' style='margin-top:12px'>{escape(f)}</p>" for f in footer]
    parts.append("</div>")
    return "".join(parts)
