"""An act said to someone given to the one spoken to (blind-dev-b and blind-dev-c): 'Bo
proposed X' where the record has Ann propose X at a meeting with Bo is contradicted."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.sideslots import _addressed


@pytest.mark.parametrize(
    ("verb", "addressed"),
    [("proposed", True), ("suggests", True), ("urged", True), ("called on", True),
     ("met", False), ("thanked", False), ("invited", False)],
)  # fmt: skip
def test_addressed_verbs(verb: str, addressed: bool) -> None:
    assert _addressed(verb) is addressed


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev proposed cooperation on Halal products for the Central Asian market.", "contradicted"),
        ("Chinh proposed cooperation on Halal products for the Central Asian market.", "supported"),
        # an act the record gives to no one at that meeting: not decided
        ("Kasymaliev proposed building a hydropower plant in Kyrgyzstan.", "unverified"),
        # thanks go either way: the record does not say the other did not thank
        ("Kasymaliev thanked Vietnam for supporting Kyrgyzstan's candidacies.", "unverified"),
    ],
)  # fmt: skip
def test_the_one_spoken_to_as_the_doer(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev handed President Japarov's invitation letter to Party General Secretary To Lam.", "contradicted"),
        ("Kasymaliev handed President Japarov's invitation letter to President Luong Cuong.", "supported"),
        # greetings are conveyed, not handed over: the recipient need not be there
        ("Kasymaliev conveyed Japarov's greetings to Luong Cuong.", "supported"),
    ],
)  # fmt: skip
def test_a_thing_handed_over_goes_to_someone_there(
    checker: Checker, claim: str, verdict: str
) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    "claim",
    [
        "Luong Cuong handed Japarov's invitation letter to Kasymaliev.",
        "Japarov handed his invitation letter to Luong Cuong.",
    ],
)
def test_handed_carries_the_letter_as_delivered_does(checker: Checker, claim: str) -> None:
    """'handed' (not only 'handed over') names who carried it: another than the record's is
    wrong (these were called supported)."""
    assert checker.check(claim).verdict.value == "contradicted"
