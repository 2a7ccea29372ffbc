"""RoundMemo: a value per object while that same object comes back, forgotten once a round does not use it."""

from __future__ import annotations

from register.memo import RoundMemo


def test_same_object_reuses_equal_object_does_not_and_stamps_matter() -> None:
    memo: RoundMemo[list[int], str] = RoundMemo()
    made: list[str] = []

    def make(tag: str) -> str:
        made.append(tag)
        return tag

    a, twin = [1], [1]
    memo.new_round()
    assert memo.get(a, lambda: make("a1"), stamp="rates-1") == "a1"
    memo.new_round()
    assert memo.get(a, lambda: make("a2"), stamp="rates-1") == "a1"  # the same object: kept
    assert memo.get(twin, lambda: make("twin")) == "twin"  # equal but another object: made
    memo.new_round()
    assert memo.get(a, lambda: make("a3"), stamp="rates-2") == "a3"  # what it depends on changed: made again
    memo.new_round()
    memo.new_round()  # a round without ``a``: it is forgotten
    assert memo.get(a, lambda: make("a4"), stamp="rates-2") == "a4"
    assert made == ["a1", "twin", "a3", "a4"]


def test_map_is_a_round_of_get_in_order_with_each_key_its_stamp() -> None:
    memo: RoundMemo[list[int], str] = RoundMemo()
    made: list[str] = []

    def make(key: list[int], stamp: str) -> str:
        made.append(f"{key[0]}{stamp}")
        return made[-1]

    a, b, c = [1], [2], [3]
    assert memo.map([a, b], make, ["x", "x"]) == ["1x", "2x"]
    assert memo.map([b, c, a], make, ["x", "x", "y"]) == ["2x", "3x", "1y"]  # b kept; a's stamp changed
    assert memo.map([c], make, ["x"]) == ["3x"]
    assert memo.map([a, b], make, ["y", "x"]) == ["1y", "2x"]  # the last round did not use them: made again
    assert made == ["1x", "2x", "3x", "1y", "1y", "2x"]
