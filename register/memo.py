"""Work kept per object while the same object keeps coming back (the lines of a cart being rung up).

Carts are immutable: a change makes a new cart that shares every unchanged line object with the last one.
Anything derived from a line (its engine line, its total on screen) can therefore be kept by the line's
identity and reused while that very object is still in the cart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
S = TypeVar("S")


class RoundMemo(Generic[K, V]):
    """A value per key object, made once while that object comes back round after round.

    Each :meth:`new_round` forgets what the previous round did not use, so the memo holds one round's
    objects at most (one cart), and a key's ``id`` is never confused with a dead object's: the key itself
    is kept alongside its value and compared by identity."""

    def __init__(self) -> None:
        self._previous: dict[int, tuple[K, object, V]] = {}
        self._current: dict[int, tuple[K, object, V]] = {}

    def new_round(self) -> None:
        """Start a round (a new cart): only what this round asks for is kept for the next one (``map`` starts
        one itself)."""
        self._previous, self._current = self._current, {}

    def map(self, keys: Iterable[K], make: Callable[[K, S], V], stamps: Iterable[S]) -> list[V]:
        """A new round over ``keys`` and their ``stamps`` (taken pairwise): each key's value, kept or
        ``make(key, stamp)``, in order. A value is kept only for the very same key object with an equal stamp
        (what else the value depends on). One tight loop: it runs over every line of a cart on every change."""
        self.new_round()
        previous, current = self._previous, self._current
        out: list[V] = []
        for key, stamp in zip(keys, stamps):  # noqa: B905 - ``stamps`` may be endless (``repeat(None)``)
            k = id(key)
            hit = previous.get(k) or current.get(k)
            if hit is not None and hit[0] is key and (hit[1] is stamp or hit[1] == stamp):
                value = hit[2]
            else:
                value = make(key, stamp)
            current[k] = (key, stamp, value)
            out.append(value)
        return out
