"""People put in the wrong place in a statement or an event (blind-dev-j): words the record gives
to one side of a meeting, said to be the other side's, are contradicted; so is a guest put in
its host's place, and a visit given to the one who received the visitor. Someone who was not at
that meeting keeps the claim open."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.guests import _visit_owner
from kgvn.check.compare.sideslots import _mirror, _reported


@pytest.mark.parametrize(
    ("verb", "reported"),
    [("said", True), ("stressed", True), ("affirmed", True), ("described", True),
     ("expressed", True), ("was delighted", True), ("hoped", True),
     ("met", False), ("thanked", False), ("invited", False), ("spoke", False)],
)  # fmt: skip
def test_reported_verbs(verb: str, reported: bool) -> None:
    assert _reported(verb) is reported


def test_mirror_turns_both_countries_round() -> None:
    table = {"utopia": "Ruritania", "utopian": "Ruritanian", "ruritania": "Utopia"}
    assert _mirror(" affirmed Utopia's ties with Ruritania", table) == (
        " affirmed Ruritania's ties with Utopia"
    )
    assert _mirror(" met the Utopian side", table) == " met the Ruritanian side"
    assert _mirror(" said nothing", table) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the words of one side of the talks, given to the other side
        ("'Kyrgyzstan regards Vietnam as a foreign policy priority,' Chinh said.", "contradicted"),
        ("“Kyrgyzstan always treasures its relationship with Viet Nam,” Chinh said.", "contradicted"),
        ("According to Kasymaliev, Viet Nam will never forget the support of the Soviet people, including Kyrgyzstan.", "contradicted"),
        ("Viet Nam is ready to be a bridge for Kyrgyzstan to ASEAN, Kasymaliev stressed.", "contradicted"),
        ("To Lam was impressed by Kyrgyzstan's socio-economic achievements.", "contradicted"),
        # the speaker's own words stay supported
        ("“Kyrgyzstan always treasures its relationship with Viet Nam,” Kasymaliev said.", "supported"),
        ("Viet Nam is ready to be a bridge for Kyrgyzstan to ASEAN, Cuong stressed.", "supported"),
        # someone who was not at that meeting: the record does not say
        ("Japarov said Viet Nam will never forget the support of the Soviet people, including Kyrgyzstan.", "unverified"),
        ("'Kyrgyzstan regards Vietnam as a foreign policy priority,' Japarov said.", "unverified"),
    ],
)  # fmt: skip
def test_words_given_to_the_other_side_of_the_meeting(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the other side's words with the two countries turned round, as its own
        ("Hang expressed willingness to work closely with Kyrgyzstan on new avenues of collaboration.", "contradicted"),
        ("During the phone call, Meder affirmed Kyrgyzstan's commitment to deepening ties with traditional partners, including Vietnam.", "contradicted"),
        ("Meder expressed willingness to work closely with Vietnam on new avenues of collaboration.", "supported"),
        # the record backs the words through one shared word ('willing to be a bridge'): they
        # are not that statement's words, so no one is put in its speaker's place
        ("Kasymaliev expressed willingness to work closely with Vietnam.", "unverified"),
    ],
)  # fmt: skip
def test_words_turned_round_to_the_other_side(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("To Lam said it was his first visit to Vietnam.", "contradicted"),
        ("Chinh was delighted to visit Vietnam for the first time.", "contradicted"),
        ("Kasymaliev said he was pleased to visit Vietnam for the first time.", "supported"),
        ("Japarov said it was his first visit to Vietnam.", "unverified"),
        # words the speaker never said are not his because the other side is named
        ("Chinh said he would travel there later this year.", "unverified"),
    ],
)  # fmt: skip
def test_a_guests_feeling_given_to_the_host(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("A reception in honour of Cuong was held in Hanoi on March 6.", "contradicted"),
        ("To Lam was welcomed by Kasymaliev in Hanoi.", "contradicted"),
        ("An official welcome ceremony was held for Chinh.", "contradicted"),
        ("Kasymaliev was welcomed by To Lam in Hanoi.", "supported"),
        ("Kasymaliev was given an official welcome ceremony in Hanoi on March 6.", "supported"),
    ],
)  # fmt: skip
def test_the_host_as_the_guest(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Prime Minister Chinh toured a photo exhibition during his visit.", "contradicted"),
        ("During his official visit, Cuong thanked the Kyrgyz government for supporting the Vietnamese community.", "contradicted"),
        ("Kasymaliev toured a photo exhibition during his visit.", "supported"),
        # 'his' may be either's when two are named; a visit to come is not the one it was in
        ("During his visit, To Lam met Kasymaliev.", "supported"),
        ("Lương Cường tasked the two countries' foreign ministries to arrange his visit.", "supported"),
    ],
)  # fmt: skip
def test_the_visit_given_to_its_host(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


def test_visit_owner() -> None:
    ann = [(0, 3, "ann")]
    assert _visit_owner("ann met bo during her visit", ann, []) == "ann"
    assert _visit_owner("ann met bo during her visit", [*ann, (8, 10, "bo")], []) is None
    assert _visit_owner("ann will arrange her visit", ann, []) is None
    assert _visit_owner("ann met her guest during her visit", ann, []) is None
    assert _visit_owner("during ann's visit, talks were held", [(7, 10, "ann")], []) == "ann"
