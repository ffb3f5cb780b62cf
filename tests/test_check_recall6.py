"""Round 6 of issue 11's true-claim recall (fresh-true-6): wire datelines, changes said in
dollars ('rose by $6 million'), averages and sums of yearly figures over a span of years, 'both
ways' against a one-sided scheme, 'a hundred-odd', a headline's present-tense signing, lists of
three clauses. Each kind has true and false twins in dev.jsonl."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.readers import _claimed_status
from kgvn.check.compare.topics.series import by_amount
from kgvn.check.frame.lists import clause_lists
from kgvn.check.frame.months import spelled_periods, without_credits
from kgvn.check.lexicon import BOTH_WAYS, ONE_SIDED
from kgvn.claims import parse_claim
from kgvn.vocabulary import AgreementStatus

REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


@pytest.fixture(scope="module")
def checker() -> Checker:
    from kgvn.store import load_store

    return Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))


def _verdict(checker: Checker, text: str) -> Verdict:
    return checker.check(text).verdict


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a past act takes the dateline's date, as wire copy means it
        ("Hanoi, March 6 (VNA) – Ann met Bo.", "On March 6, Ann met Bo."),
        (
            "Bishkek, March 5, 2025 (AKI/VNA) - Ann received Bo.",
            "On March 5, 2025, Ann received Bo.",
        ),
        # a state, a plan or an act with a date of its own keeps none
        ("Hanoi, March 6 (VNA) – Ann ranks 83rd.", "Ann ranks 83rd."),
        ("Hanoi, March 6 (VNA) – Ann has invested $5 million.", "Ann has invested $5 million."),
        ("Hanoi, March 5 (VNA) – Ann will meet Bo on March 6.", "Ann will meet Bo on March 6."),
        ("Hanoi, March 6 (VNA) – Ann met Bo in 2024.", "Ann met Bo in 2024."),
        ("Hanoi, March 6 (VNA) – Ann met Bo the same year.", "Ann met Bo the same year."),
        ("HANOI (VNS) — Ann met Bo.", "Ann met Bo."),
        ("HÀ NỘI — Ann met Bo.", "Ann met Bo."),
    ],
)
def test_an_opening_wire_dateline_dates_a_past_act_or_goes(text: str, left: str) -> None:
    assert without_credits(text) == left


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN – the bloc grew.",  # capitals that are no place the lexicon knows
        "Vietnam – Kyrgyzstan trade rose.",  # a dash inside the claim
        "The UN (UNGA) voted.",  # an abbreviation with no dash after it
    ],
)
def test_words_that_only_look_like_a_dateline_stay(text: str) -> None:
    assert without_credits(text) == text


def test_a_dateline_date_is_not_read_as_the_date_of_the_fact(checker: Checker) -> None:
    said = "Hanoi, March 5 (VNA) – Kasymaliev will pay an official visit to Vietnam on March 6-7."
    assert _verdict(checker, said) is Verdict.supported
    wrong = "Hanoi, March 5 (VNA) – Kasymaliev will pay an official visit to Vietnam on March 8-9."
    assert _verdict(checker, wrong) is Verdict.contradicted


def test_a_dateline_dates_a_past_act_that_gives_no_date(checker: Checker) -> None:
    said = "Hanoi, March 6 (VNA) – President Luong Cuong received Prime Minister Kasymaliev."
    assert _verdict(checker, said) is Verdict.supported
    assert _verdict(checker, said.replace("March 6", "March 7")) is Verdict.contradicted
    state = "Hanoi, March 6 (VNA) – Kyrgyzstan ranks 83rd among 148 investors in Vietnam."
    assert _verdict(checker, state) is Verdict.supported


def test_of_two_figures_the_one_said_by_is_the_change() -> None:
    claim = parse_claim("Trade rose by $6 million in 2024 to $13.5 million.")
    assert by_amount(claim, list(claim.amounts)) == 0
    claim = parse_claim("Trade rose to $13.5 million in 2024, up by $6 million.")
    assert by_amount(claim, list(claim.amounts)) == 1
    claim = parse_claim("Trade rose from $7.5 million to $13.5 million.")
    assert by_amount(claim, list(claim.amounts)) is None


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Trade rose by $6 million in 2024 to $13.5 million.", Verdict.supported),
        ("Trade rose by $8 million in 2024 to $13.5 million.", Verdict.contradicted),
        ("Trade rose by $6 million in 2024 to $15 million.", Verdict.contradicted),
        ("Trade rose by $3 million in 2023.", Verdict.supported),
        ("Trade rose by $4 million in 2023.", Verdict.contradicted),
        ("Trade fell by $6 million in 2024.", Verdict.contradicted),
    ],
)
def test_a_change_in_dollars_with_one_year_is_that_year_s_change(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert _verdict(checker, text) is verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("From 2022 to 2024, two-way trade averaged $8.5 million a year.", Verdict.supported),
        ("From 2022 to 2024, two-way trade averaged $10 million a year.", Verdict.contradicted),
        ("Combined two-way trade over 2022-2024 came to $25.5 million.", Verdict.supported),
        ("Combined two-way trade over 2022-2024 came to $30 million.", Verdict.contradicted),
        # a year the record has no figure for leaves the average open
        ("Trade averaged $8.5 million a year between 2021 and 2024.", Verdict.unverified),
        # with no word for a sum or a mean, a figure 'to' is still the last year's
        ("Trade tripled to $13.5 million between 2022 and 2024.", Verdict.supported),
    ],
)
def test_averages_and_sums_over_years_are_computed_from_the_yearly_figures(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert _verdict(checker, text) is verdict


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("A hundred-odd people came.", "About a hundred people came."),
        ("Five hundred-odd people came.", "About five hundred people came."),
        ("Some 100-odd people came.", "Some about 100 people came."),
    ],
)
def test_a_figure_and_a_few_more_is_a_hedged_figure(text: str, read: str) -> None:
    assert spelled_periods(text) == read


def test_both_ways_and_one_way_words_come_from_the_lexicon() -> None:
    for said in ("a mutual waiver", "exempt each other", "works both ways", "one another's"):
        assert re.search(BOTH_WAYS, said)
    for said in ("a one-way waiver", "works one way only", "granted unilaterally"):
        assert re.search(ONE_SIDED, said)
        assert not re.search(BOTH_WAYS, said)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Vietnam and Kyrgyzstan exempt each other's citizens from visas.", Verdict.contradicted),
        ("The 60-day visa waiver works both ways.", Verdict.contradicted),
        ("Vietnam grants Kyrgyz citizens a 60-day visa exemption in return.", Verdict.contradicted),
        ("Kyrgyzstan grants Vietnamese citizens a one-way 60-day visa waiver.", Verdict.supported),
        ("Vietnamese citizens get a sixty-day visa exemption in Kyrgyzstan.", Verdict.supported),
        ("Kyrgyz citizens get a sixty-day visa exemption in Vietnam.", Verdict.contradicted),
    ],
)
def test_a_scheme_said_to_go_both_ways_differs_from_a_one_sided_one(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert _verdict(checker, text) is verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Vietnamese, Kyrgyz PMs sign double taxation deal", Verdict.contradicted),
        ("Vietnamese, Kyrgyz PMs sign joint statement", Verdict.supported),
        # a signing to come: the record has the ministries promote it and names no signer
        ("Vietnamese, Kyrgyz PMs to sign double taxation deal", Verdict.unverified),
    ],
)
def test_a_headline_s_present_tense_signing_is_a_signing(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert _verdict(checker, text) is verdict


def test_a_present_tense_signing_in_a_sentence_is_left_as_it_was() -> None:
    assert _claimed_status(parse_claim("The PMs sign a deal.")) is None
    assert _claimed_status(parse_claim("PMs sign deal")) is AgreementStatus.signed


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Ann came in 2020, Bo met her in 2021, and they wed.",
            "Ann came in 2020; Bo met her in 2021, and they wed.",
        ),
        ("Ann met Bo Lee, Cy Tan and Di Wu.", "Ann met Bo Lee, Cy Tan and Di Wu."),  # names
        ("It reached $4 million in 2022, $7 million in 2023, and more.", None),  # figures
        ("In 2023, Ann Lee visited Utopia, Bo met her, and they wed.", None),  # a setting
        ("The deal covered trade, Legal affairs, and aviation.", None),  # no verb after the comma
    ],
)
def test_the_first_comma_of_a_list_of_three_clauses_joins_clauses(
    text: str, read: str | None
) -> None:
    assert clause_lists(text) == (read or text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kyrgyzstan rose from 90th to 83rd among investors in Vietnam.", Verdict.unverified),
        ("Kyrgyzstan ranks 85th of 148 investors in Vietnam, up from 90th.", Verdict.contradicted),
        (
            "Kyrgyzstan ranks 83rd of 148 investors in Vietnam, up from 90th a year earlier.",
            Verdict.partly_supported,
        ),
    ],
)
def test_a_rank_said_up_from_is_an_earlier_one_the_record_does_not_hold(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert _verdict(checker, text) is verdict
