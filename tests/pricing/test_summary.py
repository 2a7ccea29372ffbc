"""The rules of docs/pricing.md, one table row each, through the same JSON door as ``register quote``."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import pytest

from register.pricing import Cart, CartDiscount, Line, Pricer, TaxRate, summarize
from tests.pricing.util import dig, rate, run

VAT10 = rate("v", "VAT", "10")
VAT20 = rate("v", "VAT", "20")

PRICING_EXAMPLE: dict[str, Any] = {
    "currency": "USD",
    "pricesIncludeTax": False,
    "taxRounding": "line",
    "lines": [
        {
            "name": "Sweet Tea",
            "productId": "p1",
            "variantId": "v1",
            "sku": "TEA-1",
            "price": "100.00",
            "quantity": 2,
            "discount": {"percentage": "10"},
            "taxes": [rate("t1", "State", "6"), rate("t2", "City", "2", 2, True)],
        },
    ],
    "customSales": [{"name": "Open item", "price": "5.00", "quantity": 1, "applyTaxes": False}],
    "cartDiscount": {"label": "Coupon", "percentage": "10"},
    "fees": [{"label": "Delivery", "amount": "5.00", "taxes": []}],
    "shipping": {"amount": "10.00", "taxes": []},
    "tip": {"percentage": "15"},
}


def _cart(lines: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"currency": "USD", "lines": lines, **extra}


def _line(price: str, quantity: Any = 1, taxes: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"price": price, "quantity": quantity, "taxes": [VAT10] if taxes is None else taxes, **extra}


CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        # 200 less 10 % line discount = 180, less 10 % cart discount = 162 net; State 6 % = 9.72, City 2 %
        # compound on 171.72 = 3.4344; the open item 5.00 less 0.50; tip 15 % of 166.50 = 24.975 -> 24.98.
        "pricing-md-example",
        PRICING_EXAMPLE,
        {
            "summary.subTotal": "205.00",
            "summary.discountTotal": "38.50",
            "summary.totalTaxes": "13.15",
            "summary.taxes[0].amount": "9.72",
            "summary.taxes[1].amount": "3.43",
            "summary.tip.amount": "24.98",
            "summary.total": "219.63",
            "lineItems[0].total": "175.15",
            "lineItems[0].totalTax": "13.15",
            "customSales[0].total": "4.50",
            "customSales[0].discount.cartDiscount.amount": "0.50",
            "cartDiscount.amount": "18.50",
            "cartDiscount.percentage": Decimal("0.1"),  # a fraction on the wire
            "cartFees[0].amount": "5.00",
        },
    ),
    (
        "exclusive-tax-rounds-half-up",
        _cart([_line("0.25")]),
        {"lineItems[0].totalTax": "0.03", "summary.total": "0.28"},
    ),
    (
        "inclusive-tax-rounds-half-down",
        _cart([_line("0.275")], pricesIncludeTax=True),  # tax 0.025 exactly
        {"lineItems[0].totalTax": "0.02", "lineItems[0].total": "0.28", "summary.subTotal": "0.25"},
    ),
    (
        "line-mode-rounds-each-line",
        _cart([_line("0.25"), _line("0.25"), _line("0.25")]),
        {"summary.totalTaxes": "0.09", "summary.taxes[0].amount": "0.09", "summary.total": "0.84"},
    ),
    (
        "subtotal-mode-rounds-once",
        _cart([_line("0.25"), _line("0.25"), _line("0.25")], taxRounding="subtotal"),
        {
            "summary.totalTaxes": "0.08",
            "summary.taxes[0].amount": "0.08",
            "summary.total": "0.83",
            "lineItems[0].totalTax": "0.03",
        },
    ),
    (
        "subtotal-mode-rows-may-differ-from-total-by-a-cent",
        _cart([_line("0.05", taxes=[rate("a", "A", "10"), rate("b", "B", "10", 2)])], taxRounding="subtotal"),
        # each rate 0.005 -> 0.01 on its own row; together 0.010 -> 0.01
        {"summary.taxes[0].amount": "0.01", "summary.taxes[1].amount": "0.01", "summary.totalTaxes": "0.01"},
    ),
    (
        "compound-on-all-earlier-taxes",
        _cart(
            [_line("575", taxes=[rate("a", "A", "15"), rate("b", "B", "4", 2, True), rate("c", "C", "22", 3, True)])]
        ),
        {
            "summary.taxes[0].amount": "86.25",
            "summary.taxes[1].amount": "26.45",
            "summary.taxes[2].amount": "151.29",
            "summary.total": "838.99",
        },
    ),
    (
        "inclusive-no-discount-line-total-is-price-times-quantity",
        _cart(
            [_line("9.99", 3, taxes=[rate("a", "A", "7"), rate("b", "B", "3", 2, True)])],
            pricesIncludeTax=True,
            taxRounding="subtotal",
        ),
        {"lineItems[0].total": "29.97", "summary.total": "29.97"},
    ),
    (
        # WooCommerce's known quirk (issues #17970, #20997): with inclusive prices, line rounding and several
        # rates, the net (27.19354 -> 27.19) and each rate's tax (0.872913 -> 0.87, 1.903547 -> 1.90, half
        # down) are rounded on their own, and the order total is their sum: a cent under the gross. The line
        # still reports its gross.
        "inclusive-several-rates-total-a-cent-under-the-gross",
        _cart([_line("29.97", 1, taxes=[rate("a", "A", "7"), rate("b", "B", "3", 2, True)])], pricesIncludeTax=True),
        {
            "lineItems[0].total": "29.97",
            "summary.totalTaxes": "2.77",
            "summary.subTotal": "27.19",
            "summary.total": "29.96",
        },
    ),
    (
        "line-discount-amount",
        _cart([_line("20", discount={"amount": "5"})]),
        {"summary.discountTotal": "5.00", "summary.totalTaxes": "1.50", "summary.total": "16.50"},
    ),
    (
        "line-discount-capped-at-the-line",
        _cart([_line("20", discount={"amount": "50"})]),
        {"summary.discountTotal": "20.00", "summary.total": "0.00"},
    ),
    (
        "inclusive-discount-total-excludes-tax",
        _cart([_line("110")], pricesIncludeTax=True, cartDiscount={"amount": "11"}),
        {"summary.discountTotal": "10.00", "summary.totalTaxes": "9.00", "summary.total": "99.00"},
    ),
    (
        "hundred-percent-discount-gives-zero-tax-plus-fees-and-shipping",
        _cart(
            [_line("12.34", 3)],
            cartDiscount={"percentage": "100"},
            fees=[{"label": "f", "amount": "2", "taxes": [VAT10]}],
            shipping={"amount": "5", "taxes": [VAT10]},
        ),
        {
            "lineItems[0].totalTax": "0.00",
            "lineItems[0].total": "0.00",
            "summary.totalTaxes": "0.70",
            "summary.total": "7.70",
        },
    ),
    (
        "positive-fee-is-net-even-in-an-inclusive-store",
        _cart([_line("11")], pricesIncludeTax=True, fees=[{"label": "f", "amount": "10", "taxes": [VAT10]}]),
        {"cartFees[0].tax": "1.00", "summary.totalTaxes": "2.00", "summary.total": "22.00"},
    ),
    (
        "negative-fee-is-a-discount-with-its-tax",
        _cart([_line("10")], fees=[{"label": "loyalty", "amount": "-5"}]),
        {
            "cartFees[0].amount": "-5.00",
            "cartFees[0].tax": "-0.50",
            "summary.totalTaxes": "0.50",
            "summary.total": "5.50",
        },
    ),
    (
        "negative-fee-cannot-take-the-total-below-zero",
        _cart([_line("10")], fees=[{"label": "loyalty", "amount": "-50"}]),
        {"cartFees[0].amount": "-10.00", "summary.total": "0.00"},
    ),
    (
        "negative-fee-tax-split-over-rate-sets",
        _cart([_line("10"), _line("10", taxes=[VAT20]), _line("20", taxes=[])], fees=[{"label": "d", "amount": "-8"}]),
        # costs 10 / 10 / 20 of 40: -2 at 10 %, -2 at 20 %, -4 untaxed
        {"cartFees[0].tax": "-0.60", "summary.totalTaxes": "2.40", "summary.total": "34.40"},
    ),
    (
        "percentage-fee",
        _cart([_line("50")], fees=[{"label": "service", "percentage": "10", "taxes": [VAT10]}]),
        {
            "cartFees[0].amount": "5.00",
            "cartFees[0].percentage": Decimal("0.1"),
            "cartFees[0].tax": "0.50",
            "summary.total": "60.50",
        },
    ),
    (
        "shipping-only-with-shipping-rates",
        _cart([], shipping={"amount": "10", "taxes": [rate("s", "S", "10", shipping=False), rate("t", "T", "5", 2)]}),
        {"summary.shippingTotal": "10.00", "summary.totalTaxes": "0.50", "summary.total": "10.50"},
    ),
    (
        "tip-amount-untaxed",
        _cart([_line("10")], tip={"amount": "2"}),
        {"summary.tip.amount": "2.00", "summary.total": "13.00"},
    ),
    (
        "tip-percentage-of-net-after-discounts",
        _cart([_line("10", 2)], cartDiscount={"percentage": "50"}, tip={"percentage": "20"}),
        {"summary.tip.amount": "2.00", "summary.tip.percentage": Decimal("0.2"), "summary.total": "13.00"},
    ),
    (
        "custom-sale-taxed-when-asked",
        _cart(
            [],
            customSales=[
                {"name": "open", "price": "10", "quantity": 1, "applyTaxes": True, "taxes": [VAT10]},
                {"name": "open2", "price": "10", "quantity": 1, "applyTaxes": False, "taxes": [VAT10]},
            ],
        ),
        {"customSales[0].totalTax": "1.00", "customSales[1].totalTax": "0.00", "summary.total": "21.00"},
    ),
    (
        "jpy-has-no-decimals",
        _cart([_line("1250")], currency="JPY"),
        {"summary.totalTaxes": "125", "summary.total": "1375", "lineItems[0].price": "1250"},
    ),
    (
        "jpy-inclusive",
        _cart([_line("1250")], currency="JPY", pricesIncludeTax=True),
        {"summary.totalTaxes": "114", "summary.subTotal": "1136", "summary.total": "1250"},
    ),
    (
        "bhd-has-three-decimals",
        _cart([_line("1.234")], currency="BHD"),
        {"summary.totalTaxes": "0.123", "summary.total": "1.357"},
    ),
    (
        "fractional-quantity",
        _cart([_line("3.99", "0.755")]),  # 3.01245 net, 0.301245 tax
        {
            "lineItems[0].quantity": Decimal("0.755"),
            "lineItems[0].totalTax": "0.30",
            "lineItems[0].total": "3.31",
            "summary.subTotal": "3.01",
        },
    ),
    (
        "price-with-more-decimals-than-the-currency",
        _cart([_line("0.3333", 3)]),  # 0.9999 net -> 1.00; tax 0.09999 -> 0.10
        {
            "lineItems[0].price": "0.33",
            "summary.subTotal": "1.00",
            "summary.totalTaxes": "0.10",
            "summary.total": "1.10",
        },
    ),
    (
        "zero-percent-rate-reported",
        _cart([_line("10", taxes=[rate("z", "Zero", "0")])]),
        {"summary.taxes[0].amount": "0.00", "summary.taxes[0].percentage": Decimal(0), "summary.total": "10.00"},
    ),
    (
        "rates-without-priority-apply-in-list-order",
        _cart([_line("100", taxes=[{"name": "A", "percentage": "5"}, {"name": "B", "percentage": "3"}])]),
        {"summary.totalTaxes": "8.00", "summary.taxes[1].priority": Decimal(2)},
    ),
    (
        "one-rate-per-priority-the-first-wins",
        _cart([_line("100", taxes=[rate("a", "A", "5"), rate("b", "B", "3"), rate("c", "C", "1", 2)])]),
        {"summary.totalTaxes": "6.00", "summary.taxes[0].id": "a", "summary.taxes[1].id": "c"},
    ),
    (
        "compound-is-accepted-for-compounding",
        _cart(
            [
                _line(
                    "575",
                    taxes=[rate("a", "A", "15"), {"name": "B", "percentage": "4", "priority": 2, "compound": True}],
                )
            ]
        ),
        {"summary.taxes[1].amount": "26.45", "summary.taxes[1].compounding": True},
    ),
    (
        "fixed-cart-discount-split-per-unit",
        _cart([_line("30", 1), _line("10", 2)], cartDiscount={"amount": "3"}),
        {"lineItems[0].total": "31.90", "lineItems[1].total": "19.80", "summary.discountTotal": "3.00"},
    ),
    (
        "percent-cart-discount-remainder-to-the-most-expensive",
        _cart([_line("3.33"), _line("3.34"), _line("3.33")], cartDiscount={"percentage": "10"}),
        # floors 0.33 + 0.33 + 0.33 = 0.99 of 1.00: the cent goes to the 3.34 line
        {"lineItems[1].total": "3.30", "lineItems[0].total": "3.30", "summary.discountTotal": "1.00"},
    ),
]


@pytest.mark.parametrize(("cart", "expected"), [(c, e) for _, c, e in CASES], ids=[n for n, _, _ in CASES])
def test_rule(cart: dict[str, Any], expected: dict[str, Any]) -> None:
    out = run(cart)
    assert {path: dig(out, path) for path in expected} == expected


def test_output_shape() -> None:
    out = run(PRICING_EXAMPLE)
    assert list(out) == ["summary", "lineItems", "customSales", "cartDiscount", "cartFees"]
    assert set(out["summary"]) == {
        "discountTotal",
        "shippingTotal",
        "total",
        "totalTaxes",
        "isTaxInclusive",
        "subTotal",
        "taxes",
        "tip",
    }
    assert set(out["lineItems"][0]) == {
        "productId",
        "variantId",
        "name",
        "quantity",
        "price",
        "sku",
        "totalTax",
        "total",
        "taxes",
    }
    assert set(out["summary"]["taxes"][0]) == {"name", "id", "percentage", "amount", "compounding", "priority"}
    assert out["lineItems"][0]["quantity"] == 2
    assert out["cartDiscount"] == {"label": "Coupon", "amount": "18.50", "percentage": Decimal("0.1")}


def test_no_cart_discount_is_null_and_tax_table_ids_are_passed_through() -> None:
    tax = rate("t", "State", "6", taxTableId="tt1", taxTableName="Standard")
    out = run(_cart([_line("10", taxes=[tax])]))
    assert out["cartDiscount"] is None
    assert out["summary"]["taxes"][0]["taxTableId"] == "tt1"
    assert out["lineItems"][0]["taxes"][0]["taxTableName"] == "Standard"


def test_pricer_gives_summarize_figures_as_the_cart_changes() -> None:
    rates = (TaxRate("a", "A", Decimal(7)), TaxRate("b", "B", Decimal(2), priority=2, compound=True))
    lines = tuple(Line(price=Decimal(f"{i}.99"), quantity=Decimal(i % 3 + 1), taxes=rates) for i in range(1, 30))
    pricer = Pricer()
    cart = Cart("USD", lines=lines[:10], cart_discount=CartDiscount(percentage=Decimal("12.5")))
    for line in lines[10:]:
        cart = cart.with_line(line)
        assert pricer.summarize(cart).to_wire() == summarize(cart).to_wire()
    shorter = Cart("USD", lines=lines[5:], cart_discount=CartDiscount(amount=Decimal("3.01")))
    assert pricer.summarize(shorter).to_wire() == summarize(shorter).to_wire()
    twice = Cart("USD", lines=(lines[0], lines[0]), cart_discount=CartDiscount(percentage=Decimal("33")))
    assert pricer.summarize(twice).to_wire() == summarize(twice).to_wire()
    assert pricer.summarize(twice).to_wire() == summarize(twice).to_wire()
    # rate sets are shared between runs by value: a rate edited between two runs (same id, another figure)
    # is a new rate set, and lines of the old and new rates in one cart are each taxed at their own
    edited = (TaxRate("a", "A", Decimal(8)), rates[1])
    mixed = Cart("USD", lines=(*lines[:3], *(dataclasses.replace(line, taxes=edited) for line in lines[3:6])))
    assert pricer.summarize(mixed).to_wire() == summarize(mixed).to_wire()
    assert [t["amount"] for t in pricer.summarize(mixed).to_wire()["summary"]["taxes"]] == [
        t["amount"] for t in summarize(mixed).to_wire()["summary"]["taxes"]]


def test_summarize_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Line(price=1.5, quantity=Decimal(1))  # type: ignore[arg-type]


def test_subtotal_mode_split_line_keeps_the_tax_on_an_exact_tie() -> None:
    # Found by hypothesis: 20 % inclusive on 0.01 + 1.94 x 2 + 241.65 is exactly 40.925 of tax (half down:
    # 40.92). Taxing line by line to 8 decimals gave 40.92500001 once the 1.94 x 2 line was split in two.
    vat = rate("r", "VAT", "20")
    lines = [_line("0.01", 1, [vat]), _line("1.94", 2, [vat]), _line("241.65", 1, [vat])]
    split = [lines[0], _line("1.94", 1, [vat]), lines[2], _line("1.94", 1, [vat])]
    for these in (lines, split):
        out = run(_cart(these, pricesIncludeTax=True, taxRounding="subtotal"))
        assert out["summary"]["totalTaxes"] == "40.92"
        assert out["summary"]["total"] == "245.54"
