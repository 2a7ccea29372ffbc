"""Names from outside are data, never markup or printer commands: a customer and a product named with HTML,
control bytes and a right-to-left override show literally on every screen, print harmlessly, and the register
keeps running across a restart (the cart that holds them is saved)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from register.receipts import render_text
from register.sandbox.testing import running_sandbox
from register.text import printable
from tests.ui import flows
from tests.ui.flows import current, press, scan, start_selling
from ui.customer_dialog import CustomerDialog

MARKUP = "<img src='/dev/zero'>Eve <b>FREE</b> <a href='http://evil.example'>pay here</a>"
HOSTILE = MARKUP + " \x1bp\x00\x19\x07\u202eRTL\u202c end"
SHOWN = MARKUP + " pRTL end"  # ESC removed, its "p" is a letter again
"""What a person must see: the markup as typed, the control and bidi characters gone."""
BARCODE = "2000000000015"


def _hostile_shop(url: str, key: str) -> None:
    with httpx.Client(base_url=url + "/v1/api", headers={"x-api-key": key}) as http:
        category = http.post("/category", json={"name": HOSTILE, "description": "d"}).json()
        product = http.post("/product", json={"name": HOSTILE, "productType": "simple", "status": "publish",
                                              "categories": [category["id"]], "minPrice": 3.5}).json()
        assert http.post("/variant", json={"productId": product["id"], "barcode": BARCODE, "sku": "EVIL-1",
                                           "price": 3.5, "attributes": []}).status_code == 201
        assert http.post("/customer", json={"email": "eve@example.com", "firstName": HOSTILE,
                                            "lastName": "<i>Mallory</i>"}).status_code == 201


def _labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)]


def _check(root: QWidget, where: str, problems: list[str]) -> int:
    """Every label is plain text; every tooltip that quotes a name is escaped. Returns how often the hostile
    name is shown (literally)."""
    seen = 0
    for label in _labels(root):
        if label.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"{where}: label {label.objectName() or label.text()[:30]!r} is not plain text")
        if "/dev/zero" in label.text():
            seen += 1
            if any(c in label.text() for c in "\x1b\x00\x07\u202e"):
                problems.append(f"{where}: {label.objectName()!r} shows control or bidi characters")
    for widget in root.findChildren(QWidget):
        tip = widget.toolTip()
        if "dev/zero" in tip and QtGuiQt.mightBeRichText(tip) and "<img" in tip:
            problems.append(f"{where}: the tooltip of {widget.objectName()!r} would render the markup")
    return seen


def test_hostile_names_show_literally_print_harmlessly_and_survive_a_restart(
        qtbot: Any, qloop: Any, qapp: Any, tmp_path: Path) -> None:
    with running_sandbox(tmp_path / "sandbox") as sandbox:
        _hostile_shop(sandbox.base_url, sandbox.api_key)
        app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
        problems: list[str] = []
        try:
            selling = start_selling(qtbot, app)
            seen = _check(app.window, "sell (tiles)", problems)
            scan(qtbot, app, BARCODE)
            qtbot.waitUntil(lambda: len(app.core.checkout.state.lines) == 1, timeout=flows.WAIT)
            line = app.core.checkout.state.lines[0]
            assert line.name == HOSTILE  # the data is kept as it came; only what is shown is cleaned
            model = selling.view.model
            assert model.data(model.index(0, 0)) == SHOWN
            # the customer dialog lists the customers by name; Enter attaches the one found
            press(qtbot, app.window, Qt.Key.Key_F7)
            qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CustomerDialog), timeout=flows.WAIT)
            modal = QApplication.activeModalWidget()
            assert isinstance(modal, CustomerDialog)
            flows.type_into(qtbot, modal.search_edit, "eve@example.com")
            qtbot.waitUntil(lambda: modal.results.count() == 1, timeout=flows.WAIT)
            assert modal.results.item(0).text().startswith(printable(HOSTILE))
            seen += _check(modal, "customer dialog", problems)
            qtbot.keyClick(modal.search_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: "dev/zero" in selling.view.customer_label.text(), timeout=flows.WAIT)
            seen += _check(app.window, "sell (cart, customer)", problems)
            customers = flows.run(qtbot, app.core.catalog.search_customers("eve@example.com"))
            # the customer display and the payment screen
            if app.workflow.display.window is not None:
                seen += _check(app.workflow.display.window, "customer display", problems)
            payment = flows.open_payment(qtbot, app)
            seen += _check(payment, "payment", problems)
            receipt_id = flows.pay_by_card_and_complete(qtbot, app, reference="auth-1")
            qtbot.waitUntil(lambda: current(app) is app.workflow.receipts.view, timeout=flows.WAIT)
            seen += _check(app.workflow.receipts.view, "receipt", problems)
            # paper: the thermal text has the name without its control bytes (ESC p would open the drawer)
            sale = flows.run(qtbot, app.core.orders.receipt(receipt_id))
            lines = render_text(sale)
            text = "\n".join(lines)
            assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text and "\x07" not in text
            assert printable(HOSTILE)[:20] in text
            assert seen >= 3, f"the hostile name was shown only {seen} times: the walk missed screens"
            assert not problems, "\n".join(problems)
            # a sale in progress holds the hostile customer when the register stops
            press(qtbot, app.window, Qt.Key.Key_Escape)
            scan(qtbot, app, BARCODE)
            flows.run(qtbot, app.core.checkout.set_customer(str(customers[0]["id"]), HOSTILE))
        finally:
            flows.close_app(qtbot, app)
        again = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
        try:
            flows.sign_in(qtbot, again)
            assert again.core.checkout.state.customer_name == HOSTILE
            press(qtbot, again.window, Qt.Key.Key_F1)
            qtbot.waitUntil(lambda: current(again) is again.workflow.selling.view, timeout=flows.WAIT)
            shown = again.workflow.selling.view.customer_label
            qtbot.waitUntil(lambda: "dev/zero" in shown.text(), timeout=flows.WAIT)
            assert shown.textFormat() == Qt.TextFormat.PlainText
            again.window.grab()  # painting it reads nothing (a rich label would open /dev/zero and never end)
        finally:
            flows.close_app(qtbot, again)
