"""Rules found on the misses of a blind split of wire and blog sentences (blind-dev-q), each
shown on other words and records."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kgvn.check import Checker
from kgvn.check.compare.levels import said_as_predicate
from kgvn.check.frame.apart import yearly_figures
from kgvn.check.frame.pronouns import lead_it
from kgvn.check.frame.sequence import order_claim
from kgvn.check.frame.spread import spread
from kgvn.check.result import CheckResult, Verdict
from kgvn.check.verdict import aggregate

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


# --- 'Ann, not Bo, did X': who did it, set against who did not ----------------------------------


def test_a_correction_names_the_doer_and_the_one_who_did_not() -> None:
    found = spread("It was Ann Lee, not Bo Kim, who signed the accord.", frozenset())
    assert found is not None and found.corrects
    assert found.held == ["Ann Lee signed the accord."]
    assert found.denied == [("Bo Kim signed the accord.", "Bo Kim")]
    assert spread("Ann Lee, not Bo Kim, who signed it, left.", frozenset()) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev, not Chinh, conveyed Japarov's greetings to Luong Cuong.", "supported"),
        ("Chinh, not Kasymaliev, conveyed Japarov's greetings to Luong Cuong.", "contradicted"),
        ("Kasymaliev, not Chinh, held talks in Hanoi on March 6.", "contradicted"),
    ],
)
def test_a_correction_against_the_record(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict is Verdict(verdict)


# --- a level before the noun of a thing had ------------------------------------------------------


def test_a_level_of_a_thing_had_is_read() -> None:
    level = said_as_predicate("the two sides have held frequent high-level exchanges")
    assert level is not None and level.word == "frequent" and level.high
    assert said_as_predicate("the two sides held talks on strong ties") is None


def test_a_level_of_a_thing_had_against_the_record(checker: Checker) -> None:
    assert checker.check("Both sides have seen robust trade.").verdict is Verdict.contradicted


# --- a half-true part makes the whole half true ---------------------------------------------------


def test_parts_each_half_true_make_the_whole_half_true() -> None:
    half = CheckResult("A", Verdict.partly_supported, "half", [], [])
    assert aggregate("A and B", [half, replace(half, claim="B")]).verdict is (
        Verdict.partly_supported
    )
    open_ = CheckResult("C", Verdict.unverified, "open", [], [])
    assert aggregate("C and D", [open_, replace(open_, claim="D")]).verdict is Verdict.unverified


# --- 'the guest at' an event its record has him host ---------------------------------------------


def test_a_host_said_to_be_the_guest_is_not_backed(checker: Checker) -> None:
    assert checker.check("Chinh was a guest at the welcome ceremony.").verdict is not (
        Verdict.supported
    )
    assert checker.check("Kasymaliev was a guest at the welcome ceremony.").verdict is (
        Verdict.supported
    )


# --- a span of years, then one figure a year -----------------------------------------------------


def test_a_list_of_figures_after_a_span_is_one_a_year() -> None:
    assert yearly_figures(
        "Sales rose from 2019 to 2021: $1 million, $2 million and $3 million."
    ) == [
        "Sales rose from 2019 to 2021.",
        "Sales was $1 million in 2019.",
        "Sales was $2 million in 2020.",
        "Sales was $3 million in 2021.",
    ]
    # two figures for three years: which year each is, the sentence does not say
    assert yearly_figures("Sales rose from 2019 to 2021: $1 million and $3 million.") is None


def test_yearly_figures_against_the_record(checker: Checker) -> None:
    right = "Trade increased from 2022 to 2023: $4.5 million and then $7.5 million."
    assert checker.check(right).verdict is Verdict.supported
    wrong = "Trade increased from 2022 to 2023: $5.5 million and then $7.5 million."
    assert checker.check(wrong).verdict is Verdict.contradicted


# --- 'in a phone call': a mode ------------------------------------------------------------------


def test_in_a_call_is_a_mode(checker: Checker) -> None:
    letter = "Japarov invited Luong Cuong to Kyrgyzstan in a telephone call."
    assert checker.check(letter).verdict is Verdict.contradicted
    call = "Hang and Meder talked in a phone call on February 17."
    assert checker.check(call).verdict is Verdict.supported


# --- a main clause's closing 'it' after a leading clause of time ---------------------------------


def test_a_closing_it_is_the_leading_clause_thing() -> None:
    assert lead_it("Soon after Ruritania declared neutrality, Utopia recognised it.") == (
        "Soon after Ruritania declared neutrality, Utopia recognised Ruritania's neutrality."
    )
    # 'a constitution' is no thing of Ruritania's to write out: as written
    unchanged = "Soon after Ruritania adopted a constitution, Utopia praised it."
    assert lead_it(unchanged) == unchanged
    # no plain subject, verb and object to point back to: as written
    assert lead_it("When the talks ended, Utopia praised it.") == (
        "When the talks ended, Utopia praised it."
    )
