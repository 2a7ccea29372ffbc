"""After a sale: the change due in large type and the receipt, to print, preview, save as PDF or reprint.

The next customer's first scan, straight from this screen, starts the next sale (the cashier never has
to leave it by hand); Esc does the same without a scan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.paper import Paper, PaperDocument
from ui.report_view import ReportView
from ui.scanner import BarcodeScanner
from ui.widgets import PlainLabel, action_button, key_text


class ReceiptView(ReportView):
    """The last sale's receipt; ``reprint_requested`` sends it to the receipt printer again."""

    reprint_requested = Signal()
    code_scanned = Signal(str)

    def __init__(self, pdf_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(pdf_folder, parent)
        self.setObjectName("receiptView")
        self.change_label = PlainLabel(objectName="changeDue")
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = self.layout()
        layout.insertWidget(1, self.change_label)  # type: ignore[attr-defined]
        self.browser.setMaximumWidth(520)
        self.browser.setAccessibleName(self.tr("Receipt"))
        self.back_button.setText(self.tr("New sale") + "  " + key_text("Esc"))
        self.back_button.setShortcut(QKeySequence("Esc"))  # setText() replaced it with the text's mnemonic
        self.back_button.setToolTip(self.tr("New sale (Esc), or scan the next item"))
        self.reprint_button = action_button(self.tr("Print receipt again"), "F7", name="reprintButton",
                                            role="secondary")
        self.reprint_button.clicked.connect(self.reprint_requested)
        self.reprint_button.hide()
        buttons = layout.itemAt(layout.count() - 1).layout()  # type: ignore[union-attr]
        assert isinstance(buttons, QHBoxLayout)
        buttons.insertWidget(2, self.reprint_button)
        self.scanner = BarcodeScanner(self)
        self.scanner.scanned.connect(self.code_scanned)

    def show_receipt(self, title: str, html: str | PaperDocument, file_stem: str, change: str, *, printer: bool,
                     paper: Paper | None = None) -> None:
        """Show a receipt; ``change`` is the change due in words ("" for none); ``paper``: the roll (80 mm)."""
        self.show_report(title, html, file_stem, paper or Paper.receipt())
        self.change_label.setText(change)
        self.change_label.setVisible(bool(change))
        self.reprint_button.setVisible(printer)

    def show_printer_message(self, text: str, kind: str = "error") -> None:
        """How the receipt printer did (never a modal box); Reprint is at hand."""
        self.notice.show_message(text, kind)
        if kind == "error":
            self.reprint_button.show()

