"""The payment screen's extras through the screens against the sandbox: a tip, a gift card (an "Other" payment)
and cash; the store's cash rounding. What Final POS holds afterwards, and how the session close names it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from register.services.payments import OTHER_METHODS
from tests.ui import flows
from tests.ui.flows import click, current, press, priced_items, scan, settled, start_selling, type_into
from ui.payment_view import quick_cash
from ui.tender_dialog import OtherPaymentDialog
from ui.tip_dialog import TipDialog
from ui.widgets import tip_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _dialog(qtbot: Any, app: Any, kind: type) -> Any:
    """The dialog of ``kind`` the payment screen opened (shown window-modal)."""
    sessions = app.workflow.sessions
    qtbot.waitUntil(lambda: isinstance(sessions.dialog, kind) and sessions.dialog.isVisible(), timeout=flows.WAIT)
    return sessions.dialog


def _key(qtbot: Any, dialog: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
         ) -> None:
    """A key into the dialog, where the keyboard focus is (the dialog is the active window)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=flows.WAIT)
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifiers)


def test_tip_gift_card_and_cash(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any, themed: None) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        pay = app.workflow.payment.view
        a, b = priced_items(app, 2)
        scan(qtbot, app, a.barcode)
        scan(qtbot, app, b.barcode)
        settled(qtbot, selling)
        flows.open_payment(qtbot, app)
        untipped = app.core.checkout.price()
        assert pay.tip_button.text() == "Tip  F8" and pay.other_button.text() == "Other payment  F7"
        assert not pay.figure_labels["tip"].isVisible()  # no tip: no tip row
        assert not pay.figure_labels["cash_due"].isVisible()  # the store does not round cash

        # F8, the tip: each preset says what it comes to; Ctrl+2 is 15 %
        press(qtbot, app.window, Qt.Key.Key_F8)
        tip_dialog = _dialog(qtbot, app, TipDialog)
        fifteen = app.core.checkout.tip_preview(Decimal(15))
        assert fifteen > 0
        assert [b.text() for b in tip_dialog.preset_buttons] == [
            f"10%  ({flows.fmt(app.core.checkout.tip_preview(Decimal(10)))})  Ctrl+1",
            f"15%  ({flows.fmt(fifteen)})  Ctrl+2",
            f"20%  ({flows.fmt(app.core.checkout.tip_preview(Decimal(20)))})  Ctrl+3"]
        assert all(b.height() >= 44 for b in [*tip_dialog.preset_buttons, tip_dialog.no_tip_button])
        _key(qtbot, tip_dialog, Qt.Key.Key_2, CTRL)
        qtbot.waitUntil(lambda: not tip_dialog.isVisible(), timeout=flows.WAIT)
        tipped = app.core.checkout.price()
        assert tipped.tip == fifteen and tipped.total == untipped.total + fifteen
        qtbot.waitUntil(lambda: pay.figure_labels["tip"].isVisible(), timeout=flows.WAIT)
        assert pay.figure_labels["tip"].text() == flows.fmt(fifteen)
        assert pay.figure_labels["total"].text() == flows.fmt(tipped.total)
        assert pay.figure_labels["remaining"].text() == flows.fmt(tipped.total)

        # F7, Other: the arrow keys choose the type; more than is due is refused in the dialog
        press(qtbot, app.window, Qt.Key.Key_F7)
        other = _dialog(qtbot, app, OtherPaymentDialog)
        assert [m.key for m in other.methods] == [m.key for m in OTHER_METHODS]
        assert other.chosen().key == "gift_card"
        assert all(button.height() >= 44 for button in other.method_buttons.values())
        _key(qtbot, other, Qt.Key.Key_Right)
        assert other.chosen().key == "check"
        _key(qtbot, other, Qt.Key.Key_Tab)  # on to the amount
        assert QApplication.focusWidget() is other.amount_edit
        assert other.form.labelForField(other.reference_edit).text() == "Check numbe&r"
        type_into(qtbot, other.amount_edit, str(tipped.total + Decimal(1)))
        click(qtbot, other.confirm_button)
        qtbot.waitUntil(lambda: other.notice.isVisible(), timeout=flows.WAIT)
        assert "is more than" in other.notice.text() and other.isVisible()
        # a gift card: 5.00 of it, with the card's number
        _key(qtbot, other, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # its mnemonic (an animated click)
        qtbot.waitUntil(lambda: other.chosen().key == "gift_card", timeout=flows.WAIT)
        type_into(qtbot, other.amount_edit, "5.00")
        type_into(qtbot, other.reference_edit, "GC-1234")
        _key(qtbot, other, Qt.Key.Key_Return, CTRL)
        qtbot.waitUntil(lambda: not other.isVisible(), timeout=flows.WAIT)
        due = tipped.total - Decimal("5.00")
        qtbot.waitUntil(lambda: pay.figure_labels["remaining"].text() == flows.fmt(due), timeout=flows.WAIT)
        assert pay.tenders.item(0).text() == f"Gift card  {flows.fmt(Decimal('5.00'))}  ref. GC-1234"

        # the tip is frozen once a payment is taken: the Tip button is off (its tooltip says why), F8 does nothing
        assert not pay.tip_button.isEnabled() and "before any payment" in tip_text(pay.tip_button.toolTip())
        press(qtbot, app.window, Qt.Key.Key_F8)
        assert not isinstance(app.workflow.sessions.dialog, TipDialog) or not app.workflow.sessions.dialog.isVisible()
        assert app.core.checkout.price().tip == fifteen
        assert pay.figure_labels["remaining"].property("due") is True  # something is due: the alarm colour

        # the rest in cash, the next banknote up; Complete
        before = app.core.checkout.price()
        banknote = quick_cash(due)[0]
        click(qtbot, next(q for q in pay.quick_buttons if q.text() == flows.fmt(banknote)))
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        assert pay.figure_labels["change"].text() == flows.fmt(banknote - due)
        assert pay.figure_labels["remaining"].property("due") is False  # "Still due $0.00" is not an alarm
        press(qtbot, app.window, Qt.Key.Key_F12)
        receipts = app.workflow.receipts
        qtbot.waitUntil(lambda: current(app) is receipts.view and receipts.receipt is not None, timeout=flows.WAIT)
        assert receipts.receipt.tip == fifteen
        assert [(t.name, t.amount) for t in receipts.receipt.tenders] == [("Gift card", Decimal("5.00")),
                                                                           ("Cash", banknote)]
        assert receipts.receipt.adds_up()
        assert "Tip" in receipts.view.text() and "Gift card" in receipts.view.text()

        # what Final POS holds: one order, the engine's tip and total, each payment with its processor
        flows.wait_synced(qtbot, app)
        [order] = flows.server_orders(http)
        assert Decimal(order["summary"]["total"]) == before.total == tipped.total
        assert Decimal(order["summary"]["tip"]["amount"]) == before.tip == fifteen
        methods = {p["paymentType"]: p for p in order["paymentMethods"]}
        assert sorted(methods) == ["cash", "gift_card"]
        gift, cash = methods["gift_card"], methods["cash"]
        assert (gift["processor"], Decimal(gift["amount"]), gift["saleId"]) == ("giftCard", Decimal("5.00"),
                                                                                "GC-1234")
        assert (cash["processor"], Decimal(cash["amount"]), Decimal(cash["change"])) == ("cash", due,
                                                                                         banknote - due)

        # the session close counts the gift card as its own method, by name
        press(qtbot, app.window, Qt.Key.Key_Escape)  # the receipt → the cart
        qtbot.waitUntil(lambda: current(app) is selling.view, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_Escape)  # the cart → home
        home = app.workflow.home_view
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        sessions = app.workflow.sessions
        press(qtbot, app.window, Qt.Key.Key_F5)  # X report
        qtbot.waitUntil(lambda: current(app) is sessions.report_view, timeout=flows.WAIT)
        x_text = sessions.report_view.text()
        assert "Gift card" in x_text and flows.fmt(Decimal("5.00")) in x_text and "Gift_card" not in x_text
        press(qtbot, app.window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: current(app) is home, timeout=flows.WAIT)
        press(qtbot, app.window, Qt.Key.Key_F9)
        close = sessions.close_view
        qtbot.waitUntil(lambda: current(app) is close, timeout=flows.WAIT)
        assert list(close.method_edits) == ["card", "gift_card"]
        assert close.method_labels["gift_card"].text() == "Gift card counted"
    finally:
        http.close()
        flows.close_app(qtbot, app)


def test_cash_rounding_to_five_cents(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        flows.run(qtbot, app.core.set_pricing(cashIncrement="0.05"))
        pay = app.workflow.payment.view
        for item in priced_items(app, 6):  # until the total is not a multiple of 0.05
            scan(qtbot, app, item.barcode)
            settled(qtbot, selling)
            if app.core.checkout.price().total % Decimal("0.05"):
                break
        priced = app.core.checkout.price()
        total = priced.total
        assert total % Decimal("0.05"), total
        cents = (total * 100) % 5  # 1, 2: down to the nearest 0.05; 3, 4: up
        rounded = total - cents / 100 if cents < Decimal("2.5") else total + (5 - cents) / 100
        flows.open_payment(qtbot, app)

        # the figures: still due as priced, due in cash rounded, the rounding; Exact pays the rounded amount
        assert pay.figure_labels["remaining"].text() == flows.fmt(total)
        assert pay.figure_labels["cash_due"].isVisible() and pay.figure_labels["rounding"].isVisible()
        assert pay.figure_labels["cash_due"].text() == flows.fmt(rounded)
        assert pay.figure_labels["rounding"].text() == flows.fmt(rounded - total)
        assert pay.quick_buttons[0].text() == f"Exact {flows.fmt(rounded)}"
        assert [q.text() for q in pay.quick_buttons[1:]] == [flows.fmt(x) for x in quick_cash(rounded)]

        # a banknote: the change is counted from the rounded amount
        banknote = quick_cash(rounded)[0]
        click(qtbot, next(q for q in pay.quick_buttons if q.text() == flows.fmt(banknote)))
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        assert pay.figure_labels["change"].text() == flows.fmt(banknote - rounded)
        assert pay.figure_labels["paid"].text() == flows.fmt(rounded)
        assert pay.figure_labels["remaining"].text() == flows.fmt(Decimal(0))
        assert not pay.figure_labels["cash_due"].isVisible()
        assert pay.figure_labels["rounding"].text() == flows.fmt(rounded - total)  # applied, still shown
        press(qtbot, app.window, Qt.Key.Key_F12)
        receipts = app.workflow.receipts
        qtbot.waitUntil(lambda: current(app) is receipts.view and receipts.receipt is not None, timeout=flows.WAIT)
        assert receipts.receipt.cash_rounding == rounded - total
        assert "Cash rounding" in receipts.view.text()
        assert receipts.view.change_label.text() == f"Change due: {flows.fmt(banknote - rounded)}"

        flows.wait_synced(qtbot, app)
        [order] = flows.server_orders(http)
        assert Decimal(order["summary"]["total"]) == total  # the order total is not rounded
        [cash] = order["paymentMethods"]
        assert (cash["paymentType"], cash["processor"]) == ("cash", "cash")
        assert Decimal(cash["amount"]) == rounded
        assert Decimal(cash["cashRounding"]) == rounded - total
        assert Decimal(cash["change"]) == banknote - rounded
    finally:
        http.close()
        flows.close_app(qtbot, app)


def test_a_split_payment_by_finger_alone(qtbot: Any, qloop: Any, qapp: Any, sandbox: Any) -> None:
    """No keyboard: the payment screen's keys type an amount (the locale's decimal key too), Cash takes it, the
    card the rest; Final POS holds the two payments."""
    app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    http = flows.server(sandbox)
    try:
        selling = start_selling(qtbot, app)
        pay = app.workflow.payment.view
        items = priced_items(app, 3)
        for item in items:
            scan(qtbot, app, item.barcode)
        settled(qtbot, selling)
        click(qtbot, selling.view.pay_button)
        qtbot.waitUntil(lambda: current(app) is pay, timeout=flows.WAIT)
        total = app.core.checkout.price().total
        assert total > Decimal("2.50")
        for key in ("2", ".", "5", "0", "⌫", "0"):  # a slip of the finger, taken back
            click(qtbot, pay.pad.buttons[key])
        assert pay.amount_edit.text() == "2.50"
        click(qtbot, pay.cash_button)
        qtbot.waitUntil(lambda: len(app.core.checkout.state.tenders) == 1, timeout=flows.WAIT)
        assert app.core.checkout.state.tenders[0].amount == Decimal("2.50") and pay.amount_edit.text() == ""
        click(qtbot, pay.card_button)  # nothing typed: what is still due
        qtbot.waitUntil(pay.complete_button.isEnabled, timeout=flows.WAIT)
        click(qtbot, pay.complete_button)
        qtbot.waitUntil(lambda: current(app) is app.workflow.receipts.view, timeout=flows.WAIT)
        order = flows.server_order(qtbot, app, http, str(app.workflow.payment.last_sale.receipt_id))
        paid = sorted((p["paymentType"], Decimal(str(p["amount"]))) for p in order["paymentMethods"])
        assert paid == [("cash", Decimal("2.50")), ("credit_card", total - Decimal("2.50"))]
    finally:
        http.close()
        flows.close_app(qtbot, app)
