"""Tax-table rate matching, after WooCommerce's ``WC_Tax::get_matched_tax_rates``.

A rate matches an address when its country and state are empty or equal, its postcode list is empty or
holds a matching pattern (exact, ``787*`` prefix wildcard, ``75001...75099`` or ``75001-75099`` range),
and its city list is empty or holds the city. Matches are sorted by priority, then by specificity
(country set, state set, more postcodes, more cities; WooCommerce's ``sort_rates_callback``), then by
table order, and only the first rate of each priority is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from register.money import to_decimal
from register.pricing.cart import TaxRate

__all__ = [
    "Address",
    "match_rates",
    "normalize_postcode",
    "one_per_priority",
    "postcode_matches",
    "rates_from_table",
]


@dataclass(frozen=True, slots=True)
class Address:
    """Where the sale happens: the outlet's address (the station uses its outlet's)."""

    country: str = ""
    state: str = ""
    postcode: str = ""
    city: str = ""


def normalize_postcode(postcode: str) -> str:
    """Upper case without spaces or dashes (``wc_normalize_postcode``)."""
    return "".join(ch for ch in postcode.strip().upper() if ch not in " \t-")


def _numeric(code: str) -> str:
    # wc_make_numeric_postcode: each digit, and each letter's alphabet position, as two digits.
    return "".join(
        f"{int(ch):02d}" if ch.isdigit() else f"{ord(ch) - 64:02d}" if "A" <= ch <= "Z" else "" for ch in code
    )


def _split_range(pattern: str) -> tuple[str, str] | None:
    if "..." in pattern:
        low, _, high = pattern.partition("...")
        return low.strip(), high.strip()
    # "75001-75099": a dash between two numbers of the same length (not a ZIP+4 like 75001-1234).
    low, sep, high = pattern.partition("-")
    if sep and low.strip().isdigit() and high.strip().isdigit() and len(low.strip()) == len(high.strip()):
        return low.strip(), high.strip()
    return None


def postcode_matches(pattern: str, postcode: str) -> bool:
    """Whether a rate's postcode ``pattern`` covers the (raw) ``postcode``."""
    code = normalize_postcode(postcode)
    bounds = _split_range(pattern)
    if bounds is not None:
        low, high = (normalize_postcode(b) for b in bounds)
        if low.isdigit() and high.isdigit():
            if not code.isdigit():
                return False
            return int(low) <= int(code) <= int(high)
        compare = _numeric(code)
        low, high = _numeric(low).ljust(len(compare), "0"), _numeric(high).ljust(len(compare), "0")
        return low <= compare <= high
    wanted = normalize_postcode(pattern)
    if wanted.endswith("*"):
        return code.startswith(wanted[:-1])
    return wanted == code


def _matches(rate: TaxRate, address: Address) -> bool:
    if rate.country and rate.country.strip().upper() != address.country.strip().upper():
        return False
    if rate.state and rate.state.strip().upper() != address.state.strip().upper():
        return False
    if rate.postcodes and not any(postcode_matches(p, address.postcode) for p in rate.postcodes):
        return False
    city = address.city.strip().upper()
    return not rate.cities or any(c.strip().upper() == city for c in rate.cities)


def _specificity(indexed: tuple[int, TaxRate]) -> tuple[int, int, str, int, str, int, int, int]:
    order, rate = indexed
    # Empty country/state sort last; then alphabetical, more postcodes and cities first, then table order.
    return (
        rate.priority,
        0 if rate.country else 1,
        rate.country.upper(),
        0 if rate.state else 1,
        rate.state.upper(),
        -len(rate.postcodes),
        -len(rate.cities),
        order,
    )


def one_per_priority(rates: Iterable[TaxRate]) -> tuple[TaxRate, ...]:
    """Rates in priority order (stable), keeping only the first rate of each priority."""
    seen: set[int] = set()
    kept: list[TaxRate] = []
    for rate in sorted(rates, key=lambda r: r.priority):
        if rate.priority not in seen:
            seen.add(rate.priority)
            kept.append(rate)
    return tuple(kept)


def match_rates(table: Sequence[TaxRate], address: Address) -> tuple[TaxRate, ...]:
    """The rates of ``table`` that apply at ``address``: one per priority, most specific first."""
    found = sorted(((i, r) for i, r in enumerate(table) if _matches(r, address)), key=_specificity)
    return one_per_priority(rate for _, rate in found)


def _text(row: Mapping[str, object], key: str) -> str:
    value = row.get(key, "")
    return "" if value is None else str(value)


def _strings(row: Mapping[str, object], key: str) -> tuple[str, ...]:
    value = row.get(key) or ()
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise TypeError(f"rate {row.get('id')!r}: {key} must be a list")
    return tuple(str(item) for item in value)


def rates_from_table(
    rows: Iterable[Mapping[str, object]], *, tax_table_id: str | None = None, tax_table_name: str | None = None
) -> tuple[TaxRate, ...]:
    """A tax table's rates from plain data (the register's settings), in table order.

    Each row: ``{"id", "name", "percentage" (percent points, decimal string), "priority", "compound",
    "shipping", "country", "state", "postcodes": [...], "cities": [...]}``; ``compounding`` is accepted
    for ``compound``. Floats are refused, as everywhere in money code.
    """
    table = []
    for row in rows:
        compound = row.get("compound", row.get("compounding", False))
        priority = row.get("priority", 1)
        if isinstance(priority, bool) or not isinstance(priority, int | str):
            raise TypeError(f"rate {row.get('id')!r}: priority must be an integer")
        table.append(
            TaxRate(
                id=_text(row, "id"),
                name=_text(row, "name"),
                percentage=to_decimal(row.get("percentage"), field="percentage"),
                priority=int(priority),
                compound=bool(compound),
                shipping=bool(row.get("shipping", True)),
                country=_text(row, "country").upper(),
                state=_text(row, "state").upper(),
                postcodes=_strings(row, "postcodes"),
                cities=_strings(row, "cities"),
                tax_table_id=tax_table_id,
                tax_table_name=tax_table_name,
            )
        )
    return tuple(table)
