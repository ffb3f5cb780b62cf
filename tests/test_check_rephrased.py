"""True claims phrased in ways the record does not use are supported; one changed detail is not.

Each mechanism is tested with sentences of its own kind: a time between two events, a growth rate
written as a fraction or against "a year earlier", a name in another transliteration, a passive
welcome, a length of time that is not the visa's, and ordinary rewordings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgvn import models
from kgvn.check import Checker
from kgvn.store import load_store

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    store: models.Store = load_store(REAL_STORE)
    return Checker(store, today=dt.date(2026, 11, 23))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a time between two events, after or before, leading or trailing
        ("Kasymaliev visited Vietnam 17 days after the phone talks.", "supported"),
        ("Kasymaliev visited Vietnam 30 days after the phone talks.", "contradicted"),
        ("Seventeen days after the phone talks, Kasymaliev arrived in Hanoi.", "supported"),
        ("17 days before the phone talks, Kasymaliev arrived in Hanoi.", "contradicted"),
        (
            "Kyrgyzstan's foreign minister visited Vietnam five years after the Vietnamese "
            "deputy foreign minister's trip to Kyrgyzstan.",
            "supported",
        ),
        ("Nguyen Khac Dinh visited Kyrgyzstan two years before Kasymaliev's trip.", "supported"),
        (
            "Diplomatic relations were established within a year of Kyrgyz independence.",
            "supported",
        ),
        (
            "Diplomatic relations were established within six months of Kyrgyz independence.",
            "contradicted",
        ),
        ("Kasymaliev visited Vietnam within three weeks of the phone talks.", "supported"),
        (
            "Diplomatic relations were established a little over five months after Vietnam "
            "recognised Kyrgyzstan's independence.",
            "supported",
        ),
        (
            "Vietnam gave formal recognition to Kyrgyz independence on December 27, 1991.",
            "supported",
        ),
        (
            "Vietnam gave formal recognition to Kyrgyz independence on December 27, 1992.",
            "contradicted",
        ),
        # growth rates as fractions and against the year before
        ("Bilateral trade rose by two-thirds from 2022 to 2023.", "supported"),
        ("Bilateral trade rose by a third from 2022 to 2023.", "contradicted"),
        ("Bilateral trade rose by $6 million in 2024 from a year earlier.", "supported"),
        ("Bilateral trade rose by $8 million in 2024 from a year earlier.", "contradicted"),
        ("Two-way trade rose 80% in 2024 over the previous year.", "supported"),
        ("Trade in 2024 was 80% lower than in 2023.", "contradicted"),
        ("In 2024 trade was $6 million higher than in 2023.", "supported"),
        ("In 2024 trade was $7 million higher than in 2023.", "contradicted"),
        ("Trade in 2023 was $3 million more than in 2022.", "supported"),
        ("In 2024 trade was $6 million lower than in 2023.", "contradicted"),
        # names in another transliteration, plural roles, country spellings
        ("Kasymalyev visited Vietnam on 6-7 March 2025.", "supported"),
        ("Kasymaliyev visited Vietnam on 9 March 2025.", "contradicted"),
        ("President Zhaparov invited Luong Cuong to visit Kyrgyzstan.", "supported"),
        ("The two heads of government held talks in Hanoi on 6 March 2025.", "supported"),
        ("Kirgizstan and Viet Nam established diplomatic relations on 4 June 1992.", "supported"),
        # who hosted, passive with no agent; a length of time on another topic
        ("Kasymaliev was welcomed with an official ceremony in Hanoi on 6 March.", "supported"),
        (
            "Kasymaliev was welcomed by Luong Cuong with an official ceremony in Hanoi.",
            "contradicted",
        ),
        ("The Kyrgyz PM's official visit to Vietnam lasted two days.", "supported"),
        ("The Kyrgyz PM's official visit to Vietnam lasted three days.", "contradicted"),
        # rewordings
        (
            "A phone conversation between Le Thi Thu Hang and Abakirov Meder took place on February 17, 2025.",
            "supported",
        ),
        (
            "The photo exhibition was co-organised by the Government Office and the Vietnam News Agency.",
            "supported",
        ),
        (
            "The two sides agreed to back the creation of coordination mechanisms between economic agencies.",
            "supported",
        ),
        ("Kasymaliev extended an invitation to Chinh to visit Kyrgyzstan.", "supported"),
        ("The prime ministers looked around a photo exhibition before their talks.", "supported"),
        # the sides are read past adverbs and prepositions, and through synonyms
        ("To Lam said Vietnam values its friendship with Kyrgyzstan highly.", "supported"),
        ("To Lam said Kyrgyzstan values its friendship with Vietnam highly.", "unverified"),
        (
            "Chinh said Vietnam stands ready to serve as a bridge linking Kyrgyzstan with ASEAN.",
            "supported",
        ),
        ("Kasymaliev praised Vietnam's rising role in the region.", "supported"),
        ("Kasymaliev praised Kyrgyzstan's rising role in the region.", "unverified"),
        (
            "To Lam and Kasymaliev agreed the two countries have major potential for cooperation.",
            "supported",
        ),
        ("The two deputy ministers agreed to cooperate in preparing future visits.", "supported"),
    ],
    ids=lambda value: value[:50] if isinstance(value, str) else None,
)
def test_a_true_claim_in_new_words_is_supported(
    checker: Checker, claim: str, expected: str
) -> None:
    assert checker.check(claim).verdict.value == expected


@pytest.mark.parametrize(
    "claim",
    [
        "Japarova's letter was delivered in 2019.",
        "Bilateral trade was valued at $13.5 million in 2024, the highest ever.",
        "To Lam received Kasymaliev in Hanoi on 6 March, and the two discussed the East Sea.",
    ],
)
def test_an_unknown_word_still_keeps_a_claim_open(checker: Checker, claim: str) -> None:
    assert checker.check(claim).verdict.value != "supported"
