"""Receipts and reports on paper: the page, the layout at printable sizes, PDF, print and print preview.

The documents' HTML gives sizes in points (``font-size: 9pt``) and small paddings in pixels. A document for paper is
laid out on a 72 dpi device, so a point is one layout unit (and so is a pixel: a 2px padding is 2 pt on paper),
with the page set to the printer's paintable rectangle in points; ``QTextDocument.print_`` then scales the layout
onto the printer's real resolution (QPrinter and QPdfWriter run at 1200 dpi). Laid out at the device's own
resolution, the same HTML came out about 1 pt tall.

- **Receipts** go on a roll: a page 80 mm wide (58 mm as a station setting) and exactly as long as the receipt,
  4 mm margins.
- **X and Z reports** go on Letter where CLDR says the country uses it (the US, Canada, Mexico…) and on A4
  everywhere else, 15 mm margins, as many pages as needed.

Save as PDF, Print and Print preview all paint through :func:`render`, so what the preview shows is what the PDF
holds. Pure layout: the HTML and the images come from :mod:`ui.receipt_html` and :mod:`ui.report_html`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ui import i18n

POINTS_PER_MM = 72 / 25.4
RECEIPT_MARGIN_MM = 4.0
REPORT_MARGIN_MM = 15.0
LETTER_COUNTRIES = frozenset(["BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"])
"""CLDR's ``paperSize`` US-Letter territories (supplementalData); every other country uses A4."""
FONT = "DejaVu Sans"
"""The documents' font (installed with the register's system libraries; Qt falls back to any sans-serif)."""


@dataclass(frozen=True)
class Paper:
    """What a document is printed on: a receipt roll of ``width_mm``, or a report's sheet (Letter or A4)."""

    kind: str
    """``receipt`` or ``report``."""
    width_mm: float = 80.0

    @staticmethod
    def receipt(width_mm: float = 80.0) -> Paper:
        return Paper("receipt", width_mm)

    @staticmethod
    def report() -> Paper:
        return Paper("report")


def report_page_size(locale: str | None = None) -> QPageSize:
    """Letter in the countries that use it (the figures' locale's country), A4 elsewhere."""
    country = (locale or i18n.current().locale).partition("_")[2][:2].upper()
    size = QPageSize.PageSizeId.Letter if country in LETTER_COUNTRIES else QPageSize.PageSizeId.A4
    return QPageSize(size)


@dataclass
class PaperDocument:
    """A document's HTML and images (the receipt's QR code), made into a QTextDocument for screen or paper."""

    html: str
    images: Mapping[str, QImage] = field(default_factory=dict)

    def fill(self, document: QTextDocument) -> QTextDocument:
        """Put the images and the HTML into ``document`` (the screen's, or one made for paper)."""
        for name, image in self.images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        document.setHtml(self.html)
        return document

    def for_paper(self, width_pt: float) -> QTextDocument:
        """A new document laid out in points, ``width_pt`` wide."""
        document = QTextDocument()
        document.setUseDesignMetrics(True)  # glyph widths as on the printer, not hinted for a screen
        document.documentLayout().setPaintDevice(_points_device())
        document.setDefaultFont(QFont(FONT, 9))
        document.setDocumentMargin(0)
        self.fill(document)
        document.setTextWidth(width_pt)
        return document


_device: QImage | None = None


def _points_device() -> QImage:
    """A 72 dpi paint device: laid out on it, a point of the HTML is one unit."""
    global _device
    if _device is None:
        _device = QImage(1, 1, QImage.Format.Format_RGB32)
        _device.setDotsPerMeterX(2835)  # 72 dpi
        _device.setDotsPerMeterY(2835)
    return _device


def page_layout(document: PaperDocument, paper: Paper) -> QPageLayout:
    """The page ``document`` is printed on: the roll cut to the receipt's length, or Letter/A4."""
    if paper.kind == "report":
        margins = QMarginsF(REPORT_MARGIN_MM, REPORT_MARGIN_MM, REPORT_MARGIN_MM, REPORT_MARGIN_MM)
        return QPageLayout(report_page_size(), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    text_width = (paper.width_mm - 2 * RECEIPT_MARGIN_MM) * POINTS_PER_MM
    height_mm = document.for_paper(text_width).size().height() / POINTS_PER_MM + 2 * RECEIPT_MARGIN_MM + 2
    size = QPageSize(QSizeF(paper.width_mm, height_mm), QPageSize.Unit.Millimeter,
                     f"Receipt {paper.width_mm:g} mm", QPageSize.SizeMatchPolicy.ExactMatch)
    margins = QMarginsF(RECEIPT_MARGIN_MM, RECEIPT_MARGIN_MM, RECEIPT_MARGIN_MM, RECEIPT_MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def render(document: PaperDocument, device: QPagedPaintDevice) -> None:
    """Paint ``document`` on ``device`` (a PDF writer, a printer, the print preview's printer) with the page the
    device has: laid out in points over its paintable rectangle, then scaled to its resolution."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    paper = document.for_paper(rect.width())
    paper.setPageSize(QSizeF(rect.width(), rect.height()))
    paper.print_(device)


def save_pdf(document: PaperDocument, paper: Paper, path: Path, *, title: str = "") -> Path:
    """Write ``document`` as a PDF on its paper."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Register")
    writer.setPageLayout(page_layout(document, paper))
    render(document, writer)
    del writer  # finishes the file
    return path


def qr_image(text: str, *, module: int = 4) -> QImage:
    """``text`` as a QR code (error correction M, a quiet zone of 4 modules), ``module`` pixels a module."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * module
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * module, y * module, module, module, black)
    painter.end()
    return image
