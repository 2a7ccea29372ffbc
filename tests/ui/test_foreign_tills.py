"""A French till in euros and a Swiss till in francs (cash to 0.05), driven through the screens: the language
follows the computer's locale (France) or a manager's choice in the settings (French on a Swiss German computer);
amounts are typed and shown the locale's way; the receipt prints in French; Final POS holds the order in the
store's currency with its cash rounding."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from register.provisioning import Provisioning, provision
from register.store.records import set_setting
from tests.ui import flows
from tests.ui.flows import MANAGER, PIN, click, current, fill_dialog, press, priced_items, scan, settled
from tests.ui.test_receipt import FakePrinter
from ui.money_format import MoneyFormatter

NBSP, NNBSP = "\u00a0", "\u202f"


def plain(text: str) -> str:
    """As a text document gives its text back: no-break spaces as spaces."""
    return text.replace(NBSP, " ").replace(NNBSP, " ")


def test_a_french_till_in_euros(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTER_LOCALE", "fr_FR")
    printer = FakePrinter()
    app = flows.make_app(qtbot, qapp, None, None)  # a first run
    try:
        assert (app.localization.language, app.localization.locale) == ("fr", "fr_FR")
        qtbot.waitUntil(lambda: app.first_run is not None and current(app) is app.first_run, timeout=flows.WAIT)
        first = app.first_run
        assert first.demo_button.text() == "Lancer la démo  F1"
        assert first.currency_combo.currentData() == "EUR" and first.increment_edit.text() == ""  # France's
        flows.type_into(qtbot, first.url_edit, sandbox.base_url)
        flows.type_into(qtbot, first.key_edit, sandbox.api_key)
        press(qtbot, app.window, Qt.Key.Key_F2)
        selling = flows.start_selling(qtbot, app)
        assert app.core.ctx.pricing.currency == "EUR" and app.core.ctx.pricing.cash_increment is None
        assert app.window.status.session.text().startswith("Session ")
        flows.run(qtbot, app.core._db.run(lambda c: set_setting(c, "printer", f"tcp://127.0.0.1:{printer.port}")))

        a, b = priced_items(app, 2)
        scan(qtbot, app, a.barcode)
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)
        fmt = MoneyFormatter("EUR", "fr_FR")
        priced = app.core.checkout.price()
        assert selling.view.total_label.text() == fmt.format(priced.total)
        assert fmt.format(priced.total).endswith(f"{NBSP}€") and "," in fmt.format(priced.total)
        assert "Sous-total" in selling.view.totals_text()

        pay = flows.open_payment(qtbot, app)
        handed = priced.total.to_integral_value() + 10
        flows.type_into(qtbot, pay.amount_edit, f"{handed},00")  # the French way
        press(qtbot, pay.amount_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        change = handed - priced.total
        assert pay.figure_labels["change"].text() == fmt.format(change)
        assert pay.complete_button.text() == "Terminer la vente  F12"
        press(qtbot, app.window, Qt.Key.Key_F12)
        receipts = app.workflow.receipts
        qtbot.waitUntil(lambda: current(app) is receipts.view and receipts.receipt is not None, timeout=flows.WAIT)
        text = receipts.view.text()
        for expected in ("Ticket", "Sous-total", "Espèces", "Monnaie", fmt.format(priced.total), fmt.format(change),
                         "Merci !"):
            assert plain(expected) in text, expected
        assert receipts.view.change_label.text() == f"Monnaie à rendre : {fmt.format(change)}"
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=flows.WAIT)
        job = printer.jobs[0]
        for expected in ("TOTAL EUR", "Sous-total", "Caissier", fmt.number(priced.total).replace(NNBSP, " "),
                         fmt.number(change)):
            assert expected.encode() in job, expected

        receipt = app.workflow.payment.last_sale.receipt_id
        with flows.server(sandbox) as http:
            order = flows.server_order(qtbot, app, http, receipt)
        assert order["currency"] == "EUR" and order["summary"]["total"] == format(priced.total, "f")
        cash = next(p for p in order["paymentMethods"] if p["paymentType"] == "cash")
        assert (cash["amount"], cash["change"]) == (format(priced.total, "f"), format(change, "f"))
    finally:
        printer.close()
        flows.close_app(qtbot, app)


def test_a_swiss_till_in_francs_with_cash_to_five_centimes(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTER_LOCALE", "de_CH")
    with flows.server(sandbox) as http:
        station = http.get("/stations").json()[0]
    # IT provisions the till: the station, Swiss francs, cash rounded to 0.05
    from register.config import Paths

    data = Paths.default().ensure().data / "station"
    provision(data, Provisioning(station["outletId"], station["id"], sandbox.base_url, currency="CHF",
                                 cash_increment="0.05"))
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        assert (app.localization.language, app.localization.locale) == ("en", "de_CH")  # no German screens yet
        qtbot.waitUntil(lambda: app.workflow is not None and current(app) is app.workflow.sign_in_view,
                        timeout=flows.WAIT)  # provisioned: no pairing screen
        flows.create_first_manager(qtbot, app)
        home = app.workflow.home_view
        # a manager chooses French for this till (F4, the settings); it applies from the next start
        press(qtbot, app.window, Qt.Key.Key_F4)
        sessions = app.workflow.sessions
        qtbot.waitUntil(lambda: sessions.dialog is not None and sessions.dialog.isVisible(), timeout=flows.WAIT)
        dialog = sessions.dialog
        assert dialog.currency_label.text().startswith("CHF — ")
        assert dialog.rounding_label.text() == f"CHF{NBSP}0.05"
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
        fill_dialog(qtbot, app, {"pin": PIN})
        qtbot.waitUntil(lambda: "Français" in home.notice.text(), timeout=flows.WAIT)
    finally:
        flows.close_app(qtbot, app)

    printer = FakePrinter()
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        assert (app.localization.language, app.localization.locale) == ("fr", "fr_CH")
        flows.sign_in(qtbot, app)
        assert app.core.ctx.pricing.currency == "CHF" and app.core.ctx.pricing.cash_increment == Decimal("0.05")
        flows.open_session(qtbot, app, {"100": 1, "0.05": 4})  # Swiss bills and coins
        home = app.workflow.home_view
        fmt = MoneyFormatter("CHF", "fr_CH")
        assert fmt.format(Decimal("100.20")) in home.details.text()
        flows.run(qtbot, app.core._db.run(lambda c: set_setting(c, "printer", f"tcp://127.0.0.1:{printer.port}")))
        press(qtbot, app.window, Qt.Key.Key_F1)
        selling = app.workflow.selling
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)

        # a custom sale at a price typed the Swiss French way (decimal comma): 12,62
        press(qtbot, app.window, Qt.Key.Key_F2)
        fill_dialog(qtbot, app, {"name": "Fondue", "price": "12,62"})
        settled(qtbot, selling)
        assert app.core.checkout.state.lines[-1].unit_price == Decimal("12.62")

        pay = flows.open_payment(qtbot, app)
        priced = app.core.checkout.price()
        due = priced.remaining
        cash_due = priced.cash_due
        assert cash_due is not None and cash_due % Decimal("0.05") == 0 and abs(cash_due - due) <= Decimal("0.02")
        assert pay.figure_labels["cash_due"].isVisible()
        assert pay.figure_labels["cash_due"].text() == fmt.format(cash_due)
        assert pay.figure_captions["rounding"].text() == "Arrondi espèces"
        assert pay.quick_buttons[0].text() == f"Exact {fmt.format(cash_due)}"
        click(qtbot, pay.quick_buttons[0])
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F12)
        receipts = app.workflow.receipts
        qtbot.waitUntil(lambda: current(app) is receipts.view and receipts.receipt is not None, timeout=flows.WAIT)
        rounding = cash_due - due
        assert rounding != 0  # 12.62 and its tax do not make a multiple of 0.05
        assert "Arrondi espèces" in receipts.view.text() and plain(fmt.format(rounding)) in receipts.view.text()
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=flows.WAIT)
        job = printer.jobs[0]
        assert b"TOTAL CHF" in job and fmt.number(cash_due).encode() in job

        receipt = app.workflow.payment.last_sale.receipt_id
        with flows.server(sandbox) as http:
            order = flows.server_order(qtbot, app, http, receipt)
        assert order["currency"] == "CHF"
        cash = next(p for p in order["paymentMethods"] if p["paymentType"] == "cash")
        assert cash["amount"] == format(cash_due, "f")
        assert Decimal(cash.get("cashRounding") or "0") == rounding
        employee = (order.get("posData") or {}).get("employee")
        assert employee and employee != MANAGER  # the cashier's id, never a name
    finally:
        printer.close()
        flows.close_app(qtbot, app)


def test_a_provisioned_currency_survives_a_first_run_that_only_asks_for_the_key(
        qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    with flows.server(sandbox) as http:
        station = http.get("/stations").json()[0]
    from register.config import Paths

    data = Paths.default().ensure().data / "station"
    provision(data, Provisioning(station["outletId"], station["id"], sandbox.base_url, currency="CHF",
                                 cash_increment="0.05"))
    app = flows.make_app(qtbot, qapp, None, None)  # provisioned, but this computer has no API key yet
    try:
        qtbot.waitUntil(lambda: app.first_run is not None and current(app) is app.first_run, timeout=flows.WAIT)
        first = app.first_run
        assert "API key" in first.notice.text()
        assert first.currency_combo.currentData() == "USD"  # the form's default (en_US) is not what counts
        flows.type_into(qtbot, first.url_edit, sandbox.base_url)
        flows.type_into(qtbot, first.key_edit, sandbox.api_key)
        press(qtbot, app.window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: app.workflow is not None and current(app) is app.workflow.sign_in_view,
                        timeout=flows.WAIT)
        assert app.core.ctx.pricing.currency == "CHF" and app.core.ctx.pricing.cash_increment == Decimal("0.05")
    finally:
        flows.close_app(qtbot, app)
