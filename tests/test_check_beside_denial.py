"""A statement that denies one thing and says another ('growing gradually, but not
sustainable'): a claim that names who said it and says the opposite of the record's other
clause ('growing rapidly') is read against that statement and contradicted, not left open."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.result import Verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The two prime ministers noted that trade is growing rapidly.", Verdict.contradicted),
        ("Chinh and Kasymaliev said two-way trade is rising swiftly yet falls short of potential.", Verdict.contradicted),
        ("Chinh and Kasymaliev said two-way trade is rising steadily yet falls short of potential.", Verdict.supported),
        # who said it is not pinned down: the opposite word may be another's
        ("Trade growth was rapid, the ministers said.", Verdict.unverified),
    ],
)  # fmt: skip
def test_opposite_beside_a_denial(checker: Checker, claim: str, verdict: Verdict) -> None:
    result = checker.check(claim)
    assert result.verdict is verdict, result.explanation
    if verdict is Verdict.contradicted:
        assert "gradual" in result.explanation
        assert [record.id for record in result.records] == ["trade-not-sustainable"]
