"""Start-up and scaling figures for kgvn, as ratios measured in one run.

    python benchmarks/bench.py                      # start-up ratios and the scaling table
    python benchmarks/bench.py --quick              # fewer pairs and smaller stores
    python benchmarks/bench.py --factors 1 100 1000 10000
    python benchmarks/bench.py --no-scaling --against /tmp/kgvn-main   # start-up, old vs new

Scaling puts anchors beside kgvn in the same run: `jq` over the same JSON file, and `sqlite3`
with FTS5 over the database `kgvn export sqlite` writes. Ratios are kgvn's time over the anchor's.

Start-up is compared with `python -c "import typer"` on the same machine, interleaved pair by
pair, and the median ratio is reported: these machines are noisy, and a ratio measured in one
run survives the noise better than seconds do.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "data" / "facts.json"
BASELINE = [sys.executable, "-c", "import typer"]


def kgvn_command() -> list[str]:
    script = shutil.which("kgvn", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "kgvn"]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


class Startup(NamedTuple):
    name: str
    ratio: float
    ours_ms: float
    typer_ms: float
    #: The same ratio for another kgvn source tree (`--against`), measured in the same pairs.
    other_ratio: float | None


def startup_ratios(pairs: int, against: Path | None = None) -> list[Startup]:
    base_env = {key: value for key, value in os.environ.items() if not key.startswith("KGVN_")}
    base_env.pop("NO_COLOR", None)
    # As installed: a wheel's modules are byte-compiled, so let the first run write .pyc files.
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    kgvn = kgvn_command()
    cases: list[tuple[str, list[str], dict[str, str]]] = [
        ("kgvn timeline --format json", ["timeline", "--format", "json"], base_env),
        ("kgvn who chinh (piped)", ["who", "chinh"], base_env),
        (
            "kgvn timeline (colour table)",
            ["timeline", "--format", "table"],
            {**base_env, "FORCE_COLOR": "1", "COLUMNS": "100"},
        ),
        ("kgvn --help", ["--help"], base_env),
        (
            "completion (kgvn ti<Tab>)",
            [],
            {
                **base_env,
                "_KGVN_COMPLETE": "complete_bash",
                "COMP_WORDS": "kgvn ti",
                "COMP_CWORD": "1",
            },
        ),
    ]
    other = [sys.executable, "-c", "from kgvn.__main__ import main; main()"]
    results = []
    for name, arguments, env in cases:
        command = [*kgvn, *arguments]
        other_env = {**env, "PYTHONPATH": str(against)} if against else env
        timed(command, env)  # warm the file cache and any kgvn cache once
        if against:
            timed([*other, *arguments], other_env)
        ratios, ours, theirs, others = [], [], [], []
        for _ in range(pairs):
            baseline = timed(BASELINE, env)
            measured = timed(command, env)
            ratios.append(measured / baseline)
            ours.append(measured)
            theirs.append(baseline)
            if against:
                others.append(timed([*other, *arguments], other_env) / baseline)
        results.append(
            Startup(
                name,
                statistics.median(ratios),
                statistics.median(ours) * 1000,
                statistics.median(theirs) * 1000,
                statistics.median(others) if others else None,
            )
        )
    return results


def grown_store(factor: int) -> dict[str, Any]:
    """The shipped store `factor` times over, under fresh ids; references stay inside a copy."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    if factor == 1:
        return data
    grown = copy.deepcopy(data)
    collections = [
        key for key, value in data.items() if isinstance(value, list) and key != "sources"
    ]
    ids = {item["id"] for key in collections for item in data[key]}
    for copy_number in range(1, factor):
        suffix = f"-x{copy_number}"
        for key in collections:
            for item in data[key]:
                grown[key].append(_renamed(item, ids, suffix))
    return grown


#: Fields that hold record ids: renamed in each copy so references stay inside the copy.
REFERENCE_FIELDS = {
    "id", "participants", "speakers", "parties", "members", "subject",
    "investor", "host", "exporter", "importer",
}  # fmt: skip


def _renamed(value: Any, ids: set[str], suffix: str, field: str = "") -> Any:
    if isinstance(value, dict):
        return {key: _renamed(item, ids, suffix, key) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item, ids, suffix, field) for item in value]
    if isinstance(value, str) and field in REFERENCE_FIELDS and value in ids:
        return value + suffix
    return value


def record_count(data: dict[str, Any]) -> int:
    return sum(
        len(value) for key, value in data.items() if isinstance(value, list) and key != "sources"
    )


def measure(
    command: list[str], env: dict[str, str], stdin: Path | None = None
) -> tuple[float, int]:
    """Wall time and peak memory (KiB) of one run in a fresh child."""
    script = (
        "import resource, subprocess, sys, time\n"
        "source = open(sys.argv[1], 'rb') if sys.argv[1] else subprocess.DEVNULL\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[2:], stdin=source, stdout=subprocess.DEVNULL,"
        " stderr=subprocess.PIPE)\n"
        "elapsed = time.perf_counter() - start\n"
        "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
        "sys.stderr.write(done.stderr.decode(errors='replace')[:300])\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script, str(stdin or ""), *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak, code = finished.stdout.split()
    if code not in ("0", "1"):
        raise SystemExit(f"{' '.join(command)} failed with exit {code}: {finished.stderr}")
    return float(seconds), int(peak)


def best(command: list[str], env: dict[str, str], runs: int = 3) -> tuple[float, int]:
    """The fastest of a few warm runs (and its peak memory): the machine is shared and noisy."""
    found = [measure(command, env) for _ in range(runs)]
    return min(found)


class Row(NamedTuple):
    factor: int
    records: int
    file_mib: float
    name: str
    seconds: float
    peak_mib: float
    anchor: str
    anchor_seconds: float | None

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.anchor_seconds if self.anchor_seconds else None

    @property
    def memory_ratio(self) -> float:
        return self.peak_mib / self.file_mib


SEARCH_WORDS = ["trade", "investment"]
FTS_QUERY = (
    "SELECT record_id, snippet(search, 2, '[', ']', '…', 12) FROM search"
    " WHERE search MATCH 'trade AND investment' ORDER BY rank LIMIT 20"
)
SHOW_QUERY = "SELECT * FROM trade WHERE id = '{}'"
WHO_QUERY = (
    "SELECT p.id, p.name, group_concat(e.events_id) FROM people p"
    " LEFT JOIN events_participants e ON e.value = p.id"
    " WHERE p.name LIKE '%Chính%' GROUP BY p.id"
)


def scaling(factors: list[int]) -> list[Row]:
    """Every figure the targets speak of, with its anchor measured in the same run."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        for factor in factors:
            rows += _one_size(Path(folder), factor)
    return rows


def _one_size(folder: Path, factor: int) -> list[Row]:
    kgvn = kgvn_command()
    rows: list[Row] = []
    data = grown_store(factor)
    work = folder / f"store-{factor}"
    work.mkdir()
    (work / "sources").symlink_to(SHIPPED.parent / "sources")
    path = work / "facts.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    cache = folder / f"cache-{factor}"
    env = {**os.environ, "KGVN_DATA": str(path), "KGVN_CACHE_DIR": str(cache)}
    env.pop("NO_COLOR", None)
    size = path.stat().st_size / 2**20
    count = record_count(data)
    new_event = dict(data["events"][0], id="bench-new-event")
    del data

    def row(name: str, timing: tuple[float, int], anchor: str = "",
            anchor_seconds: float | None = None) -> None:  # fmt: skip
        rows.append(
            Row(factor, count, size, name, timing[0], timing[1] / 1024, anchor,
                anchor_seconds)
        )  # fmt: skip

    jq = best(["jq", "-c", "[.events[] | .id] | length", str(path)], env)
    database = folder / f"export-{factor}.sqlite"
    subprocess.run([*kgvn, "export", "sqlite", str(database)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    fts = best(["sqlite3", str(database), FTS_QUERY], env)
    shown = "trade-2024-x7" if factor > 7 else "trade-2024"  # a record from inside the store
    show = best(["sqlite3", str(database), SHOW_QUERY.format(shown)], env)
    who = best(["sqlite3", str(database), WHO_QUERY], env)
    row("jq over the file", jq)
    row("sqlite3 FTS5 search", fts)
    search = [*kgvn, "search", *SEARCH_WORDS, "--limit", "20", "--format", "json"]
    firsts = {
        "search": search,
        "who": [*kgvn, "who", "chinh", "--format", "json"],
        "timeline": [*kgvn, "timeline", "--format", "json"],
    }
    for name, command in firsts.items():
        shutil.rmtree(cache, ignore_errors=True)  # a new store version: nothing cached
        row(f"first {name} (cold)", measure(command, env), "jq", jq[0])
    warm = {
        "search": (search, "sqlite3", fts[0]),
        "show ID": ([*kgvn, "show", shown, "--format", "json"], "sqlite3", show[0]),
        "who": ([*kgvn, "who", "chinh", "--format", "json"], "sqlite3", who[0]),
        "timeline": ([*kgvn, "timeline", "--format", "json"], "jq", jq[0]),
        "validate": ([*kgvn, "validate"], "jq", jq[0]),
    }  # fmt: skip
    for name, (command, anchor, anchor_seconds) in warm.items():
        row(f"warm {name}", best(command, env), anchor, anchor_seconds)
    envelope = folder / "new.json"
    envelope.write_text(json.dumps({"collection": "events", "record": new_event}), "utf-8")
    row("add (one event)", measure([*kgvn, "add", "-"], env, stdin=envelope), "jq", jq[0])
    cite = [
        *kgvn, "cite", shown, "--source", "background", "--quote",
        "the two countries established diplomatic relations",
    ]  # fmt: skip
    row("cite (one quote)", measure(cite, env), "jq", jq[0])
    row("search after the writes", measure(search, env), "sqlite3", fts[0])
    shutil.rmtree(cache, ignore_errors=True)
    database.unlink()
    return rows


def versions() -> str:
    names = ["typer", "rich", "pydantic", "pydantic-core"]
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return f"Python {platform.python_version()} on {platform.machine()}; " + ", ".join(found)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="5 pairs; stores up to 100×")
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument(
        "--against",
        type=Path,
        help="another kgvn source tree (e.g. `git archive main | tar -x -C DIR`) to compare"
        " start-up with, in the same run",
    )
    parser.add_argument(
        "--factors", type=int, nargs="*", help="store sizes, as copies of the shipped store"
    )
    options = parser.parse_args()
    pairs = 5 if options.quick else options.pairs
    print(versions())
    print(f"cpu count {os.cpu_count()}")
    print()
    print(f"Start-up: median of {pairs} interleaved pairs against `python -c 'import typer'`")
    if options.against:
        print(f"(other: the kgvn source tree in {options.against}, measured in the same pairs)")
    print(f"{'command':34} {'ratio':>6} {'kgvn ms':>8} {'typer ms':>9} {'other':>6}")
    for item in startup_ratios(pairs, options.against):
        other = f"{item.other_ratio:6.2f}" if item.other_ratio is not None else ""
        print(f"{item.name:34} {item.ratio:6.2f} {item.ours_ms:8.1f} {item.typer_ms:9.1f} {other}")
    if options.no_scaling:
        return
    factors = options.factors or ([1, 10, 100] if options.quick else [1, 100, 1000])
    print()
    print("Scaling: the shipped store replicated under fresh ids; anchors measured in the same run")
    print("(cold: one run after the cache is cleared; warm: best of 3; ratio = kgvn / anchor)")
    header = ("×", "records", "MiB", "what", "seconds", "anchor", "ratio", "peak MiB", "peak/file")
    print("{:>6} {:>9} {:>7} {:26} {:>8} {:>8} {:>6} {:>9} {:>9}".format(*header))
    for row in scaling(factors):
        ratio = f"{row.ratio:6.2f}" if row.ratio is not None else " " * 6
        print(
            f"{row.factor:6} {row.records:9} {row.file_mib:7.1f} {row.name:26}"
            f" {row.seconds:8.3f} {row.anchor:>8} {ratio} {row.peak_mib:9.1f}"
            f" {row.memory_ratio:9.2f}"
        )


if __name__ == "__main__":
    main()
