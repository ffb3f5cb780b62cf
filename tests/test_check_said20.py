"""Rules found on the misses of a blind split on who said and did what (blind-dev-j), each
shown on other words and records than the split's own."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.backing import _rephrase, only_considered
from kgvn.check.compare.fieldlists import field_status
from kgvn.check.compare.readers import _claimed_status, _side_contexts
from kgvn.check.compare.roles import slots
from kgvn.check.compare.signers import future_signers
from kgvn.check.frame.participles import bare_setting
from kgvn.check.lexicon import antonyms_of, region_forms
from kgvn.check.result import Status, Verdict
from kgvn.claims import parse_claim
from kgvn.models import AgreementStatus
from kgvn.text import fold

# --- talks told as over -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations on the accord have already been concluded.",
        "Talks on a trade pact were completed last year.",
        "The ministers wrapped up talks on a visa deal.",
    ],
)
def test_talks_told_as_over_claim_a_step_past_negotiation(text: str) -> None:
    assert _claimed_status(parse_claim(text)) is AgreementStatus.signed


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to conclude negotiations on a visa deal.",
        "Negotiations on the accord are under way.",
    ],
)
def test_talks_still_to_end_stay_under_negotiation(text: str) -> None:
    assert _claimed_status(parse_claim(text)) is AgreementStatus.under_negotiation


def test_talks_the_two_sides_ended_contradict_a_record_of_them_under_way(
    checker: Checker,
) -> None:
    result = checker.check(
        "The two sides have completed negotiations on an agreement on investment promotion "
        "and protection."
    )
    assert result.verdict is Verdict.contradicted


# --- a step only weighed ------------------------------------------------------------------------


def test_a_record_that_only_considers_a_step_names_its_hedge() -> None:
    record = "ann and bo agreed to consider backing each other's bids; they also met"
    assert only_considered("ann and bo pledged to back each other's bids", record, ["bids"]) == (
        "consider backing"
    )


def test_a_claim_that_weighs_the_step_too_keeps_the_record_hedge_its_own() -> None:
    record = "ann and bo agreed to consider backing each other's bids"
    said = "ann and bo agreed to study backing each other's bids"
    assert only_considered(said, record, ["bids"]) is None


def test_words_a_firm_clause_backs_are_not_hedged() -> None:
    record = "ann and bo agreed to raise trade, and to consider opening flights"
    assert only_considered("ann and bo agreed to raise trade", record, ["raise", "trade"]) is None


def test_regarding_is_not_weighing() -> None:
    record = "ann said her country considers bo's country a priority partner"
    said = "ann said her country sees bo's country as a priority partner"
    assert only_considered(said, record, ["priority", "partner"]) is None


def test_a_promise_the_named_people_only_weighed_is_contradicted(checker: Checker) -> None:
    result = checker.check(
        "To Lam and Kasymaliev pledged to support each other's candidacies at multilateral forums."
    )
    assert result.verdict is Verdict.contradicted
    part = next(part for part in result.parts if part.kind == "commitment")
    assert part.on_record == "consider supporting"


def test_a_step_only_weighed_told_as_taken_by_a_country_is_left_open(checker: Checker) -> None:
    result = checker.check("Vietnam backs Kyrgyzstan's candidacies at multilateral forums.")
    assert result.verdict is Verdict.unverified
    assert any(part.status is Status.not_on_record for part in result.parts)


# --- a signer to come ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ann will sign the accord", "ann"),
        ("the ministers, ann and bo, are expected to sign the accord", "ann and bo"),
        ("ann and bo to sign trade pact", "ann and bo"),
        ("they agreed to sign the accord", None),
        ("a pact which they hope to sign by june", None),
        ("ann signed the accord", None),
    ],
)
def test_who_a_claim_says_will_sign(text: str, who: str | None) -> None:
    assert future_signers(text) == who


def test_a_named_signer_to_come_of_a_record_with_none_is_left_open(checker: Checker) -> None:
    result = checker.check("Chinh plans to sign an agreement on double taxation avoidance.")
    assert result.verdict is Verdict.unverified
    part = next(part for part in result.parts if part.kind == "signer")
    assert part.status is Status.not_on_record


# --- the doer of a second verb ------------------------------------------------------------------


def test_a_second_verb_after_and_is_the_subjects_not_the_last_person_named(
    checker: Checker,
) -> None:
    """'A passed greetings to B and handed over a letter': A handed it over, not B."""
    right = checker.check(
        "Kasymaliev conveyed Japarov's greetings to Cuong and then delivered a letter from "
        "Japarov inviting Cuong to visit Kyrgyzstan."
    )
    assert right.verdict is Verdict.supported
    wrong = checker.check(
        "Cuong conveyed greetings to Kasymaliev and handed over Japarov's letter inviting him "
        "to Kyrgyzstan."
    )
    assert wrong.verdict is Verdict.contradicted


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("vietnam supports kyrgyzstan and is ready to help", "VN"),
        ("vietnam supports kyrgyzstan, and stands ready to help", "VN"),
    ],
)
def test_a_second_verb_after_an_object_country_is_not_said_of_it(text: str, side: str) -> None:
    assert {code for code, _ in _side_contexts(text)} == {side}


def test_a_go_between_after_a_second_verb_is_the_subject(checker: Checker) -> None:
    """'A supports B and is ready to act as its bridge': A is the bridge, 'its' is B."""
    right = checker.check(
        "Cuong said Vietnam supports Kyrgyzstan and is ready to serve as its bridge to "
        "Southeast Asia."
    )
    assert right.verdict is Verdict.supported
    wrong = checker.check(
        "Cuong said Kyrgyzstan supports Vietnam and is ready to act as its bridge to Southeast Asia."
    )
    assert wrong.verdict is Verdict.contradicted
    assert any(part.kind == "go-between" for part in wrong.parts)


def test_a_region_after_to_is_backed_by_any_word_for_it() -> None:
    assert "southeast\\ asia" in region_forms("southeast asian")
    assert region_forms("the far north") == "the\\ far\\ north"


# --- words that say the opposite of what was said -----------------------------------------------


@pytest.mark.parametrize(
    ("word", "opposite"),
    [
        ("commensurate", "modest"),
        ("adequate", "short"),
        ("stagnated", "progressed"),
        ("stalled", "improved"),
        ("inconclusive", "productive"),
        ("little", "significant"),
    ],
)
def test_opposite_words_of_levels_and_progress(word: str, opposite: str) -> None:
    assert opposite in antonyms_of(word)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("trade is in line with each side's potential", "trade fulfils potential"),
        ("trade is already on par with their potential", "trade is already fulfils potential"),
        ("Kyrgyzstan places great value on Vietnam's role", "kyrgyzstan highly values vietnam's role"),
        ("Kyrgyzstan placed little value on Vietnam's role", "kyrgyzstan undervalues vietnam's role"),
        # 'in line with' anything else is still 'respecting' it
        ("the talks were held in line with the agreement", "the talks were held respecting the agreement"),
    ],
)  # fmt: skip
def test_set_phrases_of_potential_and_value(text: str, read: str) -> None:
    """'On par with', 'in line with' their potential fulfil it; 'places little value on' is
    to undervalue (blind-dev-a, -i and -l)."""
    assert _rephrase(fold(text)) == read


def test_the_guest_one_speaks_to_is_no_word_of_the_statement(checker: Checker) -> None:
    """'Ann told her guest that …': the guest is whom she spoke to, as 'her counterpart' is."""
    right = checker.check(
        "Cuong told his guest that two-way trade remained modest compared with each country's "
        "potential."
    )
    assert right.verdict is Verdict.supported
    wrong = checker.check(
        "Cuong told his guest that two-way trade was adequate compared with each country's "
        "potential."
    )
    assert wrong.verdict is Verdict.contradicted


# --- a noun's doer after 'by'; a kindred field ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("They agreed to prepare visits, including a visit to Utopia by Ann Lee", []),
        ("The letter was delivered by Ann Lee", ["by"]),
        ("A message signed by Ann Lee", ["by"]),
        ("Ann Lee's phone call with Bo took place in May", []),
        ("It came after the start of Ann Lee's two-day official visit", []),
        ("Cy conveyed Ann Lee's greetings", ["from"]),
        ("Cy accepted Ann Lee's invitation to visit Utopia", ["from"]),
    ],
)
def test_by_after_a_noun_names_whose_it_is_not_who_acted(text: str, places: list[str]) -> None:
    assert [slot.place for slot in slots(text) if slot.text == "Ann Lee"] == places


def test_a_visit_by_another_person_in_an_example_is_a_detail(checker: Checker) -> None:
    result = checker.check(
        "The deputy ministers agreed to prepare delegation exchanges, including a trip to Hanoi "
        "by Chinh."
    )
    assert result.verdict is Verdict.partly_supported


@pytest.mark.parametrize(
    ("field", "known", "status"),
    [
        ("justice", "education legal affairs", Status.not_on_record),
        ("legal", "education legal affairs", Status.agrees),
        ("health", "education legal affairs", Status.differs),
    ],
)
def test_a_kindred_field_is_left_open(field: str, known: str, status: Status) -> None:
    assert field_status(field, known) is status


def test_a_records_government_of_a_country_is_that_countrys_government() -> None:
    """'the delegation of the Government of Utopia' in a record: the claim's 'Utopian
    government delegation' is not the other side's government."""
    record = "ann welcomed the delegation of the government of kyrgyzstan"
    assert ("KG", "govern") in _side_contexts(record, of_phrases=True)
    assert ("KG", "govern") not in _side_contexts(record)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "At the talks, Ann accepted Bo's invitation",
            ["Ann accepted Bo's invitation", "Ann held the talks"],
        ),
        ("At their talks, Ann thanked Bo", None),
        ("During talks in Utopolis on May 2, Ann thanked Bo", None),
    ],
)
def test_an_opening_meeting_named_by_the_alone_is_split_off(
    text: str, pieces: list[str] | None
) -> None:
    """'At the talks, X did Y': what X did is checked on its own, beside X holding the talks
    (a setting with a date or place is `opening_setting`'s)."""
    assert bare_setting(text, lambda clause: clause.split()[0]) == pieces


def test_a_bare_title_in_a_sentence_of_two_acts_is_read_as_the_holder_who_did_both(
    checker: Checker,
) -> None:
    """'The President thanked … and asked …': two presidents are on record; read as the one who
    met the people named, each act is his, so the sentence is supported, not half backed."""
    result = checker.check(
        "The President thanked the Kyrgyz government for supporting the Vietnamese in Kyrgyzstan "
        "and asked for continued assistance."
    )
    assert result.verdict is Verdict.supported
