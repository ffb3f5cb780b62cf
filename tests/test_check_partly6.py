"""Half-true sentences of the fresh-partly-6 split: a true fact joined to one plausible extra
the record never mentions must never come out supported."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.anchored import _later
from kgvn.claim_patterns import RELATIVE_YEAR
from kgvn.store import load_store

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("he would go there later this year", True),
        ("he would go there later in this year", True),
        ("he went there earlier this year", False),
        ("he went there this year", False),
    ],
)
def test_later(text: str, later: bool) -> None:
    said = RELATIVE_YEAR.search(text)
    assert isinstance(said, re.Match)
    assert _later(text, said) is later


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the invitation is dated on the article's day: 'later this year' is a time not on record
        (
            "Chinh accepted Kasymaliev's invitation to visit Kyrgyzstan later this year.",
            Verdict.unverified,
        ),
        (
            "Chinh accepted Kasymaliev's invitation to visit Kyrgyzstan and said he would "
            "travel there later this year.",
            Verdict.partly_supported,
        ),
        # the preview article, a day before the visit, may well say 'later this month'
        ("Kasymaliev will visit Vietnam later this month.", Verdict.supported),
        ("Kasymaliev visited Vietnam earlier this year.", Verdict.supported),
    ],
)
def test_later_this_year(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict
