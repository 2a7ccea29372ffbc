"""Tax on one amount: exclusive, inclusive and compound (WooCommerce's ``calc_exclusive_tax`` /
``calc_inclusive_tax``; figures from tests/legacy/unit-tests/tax/tax.php and docs/pricing.md)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from register.pricing import TaxRate, calc_tax
from register.pricing.taxes import exclusive_coefficients, exclusive_taxes

D = Decimal


def _rates(*specs: tuple[str, bool]) -> list[TaxRate]:
    return [TaxRate(str(i), f"r{i}", D(pct), priority=i + 1, compound=c) for i, (pct, c) in enumerate(specs)]


@pytest.mark.parametrize(
    ("amount", "rates", "inclusive", "expected"),
    [
        # tests/legacy/unit-tests/tax/tax.php test_calc_tax
        ("9.99", [("20", False)], True, ["1.665"]),
        ("9.99", [("20", False)], False, ["1.998"]),
        # tests/legacy/unit-tests/tax/tax.php test_calc_compound_tax (exclusive)
        ("100", [("5", False), ("8.5", True)], False, ["5", "8.925"]),
        # tests/legacy/unit-tests/tax/tax.php test_calc_shipping_tax
        ("10", [("20", False)], False, ["2"]),
        # docs/pricing.md: 15 % then 4 % compound then 22 % compound on 575
        ("575", [("15", False), ("4", True), ("22", True)], False, ["86.25", "26.45", "151.294"]),
        # two non-compound rates share the inclusive gross in proportion
        ("110", [("5", False), ("5", False)], True, ["5", "5"]),
        # a 0 % rate contributes nothing
        ("50", [("0", False), ("10", False)], False, ["0", "5"]),
        # compound only, inclusive: t = g - g / (1 + r)
        ("105", [("5", True)], True, ["5"]),
        # WC_Tax::round keeps 6 digits, half up (tests/legacy/unit-tests/tax/tax.php test_round: 2.123457)
        ("2.123456789", [("100", False)], False, ["2.123457"]),
    ],
)
def test_calc_tax(amount: str, rates: list[tuple[str, bool]], inclusive: bool, expected: list[str]) -> None:
    assert calc_tax(D(amount), _rates(*rates), inclusive) == [D(e) for e in expected]


def test_inclusive_compound_peels_compound_rates_in_reverse() -> None:
    # tests/legacy/unit-tests/tax/tax.php: 100 incl. 5 % + 8.5 % compound: PST 7.8341, GST 4.3889 (4 places).
    gst, pst = calc_tax(D("100"), _rates(("5", False), ("8.5", True)), True)
    assert round(pst, 4) == D("7.8341")
    assert round(gst, 4) == D("4.3889")


@pytest.mark.parametrize("amount", ["0", "0.01", "575", "123456.789012", "9.99"])
def test_coefficients_give_the_step_by_step_digits(amount: str) -> None:
    rates = _rates(("15", False), ("4", True), ("22", True), ("7.25", False))
    quantum = D("1e-8")
    by_steps = exclusive_taxes(D(amount), rates, quantum)
    by_coefficients = [(D(amount) * c).quantize(quantum) for c in exclusive_coefficients(rates)]
    assert by_steps == by_coefficients


def test_inclusive_taxes_and_net_add_back_to_the_gross() -> None:
    rates = _rates(("15", False), ("4", True), ("22", True))
    gross = D("575")
    taxes = calc_tax(gross, rates, True)
    net = gross - sum(taxes)
    assert calc_tax(net, rates, False) == pytest.approx(taxes, abs=D("0.00001"))
