"""A refund against one order: how many of each line come back, to the original tender or in cash, why,
and a manager's approval. The amounts are the core's (proportional to what was paid).

Scanning another receipt's QR code while the dialog is open switches to that sale's refund
(``receipt_scanned``); the dialog says where the sale was made (this session, an earlier session of this
station, another till of the store)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLineEdit, QScrollArea, QWidget

from register.services.sale_record import SaleRecord
from ui import i18n
from ui.form_dialog import FormDialog
from ui.money_format import MoneyFormatter
from ui.scanner import BarcodeScanner
from ui.widgets import form_layout

translate = QCoreApplication.translate


def where_words(where: str) -> str:
    """Where a sale was made, for the refund dialog."""
    return {"session": translate("RefundDialog", "Sold in this session."),
            "station": translate("RefundDialog", "Sold in an earlier session of this station."),
            "store": translate("RefundDialog", "Sold at another till of the store (found on Final POS).")
            }.get(where, "")


class RefundDialog(FormDialog):
    """One quantity field per line of the order (0: not refunded), a reason, manager and PIN."""

    receipt_scanned = Signal(str)
    """Another receipt's code, scanned while the dialog is open."""

    def __init__(self, receipt_id: str, sale: SaleRecord, fmt: MoneyFormatter, parent: QWidget | None = None,
                 *, manager: str = "", where: str = "") -> None:
        guidance = translate("RefundDialog", "How many of each line come back? 0 keeps the line. The money goes "
                             "back to the original payment (cards first) unless you tick cash. Scan another "
                             "receipt to refund that sale instead.")
        if where:
            guidance = where_words(where) + " " + guidance
        super().__init__(translate("RefundDialog", "Refund {receipt}").format(receipt=receipt_id), guidance,
                         translate("RefundDialog", "Refund"), parent)
        self.setObjectName("refundDialog")
        self.receipt_id = receipt_id
        self.where = where
        self.fmt = fmt
        self.line_count = 0
        # the order's lines scroll when there are many: the dialog fits a 1024×768 screen with its PIN pad
        lines = QWidget(objectName="refundLines")
        lines_form = form_layout()
        lines.setLayout(lines_form)
        for i, line in enumerate(sale.lines):  # in the refund service's index order
            name = (line.name or self.tr("Item")).replace("&", "&&")  # not a mnemonic
            label = self.tr("{name}  (sold {quantity}, {total})").format(
                name=name, quantity=i18n.quantity(line.quantity.normalize()), total=fmt.format(line.total))
            edit = QLineEdit("0", objectName=f"line_{i}")
            edit.returnPressed.connect(self._on_return)
            lines_form.addRow(label, edit)
            self.fields[f"line_{i}"] = edit
            self.line_count += 1
        scroll = QScrollArea(objectName="refundLinesScroll")
        scroll.setWidget(lines)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMaximumHeight(4 * 52)
        scroll.setMinimumHeight(min(self.line_count, 3) * 52)
        self.form.addRow(scroll)
        self.add_field("reason", self.tr("&Reason"), placeholder=self.tr("damaged, wrong size…"))
        self.to_cash = QCheckBox(self.tr("Give the money back in &cash"), objectName="toCashCheck")
        self.form.addRow(self.to_cash)
        self.add_fields_row([("manager", self.tr("&Manager")), ("pin", self.tr("&PIN"))], pins=("pin",),
                            text={"manager": manager})
        self._add_pin_pad(decimal=True)  # the pad types the quantities too (a weighed line comes back in part)
        self.scanner = BarcodeScanner(self)
        self.scanner.scanned.connect(self.receipt_scanned)

    def quantities(self) -> dict[int, str]:
        """Line index → quantity typed, for the lines not left at 0."""
        values = self.values()
        out = {}
        for i in range(self.line_count):
            text = values[f"line_{i}"]
            plain = self.fmt.parse(text)
            if plain and plain not in ("0", "0.0", "0.00"):
                out[i] = plain
        return out
