"""Candidate facts in an article: each sentence holding something checkable, and what it backs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgvn.check import Checker, Verdict
from kgvn.claims import parse_claim
from kgvn.records import Organisation, Person, Store
from kgvn.sentences import sentences, unknown_names
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
    """Every sentence with a date, figure, rank, count or name, or that a record quotes, with
    every record it backs: a quote lies inside it, or its values agree. It writes nothing."""
    checker = Checker(store)
    spellings = _spellings(store)
    quotes = _quotes(store)
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
        quoted = _quoted_in(sentence.text, quotes)
        if not parts and not names and not new_names and not quoted:
            continue
        backs = quoted + _agreeing(checker, sentence.text)
        backs = tuple(dict.fromkeys(backs))
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


def _quotes(store: Store) -> list[tuple[str, str]]:
    """(folded quote, record id) for every quote in the store, nested ones included."""
    found = []
    for _, _, record in store.records():
        nested = [role.evidence for role in getattr(record, "roles", ())]
        nested += [revision.evidence for revision in record.history]
        for evidence in (record.evidence, *nested):
            for item in evidence:
                found.append((" ".join(fold(item.quote).split()), record.id))
    return found


def _quoted_in(sentence: str, quotes: list[tuple[str, str]]) -> tuple[str, ...]:
    """Records with a quote that lies inside the sentence (case, marks and spacing aside)."""
    folded = " ".join(fold(sentence).split())
    return tuple(dict.fromkeys(record_id for quote, record_id in quotes if quote in folded))


def _agreeing(checker: Checker, sentence: str) -> tuple[str, ...]:
    """Records whose values agree with the sentence: it is supported, or parts of it agree with
    the record and none differs."""
    result = checker.check(sentence)
    if result.verdict is Verdict.contradicted:
        return ()
    statuses = {part.status.value for part in result.parts}
    if result.verdict is Verdict.supported or ("agrees" in statuses and "differs" not in statuses):
        return tuple(record.id for record in result.records)
    return ()


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
