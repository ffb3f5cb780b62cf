"""`kgvn search`: every kind of record, folded, ranked, with a snippet and its sources."""

from __future__ import annotations

import json
from pathlib import Path

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

    from kgvn import cache_build

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    first = kgvn("search", "trade", "--format", "json").stdout

    def no_building(*args: object) -> None:
        raise AssertionError("the search index was built again")

    monkeypatch.setattr(cache_build, "build", no_building)
    assert kgvn("search", "trade", "--format", "json").stdout == first


def test_the_index_finds_what_reading_every_record_finds(kgvn: Kgvn, store_path: object) -> None:
    """Every record with a word starting with the query's is found (stemming only adds)."""
    from pathlib import Path

    from kgvn.search import texts_of
    from kgvn.store import load_validated
    from kgvn.text import words
    from kgvn.vocabulary import RECORD_COLLECTIONS

    assert isinstance(store_path, Path)
    data = load_validated(store_path)
    for query in ("trade", "kasym", "2023", "nguyen dinh", "visit kyrgyzstan"):
        found = {
            record["id"] for record in json.loads(kgvn("search", query, "--format", "json").stdout)
        }
        by_reading = {
            item["id"]
            for collection in RECORD_COLLECTIONS
            for item in data.get(collection, [])
            if any(
                word.startswith(term) or (term.isdigit() and word == term)
                for term in words(query)
                for text in texts_of(item)
                for word in words(text)
            )
        }
        assert by_reading <= found, query


SHIPPED = Path(__file__).resolve().parent.parent / "data" / "facts.json"


def shipped_search(*query: str) -> list[dict[str, object]]:
    result = Kgvn(SHIPPED)("search", *query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert isinstance(found, list)
    return found


def test_numbers_match_whole() -> None:
    """`6 March` ranks the events of 6 March first, and `6` does not match the 60-day visa."""
    found = shipped_search("6", "March")
    ids = [str(record["id"]) for record in found]
    assert ids[0].startswith("2025-03-06")
    assert "kyrgyz-visa-exemption" not in ids
    assert all(record["computed_matched_words"] == 2 for record in found[:4])


def test_words_are_stemmed() -> None:
    negotiate = shipped_search("negotiate")
    assert any("negotiation" in str(record["computed_snippet"]) for record in negotiate)
    investor = {str(record["computed_snippet"]) for record in shipped_search("investor")}
    assert any("investing" in snippet for snippet in investor)


def test_results_are_in_the_order_of_the_score_shown() -> None:
    for query in (("trade", "investment"), ("visit",), ("6", "March"), ("prime", "minister")):
        scores = [float(str(record["computed_score"])) for record in shipped_search(*query)]
        assert scores == sorted(scores, reverse=True), query


def test_a_limited_search_builds_only_what_it_prints(kgvn: Kgvn) -> None:
    everything = json.loads(kgvn("search", "trade", "2023", "--format", "json").stdout)
    limited = kgvn("search", "trade", "2023", "--format", "json", "--limit", "2")
    assert json.loads(limited.stdout) == everything[:2]
    assert f"2 of {len(everything)} shown" in limited.stderr


def test_many_texts_fold_as_each_one_does() -> None:
    """Folding the index's texts in bulk, each distinct text once, is `fold` text by text."""
    from kgvn.search import folded_texts
    from kgvn.text import fold

    texts = ["Phạm Minh Chính", "Trade", "", "Касымалиев – Đà Nẵng", "Trade", "Phạm Minh Chính"]
    assert folded_texts(texts) == [fold(text) for text in texts]
    assert folded_texts(["plain", "ASCII"]) == ["plain", "ascii"]
    assert folded_texts([]) == []


def test_the_index_holds_every_searchable_text_of_a_record(store_path: Path) -> None:
    """The three columns of a record's index row hold the words of every text `texts_of`
    finds in it (names, texts, notes and quotes), folded, in the same order."""
    from kgvn.models import RECORD_COLLECTIONS
    from kgvn.search import index_columns, texts_of
    from kgvn.store import load_store
    from kgvn.text import words

    validated = load_store(store_path)
    for collection in RECORD_COLLECTIONS:
        models_of = getattr(validated, collection)
        if not models_of:
            continue
        columns = index_columns(models_of, type(models_of[0]).model_fields)
        for model, row in zip(models_of, columns, strict=True):
            expected = texts_of(model.model_dump(mode="json"))
            assert words(" ".join(row)) == words(" ".join(expected)), model.id
