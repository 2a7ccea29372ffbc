"""Receipts after each sale: the preview screen, Qt printing and PDF, and the ESC/POS receipt printer.

The receipt printer is the station setting ``printer`` (``tcp://HOST:9100``, ``serial://…``, ``usb://…``),
set by a manager from the home screen. Printing runs on a worker thread (``print_receipt_async``) and never
blocks or undoes the sale: a problem is said under the receipt, with a button to print it again. The
drawer opens with the receipt of a cash sale, never with a reprint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from register.printing import parse_printer, print_receipt_async
from register.receipts import Receipt
from register.services.checkout import CompletedSale
from register.store.records import get_setting, set_setting
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.home_view import SessionHomeView
from ui.payment_flow import PaymentFlow
from ui.receipt_html import receipt_html, receipt_lines
from ui.receipt_view import ReceiptView

translate = QCoreApplication.translate

PRINTER = "printer"
"""The station setting naming the receipt printer (None: no receipt printer)."""


class PrinterDialog(FormDialog):
    """A manager sets (or clears) the receipt printer."""

    def __init__(self, current: str, parent: Any = None, *, manager: str = "") -> None:
        super().__init__(translate("PrinterDialog", "Receipt printer"),
                         translate("PrinterDialog", "The ESC/POS receipt printer: tcp://HOST:9100 (network), "
                                   "serial:///dev/ttyUSB0 or usb://VENDOR:PRODUCT; empty for none. A manager "
                                   "approves."), translate("PrinterDialog", "Save printer"), parent)
        self.setObjectName("printerDialog")
        self.add_field("printer", self.tr("P&rinter"), text=current, placeholder="tcp://192.0.2.10:9100")
        self.add_field("manager", self.tr("&Manager"), text=manager)
        self.add_field("pin", self.tr("&PIN"), pin=True)


class ReceiptFlow:
    """Owns the receipt screen and the receipt printer setting."""

    def __init__(self, payment: PaymentFlow, home: SessionHomeView, pdf_folder: Path) -> None:
        self.payment = payment
        self.selling = payment.selling
        self.core = payment.core
        self.view = ReceiptView(pdf_folder)
        self.receipt: Receipt | None = None
        self.printer_url: str | None = None
        self.printed = 0
        """Receipts the printer took (tests wait on it)."""
        payment.sale_completed.append(self.show_sale)
        self.view.back_requested.connect(lambda: self.selling.show(keep_message=True))  # the last change due
        self.view.code_scanned.connect(self._on_view_code_scanned)
        self.view.scanner.hold = False  # keys typed here are not held for a search: this screen has none
        self.view.scanner.known = self.selling.known
        self.view.reprint_requested.connect(lambda: self.print_receipt(open_drawer=False))
        home.printer_requested.connect(self._on_home_printer_requested)

    def show_sale(self, sale: CompletedSale) -> None:
        """The receipt of a sale just completed, and to the receipt printer if there is one."""
        fmt = self.selling.fmt
        change = translate("ReceiptFlow", "Change due: {amount}").format(amount=fmt.format(sale.change)) \
            if sale.change > 0 else ""
        self._show(sale.receipt_id, translate("ReceiptFlow", "Sale {receipt} — {total}").format(
            receipt=sale.receipt_id, total=fmt.format(sale.total)), change, drawer=None)

    def reprint(self, receipt_id: str) -> None:
        """A sale's receipt again: on screen, and on the receipt printer without opening the drawer."""
        self._show(receipt_id, translate("ReceiptFlow", "Receipt {receipt} (copy)").format(receipt=receipt_id), "",
                   drawer=False)

    def _show(self, receipt_id: str, title: str, change: str, *, drawer: bool | None) -> None:
        """``drawer``: open it with the receipt (None: when cash changed hands)."""
        self.receipt = None
        self.view.show_receipt(title, "", receipt_id, change, printer=False)
        self.selling.window.show_view(self.view)
        self.view.back_button.setFocus()

        async def load() -> tuple[Receipt, str | None]:
            receipt = await self.core.orders.receipt(receipt_id, cashier=self.selling.name())
            url = await self.core.db.run(lambda c: get_setting(c, PRINTER))
            return receipt, url or None

        def done(result: tuple[Receipt, str | None]) -> None:
            self.receipt, self.printer_url = result
            self.view.show_receipt(title, receipt_html(self.receipt, self.selling.fmt), receipt_id, change,
                                   printer=self.printer_url is not None)
            if self.printer_url is not None:
                self.print_receipt(open_drawer=self.receipt.opens_drawer if drawer is None else drawer)

        self.selling.tasks.start(load(), on_done=done, on_error=lambda e: self.view.show_printer_message(
            plain_words(e)), key="receipt")

    def print_receipt(self, *, open_drawer: bool) -> None:
        """Send the receipt to the ESC/POS printer (on a worker thread); say how it went."""
        if self.receipt is None or self.printer_url is None:
            return
        try:
            spec = parse_printer(self.printer_url)
        except ValueError as err:
            self.view.show_printer_message(plain_words(err))
            return
        lines = receipt_lines(self.receipt, self.selling.fmt, spec.width)
        self.view.show_printer_message(translate("ReceiptFlow", "Printing the receipt…"), "info")

        def done(_: None) -> None:
            self.printed += 1
            self.view.show_printer_message(translate("ReceiptFlow", "Receipt printed."), "ok")

        def failed(err: BaseException) -> None:
            self.view.show_printer_message(plain_words(err))

        self.selling.tasks.start(print_receipt_async(spec, lines, open_drawer=open_drawer), on_done=done,
                                 on_error=failed)

    def _on_view_code_scanned(self, code: str) -> None:
        self.selling.show(keep_message=True)
        self.selling.scan(code)

    # the printer setting ---------------------------------------------------------------------------
    def _on_home_printer_requested(self) -> None:
        def opened(current: Any) -> None:
            person = self.selling.cashier()
            dialog = PrinterDialog(str(current or ""), self.selling.window,
                                   manager=person.name if person and person.is_manager else "")
            dialog.submitted.connect(lambda values: self._on_printer_dialog_submitted(dialog, values))
            self.selling.sessions.open_dialog(dialog)

        self.selling.tasks.start(self.core.db.run(lambda c: get_setting(c, PRINTER)), on_done=opened)

    def _on_printer_dialog_submitted(self, dialog: PrinterDialog, values: dict[str, str]) -> None:
        url = values["printer"].strip()

        async def save() -> None:
            await self.core.cashiers.authorize(values["manager"], values["pin"], "changing the receipt printer")
            if url:
                parse_printer(url)  # refuse a malformed address before saving it
            await self.core.db.run(lambda c: set_setting(c, PRINTER, url or None))

        def done(_: None) -> None:
            dialog.accept()
            self.selling.sessions.home.show_message(
                translate("ReceiptFlow", "Receipts print on {printer}.").format(printer=url) if url
                else translate("ReceiptFlow", "No receipt printer: receipts are shown on screen."), "ok")

        self.selling.tasks.start(save(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))
