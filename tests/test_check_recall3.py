"""Round 3 of issue 11's true-claim recall: ordinals in words, a second infinitive after 'and',
'agreed on the need to', 'among the 148',
'limited to' for 'only', 'acknowledged that' as a reporting verb,
'two-way trade' as 'bilateral trade', 'sends' as an export verb. Each kind has true and false twins in dev.jsonl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.speakers import attributed
from kgvn.check.frame.atoms import atoms
from kgvn.check.frame.ordinals import spelled_decimals, spelled_ordinals

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    from kgvn.store import load_store

    return Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ranks eighty-third among 148", "ranks 83rd among 148"),
        ("the Twenty-First century", "the 21st century"),
        ("its twelfth round", "its 12th round"),
        ("the ninetieth day", "the 90th day"),
        ("the first and third visits", "the first and third visits"),
    ],
)
def test_an_ordinal_past_ten_in_words_is_read_as_its_figure(text: str, read: str) -> None:
    assert spelled_ordinals(text) == read


def test_a_second_infinitive_after_and_is_a_claim_of_its_own() -> None:
    assert atoms("They agreed to boost trade and to open an office.") == [
        "They agreed to boost trade.",
        "They agreed to open an office.",
    ]
    # 'to' before a name or an article is a direction, not a second verb
    assert atoms("Vietnam exports tea to Kyrgyzstan and to Russia.") == [
        "Vietnam exports tea to Kyrgyzstan and to Russia."
    ]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan ranks eighty-third among 148 investors in Vietnam.", Verdict.supported),
        ("Kyrgyzstan ranks thirty-eighth among 148 investors in Vietnam.", Verdict.contradicted),
        ("Kyrgyzstan ranks 83rd among the 148 investors in Vietnam.", Verdict.supported),
        ("Kyrgyzstan ranks 83rd among the 150 investors in Vietnam.", Verdict.contradicted),
        (
            "Cuong and Kasymaliev agreed on the need to strengthen political trust.",
            Verdict.supported,
        ),
        ("Two-way trade is not sustainable, the two prime ministers said.", Verdict.supported),
        ("Kyrgyzstan sends silk and tobacco products to Vietnam.", Verdict.supported),
        ("Kyrgyzstan sends pepper to Vietnam.", Verdict.unverified),
        ("Kasymaliev sends greetings to Cuong.", Verdict.unverified),
        ("Kyrgyz investment in Vietnam is limited to one project.", Verdict.supported),
        ("Kyrgyz investment in Vietnam is limited to two projects.", Verdict.contradicted),
        ("Cooperation between the two countries is limited to trade.", Verdict.unverified),
        (
            "The two prime ministers acknowledged that bilateral trade is not sustainable.",
            Verdict.supported,
        ),
        (
            "The two prime ministers acknowledged that bilateral trade is sustainable.",
            Verdict.contradicted,
        ),
        (
            "Cuong and Kasymaliev agreed to strengthen political trust and to open a joint bank.",
            Verdict.partly_supported,
        ),
    ],
)
def test_round_three_kinds_against_the_record(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("thirteen point five million dollars", "13.5 million dollars"),
        ("one point three six million USD", "1.36 million USD"),
        ("four-and-a-half million", "four and a half million"),
        ("on the fourth of June 1992", "on 4 June 1992"),
        ("the point is five", "the point is five"),
    ],
)
def test_a_decimal_a_hyphened_half_and_a_spelled_day_are_read_as_figures(
    text: str, read: str
) -> None:
    assert spelled_decimals(text) == read


def test_a_news_outlet_after_according_to_is_no_speaker() -> None:
    assert attributed("According to VNA, trade grew.") == "Trade grew."
    assert attributed("According to Ann Lee, trade grew.") == "Ann Lee said trade grew."
    assert attributed("Trade, according to VNA, grew.") == "Trade grew."
    assert attributed("Trade, according to Ann Lee, grew.") == "Trade, according to Ann Lee, grew."


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chinh hailed the visit as an important historical milestone.", Verdict.supported),
        ("Chinh hailed the visit as a failure.", Verdict.unverified),
        ("Kasymaliev extended greetings from President Japarov to Cuong.", Verdict.supported),
        ("The premiers oversaw the signing of cooperation documents.", Verdict.supported),
        ("According to VNA, trade reached $15.5 million in 2024.", Verdict.contradicted),
    ],
)
def test_round_three_words_against_the_record(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict
