"""A name joined from two people's ('Sadyr Cuong'): each part is on record, the person is not."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.retrieve.mentions import mashed_names

PARTS = {
    "anna": frozenset({"anna-lewis"}),
    "lewis": frozenset({"anna-lewis", "boris-lewis"}),
    "boris": frozenset({"boris-lewis"}),
    "bo": frozenset({"bo-tan"}),
    "tan": frozenset({"bo-tan"}),
    "tanaka": frozenset({"kei-tanaka"}),
    "kei": frozenset({"kei-tanaka"}),
}


def test_a_run_of_capitals_from_two_peoples_names_is_mashed() -> None:
    assert mashed_names("Minister Tanaka Lewis met the envoy.", PARTS) == ("Minister Tanaka Lewis",)


def test_a_mashed_name_in_the_possessive_is_mashed() -> None:
    assert mashed_names("President Tanaka Lewis's letter arrived.", PARTS) == (
        "President Tanaka Lewis's",
    )


def test_one_persons_name_with_a_title_is_not_mashed() -> None:
    assert mashed_names("Prime Minister Kei Tanaka met Anna Lewis.", PARTS) == ()


def test_a_part_two_people_share_joins_either() -> None:
    assert mashed_names("Anna Lewis met Boris Lewis.", PARTS) == ()


def test_names_apart_or_in_lower_case_are_not_joined() -> None:
    assert mashed_names("Tanaka, Lewis and others met.", PARTS) == ()
    assert mashed_names("Tanaka lewis met.", PARTS) == ()


def test_short_words_that_also_open_sentences_are_left_out() -> None:
    """'To Lam', 'Le Thi Thu Hang': words under four letters are ordinary words too."""
    assert mashed_names("Bo Tanaka met Anna.", PARTS) == ()
    assert mashed_names("Tan Kei met Anna.", PARTS) == ()


@pytest.mark.parametrize(
    "claim",
    [
        "Pham Minh Kasymaliev held talks with Adylbek Kasymaliev in Hanoi.",
        "Adylbek Chinh held talks with Kasymaliev.",
        "Sadyr Cuong received Prime Minister Kasymaliev.",
        "The Kyrgyz premier passed on President Sadyr Cuong's greetings to Vietnam's President.",
    ],
)
def test_a_mashed_name_is_never_supported(checker: Checker, claim: str) -> None:
    result = checker.check(claim)
    assert result.verdict.value == "unverified"


def test_the_real_names_of_the_same_claim_are_supported(checker: Checker) -> None:
    claim = "Prime Minister Pham Minh Chinh held talks with Adylbek Kasymaliev in Hanoi."
    assert checker.check(claim).verdict.value == "supported"
    mashed = checker.check("Pham Minh Kasymaliev held talks with Adylbek Kasymaliev in Hanoi.")
    assert "Pham Minh Kasymaliev" in mashed.explanation
