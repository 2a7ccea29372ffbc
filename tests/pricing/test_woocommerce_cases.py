"""WooCommerce's own cart and order tests, replayed through ``register quote`` to the cent.

Each case names the WooCommerce test it comes from (paths under ``plugins/woocommerce/`` of
woocommerce/woocommerce). WooCommerce asserts cart or order totals; the same figures must appear in the
Final POS fields: ``subTotal`` (items' net before discounts), ``discountTotal`` (net), ``totalTaxes``,
``shippingTotal`` and ``total``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.pricing.util import dig, rate, run

VAT20 = rate("1", "VAT", "20")
VAT20_SHIP = rate("1", "VAT", "20", shipping=True)


def _lines(*specs: tuple[str, int | str], taxes: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    return [{"price": p, "quantity": q, "taxes": taxes or []} for p, q in specs]


CASES: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    (
        # tests/legacy/unit-tests/totals/totals.php WC_Tests_Totals::test_get_totals / test_cart_totals:
        # three 10.00 products (qty 1, 2, 1), 20 % VAT, 10 % coupon, fees 10 + 20 taxable and 10 untaxed,
        # flat-rate shipping 10 taxed.
        "wc-totals-get-totals",
        {
            "currency": "USD",
            "lines": _lines(("10", 1), ("10", 2), ("10", 1), taxes=[VAT20]),
            "cartDiscount": {"percentage": "10"},
            "fees": [
                {"label": "test fee", "amount": "10", "taxes": [VAT20]},
                {"label": "test fee 2", "amount": "20", "taxes": [VAT20]},
                {"label": "test fee non-taxable", "amount": "10"},
            ],
            "shipping": {"amount": "10", "taxes": [VAT20_SHIP]},
        },
        {
            "summary.subTotal": "40.00",
            "summary.discountTotal": "4.00",
            "summary.shippingTotal": "10.00",
            "summary.totalTaxes": "15.20",  # items 7.20 + fees 6.00 + shipping 2.00
            "summary.total": "101.20",
            "cartFees[0].tax": "2.00",
            "cartFees[1].tax": "4.00",
            "cartFees[2].tax": "0.00",
            "cartDiscount.amount": "4.00",
        },
    ),
    (
        # tests/legacy/unit-tests/totals/totals.php test_get_totals_tax_exempt_customer: no tax at all.
        "wc-totals-tax-exempt",
        {
            "currency": "USD",
            "lines": _lines(("10", 1), ("10", 2), ("10", 1)),
            "cartDiscount": {"percentage": "10"},
            "fees": [{"label": "a", "amount": "10"}, {"label": "b", "amount": "20"}, {"label": "c", "amount": "10"}],
            "shipping": {"amount": "10"},
        },
        {"summary.total": "86.00", "summary.totalTaxes": "0.00", "summary.discountTotal": "4.00"},
    ),
    (
        # tests/legacy/unit-tests/order/class-wc-tests-orders.php test_order_calculate_total_rounding_24695:
        # prices include tax, round at subtotal, 7 %: 2.00 x 1 + 2.50 x 4.
        "wc-orders-24695-inclusive-subtotal",
        {
            "currency": "USD",
            "pricesIncludeTax": True,
            "taxRounding": "subtotal",
            "lines": _lines(("2", 1), ("2.5", 4), taxes=[rate("1", "CGST", "7")]),
        },
        {"summary.total": "12.00", "summary.totalTaxes": "0.79"},
    ),
    (
        # tests/legacy/unit-tests/order/class-wc-tests-orders.php test_order_rounding_with_shipping_25748:
        # exclusive, round at subtotal, 21 % on 23.85 and on shipping 9.50.
        "wc-orders-25748-shipping",
        {
            "currency": "USD",
            "taxRounding": "subtotal",
            "lines": _lines(("23.85", 1), taxes=[rate("1", "CGST", "21")]),
            "shipping": {"amount": "9.5", "taxes": [rate("1", "CGST", "21")]},
        },
        {"summary.totalTaxes": "7.00", "summary.total": "40.35", "summary.shippingTotal": "9.50"},
    ),
    (
        # tests/legacy/unit-tests/order/class-wc-tests-orders.php test_order_rounding_addition_25641:
        # exclusive, round at subtotal, 7 % + 2.25 % (two priorities) on 22.99 and flat-rate shipping 10.
        "wc-orders-25641-two-rates",
        {
            "currency": "USD",
            "taxRounding": "subtotal",
            "lines": _lines(("22.99", 1), taxes=[rate("1", "CGST", "7"), rate("2", "SGST", "2.25", 2)]),
            "shipping": {"amount": "10", "taxes": [rate("1", "CGST", "7"), rate("2", "SGST", "2.25", 2)]},
        },
        {"summary.totalTaxes": "3.05", "summary.total": "36.04"},
    ),
    (
        # tests/legacy/unit-tests/order/coupons.php test_inclusive_tax_rounding_on_totals (#25091):
        # inclusive, round at subtotal, 20 % + 5 % compound, 3.17 and 6.13 taxable, 9.53 untaxed, 10 %.
        "wc-coupons-25091-inclusive-compound",
        {
            "currency": "USD",
            "pricesIncludeTax": True,
            "taxRounding": "subtotal",
            "lines": [
                *_lines(("3.17", 1), ("6.13", 1), taxes=[rate("1", "VAT", "20"), rate("2", "VAT", "5", 2, True)]),
                {"price": "9.53", "quantity": 1},
            ],
            "cartDiscount": {"percentage": "10"},
        },
        {"summary.total": "16.95", "summary.totalTaxes": "1.73", "summary.discountTotal": "1.69"},
    ),
    *[
        (
            # tests/php/includes/class-wc-cart-totals-test.php test_discount_tax_rounding (#23916): prices
            # include 27 % tax, 0 decimals, a fixed cart coupon of 2000 over 240 + 1250 + 1990 + 3390 + 6200.
            # The discount is 1575 net (425 tax), the total 11070, in both rounding modes.
            f"wc-cart-totals-23916-fixed-coupon-{mode}",
            {
                "currency": "JPY",
                "pricesIncludeTax": True,
                "taxRounding": mode,
                "lines": _lines(
                    *[(p, 1) for p in ("240", "1250", "1990", "3390", "6200")], taxes=[rate("1", "TAX27", "27")]
                ),
                "cartDiscount": {"amount": "2000"},
            },
            {"summary.discountTotal": "1575", "summary.total": "11070", "cartDiscount.amount": "2000"},
        )
        for mode in ("subtotal", "line")
    ],
    (
        # tests/php/includes/class-wc-cart-totals-test.php test_subtotal_rounding_with_changing_precision
        # (#28292): inclusive 23 %, round at subtotal, 0 decimals, price 301.90909. Subtotal and tax do not
        # add up to the total, as WooCommerce's comment says.
        "wc-cart-totals-28292-precision",
        {
            "currency": "JPY",
            "pricesIncludeTax": True,
            "taxRounding": "subtotal",
            "lines": _lines(("301.90909", 1), taxes=[rate("1", "TAX23", "23")]),
        },
        {"summary.subTotal": "245", "summary.total": "302", "summary.totalTaxes": "56"},
    ),
    (
        # tests/php/includes/class-wc-cart-totals-test.php test_total_rounding_with_price_entered_has_high_
        # precision (#24184): exclusive 20 %, round at subtotal, price 30.825.
        "wc-cart-totals-24184-high-precision",
        {
            "currency": "USD",
            "taxRounding": "subtotal",
            "lines": _lines(("30.825", 1), taxes=[rate("1", "TAX20", "20")]),
        },
        {"summary.subTotal": "30.83", "summary.total": "36.99", "summary.totalTaxes": "6.17"},
    ),
    (
        # tests/legacy/unit-tests/discounts/discounts.php calculations_test_provider: percent 20 on 10 x 1.
        "wc-discounts-percent-20",
        {"currency": "USD", "lines": _lines(("10", 1), taxes=[VAT20]), "cartDiscount": {"percentage": "20"}},
        {"cartDiscount.amount": "2.00", "summary.discountTotal": "2.00", "summary.total": "9.60"},
    ),
    *[
        (
            # tests/legacy/unit-tests/discounts/discounts.php calculations_test_provider: fixed_cart 10 over
            # 10 x 2; 10 + 10; 10 + 10 + 10; 10 x 2 + 10 x 3 + 10 x 2; eleven lines of 10.
            f"wc-discounts-fixed-cart-10-{name}",
            {"currency": "USD", "lines": _lines(*specs, taxes=[VAT20]), "cartDiscount": {"amount": "10"}},
            {"cartDiscount.amount": "10.00", "summary.discountTotal": "10.00"},
        )
        for name, specs in (
            ("one-line-qty-2", (("10", 2),)),
            ("two-lines", (("10", 1), ("10", 1))),
            ("three-lines", (("10", 1),) * 3),
            ("qty-2-3-2", (("10", 2), ("10", 3), ("10", 2))),
            ("eleven-lines", (("10", 1),) * 11),
        )
    ],
    (
        # tests/legacy/unit-tests/discounts/discounts.php calculations_test_provider: fixed_cart 1 over three
        # lines of 1.00 (33 cents each, then a one-cent remainder).
        "wc-discounts-fixed-cart-remainder",
        {
            "currency": "USD",
            "lines": _lines(("1", 1), ("1", 1), ("1", 1), taxes=[VAT20]),
            "cartDiscount": {"amount": "1"},
        },
        {
            "cartDiscount.amount": "1.00",
            "lineItems[0].total": "0.79",
            "lineItems[1].total": "0.80",
            "lineItems[2].total": "0.80",
        },
    ),
    (
        # tests/legacy/unit-tests/discounts/discounts.php test_apply_coupon: 10 % off a 10.00 product
        # leaves 9.00; a fixed cart coupon of 10 leaves 0.
        "wc-discounts-apply-coupon-fixed",
        {"currency": "USD", "lines": _lines(("10", 1), taxes=[VAT20]), "cartDiscount": {"amount": "10"}},
        {"summary.total": "0.00", "summary.totalTaxes": "0.00", "lineItems[0].total": "0.00"},
    ),
    (
        # tests/legacy/unit-tests/cart/cart.php test_cart_total_with_discount_and_taxes: inclusive 20 % (not
        # a shipping rate), round at subtotal, 8.99 less a fixed cart coupon of 5, flat-rate shipping 9.59.
        "wc-cart-total-with-discount-and-taxes",
        {
            "currency": "USD",
            "pricesIncludeTax": True,
            "taxRounding": "subtotal",
            "lines": _lines(("8.99", 1), taxes=[rate("1", "TAX20", "20", shipping=False)]),
            "cartDiscount": {"amount": "5"},
            "shipping": {"amount": "9.59", "taxes": [rate("1", "TAX20", "20", shipping=False)]},
        },
        {"summary.total": "13.58", "summary.totalTaxes": "0.66", "summary.discountTotal": "4.17"},
    ),
    (
        # tests/legacy/unit-tests/cart/cart.php test_cart_subtotal_issue_21871: exclusive, line rounding,
        # 79.00 with four rates of four priorities (0.25 %, 6 %, 1.5 %, 1 %).
        "wc-cart-21871-four-rates",
        {
            "currency": "USD",
            "lines": _lines(
                ("79", 1),
                taxes=[
                    rate("1", "TAX025", "0.25"),
                    rate("2", "TAX06", "6", 2),
                    rate("3", "TAX015", "1.5", 3),
                    rate("4", "TAX01", "1", 4),
                ],
            ),
        },
        {"summary.total": "85.92", "lineItems[0].total": "85.92"},
    ),
    *[
        (
            # tests/legacy/unit-tests/cart/cart.php test_cart_get_total_issue_21021: inclusive, round at
            # subtotal; 19.00 at 5 % (not for shipping), then 59.00 at 23 % (for shipping); shipping 8.05.
            f"wc-cart-21021-{name}",
            {
                "currency": "USD",
                "pricesIncludeTax": True,
                "taxRounding": "subtotal",
                "lines": lines,
                "shipping": {"amount": "8.05", "taxes": shipping},
            },
            {"summary.total": total},
        )
        for name, lines, shipping, total in (
            (
                "one-product",
                _lines(("19", 1), taxes=[rate("5", "TAX5", "5", shipping=False)]),
                [rate("5", "TAX5", "5", shipping=False)],
                "27.05",
            ),
            (
                "two-products",
                [
                    *_lines(("19", 1), taxes=[rate("5", "TAX5", "5", 2, shipping=False)]),
                    *_lines(("59", 1), taxes=[rate("23", "TAX23", "23")]),
                ],
                [rate("23", "TAX23", "23")],
                "87.90",
            ),
        )
    ],
    *[
        (
            # tests/legacy/unit-tests/cart/cart.php test_cart_get_discounted_price_issue_10963: a fixed cart
            # coupon of 1 on one, two and three 10.00 products (no tax).
            f"wc-cart-10963-qty-{qty}",
            {"currency": "USD", "lines": _lines(("10", qty)), "cartDiscount": {"amount": "1"}},
            {"summary.total": total, "summary.discountTotal": "1.00"},
        )
        for qty, total in ((1, "9.00"), (2, "19.00"), (3, "29.00"))
    ],
    (
        # tests/legacy/unit-tests/cart/cart.php test_cart_get_discounted_price_issue_11626: inclusive 19 %,
        # eight products (33.09), 50 % coupon: 16.55.
        "wc-cart-11626-percent-50",
        {
            "currency": "USD",
            "pricesIncludeTax": True,
            "lines": _lines(
                *[(p, 1) for p in ("5.17", "3.32", "1.25", "3.50", "5.01", "3.34", "5.99", "5.51")],
                taxes=[rate("1", "TAX", "19")],
            ),
            "cartDiscount": {"percentage": "50"},
        },
        {"summary.total": "16.55"},
    ),
    (
        # tests/legacy/unit-tests/cart/cart.php test_cart_get_discounted_price_issue_10573: inclusive 10 %,
        # 29.95 less 10 %: the line's net (line_total) is 24.51 = 26.96 gross less 2.45 tax.
        "wc-cart-10573-inclusive-percent",
        {
            "currency": "USD",
            "pricesIncludeTax": True,
            "lines": _lines(("29.95", 1), taxes=[rate("1", "TAX", "10")]),
            "cartDiscount": {"percentage": "10"},
        },
        {"summary.total": "26.96", "summary.totalTaxes": "2.45", "lineItems[0].total": "26.96"},
    ),
    *[
        (
            # tests/legacy/unit-tests/cart/cart.php test_discount_cart_rounding (#16305): 51.86 less 40 %:
            # line total 31.12; with 8.25 % tax, total + tax 33.69.
            f"wc-cart-16305-{name}",
            {"currency": "USD", "lines": _lines(("51.86", 1), taxes=taxes), "cartDiscount": {"percentage": "40"}},
            {"lineItems[0].total": total},
        )
        for name, taxes, total in (("no-tax", [], "31.12"), ("tax", [rate("1", "TAX", "8.25")], "33.69"))
    ],
    *[
        (
            # tests/legacy/unit-tests/cart/cart.php test_out_of_base_discounts_inclusive_tax (in base): 9.99
            # including 20 %, with no coupon and 10 %, 50 %, 100 % coupons.
            f"wc-cart-17517-inclusive-{pct}",
            {
                "currency": "USD",
                "pricesIncludeTax": True,
                "lines": _lines(("9.99", 1), taxes=[rate("1", "VAT", "20")]),
                "cartDiscount": {"percentage": pct},
            },
            {
                "summary.subTotal": "8.33",
                "summary.discountTotal": discount,
                "summary.totalTaxes": tax,
                "summary.total": total,
            },
        )
        for pct, discount, tax, total in (
            ("0", "0.00", "1.66", "9.99"),
            ("10", "0.83", "1.50", "8.99"),
            ("50", "4.16", "0.83", "5.00"),
            ("100", "8.33", "0.00", "0.00"),
        )
    ],
    (
        # tests/legacy/unit-tests/cart/cart.php test_inclusive_tax_rounding (#17970): inclusive 19 %, 149.14
        # and flat-rate shipping 4.12 taxed at 19 %.
        "wc-cart-17970-inclusive-shipping",
        {
            "currency": "USD",
            "pricesIncludeTax": True,
            "lines": _lines(("149.14", 1), taxes=[rate("1", "VAT", "19")]),
            "shipping": {"amount": "4.12", "taxes": [rate("1", "VAT", "19")]},
        },
        {"summary.total": "154.04", "summary.totalTaxes": "24.59"},
    ),
    *[
        (
            # tests/legacy/unit-tests/cart/cart.php test_inclusive_tax_rounding_issue_20997: inclusive 22 %.
            f"wc-cart-20997-{'-'.join(prices)}",
            {
                "currency": "EUR",
                "pricesIncludeTax": True,
                "lines": _lines(*[(p, 1) for p in prices], taxes=[rate("1", "VAT", "22")]),
            },
            {"summary.total": total, "summary.totalTaxes": tax},
        )
        for prices, total, tax in (
            (("46.00", "22.50"), "68.50", "12.36"),
            (("69.00", "43.00"), "112.00", "20.19"),
            (("69.00", "43.00", "27.00", "100.00"), "239.00", "43.09"),
        )
    ],
    (
        # tests/legacy/unit-tests/cart/cart.php test_exclusive_tax_rounding (#17970): exclusive 20 %, nets
        # 54.1666667 and 41.6666667 (65 and 50 with tax): 115.00.
        "wc-cart-17970-exclusive-high-precision",
        {"currency": "GBP", "lines": _lines(("54.1666667", 1), ("41.6666667", 1), taxes=[rate("1", "VAT", "20")])},
        {"summary.total": "115.00"},
    ),
    (
        # tests/legacy/unit-tests/cart/cart.php test_exclusive_tax_rounding_and_totals (#17647): exclusive
        # 5.5 %, line rounding, 2.13, 2.55 x 0.5 (a fractional quantity), 39, 1.76.
        "wc-cart-17647-fractional-quantity",
        {
            "currency": "USD",
            "lines": _lines(("2.13", 1), ("2.55", "0.5"), ("39", 1), ("1.76", 1), taxes=[rate("1", "TAX", "5.5")]),
        },
        {"summary.totalTaxes": "2.44", "summary.subTotal": "44.17", "summary.total": "46.61"},
    ),
    *[
        (
            # tests/legacy/unit-tests/cart/cart.php test_calculate_totals_shipping_tax_rounded_26654: inclusive
            # 25 %, 242.00 and flat-rate shipping 75.10 (shipping tax 18.775 rounds half up, not half down).
            f"wc-cart-26654-shipping-tax-{mode}",
            {
                "currency": "USD",
                "pricesIncludeTax": True,
                "taxRounding": mode,
                "lines": _lines(("242", 1), taxes=[rate("1", "Tax @ 25%", "25")]),
                "shipping": {"amount": "75.10", "taxes": [rate("1", "Tax @ 25%", "25")]},
            },
            {"summary.total": "335.88", "summary.totalTaxes": "67.18", "summary.taxes[0].amount": "67.18"},
        )
        for mode in ("subtotal", "line")
    ],
    (
        # tests/legacy/unit-tests/cart/cart.php test_cart_fee_taxes / test_get_total_ex_tax: 10.00 and a taxed
        # fee of 10 at 10 %: 22.
        "wc-cart-fee-taxes",
        {
            "currency": "USD",
            "lines": _lines(("10", 1), taxes=[rate("1", "TAX", "10")]),
            "fees": [{"label": "taxed", "amount": "10", "taxes": [rate("1", "TAX", "10")]}],
        },
        {"summary.total": "22.00", "summary.totalTaxes": "2.00"},
    ),
    (
        # tests/legacy/unit-tests/cart/cart.php test_cart_negative_fee_taxes: 15.00 less a negative fee of 10,
        # 10 % tax: 5.50 (the fee carries its share of tax).
        "wc-cart-negative-fee-taxes",
        {
            "currency": "USD",
            "lines": _lines(("15", 1), taxes=[rate("1", "TAX", "10")]),
            "fees": [{"label": "negative-taxed", "amount": "-10"}],
        },
        {"summary.total": "5.50", "cartFees[0].tax": "-1.00"},
    ),
    (
        # tests/legacy/unit-tests/cart/cart.php test_cart_negative_fee: 15.00 less 10, no tax: 5.
        "wc-cart-negative-fee",
        {"currency": "USD", "lines": _lines(("15", 1)), "fees": [{"label": "negative", "amount": "-10"}]},
        {"summary.total": "5.00"},
    ),
    (
        # tests/legacy/unit-tests/cart/cart.php test_shipping_total: 10.00 and flat-rate shipping 10: 20.
        "wc-cart-shipping-total",
        {"currency": "USD", "lines": _lines(("10", 1)), "shipping": {"amount": "10"}},
        {"summary.total": "20.00", "summary.shippingTotal": "10.00"},
    ),
    (
        # tests/legacy/unit-tests/tax/tax.php test_calc_tax: 9.99 with 20 % VAT is 1.998 exclusive (line
        # tax 2.00) and 1.665 inclusive (line tax 1.66, half down, net 8.33: the line still sums to 9.99).
        "wc-tax-calc-tax-inclusive",
        {"currency": "USD", "pricesIncludeTax": True, "lines": _lines(("9.99", 1), taxes=[VAT20])},
        {"lineItems[0].totalTax": "1.66", "summary.subTotal": "8.33", "summary.total": "9.99"},
    ),
    (
        "wc-tax-calc-tax-exclusive",
        {"currency": "USD", "lines": _lines(("9.99", 1), taxes=[VAT20])},
        {"lineItems[0].totalTax": "2.00", "summary.total": "11.99"},
    ),
    (
        # tests/legacy/unit-tests/tax/tax.php test_calc_compound_tax: GST 5 % then PST 8.5 % compound on 100:
        # 5.00 and 8.925 exclusive; 4.3889 and 7.8341 inclusive.
        "wc-tax-compound-exclusive",
        {
            "currency": "USD",
            "lines": _lines(("100", 1), taxes=[rate("1", "GST", "5"), rate("2", "PST", "8.5", 2, True)]),
        },
        {"summary.taxes[0].amount": "5.00", "summary.taxes[1].amount": "8.93", "summary.total": "113.93"},
    ),
    (
        "wc-tax-compound-inclusive",
        {
            "currency": "USD",
            "pricesIncludeTax": True,
            "lines": _lines(("100", 1), taxes=[rate("1", "GST", "5"), rate("2", "PST", "8.5", 2, True)]),
        },
        {
            "summary.taxes[0].amount": "4.39",
            "summary.taxes[1].amount": "7.83",
            "summary.total": "100.00",
            "lineItems[0].total": "100.00",
        },
    ),
    (
        # tests/legacy/unit-tests/tax/tax.php test_calc_shipping_tax: 20 % on shipping 10 is 2.
        "wc-tax-shipping",
        {"currency": "USD", "shipping": {"amount": "10", "taxes": [VAT20_SHIP]}},
        {"summary.totalTaxes": "2.00", "summary.total": "12.00"},
    ),
]


@pytest.mark.parametrize(("cart", "expected"), [(c, e) for _, c, e in CASES], ids=[n for n, _, _ in CASES])
def test_woocommerce_case(cart: dict[str, Any], expected: dict[str, str]) -> None:
    out = run(cart)
    got = {path: dig(out, path) for path in expected}
    assert got == expected


def test_inclusive_compound_tax_figures_match_woocommerce_to_four_places() -> None:
    # tests/legacy/unit-tests/tax/tax.php test_calc_compound_tax asserts 4.3889 and 7.8341.
    from register.pricing import TaxRate, calc_tax

    rates = [TaxRate("1", "GST", Decimal("5")), TaxRate("2", "PST", Decimal("8.5"), priority=2, compound=True)]
    gst, pst = calc_tax(Decimal("100"), rates, prices_include_tax=True)
    assert (round(gst, 4), round(pst, 4)) == (Decimal("4.3889"), Decimal("7.8341"))
