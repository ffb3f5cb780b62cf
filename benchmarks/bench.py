"""Start-up and scaling figures for kgvn, as ratios measured in one run.

    python benchmarks/bench.py                      # start-up ratios and the scaling table
    python benchmarks/bench.py --quick              # fewer pairs and smaller stores
    python benchmarks/bench.py --factors 1 100 1000 10000
    python benchmarks/bench.py --no-scaling --against /tmp/kgvn-main   # start-up, old vs new
    python benchmarks/bench.py --no-startup --only check --stores /tmp/stores --factors 1000

Scaling puts anchors beside kgvn in the same run: `jq` over the same JSON file, and `sqlite3`
with FTS5 over the database `kgvn export sqlite` writes. Ratios are kgvn's time over the anchor's.
Stores are grown in a temporary folder (under $TMPDIR, else /tmp), a size at a time, and removed
after it; the 10,000× store is a gigabyte of JSON, and its first read takes a few GiB of memory.
`--stores DIR` grows them in DIR instead and keeps them for the next run (a store a timed write
changed is grown again). `--only` times only the commands named (the anchors always run).
A command still running after `--timeout` seconds is stopped and reported as not answering.

Start-up is compared with `python -c "import typer"` on the same machine, interleaved pair by
pair, and the median ratio is reported: these machines are noisy, and a ratio measured in one
run survives the noise better than seconds do.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "data" / "facts.json"
BASELINE = [sys.executable, "-c", "import typer"]


def kgvn_command() -> list[str]:
    script = shutil.which("kgvn", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "kgvn"]


def timed(command: list[str], env: dict[str, str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        check=False,
    )  # fmt: skip
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
    # Run in the other tree's folder: `python -c` puts the working folder first on sys.path,
    # which from this checkout would import this kgvn, not the other.
    other = [sys.executable, "-c", "from kgvn.__main__ import main; main()"]
    results = []
    for name, arguments, env in cases:
        command = [*kgvn, *arguments]
        other_env = {**env, "PYTHONPATH": str(against)} if against else env
        timed(command, env)  # warm the file cache and any kgvn cache once
        if against:
            timed([*other, *arguments], other_env, against)
        ratios, ours, theirs, others = [], [], [], []
        for _ in range(pairs):
            baseline = timed(BASELINE, env)
            measured = timed(command, env)
            ratios.append(measured / baseline)
            ours.append(measured)
            theirs.append(baseline)
            if against:
                others.append(timed([*other, *arguments], other_env, against) / baseline)
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


#: Stands for the copy number in a record's JSON text: filled in once per copy, by `str.replace`.
COPY_MARK = "\u2063copy\u2063"


def write_grown_store(path: Path, factor: int) -> tuple[int, dict[str, Any]]:
    """Write the shipped store `factor` times over, under fresh ids, as kgvn writes a store
    (`json.dumps(…, ensure_ascii=False, indent=2)`); references stay inside a copy.

    Streamed a copy at a time, each record's text made once with a mark where its copy number
    goes, so a 10,000× store (a gigabyte) is written in seconds without being held in memory.
    Returns the number of records and the first event.
    """
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    collections = [
        key for key, value in data.items() if isinstance(value, list) and key != "sources"
    ]
    ids = {item["id"] for key in collections for item in data[key]}
    with path.open("w", encoding="utf-8") as out:
        out.write("{")
        for position, (key, value) in enumerate(data.items()):
            out.write(",\n" if position else "\n")
            out.write(f"  {json.dumps(key)}: ")
            if key not in collections or not value:
                out.write(_indented(value, "  "))
                continue
            original = [_indented(item, "    ") for item in value]
            marked = [_indented(_renamed(item, ids, f"-x{COPY_MARK}"), "    ") for item in value]
            out.write("[\n    " + ",\n    ".join(original))
            for copy_number in range(1, factor):
                text = ",\n    ".join(marked).replace(COPY_MARK, str(copy_number))
                out.write(",\n    " + text)
            out.write("\n  ]")
        out.write("\n}\n")
    return record_count(data) * factor, data["events"][0]


def _indented(value: Any, indent: str) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


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


class Timing(NamedTuple):
    """One run: wall seconds (None if it did not answer in time), peak memory, how it ended."""

    seconds: float | None
    peak_kib: int
    #: Empty when the command answered (exit 0 or 1); else what happened instead.
    problem: str = ""


#: Exit codes of a command that answered: found, found nothing, and `check`'s verdicts.
ANSWERED = ("0", "1", "3", "5")
#: Seconds one command may take before the benchmark stops it and says so (`--timeout`).
TIMEOUT = 600.0

_MEASURE = """
import os, resource, signal, subprocess, sys, time
source = open(sys.argv[1], 'rb') if sys.argv[1] else subprocess.DEVNULL
start = time.perf_counter()
child = subprocess.Popen(sys.argv[3:], stdin=source, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, start_new_session=True)
try:
    error = child.communicate(timeout=float(sys.argv[2]))[1]
    code = str(child.returncode)
except subprocess.TimeoutExpired:
    os.killpg(child.pid, signal.SIGKILL)
    error, code = child.communicate()[1], 'timeout'
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
sys.stderr.write(error.decode(errors='replace')[:300])
"""


def measure(command: list[str], env: dict[str, str], stdin: Path | None = None) -> Timing:
    """Wall time and peak memory (KiB) of one run in a fresh child, stopped after `TIMEOUT`."""
    finished = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(stdin or ""), str(TIMEOUT), *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak, code = finished.stdout.split()
    if code == "timeout":
        return Timing(None, int(peak), f"did not answer within {TIMEOUT:g} s")
    if code not in ANSWERED:
        return Timing(None, int(peak), f"exit {code}: {finished.stderr.strip()[:120]}")
    return Timing(float(seconds), int(peak))


def best(command: list[str], env: dict[str, str], runs: int = 3) -> Timing:
    """The fastest of a few warm runs (and its peak memory): the machine is shared and noisy.

    A command that fails or does not answer in time is not tried again.
    """
    found = []
    for _ in range(runs):
        timing = measure(command, env)
        if timing.seconds is None:
            return timing
        found.append(timing)
    return min(found)


class Row(NamedTuple):
    factor: int
    records: int
    file_mib: float
    name: str
    timing: Timing
    anchor: str = ""
    anchor_seconds: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.timing.seconds is None or not self.anchor_seconds:
            return None
        return self.timing.seconds / self.anchor_seconds

    @property
    def memory_ratio(self) -> float:
        return self.timing.peak_kib / 1024 / self.file_mib

    def line(self) -> str:
        ratio = f"{self.ratio:6.2f}" if self.ratio is not None else " " * 6
        head = f"{self.factor:6} {self.records:9} {self.file_mib:7.1f} {self.name:26}"
        if self.timing.seconds is None:
            return f"{head} {self.timing.problem}"
        return (
            f"{head} {self.timing.seconds:8.3f} {self.anchor:>8} {ratio}"
            f" {self.timing.peak_kib / 1024:9.1f} {self.memory_ratio:9.2f}"
        )


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
#: The other reading commands, timed once each on a warm cache.
OTHER_READS = {
    "trade --year 2024": ["trade", "--year", "2024", "--format", "json"],
    "agreements": ["agreements", "--format", "json"],
    "sources": ["sources", "--format", "json"],
    "conflicts": ["conflicts", "--format", "json"],
    "check (one claim)": ["check", "Two-way trade reached $13.5 million in 2024.", "-f", "json"],
    "audit": ["audit"],
}
#: Stores above this size are read with the size limit raised (`KGVN_MAX_STORE_BYTES`).
DEFAULT_LIMIT_BYTES = 2**30


class Choice(NamedTuple):
    """Which rows to time (`--only`; empty: all) and where grown stores are kept (`--stores`)."""

    only: tuple[str, ...] = ()
    stores: Path | None = None

    def timed(self, name: str) -> bool:
        """Whether the row `name` is timed: every row, or those holding a word of `--only`."""
        return not self.only or any(word in name for word in self.only)


def scaling(factors: list[int], choice: Choice | None = None) -> Iterator[Row]:
    """Every figure the targets speak of, with its anchor measured in the same run, as measured."""
    given_up: set[str] = set()
    choice = choice or Choice()
    if choice.stores is not None:
        choice.stores.mkdir(parents=True, exist_ok=True)
        for factor in sorted(factors):
            yield from _one_size(choice.stores, factor, given_up, choice)
        return
    with tempfile.TemporaryDirectory(prefix="kgvn-bench-") as folder:
        for factor in sorted(factors):
            yield from _one_size(Path(folder), factor, given_up, choice)


def grown_store(folder: Path, factor: int) -> tuple[Path, int, dict[str, Any]]:
    """The store grown `factor` times in `folder` (its path, records and first event), written
    unless a store grown from the same shipped store is already there."""
    work = folder / f"store-{factor}"
    work.mkdir(exist_ok=True)
    if not (work / "sources").is_symlink():
        (work / "sources").symlink_to(SHIPPED.parent / "sources")
    path = work / "facts.json"
    marker = work / "grown-from"
    origin = f"{factor} {hashlib.sha256(SHIPPED.read_bytes()).hexdigest()}"
    if path.exists() and marker.exists() and marker.read_text("utf-8") == origin:
        shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
        return path, record_count(shipped) * factor, shipped["events"][0]
    marker.unlink(missing_ok=True)
    count, first_event = write_grown_store(path, factor)
    marker.write_text(origin, "utf-8")
    return path, count, first_event


def _one_size(folder: Path, factor: int, given_up: set[str], choice: Choice) -> Iterator[Row]:
    """The rows of one store size; `given_up` names the other reads that did not answer in time
    on a smaller store, which are not run again on this one."""
    kgvn = kgvn_command()
    path, count, first_event = grown_store(folder, factor)
    work = path.parent
    cache = folder / f"cache-{factor}"
    env = {**os.environ, "KGVN_DATA": str(path), "KGVN_CACHE_DIR": str(cache)}
    env.pop("NO_COLOR", None)
    if path.stat().st_size > DEFAULT_LIMIT_BYTES * 0.9:  # room for the writes to grow it
        env["KGVN_MAX_STORE_BYTES"] = "4G"
    size = path.stat().st_size / 2**20

    def row(name: str, timing: Timing, anchor: str = "", anchor_seconds: float | None = None
            ) -> Row:  # fmt: skip
        return Row(factor, count, size, name, timing, anchor, anchor_seconds)

    jq = best(["jq", "-c", "[.events[] | .id] | length", str(path)], env)
    yield row("jq over the file", jq)
    database = folder / f"export-{factor}.sqlite"
    exported = measure([*kgvn, "export", "sqlite", str(database)], env)
    yield row("export sqlite", exported)
    shown = "trade-2024-x7" if factor > 7 else "trade-2024"  # a record from inside the store
    fts = show = who = Timing(None, 0, "no exported database")
    if exported.seconds is not None:
        fts = best(["sqlite3", str(database), FTS_QUERY], env)
        show = best(["sqlite3", str(database), SHOW_QUERY.format(shown)], env)
        who = best(["sqlite3", str(database), WHO_QUERY], env)
    yield row("sqlite3 FTS5 search", fts)
    search = [*kgvn, "search", *SEARCH_WORDS, "--limit", "20", "--format", "json"]
    firsts = {
        "search": search,
        "who": [*kgvn, "who", "chinh", "--format", "json"],
        "timeline": [*kgvn, "timeline", "--format", "json"],
    }
    cold = [name for name in firsts if choice.timed(f"first {name} (cold)")]
    for name in cold:
        shutil.rmtree(cache, ignore_errors=True)  # a new store version: nothing cached
        yield row(f"first {name} (cold)", measure(firsts[name], env), "jq", jq.seconds)
    if not cold:  # not timed: the first read builds the cache entry, which the second awaits
        measure(search, env)
        measure(search, env)
    warm = {
        "search": (search, "sqlite3", fts.seconds),
        "show ID": ([*kgvn, "show", shown, "--format", "json"], "sqlite3", show.seconds),
        "who": ([*kgvn, "who", "chinh", "--format", "json"], "sqlite3", who.seconds),
        "timeline": ([*kgvn, "timeline", "--format", "json"], "jq", jq.seconds),
        "validate": ([*kgvn, "validate"], "jq", jq.seconds),
    }  # fmt: skip
    for name, (command, anchor, anchor_seconds) in warm.items():
        if choice.timed(f"warm {name}"):
            yield row(f"warm {name}", best(command, env), anchor, anchor_seconds)
    for name, arguments in OTHER_READS.items():  # that each answers at all: one run
        if not choice.timed(f"warm {name}"):
            continue
        if name in given_up:
            timing = Timing(None, 0, "not run: it did not answer on a smaller store")
        else:
            timing = measure([*kgvn, *arguments], env)
            if timing.problem.startswith("did not answer"):
                given_up.add(name)
        yield row(f"warm {name}", timing, "jq", jq.seconds)
    writes = [name for name in WRITES if choice.timed(name)]
    if writes:
        yield from _writes(kgvn, env, first_event, shown, folder, row, jq, fts)
    database.unlink(missing_ok=True)
    if choice.stores is None or writes:  # a store a write changed is grown again next time
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(work)


#: The rows of `_writes`: `--only` with any of these words times all three.
WRITES = ("add (one event)", "cite (one quote)", "search after the writes")


def _writes(
    kgvn: list[str],
    env: dict[str, str],
    first_event: dict[str, Any],
    shown: str,
    folder: Path,
    row: Callable[..., Row],
    jq: Timing,
    fts: Timing,
) -> Iterator[Row]:
    """A first write, a later one, and the read after them."""
    search = [*kgvn, "search", *SEARCH_WORDS, "--limit", "20", "--format", "json"]
    envelope = folder / "new.json"
    new_event = dict(first_event, id="bench-new-event")
    envelope.write_text(json.dumps({"collection": "events", "record": new_event}), "utf-8")
    yield row("add (one event)", measure([*kgvn, "add", "-"], env, stdin=envelope), "jq",
              jq.seconds)  # fmt: skip
    cite = [
        *kgvn, "cite", shown, "--source", "background", "--quote",
        "the two countries established diplomatic relations",
    ]  # fmt: skip
    yield row("cite (one quote)", measure(cite, env), "jq", jq.seconds)
    yield row("search after the writes", measure(search, env), "sqlite3", fts.seconds)


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
    global TIMEOUT  # one setting for every command measured
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="5 pairs; stores up to 100×")
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--no-startup", action="store_true", help="only the scaling table")
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        help=f"seconds one command may take before it is stopped (default {TIMEOUT:g})",
    )
    parser.add_argument(
        "--against",
        type=Path,
        help="another kgvn source tree (e.g. `git archive main | tar -x -C DIR`) to compare"
        " start-up with, in the same run",
    )
    parser.add_argument(
        "--factors", type=int, nargs="*", help="store sizes, as copies of the shipped store"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        default=(),
        metavar="WORD",
        help="time only the commands whose row holds one of these words (e.g. `check`,"
        " `first`, `warm who`); the anchors always run",
    )
    parser.add_argument(
        "--stores",
        type=Path,
        help="grow the stores in this folder and keep them for the next run",
    )
    options = parser.parse_args()
    pairs = 5 if options.quick else options.pairs
    TIMEOUT = options.timeout
    from targets import judge, lines  # beside this script, which is run as a file

    print(versions())
    print(f"cpu count {os.cpu_count()}")
    startups = [] if options.no_startup else print_startup(pairs, options.against)
    rows: list[Row] = []
    if not options.no_scaling:
        rows = print_scaling(options)
    print()
    print("Targets of issue #14, from the figures above:")
    for line in lines(judge(rows, startups)):
        print(line)


def print_scaling(options: argparse.Namespace) -> list[Row]:
    rows = []
    factors = options.factors or ([1, 10, 100] if options.quick else [1, 100, 1000])
    print()
    print("Scaling: the shipped store replicated under fresh ids; anchors measured in the same run")
    print("(cold: one run after the cache is cleared; warm: best of 3, the other reads once;")
    print(f"ratio = kgvn / anchor; a command is stopped after {TIMEOUT:g} s)")
    header = ("×", "records", "MiB", "what", "seconds", "anchor", "ratio", "peak MiB", "peak/file")
    print("{:>6} {:>9} {:>7} {:26} {:>8} {:>8} {:>6} {:>9} {:>9}".format(*header), flush=True)
    for row in scaling(factors, Choice(tuple(options.only), options.stores)):
        print(row.line(), flush=True)
        rows.append(row)
    return rows


def print_startup(pairs: int, against: Path | None) -> list[Startup]:
    print()
    print(f"Start-up: median of {pairs} interleaved pairs against `python -c 'import typer'`")
    if against:
        print(f"(other: the kgvn source tree in {against}, measured in the same pairs)")
    print(f"{'command':34} {'ratio':>6} {'kgvn ms':>8} {'typer ms':>9} {'other':>6}")
    results = startup_ratios(pairs, against)
    for item in results:
        other = f"{item.other_ratio:6.2f}" if item.other_ratio is not None else ""
        print(f"{item.name:34} {item.ratio:6.2f} {item.ours_ms:8.1f} {item.typer_ms:9.1f} {other}")
    return results


if __name__ == "__main__":
    main()
