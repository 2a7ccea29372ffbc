"""Record ids and timestamps in the Final POS style.

Ids look like MongoDB ObjectIds (24 lowercase hex digits: 4 bytes of seconds since the epoch, then a
5-byte value fixed per database, then a 3-byte counter) and are strictly increasing, also across
restarts, because the generator starts above the largest id already stored. Timestamps are ISO 8601
with milliseconds and an explicit offset: ``2025-12-07T19:31:48.436+00:00``.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

__all__ = ["IdGenerator", "format_timestamp", "now_timestamp"]

_MAX_ID = (1 << 96) - 1


class IdGenerator:
    """Strictly increasing ObjectId-like ids."""

    def __init__(self, machine: int, last: str | None = None) -> None:
        self._machine = machine & ((1 << 40) - 1)
        self._last = int(last, 16) if last else 0

    def next(self, at: float | None = None) -> str:
        """A new id, for the time ``at`` (epoch seconds, default now) unless that would not increase."""
        seconds = int(time.time() if at is None else at) & 0xFFFFFFFF
        candidate = (seconds << 64) | (self._machine << 24)
        value = max(candidate, self._last + 1)
        if value > _MAX_ID:  # pragma: no cover - year 2106
            raise OverflowError("id space exhausted")
        self._last = value
        return f"{value:024x}"


def format_timestamp(moment: datetime) -> str:
    """``2025-12-07T19:31:48.436+00:00`` for an aware datetime (converted to UTC)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def now_timestamp() -> str:
    """The current time, formatted by :func:`format_timestamp`."""
    return format_timestamp(datetime.now(UTC))
