"""Rules found on the misses of a blind split of wire and blog sentences (blind-dev-q), each
shown on other words and records."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.sequence import order_claim
from kgvn.check.result import Verdict

# --- a plan is not ruled out by the standing state it would change --------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kyrgyzstan is considering a 90-day visa exemption for Vietnamese citizens.",
            "unverified",
        ),
        ("Kyrgyzstan grants Vietnamese citizens a 90-day visa exemption.", "contradicted"),
        ("Kyrgyz firms plan to add four projects worth US$30 million in Vietnam.", "unverified"),
        ("Kyrgyz firms have four projects worth US$30 million in Vietnam.", "contradicted"),
    ],
)
def test_a_plan_against_a_standing_state_is_open(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert checker.check(claim).verdict is Verdict(verdict)


# --- a meeting at an occasion the record never names is another meeting ------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chinh and Kasymaliev met at a summit in 2023.", "unverified"),
        ("Chinh and Kasymaliev met on the sidelines of a forum summit in 2021.", "unverified"),
        ("Chinh and Kasymaliev held talks in 2023.", "contradicted"),
    ],
)
def test_each_doer_keeps_the_occasion_of_the_whole(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert checker.check(claim).verdict is Verdict(verdict)


# --- other figures for an earlier year than a snapshot's are not on record ---------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan ranked 120th among investors in Vietnam in 2019.", "unverified"),
        ("Kyrgyzstan ranked 120th among investors in Vietnam.", "contradicted"),
        ("Kyrgyzstan ranked 83rd among investors in Vietnam in 2019.", "contradicted"),
        (
            "Kyrgyzstan ranked 83rd among 148 investors in Vietnam, up from 83rd in 2022.",
            "contradicted",
        ),
    ],
)
def test_a_snapshot_does_not_decide_other_figures_of_an_earlier_year(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert checker.check(claim).verdict is Verdict(verdict)


# --- the eve's arrival: its hour is the journey's -------------------------------------------------


def test_an_arrival_on_the_eve_leaves_its_hour_open(checker: Checker) -> None:
    result = checker.check("Kasymaliev arrived in Hanoi in the evening of March 5.")
    assert result.verdict is Verdict.unverified
    wrong = checker.check("Kasymaliev arrived in Hanoi in the evening of March 2.")
    assert wrong.verdict is Verdict.contradicted


# --- 'A did X first and the Y followed' ----------------------------------------------------------


def test_first_and_followed_is_an_order() -> None:
    assert order_claim("The ministers signed the memorandum first and the banquet followed.") == (
        "The ministers signed the memorandum before the banquet."
    )
    assert order_claim("The ministers signed the memorandum first.") is None


def test_first_and_followed_against_the_record(checker: Checker) -> None:
    result = checker.check(
        "Chinh and Kasymaliev held talks first and the welcome ceremony came later."
    )
    assert result.verdict is Verdict.contradicted
