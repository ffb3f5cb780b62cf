"""Figures in the shapes of the fresh-false-5 split: multiples and day counts written in words,
and a year followed by 'to' and an amount, which is neither a range of years nor of money."""

from __future__ import annotations

import pytest

from kgvn.claims import parse_claim


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Trade in 2024 was twenty times the 2017-2021 average.", 20.0),
        ("Trade in 2024 was fifteen times the 2017-2021 average.", 15.0),
        ("Trade in 2024 was ten times the 2017-2021 average.", 10.0),
    ],
)
def test_multiples_in_words(text: str, value: float) -> None:
    assert [ratio.value for ratio in parse_claim(text).ratios] == [value]


@pytest.mark.parametrize(("word", "days"), [("ninety", 90.0), ("eighty", 80.0), ("sixty", 60.0)])
def test_day_counts_in_words(word: str, days: float) -> None:
    claim = parse_claim(f"Ann grants a {word}-day visa exemption.")
    assert [duration.days for duration in claim.durations] == [days]


def test_a_year_then_an_amount_is_not_a_year_range() -> None:
    claim = parse_claim("Trade jumped 80 per cent in 2024 to 13.5 million USD.")
    assert claim.year_ranges == ()
    assert claim.years == (2024,)
    assert [amount.usd for amount in claim.amounts] == [13_500_000.0]


def test_a_year_range_is_still_read() -> None:
    assert parse_claim("Trade averaged $1.36 million from 2017 to 2021.").year_ranges == (
        (2017, 2021),
    )
