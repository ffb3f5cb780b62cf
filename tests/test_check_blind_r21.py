"""Rules found on the misses of a blind split of the story retold to a colleague (blind-dev-r),
each shown on other words and records."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.backing import _rephrase, stance_count
from kgvn.check.frame.official import official_english
from kgvn.check.result import Verdict
from kgvn.claims import parse_claim

# --- 'last year' takes its place among the written years, in text order ----------------------


def test_a_relative_year_is_read_in_its_place_among_the_written_years() -> None:
    claim = parse_claim("Sales were $9 million last year, up from $4 million in 2019.", 2021)
    assert claim.years == (2020, 2019)
    later = parse_claim("Sales were $4 million in 2019 and $9 million last year.", 2021)
    assert later.years == (2019, 2020)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Two-way trade amounted to $13.5 million last year, up from $7.5 million in 2023.",
            Verdict.supported,
        ),
        (
            "Two-way trade amounted to $7.5 million last year, up from $13.5 million in 2023.",
            Verdict.contradicted,
        ),
    ],
)
def test_each_figure_is_checked_against_its_own_year(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


# --- a stock's figure dated after the record's day is a later value, not a different one -------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan ran three investment projects in Vietnam in 2025.", Verdict.unverified),
        ("Kyrgyz investment in Vietnam had reached $9 million by mid-2025.", Verdict.unverified),
        # the record's own day, or an earlier one: the figure is the record's to rule out
        (
            "As of October 2024, Kyrgyzstan had three investment projects in Vietnam.",
            Verdict.contradicted,
        ),
        ("As of 2023, Kyrgyzstan had one investment project in Vietnam.", Verdict.contradicted),
        (
            "Kyrgyzstan's project in Vietnam was valued at $6 million as of October 2024.",
            Verdict.contradicted,
        ),
    ],
)
def test_a_stock_dated_after_the_record_is_left_open(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


# --- 'push for talks on', 'pushed forward talks on' an agreement: one still under negotiation --


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The premiers agreed to push for talks on a double taxation avoidance agreement.",
            Verdict.supported,
        ),
        (
            "The two sides pushed forward talks on an economic cooperation agreement.",
            Verdict.supported,
        ),
        # an agreement already in force is not one still to be negotiated
        (
            "The premiers agreed to push for talks on the free trade agreement between Vietnam "
            "and the EAEU.",
            Verdict.contradicted,
        ),
    ],
)
def test_pushing_for_talks_on_an_agreement_says_it_is_under_negotiation(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


# --- 'agreed that', 'concurred that' a view: what the speakers said, not an act agreed --------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Le Thi Thu Hang and Abakirov Meder agreed that bilateral relations had developed "
            "positively.",
            Verdict.supported,
        ),
        ("Chinh and Kasymaliev concurred that trade was growing.", Verdict.supported),
        ("Chinh and Kasymaliev concurred that trade was shrinking.", Verdict.contradicted),
        ("The premiers agreed that two-way trade is sustainable.", Verdict.contradicted),
    ],
)
def test_agreeing_that_is_saying_that(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


# --- 'each other's markets' are the two countries ------------------------------------------


def test_each_others_markets_reads_as_each_others_countries() -> None:
    said = _rephrase("firms joined fairs in each other's markets and in each other’s market")
    assert said == "firms joined fairs in each other's countries and in each other's countries"
    assert _rephrase("fairs in the eaeu market") == "fairs in the eaeu market"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Firms from both countries were encouraged to join fairs in each other's market.",
            Verdict.supported,
        ),
        (
            "In 2019 the prime ministers welcomed businesses taking part in specialised fairs in "
            "each other's markets.",
            Verdict.contradicted,
        ),
    ],
)
def test_fairs_in_each_others_markets(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


# --- 'the newly independent X' is X said to be independent, no word of its own to back --------


def test_newly_independent_is_independent() -> None:
    assert _rephrase("recognised the newly independent state") == "recognised the independent state"
    assert _rephrase("a newly-sovereign republic") == "a sovereign republic"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Vietnam recognised newly independent Kyrgyzstan on December 27, 1991.",
            Verdict.supported,
        ),
        (
            "Vietnam recognised newly independent Kyrgyzstan on December 27, 1992.",
            Verdict.contradicted,
        ),
        (
            "Vietnam recognised the newly sovereign Kyrgyz Republic in early 1992.",
            Verdict.contradicted,
        ),
    ],
)
def test_recognising_the_newly_independent(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


# --- 'had come to X' keeps its tense; a closing 'until now' adds nothing to check; 'few and far
# --- between' is 'limited' ------------------------------------------------------------------


def test_had_come_to_keeps_its_tense_and_until_now_is_dropped() -> None:
    assert official_english("No envoy had come to Utopia since 1990.") == (
        "No envoy had visited Utopia since 1990."
    )
    assert official_english("Ann came to Utopia.") == "Ann visited Utopia."
    assert official_english("No envoy had been there since 1990 - until now.") == (
        "No envoy had been there since 1990."
    )
    assert official_english("Ties grew, until now. Trade fell.") == "Ties grew. Trade fell."
    # an 'until now' inside a sentence stays
    assert official_english("Until now trade was small.") == "Until now trade was small."


def test_few_and_far_between_is_limited() -> None:
    assert _rephrase("visits have been few and far between") == "visits have been limited"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "No Kyrgyz prime minister had come to Vietnam since relations were established in "
            "1992, until now.",
            Verdict.supported,
        ),
        ("Kasymaliev had come to Vietnam in 2024.", Verdict.contradicted),
        (
            "Exchanges at high level between Vietnam and Kyrgyzstan have been few and far between.",
            Verdict.supported,
        ),
    ],
)
def test_retold_wording(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


# --- 'X was willing to <act>': the stance word says something beside the name and the act ----


def test_stance_words_before_to_are_counted() -> None:
    assert stance_count(parse_claim("Ann was willing to help Bo.")) == 1
    assert stance_count(parse_claim("Ann stood ready to help Bo.")) == 1
    assert stance_count(parse_claim("Ann helped Bo, ready or not.")) == 0


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Abakirov Meder was ready to work closely with Vietnam.", Verdict.supported),
        ("Abakirov Meder was unwilling to work closely with Vietnam.", Verdict.contradicted),
        # the stance of someone the record does not give it to
        ("Kasymaliev was willing to work closely with Vietnam.", Verdict.unverified),
    ],
)
def test_a_stance_and_one_act_match_a_statement(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


# --- ', alongside cooperation in …' joins one more field, like ', as well as' -----------------


def test_alongside_before_cooperation_joins_like_as_well_as() -> None:
    assert official_english("They backed trade, alongside cooperation in farming.") == (
        "They backed trade, as well as cooperation in farming."
    )
    # 'alongside' a person is who was there, not one more field
    assert official_english("Ann, alongside Bo, spoke.") == "Ann, alongside Bo, spoke."


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "To Lam and Kasymaliev highlighted cooperation in security and defence, alongside "
            "links in air and rail transport.",
            Verdict.supported,
        ),
        (
            "The leaders agreed to boost cooperation in agriculture, alongside cooperation in "
            "space research.",
            Verdict.partly_supported,
        ),
    ],
)
def test_a_field_joined_by_alongside(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


# --- 'first met in <an earlier year>': an occasion before the record's meeting ---------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("To Lam and Kasymaliev first met in 2019.", Verdict.unverified),
        # after the record's meeting, or a plain meeting of another year: the record's date
        ("Chinh and Kasymaliev first met in 2026.", Verdict.contradicted),
        ("Chinh and Kasymaliev met in 2024.", Verdict.contradicted),
    ],
)
def test_a_first_meeting_before_the_record_is_another_occasion(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict
