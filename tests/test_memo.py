"""RoundMemo: a value per object while that same object comes back, forgotten once a round does not use it."""

from __future__ import annotations

from register.memo import RoundMemo


def test_the_same_object_with_the_same_stamp_is_reused_an_equal_one_or_a_new_stamp_is_not() -> None:
    memo: RoundMemo[list[int], str] = RoundMemo()
    made: list[str] = []

    def make(key: list[int], stamp: str) -> str:
        made.append(f"{key[0]}{stamp}")
        return made[-1]

    a, b, c = [1], [2], [3]
    assert memo.map([a, b], make, ["x", "x"]) == ["1x", "2x"]
    assert memo.map([[1], b], make, ["x", "x"]) == ["1x", "2x"]  # an equal list, another object: made anew
    assert memo.map([a, b], make, ["x", "x"]) == ["1x", "2x"]
    assert memo.map([b, c, a], make, ["x", "x", "y"]) == ["2x", "3x", "1y"]  # b kept; a's stamp changed
    assert memo.map([c], make, ["x"]) == ["3x"]
    assert memo.map([a, b], make, ["y", "x"]) == ["1y", "2x"]  # the last round did not use them: made again
    assert made == ["1x", "2x", "1x", "1x", "3x", "1y", "1y", "2x"]


def test_a_key_in_place_or_moved_or_twice_in_a_round_is_made_once() -> None:
    memo: RoundMemo[list[int], None] = RoundMemo()
    made: list[int] = []

    def make(key: list[int], _stamp: None) -> int:
        made.append(key[0])
        return key[0] * 10

    lines = [[n] for n in range(5)]
    assert memo.map(lines, make, [None] * 5) == [0, 10, 20, 30, 40]
    changed = [*lines[:2], [7], *lines[3:], [8]]  # one line replaced where it is, one added at the end
    assert memo.map(changed, make, [None] * 6) == [0, 10, 70, 30, 40, 80]
    assert memo.map([changed[4], changed[0], changed[0]], make, [None] * 3) == [40, 0, 0]  # moved, and twice
    assert made == [0, 1, 2, 3, 4, 7, 8]
    memo.new_round()
    assert memo.map([changed[4]], make, [None]) == [40] and made[-1] == 4  # forgotten: made again
