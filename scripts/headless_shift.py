"""A whole shift without any GUI, through the register's services (the README shows it).

Starts the built-in sandbox as a child process, pairs a station, syncs the catalog, adds a manager and a
cashier, signs the cashier in, opens a session with a counted float, sells three sales (cash with change,
card, split), refunds one line with the manager's approval, counts the drawer blind, closes with the
manager's approval and prints the Z report; then waits until Final POS (here, the sandbox) has everything.
The policy is the core's, as in the GUI: the cashier cannot refund, pay cash out, read the X report or close
without a manager's PIN. Run: ``uv run python scripts/headless_shift.py``.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.offline_core import start_sandbox
from register.services.cashiers import Role
from register.services.core import RegisterCore
from register.services.policy import Action, ApprovalRequired


async def shift(api_url: str, api_key: str, data_dir: Path) -> None:
    core = await RegisterCore.open(data_dir, api_url=api_url, api_key=api_key)
    try:
        station = (await core.station_choices())[1][0]
        await core.pair(station.id, device_name="script")
        await core.sync_catalog()
        core.start_sync()  # the outbox worker, in the background
        await core.cashiers.add("Dana", Role.MANAGER, "1234", actor="setup")   # the first person: a manager
        await core.cashiers.sign_in("Dana", "1234")
        await core.cashiers.add("Sam", Role.CASHIER, "5678", actor="Dana")
        await core.cashiers.sign_in("Sam", "5678")                      # the cashier works the till

        session = await core.sessions.open("150.00", opened_by="Sam", note="morning shift")
        print(f"opened {session.number} with a float of 150.00")
        items = [i for i in core.catalog.index.items if i.barcode and i.price]

        await core.checkout.add_code(items[0].barcode or "")          # a scan
        await core.checkout.add_code(items[0].barcode or "")          # same item again: quantity 2
        await core.checkout.add_tender("cash", "50")                  # cash, change due
        sale = await core.checkout.complete(actor="Sam")
        print(f"sale {sale.receipt_id}: total {sale.total}, change {sale.change}")

        await core.checkout.add_item(items[1], "3")                   # a tile or a search result, qty 3
        await core.checkout.discount_cart("Sam", percentage="10")      # a cashier may give up to 10 %
        await core.checkout.add_tender("credit_card", reference="auth-0001")
        card_sale = await core.checkout.complete(actor="Sam")
        print(f"sale {card_sale.receipt_id}: total {card_sale.total} by card")

        await core.checkout.add_code(items[2].barcode or "")
        await core.checkout.add_tender("credit_card", "1.00", reference="auth-0002")
        await core.checkout.add_tender("cash", "20")                  # split tender
        split = await core.checkout.complete(actor="Sam")
        print(f"sale {split.receipt_id}: total {split.total}, card 1.00 + cash, change {split.change}")

        try:
            await core.refunds.refund(card_sale.receipt_id, "Sam", quantities={0: "1"})
        except ApprovalRequired as refused:
            print(f"refused without a manager: {refused}")
        approval = await core.policy.approve(Action.REFUND, "Dana", "1234")  # the manager's PIN
        refund = await core.refunds.refund(card_sale.receipt_id, "Sam", quantities={0: "1"}, reason="damaged",
                                           approval=approval)
        print(f"refund of one unit on {card_sale.receipt_id}: {refund.total} back to {refund.payments}")

        out = await core.policy.approve(Action.CASH_OUT, "Dana", "1234", amount=Decimal("10.00"))
        await core.sessions.move_cash("out", "10.00", "milk for the coffee machine", "Sam", approval=out)
        x = await core.sessions.figures(approval=await core.policy.approve(Action.X_REPORT, "Dana", "1234"))
        print(f"X report: expected cash {x.methods['cash'].expected}, card {x.methods['card'].expected}")

        # the blind count is committed before the expected figures are shown; a recount needs a manager
        lines = await core.sessions.count({"cash": str(x.methods["cash"].expected), "card":
                                           str(x.methods["card"].expected)}, counted_by="Sam")
        print("counted:", {line.method: str(line.difference) for line in lines})
        closed = await core.sessions.close(closed_by="Sam", approval=await core.policy.approve(
            Action.CLOSE_SESSION, "Dana", "1234"))
        print("Z report:", json.dumps(closed.report, indent=2))

        await core.worker.flush()
        print(f"synced: {core.outbox_counts()}")
    finally:
        await core.close()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="register-shift-") as tmp:
        proc, url, _ = start_sandbox(Path(tmp) / "sandbox", 0, "script-key")
        try:
            asyncio.run(shift(url, "script-key", Path(tmp) / "station"))
        finally:
            proc.terminate()
            proc.wait(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
