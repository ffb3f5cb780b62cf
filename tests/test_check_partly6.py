"""Half-true sentences of the fresh-partly-6 split: a true fact joined to one plausible extra
the record never mentions must never come out supported."""

from __future__ import annotations

import re

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.anchored import _later
from kgvn.check.compare.as_role import role_in_front
from kgvn.check.compare.other_act import acted
from kgvn.check.frame.participles import leading_participle
from kgvn.check.frame.tails import tails
from kgvn.claim_patterns import RELATIVE_YEAR


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("he would go there later this year", True),
        ("he would go there later in this year", True),
        ("he went there earlier this year", False),
        ("he will go there next year", True),
        ("he went there this year", False),
    ],
)
def test_later(text: str, later: bool) -> None:
    said = RELATIVE_YEAR.search(text)
    assert isinstance(said, re.Match)
    assert _later(text, said) is later


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the invitation is dated on the article's day: 'later this year' is a time not on record
        (
            "Chinh accepted Kasymaliev's invitation to visit Kyrgyzstan later this year.",
            Verdict.unverified,
        ),
        (
            "Chinh accepted Kasymaliev's invitation to visit Kyrgyzstan and said he would "
            "travel there later this year.",
            Verdict.partly_supported,
        ),
        # nor 'next year': the invitation's own date neither backs nor rules out the visit's
        (
            "Chinh accepted an invitation to visit Kyrgyzstan next year.",
            Verdict.unverified,
        ),
        # the preview article, a day before the visit, may well say 'later this month'
        ("Kasymaliev will visit Vietnam later this month.", Verdict.supported),
        ("Kasymaliev visited Vietnam earlier this year.", Verdict.supported),
    ],
)
def test_later_this_year(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("sentence", "head", "tail"),
    [
        ("Trade rose to $4 million in 2022 amid a recovery in demand.", "in 2022.", "amid a"),
        ("Ann met Bo in Utopolis on May 2 and was greeted by a large crowd.", "May 2.", "was"),
        ("Ann has one project in Utopolis province, worth $9 million.", "province.", "worth"),
        ("About 100 Utopians live in Ruritania, most working as traders.", "Ruritania.", "most"),
        ("Ann and Bo held phone talks on May 2 during a 45-minute call.", "May 2.", "during"),
        ("Ann and Bo agreed to back each other, including a bid for a seat.", "other.", "incl"),
        ("Utopia exports tea to Ruritania, mainly through Lilliput.", "Ruritania.", "mainly"),
        ("Ann wants to learn from Bo's methods, particularly in farming.", "methods.", "partic"),
        ("Ann met Bo in Utopolis on May 2 in a warm and cordial atmosphere.", "May 2.", "in a"),
        ("Ann visited Utopia on May 2 at the head of a large delegation.", "May 2.", "at the"),
        ("Utopia exports silk to Ruritania, its main buyer in Asia.", "Ruritania.", "its main"),
        ("Ann received Bo in Utopolis on May 2, shortly before his departure.", "May 2.", "short"),
        (
            "Trade reached $4 million in 2023, the year the two opened an office.",
            "2023.",
            "the year",
        ),
        (
            "Ann and Bo agreed to work on tea and silk, two fields where Bo is strong.",
            "silk.",
            "two",
        ),
    ],
)
def test_closing_details(sentence: str, head: str, tail: str) -> None:
    """A setting ('amid …'), a sequel in the passive, a value, a spread or a duration after a
    fact is a detail of its own, so the fact alone may still be decided."""
    found = [(fact, detail) for fact, detail, _ in tails(sentence)]
    assert any(fact.endswith(head) and detail.startswith(tail) for fact, detail in found)


def test_having_participle() -> None:
    """'Having signed X, Ann …': Ann signed X, not 'Ann haved signed X'."""
    split = leading_participle("Having signed a deal, Ann flew home", lambda main: "Ann")
    assert split == ["Ann flew home", "Ann signed a deal"]


@pytest.mark.parametrize(
    "claim",
    [
        "Having signed a joint statement, the two PMs attended a business forum in Hanoi.",
        "Two-way trade rose to $4.5 million in 2022 amid a post-pandemic recovery.",
        "Around 100 Vietnamese live in Kyrgyzstan, most living in Bishkek.",
        "Kyrgyzstan has one investment project in Khanh Hoa province, worth 5 per cent of the "
        "province's foreign investment.",
    ],
)
def test_never_supported_with_an_extra(checker: Checker, claim: str) -> None:
    """The extra is on no record: partly supported (the fact alone is), never supported."""
    assert checker.check(claim).verdict is Verdict.partly_supported


@pytest.mark.parametrize(
    ("sentence", "fronted"),
    [
        (
            "Ann Bo visited Utopia in 2014 as foreign minister.",
            "Foreign minister Ann Bo visited Utopia in 2014.",
        ),
        (
            "Ann visited Utopia in 2014 as the Utopian prime minister.",
            "Utopian prime minister Ann visited Utopia in 2014.",
        ),
        ("Ann visited Utopia as part of a tour.", None),
        ("Ann served as president.", None),
    ],
)
def test_role_in_front(sentence: str, fronted: str | None) -> None:
    """A closing 'as <role>' is the subject's title at the time, written before the name."""
    assert role_in_front(sentence) == fronted


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Nguyen Khac Dinh visited Kyrgyzstan in 2023 as foreign minister.", Verdict.contradicted),
        (
            "Abdyldaev Erlan Bekeshovich visited Vietnam in 2014 as Kyrgyz prime minister.",
            Verdict.contradicted,
        ),
        (
            "Abdyldaev Erlan Bekeshovich visited Vietnam in 2014 as Kyrgyz foreign minister.",
            Verdict.supported,
        ),
    ],
)
def test_title_said_after(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


def test_acted() -> None:
    """The second act with the fact's subject put back, in the past."""
    assert acted("Ann met Bo in Utopolis.", "flying to Lilliput") == "Ann flew to Lilliput."
    assert acted("Ann met Bo.", "touring a farm") == "Ann toured a farm."
    assert acted("The visit began.", "flying home") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the other city is where he flew, not where he met To Lam
        (
            "Kasymaliev met To Lam in Hanoi on March 6 before flying to Ho Chi Minh City.",
            Verdict.partly_supported,
        ),
        # a wrong date of the fact itself stays contradicted
        (
            "Kasymaliev met To Lam in Hanoi on March 7 before flying to Bishkek.",
            Verdict.contradicted,
        ),
        (
            "Kasymaliev was received by Luong Cuong on March 8 before flying home.",
            Verdict.contradicted,
        ),
        # a figure in the second act is the record's own: still contradicted
        (
            "Two-way turnover hit US$4.5 million in 2022 before climbing to US$8.5 million a "
            "year later.",
            Verdict.contradicted,
        ),
    ],
)
def test_place_of_another_act(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict
