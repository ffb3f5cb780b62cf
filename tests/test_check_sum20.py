"""Rules found on the misses of a blind split of summaries that join facts from several
articles (blind-dev-d), each shown on other words and records than the split's own."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.readers import _claimed_status
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
