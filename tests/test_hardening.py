"""Hostile stores, odd terminals, closed pipes: a clear line and the right exit code, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Kgvn, canned_store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgvn.errors import StoreError
from kgvn.render import OutputFormat, renderer_for
from kgvn.render.base import RenderOptions
from kgvn.store import validate_store

COMMANDS = [
    ["timeline"],
    ["trade"],
    ["trade", "--chart"],
    ["who"],
    ["agreements"],
    ["sources"],
    ["search", "visit"],
    ["show", "trade-2023"],
    ["check", "Trade reached $7.5 million in 2023."],
    ["conflicts"],
    ["validate"],
]

HOSTILE_FILES: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b" \n\t ",
    "binary": bytes(range(256)) * 4,
    "not json": b"sources: [alpha, beta]\n",
    "truncated": b'{"sources": [{"id": "alpha"',
    "an array": b"[]",
    "null": b"null",
    "a number": b"42",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "deep objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "huge integer": b'{"sources": [], "trade": [' + b"9" * 5000 + b"]}",
    "latin-1": '{"sources": [], "note": "Việt"}'.encode("utf-16"),
    "wrong shape": b'{"sources": {"alpha": 1}, "events": [1, 2, 3]}',
    "nan": b'{"sources": [], "trade": [{"value_usd": NaN}]}',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_every_hostile_store_is_refused_cleanly(
    tmp_path: Path, name: str, command: list[str]
) -> None:
    path = tmp_path / "hostile.json"
    path.write_bytes(HOSTILE_FILES[name])
    before = path.read_bytes()
    result = Kgvn(path)(*command)
    assert result.exit_code == 4, (name, result.output)
    assert result.stdout == ""
    first_line = result.stderr.splitlines()[0]
    assert first_line.startswith(f"kgvn: {path}")
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_a_missing_store_exits_4(tmp_path: Path) -> None:
    result = Kgvn(tmp_path / "gone.json")("timeline")
    assert result.exit_code == 4
    assert "no store file there" in result.stderr


def test_a_directory_in_place_of_a_store_exits_4(tmp_path: Path) -> None:
    result = Kgvn(tmp_path)("timeline")
    assert result.exit_code == 4
    assert "is a directory" in result.stderr


# An unreadable store (exit 4) needs an ordinary user: see tests/test_users.py.


def test_an_oversized_store_is_refused_before_reading(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kgvn.store.MAX_STORE_BYTES", 100)
    result = Kgvn(store_path)("timeline")
    assert result.exit_code == 4
    assert "larger than the 100-byte limit" in result.stderr


def test_many_problems_are_summarised(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"] = [
        dict(data["events"][1], id=f"e{number}", date="2025-02-30") for number in range(80)
    ]
    result = Kgvn(write_store(data))("validate")
    assert result.exit_code == 4
    assert "invalid store (80 problems)" in result.stderr
    assert "… and 30 more" in result.stderr


# --- untrusted text ------------------------------------------------------------------------------

ESCAPES = {
    "clear screen": "\x1b[2J",
    "set title": "\x1b]0;pwned\x07",
    "bell": "\x07",
    "bidi override": "\u202e",
    "c1 control": "\x9b31m",
}


def store_with_title(write_store: Callable[[Any], Path], title: str) -> Path:
    data = canned_store()
    data["events"][1]["title"] = title
    return write_store(data)


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escape_sequences_never_reach_the_terminal_raw(
    write_store: Callable[[Any], Path], name: str
) -> None:
    sequence = ESCAPES[name]
    kgvn = Kgvn(store_with_title(write_store, f"Relations {sequence} begin"))
    table = kgvn("timeline", "--format", "table", "--kind", "diplomatic-relations").stdout
    assert sequence not in table
    assert "\x1b" not in table and "\x07" not in table and "\u202e" not in table
    assert "Relations" in table and "begin" in table
    shown = kgvn("show", "1992-06-04-relations", "--format", "table").stdout
    assert "\x1b" not in shown and "\u202e" not in shown


def test_escapes_are_shown_visibly(
    write_store: Callable[[Any], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    kgvn = Kgvn(store_with_title(write_store, "A\x1b[2JB"))
    table = kgvn("timeline", "--format", "table", "--kind", "diplomatic-relations").stdout
    assert "A\\x1b[2JB" in "".join(table.split())


def test_machine_formats_carry_the_data_exactly(write_store: Callable[[Any], Path]) -> None:
    title = "A\x1b[2J [bold]x[/] :ab: \u202e\tB\nC"
    kgvn = Kgvn(store_with_title(write_store, title))
    records = json.loads(
        kgvn("timeline", "--format", "json", "--kind", "diplomatic-relations").stdout
    )
    assert records[0]["title"] == title
    tsv = kgvn("timeline", "--format", "tsv", "--kind", "diplomatic-relations").stdout
    header, row = (line.split("\t") for line in tsv.splitlines()[:2])
    assert row[header.index("title")] == "A\x1b[2J [bold]x[/] :ab: \u202e\\tB\\nC"


def test_markup_and_emoji_codes_print_literally(
    write_store: Callable[[Any], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    kgvn = Kgvn(store_with_title(write_store, "[bold]x[/] [link=file:///etc/passwd]y[/link] :ab:"))
    table = kgvn("timeline", "--format", "table", "--kind", "diplomatic-relations").stdout
    assert "[bold]x[/] [link=file:///etc/passwd]y[/link] :ab:" in table
    assert "🆎" not in table


def test_error_messages_escape_what_the_store_holds(write_store: Callable[[Any], Path]) -> None:
    data = canned_store()
    data["events"][0]["\x1b[2Jevil"] = 1
    result = Kgvn(write_store(data))("validate")
    assert result.exit_code == 4
    assert "\x1b" not in result.stderr
    assert "\\x1b[2Jevil: unknown field" in result.stderr


# --- terminals -----------------------------------------------------------------------------------


@pytest.mark.parametrize("width", ["20", "300"])
def test_narrow_and_wide_terminals_lose_no_row(
    kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    monkeypatch.setenv("COLUMNS", width)
    result = kgvn("timeline", "--format", "table")
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= int(width)
    for year in ("1992", "2009", "2023", "2025"):
        assert year in result.stdout


# --- property tests ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_arbitrary_json_is_loaded_or_refused_cleanly(data: Any) -> None:
    try:
        validate_store(data)
    except StoreError as error:
        assert error.message
        assert all(isinstance(line, str) for line in error.details)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries(
        {
            "events": st.lists(
                st.fixed_dictionaries(
                    {
                        "ids": st.sampled_from(["a", "b"]),
                        "top": st.sampled_from(["events", "trade"]),
                    }
                ),
                max_size=3,
            ),
            "junk": json_values,
        }
    )
)
def test_arbitrary_fields_in_records_are_refused_cleanly(shape: dict[str, Any]) -> None:
    data = canned_store()
    data["events"][0]["junk"] = shape["junk"]
    with pytest.raises(StoreError, match="invalid store"):
        validate_store(data)


@settings(max_examples=150, deadline=None)
@given(title=st.text(min_size=1, max_size=60), summary=st.text(min_size=1, max_size=60))
def test_any_unicode_in_a_string_field_renders_in_every_format(title: str, summary: str) -> None:
    from kgvn import views
    from kgvn.query import Index
    from kgvn.store import to_records

    data = canned_store()
    data["events"][1]["title"] = title
    data["events"][1]["summary"] = summary
    try:
        store = to_records(validate_store(data))
    except StoreError:
        return
    report = views.timeline_report(Index(store), store.events)
    for output_format in OutputFormat:
        text = renderer_for(output_format).render(report, RenderOptions(width=40))
        assert isinstance(text, str)
    parsed = json.loads(renderer_for(OutputFormat.json).render(report, RenderOptions()))
    assert parsed[1]["title"] == title
    table = renderer_for(OutputFormat.table).render(report, RenderOptions(width=60))
    assert "\x1b" not in table
