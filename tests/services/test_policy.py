"""The policy, driven as a script drives the core: what the policy reserves is refused without a manager's
approval, whoever calls, and done with one; approvals cannot be forged, reused or stretched; the blind count
binds; lockouts survive a restart; the audit log cannot be edited and `register audit verify` finds a change
made behind its back."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from register.services.cashiers import AuthError, Role
from register.services.core import DB_FILE, RegisterCore
from register.services.policy import Action, ApprovalRequired, Rule
from register.services.stock import OutOfStockError
from register.store.records import audit_entries
from tests.services.conftest import MANAGER, MANAGER_PIN, open_station

CASHIER, CASHIER_PIN = "Sam", "1357"


@pytest.fixture
def till(tmp_path: Path, sandbox: Any, run: Any) -> Any:
    """A paired station with a session open and one sale, worked by a cashier (signed in)."""
    core = run(open_station(tmp_path / "station", sandbox))
    run(core.cashiers.add(CASHIER, Role.CASHIER, CASHIER_PIN, actor=MANAGER))
    run(core.sessions.open("100", opened_by=MANAGER))
    run(core.cashiers.sign_in(CASHIER, CASHIER_PIN))
    yield core
    run(core.close())


def _items(core: RegisterCore, n: int) -> list[Any]:
    return [i for i in core.catalog.index.items if i.barcode and i.price][:n]


def _sale(core: RegisterCore, run: Any) -> str:
    run(core.checkout.add_code(_items(core, 1)[0].barcode or ""))
    run(core.checkout.add_tender("cash", "100"))
    return str(run(core.checkout.complete(CASHIER)).receipt_id)


def _manager(core: RegisterCore, run: Any, action: Action, amount: Decimal | None = None) -> Any:
    return run(core.policy.approve(action, MANAGER, MANAGER_PIN, amount=amount))


def test_a_script_is_refused_the_six_manager_actions_and_does_each_with_an_approval(till: RegisterCore,
                                                                                       run: Any) -> None:
    core = till
    receipt = _sale(core, run)
    first, second = _items(core, 3)[1:]
    run(core.checkout.add_code(first.barcode or ""))
    run(core.checkout.add_code(second.barcode or ""))
    line = core.checkout.state.lines[0].line_id
    refused: list[str] = []
    attempts = {
        "refund": lambda approval=None: core.refunds.refund(receipt, CASHIER, approval=approval),
        "cash out": lambda approval=None: core.sessions.move_cash("out", "5", "float to the bank", CASHIER,
                                                                   approval=approval),
        "a 100 % discount": lambda approval=None: core.checkout.discount_line(line, CASHIER, percentage="100",
                                                                               approval=approval),
        "a price override": lambda approval=None: core.checkout.override_price(line, "0.01", CASHIER,
                                                                                approval=approval),
    }
    actions = {"refund": Action.REFUND, "cash out": Action.CASH_OUT, "a 100 % discount": Action.LINE_DISCOUNT,
               "a price override": Action.PRICE_OVERRIDE}
    for name, attempt in attempts.items():
        with pytest.raises(ApprovalRequired):
            run(attempt())
        refused.append(name)
        run(attempt(approval=_manager(core, run, actions[name])))
    # a void after a payment (the other line still covers what is paid), and the close
    run(core.checkout.add_tender("cash", "0.01"))
    with pytest.raises(ApprovalRequired):
        run(core.checkout.remove_line(line, CASHIER))
    run(core.checkout.remove_line(line, CASHIER, approval=_manager(core, run, Action.VOID_AFTER_PAYMENT)))
    run(core.checkout.remove_tender(core.checkout.state.tenders[0].tender_id))
    run(core.checkout.clear(CASHIER))
    run(core.sessions.count({"cash": "0", "card": "0"}, counted_by=CASHIER))
    with pytest.raises(ApprovalRequired):
        run(core.sessions.close(closed_by=CASHIER))
    closed = run(core.sessions.close(closed_by=CASHIER, approval=_manager(core, run, Action.CLOSE_SESSION)))
    assert closed.report["closedBy"] == MANAGER  # who answers for it: the approver
    assert refused == list(attempts)
    log = core._db.call(lambda c: audit_entries(c, limit=1000))
    assert len([e for e in log if e["action"] == "refused"]) >= 6
    used = {e["detail"]["approved"] for e in log if e["action"] == "approval_used"}
    assert {"refund", "cash_out", "line_discount", "price_override", "void_after_payment",
            "close_session"} <= used


def test_nobody_signed_in_may_do_only_what_is_not_reserved(tmp_path: Path, sandbox: Any, run: Any) -> None:
    core = run(open_station(tmp_path / "station", sandbox, sign_in=False))
    try:
        run(core.sessions.open("0", opened_by="script"))
        run(core.checkout.add_code(_items(core, 1)[0].barcode or ""))
        with pytest.raises(ApprovalRequired):
            run(core.checkout.discount_cart("script", percentage="1"))
        with pytest.raises(ApprovalRequired):
            run(core.sessions.figures())
        run(core.checkout.add_tender("cash", "50"))  # selling itself is never reserved
        assert run(core.checkout.complete("script")).receipt_id
    finally:
        run(core.close())


def test_cashiers_discount_up_to_ten_percent(till: RegisterCore, run: Any) -> None:
    core = till
    run(core.checkout.add_code(_items(core, 1)[0].barcode or ""))
    line = core.checkout.state.lines[0]
    run(core.checkout.discount_line(line.line_id, CASHIER, percentage="10"))
    with pytest.raises(ApprovalRequired):
        run(core.checkout.discount_line(line.line_id, CASHIER, percentage="10.5"))
    too_much = (line.unit_price * line.quantity * Decimal("0.2")).quantize(Decimal("0.01"))
    with pytest.raises(ApprovalRequired):  # an amount counts by the share of the line it takes
        run(core.checkout.discount_line(line.line_id, CASHIER, amount=too_much))
    run(core.checkout.remove_line(line.line_id, CASHIER))  # before any payment: a cashier's to void


def test_approvals_cannot_be_forged_reused_stretched_or_moved(till: RegisterCore, run: Any) -> None:
    core = till
    receipt = _sale(core, run)
    approval = _manager(core, run, Action.CASH_OUT, Decimal("5"))
    forged = dataclasses.replace(approval, amount=Decimal("500"))
    with pytest.raises(ApprovalRequired, match="not made by this register"):
        run(core.sessions.move_cash("out", "500", "x", CASHIER, approval=forged))
    with pytest.raises(ApprovalRequired, match="smaller amount"):
        run(core.sessions.move_cash("out", "6", "x", CASHIER, approval=approval))
    with pytest.raises(ApprovalRequired, match="something else"):
        run(core.refunds.refund(receipt, CASHIER, approval=approval))
    run(core.sessions.move_cash("out", "5", "bank", CASHIER, approval=approval))
    with pytest.raises(ApprovalRequired, match="used already"):
        run(core.sessions.move_cash("out", "5", "again", CASHIER, approval=approval))
    with pytest.raises(ApprovalRequired, match="may not approve"):
        run(core.policy.approve(Action.REFUND, CASHIER, CASHIER_PIN))  # a cashier cannot approve a refund
    with pytest.raises(AuthError):
        run(core.policy.approve(Action.REFUND, MANAGER, "0000"))


def test_the_blind_count_binds_and_both_counts_are_audited(till: RegisterCore, run: Any) -> None:
    core = till
    _sale(core, run)
    with pytest.raises(ApprovalRequired):  # a cashier cannot read what the drawer should hold
        run(core.sessions.figures())
    lines = run(core.sessions.count({"cash": "90", "card": "0"}, counted_by=CASHIER))  # committed, then shown
    cash = next(line for line in lines if line.method == "cash")
    assert cash.counted == Decimal(90) and cash.difference < 0
    with pytest.raises(ApprovalRequired):  # counting again to the figures just seen: a manager's to allow
        run(core.sessions.count({"cash": str(cash.expected), "card": "0"}, counted_by=CASHIER))
    with pytest.raises(Exception, match="recount"):  # nor can the close replace the count
        run(core.sessions.close({"cash": str(cash.expected), "card": "0"}, closed_by=CASHIER,
                                approval=_manager(core, run, Action.CLOSE_SESSION)))
    run(core.sessions.count({"cash": str(cash.expected), "card": "0"}, counted_by=CASHIER,
                            approval=_manager(core, run, Action.RECOUNT)))
    counts = run(core.sessions.counts())
    assert [c.n for c in counts] == [1, 2] and counts[1].approved_by == MANAGER
    log = core._db.call(lambda c: audit_entries(c, limit=200))
    assert [e["action"] for e in log if e["action"] in ("blind_count", "recount")] == ["recount", "blind_count"]
    closed = run(core.sessions.close(closed_by=CASHIER, approval=_manager(core, run, Action.CLOSE_SESSION)))
    assert closed.report["recounts"] == 1 and closed.counts[0].difference == 0


def test_turning_blind_close_off_and_changing_the_policy_are_a_managers(till: RegisterCore, run: Any) -> None:
    core = till
    with pytest.raises(ApprovalRequired):
        run(core.sessions.set_blind_close(False, CASHIER))
    run(core.sessions.set_blind_close(False, CASHIER, approval=_manager(core, run, Action.BLIND_CLOSE_OFF)))
    assert run(core.sessions.blind_close()) is False
    with pytest.raises(ApprovalRequired):
        run(core.policy.set_rule(Action.REFUND, "cashier", Rule(True)))
    run(core.policy.set_rule(Action.REFUND, "cashier", Rule(True), approval=_manager(core, run,
                                                                                      Action.CHANGE_POLICY)))
    receipt = _sale(core, run)
    run(core.refunds.refund(receipt, CASHIER))  # the store now lets its cashiers refund
    assert core.policy.rule(Action.REFUND, "cashier") == Rule(True)


def test_a_lockout_survives_a_restart_and_every_wrong_pin_is_audited(tmp_path: Path, sandbox: Any,
                                                                      run: Any) -> None:
    core = run(open_station(tmp_path / "station", sandbox, sign_in=False))
    try:
        for _ in range(5):
            with pytest.raises(AuthError, match="do not match"):
                run(core.cashiers.sign_in(MANAGER, "0000"))
        with pytest.raises(AuthError, match="Too many wrong PINs"):
            run(core.cashiers.sign_in(MANAGER, MANAGER_PIN))
    finally:
        run(core.close())
    again = run(RegisterCore.open(tmp_path / "station", api_url=sandbox.base_url, api_key=sandbox.api_key))
    try:
        with pytest.raises(AuthError, match="Too many wrong PINs"):  # a restart does not clear it
            run(again.cashiers.sign_in(MANAGER, MANAGER_PIN))
        log = again._db.call(lambda c: audit_entries(c, limit=100))
        assert len([e for e in log if e["action"] == "pin_failed"]) == 5
        assert [e for e in log if e["action"] == "pin_locked_out"]
    finally:
        run(again.close())


def _audit_cli(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "register", "audit", "--data", str(data), "verify"],
                          capture_output=True, text=True, timeout=60, check=False)


def test_the_audit_log_cannot_be_edited_and_a_change_behind_its_back_is_found(tmp_path: Path, sandbox: Any,
                                                                               run: Any) -> None:
    core = run(open_station(tmp_path / "station", sandbox))
    run(core.sessions.open("0", opened_by=MANAGER))
    _sale(core, run)
    with pytest.raises(Exception, match="append-only"):
        core._db.call(lambda c: c.execute("UPDATE audit SET actor = 'nobody'"))
    with pytest.raises(Exception, match="append-only"):
        core._db.call(lambda c: c.execute("DELETE FROM audit"))
    folder = core._db.path.parent
    run(core.close())
    intact = _audit_cli(folder)
    assert intact.returncode == 0 and "intact" in intact.stdout
    # someone with another tool: the triggers dropped, an entry changed, the triggers put back
    raw = sqlite3.connect(folder / DB_FILE)
    with raw:
        sale_entry = raw.execute("SELECT id FROM audit WHERE action = 'sale'").fetchone()[0]
        raw.execute("DROP TRIGGER audit_no_update")
        raw.execute("UPDATE audit SET detail = json_set(detail, '$.total', '0.01') WHERE id = ?", (sale_entry,))
        raw.execute("""CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END""")
    raw.close()
    broken = _audit_cli(folder)
    assert broken.returncode == 1 and f"BROKEN at entry #{sale_entry}" in broken.stdout
    assert "changed after it was written" in broken.stdout


def test_deleting_an_entry_is_found_too(tmp_path: Path, sandbox: Any, run: Any) -> None:
    core = run(open_station(tmp_path / "station", sandbox))
    run(core.sessions.open("0", opened_by=MANAGER))
    run(core.close())
    raw = sqlite3.connect(tmp_path / "station" / DB_FILE)
    with raw:
        raw.execute("DROP TRIGGER audit_no_delete")
        middle = raw.execute("SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
        raw.execute("DELETE FROM audit WHERE id = ?", (middle,))
    raw.close()
    result = _audit_cli(tmp_path / "station")
    assert result.returncode == 1 and "BROKEN" in result.stdout


def test_the_station_settings_are_a_managers_through_the_core(till: RegisterCore, run: Any) -> None:
    core = till
    with pytest.raises(ApprovalRequired):
        run(core.preferences.set_language("fr"))
    with pytest.raises(ApprovalRequired):
        run(core.printer.save("tcp://127.0.0.1:9100"))
    assert run(core.preferences.language()) is None and run(core.printer.setup()).url is None
    with pytest.raises(ValueError):  # a malformed address is refused before anything is asked or written
        run(core.printer.save("lpt1", approval=_manager(core, run, Action.CHANGE_SETTINGS)))
    run(core.preferences.set_language("fr", approval=_manager(core, run, Action.CHANGE_SETTINGS)))
    run(core.printer.save("tcp://127.0.0.1:9100", paper_mm=58, approval=_manager(core, run, Action.CHANGE_SETTINGS)))
    assert run(core.preferences.language()) == "fr"
    assert run(core.printer.setup()).url == "tcp://127.0.0.1:9100" and run(core.printer.setup()).paper_mm == 58
    changes = core._db.call(lambda c: audit_entries(c, "settings_changed"))
    assert {(e["actor"], e["subject"]) for e in changes} == {
        (MANAGER, "language=fr"), (MANAGER, "printer=tcp://127.0.0.1:9100 profile=default paper=58")}
    assert len(core._db.call(lambda c: audit_entries(c, "refused"))) >= 2


def test_the_drawer_opens_for_a_cash_movement_once_and_otherwise_as_a_no_sale(till: RegisterCore, run: Any) -> None:
    from register.services.receipt_printer import NoPrinterError

    core = till
    run(core.policy.set_rule(Action.NO_SALE, "cashier", Rule(False),
                             approval=_manager(core, run, Action.CHANGE_POLICY)))
    with pytest.raises(ApprovalRequired):  # a no sale, now a manager's
        run(core.printer.open_drawer(CASHIER, "no sale"))
    with pytest.raises(NoPrinterError):  # approved: it gets as far as the printer (this station has none)
        run(core.printer.open_drawer(CASHIER, "no sale", approval=_manager(core, run, Action.NO_SALE)))
    run(core.sessions.move_cash("in", "5", "coins from the bank", CASHIER))
    with pytest.raises(NoPrinterError):  # the cash in's own kick needs nothing more
        run(core.printer.open_drawer(CASHIER, "cash in"))
    with pytest.raises(ApprovalRequired):  # a second kick "for the cash in" is a no sale
        run(core.printer.open_drawer(CASHIER, "cash in"))
    receipt = _sale(core, run)  # a cash sale: its receipt may kick the drawer once
    slip = run(core.orders.receipt(receipt))
    from register.printing import Slip

    with pytest.raises(NoPrinterError):
        run(core.printer.print_slip(Slip(("x",), receipt), open_drawer=True, actor=CASHIER,
                                        reason="cash sale", subject=slip.code))
    with pytest.raises(ApprovalRequired):  # a reprint that would open it again
        run(core.printer.print_slip(Slip(("x",), receipt), open_drawer=True, actor=CASHIER,
                                        reason="cash sale", subject=slip.code))
    kicks = core._db.call(lambda c: audit_entries(c, "drawer_open"))
    assert [(e["detail"]["reason"], e["detail"]["kicked"]) for e in reversed(kicks)] == [
        ("no sale", False), ("cash in", False), ("cash sale", False)]
    used = [e for e in core._db.call(lambda c: audit_entries(c, "approval_used")) if
            e["detail"]["approved"] == "no_sale"]
    assert len(used) == 1


def test_selling_beyond_the_stock_is_a_managers_choice_with_a_pin_whoever_calls(till: RegisterCore,
                                                                               run: Any) -> None:
    core = till
    run(core.checkout.refresh_stock())
    low = next(i for i in core.catalog.index.items
               if i.barcode and i.price is not None and not i.allow_backorder and not i.sold_by_weight
               and Decimal(1) <= (core.checkout.on_hand(i) or 0) <= 4)
    n = core.checkout.on_hand(low) or Decimal(0)
    run(core.checkout.add_code(low.barcode or "", n, check_stock=True))
    # one more: refused with the count, for a cashier; a cashier's own approval cannot be made
    with pytest.raises(OutOfStockError) as refused:
        run(core.checkout.add_code(low.barcode or "", check_stock=True))
    assert refused.value.on_hand == n and refused.value.action is Action.SELL_BEYOND_STOCK
    with pytest.raises(ApprovalRequired):
        run(core.policy.approve(Action.SELL_BEYOND_STOCK, CASHIER, CASHIER_PIN))
    # an approval of something else does not open it
    with pytest.raises(OutOfStockError):
        run(core.checkout.set_quantity(core.checkout.state.lines[0].line_id, n + 1, check_stock=True,
                                       approval=_manager(core, run, Action.VOID_CART)))
    assert core.checkout.state.lines[0].quantity == n
    # a manager signed in is asked too (a choice, with a PIN), and the approval sells it, logged in the same write
    run(core.cashiers.sign_in(MANAGER, MANAGER_PIN))
    with pytest.raises(OutOfStockError):
        run(core.checkout.add_code(low.barcode or "", check_stock=True))
    run(core.checkout.add_code(low.barcode or "", check_stock=True,
                               approval=_manager(core, run, Action.SELL_BEYOND_STOCK)))
    assert core.checkout.state.lines[0].quantity == n + 1
    [override] = run(core._db.run(lambda c: audit_entries(c, "stock_override")))
    assert override["actor"] == MANAGER and override["detail"]["on_hand"] == str(n)
    used = run(core._db.run(lambda c: audit_entries(c, "approval_used")))
    assert any(u["detail"].get("approved") == "sell_beyond_stock" for u in used)
