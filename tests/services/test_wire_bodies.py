"""The wire bodies made from the typed records are, byte for byte, what the register sent before the records
existed: a shift's outbox (a sale with every adjustment, a parked and resumed sale, two refunds, a cash movement)
is compared with the one the register of commit 04ec413 wrote for the same shift (``wire_golden.txt``, its ids,
times and receipt numbers put in placeholders). And a record survives its stored form unchanged."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from register.services.core import RegisterCore
from register.services.policy import Action
from register.services.sale_record import RefundRecord, SaleRecord
from register.services.wire_bodies import order_body
from register.store.records import loads
from tests.services.conftest import MANAGER, MANAGER_PIN

GOLDEN = Path(__file__).with_name("wire_golden.txt")
_VOLATILE = re.compile(r"\b[0-9a-f]{32}\b|\b[0-9a-f]{24}\b|\b[0-9a-f]{12}\b"  # uuids, cashier ids, line/tender ids
                       r"|(?<=-)\d{8}(?=-)|(?<=-\d{4}-)[0-9A-F]{4}\b")  # dates and the installation in numbers
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")


def normalized(text: str) -> str:
    """``text`` with each distinct id, date and installation replaced by a placeholder (numbered by first
    appearance) and every time by ``<time>``, so two runs of the same shift compare equal."""
    seen: dict[str, str] = {}
    return _VOLATILE.sub(lambda m: seen.setdefault(m.group(0), f"<{len(seen)}>"), _TIME.sub("<time>", text))


def shift(core: RegisterCore, run: Any) -> str:
    """Ring up the shift and return the outbox as it will be sent: kind, target, refs and body text per entry."""
    checkout = core.checkout
    run(core.sessions.open("100", opened_by=MANAGER))
    codes = [i.barcode for i in core.catalog.index.items if i.barcode and i.price][:3]
    for code in codes:
        priced = run(checkout.add_code(code))
    first, second, _third = priced.state.lines
    run(checkout.override_price(first.line_id, str(first.unit_price - Decimal("0.50")), MANAGER))
    run(checkout.set_quantity(second.line_id, "3"))
    run(checkout.discount_line(second.line_id, MANAGER, percentage="15"))
    run(checkout.note_line(first.line_id, "no ice"))
    run(checkout.add_custom_sale("Gift wrap", "2.50"))
    run(checkout.discount_cart(MANAGER, percentage="10", label="Staff"))
    run(checkout.add_fee("Bag", Decimal("0.10")))
    run(checkout.set_tip(percentage="10"))
    run(checkout.set_customer(None, "Ana Pérez"))
    run(checkout.add_tender("credit_card", "5.00", reference="771234 ****4242"))
    run(checkout.add_tender("cash", "100"))
    sale = run(checkout.complete(MANAGER))

    run(checkout.add_code(codes[0]))
    cart_id = run(checkout.park("back soon", MANAGER))
    run(checkout.resume(cart_id, MANAGER))
    run(checkout.add_tender("cash"))
    run(checkout.complete(MANAGER))

    for quantities, to_cash in (({1: "1"}, False), (None, True)):
        approval = run(core.policy.approve(Action.REFUND, MANAGER, MANAGER_PIN))
        run(core.refunds.refund(sale.receipt_id, MANAGER, quantities=quantities, to_cash=to_cash, reason="damaged",
                                approval=approval))
    run(core.sessions.move_cash("in", "20", "float", MANAGER))
    rows = core._db.call(lambda c: c.execute("SELECT kind, target, refs, body FROM outbox ORDER BY seq").fetchall())
    return normalized("\n".join(f"{kind} {target} {refs} {body}" for kind, target, refs, body in rows)) + "\n"


def test_the_bodies_sent_are_those_the_register_sent_before_the_records(station: RegisterCore, run: Any) -> None:
    assert shift(station, run) == GOLDEN.read_text(encoding="utf-8")


def test_a_record_reads_back_as_it_was_stored_and_makes_the_same_body(station: RegisterCore, run: Any) -> None:
    shift(station, run)
    rows = station._db.call(lambda c: c.execute("SELECT kind, record FROM sales").fetchall())
    sales = [SaleRecord.from_json(loads(r)) for kind, r in rows if kind == "order"]
    refunds = [RefundRecord.from_json(loads(r)) for kind, r in rows if kind == "refund"]
    assert len(sales) == 2 and len(refunds) == 2
    for sale in sales:
        assert SaleRecord.from_json(loads(station._db.call(lambda c, s=sale: c.execute(
            "SELECT record FROM sales WHERE local_id = ?", (s.local_id,)).fetchone()[0]))) == sale
        assert all(isinstance(x.quantity, Decimal) and isinstance(x.total, Decimal) for x in sale.lines)
    [sold] = [s for s in sales if len(s.lines) == 4]
    [posted] = [e.body for e in station._outbox.entries() if e.kind == "order.create" and e.local_id == sold.local_id]
    assert order_body(sold) == posted
    back: dict[int, Decimal] = {}
    for refund in refunds:
        assert refund.order_receipt_id == sold.receipt_id and refund.order_local_id == sold.local_id
        for line in refund.lines:
            back[line.line_index] = back.get(line.line_index, Decimal(0)) + line.quantity
    assert back == {i: line.quantity for i, line in enumerate(sold.lines)}  # the second refund took the rest
