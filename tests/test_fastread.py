"""Warm `search` and `show` in a pipe, answered without Typer: the same bytes as the full path.

Every case runs the real entry point twice in a pipe, once as it is and once with
`KGVN_NO_FASTREAD=1` (the full Typer command line), and compares stdout, stderr and the exit
code. The first run is made with `-X importtime`, which says whether Typer was imported: the
cases the fast path must answer are checked to have been answered without it, and the others
to have fallen through to the full command line.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import canned_store

from kgvn import fastread
from kgvn.errors import ExitCode

REPO = Path(__file__).resolve().parent.parent
HOSTILE_TITLE = "Talks \x1b]52;c;aGk=\x07 \x9b31m red \u202edesrever\u202c hid\u200bden"
FORMULA_TITLE = '=HYPERLINK("http://example.invalid","click")'


class Run(NamedTuple):
    code: int
    stdout: bytes
    stderr: bytes
    #: Whether the run imported Typer, i.e. took the full command line.
    full: bool


def run(
    store: Path, cache: Path, *args: str, full: bool = False, env: dict[str, str] | None = None
) -> Run:
    """`python -m kgvn --data STORE ARGS` in a pipe; `full` forces the Typer command line."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("KGVN_", "_KGVN")) and key not in {"FORCE_COLOR", "COLUMNS"}
    }
    environment.update(PYTHONPATH=str(REPO), KGVN_CACHE_DIR=str(cache), **(env or {}))
    if full:
        environment["KGVN_NO_FASTREAD"] = "1"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kgvn", "--data", str(store), *args],
        capture_output=True,
        env=environment,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    lines = result.stderr.splitlines(keepends=True)
    imports = [line for line in lines if line.startswith(b"import time:")]
    stderr = b"".join(line for line in lines if not line.startswith(b"import time:"))
    typer = any(line.rstrip().endswith((b" typer", b" typer.main")) for line in imports)
    return Run(result.returncode, result.stdout, stderr, typer)


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store with text that must never act on a terminal or a spreadsheet, and its warm cache."""
    folder = tmp_path_factory.mktemp("fastread")
    data = canned_store()
    data["events"][1]["title"] = HOSTILE_TITLE
    data["events"][2]["title"] = FORMULA_TITLE
    data["events"][3]["title"] = "@SUM(1+1) tab\there"
    store = folder / "facts.json"
    store.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    cache = folder / "cache"
    assert run(store, cache, "show", "trade-2023", full=True).code == 0  # builds the entry
    return store, cache


FORMATS = ["json", "jsonl", "csv", "tsv", "markdown"]
ANSWERED = [
    *[["search", "trade", "--format", name] for name in FORMATS],
    *[["search", "talks", "-f", name] for name in FORMATS],
    *[["search", "hyperlink", "sum", "--format", name] for name in FORMATS],
    *[["show", "1992-06-04-relations", "--format", name] for name in FORMATS],
    *[["show", "2009-cuong-visit", "-f", name] for name in FORMATS],
    ["search", "trade"],
    ["search", "trade", "2023", "--limit", "1"],
    ["search", "nguyễn", "khắc", "ĐỊNH", "-n", "2", "--no-headers"],
    ["search", "kasim", "--evidence", "--format", "csv"],
    ["search", "trade", "-e", "--limit=1", "--format=markdown"],
    ["search", "trade", "--limit", "100", "--format", "jsonl"],
    ["search", "hyperlink", "--csv-formulas", "--format", "csv"],
    ["search", "deputies", "--no-color", "-f", "tsv", "--debug"],
    ["search", "negotiate", "6"],
    ["search", "trade", "-f", "json", "2022"],
    ["search", "zeppelin"],
    ["search", "zeppelin", "--format", "json"],
    ["search", "zep\x1b[31mpelin\u202e"],
    ["search", "", "--format", "json"],
    ["search", "…", "-f", "tsv"],
    ["show", "trade-2023"],
    ["show", "trade-2023", "--no-headers", "--format", "csv"],
    ["show", "nguyen-khac-dinh", "--format", "json"],
    ["show", "joint-statement", "--format", "markdown"],
    ["show", "vn", "--csv-formulas", "-f", "csv"],
]
FALLS_THROUGH = [
    ["show", "no-such-record"],
    ["show", "no-such-record", "--format", "json"],
    ["show", "trade-20233"],
    ["show", "alpha", "--format", "json"],
    ["show", "2023-dinh-visit", "--context", "--format", "json"],
    ["search", "trade", "--format", "table"],
    ["search", "trade", "--format", "JSON"],
    ["search", "trade", "-fjson"],
    ["search", "trade", "--limit", "0"],
    ["search", "trade", "--limit", "-1"],
    ["search", "trade", "--limit", "two"],
    ["search", "trade", "--format", "json", "--format", "csv"],
    ["search", "trade", "--", "-5"],
    ["search", "trade", "--help"],
    ["search", "--format", "json"],
    ["show", "trade-2023", "trade-2022"],
    ["show", "trade-2023", "--evidence"],
    ["show", "trade-2023", "--limit", "1"],
    ["--format", "json", "show", "trade-2023"],
    ["show", "trade-2023", "--version"],
    ["timeline", "--format", "json"],
]


@pytest.mark.parametrize("args", ANSWERED, ids=" ".join)
def test_the_fast_path_prints_what_the_full_command_line_prints(
    warm: tuple[Path, Path], args: list[str]
) -> None:
    fast = run(*warm, *args)
    full = run(*warm, *args, full=True)
    assert full.full
    assert not fast.full, "the fast path did not answer"
    assert (fast.code, fast.stdout, fast.stderr) == (full.code, full.stdout, full.stderr)


@pytest.mark.parametrize("args", FALLS_THROUGH, ids=" ".join)
def test_what_the_fast_path_does_not_know_goes_to_the_full_command_line(
    warm: tuple[Path, Path], args: list[str]
) -> None:
    fast = run(*warm, *args)
    full = run(*warm, *args, full=True)
    assert fast.full, "the fast path answered a run it does not understand"
    assert (fast.code, fast.stdout, fast.stderr) == (full.code, full.stdout, full.stderr)


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "LANG": "C"},
        {"FORCE_COLOR": "1"},
        {"COLUMNS": "20", "TERM": "dumb"},
        {"KGVN_DEBUG": "1"},
    ],
    ids=str,
)
@pytest.mark.parametrize(
    "args", [["search", "nguyen", "talks"], ["show", "2023-dinh-visit", "-f", "markdown"]]
)
def test_the_environment_changes_nothing_between_the_paths(
    warm: tuple[Path, Path], env: dict[str, str], args: list[str]
) -> None:
    fast = run(*warm, *args, env=env)
    full = run(*warm, *args, full=True, env=env)
    assert not fast.full
    assert (fast.code, fast.stdout, fast.stderr) == (full.code, full.stdout, full.stderr)


def test_an_interrupted_run_exits_as_the_full_command_line_does() -> None:
    assert fastread.INTERRUPTED == ExitCode.INTERRUPTED


def test_an_unknown_id_keeps_its_message_and_exit_code(warm: tuple[Path, Path]) -> None:
    result = run(*warm, "show", "trade-20233")
    assert result.code == 1
    assert result.stdout == b""
    assert result.stderr.decode().startswith("kgvn: no record 'trade-20233'; nearest: trade-2023")


def test_settings_read_from_the_environment_decide_too(warm: tuple[Path, Path]) -> None:
    store, cache = warm
    fine = run(store, cache, "search", "trade", env={"KGVN_MAX_STORE_BYTES": "2G"})
    assert not fine.full
    bad = run(store, cache, "search", "trade", env={"KGVN_MAX_STORE_BYTES": "lots"})
    assert bad.full
    assert bad.code == 2
    assert bad.stderr == run(store, cache, "search", "trade", full=True,
                             env={"KGVN_MAX_STORE_BYTES": "lots"}).stderr  # fmt: skip
    assert run(store, cache, "search", "trade", env={"_KGVN_COMPLETE": "complete_bash"}).full


def test_a_cold_store_goes_to_the_full_command_line(tmp_path: Path) -> None:
    store = tmp_path / "facts.json"
    store.write_text(json.dumps(canned_store(), ensure_ascii=False), encoding="utf-8")
    cache = tmp_path / "cache"
    first = run(store, cache, "show", "trade-2023", "--format", "json")
    assert first.full
    second = run(store, cache, "show", "trade-2023", "--format", "json")
    assert not second.full
    assert second.stdout == first.stdout
    store.write_text(store.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a new version
    assert run(store, cache, "show", "trade-2023", "--format", "json").full


def test_a_tampered_row_falls_through_and_is_rebuilt(tmp_path: Path) -> None:
    store = tmp_path / "facts.json"
    store.write_text(json.dumps(canned_store(), ensure_ascii=False), encoding="utf-8")
    cache = tmp_path / "cache"
    for args in (["show", "trade-2023", "--format", "json"], ["search", "trade", "2023"]):
        honest = run(store, cache, *args, full=True)
        (entry,) = [path for path in cache.glob("*.sqlite") if path.name != "stamps.sqlite"]
        with contextlib.closing(sqlite3.connect(entry)) as database, database:
            database.execute(
                "UPDATE kgvn_records SET json = replace(json, '7500000', '9900000') WHERE id = ?",
                ("trade-2023",),
            )
        tampered = run(store, cache, *args)
        assert tampered.full, "a row that does not check was answered from"
        assert tampered == honest
        again = run(store, cache, *args)
        assert not again.full  # the full command line rebuilt the entry: warm again
        assert again.stdout == honest.stdout


def test_a_terminal_goes_to_the_full_command_line(
    warm: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = warm
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert fastread.answer(["--data", str(store), "search", "trade", "--format", "json"]) is None


def test_a_closed_pipe_ends_quietly(warm: tuple[Path, Path]) -> None:
    store, cache = warm
    environment = {**os.environ, "PYTHONPATH": str(REPO), "KGVN_CACHE_DIR": str(cache)}
    with subprocess.Popen(
        [sys.executable, "-m", "kgvn", "--data", str(store), "search", "trade", "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before a byte is read
        error = process.stderr.read()
        assert process.wait(timeout=60) == 0
    assert error == b""


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "trade"],
        ["--data", "x.json", "--no-color", "search", "a", "-e", "b", "--csv-formulas"],
        ["search", "a", "--data=x.json", "--limit=3", "--format=jsonl", "--no-headers"],
        ["show", "trade-2023", "-f", "csv", "--debug"],
    ],
)
def test_the_grammar_takes_the_options_that_matter_in_a_pipe(argv: list[str]) -> None:
    request = fastread.parse(argv)
    assert request is not None
    assert request.command == argv[argv.index(request.command)]
    assert request.words and not any(word.startswith("-") for word in request.words)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["search"],
        ["show"],
        ["who", "chinh"],
        ["search", "a", "--data"],
        ["search", "a", "--data", ""],
        ["search", "a", "--data", "-x"],
        ["search", "a", "--no-headers=1"],
        ["search", "a", "-n", "1", "--limit", "2"],
        ["search", "a", "-n", "1_0"],
        ["search", "a", "-n", "+1"],
        ["search", "a", "-"],
        ["show", "a", "--context"],
        ["show", "a", "--sources", "dir"],
        ["--max-store-size", "2G", "show", "a"],
    ],
)
def test_the_grammar_refuses_everything_else(argv: list[str]) -> None:
    assert fastread.parse(argv) is None


def test_the_grammar_names_only_real_options_of_the_full_command_line() -> None:
    """An option renamed in the Typer app and not here would be answered here, not refused."""
    import typer.main

    from kgvn.cli import app
    from kgvn.render import OutputFormat

    group = typer.main.get_command(app)
    program = {spelling: param for param in group.params for spelling in param.opts}
    for spelling in fastread.GLOBAL_FLAGS:
        assert getattr(program[spelling], "is_flag", False), spelling
    for spelling in fastread.GLOBAL_VALUED:
        assert not getattr(program[spelling], "is_flag", True), spelling
    commands = getattr(group, "commands", {})
    for name in fastread.FLAGS:
        options = {spelling: param for param in commands[name].params for spelling in param.opts}
        for spelling in fastread.FLAGS[name]:
            assert getattr(options[spelling], "is_flag", False), (name, spelling)
        for spelling in fastread.VALUED[name]:
            assert not getattr(options[spelling], "is_flag", True), (name, spelling)
    assert set(fastread.FORMATS) == {item.value for item in OutputFormat} - {"table"}


def test_falling_through_imports_nothing() -> None:
    """The cost of the fast path for every other run: a look at argv."""
    script = (
        "import sys; before = set(sys.modules); from kgvn.fastread import answer;"
        " assert answer(['timeline', '--format', 'json']) is None;"
        " assert answer(['search', 'x', '--help']) is None;"
        " print(' '.join(sorted(set(sys.modules) - before)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
    )
    assert set(result.stdout.split()) <= {"__future__", "kgvn", "kgvn.fastread"}


def test_the_answer_needs_neither_typer_nor_rich_nor_pydantic(warm: tuple[Path, Path]) -> None:
    store, cache = warm
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kgvn", "--data", str(store),
         "search", "trade", "--format", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "KGVN_CACHE_DIR": str(cache)},
        check=True,
    )  # fmt: skip
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
    assert "kgvn.fastread" in imported
    assert not imported & {"typer", "rich", "pydantic", "pydantic_core", "click"}
    assert json.loads(result.stdout)[0]["record_type"]


@pytest.fixture(autouse=True)
def _no_fastread_switch(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("KGVN_NO_FASTREAD", raising=False)
    yield
