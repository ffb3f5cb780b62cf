"""Reading claims: amounts, dates, ranks, durations, counts and multiples as journalists write them.

The reader is pure: it takes a sentence and gives its checkable parts, with no store at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgvn.claims import Claim, Hedge, parse_claim

# --- amounts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("$15 million", 15_000_000),
        ("13.5 million USD", 13_500_000),
        ("US$1.36 million", 1_360_000),
        ("USD 7.5m", 7_500_000),
        ("USD7.5 million", 7_500_000),
        ("4,500,000 dollars", 4_500_000),
        ("$4.5mn", 4_500_000),
        ("$4.5 mln", 4_500_000),
        ("13.5 million US dollars", 13_500_000),
        ("US$ 2 billion", 2_000_000_000),
        ("$2bn", 2_000_000_000),
        ("7.5 triệu USD", 7_500_000),
        ("$750,000", 750_000),
        ("$750k", 750_000),
    ],
)
def test_amounts_in_every_form(text: str, usd: float) -> None:
    (amount,) = parse_claim(f"Trade reached {text} in 2023.").amounts
    assert amount.usd == pytest.approx(usd)
    assert amount.hedge is Hedge.exact
    assert not amount.approximate
    assert amount.text == text


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("about $14 million", Hedge.about),
        ("around $14 million", Hedge.about),
        ("roughly $14 million", Hedge.about),
        ("some $14 million", Hedge.about),
        ("nearly $14 million", Hedge.nearly),
        ("almost $14 million", Hedge.nearly),
        ("more than $10 million", Hedge.more_than),
        ("exceeded $10 million", Hedge.more_than),
        ("topped $10 million", Hedge.more_than),
        ("less than $20 million", Hedge.less_than),
        ("at least $10 million", Hedge.at_least),
        ("no more than $20 million", Hedge.at_most),
    ],
)
def test_hedges_are_read(text: str, hedge: Hedge) -> None:
    (amount,) = parse_claim(f"Trade {text}.").amounts
    assert amount.hedge is hedge
    assert amount.approximate


def test_an_amount_keeps_the_precision_it_was_written_to() -> None:
    assert parse_claim("Trade hit $13.5 million.").amounts[0].precision == pytest.approx(100_000)
    assert parse_claim("Trade hit $14 million.").amounts[0].precision == pytest.approx(1_000_000)


def test_a_year_is_not_an_amount_and_an_amount_is_not_a_year() -> None:
    claim = parse_claim("In 2024 trade was $2,024,000.")
    assert claim.years == (2024,)
    assert [amount.usd for amount in claim.amounts] == [2_024_000]


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("on June 4, 1992", "1992-06-04", None),
        ("on 4 June 1992", "1992-06-04", None),
        ("on the 4th of June 1992", "1992-06-04", None),
        ("on 27/12/1991", "1991-12-27", None),
        ("on 1992-06-04", "1992-06-04", None),
        ("on March 6-7, 2025", "2025-03-06", "2025-03-07"),
        ("on March 6–7, 2025", "2025-03-06", "2025-03-07"),
        ("from 6 to 7 March 2025", "2025-03-06", "2025-03-07"),
        ("from March 6 to March 7, 2025", "2025-03-06", "2025-03-07"),
        ("from the 6th to the 7th of March 2025", "2025-03-06", "2025-03-07"),
        ("on the 6th and the 7th of March", "--03-06", "--03-07"),
        ("in June 1992", "1992-06", None),
        ("in December 1991", "1991-12", None),
        ("on Sept. 1, 2024", "2024-09-01", None),
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
    assert parse_claim("the 2017-2021 average").year_ranges == ((2017, 2021),)
    assert parse_claim("last year", today_year=None).years == ()


# --- ranks, durations, counts, percentages, multiples, ordinals ----------------------------------


@pytest.mark.parametrize(
    ("text", "rank", "out_of"),
    [
        ("Kyrgyzstan ranks 83rd among 148 countries.", 83, 148),
        ("It is ranked 83 out of 148.", 83, 148),
        ("It ranked 83rd of 148 investors.", 83, 148),
        ("It is the 83rd largest investor.", 83, None),
        ("It ranks No. 83 among investors.", 83, None),
        # the field named first, with a verb other than 'rank' before the ordinal
        ("Among the 148 countries investing here, it sits in 83rd place.", 83, 148),
        ("Out of 120 members, the club comes 7th.", 7, 120),
        ("Of the 30 teams in the league, they finished 12th.", 12, 30),
        ("As of 2024, it ranked 83rd among investors.", 83, None),
    ],
)
def test_ranks_with_and_without_the_field(text: str, rank: int, out_of: int | None) -> None:
    (found,) = parse_claim(text).ranks
    assert (found.rank, found.out_of) == (rank, out_of)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("a 60-day visa exemption", 60),
        ("visa-free for 60 days", 60),
        ("a sixty-day stay", 60),
        ("visa-free for two months", 60),
        ("a two-week trip", 14),
    ],
)
def test_durations(text: str, days: float) -> None:
    (duration,) = parse_claim(f"Kyrgyzstan offers {text}.").durations
    assert duration.days == days


@pytest.mark.parametrize(
    ("text", "value", "noun", "hedge"),
    [
        ("about 100 people", 100, "people", Hedge.about),
        ("some 1,000 Vietnamese nationals", 1000, "nationals", Hedge.about),
        ("three families", 3, "families", Hedge.exact),
        ("one project", 1, "project", Hedge.exact),
        ("a single investment project", 1, "project", Hedge.exact),
        ("two FDI projects", 2, "projects", Hedge.exact),
        ("no investment projects", 0, "projects", Hedge.exact),
        ("a 100-strong community", 100, "people", Hedge.exact),
        ("more than three decades", 3, "decades", Hedge.more_than),
    ],
)
def test_counts_with_their_nouns(text: str, value: float, noun: str, hedge: Hedge) -> None:
    (count,) = parse_claim(f"There are {text} there.").counts
    assert (count.value, count.noun, count.hedge) == (value, noun, hedge)


def test_the_two_countries_is_not_a_count() -> None:
    assert parse_claim("Trade between the two countries grew.").counts == ()


def test_percentages() -> None:
    (percent,) = parse_claim("Trade was up 80% in 2024.").percents
    assert (percent.value, percent.hedge) == (80, Hedge.exact)
    (spelled,) = parse_claim("Trade grew almost 80 per cent.").percents
    assert (spelled.value, spelled.hedge) == (80, Hedge.nearly)


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("Trade doubled in 2024.", 2, Hedge.exact),
        ("Trade nearly doubled in 2024.", 2, Hedge.nearly),
        ("Trade more than doubled in 2024.", 2, Hedge.more_than),
        ("Trade tripled between 2022 and 2024.", 3, Hedge.exact),
        ("Trade grew threefold between 2022 and 2024.", 3, Hedge.exact),
        ("Trade in 2024 was three times higher than in 2022.", 3, Hedge.exact),
        ("Trade halved.", 0.5, Hedge.exact),
    ],
)
def test_multiples(text: str, value: float, hedge: Hedge) -> None:
    (ratio,) = parse_claim(text).ratios
    assert (ratio.value, ratio.hedge) == (value, hedge)


def test_double_taxation_is_not_a_multiple() -> None:
    assert parse_claim("They discussed double taxation avoidance.").ratios == ()


def test_ordinals_are_parts_but_not_when_they_say_when() -> None:
    assert parse_claim("It was the first visit by a Kyrgyz PM.").ordinals == ("first",)
    assert parse_claim("It was his second trip.").ordinals == ("second",)
    assert parse_claim("It was the first-ever visit.").ordinals == ("first",)
    assert parse_claim("The two countries first established ties in 1992.").ordinals == ()
    assert ("ordinal", "second") in parse_claim("his second trip").checkable_parts()


# --- negation, names, subjects, places -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chinh did not accept the invitation.",
        "Chinh never accepted the invitation.",
        "Chinh didn't accept the invitation.",
        "Chinh turned down the invitation.",
        "Chinh declined the invitation.",
        "There is no free trade agreement between them.",
    ],
)
def test_negation_is_noticed(text: str) -> None:
    assert parse_claim(text).negated


@pytest.mark.parametrize(
    "text",
    [
        "Chinh accepted the invitation.",
        "Trade was no less than $10 million.",
        "It is not only a partner but a friend.",
        "Kyrgyzstan has no investment projects in Vietnam.",  # a count of zero, checked as one
        "Vietnamese can enter without a visa.",
    ],
)
def test_what_is_not_negation(text: str) -> None:
    assert not parse_claim(text).negated


def test_names_are_found_as_written() -> None:
    claim = parse_claim("Thủ tướng Phạm Minh Chính met Adylbek Kasymaliev in Hà Nội.")
    assert "Phạm Minh Chính" in claim.names
    assert "Adylbek Kasymaliev" in claim.names
    assert "Hà Nội" in claim.names
    assert claim.places == ("Hanoi",)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Two-way trade hit $13.5 million in 2024.", {"trade"}),
        ("Kyrgyzstan grants Vietnamese a 60-day visa exemption.", {"visa"}),
        ("Kyrgyzstan has one investment project in Vietnam.", {"investment", "project"}),
        ("Diplomatic relations were established in 1992.", {"diplomatic relations"}),
        ("Vietnam recognised Kyrgyzstan's independence.", {"recognition", "independence"}),
        ("Kyrgyzstan exports silk to Vietnam.", {"exports"}),
        ("About 100 Vietnamese live in Kyrgyzstan.", {"community"}),
    ],
)
def test_subject_words(text: str, subjects: set[str]) -> None:
    assert subjects <= set(parse_claim(text).subjects)


def test_parts_keep_the_claims_own_spelling() -> None:
    claim = parse_claim("Trade hit US$9 million in June 2023.")
    assert claim.amounts[0].text == "US$9 million"
    assert claim.dates[0].text == "June 2023"
    vietnamese = parse_claim("Thương mại đạt 7,5 triệu USD năm 2023.")
    (amount,) = vietnamese.amounts
    assert (amount.text, amount.usd, amount.precision) == ("7,5 triệu USD", 7_500_000, 100_000)
    assert vietnamese.years == (2023,)


def test_places_and_stray_numbers_are_parts_too() -> None:
    claim = parse_claim("They met in Bishkek with 12 ministers.")
    assert claim.places == ("Bishkek",)
    assert ("number", "12") in claim.checkable_parts()


def test_a_claim_is_a_frozen_value() -> None:
    claim = parse_claim("Trade hit $9 million in 2023.")
    assert isinstance(claim, Claim)
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.negated = True  # type: ignore[misc]
    assert parse_claim("Trade hit $9 million in 2023.") == claim


# --- properties ----------------------------------------------------------------------------------

MILLION_STYLES = (
    "${n} million",
    "US${n} million",
    "US$ {n} million",
    "{n} million USD",
    "{n} million US dollars",
    "{n} million dollars",
    "US${n}m",
    "${n}m",
    "USD {n}mn",
    "USD {n} million",
    "${n}mn",
    "{n} triệu USD",
)


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(MILLION_STYLES),
    st.sampled_from(("", "about ", "more than ", "nearly ")),
)
def test_millions_parse_back_in_every_style(
    whole: int, hundredths: int, style: str, hedge: str
) -> None:
    value = whole * 1_000_000 + hundredths * 10_000
    written = f"{whole}.{hundredths:02d}".rstrip("0").rstrip(".")
    text = hedge + style.format(n=written)
    (amount,) = parse_claim(f"Two-way trade reached {text} in 2024.").amounts
    assert amount.usd == pytest.approx(value), text
    assert amount.approximate is bool(hedge)


@given(
    st.integers(min_value=1_000, max_value=999_999_999),
    st.sampled_from(("{v:,} dollars", "${v:,}", "USD {v:,}", "US${v:,}", "{v:,} USD")),
)
def test_whole_dollar_figures_with_thousands_separators(value: int, style: str) -> None:
    (amount,) = parse_claim(f"Trade reached {style.format(v=value)}.").amounts
    assert amount.usd == value


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_parse_back_in_every_style(day: dt.date) -> None:
    expected = day.isoformat()
    month = day.strftime("%B")
    for style in (
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{month[:3]} {day.day}, {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        day.isoformat(),
    ):
        (date,) = parse_claim(f"It happened on {style}.").dates
        assert (date.start, date.end) == (expected, None), style
    (month_only,) = parse_claim(f"It happened in {month} {day.year}.").dates
    assert month_only.start == expected[:7]


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.integers(min_value=1, max_value=5),
)
def test_day_spans_parse_back(first: dt.date, length: int) -> None:
    last = first + dt.timedelta(days=length)
    if last.month != first.month:
        return
    month = first.strftime("%B")
    for style in (
        f"{month} {first.day}-{last.day}, {first.year}",
        f"{first.day} to {last.day} {month} {first.year}",
        f"{month} {first.day} to {month} {last.day}, {first.year}",
    ):
        (date,) = parse_claim(f"The visit took place {style}.").dates
        assert (date.start, date.end) == (first.isoformat(), last.isoformat()), style


def ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


@given(st.integers(min_value=1, max_value=300), st.integers(min_value=0, max_value=300))
def test_ranks_parse_back(rank: int, more: int) -> None:
    out_of = rank + more
    for style in (
        f"ranks {ordinal(rank)} among {out_of} investors",
        f"is ranked {rank} out of {out_of}",
        f"came {ordinal(rank)} of {out_of}",
    ):
        (found,) = parse_claim(f"Kyrgyzstan {style}.").ranks
        assert (found.rank, found.out_of) == (rank, out_of), style


@given(st.sampled_from(["one", "two", "three", "four", "five", "ten", "twelve", "twenty"]))
def test_number_words_are_counts(word: str) -> None:
    values = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twelve": 12,
              "twenty": 20}  # fmt: skip
    (count,) = parse_claim(f"{word.capitalize()} Vietnamese families obtained citizenship.").counts
    assert (count.value, count.noun) == (values[word], "families")


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    claim = parse_claim(text)
    assert claim.text == " ".join(text.split())
    for kind, shown in claim.checkable_parts():
        assert kind and shown


@pytest.mark.parametrize(
    "text",
    [
        "Some 100 Vietnamese are living in Kyrgyzstan.",
        "About 40 Kyrgyz were residing in Vietnam.",
        "Around 100 Vietnamese are still in Kyrgyzstan.",
    ],
)
def test_a_people_named_only_by_nationality_is_counted_with_a_verb_of_living(text: str) -> None:
    """'100 Vietnamese are living in …': the nationality is the noun counted, not a bare number."""
    (count,) = parse_claim(text).counts
    assert count.noun in {"vietnamese", "kyrgyz"}
    assert not parse_claim(text).bare_numbers
