"""A verb of speaking that is the event ('spoke with B', 'talked two days before B arrived')
read as talks held (blind-dev-b: 'The deputy ministers spoke just two days before …')."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.spoke import judgement_said, talks_said


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Ann spoke with Bo.", "Ann held talks with Bo."),
        ("Ann talked by phone with Bo.", "Ann held talks by phone with Bo."),
        ("Ann spoke just two days before Bo arrived.", "Ann held talks just two days before Bo arrived."),
        ("Ann spoke highly of Bo.", None),
        ("Ann talked about trade.", None),
        ("Ann spoke of two days of talks.", None),
    ],
)  # fmt: skip
def test_talks_said(sentence: str, read: str | None) -> None:
    assert talks_said(sentence) == (read or sentence)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The deputy ministers spoke just two days before Kasymaliev arrived.", "contradicted"),
        ("The deputy ministers spoke 17 days before Kasymaliev arrived.", "supported"),
        ("Le Thi Thu Hang talked with Abakirov Meder in Bishkek on February 17.", "contradicted"),
    ],
)
def test_spoke_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Ann called trade modest.", "Ann said trade is modest."),
        ("Ann described ties as warm.", "Ann said ties is warm."),
        ("Ann called bilateral trade large relative to B.", "Ann said bilateral trade is large relative to B."),
        ("Ann called on Bo to act.", None),  # another act
        ("Ann called Bo on May 2.", None),  # a call: no judgement
        ("Ann called the visit a milestone.", None),  # a word with no opposite in the lexicon
    ],
)  # fmt: skip
def test_judgement_said(sentence: str, read: str | None) -> None:
    assert judgement_said(sentence) == (read or sentence)


def test_a_judgement_called_is_read_against_the_record(checker: Checker) -> None:
    claim = (
        "President Cuong called bilateral trade substantial relative to each country's total trade."
    )
    assert checker.check(claim).verdict.value == "contradicted"
