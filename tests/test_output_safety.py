"""Text from the store never acts on a terminal or a spreadsheet, in any format.

A store is data a curator typed or pasted: it can hold escape sequences (OSC 52 writes the
clipboard), 8-bit CSI, bidirectional overrides, invisible characters, and cells a spreadsheet
would run as formulas. At a terminal every format shows them escaped; in a pipe TSV and CSV keep
the exact text; JSON escapes them and stays exact; CSV neutralises formulas unless asked not to.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Kgvn, canned_store

HOSTILE_TITLE = (
    "Talks \x1b]52;c;aGk=\x07 \x9b31m red \u202edesrever\u202c hid\u200bden"
    " tag\U000e0041 split\u2028line"
)
RAW_PIECES = ["\x1b", "\x9b", "\u202e", "\u200b", "\U000e0041", "\u2028", "\x07"]
FORMULA_TITLE = '=HYPERLINK("http://example.invalid","click")'


@pytest.fixture
def hostile_store(write_store: Callable[[Any], Path]) -> Path:
    data = canned_store()
    data["events"][1]["title"] = HOSTILE_TITLE
    data["events"][2]["title"] = FORMULA_TITLE
    data["events"][3]["title"] = "@SUM(1+1)"
    return write_store(data)


def run_at_a_terminal(store: Path, *args: str) -> str:
    """What kgvn writes when its stdout is a real terminal (a pseudo-terminal here)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kgvn", "--data", str(store), *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when kgvn exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    process.wait(timeout=60)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    return b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize("output_format", ["table", "tsv", "csv", "markdown"])
def test_every_text_format_escapes_the_store_at_a_terminal(
    hostile_store: Path, output_format: str
) -> None:
    shown = run_at_a_terminal(hostile_store, "timeline", "--format", output_format)
    for piece in RAW_PIECES:
        assert piece not in shown, (output_format, repr(piece))
    assert "\\x1b]52;c;aGk=\\x07" in shown
    assert "\\x9b31m" in shown
    assert "\\u202edesrever" in shown


def test_in_a_pipe_tsv_keeps_the_exact_text(hostile_store: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kgvn", "--data", str(hostile_store), "timeline", "-f", "tsv"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "\x1b]52;c;aGk=\x07" in result.stdout
    assert "\u2028" in result.stdout


@pytest.mark.parametrize("output_format", ["json", "jsonl"])
def test_json_is_exact_once_parsed_and_escaped_as_printed(
    hostile_store: Path, output_format: str
) -> None:
    result = Kgvn(hostile_store)("timeline", "--format", output_format)
    assert result.exit_code == 0
    for piece in RAW_PIECES:
        assert piece not in result.stdout
    text = result.stdout
    records = json.loads(text) if output_format == "json" else [
        json.loads(line) for line in text.splitlines()
    ]  # fmt: skip
    assert HOSTILE_TITLE in [record["title"] for record in records]


def test_csv_cells_that_start_a_formula_are_neutralised(hostile_store: Path) -> None:
    result = Kgvn(hostile_store)("timeline", "--format", "csv")
    titles = [row["title"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert "'" + FORMULA_TITLE in titles
    assert "'@SUM(1+1)" in titles
    assert FORMULA_TITLE not in titles


def test_csv_formulas_option_writes_cells_unchanged(hostile_store: Path) -> None:
    result = Kgvn(hostile_store)("--csv-formulas", "timeline", "--format", "csv")
    titles = [row["title"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert FORMULA_TITLE in titles


def test_the_computed_change_of_trade_is_not_a_formula() -> None:
    result = Kgvn(Path(__file__).resolve().parent.parent / "data" / "facts.json")(
        "trade", "--format", "csv"
    )
    changes = [row["computed_change"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert "'+US$3 million (+66.7%)" in changes
    assert not [change for change in changes if change.startswith(("+", "=", "-", "@"))]


def test_export_csv_neutralises_formulas_too(hostile_store: Path, tmp_path: Path) -> None:
    assert Kgvn(hostile_store)("export", "csv", str(tmp_path / "out")).exit_code == 0
    with (tmp_path / "out" / "events.csv").open(encoding="utf-8", newline="") as stream:
        titles = [row["title"] for row in csv.DictReader(stream)]
    assert "'" + FORMULA_TITLE in titles
    raw = tmp_path / "raw"
    assert Kgvn(hostile_store)("--csv-formulas", "export", "csv", str(raw)).exit_code == 0
    with (raw / "events.csv").open(encoding="utf-8", newline="") as stream:
        assert FORMULA_TITLE in [row["title"] for row in csv.DictReader(stream)]


def test_plain_negative_numbers_are_left_alone() -> None:
    from kgvn.render.base import spreadsheet_safe

    assert spreadsheet_safe("-3") == "-3"
    assert spreadsheet_safe("-2.5e3") == "-2.5e3"
    assert spreadsheet_safe("-3 people") == "'-3 people"
    assert spreadsheet_safe("\tindented") == "'\tindented"
