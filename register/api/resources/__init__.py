"""One class per endpoint group of the Final POS API; the client exposes them as attributes."""

from __future__ import annotations

from ._base import Listed, Page, Resource
from .catalog import Categories, Outlets, Products, Stations, Variants
from .customers import Customers
from .sales import Orders, Refunds, Sessions, Transactions
from .tax_tables import TaxTables

__all__ = [
    "Categories",
    "Customers",
    "Listed",
    "Orders",
    "Outlets",
    "Page",
    "Products",
    "Refunds",
    "Resource",
    "Sessions",
    "Stations",
    "TaxTables",
    "Transactions",
    "Variants",
]
