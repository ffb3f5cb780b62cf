"""Rules found on the misses of a blind split of ordinary news sentences (blind-dev-p), each
shown on other words and records."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.backing import _rephrase
from kgvn.check.compare.qualifiers import Sequence_
from kgvn.check.compare.speakers import attributed
from kgvn.check.frame.apart import amount_tail
from kgvn.check.result import Status, Verdict
from kgvn.claims import parse_claim

# --- a closing 'from $A to $B' takes the main clause's two years in turn ------------------------


def test_a_closing_pair_of_figures_is_dated_by_the_two_years_before_it() -> None:
    tail = amount_tail(
        "Sales doubled between 2019 and 2021", "climbing from $2 million to $4 million", "Sales"
    )
    assert tail == "Sales climbing from $2 million in 2019 to $4 million in 2021"
    # one figure: the last year, as before
    assert amount_tail("Sales doubled from 2019 to 2021", "reaching $4 million", "Sales") == (
        "Sales reaching $4 million in 2021"
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Two-way trade climbed between 2022 and 2023, growing from $4.5 million to $7.5 million.",
            Verdict.supported,
        ),
        (
            "Two-way trade climbed between 2022 and 2023, growing from $3.5 million to $7.5 million.",
            Verdict.contradicted,
        ),
        (
            "Two-way trade nearly doubled from 2023 to 2024, rising from $7.5 million to $15.5 million.",
            Verdict.contradicted,
        ),
    ],
)
def test_the_dated_pair_is_checked_year_by_year(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


# --- set phrases: a purpose, trust built, the investor behind a project -------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("the scheme is intended to ease travel", "the scheme ease travel"),
        ("the pact aims to boost trade", "the pact boost trade"),
        ("they agreed to build mutual trust", "they agreed to strengthen mutual trust"),
        ("the investor behind the plant", "the investor in the plant"),
    ],
)
def test_set_phrases_read_as_plain_words(said: str, plain: str) -> None:
    assert " ".join(_rephrase(said).split()) == plain


def test_a_purpose_only_for_verbs_of_helping(checker: Checker) -> None:
    """'aims to reach $X' is an aim, not a fact: the phrase leaves it as it was."""
    assert _rephrase("trade aims to reach $20 million") == "trade aims to reach $20 million"
    assert checker.check("Two-way trade aims to reach $13.5 million in 2024.").verdict is not (
        Verdict.supported
    )


# --- a country before a comma belongs to the opening phrase, not to the title after it ----------


def test_a_country_before_a_comma_is_not_the_titles(checker: Checker) -> None:
    right = checker.check(
        "Regarding the South China Sea, President Luong Cuong stressed maritime security."
    )
    assert right.verdict is Verdict.supported
    wrong = checker.check(
        "Regarding the sea, Chinese President Luong Cuong stressed maritime security."
    )
    assert wrong.verdict is Verdict.contradicted


# --- an order compares what was done, not who did it -------------------------------------------


def test_an_order_is_read_without_the_doers() -> None:
    """The PMs are on both sides of the claim and of the record's 'after': they decide nothing."""
    claim = parse_claim("The premiers held a press conference after signing the joint statement.")
    record = "after the talks the prime ministers signed a joint statement"
    (part,) = Sequence_().compare(claim, record, [])
    assert part.status is Status.agrees  # the signing came after something, as the claim has it
    for _, _, later, earlier in Sequence_()._orders(claim.folded):
        assert not (later | earlier) & {"premier", "minist", "prime"}


def test_an_unrecorded_event_after_a_recorded_one_stays_open(checker: Checker) -> None:
    claim = (
        "The two prime ministers held a joint press conference after signing the joint statement."
    )
    assert checker.check(claim).verdict is Verdict.unverified


# --- an occasion the record never names is another event than the record's --------------------


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (
            "To Lam hosted a banquet for Kasymaliev on March 7.",
            "To Lam received Kasymaliev on March 7.",
        ),
        (
            "Luong Cuong hosted a luncheon for Kasymaliev in Bishkek.",
            "Luong Cuong received Kasymaliev in Bishkek.",
        ),
    ],
)
def test_an_occasion_off_the_record_is_not_decided_by_its_date(
    checker: Checker, other: str, same: str
) -> None:
    result = checker.check(other)
    assert result.verdict is Verdict.unverified
    assert "has no" in result.explanation
    assert checker.check(same).verdict is Verdict.contradicted


# --- a one-holder office given to a name no record has ------------------------------------------


def test_another_name_in_an_office_of_one_holder_is_contradicted(checker: Checker) -> None:
    result = checker.check("Kyrgyz President Almazbek Atambayev sent greetings to Luong Cuong.")
    assert result.verdict is Verdict.contradicted
    assert [part.on_record for part in result.parts] == ["Sadyr Japarov"]


@pytest.mark.parametrize(
    "claim",
    [
        "Former Kyrgyz President Almazbek Atambayev visited Hanoi.",  # another time
        "Kyrgyz President Almazbek Atambayev visited Hanoi in 2016.",  # another year
        "Kyrgyz Foreign Minister Jeenbek Kulubaev visited Hanoi.",  # an office of many over time
    ],
)
def test_another_time_or_office_leaves_the_name_open(checker: Checker, claim: str) -> None:
    """The rule does not read these: a former holder, another year, an office held by many."""
    assert "is not on record" not in checker.check(claim).explanation


def test_closing_a_chapter_is_not_opening_one() -> None:
    assert "end" in _rephrase("the visit will close a chapter of friendship").split()
    assert "close" in _rephrase("the two sides enjoy close cooperation").split()


# --- 'Ann said X during her meeting with Bo': the words, the meeting, and that one article ties them


def test_a_closing_meeting_after_the_words_is_a_claim_of_its_own() -> None:
    said = attributed("Ann Lee voiced hope for more flights during her meeting with Bo Tan.")
    assert said == "Ann Lee voiced hope for more flights; Ann Lee held her meeting with Bo Tan."


def test_the_words_must_be_reported_at_that_meeting(checker: Checker) -> None:
    claim = "Kasymaliev expressed a wish to learn from Vietnam's development experience"
    assert checker.check(f"{claim} during his meeting with To Lam.").verdict is Verdict.supported
    wrong = checker.check(f"{claim} during his meeting with Chinh.")
    assert wrong.verdict is Verdict.partly_supported
