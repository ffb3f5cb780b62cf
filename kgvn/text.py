"""Folding text so that a query typed on any keyboard finds a name written any way.

`fold("Nguyễn Khắc Định") == fold("nguyen khac dinh")`. Vietnamese đ/Đ is a letter of its own,
not d plus a mark, so Unicode decomposition leaves it alone and it needs its own rule.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL_LETTERS = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "’": "'",
        "‘": "'",
        "–": "-",
        "—": "-",
    }
)
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics, keeping one character per base letter."""
    composed = unicodedata.normalize("NFC", text).casefold().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", composed)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Compatibility forms can decompose to capitals or to special letters: fold those too.
    return bare.casefold().translate(_SPECIAL_LETTERS)


def words(text: str) -> list[str]:
    """The folded words of `text`, punctuation dropped."""
    return _WORD.findall(fold(text))


def folded_contains(haystack: str, needle: str) -> bool:
    """Whether every word of `needle` starts a word of `haystack`, ignoring case and marks."""
    hay_words = words(haystack)
    return all(any(word.startswith(part) for word in hay_words) for part in words(needle))


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each folded character, the index of the character it came from.

    Lets a match found in folded text be highlighted in the original.
    """
    pieces: list[str] = []
    origins: list[int] = []
    for position, char in enumerate(text):
        piece = fold(char)
        pieces.append(piece)
        origins.extend([position] * len(piece))
    return "".join(pieces), origins
