"""Receipts after each sale and refund slips after each refund: the preview screen, Qt printing and PDF on the
receipt roll, and the ESC/POS receipt printer.

The receipt printer is a station setting (its address, its model's profile and the paper width), set by a manager
from the home screen (F11). Printing runs on a worker thread and never blocks or undoes the sale: a problem is
said under the receipt, with a button to print it again. The drawer opens with the receipt of a cash sale or a
refund given in cash, never with a reprint; the core audits every kick.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from register.printing import PAPER_WIDTHS_MM, profile_names
from register.receipts import Receipt
from register.services.completion import CompletedSale
from register.services.policy import Action
from register.services.receipt_printer import PrinterSetup
from ui.errors import plain_words
from ui.form_dialog import FormDialog
from ui.home_view import SessionHomeView
from ui.paper import Paper
from ui.payment_flow import PaymentFlow
from ui.receipt_html import receipt_document, receipt_slip
from ui.receipt_view import ReceiptView
from ui.screen import ScreenContext
from ui.sell_flow import SellFlow

translate = QCoreApplication.translate


class PrinterDialog(FormDialog):
    """A manager sets (or clears) the receipt printer, its model and its paper."""

    def __init__(self, current: PrinterSetup, parent: Any = None, *, manager: str = "") -> None:
        super().__init__(translate("PrinterDialog", "Receipt printer"),
                         translate("PrinterDialog", "The ESC/POS receipt printer: tcp://HOST:9100 (network), "
                                   "serial:///dev/ttyUSB0 or usb://VENDOR:PRODUCT; empty for none. Choose its model "
                                   "(default suits most Epson-compatible printers) and the paper roll. A manager "
                                   "approves."), translate("PrinterDialog", "Save printer"), parent)
        self.setObjectName("printerDialog")
        self.add_field("printer", self.tr("P&rinter"), text=current.url or "", placeholder="tcp://192.0.2.10:9100")
        self.profile_combo = QComboBox(objectName="profileCombo")
        self.profile_combo.addItems(list(profile_names()))
        self.profile_combo.setCurrentText(current.profile)
        self.form.addRow(self.tr("Printer &model"), self.profile_combo)
        self.paper_combo = QComboBox(objectName="paperCombo")
        for mm in PAPER_WIDTHS_MM:
            self.paper_combo.addItem(self.tr("{width} mm roll").format(width=mm), mm)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(current.paper_mm)))
        self.form.addRow(self.tr("Pa&per"), self.paper_combo)
        self.add_field("manager", self.tr("&Manager"), text=manager)
        self.add_field("pin", self.tr("&PIN"), pin=True)

    def chosen(self) -> tuple[str, int]:
        """(profile, paper width in mm)."""
        return self.profile_combo.currentText(), int(self.paper_combo.currentData())


class ReceiptFlow:
    """Owns the receipt screen and the receipt printer setting."""

    def __init__(self, ctx: ScreenContext, selling: SellFlow, payment: PaymentFlow, home: SessionHomeView) -> None:
        self.ctx, self.core, self.home = ctx, ctx.core, home
        self.selling = selling
        """The sell screen: the next sale starts there (a scan on the receipt goes on with it)."""
        self.view = ReceiptView(ctx.pdf_folder)
        self.receipt: Receipt | None = None
        self.setup = PrinterSetup()
        self.printed = 0
        """Receipts the printer took (tests wait on it)."""
        payment.sale_completed.append(self.show_sale)
        self._back: Any = None
        """Where Back goes from the screen shown (None: the sell screen, keeping the last change due)."""
        self.view.back_requested.connect(self._on_view_back_requested)
        self.view.code_scanned.connect(self._on_view_code_scanned)
        self.view.scanner.hold = False  # keys typed here are not held for a search: this screen has none
        self.view.scanner.known = self.selling.known
        self.view.reprint_requested.connect(lambda: self.print_receipt(open_drawer=False))
        home.printer_requested.connect(self._on_home_printer_requested)

    def show_sale(self, sale: CompletedSale) -> None:
        """The receipt of a sale just completed, and to the receipt printer if there is one."""
        fmt = self.ctx.fmt
        change = translate("ReceiptFlow", "Change due: {amount}").format(amount=fmt.format(sale.change)) \
            if sale.change > 0 else ""
        self._show(lambda: self.core.orders.receipt(sale.receipt_id, cashier=self.ctx.name()),
                   translate("ReceiptFlow", "Sale {receipt} — {total}").format(
                       receipt=sale.receipt_id, total=fmt.format(sale.total)), sale.receipt_id, change, drawer=None)

    def reprint(self, receipt_id: str) -> None:
        """A sale's receipt again: on screen, and on the receipt printer without opening the drawer."""
        self._show(lambda: self.core.orders.receipt(receipt_id, cashier=self.ctx.name()),
                   translate("ReceiptFlow", "Receipt {receipt} (copy)").format(receipt=receipt_id), receipt_id, "",
                   drawer=False)

    def show_refund(self, local_id: str, receipt_id: str, *, reprint: bool = False, back: Any = None,
                    message: str = "") -> None:
        """The slip of a refund (just made: to the printer too, the drawer opening when cash goes back; a reprint:
        never the drawer). ``back``: where Back goes; ``message``: said under the slip."""
        title = translate("ReceiptFlow", "Refund of {receipt}").format(receipt=receipt_id)
        if reprint:
            title = translate("ReceiptFlow", "Refund of {receipt} (copy)").format(receipt=receipt_id)
        self._show(lambda: self.core.orders.refund_slip(local_id), title, f"refund-{local_id[:8]}", "",
                   drawer=False if reprint else None, back=back, message=message)

    def _on_view_back_requested(self) -> None:
        if self._back is not None:
            self._back()
        else:
            self.selling.show(keep_message=True)  # the last change due

    def _show(self, make: Any, title: str, stem: str, change: str, *, drawer: bool | None, back: Any = None,
              message: str = "") -> None:
        """``drawer``: open it with the receipt (None: when cash changed hands)."""
        self._back = back
        self.receipt = None
        self.view.show_receipt(title, "", stem, change, printer=False)
        self.ctx.window.show_view(self.view)
        self.view.back_button.setFocus()

        async def load() -> tuple[Receipt, PrinterSetup]:
            return await make(), await self.core.printer.setup()

        def done(result: tuple[Receipt, PrinterSetup]) -> None:
            self.receipt, self.setup = result
            self.view.show_receipt(title, receipt_document(self.receipt, self.ctx.fmt), stem, change,
                                   printer=self.setup.url is not None, paper=Paper.receipt(self.setup.paper_mm))
            if message:
                self.view.show_printer_message(message, "ok")
            if self.setup.url is not None:
                self.print_receipt(open_drawer=self.receipt.opens_drawer if drawer is None else drawer)

        self.ctx.tasks.start(load(), on_done=done, on_error=lambda e: self.view.show_printer_message(
            plain_words(e)), key="receipt")

    def print_receipt(self, *, open_drawer: bool) -> None:
        """Send the receipt to the ESC/POS printer (on a worker thread); say how it went."""
        receipt = self.receipt
        if receipt is None or self.setup.url is None:
            return
        try:
            spec = self.setup.spec
        except ValueError as err:
            self.view.show_printer_message(plain_words(err))
            return
        assert spec is not None
        slip = receipt_slip(receipt, self.ctx.fmt, spec)
        self.view.show_printer_message(translate("ReceiptFlow", "Printing the receipt…"), "info")

        def done(_: None) -> None:
            self.printed += 1
            self.view.show_printer_message(translate("ReceiptFlow", "Receipt printed; drawer opened.") if open_drawer
                                           else translate("ReceiptFlow", "Receipt printed."), "ok")

        def failed(err: BaseException) -> None:
            self.view.show_printer_message(plain_words(err))

        reason = "refund in cash" if receipt.is_refund else "cash sale"
        self.ctx.tasks.start(self.core.printer.print_slip(slip, open_drawer=open_drawer, actor=self.ctx.name(),
                                                              reason=reason, subject=receipt.code),
                                 on_done=done, on_error=failed)

    def _on_view_code_scanned(self, code: str) -> None:
        self.selling.show(keep_message=True)
        self.selling.scan(code)

    # the printer setting ---------------------------------------------------------------------------
    def _on_home_printer_requested(self) -> None:
        def opened(current: PrinterSetup) -> None:
            person = self.ctx.cashier()
            dialog = PrinterDialog(current, self.ctx.window,
                                   manager=person.name if person and person.is_manager else "")
            dialog.submitted.connect(lambda values: self._on_printer_dialog_submitted(dialog, values))
            self.ctx.dialogs.open(dialog)

        self.ctx.tasks.start(self.core.printer.setup(), on_done=opened)

    def _on_printer_dialog_submitted(self, dialog: PrinterDialog, values: dict[str, str]) -> None:
        url = values["printer"].strip()
        profile, paper = dialog.chosen()

        async def save() -> PrinterSetup:
            approval = await self.core.policy.approve(Action.CHANGE_SETTINGS, values["manager"], values["pin"])
            return await self.core.printer.save(url or None, profile, paper, approval=approval)

        def done(saved: PrinterSetup) -> None:
            dialog.accept()
            self.setup = saved
            self.home.show_message(
                translate("ReceiptFlow", "Receipts print on {printer}.").format(printer=url) if url
                else translate("ReceiptFlow", "No receipt printer: receipts are shown on screen."), "ok")

        self.ctx.tasks.start(save(), on_done=done, on_error=lambda e: dialog.show_error(plain_words(e)))
