"""A pasted paragraph's sentences that open with a pronoun ('… Trade grew. It reached $4.5
million in 2022.'): the pronoun stands for the subject of the sentence before, which is put in
its place so that the sentence can be checked alone."""

from __future__ import annotations

import re

from kgvn.check.frame import _subject
from kgvn.check.later import later_dates

_OPENING = re.compile(r"^(?:He|She|It|They)\s+(?=[a-z])")


def resolved(found: list[str], verbs: frozenset[str]) -> list[str]:
    """Each sentence, with an opening pronoun replaced by the subject of the one before."""
    out: list[str] = []
    for index, sentence in enumerate(found):
        match = _OPENING.match(sentence)
        subject = _subject(found[index - 1], verbs) if index and match else ""
        if match and subject and len(subject.split()) <= 6 and not _OPENING.match(subject + " x"):
            sentence = subject + " " + sentence[match.end() :]
        out.append(sentence)
    return later_dates(out)  # 'A fortnight later, X …': after the sentence before


#: 'Ann declared independence': the subject, and the object after the verb.
_SUBJECT_VERB_OBJECT = re.compile(
    r"^(?P<subject>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+ed)\s+"
    r"(?P<object>(?:[A-Z][\w’'-]*['’]s\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)$"
)


def it_resolved(first: str, second: str) -> str:
    """`second` with 'it' (the thing the first clause acted on) and 'its' (its subject's)
    written out: 'X declared independence' / 'Y recognised it' → 'Y recognised X's
    independence'. Unchanged when the first clause is not a plain subject, verb and object."""
    match = _SUBJECT_VERB_OBJECT.match(first.strip().rstrip("."))
    if match is None:
        return second
    subject, thing = match.group("subject"), match.group("object")
    if not re.search(r"['’]s\s", thing):
        thing = f"{subject}'s {thing}"
    second = re.sub(r"\bit\b(?=\s*\.?$)", thing, second)
    return re.sub(r"\bits\b", f"{subject}'s", second)
