"""A length said before the act's noun ('held hour-long talks', 'a 45-minute meeting'): the
records give no lengths in hours or minutes, so the act is checked alone and the length stays
a detail of its own (blind-dev-f: partly supported, never supported)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.extras import recast_facts


def test_the_length_is_taken_out_as_a_detail() -> None:
    facts = list(recast_facts("Ann and Bo held hour-long talks on May 2"))
    assert ("Ann and Bo held talks on May 2.", "how long it lasted: hour-long", False) in facts
    facts = list(recast_facts("Ann received Bo for a 45-minute meeting"))
    assert facts[0][0] == "Ann received Bo for a meeting."


def test_no_length_no_recast() -> None:
    assert list(recast_facts("Ann and Bo held long talks on May 2")) == []
    assert list(recast_facts("Ann and Bo met for an hour on May 2")) == []


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("To Lam received Kasymaliev for a 45-minute meeting on March 6.", "partly-supported"),
        ("Chinh and Kasymaliev held two-hour talks in Hanoi on March 6.", "partly-supported"),
        ("Chinh and Kasymaliev held two-hour talks in Bishkek on March 6.", "contradicted"),
        ("Le Thi Thu Hang and Abakirov Meder held hour-long phone talks on February 18.", "contradicted"),
    ],
)  # fmt: skip
def test_lengths_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
