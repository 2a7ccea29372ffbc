"""Render each screen of the register to PNG, offscreen, into ``docs/screens/`` (for the README and review).

Runs the real app against an in-process sandbox with the demo shop, in a throw-away REGISTER_HOME, and
walks a manager's day: first run, pairing, first manager, open with a counted float, cash out, X report,
blind close, over/short, Z report. Run: ``uv run python scripts/screens.py [OUT_DIR]``.
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

# REGISTER_SCREENS_SIZE=1024x768 renders at a small station's size (to check that nothing clips)
SIZE = tuple(int(n) for n in os.environ.get("REGISTER_SCREENS_SIZE", "1180x780").split("x"))


async def until(what: str, condition: Callable[[], object], timeout: float = 30.0) -> None:  # noqa: ASYNC109
    """Poll ``condition`` while the Qt loop runs (a script may sleep; the tests wait on signals)."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"waiting for {what}")
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)  # let the last paint settle


def breakdown(amount: Decimal) -> dict[Any, int]:
    """A plausible drawer worth ``amount``: greedy by bills and coins, leaving the 100s and 2s out."""
    from register.services.denominations import denominations

    counts: dict[Any, int] = {}
    for d in denominations("USD"):
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
    for value, pieces in (("20", 5), ("10", 5), ("5", 4), ("1", 10), ("0.25", 16), ("0.10", 10)):
        flow.open_view.counter.set_count(value, pieces)
    flow.open_view.note_edit.setText("Float from the safe")
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
    await sell_walk(app, out)
    flow.show_home()
    await until("home again", lambda: win.current_view() is wf.home_view and wf.home_view.x_button.isEnabled())

    wf.home_view.cash_out_button.click()
    await until("cash out dialog", lambda: flow.dialog is not None and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog is not None
    for field, text in (("amount", "12.40"), ("reason", "milk for the coffee bar"), ("manager", "Dana Reyes")):
        dialog.fields[field].setText(text)
    shoot(dialog, out, "07-cash-out")
    dialog.fields["pin"].setText("2468")
    dialog.confirm_button.click()
    await until("cash out done", lambda: not dialog.isVisible())

    wf.home_view.x_button.click()
    await until("X report", lambda: win.current_view() is flow.report_view)
    shoot(win, out, "08-x-report")
    flow.report_view.back_button.click()

    await until("home", lambda: win.current_view() is wf.home_view and wf.home_view.close_button.isEnabled())
    wf.home_view.close_button.click()
    await until("close", lambda: win.current_view() is flow.close_view)
    figures = await core.sessions.figures()
    expected_card = figures.methods["card"].expected
    for denomination, pieces in breakdown(figures.methods["cash"].expected + Decimal("1.00")).items():
        flow.close_view.counter.set_count(denomination.value, pieces, denomination.kind)  # a dollar over
    flow.close_view.method_edits["card"].setText(str(expected_card - Decimal("2.00")))
    shoot(win, out, "09-blind-close-count")
    flow.close_view.confirm_button.click()
    await until("reconciled", lambda: flow.close_view.close_button.isVisible())
    flow.close_view.note_edit.setText("Card batch printed twice; 2.00 short on the terminal")
    shoot(win, out, "10-close-over-short")
    flow.close_view.close_button.click()
    await until("approval", lambda: flow.dialog is not None and flow.dialog.isVisible())
    approval = flow.dialog
    shoot(approval, out, "11-manager-approval")
    approval.fields["pin"].setText("2468")
    approval.confirm_button.click()
    await until("Z report", lambda: "Z report" in flow.report_view.text())
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
    selling.view.set_priced(core.checkout.price())
    shoot(win, out, "20-sell")
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
    await core.checkout.park("Blue jacket: gone to fetch her wallet", actor="Dana Reyes")
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
    refund.fields["reason"].setText("damaged box")
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
    out = Path(argv[0]) if argv else ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="register-screens-") as tmp:
        os.environ["REGISTER_HOME"] = str(Path(tmp) / "home")
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
