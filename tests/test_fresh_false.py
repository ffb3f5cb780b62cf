"""The fresh-false split: one-detail-changed falsehoods (wrong speaker, proposer, inviter or
invitee, host and guest turned round, a qualifier, an order, a mode, a time of day, a status),
each beside its true twin, and sentences joining a true fact to one the record does not state.

Written from the five articles before the checker was changed for them (first score 75.5 %,
2 false "supported"), then tuned on: the figures are reported in the README, and the one
promise kept here is the checker's first rule, that no false claim of the split is called
supported and no claim a true fact with an unknown detail is called supported either.
`fresh-false-2` (one detail changed in a true fact, and near-misses the record is silent on;
first score 83.2 %, 4 false "supported") is held to the same promise, as are `fresh-false-4` and
`fresh-false-5` (figures worked out wrong, blocs swapped, signed for witnessed; 3 false
"supported" at first), and the blind tuning splits `blind-dev-a` to `blind-dev-g` (written by
helpers who saw only the articles and the store; at first 1 false "supported" in each of b and
c, a bridge whose two sides were turned round and signers the record does not name, and 2 in f,
a "him" the clause does not name and an agreement said to be among the documents signed).
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
#: Each fresh split of false claims, with the number of claims it must hold.
FRESH = {
    "fresh-false": 150,
    "fresh-false-2": 130,
    "fresh-false-4": 100,
    "fresh-false-5": 120,
    "blind-dev-a": 170,
    "blind-dev-b": 180,
    "blind-dev-c": 175,
    "blind-dev-d": 170,
    "blind-dev-e": 175,
    "blind-dev-f": 170,
    "blind-dev-g": 175,
    "blind-dev-j": 175,
    "blind-dev-i": 180,
    "blind-dev-h": 185,
    "blind-dev-l": 180,
    "blind-dev-k": 170,
    "blind-dev-m": 175,
    "blind-dev-n": 170,
    "blind-dev-o": 205,
    "blind-dev-p": 205,
    "blind-dev-q": 210,
    "blind-dev-r": 215,
}
REAL_STORE = Path(__file__).resolve().parent.parent / "data" / "facts.json"


def _rows(name: str) -> list[dict[str, Any]]:
    path = CLAIMS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(FRESH))
def test_no_false_or_half_true_claim_of_the_fresh_split_is_supported(name: str) -> None:
    checker = Checker(load_store(REAL_STORE), today=dt.date(2026, 11, 23))
    rows = _rows(name)
    assert len(rows) >= FRESH[name]
    wrongly = [
        row["claim"]
        for row in rows
        if row["verdict"] != "supported"
        and checker.check(row["claim"]).verdict.value == "supported"
    ]
    assert wrongly == []
