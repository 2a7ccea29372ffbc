"""The GUI's rendering for the support commands ``register receipt`` and ``register report``: the same HTML, words,
figures and paper as the screens', without a window. Imported only by those two commands, and only once they have
something to render (their ``--help`` and their refusals stay Qt-free).

Qt runs on the offscreen platform unless a display is asked for (``QT_QPA_PLATFORM``), so the commands work on a
till whose screen is broken and over SSH.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from register.printing import PrinterSpec, Slip
from register.receipts import Receipt


def start(language: str | None) -> None:
    """A QGuiApplication (fonts, PDF) with the station's language and the figures' locale."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ui import i18n

    if QGuiApplication.instance() is None:
        QGuiApplication(["register"])
    i18n.apply(language)


def _fmt(currency: str) -> Any:
    from ui.money_format import MoneyFormatter

    return MoneyFormatter(currency)


def receipt_pdf(receipt: Receipt, path: Path, *, paper_mm: int) -> Path:
    """The receipt as a PDF on its roll, as Save as PDF writes it."""
    from ui.paper import Paper, save_pdf
    from ui.receipt_html import receipt_document

    title = f"Receipt {receipt.receipt_id}"
    return save_pdf(receipt_document(receipt, _fmt(receipt.currency)), Paper.receipt(paper_mm), path, title=title)


def receipt_slip(receipt: Receipt, spec: PrinterSpec) -> Slip:
    """The receipt printer's lines in the station's language, and the code for the QR."""
    from ui.receipt_html import receipt_slip as slip

    return slip(receipt, _fmt(receipt.currency), spec)


def report_pdf(report: dict[str, Any], path: Path, *, currency: str, kind: str, station: str,
               training: bool) -> Path:
    """An X or Z report as a PDF on Letter or A4, as the report screen's Save as PDF writes it."""
    from PySide6.QtCore import QCoreApplication

    from ui.paper import Paper, PaperDocument, save_pdf
    from ui.report_html import report_html

    number = str(report.get("sessionNumber") or "")
    title = (QCoreApplication.translate("SessionFlow", "Z report — {number}") if kind == "z"
             else QCoreApplication.translate("SessionFlow", "X report — {number}")).format(number=number)
    html = report_html(report, _fmt(currency), title=title, station=station, training=training)
    return save_pdf(PaperDocument(html), Paper.report(), path, title=title)
