"""Reading claims: amounts, dates, ranks, durations and counts in the forms journalists write."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgvn.claims import Hedge, parse_claim


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("$15 million", 15_000_000),
        ("13.5 million USD", 13_500_000),
        ("US$1.36 million", 1_360_000),
        ("USD 7.5m", 7_500_000),
        ("4,500,000 dollars", 4_500_000),
        ("$4.5mn", 4_500_000),
        ("US$ 2 billion", 2_000_000_000),
        ("7.5 triệu USD", 7_500_000),
        ("$750,000", 750_000),
    ],
)
def test_amounts_in_every_form(text: str, usd: float) -> None:
    (amount,) = parse_claim(f"Trade reached {text} in 2023.").amounts
    assert amount.usd == pytest.approx(usd)
    assert amount.hedge is Hedge.exact


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("about $14 million", Hedge.about),
        ("around $14 million", Hedge.about),
        ("nearly $14 million", Hedge.nearly),
        ("more than $10 million", Hedge.more_than),
        ("exceeded $10 million", Hedge.more_than),
        ("less than $20 million", Hedge.less_than),
        ("at least $10 million", Hedge.at_least),
    ],
)
def test_hedges_are_read(text: str, hedge: Hedge) -> None:
    assert parse_claim(f"Trade {text}.").amounts[0].hedge is hedge


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("on June 4, 1992", "1992-06-04", None),
        ("on 4 June 1992", "1992-06-04", None),
        ("on 27/12/1991", "1991-12-27", None),
        ("on March 6-7, 2025", "2025-03-06", "2025-03-07"),
        ("from 6 to 7 March 2025", "2025-03-06", "2025-03-07"),
        ("in June 1992", "1992-06", None),
        ("on 1992-06-04", "1992-06-04", None),
        ("on March 6", "--03-06", None),
    ],
)
def test_dates_at_their_precision(text: str, start: str, end: str | None) -> None:
    (date,) = parse_claim(f"Relations began {text}.").dates
    assert (date.start, date.end) == (start, end)


def test_an_impossible_date_is_not_read_as_one() -> None:
    assert parse_claim("It happened on 31/02/1992.").dates == ()


def test_years_ranges_and_relative_years() -> None:
    claim = parse_claim(
        "From 2017 to 2021 trade averaged $1.36 million; last year it grew.", today_year=2026
    )
    assert claim.year_ranges == ((2017, 2021),)
    assert claim.years == (2025,)
    assert claim.relative_years == ("last",)


def test_ranks_with_and_without_the_field() -> None:
    (rank,) = parse_claim("Kyrgyzstan ranks 83rd among 148 countries.").ranks
    assert (rank.rank, rank.out_of) == (83, 148)
    (plain,) = parse_claim("It is ranked 83 out of 148.").ranks
    assert (plain.rank, plain.out_of) == (83, 148)


def test_durations_counts_and_percentages() -> None:
    claim = parse_claim(
        "A 60-day visa exemption; about 100 people, three families; up 80% in 2024."
    )
    assert [duration.days for duration in claim.durations] == [60]
    assert [(count.value, count.noun, count.hedge) for count in claim.counts] == [
        (100, "people", Hedge.about),
        (3, "families", Hedge.exact),
    ]
    assert [percent.value for percent in claim.percents] == [80]


def test_the_two_countries_is_not_a_count() -> None:
    assert parse_claim("Trade between the two countries grew.").counts == ()


def test_negation_is_noticed() -> None:
    assert parse_claim("Chinh did not accept the invitation.").negated
    assert not parse_claim("Chinh accepted the invitation.").negated


def test_parts_keep_the_claims_own_spelling() -> None:
    claim = parse_claim("Trade hit US$9 million in June 2023.")
    assert claim.amounts[0].text == "US$9 million"
    assert claim.dates[0].text == "June 2023"


def test_places_and_stray_numbers_are_parts_too() -> None:
    claim = parse_claim("They met in Bishkek with 12 ministers.")
    assert claim.places == ("Bishkek",)
    assert ("number", "12") in claim.checkable_parts()


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
def test_millions_parse_back_in_several_styles(whole: int, tenth: int) -> None:
    value = whole * 1_000_000 + tenth * 100_000
    written = f"{whole}.{tenth}"
    for style in (
        f"${written} million",
        f"{written} million USD",
        f"US${written}m",
        f"USD {written}mn",
    ):
        (amount,) = parse_claim(f"Trade reached {style} last year.").amounts
        assert amount.usd == pytest.approx(value), style


@given(st.integers(min_value=1_000, max_value=999_999_999))
def test_plain_dollar_figures_with_thousands_separators(value: int) -> None:
    (amount,) = parse_claim(f"Trade reached {value:,} dollars.").amounts
    assert amount.usd == value


@given(
    st.dates(
        min_value=__import__("datetime").date(1900, 1, 1),
        max_value=__import__("datetime").date(2099, 12, 31),
    )
)
def test_dates_parse_back_in_every_style(day: object) -> None:
    import datetime as dt

    assert isinstance(day, dt.date)
    expected = day.isoformat()
    month = day.strftime("%B")
    for style in (
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
    ):
        (date,) = parse_claim(f"It happened on {style}.").dates
        assert date.start == expected, style
