"""How many people of a country someone met, against the people of that country who share an
event with them on record (the fresh-false-5 split: 'met two Vietnamese leaders' for three)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.headcount import Headcount, headcount, judged, met


def _subject(text: str) -> str | None:
    return "ann" if text.strip() == "ann" else None


def _country(word: str) -> str | None:
    return "RU" if word == "ruritanian" else None


def test_reads_the_count_subject_and_country() -> None:
    found = headcount("ann met two ruritanian leaders in may", _subject, _country)
    assert found is not None
    assert (found.subject, found.count, found.country, found.hedge) == ("ann", 2, "RU", "")
    assert headcount("ann met at least 2 ruritanian officials", _subject, _country) == Headcount(
        "ann", 2, "RU", "ann met at least 2 ruritanian officials", "at least"
    )
    assert headcount("ann met two leaders", _subject, _country) is None  # no country named
    assert headcount("bo and ann met two ruritanian leaders", _subject, _country) is None


def test_counts_people_of_the_country_beside_the_subject() -> None:
    events = [("e1", ["ann", "bo"]), ("e2", ["ann", "cy", "org"]), ("e3", ["bo", "di"])]
    people, ids = met("ann", "RU", events, {"bo": "RU", "cy": "RU", "di": "RU", "ann": "UT"})
    assert people == {"bo", "cy"}
    assert ids == ["e1", "e2"]


@pytest.mark.parametrize(
    ("count", "hedge", "actual", "status"),
    [
        (2, "", 3, "differs"),
        (3, "", 3, "agrees"),
        (4, "", 3, "open"),
        (2, "at least", 3, "agrees"),
        (4, "at least", 3, "open"),
        (2, "more than", 3, "agrees"),
        (3, "more than", 3, "open"),
    ],
)
def test_judged(count: int, hedge: str, actual: int, status: str) -> None:
    assert judged(Headcount("ann", count, "RU", "", hedge), actual) == status


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev met two Vietnamese leaders during his visit.", "contradicted"),
        (
            "Kasymaliev met two Vietnamese leaders during his visit: Chinh and Lương Cường.",
            "contradicted",
        ),
        ("Kasymaliev met at least two Vietnamese leaders during his visit.", "supported"),
        ("Kasymaliev met five Vietnamese leaders during his visit.", "unverified"),
    ],
)
def test_headcount_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The phone talks took place on Monday, 18 February.", "contradicted"),
        ("The phone talks took place on Monday, 17 February.", "supported"),
    ],
)
def test_a_wrong_date_stays_wrong_with_a_weekday(
    checker: Checker, claim: str, verdict: str
) -> None:
    """A date the record rules out is not reopened by the weekday said beside it."""
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The prime ministers discussed a visa waiver for Kyrgyz citizens.", "unverified"),
        ("Vietnam grants Kyrgyz citizens a 60-day visa exemption.", "contradicted"),
    ],
)
def test_talk_of_a_visa_waiver_is_not_one(checker: Checker, claim: str, verdict: str) -> None:
    """Discussing a waiver for the other side's citizens is not granting one."""
    assert checker.check(claim).verdict.value == verdict
