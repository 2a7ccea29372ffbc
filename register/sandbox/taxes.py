"""The demo tax tables (a sandbox extension: the Final POS REST API has no tax-table endpoint).

Rates follow WooCommerce, which the register's pricing follows too (docs/architecture.md, docs/pricing.md): one rate per
priority, compound rates on top of the earlier taxes, ``percentage`` in percent points as a decimal
string, address filters by country, state, postcode (``787*`` prefixes, ``75001-75099`` ranges) and
city (upper case). The tables are company configuration, so every database has them, whatever its seed.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = ["REDUCED_FOOD_ID", "STANDARD_ID", "TAX_TABLES", "tax_table"]

STANDARD_ID: Final = "6774a0800000000000000101"
REDUCED_FOOD_ID: Final = "6774a0800000000000000102"


def _rate(
    rate_id: str,
    name: str,
    percentage: str,
    priority: int,
    *,
    compound: bool = False,
    postcodes: list[str] | None = None,
    cities: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "id": rate_id,
        "name": name,
        "percentage": percentage,
        "priority": priority,
        "compound": compound,
        "shipping": True,
        "country": "US",
        "state": "TX",
        "postcodes": postcodes or [],
        "cities": cities or [],
    }


TAX_TABLES: Final[tuple[dict[str, Any], ...]] = (
    {
        "id": STANDARD_ID,
        "name": "Standard",
        "rates": [
            _rate("6774a0800000000000000201", "TX State Tax", "6.25", 1),
            _rate(
                "6774a0800000000000000202",
                "Austin City Tax",
                "2.00",
                2,
                compound=True,
                postcodes=["787*"],
                cities=["AUSTIN"],
            ),
            _rate(
                "6774a0800000000000000203",
                "Dallas City Tax",
                "2.00",
                2,
                compound=True,
                postcodes=["75201-75399"],
                cities=["DALLAS"],
            ),
        ],
    },
    {
        "id": REDUCED_FOOD_ID,
        "name": "Reduced food",
        "rates": [
            _rate("6774a0800000000000000204", "TX Food Tax", "1.00", 1),
        ],
    },
)


def tax_table(table_id: str) -> dict[str, Any] | None:
    """The tax table with this id, or None."""
    return next((table for table in TAX_TABLES if table["id"] == table_id), None)
