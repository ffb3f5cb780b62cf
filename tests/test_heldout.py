"""The held-out split: claims written blind by someone else, never tuned on, scored once.

The figures are reported in the README ("How check works"); this test keeps the one promise
they allow (see the README for the accuracy and evidence figures, which are reported, not
required).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kgvn.check import Checker
from kgvn.store import load_store

HELDOUT = Path(__file__).resolve().parent / "claims" / "heldout.jsonl"
REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"

pytestmark = pytest.mark.skipif(not HELDOUT.exists(), reason="no held-out split in this checkout")


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in HELDOUT.read_text("utf-8").splitlines() if line.strip()]


def test_the_held_out_split_is_scored() -> None:
    """Run with -s to see the figures; the README reports them."""
    checker = Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))
    rows = _rows()
    results = [checker.check(row["claim"]) for row in rows]
    right = sum(
        result.verdict.value == row["verdict"] for row, result in zip(rows, results, strict=True)
    )
    falsely_supported = [
        row["claim"]
        for row, result in zip(rows, results, strict=True)
        if result.verdict.value == "supported" and row["verdict"] != "supported"
    ]
    print(f"\nheld-out: {right}/{len(rows)} right; false supported: {len(falsely_supported)}")
    assert len(rows) >= 30
