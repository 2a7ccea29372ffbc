"""An X or Z report (or a receipt) on screen, with print preview, print and save as PDF on its paper (:mod:`ui.paper`:
Letter or A4 for a report, the receipt roll for a receipt; the same painting for all three)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from ui.paper import Paper, PaperDocument, page_layout, render, save_pdf
from ui.widgets import NoticeLabel, action_button, heading


class ReportView(QWidget):
    """Shows one report's HTML; Back returns to the session screen."""

    back_requested = Signal()
    pdf_saved = Signal(str)

    def __init__(self, pdf_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_folder = pdf_folder
        self.document = QTextDocument(self)
        self.paper_document = PaperDocument("")
        self.paper = Paper.report()
        self.file_stem = "report"
        self._printer: QPrinter | None = None
        self._dialog: QDialog | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.setSpacing(10)
        self.title = heading(self.tr("Report"))
        layout.addWidget(self.title)
        self.browser = QTextBrowser(objectName="reportBrowser")
        self.browser.setAccessibleName(self.tr("Report"))
        self.browser.setDocument(self.document)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.browser, 1)
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.back_button = action_button(self.tr("Back"), "Esc", name="backButton", role="secondary")
        self.back_button.clicked.connect(self.back_requested)
        self.preview_button = action_button(self.tr("Print preview"), "Ctrl+Shift+P", name="previewButton",
                                            role="secondary")
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button = action_button(self.tr("Save as PDF"), "Ctrl+S", name="pdfButton", role="secondary")
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.print_button = action_button(self.tr("Print"), "Ctrl+P", name="printButton")
        self.print_button.clicked.connect(self.print_report)
        row.addWidget(self.back_button)
        row.addStretch(1)
        for button in (self.preview_button, self.pdf_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)

    def show_report(self, title: str, html: str | PaperDocument, file_stem: str, paper: Paper | None = None) -> None:
        """Show a report (``file_stem`` names its PDF; ``paper``: what it prints on, a report's sheet by default)."""
        self.title.setText(title)
        self.paper_document = html if isinstance(html, PaperDocument) else PaperDocument(html)
        self.paper = paper or Paper.report()
        self.paper_document.fill(self.document)
        self.file_stem = file_stem
        self.notice.clear_message()
        self.back_button.setFocus()

    def text(self) -> str:
        """The report as plain text (for tests and screen readers)."""
        return self.document.toPlainText()

    def save_pdf(self, path: Path) -> Path:
        """Write the report as a PDF at ``path``, on its paper."""
        save_pdf(self.paper_document, self.paper, path, title=self.title.text())
        self.notice.show_message(self.tr("Saved {path}").format(path=path), "ok")
        self.pdf_saved.emit(str(path))
        return path

    def _on_pdf_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the report as PDF"), str(self.pdf_folder / f"{self.file_stem}.pdf"),
                             "PDF (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda name: self.save_pdf(Path(name)))
        self._open(dialog)

    def make_printer(self) -> QPrinter:
        """The printer of the preview and the print dialog, set to this document's paper."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(self.title.text())
        self._printer.setPageLayout(page_layout(self.paper_document, self.paper))
        return self._printer

    def paint(self, printer: QPrinter) -> None:
        """Paint the document on ``printer`` (the preview's, the print dialog's) as in the PDF."""
        render(self.paper_document, printer)

    def preview(self) -> QPrintPreviewDialog:
        """The print preview (opened, not exec'd)."""
        dialog = QPrintPreviewDialog(self.make_printer(), self)
        dialog.paintRequested.connect(self.paint)
        self._open(dialog)
        return dialog

    def print_report(self) -> QPrintDialog:
        """The print dialog; prints when accepted."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.paint(printer))
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, never ``exec()``; the keyboard goes back to the main window afterwards."""
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.deleteLater()  # the previous one; deleting a window as it closes steals the focus
        self._dialog = dialog
        dialog.finished.connect(lambda _result: self.window().activateWindow())
        dialog.open()
