"""The machine formats as a contract: ISO dates, id columns, one list separator, every quote."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import Kgvn
from typer.testing import CliRunner

from kgvn.cli import app
from kgvn.render.base import LIST_SEPARATOR
from kgvn.text import fold

ISO_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
LIST_COMMANDS = [
    ["timeline"],
    ["trade"],
    ["who"],
    ["agreements"],
    ["sources"],
    ["conflicts"],
    ["search", "visit"],
]


def tsv_rows(text: str) -> list[dict[str, str]]:
    lines = text.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


@pytest.mark.parametrize("output_format", ["tsv", "csv"])
def test_timeline_dates_are_iso_8601_with_end_and_inferred_columns(
    kgvn: Kgvn, output_format: str
) -> None:
    text = kgvn("timeline", "--format", output_format).stdout
    reader = tsv_rows if output_format == "tsv" else lambda t: list(csv.DictReader(io.StringIO(t)))
    rows = reader(text)
    assert all(ISO_DATE.match(row["date"]) and ISO_DATE.match(row["end"]) for row in rows)
    visit = next(row for row in rows if row["id"] == "2025-03-06-visit")
    assert (visit["date"], visit["end"], visit["inferred"]) == (
        "2025-03-06",
        "2025-03-07",
        "date.year",
    )
    assert "*" not in text
    assert " – " not in text


def test_the_table_keeps_the_readable_span_and_the_inferred_mark(kgvn: Kgvn) -> None:
    table = kgvn("timeline", "--format", "table").stdout
    assert "2025-03-06 – 07*" in table


@pytest.mark.parametrize("words", LIST_COMMANDS, ids=lambda words: words[0])
def test_every_list_command_has_an_id_column_in_the_machine_formats(words: list[str]) -> None:
    result = CliRunner().invoke(app, [*words, "--format", "tsv"])  # the shipped record
    header = result.stdout.splitlines()[0].split("\t")
    assert "id" in header or "conflict" in header


def test_lists_are_joined_with_one_separator(kgvn: Kgvn) -> None:
    assert LIST_SEPARATOR == "; "
    trade = tsv_rows(kgvn("trade", "--format", "tsv").stdout)
    assert trade[1]["sources"] == "alpha; beta"
    agreements = tsv_rows(kgvn("agreements", "--format", "tsv").stdout)
    assert agreements[0]["parties"] == "Việt Nam; Kyrgyzstan"
    who = tsv_rows(kgvn("who", "--format", "tsv").stdout)
    assert all(", " not in row["sources"] for row in who)


def test_trade_machine_columns_carry_raw_numbers_and_iso_periods(kgvn: Kgvn) -> None:
    rows = tsv_rows(kgvn("trade", "--format", "tsv").stdout)
    assert rows[1]["computed_change_usd"] == "3000000"
    assert rows[1]["computed_change_percent"] == "66.7"


@pytest.mark.parametrize("output_format", ["tsv", "csv", "markdown", "json", "jsonl", "table"])
def test_show_carries_every_quote_in_every_format(kgvn: Kgvn, output_format: str) -> None:
    text = kgvn("show", "trade-2023", "--format", output_format).stdout
    for quote in ("$7.5 million in 2023", "Trade reached 7.5 million USD in 2023"):
        assert quote in text, output_format


def test_show_in_tsv_gives_nested_fields_as_json(kgvn: Kgvn) -> None:
    row = tsv_rows(kgvn("show", "adylbek-kasymaliev", "--format", "tsv").stdout)[0]
    assert json.loads(row["aliases"]) == [{"name": "Kasimalyev", "sources": ["beta"]}]
    assert json.loads(row["evidence"]) == [
        {"source": "alpha", "quote": "Prime Minister Adylbek Kasymaliev"}
    ]


def test_export_sqlite_dash_writes_the_database_to_stdout(kgvn: Kgvn, tmp_path: Path) -> None:
    result = kgvn("export", "sqlite", "-")
    assert result.exit_code == 0, result.stderr
    database = tmp_path / "out.db"
    database.write_bytes(result.stdout_bytes)
    count = sqlite3.connect(database).execute("SELECT count(*) FROM people").fetchone()
    assert count == (4,)
    assert not Path("-").exists()


def test_export_sqlite_dash_refuses_a_terminal(kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kgvn.terminal._isatty", lambda stream: True)
    result = kgvn("export", "sqlite", "-")
    assert result.exit_code == 2
    assert "binary" in result.stderr
    assert result.stdout == ""


def test_export_csv_dash_is_refused_clearly(kgvn: Kgvn) -> None:
    result = kgvn("export", "csv", "-")
    assert result.exit_code == 2
    assert "give a folder" in result.stderr


# --- other scripts ---------------------------------------------------------------------------------


def test_folding_transliterates_cyrillic() -> None:
    assert fold("Касымалиев") == "kasymaliev"
    assert fold("Кыргызстан") == "kyrgyzstan"
    assert fold("Nguyễn Khắc Định") == "nguyen khac dinh"


def test_who_finds_a_name_typed_in_cyrillic(kgvn: Kgvn) -> None:
    result = kgvn("who", "Касымалиев")
    assert result.exit_code == 0, result.stderr
    assert "Adylbek Kasymaliev" in result.stdout


def test_a_cyrillic_search_is_not_an_empty_query(kgvn: Kgvn) -> None:
    result = kgvn("search", "Кыргызстан")
    assert result.exit_code == 0, result.stderr
    assert "empty" not in result.stderr


def test_limit_keeps_only_the_legend_of_the_rows_shown() -> None:
    result = CliRunner().invoke(app, ["agreements", "--format", "table", "--limit", "1"])
    assert "pm-talks: Vietnamplus" in result.stdout
    assert "party-leader:" not in result.stdout
    assert "1 of 10 shown" in result.stderr
