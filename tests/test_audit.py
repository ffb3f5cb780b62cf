"""`kgvn audit`: every quote verbatim in its article, every article unchanged and registered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import Kgvn, canned_store


def audit(store: Path, articles: Path) -> Any:
    return Kgvn(store)("audit", "--sources", str(articles))


def test_a_faithful_store_passes_and_counts_citations(store_path: Path, articles_dir: Path) -> None:
    result = audit(store_path, articles_dir)
    assert result.exit_code == 0, result.output
    assert result.stdout == "alpha\t9 records\nbeta\t5 records\n"
    assert "audit passed: 17 quotes verbatim in 2 articles" in result.stderr


def test_an_altered_quote_fails_and_shows_the_closest_passage(
    write_store: Callable[[Any], Path], articles_dir: Path
) -> None:
    data = canned_store()
    data["trade"][1]["evidence"][1]["quote"] = "Trade reached 7.6 million USD in 2023"
    result = audit(write_store(data), articles_dir)
    assert result.exit_code == 4
    assert "trade[1] (trade-2023) → evidence[1]: quote not found in beta" in result.stderr
    assert "closest: “Trade reached 7.5 million USD in 2023" in result.stderr


def test_whitespace_differences_alone_are_forgiven(
    write_store: Callable[[Any], Path], articles_dir: Path
) -> None:
    data = canned_store()
    data["trade"][1]["evidence"][1]["quote"] = "Trade reached   7.5 million\nUSD in 2023"
    assert audit(write_store(data), articles_dir).exit_code == 0


def test_a_changed_article_fails_its_hash(store_path: Path, articles_dir: Path) -> None:
    article = articles_dir / "beta.txt"
    article.write_text(article.read_text(encoding="utf-8") + "An added line.\n", encoding="utf-8")
    result = audit(store_path, articles_dir)
    assert result.exit_code == 4
    assert "sources (beta) → sha256: beta.txt has changed" in result.stderr


def test_an_unregistered_article_fails(store_path: Path, articles_dir: Path) -> None:
    (articles_dir / "gamma.txt").write_text("A new article nobody registered.", encoding="utf-8")
    result = audit(store_path, articles_dir)
    assert result.exit_code == 4
    assert "gamma.txt: article in" in result.stderr
    assert "is not registered as a source" in result.stderr


def test_a_missing_article_fails(store_path: Path, articles_dir: Path) -> None:
    (articles_dir / "alpha.txt").unlink()
    result = audit(store_path, articles_dir)
    assert result.exit_code == 4
    assert "sources (alpha) → file: alpha.txt is not in" in result.stderr


def test_an_alias_the_source_never_uses_fails(
    write_store: Callable[[Any], Path], articles_dir: Path
) -> None:
    data = canned_store()
    data["people"][2]["aliases"] = [{"name": "Kasymalyiev", "sources": ["beta"]}]
    result = audit(write_store(data), articles_dir)
    assert result.exit_code == 4
    assert "'Kasymalyiev' does not occur in beta" in result.stderr


def test_offsets_are_verified(write_store: Callable[[Any], Path], articles_dir: Path) -> None:
    data = canned_store()
    text = (articles_dir / "beta.txt").read_text(encoding="utf-8")
    quote = "Trade reached 7.5 million USD in 2023"
    start = text.index(quote)
    data["trade"][1]["evidence"][1].update(start=start, end=start + len(quote))
    assert audit(write_store(data), articles_dir).exit_code == 0
    data["trade"][1]["evidence"][1].update(start=start + 1, end=start + 1 + len(quote))
    result = audit(write_store(data), articles_dir)
    assert result.exit_code == 4
    assert "do not hold the quote" in result.stderr


def test_a_missing_sources_folder_is_a_store_problem(store_path: Path, tmp_path: Path) -> None:
    result = audit(store_path, tmp_path / "nowhere")
    assert result.exit_code == 4
    assert "no such sources directory" in result.stderr
