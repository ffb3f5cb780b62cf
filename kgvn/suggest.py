"""Candidate facts in an article: each sentence holding something checkable, and what it backs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgvn.check import Checker, Verdict
from kgvn.claims import parse_claim
from kgvn.curate import sentences, unknown_names
from kgvn.records import Organisation, Person, Store
from kgvn.text import fold

KIND_WORDS: list[tuple[str, str]] = [
    (r"\btrade|turnover|export|import", "trade"),
    (r"invest|project|capital", "investments"),
    (r"agreement|signed|joint statement|memorand|treaty|documents", "agreements"),
    (r"visit|talks|received|reception|welcom|met |phone|ceremony|invit", "events"),
    (r"minister|president|secretary|chairman|ambassador", "people"),
]


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    quote: str
    kind: str
    found: tuple[str, ...]
    names: tuple[str, ...]
    new_names: tuple[str, ...]
    backs: tuple[str, ...]


def suggest(store: Store, text: str) -> list[Suggestion]:
    """Every sentence with a date, figure, rank, count or name; it writes nothing."""
    checker = Checker(store)
    spellings = _spellings(store)
    found = []
    for sentence in sentences(text):
        claim = parse_claim(sentence.text)
        parts = tuple(f"{kind} {value}" for kind, value in claim.checkable_parts())
        folded = fold(sentence.text)
        names = tuple(
            dict.fromkeys(
                name
                for spelling, name in spellings
                if re.search(rf"\b{re.escape(spelling)}\b", folded)
            )
        )
        new_names = tuple(unknown_names(sentence.text, [spelling for spelling, _ in spellings]))
        if not parts and not names and not new_names:
            continue
        result = checker.check(sentence.text)
        backs = (
            tuple(record.id for record in result.records)
            if result.verdict is Verdict.supported
            else ()
        )
        found.append(
            Suggestion(
                sentence.start,
                sentence.end,
                sentence.text,
                _kind(folded),
                parts,
                names,
                new_names,
                backs,
            )
        )
    return found


def _named(folded: str, spellings: list[tuple[str, str]]) -> set[str]:
    """Names in the sentence; a short spelling inside a longer match names only the longer one."""
    hits = [
        (match.start(), match.end(), name)
        for spelling, name in spellings
        for match in re.finditer(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", folded)
    ]
    return {
        name
        for start, end, name in hits
        if not any(s <= start and end <= e and e - s > end - start for s, e, _ in hits)
    }


def _spellings(store: Store) -> list[tuple[str, str]]:
    pairs = []
    named: list[Person | Organisation] = [*store.people, *store.organisations]
    for item in named:
        for spelling in [item.name, *(alias.name for alias in item.aliases)]:
            pairs.append((fold(spelling), item.name))
        if isinstance(item, Organisation) and item.abbreviation:
            pairs.append((fold(item.abbreviation), item.name))
    return pairs


def _kind(folded: str) -> str:
    for pattern, kind in KIND_WORDS:
        if re.search(pattern, folded):
            return kind
    return "statements"
