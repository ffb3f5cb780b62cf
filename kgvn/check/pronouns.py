"""A pasted paragraph's sentences that open with a pronoun ('… Trade grew. It reached $4.5
million in 2022.'): the pronoun stands for the subject of the sentence before, which is put in
its place so that the sentence can be checked alone."""

from __future__ import annotations

import re

from kgvn.check.frame import _subject

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
    return out
