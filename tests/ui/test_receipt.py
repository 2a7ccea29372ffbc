"""The receipt after a sale: its content on screen, PDF, the ESC/POS printer (a local TCP socket) with the
drawer kick on a cash sale, a printer that is off (a message and Reprint, the sale safe), the next scan."""

from __future__ import annotations

import socket
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from register.receipts import build_receipt
from tests.ui import flows
from tests.ui.flows import PIN, click, current, fill_dialog, press, priced_items, scan, settled, start_selling
from ui.money_format import MoneyFormatter
from ui.receipt_html import receipt_html

DRAWER_KICK = b"\x1bp\x00"  # ESC p 0: pulse the cash drawer on pin 2


class FakePrinter:
    """A network receipt printer: accepts connections on 127.0.0.1 and keeps what each one sent."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
                self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        self._stop.set()
        self.thread.join(5)
        self.server.close()


def _dead_printer() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{sock.getsockname()[1]}"


def test_receipt_html_reads_the_local_way() -> None:
    order = {"currency": "USD", "receiptId": "R1-1", "summary": {"subTotal": "1234.50", "total": "1336.41",
             "discountTotal": "10.00", "taxes": [{"name": "TX State Tax", "percentage": "6.25", "amount": "77.16"}]},
             "lineItems": [{"name": "Espresso <double>", "quantity": 2, "price": "617.25", "total": "1234.50"}],
             "paymentMethods": [{"paymentType": "cash", "amount": "1336.41", "change": "3.59"}]}
    html = receipt_html(build_receipt(order, cashier="Dana"), MoneyFormatter("USD"))
    for expected in ("R1-1", "Dana", "Espresso &lt;double&gt;", "2 × $617.25", "$1,234.50", "-$10.00",
                     "TX State Tax 6.25%", "$77.16", "$1,336.41", "$1,340.00", "Change", "$3.59"):
        assert expected in html, expected


def test_receipt_screen_escpos_drawer_kick_and_printer_off(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any,
                                                           tmp_path: Path) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    printer = FakePrinter()
    try:
        selling = start_selling(qtbot, app)
        receipts = app.workflow.receipts
        view = receipts.view
        home = app.workflow.home_view

        # a manager sets the receipt printer from home (F11); a malformed address is refused first
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F11)
        refused = fill_dialog(qtbot, app, {"printer": "lpt1", "pin": PIN}, expect_accept=False)
        assert "tcp://" in refused.notice.text()
        fill_dialog(qtbot, app, {"printer": f"tcp://127.0.0.1:{printer.port}", "pin": PIN})
        qtbot.waitUntil(lambda: "Receipts print on" in home.notice.text(), timeout=flows.WAIT)

        # a cash sale: the receipt on screen, and on the printer with the drawer kick first
        press(qtbot, app.window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        a, b = priced_items(app, 2)
        scan(qtbot, app, a.barcode)
        scan(qtbot, app, a.barcode)
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)
        priced = app.core.checkout.price()
        pay = flows.open_payment(qtbot, app)
        type_amount = priced.total.to_integral_value() + 10
        flows.type_into(qtbot, pay.amount_edit, str(type_amount))
        press(qtbot, pay.amount_edit, Qt.Key.Key_Return)  # Enter in the amount: cash
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: current(app) is view and receipts.receipt is not None, timeout=flows.WAIT)
        receipt_id = app.workflow.payment.last_sale.receipt_id
        text = view.text()
        change = Decimal(type_amount) - priced.total
        for expected in (receipt_id, a.display_name, b.display_name, f"2 × {flows.fmt(a.price)}",
                         flows.fmt(priced.total), "Subtotal", "Cash", flows.fmt(Decimal(type_amount)), "Change",
                         flows.fmt(change), flows.MANAGER, "Austin Register 1"):
            assert expected in text, (expected, text)
        for tax in priced.fragment.summary["taxes"]:
            assert tax["name"] in text and flows.fmt(Decimal(tax["amount"])) in text
        assert view.change_label.text() == f"Change due: {flows.fmt(change)}"
        qtbot.waitUntil(lambda: receipts.printed == 1 and len(printer.jobs) == 1, timeout=flows.WAIT)
        assert "Receipt printed" in view.notice.text()
        job = printer.jobs[0]
        assert DRAWER_KICK in job and job.index(DRAWER_KICK) < job.index(receipt_id.encode())
        assert b"TOTAL USD" in job and job.rstrip().endswith(b"\x1dV\x00")  # GS V 0: cut
        pdf = view.save_pdf(tmp_path / "receipt.pdf")
        assert pdf.read_bytes().startswith(b"%PDF")

        # a reprint (F7) prints again, without opening the drawer
        press(qtbot, app.window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: receipts.printed == 2 and len(printer.jobs) == 2, timeout=flows.WAIT)
        assert DRAWER_KICK not in printer.jobs[1] and receipt_id.encode() in printer.jobs[1]

        # the next customer's scan on the receipt screen starts the next sale
        scan(qtbot, app, b.barcode)
        qtbot.waitUntil(lambda: current(app) is selling.view and selling.view.model.rowCount() == 1,
                        timeout=flows.WAIT)

        # the printer is off: the sale is completed all the same, the message says so, Reprint is there
        receipts.printer_url = None
        flows.run_sync(app, lambda c: c.execute("UPDATE settings SET value = ? WHERE key = 'printer'",
                                                (f'"{_dead_printer()}"',)))
        flows.open_payment(qtbot, app)
        click(qtbot, pay.quick_buttons[0])
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: current(app) is view and "Could not print" in view.notice.text(), timeout=flows.WAIT)
        assert view.notice.property("kind") == "error" and view.reprint_button.isVisible()
        assert "The sale is saved" in view.notice.text()
        sales = flows.run_sync(app, lambda c: c.execute("SELECT COUNT(*) FROM sales WHERE kind = 'order'").fetchone())
        assert sales[0] == 2 and len(printer.jobs) == 2
    finally:
        printer.close()
        flows.close_app(qtbot, app)
