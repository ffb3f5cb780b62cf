"""The benchmark's grown stores: what kgvn itself would write, with references kept in a copy."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench", REPO / "benchmarks" / "bench.py")
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
