"""One detail of a true fact changed: the record states another value, so the claim is
contradicted, while its true twin stays supported and a claim the record is silent on stays
unverified (issue #11, the fresh-false-2 split's kinds)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.weekdays import weekday
from kgvn.check.frame.leading import leading_relative
from kgvn.check.frame.recast import passive_invitation, recast, refusal


def _verdict(checker: Checker, claim: str) -> str:
    return checker.check(claim).verdict.value


# --- a weekday before a date with no year -----------------------------------------------------


def test_a_weekday_before_a_date_is_said_of_that_date() -> None:
    said = weekday("Cường received Kasymaliev on Friday, March 6.")
    assert said is not None
    assert (said.day, said.date) == (4, (3, 6))
    assert said.without == "Cường received Kasymaliev on March 6."


@pytest.mark.parametrize(
    "claim",
    [
        "Kasymaliev visited on Thursday and Friday, March 6-7.",
        "Kasymaliev visited on Friday, March 6 to 7.",
    ],
)
def test_two_weekdays_or_a_span_of_dates_are_not_one_day(claim: str) -> None:
    said = weekday(claim)
    assert said is None or said.date is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("State President Lương Cường received Kasymaliev on Thursday, March 6.", "supported"),
        ("State President Lương Cường received Kasymaliev on Friday, March 6.", "contradicted"),
        ("Kasymaliev held talks with Pham Minh Chinh on Wednesday, 6 March.", "contradicted"),
        (
            "Kasymaliev paid an official visit to Vietnam from Thursday, March 6 to Friday, "
            "March 7.",
            "supported",
        ),
    ],
)
def test_a_weekday_is_compared_with_the_day_the_record_dates(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


# --- a time between two events ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # 17 days: "a month" rounds to it, yet is off by nearly half of it
        (
            "Kasymaliev's visit began a month after the deputy ministers spoke by phone.",
            "contradicted",
        ),
        (
            "Kasymaliev's visit began 17 days after the deputy ministers spoke by phone.",
            "supported",
        ),
        # 160 days: "a year after" is not an order only, it is a time to measure
        (
            "Diplomatic relations were established a year after Vietnam recognised Kyrgyzstan's "
            "independence.",
            "contradicted",
        ),
        (
            "Diplomatic relations were established five months after Vietnam recognised "
            "Kyrgyzstan's independence.",
            "supported",
        ),
    ],
)
def test_a_time_between_two_events_is_measured(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


# --- host and guest, order said with a verb -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "meant"),
    [
        ("Cường was Kasymaliev's guest at a reception.", "Kasymaliev hosted Cường at a reception."),
        ("Kasymaliev was the guest of Cường on March 6.", "Cường hosted Kasymaliev on March 6."),
        ("The recognition preceded the visit.", "The recognition took place before the visit."),
        ("The talks followed the ceremony.", "The talks took place after the ceremony."),
        ("Trade rose in 2024.", "Trade rose in 2024."),
    ],
)
def test_recast_reads_guests_and_order_verbs(sentence: str, meant: str) -> None:
    assert recast(sentence) == meant


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kasymaliev was the guest of President Lương Cường at a reception on March 6.",
            "supported",
        ),
        ("President Lương Cường was Kasymaliev's guest at a reception on March 6.", "contradicted"),
        (
            "Nguyễn Quốc Cường's trip to Kyrgyzstan preceded Abdyldaev Erlan Bekeshovich's visit "
            "to Vietnam.",
            "supported",
        ),
        (
            "Abdyldaev Erlan Bekeshovich's visit to Vietnam preceded Nguyễn Quốc Cường's trip to "
            "Kyrgyzstan.",
            "contradicted",
        ),
    ],
)
def test_guests_and_order_verbs_are_checked(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


# --- what the record is silent on stays open --------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "Kasymaliev visited Ha Long Bay on the second day of his trip.",
        "The two prime ministers held a joint press conference after the talks.",
    ],
)
def test_a_near_miss_the_record_is_silent_on_stays_unverified(checker: Checker, claim: str) -> None:
    assert _verdict(checker, claim) == "unverified"


def test_a_second_visit_is_still_contradicted(checker: Checker) -> None:
    assert _verdict(checker, "Kasymaliev visited Vietnam for the second time.") == "contradicted"


# --- mode: by video, a meeting given a place against a phone call ----------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("To Lam and Kasymaliev held talks by video link on March 6.", "contradicted"),
        ("To Lam and Kasymaliev met on March 6.", "supported"),
        ("Lê Thị Thu Hằng met Abakirov Meder in Bishkek on February 17.", "contradicted"),
        # no day of the call: maybe another meeting
        ("Lê Thị Thu Hằng met with Abakirov Meder in Moscow.", "unverified"),
        ("To Lam met Kasymaliev in Hanoi on March 6.", "supported"),
    ],
)
def test_how_they_met_is_compared_with_the_record(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


# --- time of day ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The official welcome ceremony in Hanoi was held on the evening of March 6.",
            "contradicted",
        ),
        ("The official welcome ceremony was held on the morning of March 6.", "supported"),
        ("The official welcome ceremony took place on March 6 in the afternoon.", "contradicted"),
        # the record gives no time of day for the reception
        ("To Lam received Kasymaliev on the evening of March 6.", "unverified"),
    ],
)
def test_a_time_of_day_is_compared_with_the_one_the_quotes_give(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


# --- a denial bounded by 'before' -------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # his own first visit is the bound, not a contradiction; the record says it was his first
        ("Kasymaliev had never visited Vietnam before.", "supported"),
        ("Kasymaliev had never been to Vietnam before his official visit.", "supported"),
        ("Kasymaliev had visited Vietnam twice before.", "contradicted"),
        # an earlier visit by one of that kind contradicts; a narrower title stays open
        ("No Kyrgyz minister had visited Vietnam before Kasymaliev's trip.", "contradicted"),
        ("No Kyrgyz leader had visited Vietnam before Kasymaliev.", "unverified"),
        (
            "No Kyrgyz prime minister had visited Vietnam before Kasymaliev since diplomatic "
            "ties began in 1992.",
            "supported",
        ),
        # a year as the bound: only records dated before it
        ("No Kyrgyz foreign minister had visited Vietnam before 2015.", "contradicted"),
        ("No Kyrgyz foreign minister had visited Vietnam before 2014.", "unverified"),
        ("Nguyễn Khắc Định had never visited Kyrgyzstan before 2023.", "unverified"),
    ],
)
def test_a_denial_bounded_by_before_is_checked_against_what_came_before(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


def test_been_to_is_read_as_visited() -> None:
    assert recast("He has never been to Hanoi.") == "He has never visited Hanoi."
    assert recast("He had been to Hanoi before.") == "He had visited Hanoi before."


# --- a refusal, a call's two parties, a counterpart's nationality -----------------------------


def test_a_refusal_is_read_as_at_least_a_denial() -> None:
    assert refusal("They failed to sign a statement.") == "They did not sign a statement."
    assert refusal("He refused to accept it.") == "He did not accept it."
    assert refusal("They signed a statement.") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The two prime ministers failed to sign a joint statement on the visit.", "contradicted"),
        # the record has it still to be negotiated: not signed, and no refusal either
        ("The two sides failed to sign an agreement on double taxation avoidance.", "unverified"),
        ("On February 17, Nguyễn Quốc Cường held phone talks with Abakirov Meder.", "contradicted"),
        (
            "Lê Thị Thu Hằng held phone talks with her Vietnamese colleague Abakirov Meder.",
            "contradicted",
        ),
        ("Lê Thị Thu Hằng held phone talks with her Kyrgyz colleague Abakirov Meder.", "supported"),
    ],
)
def test_refusals_parties_and_counterparts(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


# --- a bare month; a word the record denies ---------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The deputy foreign ministers spoke on the phone in January.", "contradicted"),
        ("Lê Thị Thu Hằng held phone talks with Abakirov Meder in mid-February.", "supported"),
        # 'May' read as a month only when written as one
        ("To Lam received Kasymaliev in Hanoi in May.", "contradicted"),
        ("Kasymaliev visited Vietnam in early March.", "supported"),
        # the record says 'not sustainable': never supported, whoever is said to have said it
        ("Bilateral trade is sustainable.", "unverified"),
        ("Pham Minh Chinh reluctantly accepted Kasymaliev's invitation.", "contradicted"),
    ],
)
def test_months_and_denied_words(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # with no figure, the way a thing moved must be the record's own words' way
        ("Trade between the two countries decreased.", "unverified"),
        ("Bilateral trade has been growing gradually.", "supported"),
        # 'declined' with no object is a fall, not a refusal
        ("Trade declined from 2022 to 2023.", "contradicted"),
        ("Pham Minh Chinh declined the invitation.", "contradicted"),
    ],
)
def test_which_way_a_thing_moved(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Deputy Defence Minister Lê Thị Thu Hằng held phone talks with Abakirov Meder.",
            "contradicted",
        ),
        ("The two countries set up ties on June 4, 1993.", "contradicted"),
        ("Kasymaliev has visited Vietnam on several occasions.", "contradicted"),
    ],
)
def test_titles_ties_and_repeated_visits(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


def test_set_up_ties_is_read_as_established() -> None:
    assert (
        recast("They set up diplomatic ties in 1992.")
        == "They established diplomatic ties in 1992."
    )


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the letter's sender named after 'from': the letter on record, whose destination is set
        (
            "Kasymaliev handed over a letter from President Japarov inviting Lương Cường to visit "
            "Vietnam.",
            "contradicted",
        ),
        ("President Japarov's letter invited Lương Cường to visit Kazakhstan.", "contradicted"),
        # the sender as the one invited: another invitation, which the record does not hold
        ("Luong Cuong invited Sadyr Japarov to visit Vietnam.", "unverified"),
    ],
)
def test_where_an_invitation_is_to(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("No Vietnamese official visited Kyrgyzstan between 2009 and 2025.", "contradicted"),
        ("No Vietnamese official visited Kyrgyzstan between 2010 and 2020.", "unverified"),
        (
            "Kyrgyzstan grants Vietnamese a 60-day visa exemption under a bilateral agreement.",
            "contradicted",
        ),
    ],
)
def test_denials_over_a_span_and_schemes_both_ways(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # another meeting: the talks' date does not decide it
        ("Kasymaliev met Vietnamese students in Hanoi on March 7.", "unverified"),
        ("Kasymaliev met Pham Minh Chinh in Hanoi on March 7.", "contradicted"),
    ],
)
def test_a_meeting_with_an_audience_off_record(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Tea is Vietnam's only export to Kyrgyzstan.", "contradicted"),
        (
            "Kasymaliev was the first Kyrgyz official to visit Vietnam since relations began.",
            "unverified",
        ),
        (
            "Kasymaliev's official visit began a fortnight after the deputy foreign ministers' "
            "phone talks.",
            "contradicted",
        ),
        ("Lương Cường held a phone call with Kasymaliev on March 6.", "contradicted"),
    ],
)
def test_only_one_export_any_official_a_fortnight_a_call(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a body of one country named with another: the record's body, a wrong detail
        (
            "Kasymaliev was impressed by Vietnam's achievements under the leadership of the "
            "Communist Party of Kyrgyzstan.",
            "contradicted",
        ),
        # a region the records do not name, where they name another: never supported
        ("Chinh hoped Kyrgyzstan would connect Vietnam with Southeast Asia.", "unverified"),
        ("Kasymaliev spoke highly of Vietnam's role in the Southeast Asian region.", "supported"),
    ],
)
def test_regions_and_bodies_of_a_country(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


def test_a_relative_clause_on_a_leading_phrase_is_a_claim_of_its_own() -> None:
    assert leading_relative("During the visit, which lasted from May 2 to 4, Ann Lee met Bo.") == [
        "Ann Lee's visit lasted from May 2 to 4.",
        "During the visit, Ann Lee met Bo.",
    ]
    assert leading_relative("During the talks, which followed the ceremony, they agreed.") is None
    assert leading_relative("Ann Lee met Bo.") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "During the visit, which lasted from March 6 to 8, Kasymaliev met To Lam.",
            "contradicted",
        ),
        ("Abdyldaev Erlan Bekeshovich's 2014 visit was to Kyrgyzstan.", "contradicted"),
    ],
)
def test_what_a_trip_was_said_to_be(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


def test_doers_named_together_on_a_day_none_of_them_acted(checker: Checker) -> None:
    # had they acted together, it would still have been on the day claimed
    claim = "Lương Cường and To Lam received Kasymaliev on March 7."
    assert _verdict(checker, claim) == "contradicted"


@pytest.mark.parametrize(
    ("sentence", "meant"),
    [
        (
            "The invitation was declined by Bo with thanks.",
            "Bo declined the invitation with thanks.",
        ),
        ("It was on May 2, 1990, that Ann met Bo.", "Ann met Bo on May 2, 1990."),
        ("Utopia received a visit from Ann Lee in 2020.", "Ann Lee visited Utopia in 2020."),
    ],
)
def test_passives_clefts_and_visits_received_are_said_plainly(sentence: str, meant: str) -> None:
    assert recast(sentence) == meant


def test_an_invitation_in_the_passive_is_tried_actively() -> None:
    assert passive_invitation("Ann was invited to Utopia by Bo Tan.") == (
        "Bo Tan invited Ann to Utopia.",
        "Bo Tan",
    )
    assert passive_invitation("Ann invited Bo.") is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev's invitation was declined by Pham Minh Chinh.", "contradicted"),
        # the letter's sender is not the visit's inviter, whom the visit's record names: never
        # supported, and contradicted by that record (the dev split's label)
        ("Kasymaliev was invited to Vietnam by President Lương Cường.", "contradicted"),
        (
            "It was on June 14, 1992, that Hanoi and Bishkek established diplomatic ties.",
            "contradicted",
        ),
    ],
)
def test_said_in_the_passive_or_a_cleft(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan ranks in the top 50 investors in Vietnam.", "contradicted"),
        ("Kyrgyzstan is among the bottom ten investors in Vietnam.", "contradicted"),
        ("Kyrgyzstan ranks 83rd among 148 investors in Vietnam.", "supported"),
    ],
)
def test_a_bound_on_a_rank(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kyrgyzstan's visa waiver for Vietnamese lasts three months.", "contradicted"),
        ("Vietnamese can stay in Kyrgyzstan for up to a month without a visa.", "contradicted"),
        ("Kyrgyzstan grants Vietnamese citizens a two-month visa exemption.", "supported"),
    ],
)
def test_a_length_in_weeks_or_months(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the host side is the country the event was held in
        ("The Kyrgyz side hosted the welcome ceremony.", "contradicted"),
        ("Vietnam hosted the talks between the two prime ministers.", "supported"),
    ],
)
def test_the_side_that_hosted(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the one invited is not the one who invited, whichever way the record is read; the
        # visit was made at Chinh's invitation, so the passive is true
        ("Kasymaliev was invited to Vietnam by Pham Minh Chinh.", "supported"),
        ("Lương Cường was invited by Japarov to visit Kyrgyzstan.", "supported"),
        ("Pham Minh Chinh was invited by Kasymaliev to visit Kazakhstan.", "contradicted"),
    ],
)
def test_invited_by(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The visit was the first to Vietnam by a Vietnamese prime minister.", "contradicted"),
        (
            "The Vietnamese-funded project in Khanh Hoa makes and sells alcoholic drinks.",
            "unverified",
        ),
    ],
)
def test_the_side_of_a_visitor_or_an_investor(checker: Checker, claim: str, verdict: str) -> None:
    assert _verdict(checker, claim) == verdict
