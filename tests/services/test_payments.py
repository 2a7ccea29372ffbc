"""The payment-method table (names, processors, closing keys) where the order, receipts and reports meet it, and
the rules of tenders and tips in the checkout service (a real station against the sandbox)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from register.receipts import PAYMENT_NAMES, build_receipt, render_text
from register.services.cart import InputError
from register.services.core import RegisterCore
from register.services.payments import METHODS, OTHER_METHODS, closing_key, method, payment_name
from register.services.reports import method_key, reconcile, session_figures
from register.services.wire_bodies import sale_from_body
from register.store.records import audit_entries


@pytest.mark.parametrize(("payment_type", "name", "processor", "closing"), [
    ("cash", "Cash", "cash", "cash"),
    ("credit_card", "Card", "external", "card"),
    ("debit_card", "Debit card", "external", "card"),
    ("card", "Card", "external", "card"),
    ("stripe_terminal", "Card", "external", "card"),
    ("gift_card", "Gift card", "giftCard", "gift_card"),
    ("Gift Card", "Gift card", "giftCard", "gift_card"),
    ("giftcard", "Gift card", "giftCard", "gift_card"),
    ("check", "Check", "check", "check"),
    ("cheque", "Check", "check", "check"),
    ("voucher", "Voucher", "voucher", "voucher"),
    ("store_credit", "Store credit", "storeCredit", "store_credit"),
    ("store_points", "Store points", "external", "store_points"),  # made elsewhere: still readable
    (None, "Other", "external", "other"),
])
def test_the_table(payment_type: str | None, name: str, processor: str, closing: str) -> None:
    found = method(payment_type)
    assert (found.name, found.processor, found.closing) == (name, processor, closing)
    assert payment_name(payment_type) == name
    assert closing_key(payment_type) == method_key(payment_type) == closing


def test_other_methods_and_names_are_the_tables() -> None:
    assert [m.key for m in OTHER_METHODS] == ["gift_card", "check", "voucher", "store_credit"]
    assert not any(m.is_cash for m in OTHER_METHODS)
    assert len({m.key for m in METHODS}) == len(METHODS)
    assert PAYMENT_NAMES["gift_card"] == "Gift card" and PAYMENT_NAMES["card"] == "Card"
    assert all(PAYMENT_NAMES[m.key] == m.name for m in METHODS)


def test_a_gift_card_sale_in_the_receipt_and_the_session_figures() -> None:
    order = {"currency": "USD", "receiptId": "R1", "status": "completed",
             "summary": {"subTotal": "20.00", "total": "23.00", "tip": {"percentage": 15, "amount": "3.00"},
                         "taxes": []},
             "paymentMethods": [{"paymentType": "gift_card", "processor": "giftCard", "amount": "8.00",
                                 "saleId": "GC-1"},
                                {"paymentType": "cash", "processor": "cash", "amount": "15.00", "change": "5.00"}]}
    receipt = build_receipt(sale_from_body(order))
    assert receipt.tip == Decimal("3.00")
    assert [(t.name, t.amount) for t in receipt.tenders] == [("Gift card", Decimal("8.00")), ("Cash", Decimal("20.00"))]
    assert (receipt.tenders[0].reference, receipt.tenders[0].card) == ("GC-1", False)
    text = "\n".join(render_text(receipt))
    assert "Tip" in text and "Gift card" in text and "3.00" in text

    figures = session_figures("USD", Decimal("100"), [sale_from_body(order)])
    assert figures.methods["gift_card"].sales == Decimal("8.00")
    assert figures.methods["cash"].expected == Decimal("115.00")
    assert figures.tips == Decimal("3.00")
    counts = reconcile(figures, {"cash": Decimal("115.00"), "card": Decimal(0)})
    assert [(c.method, c.expected) for c in counts] == [("cash", Decimal("115.00")), ("card", Decimal(0)),
                                                       ("gift_card", Decimal("8.00"))]


def _items(core: RegisterCore, n: int) -> list[str]:
    return [i.barcode for i in core.catalog.index.items if i.barcode and i.price][:n]


def test_tip_only_before_any_payment(station: RegisterCore, run: Any) -> None:
    checkout = station.checkout
    with pytest.raises(InputError, match="empty"):
        run(checkout.set_tip(percentage="15"))
    codes = _items(station, 2)
    run(checkout.add_code(codes[0]))
    before = run(checkout.add_code(codes[1]))
    assert not station.ctx.pricing.prices_include_tax
    items_net = sum((line.unit_price * line.quantity for line in before.state.lines), Decimal(0))
    expected = (items_net * Decimal("0.15")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert checkout.tip_preview(Decimal(15)) == expected > 0
    assert checkout.price().tip == 0  # a preview changes nothing
    tipped = run(checkout.set_tip(percentage="15"))
    assert tipped.tip == expected
    assert tipped.total == before.total + expected  # a tip is never taxed
    assert Decimal(tipped.fragment.summary["tip"]["amount"]) == expected
    preview = expected
    with pytest.raises(InputError, match="percentage or an amount"):
        run(checkout.set_tip(percentage="10", amount="1.00"))
    with pytest.raises(InputError, match="between 0 and 100"):
        run(checkout.set_tip(percentage="150"))

    # a payment taken: the tip is frozen (in the core, whatever the screen does)
    paid = run(checkout.add_tender("gift_card", "2.00", "GC-9"))
    assert paid.remaining == tipped.total - Decimal("2.00")
    with pytest.raises(InputError, match="before any payment"):
        run(checkout.set_tip(amount="5.00"))
    with pytest.raises(InputError, match="before any payment"):
        checkout.check_tip_allowed()
    assert checkout.price().tip == preview
    # taken back: the tip can change again
    run(checkout.remove_tender(paid.state.tenders[0].tender_id))
    fixed = run(checkout.set_tip(amount="2.50"))
    assert fixed.tip == Decimal("2.50") and fixed.total == before.total + Decimal("2.50")
    none = run(checkout.set_tip())
    assert none.tip == 0 and none.total == before.total and "tip" not in none.fragment.summary


def test_other_payments_never_exceed_what_is_due_and_carry_their_processor(station: RegisterCore,
                                                                           run: Any) -> None:
    checkout = station.checkout
    run(station.sessions.open("100.00", opened_by="Dana"))
    priced = run(checkout.add_code(_items(station, 1)[0]))
    with pytest.raises(InputError, match=r"gift card: .* is more than"):
        run(checkout.add_tender("gift_card", str(priced.total + Decimal("0.01"))))
    run(checkout.add_tender("gift_card", "1.00", "GC-1234"))
    run(checkout.add_tender("check", None, "chk 501"))  # None: exactly what is due
    assert checkout.price().settled and checkout.price().change == 0
    sale = run(checkout.complete("Dana"))
    methods = {p["paymentType"]: p for p in sale.body["paymentMethods"]}
    assert methods["gift_card"]["processor"] == "giftCard" and methods["gift_card"]["amount"] == "1.00"
    assert methods["gift_card"]["saleId"] == "GC-1234"
    assert methods["check"]["processor"] == "check"
    assert Decimal(methods["check"]["amount"]) == priced.total - Decimal("1.00")
    figures = run(station.sessions.figures())
    assert figures.methods["gift_card"].sales == Decimal("1.00")
    assert figures.methods["check"].sales == priced.total - Decimal("1.00")


def test_cash_rounding_due_and_applied(station: RegisterCore, run: Any) -> None:
    checkout = station.checkout
    run(station.set_pricing(cashIncrement="0.05"))
    run(station.sessions.open("100.00", opened_by="Dana"))
    priced = run(checkout.add_custom_sale("Odd cents", "12.62", taxable=False))
    assert priced.total == Decimal("12.62")
    assert (priced.cash_due, priced.cash_due_rounding, priced.cash_rounding) == (Decimal("12.60"),
                                                                                 Decimal("-0.02"), Decimal(0))
    # a card pays part: what is left is rounded again for cash
    priced = run(checkout.add_tender("credit_card", "2.00"))
    assert (priced.remaining, priced.cash_due) == (Decimal("10.62"), Decimal("10.60"))
    priced = run(checkout.add_tender("cash", "20"))
    assert priced.settled and priced.cash_due is None and priced.cash_due_rounding == 0
    assert (priced.paid, priced.change, priced.cash_rounding) == (Decimal("12.60"), Decimal("9.40"),
                                                                  Decimal("-0.02"))
    sale = run(checkout.complete("Dana"))
    cash = next(p for p in sale.body["paymentMethods"] if p["paymentType"] == "cash")
    assert (cash["amount"], cash["change"], cash["cashRounding"]) == ("10.60", "9.40", "-0.02")
    receipt = "\n".join(render_text(build_receipt(sale.record)))
    assert "Cash rounding" in receipt and "-0.02" in receipt


def test_a_cart_cannot_shrink_below_what_is_paid_nor_complete_overpaid(station: RegisterCore, run: Any) -> None:
    """A line voided after the card was taken would leave more paid than the order's total: refused when it is
    done, and (for a cart saved that way) when completing."""
    checkout = station.checkout
    run(station.sessions.open("100.00", opened_by="Dana"))
    first, second, third = _items(station, 3)
    run(checkout.add_code(first))
    run(checkout.add_code(second))
    card = run(checkout.add_tender("credit_card", reference="auth-1")).state.tenders[0]
    paid_for = checkout.state
    for change in (lambda: checkout.remove_line(paid_for.lines[1].line_id, actor="Dana"),
                   lambda: checkout.discount_cart("Dana", percentage="50")):
        with pytest.raises(InputError, match=r"is paid already .* take a payment back first"):
            run(change())
        assert checkout.state is paid_for and station.checkout.price().remaining == 0  # nothing changed
    # nor logged: the audit entry of a change is saved with the change
    assert run(station._db.run(lambda conn: audit_entries(conn, "void") + audit_entries(conn, "discount"))) == []
    with pytest.raises(InputError, match="take them back before voiding"):
        run(checkout.clear("Dana"))  # voiding the sale would lose the card payment's record
    run(checkout.add_code(third))  # more to pay is fine
    run(checkout.remove_line(checkout.state.lines[-1].line_id, actor="Dana"))  # and back down to what is paid
    # a cart saved overpaid (before this rule) cannot complete either
    checkout.state = checkout.state.without_line(checkout.state.lines[1].line_id)
    with pytest.raises(InputError, match="more than the total"):
        run(checkout.complete("Dana"))
    assert not [e for e in station._outbox.entries() if e.kind.startswith("order.")]  # no order was made
    run(checkout.remove_tender(card.tender_id))
    run(checkout.add_tender("credit_card", reference="auth-2"))
    sale = run(checkout.complete("Dana"))
    paid = sum(Decimal(p["amount"]) for p in sale.body["paymentMethods"])
    assert paid == Decimal(sale.body["summary"]["total"]) == sale.total
