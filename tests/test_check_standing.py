"""Where the one named stands beside another, put after a comma ('…, just ahead of Utopia',
'…, well behind its neighbours'): a detail the record does not give, so the fact before it is
checked alone and the sentence is partly supported at best (blind-dev-f)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.extras import extra_joins


@pytest.mark.parametrize(
    "body", ["Ann ranks 3rd, just ahead of Bo", "Trade rose, well behind the target"]
)
def test_a_standing_beside_another_is_a_join(body: str) -> None:
    assert [match.group() for match in extra_joins(body)] == [", "]


def test_ahead_without_a_comma_is_not() -> None:
    assert extra_joins("Ann went ahead of Bo") == []


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Two-way trade reached US$7.5 million in 2023, well behind Kyrgyzstan's trade with its neighbours.", "partly-supported"),
        ("Two-way trade reached US$9.5 million in 2023, well behind Kyrgyzstan's trade with its neighbours.", "contradicted"),
        ("Kyrgyzstan ranks 85th among 148 investors in Vietnam, just ahead of Kazakhstan.", "contradicted"),
    ],
)  # fmt: skip
def test_standings_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
