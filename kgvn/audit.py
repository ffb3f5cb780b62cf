"""Proof that the store says what its sources say: every quote verbatim, every file unchanged."""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kgvn.errors import StoreError
from kgvn.files import describe, read_regular_file
from kgvn.models import Evidence, Store

_SPACE = re.compile(r"\s+")
_LONG_SPACE = re.compile(r"\s{2,}")
_WORD = re.compile(r"\w+")
BOM = "\ufeff"
#: Articles larger than this are refused: a news article is a few kilobytes.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
#: Places tried per anchor word when looking for the passage closest to a quote not found.
_ANCHOR_PLACES = 64


def _spaced(text: str) -> str:
    return _SPACE.sub(" ", text)


def _comparable(text: str) -> str:
    return _spaced(unicodedata.normalize("NFC", text)).strip()


def _forms(quote: str) -> list[str]:
    """The quote as typed, then in Unicode's composed and decomposed forms (NFC, NFD)."""
    found: list[str] = []
    for form in (quote, unicodedata.normalize("NFC", quote), unicodedata.normalize("NFD", quote)):
        spaced = _spaced(form).strip()
        if spaced and spaced not in found:
            found.append(spaced)
    return found


@dataclass(frozen=True)
class Article:
    """A source article's text (a leading byte-order mark dropped), for forgiving quote look-ups.

    Quotes are found with whitespace differences forgiven and in either Unicode normal form, in
    time linear in the article's length, and reported as offsets into `text`.
    """

    text: str

    @cached_property
    def folded(self) -> str:
        return _spaced(self.text)

    def find(self, quote: str) -> tuple[int, int] | None:
        """Offsets of `quote` in `text`, or None when the article does not hold it."""
        exact = self.text.find(quote) if quote.strip() else -1
        if exact >= 0:
            return exact, exact + len(quote)
        for form in _forms(quote):
            at = self.folded.find(form)
            if at >= 0:
                start = self._original_offset(at)
                end = self._original_offset(at + len(form) - 1) + 1
                return start, end
        return None

    def contains(self, quote: str) -> bool:
        return self.find(quote) is not None

    def differs_only_in_compatibility_forms(self, quote: str) -> bool:
        """Whether the quote is in the article once both are NFKC-normalised (ligatures, …)."""
        wanted = unicodedata.normalize("NFKC", _spaced(quote).strip())
        return bool(wanted) and wanted in unicodedata.normalize("NFKC", self.folded)

    def _original_offset(self, folded_index: int) -> int:
        """Where the character at `folded_index` of `folded` stands in `text`.

        Only runs of two or more whitespace characters shift offsets (each became one space).
        """
        shrunk = 0
        for run in _LONG_SPACE.finditer(self.text):
            if run.start() - shrunk > folded_index:
                break
            if run.start() - shrunk == folded_index:
                return run.start()
            shrunk += len(run.group()) - 1
        return folded_index + shrunk

    def closest_passage(self, quote: str) -> str:
        """The stretch of the article most like `quote`, to show what was probably meant.

        Only places where one of the quote's longest words occurs are compared, so the cost
        stays linear in the article's length however long it is.
        """
        folded = self.folded
        wanted = _spaced(quote).strip()
        size = max(len(wanted), 1)
        starts = {0}
        anchors = sorted(set(_WORD.findall(wanted)), key=len, reverse=True)[:3]
        lowered, folded_lower = wanted.lower(), folded.lower()
        for anchor in anchors:
            offset = lowered.find(anchor.lower())
            position = folded_lower.find(anchor.lower())
            for _ in range(_ANCHOR_PLACES):
                if position < 0:
                    break
                starts.add(max(0, position - offset))
                position = folded_lower.find(anchor.lower(), position + 1)
        best, best_ratio = folded[:size], -1.0
        for start in sorted(starts):
            window = folded[start : start + size]
            ratio = difflib.SequenceMatcher(None, wanted, window, autojunk=False).ratio()
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
    """The article at `path`: a regular UTF-8 file within `MAX_ARTICLE_BYTES`."""
    return Article(decode_article(read_article_bytes(path), path))


def read_article_bytes(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_ARTICLE_BYTES)
    except ValueError as problem:
        raise StoreError(f"{path}: {problem}") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read the article: {describe(error)}") from None


def decode_article(raw: bytes, path: Path) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"{path}: the article is not UTF-8 text") from None
    return text.removeprefix(BOM)


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
        raw = read_article_bytes(path)
        digest = hashlib.sha256(raw).hexdigest()
        if digest != source.sha256:
            report.problems.append(
                f"sources ({source.id}) → sha256: {source.file} has changed "
                f"(file {digest[:12]}…, store {source.sha256[:12]}…)"
            )
        articles[source.id] = Article(decode_article(raw, path))
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
        if _comparable(span) != _comparable(evidence.quote):
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
