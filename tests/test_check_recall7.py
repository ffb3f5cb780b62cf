"""Round 7 of issue 11's true-claim recall (fresh-true-7): a closing source that is a body or a
set of figures ('the ministry said', 'official figures show'), a title named with its party
('General Secretary of the Communist Party'), set phrases ('on a unilateral basis', 'visa-free
regime'), 'chaired' a welcome ceremony with its host checked, and words for a new phase. Each
kind has true and false twins in dev.jsonl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.speakers import attributed
from kgvn.check.frame.metonyms import plain_names
from kgvn.check.frame.relatives import preposition_relative

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    from kgvn.store import load_store

    return Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("Trade grew fast in 2024, the ministry said.", "Trade grew fast in 2024."),
        (
            "Trade grew fast in 2024, the Cabinet's press service reported.",
            "Trade grew fast in 2024.",
        ),
        ("Trade grew fast in 2024, official figures show.", "Trade grew fast in 2024."),
        ("Trade grew fast in 2024, according to Vietnamese data.", "Trade grew fast in 2024."),
    ],
)
def test_a_body_or_figures_as_source_is_dropped(sentence: str, left: str) -> None:
    assert attributed(sentence) == left


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade grew fast in 2024, Ann Lee said.",
        "According to Ann Lee, trade grew fast in 2024.",
    ],
)
def test_a_person_as_source_is_kept(sentence: str) -> None:
    assert "Ann Lee said" in attributed(sentence)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Two-way trade reached $13.5 million in 2024, official figures show.", Verdict.supported),
        (
            "Two-way trade reached $31.5 million in 2024, official figures show.",
            Verdict.contradicted,
        ),
        (
            "Kasymaliev was received by the General Secretary of the Communist Party of Vietnam "
            "To Lam in Hanoi on March 6.",
            Verdict.supported,
        ),
        (
            "Kasymaliev was received by General Secretary of the Communist Party of Kyrgyzstan "
            "To Lam.",
            Verdict.contradicted,
        ),
        (
            "Kyrgyzstan grants Vietnamese citizens a 60-day visa-free regime on a unilateral basis.",
            Verdict.supported,
        ),
        (
            "Kyrgyzstan grants Vietnamese citizens a 60-day visa-free regime on a reciprocal basis.",
            Verdict.contradicted,
        ),
        (
            "Pham Minh Chinh chaired an official welcome ceremony for Adylbek Kasymaliev in Hanoi.",
            Verdict.supported,
        ),
        (
            "Adylbek Kasymaliev chaired an official welcome ceremony for Pham Minh Chinh in Hanoi.",
            Verdict.contradicted,
        ),
        (
            "Adylbek Kasymaliev presided over a welcome ceremony for Pham Minh Chinh in Hanoi.",
            Verdict.contradicted,
        ),
        ("Chinh said the visit opens a new period of cooperation.", Verdict.supported),
        ("Japarov said the visit opens a new era of cooperation.", Verdict.unverified),
        ("President Luong Cuong sat down with Kasymaliev on March 6.", Verdict.supported),
        # to welcome a thing is to approve it: no reception, no host and guest to check
        (
            "Chinh and Kasymaliev welcomed businesses of both countries setting up partnerships.",
            Verdict.supported,
        ),
        ("Luong Cuong and To Lam welcomed businesses setting up partnerships.", Verdict.unverified),
        ("Kasymaliev welcomed Chinh in Hanoi on March 6.", Verdict.contradicted),
        # an irregular past tense after 'and' ('laid') is a second act of the same subject
        (
            "Kasymaliev held talks with Chinh in Hanoi on March 6 and laid a wreath at a memorial.",
            Verdict.partly_supported,
        ),
        ("President Luong Cuong sat down with Kasymaliev on March 9.", Verdict.contradicted),
        ("Chinh pitched Vietnam as a bridge for Kyrgyzstan to ASEAN.", Verdict.supported),
        ("Trade between the two economies reached $15.3 million in 2024.", Verdict.contradicted),
        (
            "Trade has basically tripled since 2022, from $4.5 million to $13.5 million last year.",
            Verdict.supported,
        ),
        (
            "Trade has basically quadrupled since 2022, from $4.5 million to $13.5 million last "
            "year.",
            Verdict.contradicted,
        ),
    ],
)
def test_round_seven_kinds(checker: Checker, text: str, verdict: Verdict) -> None:
    assert checker.check(text).verdict is verdict


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "Trade between the Southeast Asian country and the Central Asian nation grew.",
            "Trade between Vietnam and Kyrgyzstan grew.",
        ),
        ("The Central Asian republic's exports grew.", "Kyrgyzstan's exports grew."),
        ("Fun fact: trade grew.", "Trade grew."),
        ("Bottom line, trade grew.", "Trade grew."),
        # a region that is no country, and a colon after words that claim something, stay
        ("Chinh spoke of the Central Asian region.", "Chinh spoke of the Central Asian region."),
        ("Trade grew: exports rose.", "Trade grew: exports rose."),
    ],
)
def test_region_metonyms_and_lead_ins(sentence: str, plain: str) -> None:
    assert plain_names(sentence) == plain


@pytest.mark.parametrize(
    ("body", "pieces"),
    [
        (
            "Ann joined the Northern Union, of which Utopia is a member",
            ["Ann joined the Northern Union", "Utopia is a member of the Northern Union"],
        ),
        (
            "Ann praised the Northern Union, to which Utopia belongs",
            ["Ann praised the Northern Union", "Utopia belongs to the Northern Union"],
        ),
        ("Ann praised the union, which Utopia joined", None),  # no preposition: not this rule
        # a noun in apposition that names a member (blind-dev-m): read as 'of which'
        (
            "Ann praised the Northern Union, a bloc Utopia belongs to",
            ["Ann praised the Northern Union", "Utopia is a member of the Northern Union"],
        ),
        (
            "Ann joined the Northern Union, a trade grouping that includes Utopia",
            ["Ann joined the Northern Union", "Utopia is a member of the Northern Union"],
        ),
        ("Ann praised the Northern Union, a bloc of rich states", None),  # names no member
    ],
)
def test_a_closing_relative_after_a_preposition_is_a_fact_of_its_own(
    body: str, pieces: list[str] | None
) -> None:
    assert preposition_relative(body) == pieces
