"""Which way a difference goes ('$3 million more in 2022 than in 2023' where 2023 was the
larger): the fresh-false-5 probes found it supported, the gap alone being compared."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.than import goes_the_wrong_way, than_year


def test_than_year() -> None:
    assert than_year("sales in 2001 were $3 more than in 2000") == (2000, True, "more")
    assert than_year("sales were $3 lower than that of 2000") == (2000, False, "lower")
    assert than_year("sales were higher than expected") is None


@pytest.mark.parametrize(
    ("than", "wrong"),
    [
        ((2000, True, "more"), False),  # 2001 (5) is more than 2000 (3)
        ((2000, False, "lower"), True),
        ((2001, True, "more"), True),  # 2000 (3) is not more than 2001 (5)
        ((1999, True, "more"), False),  # a year not among the two: not judged
    ],
)
def test_goes_the_wrong_way(than: tuple[int, bool, str], wrong: bool) -> None:
    assert goes_the_wrong_way(than, {2000: 3.0, 2001: 5.0}) is wrong


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Trade in 2022 was three million dollars more than in 2023.", "contradicted"),
        ("Trade in 2022 was 3 million USD lower than in 2023.", "supported"),
        ("Two-way trade in 2024 was 6 million USD higher than in 2023.", "supported"),
        ("Two-way trade in 2024 was 6 million USD lower than in 2023.", "contradicted"),
    ],
)
def test_difference_direction_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
