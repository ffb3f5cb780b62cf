"""Full-text search over every kind of record, folded like `who` and ranked by relevance."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kgvn.errors import UsageError
from kgvn.records import Record, Store
from kgvn.text import fold_with_offsets, words

#: How much a hit counts by the field it is in: names and titles say most about a record.
FIELD_WEIGHTS: dict[str, float] = {
    "name": 3.0,
    "aliases": 3.0,
    "abbreviation": 3.0,
    "title": 3.0,
    "summary": 2.0,
    "statement": 2.0,
    "description": 2.0,
    "products": 2.0,
    "fields": 2.0,
    "topic": 1.5,
    "measure": 1.5,
    "note": 1.0,
    "quote": 1.0,
}
SNIPPET_WIDTH = 120
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Hit:
    record: Record
    collection: str
    score: float
    matched: int
    snippet: str
    #: Spans of `snippet` that matched a query word.
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Field:
    name: str
    text: str
    folded_words: tuple[str, ...]


def _fields_of(record: Record) -> Iterator[_Field]:
    for name in FIELD_WEIGHTS:
        if name == "quote":
            for evidence in record.evidence:
                yield _field("quote", evidence.quote)
            continue
        value = getattr(record, name, None)
        if isinstance(value, str):
            yield _field(name, value)
        elif isinstance(value, list | tuple):
            for item in value:
                text = item if isinstance(item, str) else getattr(item, "name", None)
                if isinstance(text, str):
                    yield _field(name, text)


def _field(name: str, text: str) -> _Field:
    return _Field(name, text, tuple(words(text)))


class SearchIndex:
    """The searchable text of every record, folded once."""

    def __init__(self, store: Store) -> None:
        self.entries: list[tuple[str, Record, tuple[_Field, ...]]] = [
            (collection, record, tuple(_fields_of(record)))
            for collection, _, record in store.records()
        ]
        document_frequency: dict[str, int] = {}
        for _, _, fields in self.entries:
            for word in {word for field in fields for word in field.folded_words}:
                document_frequency[word] = document_frequency.get(word, 0) + 1
        self.document_frequency = document_frequency

    def search(self, query: str) -> list[Hit]:
        """Records holding every query word first, then those holding most; best score first."""
        terms = list(dict.fromkeys(words(query)))
        if not terms:
            raise UsageError("the search query is empty: give one or more words")
        weights = {term: self._idf(term) for term in terms}
        hits = [
            hit for entry in self.entries if (hit := self._score(entry, terms, weights)) is not None
        ]
        return sorted(hits, key=lambda hit: (-hit.matched, -hit.score, hit.record.id))

    def _score(
        self,
        entry: tuple[str, Record, tuple[_Field, ...]],
        terms: list[str],
        weights: dict[str, float],
    ) -> Hit | None:
        collection, record, fields = entry
        score = 0.0
        matched_terms: set[str] = set()
        best_field: _Field | None = None
        best_field_score = 0.0
        for field in fields:
            field_score = 0.0
            for term in terms:
                count = sum(1 for word in field.folded_words if word.startswith(term))
                if count:
                    matched_terms.add(term)
                    field_score += FIELD_WEIGHTS[field.name] * (1 + math.log(count)) * weights[term]
            score += field_score
            if field_score > best_field_score:
                best_field, best_field_score = field, field_score
        if not matched_terms or best_field is None:
            return None
        snippet, highlights = make_snippet(best_field.text, terms)
        return Hit(record, collection, round(score, 3), len(matched_terms), snippet, highlights)

    def _idf(self, term: str) -> float:
        total = len(self.entries) or 1
        frequency = sum(
            count for word, count in self.document_frequency.items() if word.startswith(term)
        )
        return math.log(1 + total / (1 + frequency))


def make_snippet(text: str, terms: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of `text` around its first match, and the spans of every match inside it."""
    folded, origins = fold_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(folded):
        if any(match.group().startswith(term) for term in terms):
            term_length = max(len(term) for term in terms if match.group().startswith(term))
            start = origins[match.start()]
            end = origins[match.start() + term_length - 1] + 1
            spans.append((start, end))
    if len(text) <= SNIPPET_WIDTH or not spans:
        return text, tuple(spans)
    first = spans[0][0]
    begin = max(0, min(first - SNIPPET_WIDTH // 3, len(text) - SNIPPET_WIDTH))
    end = begin + SNIPPET_WIDTH
    prefix = "…" if begin else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - begin
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= begin and b <= end)
    return prefix + text[begin:end] + suffix, inside
