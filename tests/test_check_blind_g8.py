"""Rules found on the misses of a blind split (blind-dev-g), each on other words and records."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.backing import _rephrase
from kgvn.check.compare.readers import _claimed_status
from kgvn.check.frame.clauses import but_not
from kgvn.check.frame.reported_but import reported_but
from kgvn.check.frame.waited import waited
from kgvn.check.result import Status, Verdict
from kgvn.claims import parse_claim
from kgvn.models import AgreementStatus

# --- a counterpart named after a comma ----------------------------------------------------------


def test_a_counterpart_named_after_a_comma_is_not_the_sentences_first_person(
    checker: Checker,
) -> None:
    """'The (demonym) premier … his (other demonym) counterpart, Ann Lee': Ann Lee is the peer,
    so her country is not the subject's own country the 'other side' rule compares with."""
    right = checker.check(
        "The Vietnamese deputy minister held phone talks with her Kyrgyz counterpart, Meder."
    )
    assert all(part.kind != "counterpart" for part in right.parts)
    assert all(part.status is not Status.differs for part in right.parts)


def test_a_counterparts_demonym_after_a_comma_is_the_named_persons_country(
    checker: Checker,
) -> None:
    wrong = checker.check("Hằng held phone talks with her Tajik counterpart, Abakirov Meder.")
    assert wrong.verdict is Verdict.contradicted
    part = next(part for part in wrong.parts if part.kind == "nationality")
    assert (part.text, part.on_record) == ("her tajik counterpart", "Kyrgyz")


# --- set phrases: an 'opposite number', 'laid on' a welcome, 'the two men' ---------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("met his opposite number", "met his counterpart"),
        ("laid on a state banquet for", "hosted a state banquet for"),
        ("lays on the official welcome", "hosted the official welcome"),
        ("the two women spoke", "the two leaders spoke"),
        ("looked on as the deals were signed", "witnessed the deals were signed"),
        ("watched while it was signed", "witnessed it was signed"),
        ("she was scheduled to meet", "she was to meet"),
        ("they are due to sign", "they are to sign"),
        ("other senior party leaders", "other high-ranking party leaders"),
        ("a senior year", "a senior year"),
    ],
)
def test_set_phrases_read_as_their_plain_words(said: str, plain: str) -> None:
    assert _rephrase(said) == plain


def test_laid_on_without_a_hosted_event_is_left_as_it_is() -> None:
    assert _rephrase("laid on the table") == "laid on the table"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("grew in a sustainable way", "grew sustainably"),
        ("implement it in an effective manner", "implement it effectively"),
        ("growing in a gradual fashion", "growing gradually"),
    ],
)
def test_a_manner_phrase_reads_as_its_adverb(said: str, plain: str) -> None:
    assert _rephrase(said) == plain


def test_but_not_before_a_manner_is_no_second_clause() -> None:
    """'growing, but not in a lasting way' says how it grew, not whom the subject never met."""
    assert but_not("trade grew gradually but not in a sustainable way") is None
    assert but_not("trade grew gradually but not quickly") is None
    assert but_not("Ann met Bo and Cy, but not Di") == ["Ann met Bo and Cy", "Ann never met Di"]


# --- 'but' inside reported words ----------------------------------------------------------------


def _words_before_verb(clause: str) -> str:
    words = clause.split()
    verb = next((i for i, w in enumerate(words) if i and w in {"is", "was", "grew", "has"}), 0)
    return " ".join(words[:verb])


def test_a_verb_after_but_in_reported_words_is_the_reported_subjects() -> None:
    said = "Ann said the budget is growing but is still small"
    assert reported_but(said, _words_before_verb) == [
        "Ann said the budget is growing",
        "Ann said the budget is still small",
    ]
    assert reported_but("Ann said that sales grew but remained low", _words_before_verb) == [
        "Ann said that sales grew",
        "Ann said that sales remained low",
    ]


def test_but_with_a_verb_of_the_speakers_own_is_left_to_the_other_rules() -> None:
    assert reported_but("Ann said she would come but did not", _words_before_verb) is None
    assert reported_but("The budget is growing but is still small", _words_before_verb) is None


# --- backing the creation of something: agreed to it, not done ---------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Both sides backed the creation of a joint council.",
        "The ministers supported the establishment of a working group.",
        "They favoured the setting up of a hotline.",
    ],
)
def test_backing_the_creation_of_a_thing_is_agreeing_to_it(said: str) -> None:
    assert _claimed_status(parse_claim(said)) is AgreementStatus.agreed_in_principle


# --- a wait before an act: the act, a span after the first event -------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Ann waited a full year after the vote before signing the bill.",
            "Ann signed the bill a year after the vote.",
        ),
        (
            "The club waited for two months after the merger before opening a branch",
            "The club opened a branch two months after the merger",
        ),
    ],
)
def test_a_wait_is_said_as_the_act_it_waited_for(said: str, plain: str) -> None:
    assert waited(said) == plain


def test_a_wait_with_no_act_after_it_is_left_alone() -> None:
    assert waited("Ann waited a year after the vote.") == "Ann waited a year after the vote."
