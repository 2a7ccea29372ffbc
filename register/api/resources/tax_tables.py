"""Tax tables: a sandbox extension, ``GET /v1/sandbox/tax-tables`` (the REST API has none)."""

from __future__ import annotations

import builtins

from .._constants import SANDBOX_PREFIX
from ..models import TaxTable
from ._base import Resource

__all__ = ["TaxTables"]


class TaxTables(Resource):
    """The store's tax tables, as the sandbox serves them (a real store imports the same JSON from a file)."""

    async def list(self) -> builtins.list[TaxTable]:
        """Every tax table (a bare JSON array, not paged)."""
        return await self._client.get_list(TaxTable, f"{SANDBOX_PREFIX}/tax-tables")
