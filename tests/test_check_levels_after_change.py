"""A change by an amount, then the levels it went between set off by a comma ('rose by $3m in
2023, to $7.5m from $4.5m'): said as two clauses, each with the subject and the year, so no
amount is read against the wrong level (blind-dev-f: a true sentence called contradicted)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.asides import levels_after_change


def test_the_change_and_its_levels_are_two_clauses() -> None:
    assert levels_after_change("Tin sales rose by $3m in 2023, to $7m from $4m in 2022.") == (
        "Tin sales rose by $3m in 2023; Tin sales rose to $7m in 2023 from $4m in 2022."
    )
    assert levels_after_change("Tin sales rose by $3m in 2023.") == "Tin sales rose by $3m in 2023."


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Two-way trade rose by US$3 million in 2023, to US$7.5m from US$4.5m a year earlier.", "supported"),
        ("Two-way trade rose by US$5 million in 2023, to US$7.5m from US$4.5m a year earlier.", "contradicted"),
        ("Two-way trade rose by US$3 million in 2023, to US$7.5m from US$5.5m a year earlier.", "contradicted"),
        ("Two-way trade fell by US$6 million in 2024, to US$13.5m from US$7.5m a year earlier.", "contradicted"),
    ],
)  # fmt: skip
def test_levels_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
