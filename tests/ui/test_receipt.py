"""The receipt after a sale: its content on screen, its PDF and print preview on the receipt roll (measured), the
ESC/POS printer (a local TCP socket, the stream decoded) with the drawer kick on a cash sale, audited, a printer that
is off (a message and Reprint, the sale safe), the next scan; the X report on Letter; TRAINING in demo mode."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from register.receipts import build_receipt
from register.services.wire_bodies import sale_from_body
from tests.escpos_decode import decode
from tests.pdf_measure import MM, measure
from tests.pdf_measure import scan as scan_codes
from tests.test_receipts import FakePrinter
from tests.ui import flows
from tests.ui.flows import PIN, click, current, fill_dialog, press, priced_items, scan, settled, start_selling
from ui.money_format import MoneyFormatter
from ui.paper import report_page_size
from ui.receipt_html import receipt_html


def _dead_printer() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{sock.getsockname()[1]}"


def test_receipt_html_reads_the_local_way() -> None:
    order = {"currency": "USD", "receiptId": "R1-1", "cartDiscount": {"label": "Loyalty", "amount": "10.00"},
             "summary": {"subTotal": "1234.50", "total": "1301.66", "discountTotal": "10.00",
                         "taxes": [{"name": "TX State Tax", "percentage": "6.25", "amount": "77.16"}]},
             "lineItems": [{"name": "Espresso <double>", "quantity": 2, "price": "617.25", "total": "1301.66",
                            "totalTax": "77.16"}],
             "paymentMethods": [{"paymentType": "cash", "amount": "1301.66", "change": "3.34"}],
             "_receipt": {"lines": [{"amount": "1234.50", "discount": "0.00"}]}}
    receipt = build_receipt(sale_from_body(order), cashier="Dana")
    assert receipt.adds_up() and receipt.rounding == 0
    html = receipt_html(receipt, MoneyFormatter("USD"))
    for expected in ("R1-1", "Dana", "Espresso &lt;double&gt;", "2 × $617.25", "$1,234.50", "Discount Loyalty",
                     "-$10.00", "TX State Tax 6.25%", "$77.16", "$1,301.66", "$1,305.00", "Change", "$3.34",
                     "font-size:9pt"):
        assert expected in html, expected
    assert not re.search(r"font-size:\s*[\d.]+px", html)  # text sizes in points (the paper's layout unit)


def test_letter_or_a4_by_the_locales_country() -> None:
    from PySide6.QtGui import QPageSize

    assert report_page_size("en_US").id() == QPageSize.PageSizeId.Letter
    assert report_page_size("fr_CA").id() == QPageSize.PageSizeId.Letter
    assert report_page_size("es_MX").id() == QPageSize.PageSizeId.Letter
    assert report_page_size("fr_FR").id() == QPageSize.PageSizeId.A4
    assert report_page_size("de_CH").id() == QPageSize.PageSizeId.A4


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
        assert refused.profile_combo.currentText() == "default" and refused.paper_combo.currentData() == 80
        refused.profile_combo.setCurrentText("TM-T88V")
        fill_dialog(qtbot, app, {"printer": printer.url, "pin": PIN})
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
        assert "TRAINING" not in text and receipts.receipt.adds_up()
        for tax in priced.fragment.summary["taxes"]:
            assert tax["name"] in text and flows.fmt(Decimal(tax["amount"])) in text
        assert view.change_label.text() == f"Change due: {flows.fmt(change)}"
        qtbot.waitUntil(lambda: receipts.printed == 1 and len(printer.jobs) == 1, timeout=flows.WAIT)
        assert "Receipt printed; drawer opened" in view.notice.text()
        stream = decode(printer.jobs[0], "TM-T88V")
        names = stream.names()
        assert names[:3] == ["init", "codepage", "kick"] and stream.count("kick") == 1 and stream.count("cut") == 1
        assert stream.first("qr") == receipt_id and names[-1] == "cut"
        assert "TOTAL USD" in stream.text and receipt_id in stream.text
        audited = flows.run_sync(app, lambda c: c.execute(
            "SELECT subject, json_extract(detail, '$.reason'), json_extract(detail, '$.kicked') FROM audit "
            "WHERE action = 'drawer_open'").fetchall())
        assert audited == [(receipt_id, "cash sale", 1)]

        # the receipt's PDF: on the 80 mm roll, text at printable sizes, its QR code readable
        pdf = view.save_pdf(tmp_path / "receipt.pdf")
        measured = measure(pdf)
        (width, height), = measured.pages
        assert abs(width - 80 * MM) < 1 and height > 200
        assert measured.smallest() >= 8, sorted((w.points, w.text) for w in measured.words)[:3]
        assert receipt_id in measured.text and receipt_id in scan_codes(pdf, tmp_path)
        # the print preview paints the same page: what the preview's printer gets is measured the same way
        dialog = view.preview()
        qtbot.waitUntil(dialog.isVisible, timeout=flows.WAIT)
        dialog.grab().save(str(tmp_path / "preview.png"))
        preview = view.make_printer()
        preview.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        preview.setOutputFileName(str(tmp_path / "preview.pdf"))
        view.paint(preview)
        previewed = measure(tmp_path / "preview.pdf")
        assert [round(w) for w in previewed.pages[0]] == [round(width), round(height)]
        assert sorted(w.points for w in previewed.words) == sorted(w.points for w in measured.words)
        dialog.reject()

        # a reprint (F7) prints again, without opening the drawer
        press(qtbot, app.window, Qt.Key.Key_F7)
        qtbot.waitUntil(lambda: receipts.printed == 2 and len(printer.jobs) == 2, timeout=flows.WAIT)
        assert decode(printer.jobs[1], "TM-T88V").count("kick") == 0 and receipt_id.encode() in printer.jobs[1]

        # the next customer's scan on the receipt screen starts the next sale
        scan(qtbot, app, b.barcode)
        qtbot.waitUntil(lambda: current(app) is selling.view and selling.view.model.rowCount() == 1,
                        timeout=flows.WAIT)

        # the printer is off: the sale is completed all the same, the message says so, Reprint is there
        flows.run(qtbot, app.core.printer.save(_dead_printer(), "TM-T88V", 80))
        flows.open_payment(qtbot, app)
        click(qtbot, pay.quick_buttons[0])
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: current(app) is view and "Could not print" in view.notice.text(), timeout=flows.WAIT)
        assert view.notice.property("kind") == "error" and view.reprint_button.isVisible()
        assert "The sale is saved" in view.notice.text()
        sales = flows.run_sync(app, lambda c: c.execute("SELECT COUNT(*) FROM sales WHERE kind = 'order'").fetchone())
        assert sales[0] == 2 and len(printer.jobs) == 2
        kicks = flows.run_sync(app, lambda c: c.execute(
            "SELECT json_extract(detail, '$.kicked') FROM audit WHERE action = 'drawer_open' ORDER BY id").fetchall())
        assert kicks == [(1,), (0,)]  # the failed kick is on record too
    finally:
        printer.close()
        flows.close_app(qtbot, app)


def test_58mm_paper_training_marks_and_the_x_report_on_letter(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any,
                                                               tmp_path: Path) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        selling = start_selling(qtbot, app)
        app.core.ctx.training = True  # as a register in demo mode runs
        flows.run(qtbot, app.core.printer.save(None, "default", 58))
        (a,) = priced_items(app, 1)
        scan(qtbot, app, a.barcode)
        settled(qtbot, selling)
        flows.pay_exact_and_complete(qtbot, app)
        view = app.workflow.receipts.view
        qtbot.waitUntil(lambda: app.workflow.receipts.receipt is not None, timeout=flows.WAIT)
        assert view.text().count("TRAINING — NOT A SALE") == 2
        measured = measure(view.save_pdf(tmp_path / "r58.pdf"))
        assert abs(measured.pages[0][0] - 58 * MM) < 1 and measured.smallest() >= 8
        assert measured.text.count("TRAINING — NOT A SALE") == 2

        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_Escape)
        home = app.workflow.home_view
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F5)
        report = app.workflow.sessions.report_view
        qtbot.waitUntil(lambda: current(app) is report and "X report" in report.text(), timeout=flows.WAIT)
        x = measure(report.save_pdf(tmp_path / "x.pdf"))
        assert x.pages[0] == (612.0, 792.0) and x.smallest() >= 8  # Letter in en_US
        assert x.text.count("TRAINING — NOT A SALE") == 2
    finally:
        flows.close_app(qtbot, app)
