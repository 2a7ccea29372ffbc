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
