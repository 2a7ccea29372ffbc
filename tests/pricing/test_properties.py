"""The invariants of docs/pricing.md's "Checks", over random carts (hypothesis).

Random rates (compound, 0 %, inclusive and exclusive stores), discounts up to 100 %, fractional
quantities and three currencies (USD, JPY with no decimals, BHD with three).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from register.money import currency_exponent
from register.pricing import Pricer, summarize
from register.pricing.quote import parse_cart
from register.pricing.taxes import exclusive_taxes
from tests.pricing.util import run

D = Decimal
SETTINGS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

PERCENTAGES = ["0", "5", "7.25", "8.875", "10", "19", "20", "100"]
QUANTITIES = ["1", "2", "3", "5", "0.5", "1.25", "0.755", "2.2"]


@st.composite
def rate_sets(draw: st.DrawFn, pool: int) -> list[dict[str, Any]]:
    count = draw(st.integers(0, 3))
    return [
        {
            "id": f"r{pool}{p}",
            "name": f"Rate {pool}{p}",
            "percentage": draw(st.sampled_from(PERCENTAGES)),
            "priority": p,
            "compounding": draw(st.booleans()),
        }
        for p in range(1, count + 1)
    ]


def _price(draw: st.DrawFn, currency: str, high: int = 50_000) -> str:
    exp = currency_exponent(currency)
    return str(D(draw(st.integers(0, high))).scaleb(-exp))


@st.composite
def carts(draw: st.DrawFn, *, discounts: bool = True, fees: bool = True, whole: bool = False) -> dict[str, Any]:
    currency = draw(st.sampled_from(["USD", "JPY", "BHD"]))
    rate_pool = [draw(rate_sets(pool)) for pool in range(2)]
    lines = []
    for i in range(draw(st.integers(1, 6))):
        line: dict[str, Any] = {
            "name": f"item {i}",
            "productId": f"p{i}",
            "price": _price(draw, currency),
            "quantity": draw(st.sampled_from(QUANTITIES[:4] if whole else QUANTITIES)),
            "taxes": draw(st.sampled_from(rate_pool)),
        }
        if discounts and draw(st.integers(0, 4)) == 0:
            line["discount"] = draw(
                st.sampled_from(
                    [{"percentage": "15"}, {"percentage": "100"}, {"amount": _price(draw, currency, 2_000)}]
                )
            )
        lines.append(line)
    cart: dict[str, Any] = {
        "currency": currency,
        "pricesIncludeTax": draw(st.booleans()),
        "taxRounding": draw(st.sampled_from(["line", "subtotal"])),
        "lines": lines,
    }
    if draw(st.booleans()):
        cart["customSales"] = [
            {
                "name": "open",
                "price": _price(draw, currency, 5_000),
                "quantity": "1",
                "applyTaxes": draw(st.booleans()),
                "taxes": draw(st.sampled_from(rate_pool)),
            }
        ]
    if discounts:
        cart["cartDiscount"] = draw(
            st.sampled_from(
                [
                    None,
                    {"percentage": "10"},
                    {"percentage": "12.5"},
                    {"percentage": "33"},
                    {"percentage": "100"},
                    {"amount": _price(draw, currency, 10_000)},
                ]
            )
        )
    if fees and draw(st.booleans()):
        cart["fees"] = [
            {"label": "fee", "amount": _price(draw, currency, 3_000), "taxes": draw(st.sampled_from(rate_pool))}
        ]
    if fees and draw(st.booleans()):
        ship = [dict(r, shipping=draw(st.booleans())) for r in draw(st.sampled_from(rate_pool))]
        cart["shipping"] = {"amount": _price(draw, currency, 3_000), "taxes": ship}
    return cart


def _money(value: str) -> Decimal:
    return D(value)


def _shipping_tax(cart: dict[str, Any]) -> Decimal:
    shipping = cart.get("shipping")
    if not shipping:
        return D(0)
    parsed = parse_cart(cart)
    assert parsed.shipping is not None
    rates = [r for r in sorted(parsed.shipping.taxes, key=lambda r: r.priority) if r.shipping]
    cent = D(1).scaleb(-currency_exponent(cart["currency"]))
    return sum((t.quantize(cent, ROUND_HALF_UP) for t in exclusive_taxes(D(shipping["amount"]), rates)), D(0))


def _all_money(out: dict[str, Any]) -> list[str]:
    summary = out["summary"]
    values = [summary[k] for k in ("discountTotal", "shippingTotal", "total", "totalTaxes", "subTotal")]
    values += [t["amount"] for t in summary["taxes"]]
    for line in out["lineItems"] + out["customSales"]:
        values += [line["price"], line["totalTax"], line["total"]]
        values += [t["amount"] for t in line.get("taxes", [])]
    values += [f["amount"] for f in out["cartFees"]] + [f["tax"] for f in out["cartFees"]]
    return values


@SETTINGS
@given(carts())
def test_taxes_add_up(cart: dict[str, Any]) -> None:
    out = run(cart)
    summary = out["summary"]
    rows = sum((_money(t["amount"]) for t in summary["taxes"]), D(0))
    total_taxes = _money(summary["totalTaxes"])
    if cart["taxRounding"] == "line":
        parts = sum((_money(x["totalTax"]) for x in out["lineItems"] + out["customSales"]), D(0))
        parts += sum((_money(f["tax"]) for f in out["cartFees"]), D(0)) + _shipping_tax(cart)
        assert rows == total_taxes == parts
    else:
        cent = D(1).scaleb(-currency_exponent(cart["currency"]))
        assert abs(rows - total_taxes) <= cent * max(1, len(summary["taxes"]))


@SETTINGS
@given(carts())
def test_money_is_decimal_strings_at_the_currency_exponent_and_never_negative(cart: dict[str, Any]) -> None:
    out = run(cart)
    exp = currency_exponent(cart["currency"])
    pattern = re.compile(r"\d+" if exp == 0 else rf"\d+\.\d{{{exp}}}")
    for value in _all_money(out):
        assert isinstance(value, str)
        assert pattern.fullmatch(value), value


@SETTINGS
@given(carts(discounts=False))
def test_inclusive_without_discount_line_total_is_price_times_quantity(cart: dict[str, Any]) -> None:
    cart["pricesIncludeTax"] = True
    out = run(cart)
    cent = D(1).scaleb(-currency_exponent(cart["currency"]))
    for line, item in zip(cart["lines"], out["lineItems"], strict=True):
        exact = D(line["price"]) * D(line["quantity"])
        assert _money(item["total"]) == exact.quantize(cent, ROUND_HALF_UP)
        if exact == exact.quantize(cent):
            assert _money(item["total"]) == exact


@SETTINGS
@given(carts(), st.booleans())
def test_full_discount_leaves_only_fees_and_shipping(cart: dict[str, Any], by_amount: bool) -> None:
    cart["cartDiscount"] = {"amount": "99999999"} if by_amount else {"percentage": "100"}
    out = run(cart)
    for item in out["lineItems"] + out["customSales"]:
        assert _money(item["totalTax"]) == 0
        assert _money(item["total"]) == 0
    fees = sum((_money(f["amount"]) + _money(f["tax"]) for f in out["cartFees"]), D(0))
    shipping = _money(out["summary"]["shippingTotal"])
    expected = fees + shipping + _shipping_tax(cart)
    total = _money(out["summary"]["total"])
    cent = D(1).scaleb(-currency_exponent(cart["currency"]))
    if cart["taxRounding"] == "line":
        assert total == expected
    else:
        assert abs(total - expected) <= cent


@SETTINGS
@given(carts(discounts=False, fees=False, whole=True), st.integers(0, 5))
def test_splitting_a_line_of_two_into_two_lines_of_one(cart: dict[str, Any], pick: int) -> None:
    lines = cart["lines"]
    line = dict(lines[pick % len(lines)], quantity="2")
    lines[pick % len(lines)] = line
    split = dict(cart, lines=[*lines, dict(line, quantity="1")])
    split["lines"][pick % len(lines)] = dict(line, quantity="1")
    before, after = run(cart)["summary"], run(split)["summary"]
    cent = D(1).scaleb(-currency_exponent(cart["currency"]))
    change = abs(_money(before["totalTaxes"]) - _money(after["totalTaxes"]))
    if cart["taxRounding"] == "subtotal":
        assert change == 0
    else:
        assert change <= cent * len(line["taxes"])


@SETTINGS
@given(carts())
def test_exclusive_line_mode_total_is_the_sum_of_its_parts(cart: dict[str, Any]) -> None:
    cart["pricesIncludeTax"] = False
    cart["taxRounding"] = "line"
    out = run(cart)
    parts = sum((_money(x["total"]) for x in out["lineItems"] + out["customSales"]), D(0))
    parts += sum((_money(f["amount"]) + _money(f["tax"]) for f in out["cartFees"]), D(0))
    parts += _money(out["summary"]["shippingTotal"]) + _shipping_tax(cart)
    assert _money(out["summary"]["total"]) == parts


@settings(max_examples=60, deadline=None, database=None)
@given(carts())
def test_pricer_matches_summarize_line_by_line(cart: dict[str, Any]) -> None:
    full = parse_cart(cart)
    pricer = Pricer()
    for n in range(len(full.lines) + 1):
        partial = type(full)(**{**{f: getattr(full, f) for f in full.__dataclass_fields__}, "lines": full.lines[:n]})
        assert pricer.summarize(partial).to_wire() == summarize(partial).to_wire()
