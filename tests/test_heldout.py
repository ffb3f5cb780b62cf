"""The held-out splits: claims written blind by someone else, never tuned on, scored once.

Each split's provenance and its figures are in tests/claims/README.md and the README ("How check
works"); the figures are reported, not required. What this test keeps is the one promise they
allow on every held-out split: a false claim is never called "supported".
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kgvn.check import Checker
from kgvn.store import load_store

CLAIMS = Path(__file__).resolve().parent / "claims"
HELDOUT = sorted(CLAIMS.glob("heldout-*.jsonl"))
REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))


def test_there_are_held_out_splits() -> None:
    assert HELDOUT, "no held-out split in tests/claims"


@pytest.mark.parametrize("split", HELDOUT, ids=[path.stem for path in HELDOUT])
def test_no_false_claim_of_a_held_out_split_is_called_supported(
    checker: Checker, split: Path
) -> None:
    """Run with -s to see the figures; the README reports them."""
    rows = _rows(split)
    results = [checker.check(row["claim"]) for row in rows]
    right = sum(
        result.verdict.value == row["verdict"] for row, result in zip(rows, results, strict=True)
    )
    falsely_supported = [
        row["claim"]
        for row, result in zip(rows, results, strict=True)
        if result.verdict.value == "supported" and row["verdict"] != "supported"
    ]
    print(f"\n{split.stem}: {right}/{len(rows)} right; false supported: {len(falsely_supported)}")
    assert len(rows) >= 30
    assert falsely_supported == []
