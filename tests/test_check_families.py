"""A record backs a claim's word by the word's own stem or by a word of its family (one
derivational ending off, British or American spelling), never by a shared prefix alone: the
fresh-false-4 split's near misses ('convenient' is not 'convey', 'communist' not 'community')."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.backing import _backed_or_synonym, _text_backing, family_keys


@pytest.mark.parametrize(
    ("word", "kin"),
    [
        ("recognized", "recognition"),
        ("recognised", "recognition"),
        ("agreement", "agreed"),
        ("investor", "invested"),
        ("citizenship", "citizens"),
        ("production", "produces"),
        ("capitalised", "capital"),
        ("organization", "organised"),
    ],
)
def test_a_word_of_the_family_backs_it(word: str, kin: str) -> None:
    words, keys = _text_backing(kin)
    assert _backed_or_synonym(word, words, keys)
    assert not family_keys(word).isdisjoint(family_keys(kin))


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("conveyed", "convenient"),
        ("convey", "convention"),
        ("community", "communist"),
        ("communist", "community"),
        ("office", "official"),
        ("statement", "state"),
        ("investigate", "investment"),
        ("electricity", "electronics"),
        ("undervalues", "under"),
        ("commitment", "committee"),
        ("afternoon", "after"),
    ],
)
def test_a_shared_prefix_alone_backs_nothing(word: str, other: str) -> None:
    words, keys = _text_backing(other)
    assert not _backed_or_synonym(word, words, keys)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev delivered President Japarov's letter to Lương Cường.", "supported"),
        ("Lương Cường delivered President Japarov's letter to Kasymaliev.", "contradicted"),
        ("Vietnam recognized Kyrgyzstan's independence on December 27, 1991.", "supported"),
        ("About 100 Vietnamese people live in Kyrgyzstan.", "supported"),
        ("The Kyrgyz-funded project in Khanh Hoa makes and sells alcoholic drinks.", "supported"),
        ("Kyrgyzstan exports electricity to Vietnam.", "unverified"),
        ("Kasymaliev visited the Government Office.", "unverified"),
    ],
)
def test_families_and_near_misses_in_claims(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("From 2017 to 2021, two-way trade totalled US$1.36 million.", "contradicted"),
        ("From 2017 to 2021, two-way trade averaged US$1.36 million annually.", "supported"),
        ("Kyrgyzstan ranks 83rd among countries trading with Vietnam.", "unverified"),
        ("Kyrgyzstan is Vietnam's 83rd largest trading partner.", "unverified"),
        (
            "Kyrgyzstan ranks 83rd among 148 countries and territories investing in Vietnam.",
            "supported",
        ),
    ],
)
def test_a_yearly_average_is_no_total_and_a_rank_is_of_investors(
    checker: Checker, claim: str, verdict: str
) -> None:
    """A sum over several years is five years' trade, not the yearly average; the record's
    rank is among investors, not trading partners."""
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("words", "text", "said"),
    [
        ("leaders", "the leadership of the two countries", True),
        ("investors", "an investment project", True),
        ("prime ministers", "the first visit by a prime minister", True),
        ("community", "the communist party", False),
        ("convey", "at a mutually convenient time", False),
    ],
)
def test_said_in_reads_families_not_prefixes(words: str, text: str, said: bool) -> None:
    from kgvn.check.compare.backing import said_in

    assert said_in(words, text) is said


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev paid an unofficial visit to Vietnam on March 6-7.", "contradicted"),
        ("Kasymaliev paid an official visit to Vietnam on March 6-7.", "supported"),
        ("The Vietnamese community in Kyrgyzstan is relatively large.", "contradicted"),
        ("The Vietnamese community in Kyrgyzstan is relatively small.", "supported"),
        ("Both countries have harnessed the Vietnam-EAEU FTA to cut trade.", "unverified"),
    ],
)
def test_a_word_whose_opposite_the_record_says_contradicts(
    checker: Checker, claim: str, verdict: str
) -> None:
    """A word no record backs, whose opposite the deciding record says, contradicts it; an
    aim ('to cut trade') does not."""
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("In a letter, Lương Cường invited Sadyr Japarov to visit Vietnam.", "contradicted"),
        (
            "Kasymaliev handed over a letter from Lương Cường inviting Japarov to Vietnam.",
            "contradicted",
        ),
        ("In a letter, Sadyr Japarov invited Lương Cường to visit Kyrgyzstan.", "supported"),
        ("Lương Cường invited Sadyr Japarov to visit Vietnam.", "unverified"),
    ],
)
def test_the_letter_on_record_has_one_writer(checker: Checker, claim: str, verdict: str) -> None:
    """An invitation to the other country is another invitation the record does not speak
    to, unless the claim says it is in the letter: the record's letter has one writer."""
    assert checker.check(claim).verdict.value == verdict


def test_periods_a_year_and_sums() -> None:
    from kgvn.check.compare.periods import periods_a_year, summed

    assert periods_a_year("trade averaged $1.36 million monthly") == 12
    assert periods_a_year("trade reached $13.5 million in 2024") == 1
    assert summed("from 2017 to 2021 trade totalled $6.8 million")
    assert not summed("from 2017 to 2021 trade averaged $1.36 million a year")


def test_a_figure_a_month_is_no_yearly_figure(checker: Checker) -> None:
    claim = "From 2017 to 2021, two-way trade averaged US$1.36 million monthly."
    assert checker.check(claim).verdict.value == "contradicted"
