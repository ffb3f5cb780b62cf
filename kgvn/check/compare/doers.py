"""Who did what a record states in words: 'Bo tasked the ministries …' is not backed by a
record in which Ann tasked them, though Bo is among the record's people (he brought the letter).

The claim's doer is the person it names first, right before its verb; the record's doer of the
same verb (or a synonym) is the person named last before it within its clause."""

from __future__ import annotations

import re

from kgvn.check.lexicon import stem, synonyms_of
from kgvn.check.retrieve.mentions import _people_at
from kgvn.check.retrieve.names import Spellings

#: What ends the clause a record's verb stands in: its doer is named after it.
_CLAUSE_END = re.compile(r"[;.:]|,\s+and\b|\bwhile\b")
_SKIPPED = frozenset({"also", "then", "later", "further", "again", "has", "had", "have"})


def _claim_verb(folded: str, spellings: Spellings) -> tuple[str, str] | None:
    """(the doer, the verb) of a claim that opens with a person and a verb ('bo tasked …')."""
    named = _people_at(folded, spellings)
    if not named:
        return None
    start, person = min(named)
    if start > 30:
        return None
    spelled = max(
        (form for form, who in spellings if who == person and folded.startswith(form, start)),
        key=len,
        default="",
    )
    words = folded[start + len(spelled) :].split()
    words = [word for word in words if word not in _SKIPPED]
    if not words or not re.fullmatch(r"[a-z]+ed", words[0]):
        return None
    return person, words[0]


def _verb_stems(verb: str) -> frozenset[str]:
    return frozenset(
        {stem(verb)} | {stem(other) for other in synonyms_of(verb) if " " not in other}
    )


def other_doer(folded: str, text: str, spellings: Spellings) -> str | None:
    """The person the record's folded `text` says did the claim's act, when that is someone
    other than the claim's doer at every place the record says it; else None."""
    found = _claim_verb(folded, spellings)
    if found is None:
        return None
    person, verb = found
    stems = _verb_stems(verb)
    doers = []
    for match in re.finditer(r"[a-z]+", text):
        if stem(match.group()) not in stems:
            continue
        before = text[: match.start()]
        ends = list(_CLAUSE_END.finditer(before))
        clause = before[ends[-1].end() :] if ends else before
        named = _people_at(clause, spellings)
        if named:  # a quote that opens with the verb says nothing of who did it
            doers.append(max(named)[1])
    if not doers or person in doers:
        return None
    return doers[-1]
