"""A record maintained over time: a later article changes a status, adds a role or a spelling,
and the earlier value stays with its own evidence and date (Wikidata-style history)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Kgvn, canned_store

from kgvn.datelines import read_date_line
from kgvn.store import validate_store
from kgvn.writing import canonical_json

LATER_ARTICLE = (
    "HANOI (VNS) — June 20, 2025 — The joint statement on the visit came into force on June 15. "
    "Kyrgyz Prime Minister Adylbek Kasymaliyev, who also chairs the Cabinet of Ministers, "
    "thanked Việt Nam. — VNS\n"
)


@pytest.fixture
def desk(tmp_path: Path, articles_dir: Path) -> tuple[Kgvn, Path]:
    """The canned store with its articles beside it, and a later article registered as `later`."""
    store_path = tmp_path / "store" / "facts.json"
    store_path.parent.mkdir()
    store_path.write_text(canonical_json(validate_store(canned_store())), encoding="utf-8")
    articles_dir.rename(store_path.parent / "sources")
    incoming = tmp_path / "later.txt"
    incoming.write_text(LATER_ARTICLE, encoding="utf-8")
    kgvn = Kgvn(store_path)
    result = kgvn(
        "source",
        "add",
        str(incoming),
        "--title",
        "The joint statement in force",
        "--id",
        "later",
        "--url",
        "https://example.org/news/later",
    )
    assert result.exit_code == 0, result.output
    assert "later: later.txt, VNS, 2025-06-20" in result.stderr
    return kgvn, store_path


def show(kgvn: Kgvn, record_id: str) -> dict[str, object]:
    shown: list[dict[str, object]] = json.loads(kgvn("show", record_id, "--format", "json").stdout)
    return shown[0]


def test_a_status_change_keeps_the_earlier_value_with_its_evidence(
    desk: tuple[Kgvn, Path],
) -> None:
    kgvn, store_path = desk
    result = kgvn(
        "update",
        "joint-statement",
        "status=in-force",
        "--source",
        "later",
        "--quote",
        "The joint statement on the visit came into force",
        "--date",
        "2025-06-15",
    )
    assert result.exit_code == 0, result.output
    assert "status signed → in-force since 2025-06-15" in result.stderr
    record = show(kgvn, "joint-statement")
    assert record["status"] == "in-force"
    history = record["history"]
    assert isinstance(history, list)
    assert [(item["value"], item["rank"], item["since"]) for item in history] == [
        ("signed", "normal", None),
        ("in-force", "preferred", "2025-06-15"),
    ]
    assert history[0]["evidence"][0]["quote"] == "The leaders signed a joint statement [sic] :ab:"
    assert history[1]["evidence"][0]["source"] == "later"
    assert kgvn("validate").exit_code == 0
    audit = kgvn("audit", "--sources", str(store_path.parent / "sources"))
    assert audit.exit_code == 0, audit.output


def test_lookups_use_the_newest_value_and_as_of_the_value_then(desk: tuple[Kgvn, Path]) -> None:
    kgvn, _ = desk
    kgvn(
        "update",
        "joint-statement",
        "status=in-force",
        "--source",
        "later",
        "--quote",
        "came into force on June 15",
        "--date",
        "2025-06-15",
    )

    def statuses(*options: str) -> list[str]:
        result = kgvn("agreements", "--format", "json", *options)
        records = json.loads(result.stdout) if result.exit_code == 0 else []
        return [item.get("computed_status_as_of", item["status"]) for item in records]

    assert statuses() == ["in-force"]
    assert statuses("--as-of", "2025-03") == ["signed"]
    assert statuses("--as-of", "2025-06-15") == ["in-force"]
    assert statuses("--as-of", "2025-03", "--status", "in-force") == []
    assert statuses("--as-of", "2025-07", "--status", "in-force") == ["in-force"]
    table = kgvn("agreements", "--as-of", "2025-03", "--format", "tsv").stdout
    assert "\tsigned\t" in table
    assert kgvn("agreements", "--as-of", "March").exit_code == 2


def test_a_person_gains_a_role_and_a_spelling(desk: tuple[Kgvn, Path]) -> None:
    kgvn, _ = desk
    result = kgvn(
        "update",
        "adylbek-kasymaliev",
        "role=Chair of the Cabinet of Ministers",
        "--source",
        "later",
        "--quote",
        "who also chairs the Cabinet of Ministers",
        "--date",
        "2025-06",
    )
    assert result.exit_code == 0, result.output
    result = kgvn(
        "update",
        "adylbek-kasymaliev",
        "alias=Kasymaliyev",
        "--source",
        "later",
        "--quote",
        "Kyrgyz Prime Minister Adylbek Kasymaliyev",
    )
    assert result.exit_code == 0, result.output
    person = show(kgvn, "adylbek-kasymaliev")
    roles = person["roles"]
    assert isinstance(roles, list)
    assert [(role["title"], role.get("date")) for role in roles] == [
        ("Prime Minister", None),
        ("Chair of the Cabinet of Ministers", "2025-06"),
    ]
    found = json.loads(kgvn("who", "Kasymaliyev", "--format", "json").stdout)
    assert [item["id"] for item in found] == ["adylbek-kasymaliev"]
    assert kgvn("validate").exit_code == 0


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["joint-statement", "status=signed"], "already has status=signed"),
        (["joint-statement", "colour=red"], "has no field 'colour'"),
        (["joint-statement", "status"], "give FIELD=VALUE"),
        (["joint-statement", "alias=Joint"], "has no name"),
        (["joint-statement", "role=Chair"], "only people have roles"),
        (["no-such-record", "status=signed"], "no record 'no-such-record'"),
        (["adylbek-kasymaliev", "alias=Kasimov"], "does not show the spelling"),
    ],
)
def test_an_update_that_cannot_apply_is_refused_and_nothing_changes(
    desk: tuple[Kgvn, Path], words: list[str], message: str
) -> None:
    kgvn, store_path = desk
    before = store_path.read_bytes()
    result = kgvn(
        "update",
        *words,
        "--source",
        "later",
        "--quote",
        "Kyrgyz Prime Minister Adylbek Kasymaliyev",
    )
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert store_path.read_bytes() == before


def test_an_update_whose_quote_is_not_in_the_article_is_refused(desk: tuple[Kgvn, Path]) -> None:
    kgvn, store_path = desk
    before = store_path.read_bytes()
    result = kgvn(
        "update",
        "joint-statement",
        "status=in-force",
        "--source",
        "later",
        "--quote",
        "nowhere in this article",
    )
    assert result.exit_code == 2
    assert "quote not found verbatim" in result.stderr
    assert store_path.read_bytes() == before


def test_an_impossible_status_is_refused(desk: tuple[Kgvn, Path]) -> None:
    kgvn, store_path = desk
    before = store_path.read_bytes()
    result = kgvn(
        "update",
        "joint-statement",
        "status=maybe",
        "--source",
        "later",
        "--quote",
        "came into force on June 15",
    )
    assert result.exit_code != 0
    assert store_path.read_bytes() == before


def test_a_source_url_is_kept_and_cited(desk: tuple[Kgvn, Path]) -> None:
    kgvn, _ = desk
    kgvn(
        "update",
        "joint-statement",
        "status=in-force",
        "--source",
        "later",
        "--quote",
        "came into force on June 15",
    )
    sources = json.loads(kgvn("sources", "--format", "json").stdout)
    assert sources[-1]["url"] == "https://example.org/news/later"
    table = kgvn("show", "joint-statement", "--format", "table").stdout
    assert "later: VNS, 2025-06-20, later.txt, https://example.org/news/later" in table


def test_claimreview_cites_the_url_and_orders_quotes_as_in_the_articles() -> None:
    from types import SimpleNamespace

    from kgvn.check import Verdict
    from kgvn.claimreview import claim_review
    from kgvn.records import Source

    def source(source_id: str, url: str | None) -> Source:
        return Source.from_json(
            {"id": source_id, "file": f"{source_id}.txt", "outlet": None, "published": None,
             "title": source_id, "sha256": "0" * 64, "url": url}
        )  # fmt: skip

    def quote(source_id: str, text: str, start: int) -> SimpleNamespace:
        return SimpleNamespace(source=source_id, quote=text, start=start)

    result = SimpleNamespace(
        claim="c",
        verdict=Verdict.supported,
        explanation="e",
        records=[
            SimpleNamespace(evidence=[quote("b", "second in b", 50), quote("a", "in a", 3)]),
            SimpleNamespace(evidence=[quote("b", "first in b", 10)]),
        ],
    )
    sources = {"a": source("a", "https://example.org/a"), "b": source("b", None)}
    citations = claim_review(result, sources, author="Desk")["citation"]  # type: ignore[arg-type]
    assert [citation["identifier"] for citation in citations] == ["a.txt", "b.txt"]
    assert citations[0]["url"] == "https://example.org/a"
    assert "url" not in citations[1]
    assert citations[1]["text"] == "first in b … second in b"


def test_a_bad_url_is_refused_before_anything_is_written(tmp_path: Path, store_path: Path) -> None:
    article = tmp_path / "x.txt"
    article.write_text("HANOI (VNS) — March 5, 2025 — Text.\n", encoding="utf-8")
    before = store_path.read_bytes()
    result = Kgvn(store_path)("source", "add", str(article), "--title", "X", "--url", "example")
    assert result.exit_code == 2
    assert store_path.read_bytes() == before


# --- date lines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "published", "outlet"),
    [
        ("BISHKEK, November 20 (VNA) – The two sides", None, "VNA"),
        ("HANOI (VNS) — March 5, 2025 — Việt Nam", "2025-03-05", "VNS"),
        ("HANOI (VNS) — 5 March 2025 — Việt Nam", "2025-03-05", "VNS"),
        ("Hà Nội, 6 March 2025 (VNA) - The", "2025-03-06", "VNA"),
        ("Hà Nội, November 20, 2025 (VNA) – The", "2025-11-20", "VNA"),
        (" date 2025-03-05 HÀ NỘI — Diplomatic", "2025-03-05", None),
    ],
)
def test_common_wire_date_lines_are_read(
    start: str, published: str | None, outlet: str | None
) -> None:
    line = read_date_line(start)
    assert line is not None
    assert (line.published, line.outlet) == (published, outlet)


def test_a_date_line_without_a_year_says_so_and_none_at_all_says_so(
    tmp_path: Path, store_path: Path
) -> None:
    kgvn = Kgvn(store_path)
    sources = tmp_path / "articles-in"
    no_year = tmp_path / "no-year.txt"
    no_year.write_text("BISHKEK, November 20 (Kabar) – The talks.\n", encoding="utf-8")
    result = kgvn("source", "add", str(no_year), "--title", "No year", "--sources", str(sources))
    assert result.exit_code == 0, result.output
    assert "gives no year: pass --published YYYY-11-20" in result.stderr
    assert "Kabar, undated" in result.stderr
    undated = tmp_path / "undated.txt"
    undated.write_text("The talks went well.\n", encoding="utf-8")
    result = kgvn("source", "add", str(undated), "--title", "Undated", "--sources", str(sources))
    assert result.exit_code == 0, result.output
    assert "no date line found" in result.stderr
    assert read_date_line("The talks went well, said the March 5, 2025 statement.") is None


# --- suggest: what a sentence already backs ---------------------------------------------------------


def test_suggest_lists_every_record_whose_quote_lies_in_the_sentence() -> None:
    from kgvn.records import Store
    from kgvn.suggest import suggest

    store = Store.from_json(validate_store(canned_store()).model_dump(mode="json"))
    text = (
        "Officials recalled that Nguyễn Quốc Cường visited Kyrgyzstan in 2009 as a deputy minister. "
        "The leaders signed a joint statement [sic] :ab: on the visit."
    )
    first, second = suggest(store, text)
    assert "2009-cuong-visit" in first.backs
    assert "joint-statement" in second.backs
    assert len(set(first.backs)) == len(first.backs)


def _with_history(history: list[dict[str, object]]) -> dict[str, object]:
    data = canned_store()
    agreement = data["agreements"][0]
    agreement["status"] = "in-force"
    agreement["history"] = history
    return data


def _revision(value: str, rank: str, source: str = "beta") -> dict[str, object]:
    quote = "The leaders signed a joint statement [sic] :ab:"
    return {
        "field": "status",
        "value": value,
        "rank": rank,
        "evidence": [{"source": source, "quote": quote}],
    }


@pytest.mark.parametrize(
    ("history", "message"),
    [
        ([_revision("maybe", "normal"), _revision("in-force", "preferred")], "status='maybe'"),
        ([_revision("signed", "normal"), _revision("signed", "preferred")], "record holds"),
        ([_revision("signed", "preferred"), _revision("in-force", "preferred")], "2 values"),
        ([{**_revision("signed", "normal"), "field": "evidence"}], "cannot be revised"),
        ([_revision("signed", "normal", source="nowhere")], "nowhere"),
    ],
)
def test_a_hand_edited_history_that_disagrees_is_refused(
    write_store: object, history: list[dict[str, object]], message: str
) -> None:
    path = write_store(_with_history(history))  # type: ignore[operator]
    result = Kgvn(path)("validate")
    assert result.exit_code == 4
    assert message in result.stderr
