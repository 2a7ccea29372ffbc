"""Finding a record on Final POS after a write whose answer was lost, in a bounded number of requests.

The API lists orders and customers only as ``GET /orders?skip&limit`` (no filter, no sort, no total),
in creation order. Paging through a company's whole history to find one receipt would cost a request
per hundred orders ever made. Instead the station remembers a *tail cursor* per list: a ``skip`` (a
multiple of the page size) at or before every record it has created since. A record made after the
cursor was taken sits at or after it, so a look-up reads from the end of the list back to the cursor:

1. find the end: read the page at the cursor; while it is full, gallop forward (1, 2, 4 … pages) and
   then bisect to the last non-empty page, checking every page read on the way;
2. read back from the end to the cursor the entry carried when it was first sent (one page earlier, in
   case records before it were deleted and the list shifted down).

With a cursor kept fresh (it moves to the end after every look-up and every few minutes while the worker
is idle), resolving one write costs two to four requests however many orders the company has.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Generic, TypeVar

from pydantic import BaseModel

from register.api import errors
from register.api.resources import Listed, Page
from register.store.database import Database
from register.store.records import get_setting, set_setting

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

CURSOR_PREFIX: Final = "tail:"
MAX_GALLOP_STEPS: Final = 40
"""Doubling this many times covers any real list (2**40 pages); a list that never ends is a server fault."""


@dataclass(frozen=True)
class Cursor:
    """Where the station's recent records sit in one list."""

    skip: int = 0
    """A page start at or before every record created since the cursor was taken."""
    page_size: int = 100
    """The server's page size for this list."""
    learned: bool = False
    """Whether ``page_size`` was learned from the server (a short first page followed by more)."""


@dataclass
class Found(Generic[M]):
    """What a look-up found, and what it cost."""

    matches: list[M]
    """Every record that matched, oldest first."""
    requests: int
    """Pages read."""
    end: int
    """Start of the last non-empty page (the new cursor)."""


class TailFinder(Generic[M]):
    """Bounded look-ups over one listed resource, with its cursor kept in the station's settings."""

    def __init__(self, resource: Listed[M], path: str, db: Database) -> None:
        self.resource = resource
        self.path = path
        self.db = db
        self._key = CURSOR_PREFIX + path
        self.requests = 0
        """Pages read so far (a look-up's cost is the difference)."""

    # the cursor ---------------------------------------------------------------------------------
    async def cursor(self) -> Cursor:
        """The stored cursor (the start of the list when there is none yet)."""
        raw = await self.db.run(lambda c: get_setting(c, self._key))
        if not isinstance(raw, dict):
            return Cursor()
        return Cursor(int(raw["skip"]), int(raw["pageSize"]), bool(raw.get("learned")))

    async def _save(self, cursor: Cursor) -> None:
        def write(conn: sqlite3.Connection) -> None:
            set_setting(conn, self._key, {"skip": cursor.skip, "pageSize": cursor.page_size,
                                          "learned": cursor.learned})

        await self.db.run(write)

    # reading --------------------------------------------------------------------------------------
    async def _read(self, skip: int, size: int, pages: dict[int, Page[M]]) -> Page[M]:
        if skip not in pages:
            self.requests += 1
            page = await self.resource.page(skip=skip, limit=size)
            head = page.ids[0] if page.ids else None
            if head is not None and any(p.ids and p.ids[0] == head for k, p in pages.items() if k != skip):
                raise errors.APIResponseValidationError(
                    f"the server ignores skip: skip={skip} returned a page already seen", status_code=200,
                    excerpt="", method="GET", path=self.path)
            pages[skip] = page
        return pages[skip]

    async def _learn(self, cursor: Cursor, pages: dict[int, Page[M]]) -> Cursor:
        """The server's page size, once: a first page shorter than asked followed by more records is the cap."""
        if cursor.learned:
            return cursor
        first = await self._read(0, cursor.page_size, pages)
        size = cursor.page_size
        if 0 < first.received < size:
            self.requests += 1
            after = await self.resource.page(skip=first.received, limit=size)
            if after.received:
                size = first.received
                pages.clear()  # pages were read with the wrong size
        return Cursor(cursor.skip // size * size, size, learned=True)

    async def _locate(self, pages: dict[int, Page[M]]) -> tuple[Cursor, int, int]:
        """The cursor (page size learned), the page start the search began at, and the last non-empty page."""
        cursor = await self._learn(await self.cursor(), pages)
        size, start = cursor.page_size, cursor.skip
        while start > 0 and (await self._read(start, size, pages)).received == 0:
            start = (start // 2) // size * size  # the list shrank below the cursor (records deleted)
        return cursor, start, await self._end(start, size, pages)

    async def find(self, match: Callable[[M], bool], *, since: int | None = None, first_only: bool = False,
                   not_before: datetime | None = None, max_pages: int | None = None) -> Found[M]:
        """Records matching ``match`` between ``since`` (a cursor taken before the record was written; default:
        the stored cursor) and the end of the list, oldest first; moves the stored cursor to the end.

        Reading goes from the end backwards. ``first_only``: stop at the first page with a match (when only one
        copy can exist). ``not_before``: stop below a page whose records were all created before this moment
        (the record cannot be older than the write that made it, give or take the clocks' difference).
        ``max_pages``: read back at most this many pages from the end (a look-up that must stay bounded even with
        ``since=0``)."""
        pages: dict[int, Page[M]] = {}
        before = self.requests
        cursor, start, end = await self._locate(pages)
        size = cursor.page_size
        floor = min(start, cursor.skip if since is None else since)
        floor = max(0, floor - size) // size * size  # one page of margin, on a page boundary
        if max_pages is not None:
            floor = max(floor, end - (max_pages - 1) * size)
        matches: list[M] = []
        for skip in range(end, floor - 1, -size):
            page = await self._read(skip, size, pages)
            found = [item for item in page.items if match(item)]
            matches[:0] = found
            if (found and first_only) or (not_before is not None and _all_older(page, not_before)):
                break
        await self._save(Cursor(end, size, learned=True))
        return Found(matches, self.requests - before, end)

    async def _end(self, start: int, size: int, pages: dict[int, Page[M]]) -> int:
        """Start of the last non-empty page at or after ``start`` (``start`` itself when it is the last)."""
        page = await self._read(start, size, pages)
        if page.received < size:
            return start
        full, step = start, 1
        probe = start + size
        for _ in range(MAX_GALLOP_STEPS):
            page = await self._read(probe, size, pages)
            if page.received < size:
                break
            full = probe
            step *= 2
            probe = full + step * size
        else:
            raise errors.APIResponseValidationError("the list never ends: every page comes back full",
                                                    status_code=200, excerpt="", method="GET", path=self.path)
        if page.received > 0:
            return probe
        # the end is after ``full`` and before ``probe`` (empty): bisect on page starts
        lo, hi = full, probe
        while hi - lo > size:
            mid = lo + ((hi - lo) // size // 2) * size
            page = await self._read(mid, size, pages)
            if page.received == 0:
                hi = mid
            elif page.received < size:
                return mid
            else:
                lo = mid
        return lo

    async def refresh(self) -> int:
        """Move the cursor to the end of the list (one or two requests when it is fresh); returns the requests."""
        pages: dict[int, Page[M]] = {}
        before = self.requests
        cursor, _start, end = await self._locate(pages)
        await self._save(Cursor(end, cursor.page_size, learned=True))
        return self.requests - before


def _all_older(page: Page[Any], moment: datetime) -> bool:
    """Every record on ``page`` was created before ``moment`` (False when a date is missing or unreadable)."""
    if not page.items:
        return False
    for item in page.items:
        try:
            created = datetime.fromisoformat(str(getattr(item, "created_at", "") or ""))
        except ValueError:
            return False
        if created.tzinfo is None or created >= moment:
            return False
    return True
