"""A sixth article the checker's code has never heard of, curated into a copy of the store.

The article (`tests/fixtures/sixth-article/article.txt`) is clearly fictional: new quantities
(students, scholarships, flights, tourists), an agreement that moves from under negotiation to
signed, a new person. It goes in through `kgvn source add`, `kgvn add` and `kgvn cite` only, and
its claims (`tests/claims/sixth-article.jsonl`) are checked with no change to the code.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sixth_article import FIXTURE, curate

from kgvn.check import Checker, Verdict
from kgvn.store import load_store
from kgvn.text import fold

CLAIMS = Path(__file__).resolve().parent / "claims" / "sixth-article.jsonl"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in CLAIMS.read_text("utf-8").splitlines() if line.strip()
]


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    store = curate(tmp_path_factory.mktemp("sixth"))
    return Checker(load_store(store), today=dt.date(2026, 11, 23))


def test_the_article_is_clearly_fictional_and_not_in_the_shipped_store() -> None:
    article = (FIXTURE / "article.txt").read_text("utf-8")
    assert article.startswith("FICTIONAL TEST ARTICLE")
    shipped = (Path(__file__).resolve().parent.parent / "data" / "facts.json").read_text("utf-8")
    assert "Tokonova" not in shipped and "sixth" not in json.loads(shipped)["sources"]


def test_there_are_thirty_claims_of_every_kind() -> None:
    verdicts = Counter(row["verdict"] for row in ROWS)
    assert len(ROWS) >= 30
    assert verdicts["supported"] >= 10 and verdicts["contradicted"] >= 10
    assert verdicts["unverified"] >= 3


def test_no_false_claim_on_the_new_facts_is_called_supported(checker: Checker) -> None:
    wrongly = [
        row["claim"]
        for row in ROWS
        if row["verdict"] != "supported"
        and checker.check(row["claim"]).verdict is Verdict.supported
    ]
    assert wrongly == []


def test_the_new_facts_are_checked_right_nine_times_in_ten(checker: Checker) -> None:
    """Run with -s to see the figure."""
    right = sum(checker.check(row["claim"]).verdict.value == row["verdict"] for row in ROWS)
    print(f"\nsixth article: {right}/{len(ROWS)} right")
    assert right / len(ROWS) >= 0.9


def test_the_deciding_record_is_among_those_shown(checker: Checker) -> None:
    decided = [row for row in ROWS if row["records"]]
    shown = [
        row
        for row in decided
        if set(row["records"]) & {record.id for record in checker.check(row["claim"]).shown}
    ]
    assert len(shown) / len(decided) >= 0.95


def test_the_checker_code_names_nothing_from_the_article() -> None:
    """Zero code changes: no word of the article's new facts is written in the checker."""
    package = Path(__file__).resolve().parent.parent / "kgvn" / "check"
    code = " ".join(fold(path.read_text("utf-8")) for path in package.rglob("*.py"))
    for word in ("tokonova", "scholarship", "flights", "students", "issyk"):
        assert word not in code, word
