"""Tax tables: a sandbox extension, ``GET /v1/sandbox/tax-tables`` (the REST API has none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import errors
from .._constants import SANDBOX_PREFIX
from ..models import TaxTable

if TYPE_CHECKING:
    from ..client import FinalPOSClient

__all__ = ["TaxTables"]


class TaxTables:
    """The store's tax tables, as the sandbox serves them (a real store imports the same JSON from a file)."""

    def __init__(self, client: FinalPOSClient) -> None:
        self._client = client

    async def list(self) -> list[TaxTable]:
        """Every tax table (a bare JSON array, not paged). All or nothing: unlike a catalog record, a table
        left out would tax sales wrongly, so one that breaks the contract fails the list."""
        path = f"{SANDBOX_PREFIX}/tax-tables"
        page = await self._client.get_page(TaxTable, path)
        if page.set_aside:
            first = page.set_aside[0]
            raise errors.APIResponseValidationError(f"tax table {first.position}: {first.problem}", status_code=200,
                                                    excerpt="", method="GET", path=path)
        return page.items
