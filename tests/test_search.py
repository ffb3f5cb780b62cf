"""`kgvn search`: every kind of record, folded, ranked, with a snippet and its sources."""

from __future__ import annotations

import json

from conftest import Kgvn


def test_search_ranks_records_holding_every_word_first(kgvn: Kgvn) -> None:
    records = json.loads(kgvn("search", "trade", "2023", "--format", "json").stdout)
    assert records[0]["id"] == "trade-2023"
    assert records[0]["computed_matched_words"] == 2
    assert all(record["computed_matched_words"] <= 2 for record in records)


def test_search_ignores_case_and_diacritics(kgvn: Kgvn) -> None:
    plain = kgvn("search", "nguyen khac dinh", "--format", "jsonl").stdout
    marked = kgvn("search", "NGUYỄN KHẮC ĐỊNH", "--format", "jsonl").stdout
    assert plain == marked
    assert json.loads(plain.splitlines()[0])["id"] == "nguyen-khac-dinh"


def test_search_finds_aliases_and_quotes(kgvn: Kgvn) -> None:
    result = kgvn("search", "kasimalyev", "--no-headers")
    assert result.stdout.startswith("person\tadylbek-kasymaliev\tKasimalyev\talpha")


def test_search_in_a_pipe_is_plain_text(kgvn: Kgvn) -> None:
    result = kgvn("search", "kasim")
    assert "\x1b" not in result.stdout


def test_search_highlights_on_a_colour_terminal(kgvn: Kgvn, monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = kgvn("search", "kasim", "--format", "table")
    assert "\x1b[1;7mKasim\x1b[0malyev" in result.stdout


def test_search_with_no_hit_exits_1(kgvn: Kgvn) -> None:
    result = kgvn("search", "zeppelin")
    assert result.exit_code == 1
    assert "nothing matches 'zeppelin'" in result.stderr


def test_an_empty_search_is_a_usage_error(kgvn: Kgvn) -> None:
    result = kgvn("search", "--", "...")
    assert result.exit_code == 2
    assert "the search query is empty" in result.stderr
