"""Tables as a person sees them, compared whole with tests/golden/*.txt.

Every list command at 80 columns, and the widest tables at 60, 100 and 120 too, over the shipped
record. After a deliberate change, rewrite the files (and the README's examples) with
`python tests/regenerate.py` and read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgvn.cli import app

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("KGVN_REGENERATE_GOLDEN") == "1"

LIST_COMMANDS = {
    "timeline": ["timeline"],
    "trade": ["trade"],
    "who": ["who"],
    "agreements": ["agreements"],
    "sources": ["sources"],
    "conflicts": ["conflicts"],
    "search": ["search", "visa"],
}
CASES = [(name, 80) for name in LIST_COMMANDS] + [
    (name, width)
    for name in ("timeline", "agreements", "who", "search")
    for width in (60, 100, 120)
]
#: Columns whose values must never be broken inside a word: ids, dates, kinds, statuses, sources.
UNBREAKABLE = ("date", "kind", "status", "sources", "measure", "type", "conflict", "rank", "id")


def table(words: list[str], width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    result = CliRunner().invoke(app, [*words, "--format", "table"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("name", "width"), CASES, ids=lambda value: str(value))
def test_tables_match_their_golden_rendering(
    name: str, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = table(LIST_COMMANDS[name], width, monkeypatch)
    path = GOLDEN / f"{name}-{width}.txt"
    if REGENERATE:
        path.write_text(shown, encoding="utf-8")
    assert shown == path.read_text(encoding="utf-8"), f"{path.name} drifted"
    assert max(len(line) for line in shown.splitlines()) <= width


@pytest.mark.parametrize("width", [60, 80, 100, 120])
@pytest.mark.parametrize("name", list(LIST_COMMANDS))
def test_no_table_breaks_an_id_date_kind_status_or_source(
    name: str, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = table(LIST_COMMANDS[name], width, monkeypatch).splitlines()
    result = CliRunner().invoke(app, [*LIST_COMMANDS[name], "--format", "tsv"])
    rows = result.stdout.splitlines()
    header = rows[0].split("\t")
    shown_columns = [key for key in UNBREAKABLE if key in header]
    for row in rows[1:]:
        values = dict(zip(header, row.split("\t"), strict=True))
        for key in shown_columns:
            if key == "id" and name != "search":
                continue  # ids are a column of the machine formats only, except in search
            for token in values[key].replace(";", " ").split():
                assert any(token in line for line in lines), f"{key} {token!r} broken"
