"""A meeting with a person by a name of two words or more that the deciding records never hold
('met Chairman Ann Bo Lee on March 7') is another meeting: the record's talks on one day do not
say he met no such person the next, so the date does not contradict it (blind-dev-f: an
unverified sentence called contradicted)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.audience import _stranger


def test_a_name_the_records_do_not_hold() -> None:
    quotes = "talks between prime ministers ann lee and bo tan"
    assert _stranger("Bo Tan met Chairman Cy Dee Roe on May 3.", quotes) == "Chairman Cy Dee Roe"
    assert _stranger("Bo Tan met Prime Minister Ann Lee on May 3.", quotes) is None
    assert _stranger("Bo Tan met Ann on May 3.", quotes) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev held talks with Nguyen Van An in Hanoi on March 9.", "unverified"),
        ("Kasymaliev held talks with Pham Minh Chinh in Hanoi on March 9.", "contradicted"),
        ("Kasymaliev met Luong Cuong on March 8.", "contradicted"),
    ],
)
def test_strangers_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
