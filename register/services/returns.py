"""Returns by scan: the sale behind a receipt id, wherever it was sold.

A receipt's QR code holds its id (``R<station>-<YYYYMMDD>-<number>-<installation>``). Scanned at the sell screen or
in the refund dialog, :meth:`ReturnService.find` looks for the sale, nearest first:

1. **this station** (the local store): the session open now, or any earlier session of this station;
2. **elsewhere in the store** (another till): Final POS's orders. The API lists orders only by ``skip``/``limit``
   in creation order, with no filter, so the sync worker's bounded tail look-up is used
   (:class:`register.services.lookup.TailFinder`): it reads from the end of the list backwards and stops at the
   first page holding the receipt, at the first page whose orders are all older than the receipt's date (minus
   two days for time zones and clocks), and after :data:`MAX_PAGES` pages in any case. A receipt of last week
   costs the pages the whole store made since; never the company's history.

An order found on Final POS is kept in the local cache (catalog kind ``order``, by its server id) so its refund,
which refers to it by that id, can be made and repeated offline.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from register.api.models import Order
from register.services.cart import InputError
from register.services.context import StationContext
from register.services.lookup import TailFinder
from register.services.sale_record import SaleRecord
from register.services.wire_bodies import sale_from_body
from register.store.records import loads, upsert_catalog

RECEIPT_ID: Final = re.compile(r"^R[0-9A-Za-z]+-(?P<date>\d{8})-\d{4,}-[0-9A-Za-z]+$")
MAX_PAGES: Final = 30
"""At most this many pages of Final POS's orders (3,000 orders) are read for one receipt."""
SLACK: Final = timedelta(days=2)
REMOTE_KIND: Final = "order"
"""The catalog kind of orders found on Final POS (their server id is the record's id)."""


def looks_like_receipt(code: str) -> bool:
    """A scanned code is a receipt id (not a product's barcode)."""
    return RECEIPT_ID.match(code.strip()) is not None


@dataclass(frozen=True)
class FoundSale:
    """The sale behind a receipt."""

    receipt_id: str
    key: str
    """The order's local id (sold on this station) or its Final POS id (sold elsewhere)."""
    record: SaleRecord
    """The sale as recorded here, or as Final POS holds it."""
    where: str
    """``session`` (the open one), ``station`` (an earlier session here) or ``store`` (another till)."""
    sold_at: str | None = None

    @property
    def remote(self) -> bool:
        """Sold elsewhere: known to Final POS by ``key``."""
        return self.where == "store"


class ReturnService:
    """Finds the sale of a receipt for its return."""

    def __init__(self, ctx: StationContext, finder: TailFinder[Order]) -> None:
        self.ctx = ctx
        self.finder = finder
        self.requests = 0
        """Pages of Final POS's orders read by the look-ups so far."""

    async def local(self, receipt_id: str) -> FoundSale | None:
        """The sale of ``receipt_id`` if this station sold it (or an earlier look-up found it on Final POS)."""
        def read(conn: sqlite3.Connection) -> FoundSale | None:
            row = conn.execute("SELECT s.local_id, s.record, s.created_at, (SELECT 1 FROM sessions x WHERE "
                               "x.local_id = s.session_local_id AND x.closed_at IS NULL) FROM sales s "
                               "WHERE s.receipt_id = ? AND s.kind = 'order'", (receipt_id,)).fetchone()
            if row is not None:
                return FoundSale(receipt_id, row[0], SaleRecord.from_json(loads(row[1])),
                                 "session" if row[3] else "station", row[2])
            cached = conn.execute("SELECT id, body FROM catalog WHERE kind = ? AND json_extract(body, '$.receiptId') "
                                  "= ?", (REMOTE_KIND, receipt_id)).fetchone()
            if cached is not None:
                sale = sale_from_body(loads(cached[1]), local_id=cached[0])
                return FoundSale(receipt_id, cached[0], sale, "store", sale.created_at or None)
            return None

        return await self.ctx.db.run(read)

    async def find(self, receipt_id: str) -> FoundSale:
        """The sale of ``receipt_id``: this station's, else Final POS's (bounded); InputError when none."""
        code = receipt_id.strip()
        found = await self.local(code)
        if found is not None:
            return found
        match = RECEIPT_ID.match(code)
        if match is None:
            raise InputError(f"{code!r} is not a receipt number.")
        try:
            day = datetime.strptime(match["date"], "%Y%m%d").astimezone()
        except ValueError:
            raise InputError(f"{code!r} is not a receipt number.") from None
        result = await self.finder.find(lambda order: order.receipt_id == code and order.status != "parked",
                                        since=0, first_only=True, not_before=day - SLACK, max_pages=MAX_PAGES)
        self.requests += result.requests
        orders = [o for o in result.matches if o.id]
        if not orders:
            raise InputError(f"No sale with receipt {code!r} was found on this station or among the store's recent "
                             "orders on Final POS.")
        order = orders[-1]
        body = {**order.to_wire(), "id": order.id}
        await self.ctx.db.run(lambda conn: upsert_catalog(conn, REMOTE_KIND, [body]))
        return FoundSale(code, str(order.id), sale_from_body(body, local_id=str(order.id)), "store", order.created_at)
