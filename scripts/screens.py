"""Render each screen of the register to PNG, offscreen, into ``docs/screens/`` (for the README and review).

Runs the real app against an in-process sandbox with the demo shop, in a throw-away REGISTER_HOME, and
walks a manager's day: first run, pairing, first manager, open with a counted float, cash out, X report,
blind close, over/short, Z report. Run: ``uv run python scripts/screens.py [OUT_DIR] [--locale LOCALE]``.

``--locale fr_FR`` renders a French till in euros (the store's currency follows the locale's country on the first
run), ``--locale es_US`` a US store whose screens speak Spanish; ``docs/screens/fr/`` and ``docs/screens/es/``
are made so.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

# a 1024×768 till by default; REGISTER_SCREENS_SIZE=1920x1080 renders at a desk's size
SIZE = tuple(int(n) for n in os.environ.get("REGISTER_SCREENS_SIZE", "1024x768").split("x"))


async def until(what: str, condition: Callable[[], object], timeout: float = 30.0) -> None:  # noqa: ASYNC109
    """Poll ``condition`` while the Qt loop runs (a script may sleep; the tests wait on signals)."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"waiting for {what}")
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)  # let the last paint settle


FLOATS = {
    "USD": (("20", 5), ("10", 5), ("5", 4), ("1", 10), ("0.25", 16), ("0.10", 10)),
    "EUR": (("20", 5), ("10", 5), ("5", 4), ("2", 5), ("1", 10), ("0.50", 8), ("0.20", 10)),
}
"""An opening float per currency, bill and coin counts."""

NOTES = {
    "en": {"float": "Float from the safe", "milk": "milk for the coffee bar",
           "batch": "Card batch printed twice; 2.00 short on the terminal",
           "jacket": "Blue jacket: gone to fetch her wallet", "damaged": "damaged box"},
    "fr": {"float": "Fonds du coffre", "milk": "lait pour le bar à café",
           "batch": "Lot carte imprimé deux fois ; 2,00 en moins sur le terminal",
           "jacket": "Veste bleue : partie chercher son portefeuille", "damaged": "boîte abîmée"},
    "es": {"float": "Fondo de la caja fuerte", "milk": "leche para la barra de café",
           "batch": "Lote de tarjetas impreso dos veces; faltan 2.00 en el terminal",
           "jacket": "Chaqueta azul: fue a buscar su cartera", "damaged": "caja dañada"},
}
"""What the people in the walk type, in the screens' language."""


def note(key: str) -> str:
    from ui import i18n

    return NOTES.get(i18n.current().language, NOTES["en"])[key]


def breakdown(amount: Decimal, currency: str) -> dict[Any, int]:
    """A plausible drawer worth ``amount``: greedy by bills and coins, leaving the 100s and 2s out."""
    from register.services.denominations import denominations

    counts: dict[Any, int] = {}
    for d in denominations(currency):
        if d.value in (Decimal(100), Decimal(2)) and d.kind == "bill":
            continue
        pieces = int(amount // d.value)
        if pieces:
            counts[d] = pieces
            amount -= d.value * pieces
    return counts


def shoot(widget: object, out: Path, name: str) -> None:
    """Save ``widget`` as ``out/name.png``."""
    path = out / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


async def walk(app: object, out: Path, base_url: str, key: str) -> None:
    from register.services.cashiers import Role
    from ui.app import RegisterApp

    assert isinstance(app, RegisterApp)
    win = app.window
    app.start()
    await until("first run", lambda: app.first_run is not None)
    app.first_run.url_edit.setText(base_url)  # type: ignore[union-attr]
    shoot(win, out, "01-first-run")
    app.first_run.key_edit.setText(key)  # type: ignore[union-attr]
    app.first_run.connect_button.click()  # type: ignore[union-attr]
    await until("stations", lambda: app.workflow is not None and app.workflow.station_view.table.rowCount() > 0)
    wf = app.workflow
    assert wf is not None
    win.statusBar().clearMessage()
    shoot(win, out, "02-pair-station")
    wf.station_view.pair_button.click()
    await until("sign-in", lambda: win.current_view() is wf.sign_in_view and wf.sign_in_view.isEnabled())
    wf.sign_in_view.name_combo.setEditText("Dana Reyes")
    wf.sign_in_view.pin_edit.setText("2468")
    wf.sign_in_view.confirm_edit.setText("2468")
    shoot(win, out, "03-first-manager")
    wf.sign_in_view.submit_button.click()
    await until("home", lambda: win.current_view() is wf.home_view and wf.home_view.open_button.isEnabled())
    shoot(win, out, "04-home-no-session")

    flow = wf.sessions
    wf.home_view.open_button.click()
    currency = app.core.pricing.currency if app.core is not None else "USD"
    for value, pieces in FLOATS.get(currency, FLOATS["USD"]):
        flow.open_view.counter.set_count(value, pieces)
    flow.open_view.note_edit.setText(note("float"))
    await asyncio.sleep(0.1)  # the layout follows the counts set, as it does before a person sees it
    shoot(win, out, "05-open-session")
    flow.open_view.open_button.click()
    await until("session open", lambda: flow.session is not None)
    await until("catalog", lambda: app.core is not None and len(app.core.catalog.index.items) > 0)
    core = app.core
    assert core is not None
    items = [i for i in core.catalog.index.items if i.barcode and i.price]
    for n, method in enumerate(("cash", "credit_card", "cash")):  # a few sales, rung up through the core
        await core.checkout.add_code(items[n].barcode or "")
        await core.checkout.add_tender(method, "50" if method == "cash" else None)
        await core.checkout.complete(actor="Dana Reyes")
    await core.sessions.move_cash("in", Decimal("25.00"), "coins from the bank", "Dana Reyes")
    flow.show_home()
    await until("home with session", lambda: wf.home_view.x_button.isEnabled())
    shoot(win, out, "06-home-session-open")
    wf.home_view.settings_button.click()
    await until("settings", lambda: flow.dialog is not None and flow.dialog.isVisible()
                and flow.dialog.objectName() == "settingsDialog")
    shoot(flow.dialog, out, "32-settings")
    flow.dialog.reject()
    # the next person signs in: the list starts on who signed in last, the PIN on the pad (a touch till)
    await core.cashiers.add("Sam Ortiz", Role.CASHIER, "1357", actor="Dana Reyes")
    wf.home_view.sign_out_button.click()
    await until("sign-in", lambda: win.current_view() is wf.sign_in_view and wf.sign_in_view.isEnabled()
                and wf.sign_in_view.name_combo.count() == 2)
    for digit in "24":
        wf.sign_in_view.pin_pad.buttons[digit].click()
    shoot(win, out, "13-sign-in")
    for digit in "68":
        wf.sign_in_view.pin_pad.buttons[digit].click()
    wf.sign_in_view.submit_button.click()
    await until("home again", lambda: win.current_view() is wf.home_view and wf.home_view.x_button.isEnabled())
    await sell_walk(app, out)
    flow.show_home()
    await until("home again", lambda: win.current_view() is wf.home_view and wf.home_view.x_button.isEnabled())

    wf.home_view.cash_out_button.click()
    await until("cash out dialog", lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    fmt = flow.fmt
    for field, text in (("amount", fmt.number(Decimal("12.40"))), ("reason", note("milk")),
                        ("manager", "Dana Reyes")):
        dialog.fields[field].setText(text)
    shoot(dialog, out, "07-cash-out")
    dialog.fields["pin"].setText("2468")
    dialog.confirm_button.click()
    await until("cash out done", lambda: not dialog.isVisible())

    wf.home_view.x_button.click()
    await until("X report", lambda: win.current_view() is flow.report_view)
    shoot(win, out, "08-x-report")
    flow.report_view.back_button.click()
    await until("home", lambda: win.current_view() is wf.home_view)
    wf.home_view.audit_button.click()  # the manager signed in reads the audit log
    await until("audit log", lambda: win.current_view() is wf.audit.view and bool(wf.audit.view.entries))
    shoot(win, out, "14-audit-log")
    wf.audit.view.back_button.click()

    await until("home", lambda: win.current_view() is wf.home_view and wf.home_view.close_button.isEnabled())
    wf.home_view.close_button.click()
    await until("close", lambda: win.current_view() is flow.close_view)
    figures = await core.sessions.figures()
    expected_card = figures.methods["card"].expected
    for denomination, pieces in breakdown(figures.methods["cash"].expected + Decimal("1.00"), currency).items():
        flow.close_view.counter.set_count(denomination.value, pieces, denomination.kind)  # a dollar over
    flow.close_view.method_edits["card"].setText(fmt.number(expected_card - Decimal("2.00")))
    await asyncio.sleep(0.1)  # the layout follows the counts set, as it does before a person sees it
    shoot(win, out, "09-blind-close-count")
    flow.close_view.confirm_button.click()
    await until("reconciled", lambda: flow.close_view.close_button.isVisible())
    flow.close_view.note_edit.setText(note("batch"))
    shoot(win, out, "10-close-over-short")
    flow.close_view.close_button.click()
    await until("approval", lambda: flow.dialog is not None and flow.dialog.isVisible())
    approval = flow.dialog
    shoot(approval, out, "11-manager-approval")
    approval.fields["pin"].setText("2468")
    approval.confirm_button.click()
    await until("Z report", lambda: flow.last_closed is not None and win.current_view() is flow.report_view)
    shoot(win, out, "12-z-report")
    await core.worker.flush(deadline=time.time() + 20)


async def sell_walk(app: Any, out: Path) -> None:
    """Part 2: the sell screen, payment, receipt, parked carts, orders and refund, customer, display."""
    win, wf, core = app.window, app.workflow, app.core
    selling, payment, receipts, orders = wf.selling, wf.payment, wf.receipts, wf.orders
    wf.home_view.sell_button.click()
    await until("sell screen", lambda: win.current_view() is selling.view and selling.view.catalog.product_buttons)
    shoot(win, out, "19-sell-empty")
    items = [i for i in core.catalog.index.items if i.barcode and i.price]
    for item in (items[10], items[10], items[40], items[75], items[120]):
        selling.scan(item.barcode or "")
    await until("scanned", lambda: selling.busy == 0 and selling.view.model.rowCount() == 4)
    await core.checkout.discount_line(core.checkout.state.lines[1].line_id, "Dana Reyes", percentage="10")
    weighed = next(i for i in items if i.sold_by_weight)
    await core.checkout.add_item(weighed, "1.25")  # sold by weight: a decimal quantity
    await core.checkout.discount_cart("Dana Reyes", percentage="5")  # the cart discount: a row of its own
    selling.view.set_priced(core.checkout.price())
    shoot(win, out, "20-sell")
    # a price check (F11): what is scanned is shown, nothing is added
    selling.view.price_check_button.click()
    await until("price check", lambda: selling.price_check is not None and selling.price_check.isVisible())
    selling.price_check.show_code(items[40].barcode or "")
    shoot(selling.price_check, out, "33-price-check")
    selling.price_check.reject()
    # more than the stock of an item that may not be backordered: a manager says whether to sell anyway
    from register.services.stock import OutOfStockError

    low = items[75]

    async def nothing(_by: object) -> Any:
        return core.checkout.price()

    selling._ask_stock_override(OutOfStockError("", name=low.display_name, on_hand=Decimal(2), wanted=Decimal(3)),
                                nothing, None, None)
    await until("stock approval", lambda: wf.sessions.dialog is not None and wf.sessions.dialog.isVisible())
    shoot(wf.sessions.dialog, out, "34-stock-approval")
    wf.sessions.dialog.reject()
    # closing the window with a sale in progress asks first
    win.close()
    await until("close confirmation", lambda: getattr(win, "close_box", None) is not None and win.close_box.isVisible())
    shoot(win.close_box, out, "35-close-with-a-sale")
    win.close_box.reject()
    win.close_box.hide()
    selling.view.catalog.search_for("latte")
    shoot(win, out, "21-sell-search")
    selling.view.catalog.clear_search()
    multi = next(v for products in core.catalog.index.products_by_category.values() for v in products.first
                 if len(v) > 1)
    selling.view.catalog.variants_requested.emit(multi)
    await until("variant picker", lambda: wf.extras.variant_dialog is not None and wf.extras.variant_dialog.isVisible())
    shoot(wf.extras.variant_dialog, out, "29-variant-picker")
    wf.extras.variant_dialog.reject()
    payment.show()
    payment.view.tip_button.click()
    await until("tip dialog", lambda: wf.sessions.dialog is not None and wf.sessions.dialog.isVisible())
    shoot(wf.sessions.dialog, out, "30-tip")
    wf.sessions.dialog.reject()
    payment.view.other_button.click()
    await until("other payment", lambda: wf.sessions.dialog is not None and wf.sessions.dialog.isVisible())
    shoot(wf.sessions.dialog, out, "31-other-payment")
    wf.sessions.dialog.reject()
    payment._on_view_card_requested("10.00", "auth-4471")
    await until("card taken", lambda: selling.busy == 0 and payment.view.tenders.count() == 1)
    shoot(win, out, "22-payment")
    payment.view.quick_buttons[2].click()
    await until("paid", lambda: selling.busy == 0 and payment.view.complete_button.isEnabled())
    payment.view.complete_button.click()
    await until("receipt", lambda: win.current_view() is receipts.view and receipts.receipt is not None)
    shoot(win, out, "23-receipt")
    selling.show()
    for item in (items[5], items[6]):
        selling.scan(item.barcode or "")
    await until("second cart", lambda: selling.busy == 0 and selling.view.model.rowCount() == 2)
    await core.checkout.park(note("jacket"), actor="Dana Reyes")
    selling.view.set_priced(core.checkout.price())
    selling.view.parked_button.click()
    await until("parked", lambda: orders.parked_dialog is not None and orders.parked_dialog.list.count() == 1)
    shoot(orders.parked_dialog, out, "24-parked")
    orders.parked_dialog.reject()
    selling.view.orders_button.click()
    await until("orders", lambda: win.current_view() is orders.view and len(orders.view.rows) > 0)
    shoot(win, out, "25-orders")
    orders.view.refund_button.click()
    await until("refund dialog", lambda: wf.sessions.dialog is not None and wf.sessions.dialog.isVisible())
    refund = wf.sessions.dialog
    refund.fields["line_0"].setText("1")
    refund.fields["reason"].setText(note("damaged"))
    shoot(refund, out, "26-refund")
    refund.reject()
    selling.show()
    selling.scan(items[7].barcode or "")
    await until("cart", lambda: selling.busy == 0 and selling.view.model.rowCount() == 1)
    selling.view.customer_button.click()
    await until("customer dialog", lambda: wf.sessions.dialog is not refund and wf.sessions.dialog is not None
                and wf.sessions.dialog.isVisible())
    customer = wf.sessions.dialog
    customer.search_edit.setText("a")
    shoot(customer, out, "27-customer")
    customer.reject()
    wf.display.toggle()
    await until("display", lambda: wf.display.window is not None and wf.display.window.isVisible())
    shoot(wf.display.window, out, "28-customer-display")
    wf.display.toggle()
    await core.checkout.clear("Dana Reyes")


def main(argv: list[str]) -> int:
    args = list(argv)
    locale = None
    if "--locale" in args:
        at = args.index("--locale")
        locale = args[at + 1]
        del args[at:at + 2]
    out = Path(args[0]) if args else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="register-screens-") as tmp:
        os.environ["REGISTER_HOME"] = str(Path(tmp) / "home")
        os.environ["REGISTER_LOCALE"] = locale or "en_US"  # the screens' language and figures
        import qasync
        from PySide6.QtWidgets import QApplication

        from register.config import Paths
        from register.sandbox.testing import running_sandbox
        from ui.app import RegisterApp, apply_theme

        qt_app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(qt_app, QApplication)
        apply_theme(qt_app)
        with running_sandbox(Path(tmp) / "sandbox", api_key="screens-key") as sandbox:
            loop = qasync.QEventLoop(qt_app)
            asyncio.set_event_loop(loop)
            app = RegisterApp(qt_app, None, Paths.default().ensure())
            app.window.resize(SIZE[0], SIZE[1])
            with loop:
                try:
                    loop.run_until_complete(walk(app, out, sandbox.base_url, sandbox.api_key))
                finally:
                    loop.run_until_complete(app.aclose())
                    app.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
