"""The cart as saved on every change: JSON text made from per-line pieces reads back to the same cart, and a
change re-encodes only the line that changed."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from register.services.cart import CartLine, CartState, Tender
from register.store.records import loads

names = st.text(min_size=1, max_size=30)
money = st.decimals(min_value=Decimal("-999.99"), max_value=Decimal("9999.99"), places=2)
lines = st.builds(CartLine, line_id=st.uuids().map(str), name=names, unit_price=money,
                  quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(999), places=3),
                  note=st.none() | names, discount_percentage=st.none() | st.just(Decimal("12.5")))


@given(st.lists(lines, max_size=20), st.none() | names, st.lists(st.tuples(names, money), max_size=3))
def test_text_reads_back_to_the_same_cart(cart_lines: list[CartLine], customer: str | None,
                                          fees: list[tuple[str, Decimal]]) -> None:
    state = CartState(lines=tuple(cart_lines), customer_name=customer, fees=tuple(fees),
                      tenders=(Tender("t1", "cash", Decimal("5.00"), Decimal("10.00")),))
    text = state.to_json_text()
    assert CartState.from_json(loads(text)) == state
    assert loads(text) == loads(state.to_json_text())


def test_a_change_encodes_only_the_changed_line() -> None:
    first = CartState(lines=tuple(CartLine(f"l{i}", f"Item {i}", Decimal("1.00"), Decimal(1)) for i in range(3)))
    first.to_json_text()
    changed = replace(first.lines[1], quantity=Decimal(2))
    second = first.with_line(changed)
    assert "json_text" in vars(first.lines[0]) and "json_text" not in vars(changed)
    assert second.lines[0] is first.lines[0]  # the unchanged lines are the same objects: their text is reused
    assert CartState.from_json(loads(second.to_json_text())).lines[1].quantity == Decimal(2)
