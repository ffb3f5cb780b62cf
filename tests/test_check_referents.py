"""A pasted paragraph's later sentence takes its referent from the sentence before (issue 11):
a pronoun past a fronted phrase, 'The two leaders' for the two people named, 'The visit' for
whose visit it was. Each kind has its true and false twins in tests/claims/dev.jsonl too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.speakers import attributed
from kgvn.check.compare.titles import narrower
from kgvn.check.frame.asides import levels_after_change
from kgvn.check.frame.metonyms import plain_names
from kgvn.check.frame.pronouns import own_visit, paired, resolved, unfronted, visit_owned
from kgvn.check.result import CheckResult, PartResult, Status
from kgvn.records import Person

VERBS = frozenset(
    json.loads((Path(__file__).parent.parent / "kgvn/lexicon/words.json").read_text())["verbs"]
)


def _naming(*people: str) -> CheckResult:
    """A result whose 'who' part names these people, as a checked sentence's does."""
    part = PartResult("who", "; ".join(people), list(people), Status.agrees, "")
    return CheckResult("x", Verdict.supported, "", [part], [])


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("Between 2017 and 2021, trade grew slowly.", "trade grew slowly."),
        ("On the sea, also known as the bay, Ann stressed safety.", "Ann stressed safety."),
        ("Ann stressed safety.", "Ann stressed safety."),
    ],
)
def test_a_fronted_phrase_is_not_the_subject(sentence: str, rest: str) -> None:
    assert unfronted(sentence, VERBS) == rest


def test_a_pronoun_after_a_fronted_phrase_stands_for_the_subject_after_it() -> None:
    found = ["In 2022, trade reached $4.5 million.", "It then rose in 2023."]
    assert resolved(found, VERBS)[1] == "trade then rose in 2023."


def test_the_two_leaders_are_the_two_people_named_before() -> None:
    before = _naming("Ann Lee", "Bo Tran")
    assert (
        paired("The two leaders then held talks.", before) == "Ann Lee and Bo Tran then held talks."
    )
    assert paired("Both premiers met.", _naming("Ann Lee")) == "Both premiers met."


def test_the_visit_is_the_one_person_s_named_before_else_the_office_holder_s() -> None:
    assert (
        visit_owned("The visit runs two days.", "", _naming("Ann")) == "Ann's visit runs two days."
    )
    context = "It is the first time a Kyrgyz head of government has come."
    assert visit_owned("The visit runs two days.", context) == (
        "The visit by a Kyrgyz head of government runs two days."
    )
    assert (
        visit_owned("The visit by Ann runs two days.", context) == "The visit by Ann runs two days."
    )


@pytest.mark.parametrize(
    ("paragraph", "verdict"),
    [
        (
            "Chinh welcomed Kasymaliev in Hanoi on March 6. The two premiers then held talks.",
            "supported",
        ),
        (
            "Chinh welcomed Kasymaliev in Hanoi on March 6. The two premiers then held talks in Bishkek.",
            "contradicted",
        ),
        ("Kasymaliev arrived in Hanoi. The visit runs over two days.", "supported"),
        ("Kasymaliev arrived in Hanoi. The visit runs over four days.", "contradicted"),
        (
            "In 2022, trade between the two countries reached $4.5 million. It then rose to $9.5 million in 2023.",
            "contradicted",
        ),
    ],
)
def test_a_later_sentence_is_checked_with_its_referent(
    checker: Checker, paragraph: str, verdict: str
) -> None:
    assert checker.check(paragraph).verdict.value == verdict


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("In return, Ann ships silk.", "Ann ships silk."),
        ("Ann, for her part, sells tea.", "Ann sells tea."),
        ("They agreed, however, that ties grew.", "They agreed that ties grew."),
        ("Visits have nonetheless remained rare.", "Visits have remained rare."),
    ],
)
def test_a_word_tying_a_sentence_to_the_one_before_claims_nothing(sentence: str, read: str) -> None:
    assert plain_names(sentence) == read


def _holding(title: str) -> Person:
    """A person on record with one title."""
    quote = {"source": "s", "quote": title}
    return Person.from_json(
        {
            "id": "ann",
            "name": "Ann Lee",
            "country": "UT",
            "roles": [{"title": title, "evidence": [quote]}],
            "evidence": [quote],
        }
    )


@pytest.mark.parametrize(
    ("said", "title", "narrows"),
    [
        ("Deputy Foreign Minister", "Deputy Minister", True),
        ("Deputy Prime Minister", "Deputy Minister", False),
        ("Prime Minister", "Minister", False),
        ("Trade Minister", "Minister", True),
    ],
)
def test_a_word_that_names_another_office_does_not_narrow_a_title(
    said: str, title: str, narrows: bool
) -> None:
    assert narrower(said, _holding(title)) is narrows


def test_a_lone_sentence_s_visit_is_the_office_holder_s_it_was_the_first_by() -> None:
    said = "The visit, at her invitation, ran two days and was the first by a Utopian premier."
    assert own_visit(said).startswith("The visit by a Utopian premier, at her invitation,")
    assert own_visit("The visit ran two days.") == "The visit ran two days."


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "Sales rose 80 percent in 2024, from 7,5 million dollars in 2023 to 13,5 million dollars.",
            "Sales rose by 80 percent in 2024; "
            "Sales rose to 13,5 million dollars in 2024 from 7,5 million dollars in 2023.",
        ),
        (
            "Sales grew 20 percent in 2022, from March to May.",
            "Sales grew 20 percent in 2022, from March to May.",
        ),
    ],
)
def test_a_change_then_its_levels_from_and_to_give_the_later_level_the_change_s_year(
    sentence: str, read: str
) -> None:
    assert levels_after_change(sentence) == read


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "The ties are warm, Ann Lee and Bo Tan said in their phone call.",
            "Ann Lee and Bo Tan said the ties are warm; Ann Lee and Bo Tan held their phone call.",
        ),
        (
            "The ties are warm, the two deputy ministers said in their phone call.",
            "the two deputy ministers said the ties are warm; the two deputy ministers held their phone call.",
        ),
    ],
)
def test_two_speakers_or_a_plural_title_said_at_a_meeting_are_its_speakers(
    sentence: str, read: str
) -> None:
    assert attributed(sentence) == read


def test_a_change_s_starting_level_may_be_dated_the_year_before() -> None:
    said = "Sales rose 80 percent in 2024, from 7 million the year before to 13 million."
    assert levels_after_change(said).startswith(
        "Sales rose by 80 percent in 2024; Sales rose to 13"
    )
