"""`kgvn check`: verdicts on true and false claims, with the quote that decides each."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import Kgvn
from typer.testing import CliRunner

from kgvn.check import Checker, Status, Verdict, amount_agrees
from kgvn.claims import Hedge
from kgvn.cli import app
from kgvn.store import load_records

CLAIMS = Path(__file__).with_name("data") / "claims.tsv"


def claim_set() -> list[tuple[str, str]]:
    rows = [
        line.rstrip("\n").split("\t")
        for line in CLAIMS.read_text(encoding="utf-8").splitlines()
        if line
    ]
    return [(claim, verdict) for claim, verdict in rows]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_records(), today=dt.date(2026, 11, 23))


@pytest.mark.parametrize(("claim", "expected"), claim_set(), ids=lambda value: value[:50])
def test_verdicts_on_the_shipped_record(checker: Checker, claim: str, expected: str) -> None:
    result = checker.check(claim)
    assert result.verdict.value == expected, result.explanation
    if result.verdict is not Verdict.unverified:
        assert result.records, "a verdict must show the records that decide it"
        assert all(record.evidence for record in result.records)


def test_no_false_claim_is_ever_supported(checker: Checker) -> None:
    wrongly_supported = [
        claim
        for claim, expected in claim_set()
        if expected != "supported" and checker.check(claim).verdict is Verdict.supported
    ]
    assert wrongly_supported == []


def test_the_claim_set_is_balanced() -> None:
    verdicts = [verdict for _, verdict in claim_set()]
    assert verdicts.count("supported") >= 50
    assert verdicts.count("contradicted") >= 40
    assert verdicts.count("unverified") >= 10


def test_a_contradiction_shows_the_value_on_record(checker: Checker) -> None:
    result = checker.check("Two-way trade in 2023 stood at US$9 million.")
    assert result.verdict is Verdict.contradicted
    amount = next(part for part in result.parts if part.kind == "amount")
    assert (amount.text, amount.status, amount.on_record) == (
        "US$9 million",
        Status.differs,
        "US$7.5 million",
    )
    assert [record.id for record in result.records] == ["trade-2023"]
    assert {evidence.quote for evidence in result.records[0].evidence} == {
        "Two-way trade reached only 7.5 million USD in 2023",
        "$7.5 million in 2023",
    }


@pytest.mark.parametrize(
    "claim",
    [
        "Thủ tướng Phạm Minh Chính held talks with Adylbek Kasymaliev in Hanoi.",
        "Thu tuong Pham Minh Chinh held talks with Adylbek Kasymaliev in Hanoi.",
        "PHAM MINH CHINH held talks with KASIMALYEV in Hanoi.",
    ],
)
def test_vietnamese_names_with_and_without_diacritics(checker: Checker, claim: str) -> None:
    result = checker.check(claim)
    assert result.verdict is Verdict.supported
    assert result.records[0].id == "2025-03-06-pm-talks"


def test_a_number_the_checker_cannot_place_keeps_the_claim_unverified(checker: Checker) -> None:
    result = checker.check("The two prime ministers signed 12 cooperation documents.")
    assert result.verdict is not Verdict.supported


@pytest.mark.parametrize(
    ("claimed", "hedge", "on_record", "precision", "agrees"),
    [
        (13.5e6, Hedge.exact, 13.5e6, 1e5, True),
        (13.4e6, Hedge.exact, 13.5e6, 1e5, False),
        (14e6, Hedge.exact, 13.5e6, 1e6, False),
        (14e6, Hedge.about, 13.5e6, 1e6, True),
        (7e6, Hedge.about, 7.5e6, 1e6, False),
        (14e6, Hedge.nearly, 13.5e6, 1e6, True),
        (13e6, Hedge.nearly, 13.5e6, 1e6, False),
        (10e6, Hedge.more_than, 13.5e6, 1e6, True),
        (15e6, Hedge.more_than, 13.5e6, 1e6, False),
    ],
)
def test_approximations_are_read_honestly(
    claimed: float, hedge: Hedge, on_record: float, precision: float, agrees: bool
) -> None:
    assert amount_agrees(claimed, hedge, on_record, precision) is agrees


# --- the command ---------------------------------------------------------------------------------


def run(*args: str, input: str | None = None) -> object:
    return CliRunner().invoke(app, list(args), input=input)


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        ("Kyrgyzstan and Vietnam established diplomatic ties in June 1992.", 0),
        ("Two-way trade in 2023 stood at US$9 million.", 1),
        ("Vietnam's President visited Bishkek in 2018.", 3),
    ],
)
def test_exit_codes_follow_the_verdict(claim: str, code: int) -> None:
    result = CliRunner().invoke(app, ["check", claim])
    assert result.exit_code == code


def test_json_output_is_the_documented_object() -> None:
    result = CliRunner().invoke(
        app, ["check", "Two-way trade reached $13.5 million in 2024.", "--format", "json"]
    )
    data = json.loads(result.stdout)
    assert set(data) == {"claim", "verdict", "explanation", "parts", "records"}
    assert data["verdict"] == "supported"
    assert data["records"][0]["evidence"][0] == {
        "source": "background",
        "quote": "$13.5 million in 2024",
    }
    assert set(data["parts"][0]) == {"kind", "text", "value", "status", "on_record"}


def test_the_table_says_the_verdict_in_words_and_quotes_the_source() -> None:
    result = CliRunner().invoke(
        app, ["check", "Two-way trade in 2023 stood at US$9 million.", "--format", "table"]
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CONTRADICTED: ")
    assert "  ✗ amount US$9 million: differs (record: US$7.5 million)" in lines
    assert "    “$7.5 million in 2023” (background, VNA/VNS, 2025-03-05)" in lines


def test_batch_mode_checks_one_claim_a_line() -> None:
    draft = "\n".join(
        [
            "Kyrgyzstan and Vietnam established diplomatic ties in June 1992.",
            "",
            "Two-way trade in 2023 stood at US$9 million.",
            "Vietnam's President visited Bishkek in 2018.",
        ]
    )
    result = CliRunner().invoke(app, ["check", "-", "--format", "jsonl"], input=draft + "\n")
    verdicts = [json.loads(line)["verdict"] for line in result.stdout.splitlines()]
    assert verdicts == ["supported", "contradicted", "unverified"]
    assert result.exit_code == 1


def test_batch_tsv_has_one_header_and_a_row_per_claim() -> None:
    result = CliRunner().invoke(
        app,
        ["check", "-"],
        input="Trade reached $4.5 million in 2022.\nTrade reached $5 million in 2022.\n",
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "claim\tverdict\texplanation\trecords\tsources"
    assert [line.split("\t")[1] for line in lines[1:]] == ["supported", "contradicted"]


def test_an_empty_claim_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["check", "   "])
    assert result.exit_code == 2
    assert "the claim is empty" in result.stderr


def test_claimreview_has_the_fields_google_requires() -> None:
    result = CliRunner().invoke(
        app,
        ["check", "Two-way trade in 2023 stood at US$9 million.", "--format", "claimreview",
         "--author", "Example Fact Check", "--url", "https://example.org/checks/1"],
    )  # fmt: skip
    review = json.loads(result.stdout)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Two-way trade in 2023 stood at US$9 million."
    assert review["url"] == "https://example.org/checks/1"
    assert review["author"] == {"@type": "Organization", "name": "Example Fact Check"}
    rating = review["reviewRating"]
    assert (
        rating["@type"],
        rating["ratingValue"],
        rating["bestRating"],
        rating["worstRating"],
    ) == ("Rating", 1, 5, 1)
    assert rating["alternateName"] == "Contradicted by the record"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["citation"][0]["text"]


def test_claimreview_batch_gives_one_object_a_line() -> None:
    result = CliRunner().invoke(
        app,
        ["check", "-", "--format", "claimreview"],
        input="Trade reached $4.5 million in 2022.\nTrade reached $5 million in 2022.\n",
    )
    reviews = [json.loads(line) for line in result.stdout.splitlines()]
    assert [review["reviewRating"]["ratingValue"] for review in reviews] == [5, 1]


def test_check_works_on_another_store(kgvn: Kgvn) -> None:
    result = kgvn("check", "Trade reached 7.5 million USD in 2023.", "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "supported"
    assert kgvn("check", "Trade reached 8 million USD in 2023.").exit_code == 1


HEDGES = ("about", "around", "nearly", "exceeded", "more than", "some ")
SWAPS = [
    ("Kyrgyzstan exports", "Vietnam exports"),
    ("Vietnamese citizens", "Kyrgyz citizens"),
    ("June", "July"),
    ("August", "September"),
    ("December", "November"),
    ("February", "January"),
    ("Lương Cường", "To Lam"),
    ("To Lam", "Lương Cường"),
    ("in Hanoi", "in Bishkek"),
]


def falsified(claim: str) -> list[str]:
    """Variants of a true claim that are false: one figure, year, month, name or side changed."""
    variants = []
    if not any(hedge in claim.lower() for hedge in HEDGES):
        # the first day of a span ("from 6 to 7 March") is left alone: 7 to 7 would still be true
        for match in re.finditer(r"(?<![\d-])\d+(?:\.\d+)?(?![\d-]|\s+(?:to|and)\s+\d)", claim):
            number = match.group()
            if "." in number:
                changed = f"{float(number) + 1:.{len(number.split('.')[1])}f}"
            else:
                changed = str(int(number) + (1 if int(number) < 1000 else 3))
            variants.append(claim[: match.start()] + changed + claim[match.end() :])
    variants += [claim.replace(old, new, 1) for old, new in SWAPS if old in claim]
    return variants


def test_true_claims_made_false_are_never_supported(checker: Checker) -> None:
    wrongly_supported = [
        variant
        for claim, expected in claim_set()
        if expected == "supported"
        for variant in falsified(claim)
        if checker.check(variant).verdict is Verdict.supported
    ]
    assert wrongly_supported == []


def test_a_title_the_person_does_not_hold_contradicts(checker: Checker) -> None:
    result = checker.check(
        "State President To Lam received Kyrgyz Prime Minister Adylbek Kasymaliev."
    )
    assert result.verdict is Verdict.contradicted
    assert result.parts[0].on_record == "Party General Secretary"
