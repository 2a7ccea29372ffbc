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

    Each round (:meth:`map`) forgets what the previous round did not use, so the memo holds one round's
    objects at most (one cart), and a key's ``id`` is never confused with a dead object's: the key itself
    is kept alongside its value and compared by identity."""

    def __init__(self) -> None:
        self._keys: list[K] = []
        self._stamps: list[object] = []
        self._values: list[V] = []

    def new_round(self) -> None:
        """Forget everything (the next :meth:`map` makes every value)."""
        self._keys, self._stamps, self._values = [], [], []

    def map(self, keys: Iterable[K], make: Callable[[K, S], V], stamps: Iterable[S]) -> list[V]:
        """A new round over ``keys`` and their ``stamps`` (taken pairwise): each key's value, kept or
        ``make(key, stamp)``, in order. A value is kept only for the very same key object with an equal stamp
        (what else the value depends on), from the last round or from earlier in this one. It runs over every
        line of a cart on every change: a key at the place it had last round is found by position (a scan
        changes one line of 200), any other by identity."""
        old_keys, old_stamps, old_values = self._keys, self._stamps, self._values
        count = len(old_keys)
        by_id: dict[int, tuple[K, object, V]] | None = None
        new_keys: list[K] = []
        new_stamps: list[object] = []
        out: list[V] = []
        for n, (key, stamp) in enumerate(zip(keys, stamps)):  # noqa: B905 - ``stamps`` may be endless
            if n < count and old_keys[n] is key and ((was := old_stamps[n]) is stamp or was == stamp):
                value = old_values[n]
            else:
                if by_id is None:  # the keys hold their objects alive: an id is never a dead object's here
                    by_id = {id(k): (k, s, v) for k, s, v in zip(old_keys, old_stamps, old_values, strict=True)}
                hit = by_id.get(id(key))
                if hit is not None and hit[0] is key and (hit[1] is stamp or hit[1] == stamp):
                    value = hit[2]
                else:
                    value = make(key, stamp)
                    by_id[id(key)] = (key, stamp, value)
            new_keys.append(key)
            new_stamps.append(stamp)
            out.append(value)
        self._keys, self._stamps, self._values = new_keys, new_stamps, out
        return out
