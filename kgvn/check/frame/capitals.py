"""Names that open with a capital outside ASCII (a 'Đ', an 'Ö'), read like any other name.

The sentence splitters and recasts find a name by its capital letter, written as [A-Z]: a
name whose capital carries a mark (or is another letter, as 'Đ') was not seen as one, so "Ann
Đỗ, Utopia's trade minister, visited …" was not split at its apposition. The sentence is read
with those capitals in their plain ASCII letter, and every claim the result shows is written
back with the words as the user wrote them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgvn.check.result import CheckResult, PartResult
from kgvn.text import fold

_WORD = re.compile(r"\w+")


def ascii_capitals(text: str) -> tuple[str, dict[str, str]]:
    """The text with each word's non-ASCII capital in its plain letter, and each changed word
    mapped back to the word as written."""
    words: dict[str, str] = {}

    def plain(match: re.Match[str]) -> str:
        word = match.group()
        first = word[0]
        if first.isascii() or not first.isupper():
            return word
        letter = fold(first).upper()
        if len(letter) != 1 or not letter.isascii():
            return word
        said = letter + word[1:]
        words[said] = word
        return said

    return _WORD.sub(plain, text), words


def _back(text: str, words: dict[str, str]) -> str:
    for said, word in words.items():
        text = re.sub(rf"\b{re.escape(said)}\b", word, text)
    return text


def restored(result: CheckResult, words: dict[str, str]) -> CheckResult:
    """The result with every claim, explanation and part written with the user's words."""
    if not words:
        return result
    parts = [
        replace(part, text=_back(part.text, words)) if isinstance(part, PartResult) else part
        for part in result.parts
    ]
    return replace(
        result,
        claim=_back(result.claim, words),
        explanation=_back(result.explanation, words),
        parts=parts,
        atoms=[restored(atom, words) for atom in result.atoms],
    )
