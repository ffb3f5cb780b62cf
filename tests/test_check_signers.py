"""Who signed and who looked on: leaders named as signing what the record says was signed in
their presence, or as witnessing what they signed themselves (the fresh-false-5 split)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.signers import claim_mode, record_mode, signer_clash


def _names(text: str) -> bool:
    return "ann" in text or "bo" in text.split()


@pytest.mark.parametrize(
    ("texts", "mode"),
    [
        (["Signed in the ministers' presence."], "witnessed"),
        (["they witnessed the signing of the accords"], "witnessed"),
        (["Signed by the two ministers."], "signed"),
        (["the leaders signed an accord"], "signed"),
        (["An accord on trade."], None),
    ],
)
def test_record_mode(texts: list[str], mode: str | None) -> None:
    assert record_mode(texts) == mode


@pytest.mark.parametrize(
    ("claim", "mode"),
    [
        ("ann and bo signed the accords", "signed"),
        ("the accords were signed by ann", "signed"),
        ("ann witnessed the signing of the accords", "witnessed"),
        ("the signing was witnessed by ann and bo", "witnessed"),
        ("the accord was witnessed by ann", "witnessed"),
        ("the accords were signed in the presence of ann", "witnessed"),
        ("the accords were signed after talks between ann and bo", None),
        ("ann held talks before the signing of the accords", None),
        ("the two countries signed the accords", None),
    ],
)
def test_claim_mode(claim: str, mode: str | None) -> None:
    assert claim_mode(claim, _names) == mode


def test_clash_needs_both_sides_to_say() -> None:
    assert signer_clash("ann signed it", ["An accord."], _names) is None
    assert signer_clash("ann signed it", ["Signed in ann's presence."], _names) == (
        "signed",
        "witnessed",
    )
    assert signer_clash("ann witnessed its signing", ["Signed in ann's presence."], _names) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chinh and Kasymaliev signed cooperation documents on civil aviation.", "contradicted"),
        ("The leaders witnessed the signing of documents on legal affairs.", "supported"),
        ("The prime ministers witnessed the signing of the joint statement.", "contradicted"),
        ("The leaders signed a joint statement after the talks.", "supported"),
        ("Vietnam and Kyrgyzstan signed cooperation documents on education.", "supported"),
    ],
)
def test_signer_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The two countries exchanged lists of goods that each country can export.",
            "contradicted",
        ),
        ("The coordination mechanisms between economic agencies have been set up.", "unverified"),
    ],
)
def test_done_for_what_is_still_negotiated(checker: Checker, claim: str, verdict: str) -> None:
    """Said as done, what is under negotiation is wrong; what is agreed in principle may be."""
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Citizens of both countries enjoy 60-day visa-free travel.", "contradicted"),
        ("Vietnamese citizens enjoy 60-day visa-free travel to Kyrgyzstan.", "supported"),
    ],
)
def test_both_sides_people_make_a_one_way_exemption_mutual(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert checker.check(claim).verdict.value == verdict
