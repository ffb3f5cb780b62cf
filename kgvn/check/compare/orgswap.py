"""One organisation put where the record has another: 'among the few countries in the ASEAN
region' where the record says the CIS region, 'organised by the Government Office and the
Communist Party' where it says the Government Office and the news agency.

The swapped-in name was an unbacked word, so the claim stayed unverified; but the record does
name an organisation there, and the claim leaves it out. It is called a swap only when nothing
else in the claim is open and either the claim keeps none of the record's organisations or
the record lists its organisations as participants (a closed list) and the claim names as many.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kgvn.check.retrieve.mentions import _contains
from kgvn.text import fold


@dataclass(frozen=True)
class Organisation:
    """An organisation by id, with the folded forms a text may name it by."""

    id: str
    name: str
    forms: tuple[str, ...]

    @property
    def words(self) -> frozenset[str]:
        return frozenset(word for form in self.forms for word in form.split())


def named(folded: str, organisations: Iterable[Organisation]) -> list[Organisation]:
    """The organisations a folded text names by any of their forms."""
    return [org for org in organisations if any(_contains(folded, form) for form in org.forms)]


#: Who put a thing on ('organised jointly by A and B'): the list after the verb.
_MADE_BY = re.compile(
    r"\b(?:co-?)?(?:organi[sz]ed|hosted|staged|arranged|sponsored)\s+(?:jointly\s+)?by\s+"
    r"(?P<list>[^.;]*)"
)
#: A name of capitalised words in that list.
_NAME = re.compile(
    r"(?:^|\band\s+|,\s*)(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)"
)


def unnamed(
    claim: str, open_words: Sequence[str], known: Sequence[Organisation]
) -> list[Organisation]:
    """Names the record does not hold, put where the claim says who did a thing ('organised by
    the Government Office and Utopia Television'): each an organisation of its own, so that one
    swapped for the record's is read as a swap, not an open word. Only names holding every open
    word of the claim, and holding none of the record's names."""
    found: list[Organisation] = []
    made = _MADE_BY.search(claim)
    for match in _NAME.finditer(made.group("list") if made else ""):
        name = match.group("name")
        folded = fold(name)
        if named(folded, known):
            continue
        found.append(Organisation(f"unnamed:{folded}", name, (folded,)))
    words = frozenset().union(*(org.words for org in found)) if found else frozenset()
    return found if all(fold(word) in words for word in open_words) else []


def swap(
    claim: str,
    open_words: Sequence[str],
    organisations: Sequence[Organisation],
    record_text: str,
    participants: Iterable[str],
) -> tuple[list[str], list[str]] | None:
    """(the claim's organisations the record lacks, the record's the claim lacks), or None."""
    members = set(participants)
    in_claim = named(fold(claim), organisations) or []
    in_claim += [org for org in unnamed(claim, open_words, organisations) if org not in in_claim]
    in_record = [
        org for org in organisations if org.id in members or org in named(fold(record_text), [org])
    ]
    foreign = [org for org in in_claim if org not in in_record]
    missing = [org for org in in_record if org not in in_claim]
    if not foreign or not missing or not open_words:
        return None
    foreign_words = frozenset().union(*(org.words for org in foreign))
    if any(word not in foreign_words for word in open_words):
        return None
    kept = [org for org in in_claim if org in in_record]
    listed = {org.id for org in in_record} <= members
    if kept and not (listed and len(in_claim) == len(in_record)):
        return None
    return [org.name for org in foreign], [org.name for org in missing]
