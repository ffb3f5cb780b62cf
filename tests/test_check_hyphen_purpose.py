"""A purpose after the fact's date whose verb is hyphenated ('in 2014 to co-chair talks'): a
detail of its own like 'to attend a forum', so the sentence is partly supported at best
(blind-dev-f)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.tails import tails


def test_a_hyphenated_purpose_is_a_tail() -> None:
    found = list(tails("Ann visited Utopia in 2014 to co-chair the talks."))
    assert ("Ann visited Utopia in 2014.", "to co-chair the talks", False) in found


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Nguyen Khac Dinh visited Kyrgyzstan in 2023 to co-host a business forum.", "partly-supported"),
        ("Nguyen Khac Dinh visited Kyrgyzstan in 2021 to co-host a business forum.", "contradicted"),
    ],
)  # fmt: skip
def test_hyphenated_purposes_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
