"""The register's own API client against the sandbox: the two sides of the contract agree."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

from register.api.client import FinalPOSClient
from register.sandbox.testing import SandboxHandle
from tests.sandbox.bodies import VALID, order


def _wire(body: dict[str, Any]) -> Any:
    return json.loads(json.dumps(body), parse_float=Decimal)  # the client refuses Python floats


def test_the_client_reads_the_demo_shop_and_writes_a_sale(demo_sandbox: SandboxHandle) -> None:
    async def scenario() -> None:
        async with FinalPOSClient(
            demo_sandbox.api_key, base_url=demo_sandbox.base_url, max_retries=0
        ) as client:
            assert len(await client.outlets.list_all()) == 2
            assert len(await client.products.list_all(page_size=40)) >= 150
            variants = await client.variants.list_all()
            assert all(isinstance(v.price, Decimal) for v in variants)
            assert {t.name for t in await client.tax_tables.list()} == {"Standard", "Reduced food"}

            session = await client.sessions.create(_wire(VALID["session"][1]))
            sale = await client.orders.create(_wire(order("CONTRACT-1")))
            again = await client.orders.create(_wire(order("CONTRACT-1")))
            assert again.id != sale.id  # the server de-duplicates nothing: the register must not send twice
            closed = await client.sessions.update(session.id, {"closedBy": "Jane Smith"})
            assert closed.closed_by == "Jane Smith"
            assert (await client.orders.get(sale.id)).receipt_id == "CONTRACT-1"

    asyncio.run(scenario())
