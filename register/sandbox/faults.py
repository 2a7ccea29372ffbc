"""Fault injection for the offline-first tests: latency, 503s and connections dropped after a commit.

Faults apply to ``/v1/api/`` requests only, in this order:

1. ``latency_ms``: every request waits this long first.
2. ``fail_rate``: this fraction of requests is answered ``503 Service Unavailable`` before anything else
   happens (no authentication, no change).
3. ``drop_after_commit``: this fraction of writes (POST, PUT, DELETE) that succeed has its change
   committed, and then the connection is aborted without any HTTP response, so the client sees a
   connection error (httpx: ``RemoteProtocolError``/``ReadError``) although the change was made.
4. ``stall_after_commit``: this fraction of the other successful writes has its change committed and its
   answer held back ``stall_ms`` milliseconds, longer than a client waits: the client's read times out
   although the change was made (a slow database commit, a congested link).
5. ``late_commit``: this fraction of the other writes is held ``stall_ms`` milliseconds BEFORE it is
   carried out: the client gives up, finds nothing, sends it again, and then the first one lands too (a
   request stuck in a queue: the "late original" a client must clean up after).

6. ``poison``: a kind of hostile answer (``deep``: JSON nested 100,000 levels; ``huge``: a 40 MB body;
   ``long_string``: a record with a 10 MB string; ``empty``: a 204 with no body) given, with status 200 (204
   for ``empty``), to this fraction (``poison_rate``) of requests INSTEAD of handling them: nothing is done.

7. ``skew_total_cents``: every order created or updated is stored with its ``summary.total`` this many cents off
   what the client sent (a server that works totals out its own way): the register must flag it, not accept it.

One ``random.Random`` seeded with ``fault_seed`` decides them all: every ``/v1/api/`` request draws once for
``fail_rate`` when it is above 0, and every write then draws once for ``drop_after_commit`` and once for
``stall_after_commit`` and ``late_commit`` when each is above 0, so a given request sequence sees the same
faults on every run.
"""

from __future__ import annotations

import math
import random
import threading
from dataclasses import asdict, dataclass, replace
from typing import Any

__all__ = ["POISONS", "FaultInjector", "FaultSettings"]

POISONS = ("", "deep", "huge", "long_string", "empty")


@dataclass(frozen=True, slots=True)
class FaultSettings:
    """What the sandbox does wrong on purpose. The defaults do nothing."""

    latency_ms: int = 0
    """Delay added to every ``/v1/api/`` request, in milliseconds."""
    fail_rate: float = 0.0
    """Fraction (0-1) of requests answered 503 before anything is done."""
    drop_after_commit: float = 0.0
    """Fraction (0-1) of successful writes whose connection is dropped after the commit."""
    stall_after_commit: float = 0.0
    """Fraction (0-1) of successful writes whose answer is held back ``stall_ms`` after the commit."""
    late_commit: float = 0.0
    """Fraction (0-1) of writes held ``stall_ms`` before they are carried out."""
    poison: str = ""
    """The hostile answer given instead of handling a request: deep, huge, long_string, empty ("" for none)."""
    poison_rate: float = 0.0
    """Fraction (0-1) of ``/v1/api/`` requests answered with ``poison``."""
    stall_ms: int = 3000
    """How long a stalled answer (or a late write) is held back, in milliseconds."""
    skew_total_cents: int = 0
    """Orders are stored with their total this many cents (may be negative) off the one sent."""
    fault_seed: int | None = None
    """Seed of the random stream; None draws a fresh one."""

    def __post_init__(self) -> None:
        for name in ("latency_ms", "stall_ms"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be an integer >= 0")
        if isinstance(self.skew_total_cents, bool) or not isinstance(self.skew_total_cents, int):
            raise ValueError("skew_total_cents must be an integer")
        if self.poison not in POISONS:
            raise ValueError(f"poison must be one of {', '.join(repr(p) for p in POISONS)}")
        for name in ("fail_rate", "drop_after_commit", "stall_after_commit", "late_commit", "poison_rate"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise ValueError(f"{name} must be a number between 0 and 1")
            if not 0 <= value <= 1:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.fault_seed is not None and (
            isinstance(self.fault_seed, bool) or not isinstance(self.fault_seed, int)
        ):
            raise ValueError("fault_seed must be an integer or null")

    def to_json(self) -> dict[str, Any]:
        """The settings as the ``/v1/sandbox/faults`` endpoint shows them."""
        return asdict(self)


class FaultInjector:
    """The current fault settings and their random stream; safe to change from another thread."""

    def __init__(self, settings: FaultSettings | None = None) -> None:
        self._lock = threading.Lock()
        self._settings = settings or FaultSettings()
        self._random = random.Random(self._settings.fault_seed)

    @property
    def settings(self) -> FaultSettings:
        """The settings in force."""
        return self._settings

    def update(self, **changes: Any) -> FaultSettings:
        """Change some settings (``ValueError`` for bad values); a new ``fault_seed`` restarts the stream."""
        with self._lock:
            new = replace(self._settings, **changes)
            if "fault_seed" in changes:
                self._random = random.Random(new.fault_seed)
            self._settings = new
            return new

    def should_fail(self) -> bool:
        """Draw whether this request is answered 503."""
        with self._lock:
            rate = self._settings.fail_rate
            return rate > 0 and self._random.random() < rate

    def should_drop(self) -> bool:
        """Draw whether this write's connection is dropped after the commit."""
        with self._lock:
            rate = self._settings.drop_after_commit
            return rate > 0 and self._random.random() < rate

    def should_poison(self) -> bool:
        """Draw whether this request gets the hostile answer instead of being handled."""
        with self._lock:
            rate = self._settings.poison_rate
            return bool(self._settings.poison) and rate > 0 and self._random.random() < rate

    def should_delay(self) -> bool:
        """Draw whether this write is held back before it is carried out."""
        with self._lock:
            rate = self._settings.late_commit
            return rate > 0 and self._random.random() < rate

    def should_stall(self) -> bool:
        """Draw whether this write's answer is held back after the commit."""
        with self._lock:
            rate = self._settings.stall_after_commit
            return rate > 0 and self._random.random() < rate
