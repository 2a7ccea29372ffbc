"""Rate matching from a tax table to the outlet's address (WooCommerce's ``get_matched_tax_rates``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from register.pricing import Address, TaxRate, match_rates
from register.pricing.rates import normalize_postcode, one_per_priority, postcode_matches


def _rate(rate_id: str, priority: int = 1, **filters: object) -> TaxRate:
    return TaxRate(rate_id, rate_id, Decimal("5"), priority=priority, **filters)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pattern", "postcode", "matches"),
    [
        ("78701", "78701", True),
        ("787*", "78701", True),
        ("787*", "78801", False),
        ("*", "12345", True),
        ("75001-75099", "75050", True),
        ("75001-75099", "75100", False),
        ("90210...90215", "90213", True),  # WooCommerce's own range syntax (tax.php test postcodes)
        ("90210...90215", "90216", False),
        ("PE14 1XX", "pe141xx", True),  # normalized: upper case, no spaces
        ("PE*", "PE14 1XX", True),
        ("75001-1234", "75001-1234", True),  # a ZIP+4, not a range
        ("75001-1234", "75002", False),
        ("AB1...AB9", "AB5", True),  # non-numeric ranges compare wc_make_numeric_postcode() forms
    ],
)
def test_postcode_patterns(pattern: str, postcode: str, matches: bool) -> None:
    assert postcode_matches(pattern, postcode) is matches


def test_normalize_postcode() -> None:
    assert normalize_postcode(" sw1a 1aa ") == "SW1A1AA"


AUSTIN = Address(country="US", state="TX", postcode="78701", city="Austin")


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # country, state, postcode and city filters: empty matches anything
        ([_rate("any"), _rate("us", country="US", priority=2), _rate("gb", country="GB", priority=3)], ["any", "us"]),
        ([_rate("tx", state="TX"), _rate("ca", state="CA", priority=2)], ["tx"]),
        ([_rate("zip", postcodes=("787*",)), _rate("other", postcodes=("10001",), priority=2)], ["zip"]),
        ([_rate("city", cities=("AUSTIN",)), _rate("dallas", cities=("Dallas",), priority=2)], ["city"]),
        # one rate per priority: the most specific wins (country, then state, then postcodes, then cities)
        ([_rate("generic"), _rate("country", country="US")], ["country"]),
        ([_rate("country", country="US"), _rate("state", country="US", state="TX")], ["state"]),
        (
            [_rate("state", country="US", state="TX"), _rate("zip", country="US", state="TX", postcodes=("78701",))],
            ["zip"],
        ),
        ([_rate("zip1", postcodes=("787*",)), _rate("zip2", postcodes=("787*", "78701"))], ["zip2"]),
        ([_rate("plain"), _rate("city", cities=("Austin",))], ["city"]),
        # equally specific: table order decides
        ([_rate("first", country="US"), _rate("second", country="US")], ["first"]),
        # different priorities all apply, in priority order
        (
            [_rate("city", priority=3), _rate("state", priority=1), _rate("county", priority=2)],
            ["state", "county", "city"],
        ),
        # postcode and city both set: both must match
        ([_rate("both", postcodes=("787*",), cities=("Dallas",))], []),
        ([_rate("both", postcodes=("787*",), cities=("austin",))], ["both"]),
    ],
)
def test_match_rates(table: list[TaxRate], expected: list[str]) -> None:
    assert [r.id for r in match_rates(table, AUSTIN)] == expected


def test_one_per_priority_keeps_the_first_of_each_priority_in_priority_order() -> None:
    rates = [_rate("b", 2), _rate("a", 1), _rate("b2", 2), _rate("c", 3)]
    assert [r.id for r in one_per_priority(rates)] == ["a", "b", "c"]


def test_rates_from_table_and_match() -> None:
    from register.pricing.rates import rates_from_table

    table = rates_from_table(
        [
            {"id": "1", "name": "TX", "percentage": "6.25", "priority": 1, "country": "us", "state": "TX"},
            {
                "id": "2",
                "name": "Austin",
                "percentage": "2",
                "priority": 2,
                "compound": True,
                "postcodes": ["787*", "73301-73344"],
                "cities": [],
            },
            {"id": "3", "name": "Dallas", "percentage": "1", "priority": 2, "cities": ["Dallas"]},
        ],
        tax_table_id="standard",
    )
    rates = match_rates(table, AUSTIN)
    assert [(r.id, r.percentage, r.compound) for r in rates] == [("1", Decimal("6.25"), False), ("2", Decimal(2), True)]
    assert rates[0].tax_table_id == "standard"
    with pytest.raises(TypeError):
        rates_from_table([{"id": "x", "name": "x", "percentage": 6.25}])
