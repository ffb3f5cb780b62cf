"""One organisation put where the record names another (the fresh-false-5 split: 'the ASEAN
region' for the CIS region, 'the Communist Party' among an exhibition's organisers)."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.orgswap import Organisation, swap
from kgvn.check.compare.qualifiers import Organiser

ORGS = [
    Organisation("nu", "Northern Union", ("northern union", "nu")),
    Organisation("sl", "Southern League", ("southern league",)),
    Organisation("ag", "Arts Guild", ("arts guild",)),
]


def test_a_swapped_organisation_is_found() -> None:
    found = swap("few in the southern league region", ["southern", "league"], ORGS,
                 "few in the Northern Union (NU) region", [])  # fmt: skip
    assert found == (["Southern League"], ["Northern Union"])


def test_nothing_else_may_be_open() -> None:
    assert swap("few in the southern league region lately", ["southern", "league", "lately"],
                ORGS, "few in the Northern Union region", []) is None  # fmt: skip


def test_an_extra_organisation_beside_the_records_is_not_a_swap() -> None:
    assert swap("at the northern union and the southern league", ["southern", "league"], ORGS,
                "at the Northern Union and the Arts Guild", []) is None  # fmt: skip


def test_a_closed_list_of_participants_may_lose_one() -> None:
    found = swap("run by the arts guild and the southern league", ["southern", "league"], ORGS,
                 "a show", ["ag", "nu"])  # fmt: skip
    assert found == (["Southern League"], ["Northern Union"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "Kyrgyzstan is among the few countries in the ASEAN region to grant Vietnamese "
            "citizens a 60-day visa exemption.",
            "contradicted",
        ),
        (
            "The photo exhibition was jointly organised by the Government Office and the "
            "Communist Party of Vietnam.",
            "contradicted",
        ),
        (
            "The photo exhibition was jointly organised by the Government Office and the VNA.",
            "supported",
        ),
    ],
)
def test_swaps_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


def test_an_adverb_between_organised_and_by_keeps_the_organisers() -> None:
    """'organised jointly by A and B' (blind-dev-m): the organisers are still read."""
    agents = Organiser([])._agents("the fair was organised jointly by the tin guild and the mint")
    assert agents == ["tin guild", "mint"]
    assert Organiser([])._agents("the fair was organised jointly") == []
