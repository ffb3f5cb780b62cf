"""Values that exclude each other in one slot (blind-dev-b and blind-dev-c): a partnership's
level, a currency, member or observer, the year a named treaty carries."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.rivals import Rival, Rivals, swapped

TEXTS = {
    "pact": "Ann spoke of moving towards a Comprehensive Partnership.",
    "fund": "The fund is worth 5 million USD.",
    "treaty": "Bo cited the 1982 Sea Convention and the UN Charter.",
    "club": "Utopia is a member of the Club.",
}


@pytest.fixture(scope="module")
def rivals() -> Rivals:
    return Rivals(TEXTS)


@pytest.mark.parametrize(
    ("claim", "found"),
    [
        (
            "Ann wants a Comprehensive Strategic Partnership.",
            Rival("comprehensive strategic partnership", "comprehensive partnership", "pact"),
        ),
        ("Ann wants a Strategic Partnership.", Rival("strategic partnership", "comprehensive partnership", "pact")),
        ("The fund is worth 5 million euros.", Rival("euros", "usd", "fund")),
        ("Utopia has observer status in the Club.", Rival("observer status", "member", "club")),
        ("Bo cited the 1992 Sea Convention.", Rival("1992 sea", "1982 sea", "treaty")),
    ],
)  # fmt: skip
def test_a_value_no_record_holds_against_the_record_s(
    rivals: Rivals, claim: str, found: Rival
) -> None:
    assert found in rivals.find(claim)


@pytest.mark.parametrize(
    "claim",
    [
        "Ann wants a Comprehensive Partnership.",  # the record's own value
        "The fund is worth 5 million dollars.",  # another word for the record's value
        "Utopia has membership in the Club.",
        "Bo cited the 1982 Sea Convention.",
        "In 1992 Utopia joined the Club.",  # a year that is no name's
    ],
)
def test_no_rival(rivals: Rivals, claim: str) -> None:
    assert rivals.find(claim) == []


def test_swapped() -> None:
    rival = Rival("comprehensive strategic partnership", "comprehensive partnership", "pact")
    assert swapped("Ann wants a Comprehensive  Strategic Partnership.", rival) == (
        "Ann wants a comprehensive partnership."
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chinh said the goal is to lift relations to a Comprehensive Strategic Partnership.", "contradicted"),
        ("Chinh spoke of upgrading relations to a Comprehensive Partnership.", "supported"),
        # what the sides have done since is not what one of them said then
        ("Vietnam and Kyrgyzstan have upgraded their ties to a strategic partnership.", "unverified"),
        ("Luong Cuong said the two sides should aim for a Strategic Partnership.", "unverified"),
        ("The Kyrgyz project in Vietnam is valued at 5 million euros.", "contradicted"),
        ("Kyrgyzstan holds observer status in the Eurasian Economic Union.", "contradicted"),
        ("Kyrgyzstan is an observer in ASEAN.", "unverified"),
        ("Luong Cuong cited the 1992 UN Convention on the Law of the Sea.", "contradicted"),
    ],
)  # fmt: skip
def test_rivals_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan has never invested in Vietnam.", "contradicted"),
        ("Vietnam has never invested in Kyrgyzstan.", "unverified"),  # the other way round
        ("Kyrgyzstan has never invested in Vietnam since 2020.", "unverified"),
        ("Kyrgyz firms have never invested in Vietnam's shipbuilding.", "unverified"),
        # 'does' is an ordinary word: the denial is read against the record's statement
        ("Kasymaliev said Kyrgyzstan does not see Vietnam as a priority.", "contradicted"),
    ],
)
def test_a_denial_of_what_the_record_holds(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # both speakers said it: what they 'agreed' on, so the opposite word contradicts
        ("The two premiers agreed that the growth of bilateral trade had been sustainable.", "contradicted"),
        # one speaker alone 'agreeing' with a statement of one: not read as agreement; the
        # level itself is read, though: trade 'remains modest' on record (compare/levels.py)
        ("Luong Cuong agreed that trade remains substantial.", "contradicted"),
    ],
)  # fmt: skip
def test_agreed_is_what_both_speakers_said(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Kyrgyz premier's stay in Vietnam lasted three days.", "contradicted"),
        ("Kasymaliev's stay in Vietnam began on March 8.", "contradicted"),
        ("Vietnamese citizens can stay in Kyrgyzstan for 60 days without a visa.", "supported"),
    ],
)
def test_someone_s_stay_is_his_visit(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the record: a community of about 100 'including three families who have obtained …'
        ("All Vietnamese living in Kyrgyzstan hold Kyrgyz citizenship.", "contradicted"),
        # said of the group with no count: more than the record says
        ("Vietnamese in Kyrgyzstan hold Kyrgyz citizenship.", "unverified"),
        ("Three Vietnamese families in Kyrgyzstan hold Kyrgyz citizenship.", "supported"),
        # 'all' of a thing the record gives whole, or of the counted part itself
        ("All of Kyrgyzstan's investment in Vietnam is in Khanh Hoa.", "supported"),
        ("All three families have obtained Kyrgyz citizenship.", "supported"),
    ],
)
def test_all_of_what_the_record_says_of_a_part(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    "claim",
    [
        "The fund is worth 5 million USD, in Euro-Asian terms.",  # a word inside a hyphened name
        "Utopia sold 500 pounds of pepper.",  # a weight, not a currency
    ],
)
def test_no_rival_in_other_words(rivals: Rivals, claim: str) -> None:
    assert rivals.find(claim) == []
