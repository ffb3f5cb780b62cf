"""Full-text search over every kind of record, folded like `who` and ranked by relevance."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kgvn.errors import UsageError
from kgvn.records import RECORD_CLASSES, Record, Store
from kgvn.text import fold_with_offsets, words
from kgvn.vocabulary import RECORD_COLLECTIONS

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
#: Bump when the postings change shape or when folding or the searched texts change.
INDEX_VERSION = "1"
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


def _texts_of(record: Record) -> Iterator[tuple[str, str]]:
    """(field name, text) for every searchable text of a record, in a fixed order."""
    for name in FIELD_WEIGHTS:
        if name == "quote":
            for evidence in record.evidence:
                yield "quote", evidence.quote
            continue
        value = getattr(record, name, None)
        if isinstance(value, str):
            yield name, value
        elif isinstance(value, list | tuple):
            for item in value:
                text = item if isinstance(item, str) else getattr(item, "name", None)
                if isinstance(text, str):
                    yield name, text


class SearchIndex:
    """An inverted index: each folded word, and where it stands (record, text, count).

    Built once per store version and kept in the cache beside it, so a search reads only the
    postings of the words it asks for instead of folding every record again.
    """

    def __init__(self, store: Store, postings: dict[str, str] | None = None) -> None:
        self.entries: list[tuple[str, Record | dict[str, Any]]] = [
            (collection, record) for collection, _, record in store.records()
        ]
        self.postings = postings if postings is not None else build_postings(store)

    @classmethod
    def from_validated(cls, data: dict[str, Any], postings: dict[str, str]) -> SearchIndex:
        """An index over validated JSON data: only the records that match are ever built."""
        index = cls.__new__(cls)
        index.entries = [
            (collection, item)
            for collection in RECORD_COLLECTIONS
            for item in data.get(collection, ())
        ]
        index.postings = postings
        return index

    def search(self, query: str) -> list[Hit]:
        """Records holding every query word first, then those holding most; best score first."""
        terms = list(dict.fromkeys(words(query)))
        if not terms:
            raise UsageError("the search query is empty: give one or more words")
        found: dict[int, dict[int, dict[str, int]]] = {}
        frequency = dict.fromkeys(terms, 0)
        for term in terms:
            for word, posting in self.postings.items():
                if not word.startswith(term):
                    continue
                for item in posting.split():
                    record, position, count = (int(part) for part in item.split(":"))
                    texts = found.setdefault(record, {}).setdefault(position, {})
                    texts[term] = texts.get(term, 0) + count
                frequency[term] += len({item.split(":", 1)[0] for item in posting.split()})
        total = len(self.entries) or 1
        weights = {term: math.log(1 + total / (1 + frequency[term])) for term in terms}
        hits = [self._hit(index, positions, terms, weights) for index, positions in found.items()]
        return sorted(hits, key=lambda hit: (-hit.matched, -hit.score, hit.record.id))

    def _hit(
        self,
        index: int,
        positions: dict[int, dict[str, int]],
        terms: list[str],
        weights: dict[str, float],
    ) -> Hit:
        collection, item = self.entries[index]
        record = RECORD_CLASSES[collection].from_json(item) if isinstance(item, dict) else item
        texts = list(_texts_of(record))
        score = 0.0
        best_text, best_score = "", 0.0
        for position in sorted(positions):
            name, text = texts[position]
            counts = positions[position]
            text_score = sum(
                FIELD_WEIGHTS[name] * (1 + math.log(count)) * weights[term]
                for term, count in counts.items()
            )
            score += text_score
            if text_score > best_score:
                best_text, best_score = text, text_score
        matched = len({term for counts in positions.values() for term in counts})
        snippet, highlights = make_snippet(best_text, terms)
        return Hit(record, collection, round(score, 3), matched, snippet, highlights)


def build_postings(store: Store) -> dict[str, str]:
    """word → "record:text:count …" for every searchable text, records in store order."""
    found: dict[str, list[str]] = {}
    for index, (_, _, record) in enumerate(store.records()):
        for position, (_, text) in enumerate(_texts_of(record)):
            counts: dict[str, int] = {}
            for word in words(text):
                counts[word] = counts.get(word, 0) + 1
            for word, count in counts.items():
                found.setdefault(word, []).append(f"{index}:{position}:{count}")
    return {word: " ".join(items) for word, items in found.items()}


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
