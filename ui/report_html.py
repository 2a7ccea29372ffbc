"""The X and Z reports as HTML for a QTextDocument (screen, print, PDF). Pure functions: testable as text.

Both render the same JSON shape: ``SessionFigures.to_json()`` plus the session's header, and for the Z
report the ``counts`` and the closing note, exactly as stored in ``closingReportData``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from register.services.reports import SessionFigures
from register.services.sessions import LocalSession
from ui import i18n
from ui.money_format import MoneyFormatter
from ui.words import method_words

translate = QCoreApplication.translate

OVER_COLOUR = "#0b5394"
_RATE = re.compile(r"^(?P<name>.*?)\s*(?P<rate>-?\d+(?:\.\d+)?)\s*%$")
SHORT_COLOUR = "#a3120b"
H2 = '<h2 style="font-size: 12pt;">'



def method_name(key: str) -> str:
    """``cash`` → ``Cash``, ``card`` → ``Card``, ``gift_card`` → ``Gift card`` (the core's payment table)."""
    return method_words(key)


def x_report_data(session: LocalSession, figures: SessionFigures) -> dict[str, Any]:
    """The X report in the Z report's shape (without counts)."""
    return {"sessionNumber": session.number, "openedBy": session.opened_by, "openTime": session.opened_at,
            **figures.to_json()}


def difference_words(difference: Decimal, fmt: MoneyFormatter) -> tuple[str, str]:
    """("Over $5.00", colour) / ("Short $3.00", colour) / ("Even", "")."""
    if difference > 0:
        return translate("Reports", "Over {amount}").format(amount=fmt.format(difference)), OVER_COLOUR
    if difference < 0:
        return translate("Reports", "Short {amount}").format(amount=fmt.format(-difference)), SHORT_COLOUR
    return translate("Reports", "Even"), ""


def tax_label(label: str) -> str:
    """A rate's label from the core (``TX State 6.25%``) with its percentage the locale's way (``6,25 %``)."""
    found = _RATE.match(label)
    if found is None:
        return label
    return f"{found['name']} {i18n.percent(Decimal(found['rate']))}".strip()


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
    return ('<table width="100%" cellspacing="0" cellpadding="3" border="1" '
            'style="border-collapse: collapse; border-color: #8a949e; font-size: 9pt;">' + "".join(rows) + "</table>")


def training_banner() -> str:
    """The demo (training) mode mark, as on the receipts."""
    mark = escape(translate("Receipt", "TRAINING — NOT A SALE"))
    return f'<p align="center" style="font-size: 13pt; font-weight: bold; color: #a3120b;">{mark}</p>'


def report_html(report: Mapping[str, Any], fmt: MoneyFormatter, *, title: str, station: str = "",
                training: bool = False) -> str:
    """The report as HTML (Z when ``report`` has ``counts``; X otherwise); sizes in points (body 10 pt), for
    :mod:`ui.paper`. ``training``: made in demo mode, marked so at the top and the bottom."""
    def money(value: Any) -> str:
        return escape(fmt.format(Decimal(str(value or "0"))))

    parts = [training_banner()] if training else []
    parts.append(f'<h1 style="font-size: 16pt;">{escape(title)}</h1>')
    by = translate("Reports", "{time} by {name}")
    header = [(translate("Reports", "Session"), escape(str(report.get("sessionNumber", "")))),
              (translate("Reports", "Station"), escape(station)),
              (translate("Reports", "Opened"), by.format(time=_time(report.get("openTime")),
                                                         name=escape(str(report.get("openedBy", "")))))]
    if report.get("closeTime"):
        header.append((translate("Reports", "Closed"), by.format(time=_time(report.get("closeTime")),
                                                                 name=escape(str(report.get("closedBy", ""))))))
    parts.append("<p>" + "<br/>".join(f"<b>{k}:</b> {v}" for k, v in header if v) + "</p>")

    parts.append(H2 + translate("Reports", "Payment methods") + "</h2>")
    rows = [_row([translate("Reports", "Method"), translate("Reports", "Opening"), translate("Reports", "Sales"),
                  translate("Reports", "Refunds"), translate("Reports", "Cash in"), translate("Reports", "Cash out"),
                  translate("Reports", "Expected")], header=True)]
    for key, m in (report.get("methods") or {}).items():
        rows.append(_row([escape(method_name(key)), money(m["opening"]), money(m["sales"]), money(m["refunds"]),
                          money(m["cashIn"]), money(m["cashOut"]), f"<b>{money(m['expected'])}</b>"]))
    parts.append(_table(rows))

    counts = report.get("counts")
    if counts is not None:
        parts.append(H2 + translate("Reports", "Counted at close") + "</h2>")
        rows = [_row([translate("Reports", "Method"), translate("Reports", "Expected"), translate("Reports", "Counted"),
                      translate("Reports", "Over / short")], header=True)]
        for line in counts:
            words, colour = difference_words(Decimal(str(line["difference"])), fmt)
            styled = f'<span style="color: {colour}; font-weight: bold;">{escape(words)}</span>' if colour else words
            rows.append(_row([escape(method_name(line["method"])), money(line["expected"]), money(line["counted"]),
                              styled]))
        parts.append(_table(rows))

    parts.append(H2 + translate("Reports", "Sales") + "</h2>")
    summary = [(translate("Reports", "Orders"), i18n.quantity(Decimal(str(report.get("orderCount", 0))))),
               (translate("Reports", "Gross sales"), money(report.get("grossSales"))),
               (translate("Reports", "Refunds"), i18n.quantity(Decimal(str(report.get("refundCount", 0))))),
               (translate("Reports", "Refunded"), money(report.get("refunded"))),
               (translate("Reports", "Discounts"), money(report.get("discounts"))),
               (translate("Reports", "Tips"), money(report.get("tips"))),
               (translate("Reports", "Change given"), money(report.get("changeGiven"))),
               (translate("Reports", "Cash rounding"), money(report.get("cashRounding")))]
    parts.append(_table([_row([k, v]) for k, v in summary]))

    parts.append(H2 + translate("Reports", "Taxes by rate") + "</h2>")
    taxes = report.get("taxes") or {}
    if taxes:
        rows = [_row([translate("Reports", "Rate"), translate("Reports", "Collected")], header=True)]
        rows += [_row([escape(tax_label(str(label))), money(amount)]) for label, amount in taxes.items()]
        parts.append(_table(rows))
    else:
        parts.append("<p>" + translate("Reports", "No tax collected.") + "</p>")
    if report.get("closingNote"):
        note = escape(str(report["closingNote"]))
        parts.append(H2 + translate("Reports", "Closing note") + f"</h2><p>{note}</p>")
    if training:
        parts.append(training_banner())
    return ("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;\">" + "".join(parts)
            + "</body></html>")
