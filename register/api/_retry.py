"""When to retry and how long to wait: exponential backoff with jitter, Retry-After honoured."""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from ._constants import (
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    RETRY_AFTER_CAP,
    RETRY_JITTER,
    RETRYABLE_STATUS_CODES,
)

__all__ = ["backoff_delay", "is_retryable_status", "parse_retry_after", "retry_delay"]


def is_retryable_status(status_code: int) -> bool:
    """408, 429 and every 5xx are worth another attempt (of a request that may be repeated)."""
    return status_code in RETRYABLE_STATUS_CODES or status_code >= 500


def backoff_delay(retry_number: int, *, rand: Callable[[], float] = random.random) -> float:
    """Seconds before retry ``retry_number`` (0 for the first): 0.5 s doubling to 8 s, minus jitter."""
    base = min(INITIAL_RETRY_DELAY * 2.0**retry_number, MAX_RETRY_DELAY)
    return base * (1.0 - RETRY_JITTER * rand())


def parse_retry_after(headers: Mapping[str, str], *, now: datetime | None = None) -> float | None:
    """Seconds asked for by ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP-date), uncapped.

    ``None`` when absent or unreadable; a date in the past gives 0.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        seconds = _non_negative_number(millis)
        if seconds is not None:
            return seconds / 1000.0
    value = lowered.get("retry-after")
    if value is None:
        return None
    seconds = _non_negative_number(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP-date is always GMT
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max((when - current).total_seconds(), 0.0)


def retry_delay(
    retry_number: int,
    headers: Mapping[str, str] | None = None,
    *,
    rand: Callable[[], float] = random.random,
    now: datetime | None = None,
) -> float:
    """Seconds before retry ``retry_number``: the server's Retry-After (capped) if any, else backoff."""
    if headers is not None:
        asked = parse_retry_after(headers, now=now)
        if asked is not None:
            return min(asked, RETRY_AFTER_CAP)
    return backoff_delay(retry_number, rand=rand)


def _non_negative_number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0:
        return None
    return value
