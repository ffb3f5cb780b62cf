"""Rules found on the misses of a blind split of summaries that join facts from several
articles (blind-dev-d), each shown on other words and records than the split's own."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.readers import _claimed_status
from kgvn.check.frame.participles import participle_said
from kgvn.check.frame.recast import recast
from kgvn.check.result import Verdict
from kgvn.claims import parse_claim
from kgvn.models import AgreementStatus

# --- a decision to set something up ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministers decided to establish a joint council.",
        "Both sides resolved to set up a working group.",
        "The leaders agreed to create a trade office.",
    ],
)
def test_a_decision_to_set_up_is_agreement_in_principle(text: str) -> None:
    assert _claimed_status(parse_claim(text)) is AgreementStatus.agreed_in_principle


def test_a_setting_up_told_as_done_is_still_read_as_done() -> None:
    assert _claimed_status(parse_claim("The ministers set up a joint council.")) is (
        AgreementStatus.signed
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The prime ministers decided to establish coordination mechanisms between "
            "agencies in charge of economics, trade and investment.",
            Verdict.supported,
        ),
        (
            "The two prime ministers decided to create an Intergovernmental Committee in "
            "March 2025.",
            Verdict.contradicted,
        ),
    ],
)
def test_decided_reads_as_agreed(checker: Checker, text: str, verdict: Verdict) -> None:
    assert checker.check(text).verdict is verdict


# --- 'spoke with', no mode said -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kasymaliev talked with President Cuong.", Verdict.supported),
        ("Kasymaliev spoke with To Lam in Bishkek.", Verdict.contradicted),
        ("Kasymaliev talked with Luong Cuong on March 8.", Verdict.contradicted),
        ("Kasymaliev spoke with To Lam by phone.", Verdict.contradicted),
        ("Kasymaliev had a call with To Lam.", Verdict.unverified),
        ("Kasymaliev held talks with To Lam.", Verdict.unverified),  # talks, not a reception
        ("Kasymaliev spoke with Nguyen Van An in Hanoi on March 9.", Verdict.unverified),
    ],
)
def test_spoke_with_is_decided_by_the_meeting_on_record(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert checker.check(text).verdict is verdict


def test_spoke_with_keeps_the_claim_it_was_asked(checker: Checker) -> None:
    result = checker.check("Kasymaliev talked with President Cuong.")
    assert result.claim == "Kasymaliev talked with President Cuong."
    assert [record.id for record in result.records] == ["2025-03-06-president-reception"]


# --- a message sent through a go-between ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Ann sent her greetings to Bo Lee through Cy.",
            "Cy conveyed greetings from Ann to Bo Lee.",
        ),
        (
            "The Queen sent a letter to Bo via Cy on May 2.",
            "Cy conveyed a letter from The Queen to Bo on May 2.",
        ),
        (
            "Ann, who became mayor in 2020, sent warm wishes to Bo through Cy.",
            "Cy conveyed warm wishes from Ann to Bo; Ann became mayor in 2020.",
        ),
    ],
)
def test_a_message_sent_through_someone_is_conveyed_by_them(text: str, read: str) -> None:
    assert recast(text) == read


def test_a_message_sent_with_no_go_between_is_left_as_it_is() -> None:
    assert recast("Ann sent her greetings to Bo.") == "Ann sent her greetings to Bo."


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Japarov sent his greetings to To Lam through Kasymaliev.", Verdict.contradicted),
        ("Japarov sent a letter to Cuong through Kasymaliev.", Verdict.supported),
        ("Japarov sent his greetings to Cuong through Chinh.", Verdict.unverified),
    ],
)
def test_a_message_sent_through_someone_on_the_record(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert checker.check(text).verdict is verdict


# --- 'among the fields' is 'as fields'; 'listed' changes nothing --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The prime ministers listed agriculture and culture-tourism among the areas of "
            "cooperation.",
            Verdict.supported,
        ),
        (
            "Transport and energy were among the fields Cuong listed for cooperation.",
            Verdict.supported,
        ),
        ("Cuong listed agriculture among the fields for cooperation.", Verdict.unverified),
        (  # the qualifier is read by its own phrase, not by the word 'among'
            "Kyrgyzstan is among the many countries to grant Vietnamese citizens a 60-day visa "
            "exemption.",
            Verdict.contradicted,
        ),
        # 'among the first' is no field or product: it still needs a record that says so
        ("Viet Nam became one of the first countries to do so.", Verdict.unverified),
    ],
)
def test_among_and_listed_are_ordinary_words(checker: Checker, text: str, verdict: Verdict) -> None:
    assert checker.check(text).verdict is verdict


# --- '…, while buying X': the main clause's subject did it --------------------------------------


@pytest.mark.parametrize(
    ("clause", "main", "said"),
    [
        ("buying tin from it", "Ann Lee sells salt to Bo", "Ann Lee bought tin from it"),
        ("visiting Utopolis", "Ann met Bo", "Ann visited Utopolis"),
        ("buying tin from it", "The two sides sell salt", "buying tin from it"),  # no name
        ("exports rose", "Ann sells salt", "exports rose"),  # no participle
    ],
)
def test_a_participle_after_while_is_said_of_the_named_subject(
    clause: str, main: str, said: str
) -> None:
    assert participle_said(clause, main) == said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kasymaliev held talks with Chinh, while visiting Bishkek.", Verdict.contradicted),
        (
            "Vietnam ships cashews to Kyrgyzstan, while buying coffee from it.",
            Verdict.partly_supported,
        ),
        ("Vietnam ships cashews to Kyrgyzstan, while buying silk from it.", Verdict.supported),
        # the product is on record, but in the other flow: the whole must not borrow it
        ("Vietnam ships pepper to Kyrgyzstan, while buying tea from it.", Verdict.partly_supported),
        ("Kyrgyzstan sells machinery to Vietnam, while buying pepper from it.", Verdict.supported),
    ],
)
def test_a_participle_after_while_on_the_record(
    checker: Checker, text: str, verdict: Verdict
) -> None:
    assert checker.check(text).verdict is verdict
