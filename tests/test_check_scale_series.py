"""Comparisons worked out from a ranking or a series (blind-dev-m): the half of a ranking a rank
is in, a change said of every year of a span, and the two levels a closing '…, climbing from A
to B' gives the two years the sentence names."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.standing import standing_parts
from kgvn.check.frame.apart import amount_tail
from kgvn.check.result import Status
from kgvn.claims import parse_claim


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("Utopia sits in the bottom half of the 40 investors.", Status.agrees),
        ("Utopia is in the top half of investors.", Status.differs),
        ("Utopia ranks in the upper half of investors.", Status.differs),
    ],
)
def test_the_half_of_a_ranking(claim: str, status: Status) -> None:
    parts = standing_parts(parse_claim(claim), 30, 40)  # 30th of 40: the lower half
    assert parts[0][3] is status


def test_the_total_beside_the_half_is_the_ranking_s() -> None:
    parts = standing_parts(parse_claim("Utopia is in the lower half of the 50 investors."), 30, 40)
    assert [(kind, status) for kind, _, _, status, _ in parts] == [
        ("half", Status.agrees),
        ("rank out of", Status.differs),
    ]
    assert standing_parts(parse_claim("Utopia ranks 30th."), 30, 40) == []


def test_a_closing_span_of_levels_takes_the_sentence_s_two_years() -> None:
    main = "Tin sales tripled between 2020 and 2022"
    assert amount_tail(main, "climbing from $2 million to $6 million.", "Tin sales") == (
        "Tin sales climbing from $2 million in 2020 to $6 million in 2022."
    )
    # one year only: the level is the last year's, as before
    assert amount_tail("Tin sales rose in 2022", "reaching $6 million", "Tin sales") == (
        "Tin sales reaching $6 million in 2022"
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Ranked 83rd of 148, Kyrgyzstan sits in the lower half of investors in Vietnam.", "supported"),
        ("Kyrgyzstan ranks in the top half of the 148 countries investing in Vietnam.", "contradicted"),
        ("Trade between the two countries increased every year from 2022 through 2024.", "supported"),
        ("Trade between the two countries decreased every year from 2022 through 2024.", "contradicted"),
        ("Trade between the two countries increased every year from 2021 through 2024.", "unverified"),
        ("Bilateral trade tripled between 2022 and 2024, climbing from $4.5 million to $13.5 million.", "supported"),
        ("Bilateral trade tripled between 2022 and 2024, climbing from $5.5 million to $13.5 million.", "contradicted"),
    ],
)  # fmt: skip
def test_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict
