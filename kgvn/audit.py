"""Proof that the store says what its sources say: every quote verbatim, every file unchanged."""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kgvn.errors import StoreError
from kgvn.models import Evidence, Store

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Article:
    """A source article's text, with a whitespace-folded copy for forgiving quote look-ups."""

    text: str

    @property
    def folded(self) -> str:
        return _SPACE.sub(" ", self.text)

    def contains(self, quote: str) -> bool:
        return _SPACE.sub(" ", quote).strip() in self.folded

    def closest_passage(self, quote: str) -> str:
        """The stretch of the article most like `quote`, to show what was probably meant."""
        folded = self.folded
        wanted = _SPACE.sub(" ", quote).strip()
        size = max(len(wanted), 1)
        best, best_ratio = "", -1.0
        starts = [0, *(match.end() for match in _SPACE.finditer(folded))]
        for start in starts:
            window = folded[start : start + size]
            ratio = difflib.SequenceMatcher(None, wanted, window, autojunk=False).quick_ratio()
            if ratio > best_ratio:
                best, best_ratio = window, ratio
        return best


@dataclass
class AuditReport:
    problems: list[str] = field(default_factory=list)
    quotes_checked: int = 0
    citations: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def read_article(path: Path) -> Article:
    try:
        return Article(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise StoreError(f"{path}: the article is not UTF-8 text") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read the article: {error.strerror or error}") from None


def audit(store: Store, sources_dir: Path) -> AuditReport:
    """Check quotes, aliases, offsets and hashes against the articles in `sources_dir`."""
    if not sources_dir.is_dir():
        raise StoreError(f"{sources_dir}: no such sources directory")
    report = AuditReport()
    articles: dict[str, Article] = {}
    registered = set()
    for source in store.sources:
        registered.add(source.file)
        path = sources_dir / source.file
        if not path.is_file():
            report.problems.append(
                f"sources ({source.id}) → file: {source.file} is not in {sources_dir}"
            )
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != source.sha256:
            report.problems.append(
                f"sources ({source.id}) → sha256: {source.file} has changed "
                f"(file {digest[:12]}…, store {source.sha256[:12]}…)"
            )
        articles[source.id] = read_article(path)
    for path in sorted(sources_dir.iterdir()):
        if path.is_file() and not path.name.startswith(".") and path.name not in registered:
            report.problems.append(
                f"{path.name}: article in {sources_dir} is not registered as a source"
            )
    for where, evidence in store.evidence_items():
        article = articles.get(evidence.source)
        if article is None:
            continue
        report.quotes_checked += 1
        report.problems.extend(_quote_problems(where, evidence, article))
    report.problems.extend(_alias_problems(store, articles))
    for _, _, record in store.records():
        for source_id in set(record.source_ids()):
            report.citations[source_id] = report.citations.get(source_id, 0) + 1
    return report


def _quote_problems(where: str, evidence: Evidence, article: Article) -> Iterator[str]:
    if not article.contains(evidence.quote):
        closest = article.closest_passage(evidence.quote)
        yield (
            f"{where}: quote not found in {evidence.source}: “{evidence.quote}”"
            f" — closest: “{closest}”"
        )
        return
    if evidence.start is not None and evidence.end is not None:
        span = article.text[evidence.start : evidence.end]
        if _SPACE.sub(" ", span) != _SPACE.sub(" ", evidence.quote):
            yield (
                f"{where}: offsets {evidence.start}–{evidence.end}"
                f" do not hold the quote in {evidence.source}"
            )


def _alias_problems(store: Store, articles: dict[str, Article]) -> Iterator[str]:
    for collection, index, record in store.records():
        for position, alias in enumerate(getattr(record, "aliases", [])):
            for source in alias.sources:
                article = articles.get(source)
                if article is not None and not article.contains(alias.name):
                    yield (
                        f"{collection}[{index}] ({record.id}) → aliases[{position}]: "
                        f"{alias.name!r} does not occur in {source}"
                    )
