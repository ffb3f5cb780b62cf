"""Issue #14's targets, judged from the figures of one benchmark run.

The benchmark prints its rows as it measures them; this turns those rows (and the start-up
ratios) into one line per target: what was asked, what was measured, met or not. A target
whose figures were not measured in the run (a factor or a row left out) says so rather than
passing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

#: The store size the targets speak of ("~114,000 records") and the big one ("~1.1 M").
MAIN_FACTOR = 1000
BIG_FACTOR = 10000
FIRST_READS = ("first search (cold)", "first who (cold)", "first timeline (cold)")
WARM_READS = ("warm search", "warm show ID", "warm who")
WRITES = ("add (one event)", "cite (one quote)")
#: Rows that read a store: their names begin so (and the search after the writes).
READING_PREFIXES = ("first ", "warm ", "search after")
#: From ×1000 to ×10,000 a linear cost grows 10×; noise and fixed costs allow half as much again.
LINEAR_SLACK = 1.5


class Size(NamedTuple):
    """The rows of one store size, by name."""

    factor: int
    rows: dict[str, Any]


class Target(NamedTuple):
    asked: str
    measured: str
    met: bool | None  # None: not measured in this run


def judge(rows: Sequence[Any], startups: Sequence[Any]) -> list[Target]:
    """Every target of the issue, from bench rows (`factor`, `name`, `timing`, `ratio`,
    `memory_ratio`) and start-up ratios (`name`, `ratio`)."""
    by_key = {(row.factor, row.name): row for row in rows}
    main = Size(MAIN_FACTOR, {name: row for (f, name), row in by_key.items() if f == MAIN_FACTOR})
    big = Size(BIG_FACTOR, {name: row for (f, name), row in by_key.items() if f == BIG_FACTOR})
    return [
        _startup(startups),
        _each(main, FIRST_READS, "≤ 2× jq", lambda row: _ratio_at_most(row, 2.0)),
        _each(main, WARM_READS, "≤ 0.3 s", lambda row: _seconds_at_most(row, 0.3)),
        _each(main, WARM_READS, "≤ 3× sqlite3", lambda row: _ratio_at_most(row, 3.0)),
        _each(main, WRITES, "≤ 1.5 s", lambda row: _seconds_at_most(row, 1.5)),
        _memory(main, reading=True, limit=8.0),
        _memory(main, reading=False, limit=3.0),
        _answers(big),
        _each(big, ("warm search", "warm show ID"), "≤ 0.5 s", lambda r: _seconds_at_most(r, 0.5)),
        _linear(main, big),
    ]


def _seconds_at_most(row: Any, limit: float) -> tuple[str, bool]:
    seconds = row.timing.seconds
    if seconds is None:
        return row.timing.problem, False
    return f"{seconds:.3f} s", seconds <= limit


def _ratio_at_most(row: Any, limit: float) -> tuple[str, bool]:
    if row.ratio is None:
        return row.timing.problem or "no anchor", False
    return f"{row.ratio:.2f}× {row.anchor}", row.ratio <= limit


def _each(
    size: Size,
    names: Iterable[str],
    asked: str,
    check: Callable[[Any], tuple[str, bool]],
) -> Target:
    """One target over several rows: met when every row meets it."""
    names, rows = list(names), size.rows
    title = f"×{size.factor}: {', '.join(names)} {asked}"
    if any(name not in rows for name in names):
        return Target(title, "not measured in this run", None)
    found = [(name, *check(rows[name])) for name in names]
    measured = "; ".join(f"{name.split(' (')[0]} {text}" for name, text, _ in found)
    return Target(title, measured, all(ok for _, _, ok in found))


def _startup(startups: Sequence[Any]) -> Target:
    asked = "start-up: timeline --format json ≤ 1.3× import typer"
    found = [item for item in startups if "timeline --format json" in item.name]
    if not found:
        return Target(asked, "not measured in this run", None)
    return Target(asked, f"{found[0].ratio:.2f}×", found[0].ratio <= 1.3)


def _memory(size: Size, reading: bool, limit: float) -> Target:
    rows = size.rows
    kind = "reads" if reading else "writes"
    names = [
        name
        for name, row in rows.items()
        if name.startswith(READING_PREFIXES) == reading
        and (reading or name in WRITES)
        and row.timing.seconds is not None
    ]
    asked = f"×{size.factor}: peak memory of {kind} ≤ {limit:g}× the file"
    if not names:
        return Target(asked, "not measured in this run", None)
    worst = max(names, key=lambda name: rows[name].memory_ratio)
    ratio = rows[worst].memory_ratio
    return Target(asked, f"at most {ratio:.1f}× ({worst})", ratio <= limit)


def _answers(size: Size) -> Target:
    rows = size.rows
    asked = f"×{size.factor}: every reading command answers"
    reading = {name: row for name, row in rows.items() if name.startswith(READING_PREFIXES)}
    if not reading:
        return Target(asked, "not measured in this run", None)
    silent = sorted(name for name, row in reading.items() if row.timing.seconds is None)
    if silent:
        return Target(asked, "no answer: " + ", ".join(silent), False)
    return Target(asked, f"all {len(reading)} answered", True)


def _linear(small: Size, large: Size) -> Target:
    steps = large.factor / small.factor
    asked = (
        f"cost linear at worst: ×{small.factor} → ×{large.factor} grows ≤ {steps * LINEAR_SLACK:g}×"
    )
    main, big = small.rows, large.rows
    shared = [
        name
        for name in main
        if name in big and main[name].timing.seconds and big[name].timing.seconds is not None
    ]
    if not shared:
        return Target(asked, "not measured in this run", None)
    growth = {name: big[name].timing.seconds / main[name].timing.seconds for name in shared}
    over = sorted(name for name, grew in growth.items() if grew > steps * LINEAR_SLACK)
    worst = max(growth, key=growth.__getitem__)
    measured = f"worst {growth[worst]:.1f}× ({worst})"
    if over:
        measured += "; over: " + ", ".join(f"{name} {growth[name]:.1f}×" for name in over)
    return Target(asked, measured, not over)


def lines(targets: Sequence[Target]) -> list[str]:
    """The targets as printed: one line each, then a count."""
    word = {True: "met", False: "NOT MET", None: "not measured"}
    out = [f"{word[target.met]:>12}  {target.asked}: {target.measured}" for target in targets]
    met = sum(target.met is True for target in targets)
    out.append(f"{met} of {len(targets)} targets met in this run")
    return out
