"""The lookup commands as a user runs them: timeline, trade, who, agreements, sources, show."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import Kgvn

from kgvn.render import OutputFormat

# --- timeline ------------------------------------------------------------------------------------


def test_timeline_in_a_pipe_is_tab_separated_with_one_header(kgvn: Kgvn) -> None:
    result = kgvn("timeline")
    assert result.exit_code == 0
    assert result.stdout == (
        "id\tdate\tend\tinferred\tkind\ttitle\tparticipants\tparticipant_ids\tplace\tsources\n"
        "1992-06-04-relations\t1992-06-04\t\t\tdiplomatic-relations"
        "\tDiplomatic relations established\t\t\t\talpha\n"
        "2009-cuong-visit\t2009\t\t\tvisit\tCường visits Kyrgyzstan\tNguyễn Quốc Cường"
        "\tnguyen-quoc-cuong\tKyrgyzstan\talpha\n"
        "2023-dinh-visit\t2023\t\t\tvisit\tĐịnh visits Kyrgyzstan\tNguyễn Khắc Định"
        "\tnguyen-khac-dinh\t\tbeta\n"
        "2025-03-06-visit\t2025-03-06\t2025-03-07\tdate.year\tvisit\tKasymaliev visits Việt Nam"
        "\tAdylbek Kasymaliev\tadylbek-kasymaliev\t\talpha\n"
    )


def test_no_headers_drops_the_header_line(kgvn: Kgvn) -> None:
    lines = kgvn("timeline", "--no-headers").stdout.splitlines()
    assert lines[0].startswith("1992-06-04-relations\t1992-06-04\t")
    assert len(lines) == 4


def test_timeline_json_carries_the_store_fields_and_evidence(kgvn: Kgvn) -> None:
    records = json.loads(kgvn("timeline", "--format", "json").stdout)
    assert [record["id"] for record in records] == [
        "1992-06-04-relations",
        "2009-cuong-visit",
        "2023-dinh-visit",
        "2025-03-06-visit",
    ]
    visit = records[3]
    assert visit["record_type"] == "event"
    assert visit["date"] == "2025-03-06"
    assert visit["end"] == "2025-03-07"
    assert visit["inferred"] == [{"field": "date.year", "reason": "Year from the dateline."}]
    assert visit["evidence"] == [
        {"source": "alpha", "quote": "will visit on March 6-7", "start": None, "end": None}
    ]


@pytest.mark.parametrize(
    ("options", "expected_ids"),
    [
        (["--from", "2009", "--to", "2009"], ["2009-cuong-visit"]),
        (["--from", "2025-03"], ["2025-03-06-visit"]),
        (["--from", "2025-03-07"], ["2025-03-06-visit"]),
        (["--to", "1992-06-04"], ["1992-06-04-relations"]),
        (["--to", "1992-06-03"], []),
        (["--from", "2009-06", "--to", "2009-06"], ["2009-cuong-visit"]),
        (["--kind", "visit", "--to", "2023"], ["2009-cuong-visit", "2023-dinh-visit"]),
        (["--person", "dinh"], ["2023-dinh-visit"]),
        (["--person", "KASIMALYEV"], ["2025-03-06-visit"]),
        (["--source", "beta"], ["2023-dinh-visit"]),
    ],
)
def test_timeline_filters(kgvn: Kgvn, options: list[str], expected_ids: list[str]) -> None:
    result = kgvn("timeline", "--format", "jsonl", *options)
    found = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert found == expected_ids
    assert result.exit_code == (0 if expected_ids else 1)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2025-99-01"], "--from: '2025-99-01' is not a date: month 99 does not exist"),
        (["--to", "March"], "--to: 'March' is not a date"),
        (["--from", "2025", "--to", "2024"], "--to 2024 is before --from 2025"),
        (["--kind", "picnic"], "--kind: 'picnic' is not one of: independence, recognition"),
        (["--source", "gamma"], "--source: no source 'gamma' (known: alpha, beta)"),
        (["--limit", "0"], "--limit must be at least 1, not 0"),
        (["--limit", "-3"], "--limit must be at least 1, not -3"),
    ],
)
def test_timeline_usage_errors_exit_2_with_a_message(
    kgvn: Kgvn, options: list[str], message: str
) -> None:
    result = kgvn("timeline", *options)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_an_unknown_format_is_a_usage_error(kgvn: Kgvn) -> None:
    result = kgvn("timeline", "--format", "yaml")
    assert result.exit_code == 2
    assert "yaml" in result.stderr


def test_limit_says_on_stderr_what_it_left_out(kgvn: Kgvn) -> None:
    result = kgvn("timeline", "--limit", "2", "--no-headers")
    assert len(result.stdout.splitlines()) == 2
    assert "2 of 4 shown (--limit 2)" in result.stderr


def test_timeline_table_fits_80_columns_and_keeps_every_word(kgvn: Kgvn) -> None:
    result = kgvn("timeline", "--format", "table")
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    flat = " ".join(result.stdout.split())
    for word in (
        "Diplomatic",
        "established",
        "Kasymaliev",
        "Kyrgyzstan",
        "alpha: VNA/VNS, 2025-03-05",
    ):
        assert word in flat
    assert "* part of the date is inferred" in result.stdout


def test_evidence_option_shows_the_quotes(kgvn: Kgvn) -> None:
    result = kgvn("timeline", "--evidence", "--format", "tsv", "--kind", "diplomatic-relations")
    header, row = result.stdout.splitlines()
    assert header.endswith("\tevidence")
    assert json.loads(row.split("\t")[-1]) == [
        {"source": "alpha", "quote": "Diplomatic relations were established on June 4, 1992"}
    ]
    table = kgvn("timeline", "--evidence", "--format", "table", "--kind", "diplomatic-relations")
    assert "alpha: “Diplomatic relations were established" in table.stdout


# --- every format parses back --------------------------------------------------------------------


@pytest.mark.parametrize("output_format", [member.value for member in OutputFormat])
def test_every_format_renders_every_command(kgvn: Kgvn, output_format: str) -> None:
    for command in (
        ["timeline"],
        ["trade"],
        ["who"],
        ["agreements"],
        ["sources"],
        ["show", "trade-2023"],
    ):
        result = kgvn(*command, "--format", output_format)
        assert result.exit_code == 0, (command, result.output)
        assert result.stdout.strip(), command


def test_csv_parses_back_to_the_same_rows_as_tsv(kgvn: Kgvn) -> None:
    from_csv = list(csv.reader(io.StringIO(kgvn("timeline", "--format", "csv").stdout)))
    from_tsv = [
        line.split("\t") for line in kgvn("timeline", "--format", "tsv").stdout.splitlines()
    ]
    assert from_csv == from_tsv


def test_jsonl_is_the_json_array_one_record_a_line(kgvn: Kgvn) -> None:
    array = json.loads(kgvn("trade", "--format", "json").stdout)
    lines = [json.loads(line) for line in kgvn("trade", "--format", "jsonl").stdout.splitlines()]
    assert array == lines


def test_markdown_escapes_pipes_and_keeps_markup_literal(kgvn: Kgvn) -> None:
    result = kgvn("agreements", "--format", "markdown")
    assert result.stdout.splitlines()[:3] == [
        "| Agreement | Kind | Status | Date | Parties | Fields | Sources |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| Joint statement on the visit | joint-statement | signed |  | Việt Nam; Kyrgyzstan |  | beta |",
    ]


def test_table_prints_markup_and_emoji_codes_literally(kgvn: Kgvn) -> None:
    result = kgvn("show", "joint-statement", "--format", "table")
    flat = " ".join(result.stdout.split())
    assert "[sic] :ab:" in flat


# --- trade ---------------------------------------------------------------------------------------


def test_trade_computes_the_change_and_labels_it(kgvn: Kgvn) -> None:
    records = json.loads(kgvn("trade", "--format", "json").stdout)
    by_id = {record["id"]: record for record in records}
    assert by_id["trade-2022"]["computed_change_usd"] is None
    assert by_id["trade-2023"]["computed_change_usd"] == 3_000_000
    assert by_id["trade-2023"]["computed_change_percent"] == 66.7
    assert by_id["trade-2023"]["value_usd"] == 7_500_000


def test_trade_table_says_the_change_is_computed(kgvn: Kgvn) -> None:
    result = kgvn("trade", "--format", "table")
    assert "Change (computed)" in result.stdout
    cells = result.stdout.split("│")
    assert "+US$3 million" in " ".join(cells)
    assert "(+66.7%)" in result.stdout
    assert "it is not in the sources" in result.stdout


def test_trade_year_filter(kgvn: Kgvn) -> None:
    result = kgvn("trade", "--year", "2023", "--format", "jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["trade-2023"]
    assert kgvn("trade", "--year", "1999").exit_code == 1


# --- who -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chinh", "Phạm Minh Chính"),
        ("dinh", "Nguyễn Khắc Định"),
        ("ĐỊNH", "Nguyễn Khắc Định"),
        ("Nguyễn Khắc Định", "Nguyễn Khắc Định"),  # NFD input, typed on another keyboard
        ("Kasimalyev", "Adylbek Kasymaliev"),
        ("kasym", "Adylbek Kasymaliev"),
        ("Kasymaliyev", "Adylbek Kasymaliev"),
        ("pham minh", "Phạm Minh Chính"),
    ],
)
def test_who_finds_names_under_any_spelling(kgvn: Kgvn, query: str, expected: str) -> None:
    result = kgvn("who", query, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [record["name"] for record in json.loads(result.stdout)] == [expected]


def test_who_lists_events_and_spellings(kgvn: Kgvn) -> None:
    record = json.loads(kgvn("who", "kasymaliev", "--format", "json").stdout)[0]
    assert record["computed_events"] == ["2025-03-06-visit"]
    assert record["aliases"] == [{"name": "Kasimalyev", "sources": ["beta"]}]
    row = kgvn("who", "kasymaliev", "--no-headers").stdout.split("\t")
    assert row[:6] == [
        "adylbek-kasymaliev",
        "Adylbek Kasymaliev",
        "person",
        "KG",
        "Prime Minister",
        "Kasimalyev",
    ]
    assert row[6:8] == ["2025-03-06/2025-03-07 visit", "2025-03-06-visit"]


def test_who_without_a_query_lists_everyone(kgvn: Kgvn) -> None:
    names = [record["name"] for record in json.loads(kgvn("who", "--format", "json").stdout)]
    assert "Việt Nam" in names
    assert len(names) == 6


def test_who_with_no_match_says_so_on_stderr_and_exits_1(kgvn: Kgvn) -> None:
    result = kgvn("who", "Nguyen Van Zed")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("kgvn: no one matches 'Nguyen Van Zed'; nearest: ")
    assert len(result.stderr.splitlines()) == 1


def test_who_with_an_empty_query_is_a_usage_error(kgvn: Kgvn) -> None:
    result = kgvn("who", "  ")
    assert result.exit_code == 2
    assert "the query is empty" in result.stderr


# --- agreements, sources, show -------------------------------------------------------------------


def test_agreements_filter_by_status_and_kind(kgvn: Kgvn) -> None:
    assert kgvn("agreements", "--status", "signed", "--no-headers").stdout.startswith(
        "joint-statement\tJoint statement"
    )
    assert kgvn("agreements", "--status", "in-force").exit_code == 1
    assert kgvn("agreements", "--kind", "joint statement").exit_code == 0
    bad = kgvn("agreements", "--status", "maybe")
    assert bad.exit_code == 2
    assert "in-force, signed, under-negotiation" in bad.stderr


def test_sources_counts_the_records_citing_each(kgvn: Kgvn) -> None:
    assert kgvn("sources", "--format", "csv").stdout.splitlines() == [
        "id,outlet,published,file,records,title,url",
        "alpha,VNA/VNS,2025-03-05,alpha.txt,9,Background to the visit,",
        "beta,VNA,,beta.txt,5,The talks,",
    ]


def test_show_gives_one_record_with_every_quote(kgvn: Kgvn) -> None:
    result = kgvn("show", "trade-2023", "--format", "table")
    assert "beta: “Trade reached 7.5 million USD in 2023”" in result.stdout
    assert "alpha: “$7.5 million in 2023”" in result.stdout
    record = json.loads(kgvn("show", "trade-2023", "--format", "json").stdout)
    assert record[0]["id"] == "trade-2023"
    assert len(record[0]["evidence"]) == 2


def test_show_a_source(kgvn: Kgvn) -> None:
    record = json.loads(kgvn("show", "beta", "--format", "json").stdout)[0]
    assert record["record_type"] == "source"
    assert record["computed_records_citing"] == 5


def test_show_an_unknown_id_suggests_the_nearest(kgvn: Kgvn) -> None:
    result = kgvn("show", "trade-2032")
    assert result.exit_code == 1
    assert "no record 'trade-2032'; nearest: trade-2023" in result.stderr


# --- table layout --------------------------------------------------------------------------------


def test_column_widths_fit_the_room_and_keep_short_values_whole() -> None:
    from kgvn.render.base import Column
    from kgvn.render.table_format import column_widths

    columns = (
        Column("title", "Agreement", wide=True),
        Column("status", "Status"),
        Column("sources", "Sources"),
    )
    rows = [
        {
            "title": "Agreement on double taxation avoidance " * 3,
            "status": "under-negotiation",
            "sources": "pm-talks",
        }
    ]
    for room in (40, 60, 80, 200):
        widths = column_widths(columns, rows, room)
        assert sum(widths) <= room
        if room >= 40:
            assert widths[1] >= len("under-negotiation")
    # Too little room for whole words: the widths stop at them (the renderer then stacks rows).
    assert column_widths(columns, rows, 5) == [len("Agreement"), len("under-negotiation"), 8]


@pytest.mark.parametrize("width", ["60", "80", "100", "140"])
def test_tables_never_exceed_the_terminal_and_never_crop(
    kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    monkeypatch.setenv("COLUMNS", width)
    for command in (
        ["timeline"],
        ["trade"],
        ["who"],
        ["agreements"],
        ["sources"],
        ["search", "visit"],
    ):
        result = kgvn(*command, "--format", "table")
        lines = result.stdout.splitlines()
        assert max(len(line) for line in lines) <= int(width), command
        boxed = [line for line in lines if line.startswith(("│", "╭", "╰", "├"))]
        assert all(line.endswith(("│", "╮", "╯", "┤")) for line in boxed), command
