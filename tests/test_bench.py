"""The benchmark's grown stores: what kgvn itself would write, with references kept in a copy."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def _bench(name: str = "bench") -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_grown_store_is_canonical_json_with_fresh_ids(tmp_path: Path) -> None:
    bench = _bench()
    path = tmp_path / "facts.json"
    count, first_event = bench.write_grown_store(path, 3)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    shipped = json.loads((REPO / "data" / "facts.json").read_text(encoding="utf-8"))
    assert data["sources"] == shipped["sources"]
    assert first_event == shipped["events"][0]
    assert count == bench.record_count(data) == 3 * bench.record_count(shipped)
    ids = [item["id"] for key, items in data.items() if isinstance(items, list) for item in items]
    assert len(ids) == len(set(ids))
    second = data["events"][2 * len(shipped["events"]) :]
    assert second[0]["id"] == shipped["events"][0]["id"] + "-x2"
    participants = [name for event in second for name in event.get("participants", [])]
    assert participants
    assert all(name.endswith("-x2") for name in participants)


def test_a_grown_store_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    _bench().write_grown_store(path, 2)
    (tmp_path / "sources").symlink_to(REPO / "data" / "sources")
    done = subprocess.run(
        [sys.executable, "-m", "kgvn", "--data", str(path), "validate"],
        env={"PATH": "", "KGVN_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "events\t32\n" in done.stdout


def _rows(bench: ModuleType, factor: int, seconds: dict[str, float | None]) -> list[object]:
    """Bench rows of one store size: 100 MiB, every anchor 0.01 s, peak memory 200 MiB."""
    return [
        bench.Row(factor, 1000 * factor, 100.0, name, bench.Timing(took, 200 * 1024), "jq", 0.01)
        for name, took in seconds.items()
    ]


ALL_MET = {
    "first search (cold)": 0.015,
    "first who (cold)": 0.015,
    "first timeline (cold)": 0.015,
    "warm search": 0.02,
    "warm show ID": 0.02,
    "warm who": 0.02,
    "add (one event)": 0.2,
    "cite (one quote)": 0.2,
}


def test_the_benchmark_says_which_targets_a_run_met() -> None:
    bench, targets = _bench(), _bench("targets")
    startup = [bench.Startup("kgvn timeline --format json", 1.2, 48.0, 40.0, None)]
    big = {"warm search": 0.3, "warm show ID": 0.1, "first who (cold)": 0.1}
    rows = _rows(bench, 1000, ALL_MET) + _rows(bench, 10000, big)
    judged = targets.judge(rows, startup)
    assert all(target.met for target in judged), targets.lines(judged)
    assert targets.lines(judged)[-1] == f"{len(judged)} of {len(judged)} targets met in this run"


def test_a_target_missed_or_not_measured_is_said_so() -> None:
    bench, targets = _bench(), _bench("targets")
    slow = dict(ALL_MET, **{"warm show ID": 0.4})
    big = {"warm search": 0.3, "warm check (one claim)": None}
    rows = _rows(bench, 1000, slow) + _rows(bench, 10000, big)
    judged = {target.asked: target for target in targets.judge(rows, [])}
    assert judged["start-up: timeline --format json ≤ 1.3× import typer"].met is None
    missed = [asked for asked, target in judged.items() if target.met is False]
    assert missed == [
        "×1000: warm search, warm show ID, warm who ≤ 0.3 s",
        "×1000: warm search, warm show ID, warm who ≤ 3× sqlite3",
        "×10000: every reading command answers",
    ]
    assert "warm check (one claim)" in judged["×10000: every reading command answers"].measured
    assert "NOT MET" in "\n".join(targets.lines(list(judged.values())))
