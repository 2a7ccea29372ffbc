"""The wire's percentage scales, field by field, as the reference's own examples show them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from register.pricing.wire import FRACTION, PERCENT_SCALES, POINTS, percentage_from_wire, percentage_to_wire


@pytest.mark.parametrize(
    ("field", "typed", "wire"),
    [
        ("tax", Decimal(10), Decimal(10)),  # the reference's line item: 10 on 100.00 gives 10.00
        ("customSaleDiscount", Decimal(5), Decimal(5)),  # its custom sale: 5 on 1000.50 gives 50.00
        ("tip", Decimal(15), Decimal("0.15")),  # its tip example: 0.15
        ("cartDiscount", Decimal(15), Decimal("0.15")),
        ("cartFee", Decimal("12.5"), Decimal("0.125")),
    ],
)
def test_each_field_has_its_scale(field: str, typed: Decimal, wire: Decimal) -> None:
    assert percentage_to_wire(typed, field) == wire
    assert percentage_from_wire(wire, field) == typed


def test_every_scale_is_one_of_the_two() -> None:
    assert set(PERCENT_SCALES.values()) <= {POINTS, FRACTION}
    assert PERCENT_SCALES["tax"] == POINTS and PERCENT_SCALES["tip"] == FRACTION
