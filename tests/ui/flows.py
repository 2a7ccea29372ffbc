"""Steps of the register's screens, driven like a person would (clicks, typing, keys), for the UI tests."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Coroutine
from decimal import Decimal
from typing import Any

import httpx
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from register.config import ApiKey, Connection, Mode, Paths
from register.services.sync import Backoff
from ui.app import RegisterApp
from ui.form_dialog import FormDialog

translate = QCoreApplication.translate
FAST = Backoff(initial=0.05, maximum=0.3)
WAIT = 15_000
MANAGER, PIN = "Dana Manager", "2468"


def make_app(qtbot: Any, qapp: Any, url: str | None, key: str | None, *, language: str | None = None) -> RegisterApp:
    """A register on this test's REGISTER_HOME, pointed at ``url`` (None: ask, as on a first run); its screens in
    ``language`` (None: the station's choice, else the locale's: en_US in the tests, see ``REGISTER_LOCALE``)."""
    connection = Connection(Mode.LIVE, url, ApiKey(key)) if url and key else None
    app = RegisterApp(qapp, connection, Paths.default().ensure(), backoff=FAST, language=language)
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: qapp.activeWindow() is app.window, timeout=WAIT)  # keys go where a person's would
    return app


def run(qtbot: Any, coro: Coroutine[Any, Any, Any], timeout: int = WAIT) -> Any:
    """Run a coroutine on the test's qasync loop and wait for it (pumping Qt meanwhile)."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def close_app(qtbot: Any, app: RegisterApp) -> None:
    """What quitting does: save the window, stop the worker, close the database; stop a demo sandbox."""
    run(qtbot, app.aclose())
    app.shutdown()


def current(app: RegisterApp) -> Any:
    return app.window.current_view()


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot: Any, widget: Any, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as a person makes it, into the active window. The offscreen platform has no window
    manager: when a dialog closes it may leave no window active (and shortcuts need one), so the test
    activates the window first, as a window manager would."""
    window = widget.window()
    if QApplication.activeWindow() is not window and not QApplication.activeModalWidget():
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    qtbot.keyClick(widget, key, modifiers)


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def pair_first_station(qtbot: Any, app: RegisterApp, station: int = 0) -> str:
    """Pick the first outlet's station ``station`` and pair; returns its id."""
    qtbot.waitUntil(lambda: app.workflow is not None and current(app) is app.workflow.station_view, timeout=WAIT)
    view = app.workflow.station_view  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=30_000)
    view.table.setFocus()
    view.table.selectRow(station)
    station_id = view.selected_station_id()
    assert station_id
    click(qtbot, view.pair_button)
    qtbot.waitUntil(lambda: current(app) is app.workflow.sign_in_view, timeout=WAIT)  # type: ignore[union-attr]
    return station_id


def create_first_manager(qtbot: Any, app: RegisterApp, name: str = MANAGER, pin: str = PIN) -> None:
    view = app.workflow.sign_in_view  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.isEnabled() and view.confirm_edit.isVisible(), timeout=WAIT)
    type_into(qtbot, view.name_combo.lineEdit(), name)
    type_into(qtbot, view.pin_edit, pin)
    type_into(qtbot, view.confirm_edit, pin)
    press(qtbot, view.confirm_edit, Qt.Key.Key_Return)
    wait_home(qtbot, app)


def sign_in(qtbot: Any, app: RegisterApp, name: str = MANAGER, pin: str = PIN) -> None:
    qtbot.waitUntil(lambda: app.workflow is not None, timeout=WAIT)
    view = app.workflow.sign_in_view  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: current(app) is view and view.isEnabled() and not view.confirm_edit.isVisible(),
                    timeout=WAIT)
    view.name_combo.setCurrentText(name)
    type_into(qtbot, view.pin_edit, pin)
    press(qtbot, view.pin_edit, Qt.Key.Key_Return)
    wait_home(qtbot, app)


def wait_home(qtbot: Any, app: RegisterApp) -> None:
    home = app.workflow.home_view  # type: ignore[union-attr]
    # the home screen shows "no session" until its load (keyed "home") has read the store: wait for that
    qtbot.waitUntil(lambda: current(app) is home and not app.tasks.busy("home"), timeout=WAIT)
    nobody = translate("StatusBarPanel", "Nobody signed in")
    qtbot.waitUntil(lambda: app.window.status.cashier.text() != nobody, timeout=WAIT)


def open_session(qtbot: Any, app: RegisterApp, counts: dict[str, int], note: str = "") -> None:
    """F2 on the home screen, count bills and coins (typed and tapped), F2 to open."""
    flow = app.workflow.sessions  # type: ignore[union-attr]
    home = app.workflow.home_view  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: home.open_button.isEnabled(), timeout=WAIT)
    press(qtbot, app.window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: current(app) is flow.open_view, timeout=WAIT)
    for value, pieces in counts.items():
        flow.open_view.counter.set_count(value, pieces)
    if note:
        type_into(qtbot, flow.open_view.note_edit, note)
    press(qtbot, app.window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: current(app) is home and home.x_button.isEnabled(), timeout=WAIT)


def dialog(app: RegisterApp) -> FormDialog:
    found = app.workflow.sessions.dialog  # type: ignore[union-attr]
    assert found is not None
    return found


def fill_dialog(qtbot: Any, app: RegisterApp, values: dict[str, str], *, expect_accept: bool = True) -> FormDialog:
    """Fill the open dialog's fields and confirm; wait for it to close (or to show why not)."""
    sessions = app.workflow.sessions  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: sessions.dialog is not None and sessions.dialog.isVisible(), timeout=WAIT)
    form = dialog(app)
    for key, text in values.items():
        type_into(qtbot, form.fields[key], text)
    click(qtbot, form.confirm_button)
    if expect_accept:
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT)
        assert form.result() == QDialog.DialogCode.Accepted, form.notice.text()
    else:
        qtbot.waitUntil(lambda: form.notice.isVisible() and form.confirm_button.isEnabled(), timeout=WAIT)
    return form


def wait_synced(qtbot: Any, app: RegisterApp, timeout: int = 30_000) -> None:
    """Until the outbox has nothing left for the server."""
    qtbot.waitUntil(lambda: app.workflow is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: app.core is not None and app.core._outbox.counts().waiting == 0
                    and app.window.status.pending.text() == translate("StatusBarPanel", "All sent"), timeout=timeout)


def server(sandbox: Any) -> httpx.Client:
    """A plain HTTP client on the sandbox: what Final POS holds, independent of the register."""
    return httpx.Client(base_url=sandbox.base_url + "/v1/api", headers=sandbox.headers, timeout=10)


def server_ids(app: RegisterApp, kind: str) -> list[str]:
    assert app.core is not None
    return [e.server_id for e in app.core._outbox.entries() if e.kind == kind and e.server_id]


def fmt(amount: Decimal) -> str:
    """How the screens write a USD amount (the test machine's locale may be C: en_US is used then)."""
    from ui.money_format import MoneyFormatter

    return MoneyFormatter("USD").format(amount)


def run_sync(app: RegisterApp, fn: Any) -> Any:
    """Run ``fn(connection)`` on the station database's thread (test set-up only)."""
    assert app.core is not None
    return app.core._db.call(fn)


# selling -----------------------------------------------------------------------------------------
def start_selling(qtbot: Any, app: Any, *, pair: bool = True) -> Any:
    """Pair (unless done already), first manager, open a session, wait for the catalog, F1: the sell screen."""
    if pair:
        pair_first_station(qtbot, app)
    create_first_manager(qtbot, app)
    open_session(qtbot, app, {"100": 1})
    qtbot.waitUntil(lambda: len(app.core.catalog.index.items) > 0, timeout=30_000)
    assert app.workflow.home_view.sell_button.text() == translate("SessionHomeView", "Sell") + "  F1"
    press(qtbot, app.window, Qt.Key.Key_F1)
    selling = app.workflow.selling
    qtbot.waitUntil(lambda: current(app) is selling.view and bool(selling.view.catalog.product_buttons),
                    timeout=WAIT)
    return selling


def scan(qtbot: Any, app: Any, code: str) -> None:
    """A scanner: the code's characters a few ms apart, then Enter, wherever the keyboard focus is (in an open
    dialog: its field; the offscreen platform's has no window manager to move the application's focus there)."""
    modal = QApplication.activeModalWidget()
    target = (modal.focusWidget() or modal) if modal is not None else QApplication.focusWidget() or app.window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def settled(qtbot: Any, selling: Any) -> None:
    qtbot.waitUntil(lambda: selling.busy == 0, timeout=WAIT)


def priced_items(app: Any, n: int) -> list[Any]:
    """``n`` items spread over the catalog, with a price, a barcode, plenty in stock (or stock not managed) and not
    on sale (a sale price adds words to the cart's line): ordinary things to ring up."""
    checkout = app.core.checkout
    run_sync(app, checkout.stock.load)

    def ordinary(item: Any) -> bool:
        on_hand = checkout.on_hand(item)
        return (bool(item.barcode) and item.price is not None and item.regular_price is None
                and not item.sold_by_weight and (on_hand is None or on_hand >= 20))

    items = [i for i in app.core.catalog.index.items if ordinary(i)]
    return items[:: max(1, len(items) // n)][:n]


def dead_url() -> str:
    """An address on this machine where nothing listens (Final POS unreachable)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there any more


def offline_session(qtbot: Any, qapp: Any, sandbox: Any, counts: dict[str, int]) -> tuple[str, RegisterApp]:
    """Pair and create the first manager while Final POS answers (the catalog synced, everything sent), then
    restart with Final POS unreachable, sign in and open a session: the station id and the offline app."""
    online = make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
    try:
        station_id = pair_first_station(qtbot, online)
        create_first_manager(qtbot, online)
        qtbot.waitUntil(lambda: len(online.core.catalog.index.items) > 0, timeout=30_000)  # type: ignore[union-attr]
        wait_synced(qtbot, online)
    finally:
        close_app(qtbot, online)
    offline = make_app(qtbot, qapp, dead_url(), sandbox.api_key)
    try:
        sign_in(qtbot, offline)
        open_session(qtbot, offline, counts)
    except BaseException:
        close_app(qtbot, offline)
        raise
    return station_id, offline


def open_payment(qtbot: Any, app: Any) -> Any:
    """F12 on the sell screen: the payment screen, once it is in front."""
    pay = app.workflow.payment.view
    press(qtbot, app.window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: current(app) is pay, timeout=WAIT)
    return pay


def pay_by_card_and_complete(qtbot: Any, app: Any, reference: str = "") -> str:
    """F12 to the payment screen, the card terminal (F6) for what is due, F12 to complete; the receipt id."""
    pay = open_payment(qtbot, app)
    if reference:
        type_into(qtbot, pay.reference_edit, reference)
    press(qtbot, app.window, Qt.Key.Key_F6)
    qtbot.waitUntil(pay.complete_button.isEnabled, timeout=WAIT)
    press(qtbot, app.window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: current(app) is app.workflow.receipts.view, timeout=WAIT)
    return str(app.workflow.payment.last_sale.receipt_id)


def pay_exact_and_complete(qtbot: Any, app: Any) -> str:
    """F12 to the payment screen, "Exact" in cash, F12 to complete; the sale's receipt id."""
    pay = open_payment(qtbot, app)
    click(qtbot, pay.quick_buttons[0])
    qtbot.waitUntil(pay.complete_button.isEnabled, timeout=WAIT)
    press(qtbot, app.window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: current(app) is app.workflow.receipts.view, timeout=WAIT)
    return str(app.workflow.payment.last_sale.receipt_id)


def server_orders(http: httpx.Client) -> list[dict[str, Any]]:
    """Every order Final POS holds."""
    listed = http.get("/orders").json()
    return listed if isinstance(listed, list) else listed.get("data") or listed.get("items") or []


def server_order(qtbot: Any, app: Any, http: httpx.Client, receipt: str) -> dict[str, Any]:
    """The order with ``receipt`` as Final POS holds it, once the outbox has delivered it."""
    wait_synced(qtbot, app)
    return next(o for o in server_orders(http) if o["receiptId"] == receipt)
