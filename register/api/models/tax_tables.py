"""Tax tables: a sandbox extension (``GET /v1/sandbox/tax-tables``) and the register's import format.

The REST API has no tax-table endpoint (CONTRACT.md §2.12). A table is WooCommerce's tax class: a list
of rates, each with a priority, a compound flag and address filters. ``percentage`` is a decimal
string in percent points (``"6.25"`` = 6.25 %). Empty or absent filters match every address.
"""

from __future__ import annotations

from pydantic import Field

from ._base import ResponseModel
from ._types import LooseDecimalString, LooseWireInt

__all__ = ["TaxRate", "TaxTable"]


class TaxRate(ResponseModel):
    """One rate of a tax table."""

    id: str | None = None
    name: str | None = None
    """Label printed on receipts (``"TX State"``)."""
    percentage: LooseDecimalString
    """Rate in percent points, a decimal string on the wire."""
    priority: LooseWireInt = 1
    """Rates are grouped by priority, one matching rate per priority; lower applies first."""
    compound: bool = False
    """True when the rate applies on top of all earlier taxes."""
    shipping: bool = True
    """True when the rate also applies to shipping."""
    country: str | None = None
    """ISO country code; empty or absent matches all."""
    state: str | None = None
    """State or region code; empty or absent matches all."""
    postcodes: list[str] = Field(default_factory=list)
    """Postcode patterns (``"787*"`` wildcards, ``"75001-75099"`` ranges); empty matches all."""
    cities: list[str] = Field(default_factory=list)
    """City names (upper case); empty matches all."""


class TaxTable(ResponseModel):
    """A tax table (tax class) and its rates."""

    id: str | None = None
    name: str | None = None
    rates: list[TaxRate] = Field(default_factory=list)
