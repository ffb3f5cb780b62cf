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


def test_the_index_is_built_once_and_reused(kgvn: Kgvn, monkeypatch: object) -> None:
    import pytest

    from kgvn import search, store

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    first = kgvn("search", "trade", "--format", "json").stdout
    assert len(list(store.cache_dir().glob("*.search-*.json"))) == 1

    def no_building(*args: object) -> dict[str, str]:
        raise AssertionError("the search index was built again")

    monkeypatch.setattr(search, "build_postings", no_building)
    assert kgvn("search", "trade", "--format", "json").stdout == first


def test_the_index_finds_what_reading_every_record_finds(store_path: object) -> None:
    from pathlib import Path

    from kgvn.search import SearchIndex, _texts_of
    from kgvn.store import load_records
    from kgvn.text import words

    assert isinstance(store_path, Path)
    records = load_records(store_path)
    index = SearchIndex(records)
    for query in ("trade", "kasym", "2023", "nguyen dinh", "visit kyrgyzstan"):
        found = {hit.record.id for hit in index.search(query)}
        by_reading = {
            record.id
            for _, _, record in records.records()
            if any(
                word.startswith(term)
                for term in words(query)
                for _, text in _texts_of(record)
                for word in words(text)
            )
        }
        assert found == by_reading, query
