"""A sale rung up through the checkout, with everything a receipt must show, read back as its receipt: the override with
its original price, the line and cart discounts as their own rows, the customer, the card's approval and last
digits; the figures add up; the wire order posted carries none of the receipt's own figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from register.receipts import render_text
from register.services.core import RegisterCore
from register.services.wire_bodies import LEGACY_FACTS


def test_the_receipt_of_a_sale_with_every_adjustment(station: RegisterCore, run: Any) -> None:
    core = station
    run(core.sessions.open("0", opened_by="Dana"))
    codes = [i.barcode for i in core.catalog.index.items if i.barcode and i.price][:3]
    for code in codes:
        priced = run(core.checkout.add_code(code))
    first, second, third = priced.state.lines
    original = first.unit_price
    run(core.checkout.override_price(first.line_id, str(original - Decimal("0.50")), "Dana"))
    run(core.checkout.set_quantity(second.line_id, "3"))
    run(core.checkout.discount_line(second.line_id, "Dana", percentage="15"))
    run(core.checkout.discount_cart("Dana", percentage="10", label="Staff"))
    run(core.checkout.add_fee("Bag", Decimal("0.10")))
    run(core.checkout.set_customer(None, "Ana Pérez"))
    run(core.checkout.add_tender("credit_card", None, reference="771234 ****4242"))
    sale = run(core.checkout.complete("Dana"))
    assert LEGACY_FACTS not in sale.body  # the wire order

    receipt = run(core.orders.receipt(sale.receipt_id))
    assert receipt.adds_up() and receipt.rounding == 0 and receipt.total == sale.total
    lines = {line.name: line for line in receipt.lines}
    assert lines[first.name].original_price == original
    assert lines[second.name].discount > 0 and lines[second.name].discount_percentage == 15
    assert lines[second.name].amount == second.unit_price * 3
    assert receipt.cart_discount > 0 and receipt.cart_discount_label == "Staff 10%"
    assert receipt.customer == "Ana Pérez" and third.name in lines
    (card,) = receipt.tenders
    assert (card.reference, card.last_digits, card.card) == ("771234", "4242", True)
    text = "\n".join(render_text(receipt))
    for expected in ("was ", "Discount 15%", "Discount Staff 10%", "Bag", "Customer", "Ana Pérez",
                     "Approval 771234, card ending 4242"):
        assert expected in text, (expected, text)

    run(core.worker.flush())
    [order_id] = [e.server_id for e in core._outbox.entries() if e.kind == "order.create"]
    posted = run(core._client.orders.get(order_id)).to_wire()
    assert LEGACY_FACTS not in posted and "Ana Pérez" not in str(posted)
