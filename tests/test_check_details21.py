"""The less obvious details of a story, in plain words (blind-dev-n, session 21).

Each rule is shown on its own first (made-up words where it reads text alone), then on the
real record with a true sentence and its one-detail false twin.
"""

from __future__ import annotations

import pytest

from kgvn.check import Checker, Verdict
from kgvn.check.compare.readers import _claimed_status
from kgvn.check.compare.regions import _head
from kgvn.check.frame.official import official_english
from kgvn.check.frame.relatives import preposition_relative
from kgvn.check.frame.tails import tails
from kgvn.claims import parse_claim
from kgvn.vocabulary import AgreementStatus

# --- 'N of their families': a count of the group's own families -------------------------------


def test_a_count_of_their_families_is_a_count_of_families() -> None:
    (count,) = parse_claim("Thirty of their families took citizenship.").counts
    assert (count.value, count.noun) == (30, "families")


def test_a_count_of_the_documents_stays_a_part_of_a_known_whole() -> None:
    # 'two of the documents' names a part of documents said elsewhere: not a count of them
    assert parse_claim("Two of the documents cover health.").counts == ()


def test_a_wrong_count_of_their_families_is_contradicted(checker: Checker) -> None:
    true = "About 100 Vietnamese live in Kyrgyzstan, and three of their families hold Kyrgyz citizenship."
    false = true.replace("three", "30")
    assert checker.check(true).verdict is Verdict.supported
    assert checker.check(false).verdict is Verdict.contradicted


# --- 'looking into whether X could be set up' is only a proposal ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the sides agreed to support looking into whether a council could be set up",
        "they looked into setting up a fund",
        "the two agreed to study the feasibility of a joint commission",
    ],
)
def test_looking_into_a_body_claims_it_only_proposed(text: str) -> None:
    assert _claimed_status(parse_claim(text)) is AgreementStatus.proposed


# --- a mode said with the other one denied ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ann met Bo by phone rather than in person.", "Ann met Bo by phone."),
        ("Ann met Bo in person, not by video link.", "Ann met Bo in person."),
        ("Ann met Bo face to face instead of online.", "Ann met Bo face to face."),
    ],
)
def test_the_denied_other_mode_adds_nothing(text: str, read: str) -> None:
    assert official_english(text) == read


def test_a_bare_not_before_a_mode_is_a_denial_kept() -> None:
    assert official_english("The talks were not in person.") == "The talks were not in person."


def test_a_mode_with_the_other_denied_is_checked_as_the_mode(checker: Checker) -> None:
    assert (
        checker.check("Hang and Abakirov held talks by phone rather than in person.").verdict
        is Verdict.supported
    )
    assert (
        checker.check("Chinh and Kasymaliev held talks by phone rather than in person.").verdict
        is Verdict.contradicted
    )


# --- the mode of a statement: the meetings of its speakers on its day -------------------------


def test_words_said_at_meetings_in_person_were_not_said_by_phone(checker: Checker) -> None:
    said = "Kasymaliev conveyed President Japarov's greetings to President Cuong"
    assert checker.check(f"{said} by telephone rather than in person.").verdict is (
        Verdict.contradicted
    )
    assert checker.check(f"{said}.").verdict is Verdict.supported


def test_words_said_on_a_phone_call_were_not_said_in_person(checker: Checker) -> None:
    said = "Hang affirmed {} Vietnam's commitment to deepening ties with traditional partners"
    assert checker.check(said.format("by phone") + ".").verdict is Verdict.supported
    assert checker.check(said.format("in person") + ".").verdict is Verdict.contradicted


# --- a region before the noun the record's region stands before ---------------------------------


def test_the_noun_after_a_region() -> None:
    assert _head("exports to the central asian market in general", "central asian") == "market"
    assert _head("a bridge to southeast asia", "southeast asia") == ""


def test_another_region_in_the_records_slot_differs(checker: Checker) -> None:
    said = "Chinh suggested exploring Halal product exports to the {} market."
    assert checker.check(said.format("Central Asian")).verdict is Verdict.supported
    assert checker.check(said.format("European")).verdict is Verdict.contradicted


def test_a_region_in_no_slot_of_the_record_stays_open(checker: Checker) -> None:
    claim = "Chinh hoped Kyrgyzstan would connect Vietnam with Southeast Asia."
    assert checker.check(claim).verdict is Verdict.unverified


# --- two bare titles spread over one act: each read as its holder -------------------------------


def test_two_bare_titles_each_thanking_are_each_their_holder(checker: Checker) -> None:
    claim = (
        "Both the State President and the Party General Secretary thanked Kyrgyzstan for "
        "looking after the Vietnamese community there."
    )
    assert checker.check(claim).verdict is Verdict.supported
    wrong = claim.replace("Kyrgyzstan", "Kazakhstan")
    assert checker.check(wrong).verdict is not Verdict.supported


def test_two_bare_titles_on_a_wrong_date_are_contradicted(checker: Checker) -> None:
    claim = (
        "Both the State President and the Party General Secretary received Kasymaliev on March 7."
    )
    assert checker.check(claim).verdict is Verdict.contradicted


# --- plain words for the record's ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Vietnam recognised Kyrgyzstan as a sovereign nation in 1991.", Verdict.supported),
        ("Kyrgyzstan recognised Vietnam as an independent country in 1991.", Verdict.contradicted),
        (
            "The deputy ministers agreed to make things ready for future delegation exchanges.",
            Verdict.supported,
        ),
        (
            "The documents signed after the talks dealt with health and civil aviation.",
            Verdict.contradicted,
        ),
        ("The Vietnamese community keeps loose ties with its home country.", Verdict.contradicted),
        (
            "Cashew nuts and tea appear on the lists of goods the two sides are to exchange.",
            (Verdict.supported),
        ),
    ],
)
def test_plain_words(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


# --- closing details with no comma: a purpose after the date, a thing brought along -----------


@pytest.mark.parametrize(
    ("sentence", "detail"),
    [
        (
            "Ann Lee visited Utopia in 2014 for political consultations.",
            "for political consultations",
        ),
        ("Ann Lee went to Utopia in 2019 for a regional summit.", "for a regional summit"),
        ("Ann Lee conveyed greetings to Bo Tan along with a painting.", "along with a painting"),
    ],
)
def test_a_closing_detail_with_no_comma(sentence: str, detail: str) -> None:
    assert detail in [found for _, found, _ in tails(sentence)]


def test_for_after_a_date_that_is_no_purpose_is_kept() -> None:
    # 'for the first time' is a qualifier of the fact, never a detail to set aside
    found = [detail for _, detail, _ in tails("Ann Lee visited Utopia in 2014 for the first time.")]
    assert "for the first time" not in found


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kyrgyz Foreign Minister Abdyldaev Erlan Bekeshovich visited Vietnam in 2014 for "
            "political consultations.",
            Verdict.partly_supported,
        ),
        (  # the call is taken for granted, not claimed: what is claimed is its length
            "The February 17 phone call between Le Thi Thu Hang and Abakirov Meder lasted about "
            "an hour.",
            Verdict.unverified,
        ),
        (
            "The February 18 phone call between Le Thi Thu Hang and Abakirov Meder lasted about "
            "an hour.",
            Verdict.contradicted,
        ),
        (
            "Kasymaliev conveyed President Japarov's greetings to President Chinh along with a "
            "traditional Kyrgyz gift.",
            Verdict.contradicted,
        ),
    ],
)
def test_closing_details_on_the_record(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict


# --- consultations held in a place: a stay there for them -------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Ann Lee held political consultations in Utopia in 2009.",
            "Ann Lee was in Utopia for political consultations in 2009.",
        ),
        ("Ann and Bo held consultations in person.", "Ann and Bo held consultations in person."),
        (  # talks held there too: a meeting, not only a stay
            "Ann and Bo held talks and consultations in Utopia.",
            "Ann and Bo held talks and consultations in Utopia.",
        ),
    ],
)
def test_consultations_held_in_a_place(text: str, read: str) -> None:
    assert official_english(text) == read


def test_consultations_held_in_the_wrong_year_are_contradicted(checker: Checker) -> None:
    said = "Deputy Foreign Minister Nguyen Quoc Cuong held political consultations in Kyrgyzstan in {}."
    assert checker.check(said.format(2009)).verdict is Verdict.supported
    assert checker.check(said.format(2011)).verdict is Verdict.contradicted


# --- 'the same day as': the two events' dates, day for day -----------------------------------


def test_the_same_day_as_another_event(checker: Checker) -> None:
    assert (
        checker.check("Kasymaliev met To Lam on the same day as his talks with Chinh.").verdict
        is Verdict.supported
    )
    assert (
        checker.check("The reception by To Lam took place the same day as the phone talks.").verdict
        is Verdict.contradicted
    )


def test_a_word_two_kinds_of_event_share_names_neither_alone(checker: Checker) -> None:
    # 'the talks' may be the prime ministers' talks or the deputies' phone talks: undecided
    claim = "Kasymaliev met To Lam the same day as the talks."
    assert checker.check(claim).verdict is Verdict.unverified


# --- 'one of the documents': among them ---------------------------------------------------------


def test_one_of_the_documents_signed(checker: Checker) -> None:
    said = "One of the documents signed during the visit covers {}."
    assert checker.check(said.format("education")).verdict is Verdict.supported
    assert checker.check(said.format("health")).verdict is Verdict.contradicted
    # 'one of the first countries' stays a claim of its own rank, not a member of a list
    assert checker.check("Viet Nam became one of the first countries to do so.").verdict is (
        Verdict.unverified
    )


def test_a_shared_word_goes_to_the_kind_the_words_name_most(checker: Checker) -> None:
    # 'held talks by phone': 'talks' is a meeting's word and a call's, 'phone' only a call's
    said = (
        "The talks between Chinh and Kasymaliev came less than {} weeks after the deputy "
        "ministers held talks by phone."
    )
    assert checker.check(said.format("three")).verdict is Verdict.supported
    assert checker.check(said.format("two")).verdict is Verdict.contradicted


# --- a number after the community's name that counts other things ----------------------------


def test_a_number_of_other_things_is_no_size_of_the_community(checker: Checker) -> None:
    # 'some 30 students' are a part the record does not count, not a community of 30
    claim = "The Vietnamese community numbers around 100 and includes some 30 students."
    assert checker.check(claim).verdict is Verdict.partly_supported
    assert (
        checker.check("The Vietnamese community in Kyrgyzstan numbers 300.").verdict
        is Verdict.contradicted
    )


def test_the_size_beside_a_count_of_families_is_compared_too(checker: Checker) -> None:
    said = "The Vietnamese community of around {} includes three families with Kyrgyz citizenship."
    assert checker.check(said.format(100)).verdict is Verdict.supported
    assert checker.check(said.format(300)).verdict is Verdict.contradicted


# --- a body named, then what kind of body it is, then a relative -------------------------------


def test_a_bloc_to_which_a_country_belongs() -> None:
    assert preposition_relative(
        "Ann joined talks on the Inner Union, a bloc to which Utopia belongs"
    ) == [
        "Ann joined talks on the Inner Union",
        "Utopia belongs to the Inner Union",
    ]


def test_a_resolve_is_a_commitment(checker: Checker) -> None:
    said = "Hang reaffirmed Vietnam's firm resolve to {} ties with traditional partners."
    assert checker.check(said.format("deepen")).verdict is Verdict.supported
    assert checker.check(said.format("cut")).verdict is Verdict.contradicted
