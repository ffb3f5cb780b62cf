"""Retrieving the records a claim is about: a full-text index over every record and its quotes.

Built in memory from the store once per checker. Each record is indexed by the words of its
fields, its quotes, the people and roles it names, the lexicon's words for its kind, and its
dates as words ('2025-03-06' also reads 'march 2025'). A claim's words are matched by their
first five letters and through the lexicon's synonyms, weighted by how rare they are, so the
records that share a claim's rarest words come first. A fact-checker always gets the closest
passages to read, whatever the verdict.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from kgvn.check.lexicon import load, synonyms_of
from kgvn.records import Record
from kgvn.text import fold

_TOKEN = re.compile(r"[a-z0-9]+")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_IGNORED = frozenset(load("words")["function_words"])


def _stem(word: str) -> str:
    return word if word.isdigit() else word[:5]


def _date_words(text: str) -> str:
    """'2025-03-06' as 'march 6 2025', so a claim's written date finds it."""

    def spell(match: re.Match[str]) -> str:
        year, month, day = match.group(1), int(match.group(2)), match.group(3)
        name = calendar.month_name[month].lower() if 1 <= month <= 12 else ""
        return f"{match.group()} {name} {int(day) if day else ''} {year}"

    return _ISO_DATE.sub(spell, text)


def terms(text: str) -> list[str]:
    """The index terms of a text: folded words that say something, by their first letters."""
    words = _TOKEN.findall(fold(_date_words(text)))
    return [
        _stem(word) for word in words if word not in _IGNORED and (len(word) > 2 or word.isdigit())
    ]


class RecordIndex:
    """An inverted index from terms to records, with each term's rarity."""

    def __init__(self, documents: Iterable[tuple[Record, str]]) -> None:
        self.records: dict[str, Record] = {}
        self.postings: dict[str, dict[str, int]] = defaultdict(dict)
        for record, text in documents:
            self.records[record.id] = record
            for term, count in Counter(terms(text)).items():
                self.postings[term][record.id] = count
        total = max(len(self.records), 1)
        self.weight = {
            term: math.log(1 + total / len(found)) for term, found in self.postings.items()
        }

    def _claim_terms(self, text: str) -> dict[str, float]:
        """The claim's terms, with synonyms' terms at a lower weight."""
        found: dict[str, float] = {}
        for word in _TOKEN.findall(fold(text)):
            if word in _IGNORED or (len(word) <= 2 and not word.isdigit()):
                continue
            found[_stem(word)] = 1.0
            for other in synonyms_of(word):
                found.setdefault(_stem(other), 0.6)
        return found

    def closest(
        self,
        text: str,
        limit: int = 3,
        exclude: Iterable[str] = (),
        bonus: dict[str, float] | None = None,
    ) -> list[Record]:
        """The records that share most of the claim's rare words, best first; `bonus` adds to
        the score of records the caller knows the claim names (a person, a year's figure)."""
        skip = set(exclude)
        scores: dict[str, float] = defaultdict(float, bonus or {})
        for term, factor in self._claim_terms(text).items():
            for record_id in self.postings.get(term, {}):
                scores[record_id] += factor * self.weight[term]
        ranked = sorted(
            (item for item in scores.items() if item[0] not in skip),
            key=lambda item: (-item[1], item[0]),
        )
        return [self.records[record_id] for record_id, _ in ranked[:limit]]
