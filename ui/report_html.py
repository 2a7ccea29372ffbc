"""The X and Z reports as HTML for a QTextDocument (screen, print, PDF). Pure functions: testable as text.

Both render the same JSON shape: ``SessionFigures.to_json()`` plus the session's header, and for the Z
report the ``counts`` and the closing note, exactly as stored in ``closingReportData``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from html import escape
from typing import Any

from register.services.payments import payment_name
from register.services.reports import SessionFigures
from register.services.sessions import LocalSession
from ui.money_format import MoneyFormatter

OVER_COLOUR = "#0b5394"
SHORT_COLOUR = "#a3120b"


def method_name(key: str) -> str:
    """``cash`` → ``Cash``, ``card`` → ``Card``, ``gift_card`` → ``Gift card`` (the core's payment table)."""
    return payment_name(key)


def x_report_data(session: LocalSession, figures: SessionFigures) -> dict[str, Any]:
    """The X report in the Z report's shape (without counts)."""
    return {"sessionNumber": session.number, "openedBy": session.opened_by, "openTime": session.opened_at,
            **figures.to_json()}


def difference_words(difference: Decimal, fmt: MoneyFormatter) -> tuple[str, str]:
    """("Over $5.00", colour) / ("Short $3.00", colour) / ("Even", "")."""
    if difference > 0:
        return f"Over {fmt.format(difference)}", OVER_COLOUR
    if difference < 0:
        return f"Short {fmt.format(-difference)}", SHORT_COLOUR
    return "Even", ""


def _time(iso: str | None) -> str:
    from ui.home_view import local_time

    return local_time(iso) if iso else "—"


def _row(cells: list[str], *, header: bool = False, bold: bool = False) -> str:
    tag = "th" if header else "td"
    out = []
    for i, cell in enumerate(cells):
        align = "left" if i == 0 else "right"
        text = f"<b>{cell}</b>" if bold else cell
        out.append(f'<{tag} align="{align}">{text}</{tag}>')
    return "<tr>" + "".join(out) + "</tr>"


def _table(rows: list[str]) -> str:
    return ('<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            'style="border-collapse: collapse; border-color: #8a949e;">' + "".join(rows) + "</table>")


def report_html(report: Mapping[str, Any], fmt: MoneyFormatter, *, title: str, station: str = "") -> str:
    """The report as HTML (Z when ``report`` has ``counts``; X otherwise)."""
    def money(value: Any) -> str:
        return escape(fmt.format(Decimal(str(value or "0"))))

    parts = [f"<h1>{escape(title)}</h1>"]
    header = [("Session", escape(str(report.get("sessionNumber", "")))), ("Station", escape(station)),
              ("Opened", f"{_time(report.get('openTime'))} by {escape(str(report.get('openedBy', '')))}")]
    if report.get("closeTime"):
        header.append(("Closed", f"{_time(report.get('closeTime'))} by {escape(str(report.get('closedBy', '')))}"))
    parts.append("<p>" + "<br/>".join(f"<b>{k}:</b> {v}" for k, v in header if v) + "</p>")

    parts.append("<h2>Payment methods</h2>")
    rows = [_row(["Method", "Opening", "Sales", "Refunds", "Cash in", "Cash out", "Expected"], header=True)]
    for key, m in (report.get("methods") or {}).items():
        rows.append(_row([escape(method_name(key)), money(m["opening"]), money(m["sales"]), money(m["refunds"]),
                          money(m["cashIn"]), money(m["cashOut"]), f"<b>{money(m['expected'])}</b>"]))
    parts.append(_table(rows))

    counts = report.get("counts")
    if counts is not None:
        parts.append("<h2>Counted at close</h2>")
        rows = [_row(["Method", "Expected", "Counted", "Over / short"], header=True)]
        for line in counts:
            words, colour = difference_words(Decimal(str(line["difference"])), fmt)
            styled = f'<span style="color: {colour}; font-weight: bold;">{escape(words)}</span>' if colour else words
            rows.append(_row([escape(method_name(line["method"])), money(line["expected"]), money(line["counted"]),
                              styled]))
        parts.append(_table(rows))

    parts.append("<h2>Sales</h2>")
    summary = [("Orders", str(report.get("orderCount", 0))), ("Gross sales", money(report.get("grossSales"))),
               ("Refunds", str(report.get("refundCount", 0))), ("Refunded", money(report.get("refunded"))),
               ("Discounts", money(report.get("discounts"))), ("Tips", money(report.get("tips"))),
               ("Change given", money(report.get("changeGiven"))),
               ("Cash rounding", money(report.get("cashRounding")))]
    parts.append(_table([_row([k, v]) for k, v in summary]))

    parts.append("<h2>Taxes by rate</h2>")
    taxes = report.get("taxes") or {}
    if taxes:
        parts.append(_table([_row(["Rate", "Collected"], header=True)]
                            + [_row([escape(str(label)), money(amount)]) for label, amount in taxes.items()]))
    else:
        parts.append("<p>No tax collected.</p>")
    if report.get("closingNote"):
        parts.append(f"<h2>Closing note</h2><p>{escape(str(report['closingNote']))}</p>")
    return "<html><body style=\"font-family: 'DejaVu Sans', sans-serif;\">" + "".join(parts) + "</body></html>"
