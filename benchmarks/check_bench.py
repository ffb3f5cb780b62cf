"""How `kgvn check` does on each split of claims: accuracy, false "supported", evidence, speed.

    .venv/bin/python benchmarks/check_bench.py [--split NAME]... [--misses]

With no --split, every split in `tests/claims/` is scored (tests/claims/README.md says where each
came from and which ones are blind).

Splits are JSON lines in `tests/claims/` ({"claim", "verdict", "records", "style"}); the
sixth-article split is checked against a copy of the store with the fictional sixth article
curated into it through the CLI (`tests/fixtures/sixth-article/`), built in a temporary folder.
"Evidence shown" counts the claims that name deciding records whose deciding record is among
those the result shows (deciding records and the closest others).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "tests" / "claims"
#: Fixed, so that "last year" reads the same on any day the benchmark runs.
TODAY = dt.date(2026, 11, 23)


def load_split(name: str) -> list[dict[str, Any]]:
    path = CLAIMS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def score(checker: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures for one split, and the claims it got wrong."""
    right = false_supported = with_records = shown = 0
    misses: list[tuple[str, str, str]] = []
    by_verdict: Counter[str] = Counter()
    right_by_verdict: Counter[str] = Counter()
    started = time.perf_counter()
    results = [checker.check(row["claim"]) for row in rows]
    elapsed = time.perf_counter() - started
    for row, result in zip(rows, results, strict=True):
        verdict = result.verdict.value
        by_verdict[row["verdict"]] += 1
        if verdict == row["verdict"]:
            right += 1
            right_by_verdict[row["verdict"]] += 1
        else:
            misses.append((row["claim"], row["verdict"], verdict))
        if verdict == "supported" and row["verdict"] != "supported":
            false_supported += 1
        if row.get("records"):
            with_records += 1
            ids = {record.id for record in result.shown}
            shown += any(record in ids for record in row["records"])
    return {
        "claims": len(rows),
        "by_verdict": dict(by_verdict),
        "right_by_verdict": {
            name: f"{right_by_verdict[name]}/{count}" for name, count in by_verdict.items()
        },
        "accuracy": right / len(rows) if rows else 0.0,
        "false_supported": false_supported,
        "evidence_shown": shown / with_records if with_records else 1.0,
        "ms_per_claim": 1000 * elapsed / len(rows) if rows else 0.0,
        "misses": misses,
    }


def real_checker() -> Any:
    from kgvn.check import Checker
    from kgvn.store import load_store

    return Checker(load_store(ROOT / "data" / "facts.json"), today=TODAY)


def sixth_article_checker(folder: Path) -> Any:
    """A copy of the store with the sixth article curated in through `source add`/`add`/`cite`."""
    sys.path.insert(0, str(ROOT / "tests"))
    from sixth_article import curate

    from kgvn.check import Checker
    from kgvn.store import load_store

    return Checker(load_store(curate(folder)), today=TODAY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", help="a file name in tests/claims/")
    parser.add_argument("--misses", action="store_true", help="list the claims it got wrong")
    options = parser.parse_args()
    splits = options.split or sorted(path.stem for path in CLAIMS.glob("*.jsonl"))
    checker = real_checker()
    with tempfile.TemporaryDirectory() as folder:
        for name in splits:
            used = sixth_article_checker(Path(folder)) if name == "sixth-article" else checker
            rows = load_split(name)
            score(used, rows[:20])  # warm up: the first claims build lazy indexes
            figures = score(used, rows)
            print(
                f"{name}: {figures['claims']} claims {figures['by_verdict']}; "
                f"right {figures['accuracy']:.1%}; false supported {figures['false_supported']}; "
                f"deciding record shown {figures['evidence_shown']:.1%}; "
                f"{figures['ms_per_claim']:.2f} ms/claim; "
                f"right by verdict {figures['right_by_verdict']}"
            )
            if options.misses:
                for claim, expected, got in figures["misses"]:
                    print(f"  expected {expected}, got {got}: {claim}")


if __name__ == "__main__":
    main()
