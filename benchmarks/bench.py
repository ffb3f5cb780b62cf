"""Start-up and scaling figures for kgvn, as ratios measured in one run.

    python benchmarks/bench.py            # start-up ratios and the scaling table
    python benchmarks/bench.py --quick    # fewer pairs and smaller stores, for a smoke run

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
from typing import Any

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


def startup_ratios(pairs: int) -> list[tuple[str, float, float, float]]:
    base_env = {key: value for key, value in os.environ.items() if not key.startswith("KGVN_")}
    base_env.pop("NO_COLOR", None)
    kgvn = kgvn_command()
    cases: list[tuple[str, list[str], dict[str, str]]] = [
        ("kgvn timeline --format json", [*kgvn, "timeline", "--format", "json"], base_env),
        ("kgvn who chinh (piped)", [*kgvn, "who", "chinh"], base_env),
        (
            "kgvn timeline (colour table)",
            [*kgvn, "timeline", "--format", "table"],
            {**base_env, "FORCE_COLOR": "1", "COLUMNS": "100"},
        ),
        ("kgvn --help", [*kgvn, "--help"], base_env),
        (
            "completion (kgvn ti<Tab>)",
            kgvn,
            {
                **base_env,
                "_KGVN_COMPLETE": "complete_bash",
                "COMP_WORDS": "kgvn ti",
                "COMP_CWORD": "1",
            },
        ),
    ]
    results = []
    for name, command, env in cases:
        timed(command, env)  # warm the file cache and any kgvn cache once
        ratios, ours, theirs = [], [], []
        for _ in range(pairs):
            baseline = timed(BASELINE, env)
            measured = timed(command, env)
            ratios.append(measured / baseline)
            ours.append(measured)
            theirs.append(baseline)
        results.append(
            (name, statistics.median(ratios), statistics.median(ours), statistics.median(theirs))
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


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak memory (KiB) of one run in a fresh child."""
    script = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "elapsed = time.perf_counter() - start\n"
        "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
        "sys.stderr.write(done.stderr.decode(errors='replace')[:300])\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script, *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak, code = finished.stdout.split()
    if code not in ("0", "1"):
        raise SystemExit(f"{' '.join(command)} failed with exit {code}: {finished.stderr}")
    return float(seconds), int(peak)


def scaling(factors: list[int]) -> list[dict[str, Any]]:
    kgvn = kgvn_command()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for factor in factors:
            data = grown_store(factor)
            path = Path(folder) / f"store-{factor}.json"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            env = {
                **os.environ,
                "KGVN_DATA": str(path),
                "KGVN_CACHE_DIR": str(Path(folder) / "cache"),
            }
            env.pop("NO_COLOR", None)
            size_kib = path.stat().st_size // 1024
            commands = {
                "validate": [*kgvn, "validate"],
                "first read (cold)": [*kgvn, "sources", "--format", "json"],
                "search, 1st (index)": [*kgvn, "search", "trade", "investment", "--format", "json"],
                "search": [*kgvn, "search", "trade", "investment", "--format", "json"],
                "who": [*kgvn, "who", "chinh", "--format", "json"],
                "timeline": [*kgvn, "timeline", "--format", "json"],
                "show ID, 1st (index)": [*kgvn, "show", "trade-2024", "--format", "json"],
                "show ID": [*kgvn, "show", "trade-2024-x7", "--format", "json"],
            }
            for name, command in commands.items():
                seconds, peak_kib = measure(command, env)
                rows.append(
                    {
                        "factor": factor,
                        "records": record_count(data),
                        "file_kib": size_kib,
                        "command": name,
                        "seconds": seconds,
                        "peak_mib": peak_kib / 1024,
                        "memory_ratio": peak_kib / max(size_kib, 1),
                    }
                )
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
    options = parser.parse_args()
    pairs = 5 if options.quick else options.pairs
    print(versions())
    print(f"cpu count {os.cpu_count()}")
    print()
    print(f"Start-up: median of {pairs} interleaved pairs against `python -c 'import typer'`")
    print(f"{'command':34} {'ratio':>6} {'kgvn ms':>8} {'typer ms':>9}")
    for name, ratio, ours, theirs in startup_ratios(pairs):
        print(f"{name:34} {ratio:6.2f} {ours * 1000:8.1f} {theirs * 1000:9.1f}")
    if options.no_scaling:
        return
    # 770 copies of the 130-record store make the 100,000 records the targets speak of
    factors = [1, 10, 100] if options.quick else [1, 100, 770, 1000]
    print()
    print("Scaling: the shipped store replicated under fresh ids (one cold run each)")
    header = ("×", "records", "file KiB", "command", "seconds", "peak MiB", "peak/file")
    print("{:>5} {:>8} {:>9} {:18} {:>8} {:>9} {:>9}".format(*header))
    for row in scaling(factors):
        print(
            f"{row['factor']:5} {row['records']:8} {row['file_kib']:9} {row['command']:18}"
            f" {row['seconds']:8.3f} {row['peak_mib']:9.1f} {row['memory_ratio']:9.1f}"
        )


if __name__ == "__main__":
    main()
