"""A receipt (``register.receipts.Receipt``) as HTML for a QTextDocument: the screen preview, print and PDF.

Pure: the content is the core's (:func:`register.receipts.build_receipt`); only the layout and the way
money reads (QLocale, through :class:`MoneyFormatter`) are decided here.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from register.receipts import Receipt
from ui.money_format import MoneyFormatter


def _row(left: str, right: str, *, bold: bool = False, indent: bool = False) -> str:
    style = " style='font-weight:700; font-size:17px'" if bold else ""
    pad = "padding-left:18px; color:#39424c;" if indent else ""
    return (f"<tr{style}><td style='{pad}'>{escape(left)}</td>"
            f"<td align='right' style='white-space:nowrap'>{escape(right)}</td></tr>")


def receipt_html(receipt: Receipt, fmt: MoneyFormatter) -> str:
    """The receipt, narrow like the paper one, every figure formatted the local way."""
    parts = ["<div style='font-size:15px'>"]
    for n, line in enumerate(receipt.header):
        size = "19px; font-weight:700" if n == 0 else "14px"
        parts.append(f"<p align='center' style='margin:0; font-size:{size}'>{escape(line)}</p>")
    info = [("REFUND" if receipt.is_refund else "Receipt", receipt.receipt_id)]
    if receipt.time is not None:
        info.append(("Date", receipt.time.strftime("%Y-%m-%d %H:%M")))
    info += [(k, v) for k, v in (("Cashier", receipt.cashier), ("Station", receipt.station)) if v]
    parts.append("<table width='100%' cellspacing='0' cellpadding='2' style='margin-top:10px'>")
    parts += [_row(k, v) for k, v in info]
    parts.append("</table><hr/><table width='100%' cellspacing='0' cellpadding='2'>")
    for line in receipt.lines:
        parts.append(_row(line.name, fmt.format(line.total)))
        if line.quantity != 1:
            parts.append(_row(f"{line.quantity.normalize():f} × {fmt.format(line.unit_price)}", "", indent=True))
        parts += [_row(f"* {note}", "", indent=True) for note in line.notes]
    parts.append("</table><hr/><table width='100%' cellspacing='0' cellpadding='2'>")
    parts.append(_row("Subtotal", fmt.format(receipt.subtotal)))
    if receipt.discounts:
        parts.append(_row("Discounts", fmt.format(-receipt.discounts)))
    parts += [_row(label, fmt.format(amount)) for label, amount in receipt.fees]
    parts += [_row(name, fmt.format(amount)) for name, amount in receipt.taxes]
    if receipt.tip:
        parts.append(_row("Tip", fmt.format(receipt.tip)))
    parts.append(_row(f"Total {receipt.currency}", fmt.format(receipt.total), bold=True))
    if receipt.cash_rounding:
        parts.append(_row("Cash rounding", fmt.format(receipt.cash_rounding)))
    parts += [_row(name, fmt.format(amount)) for name, amount in receipt.tenders]
    if receipt.change > Decimal(0):
        parts.append(_row("Change", fmt.format(receipt.change), bold=True))
    parts.append("</table>")
    parts += [f"<p align='center' style='margin-top:12px'>{escape(f)}</p>" for f in receipt.footer]
    parts.append("</div>")
    return "".join(parts)
