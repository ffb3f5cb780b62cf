"""Folding text so that a query typed on any keyboard finds a name written any way.

`fold("Nguyễn Khắc Định") == fold("nguyen khac dinh")`. Vietnamese đ/Đ is a letter of its own,
not d plus a mark, so Unicode decomposition leaves it alone and it needs its own rule. Letters of
other scripts are transliterated by `anyascii`: `fold("Касымалиев") == "kasymaliev"`.
"""

from __future__ import annotations

import functools
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
_SPECIAL_LETTER = re.compile("[" + "".join(chr(code) for code in _SPECIAL_LETTERS) + "]")
_WORD = re.compile(r"[a-z0-9]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
#: The blocks of combining marks: Vietnamese tone and vowel marks are all in the first.
_COMBINING_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics, keeping one character per base letter."""
    if text.isascii():  # most of the record: nothing to decompose
        return text.lower()
    composed = _special(unicodedata.normalize("NFC", text).casefold())
    bare = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", composed))
    # Compatibility forms can decompose to capitals or to special letters: fold those too.
    folded = _special(bare.casefold())
    if folded.isascii():
        return folded
    # Other scripts (Cyrillic, Greek, Han…): transliterated, so `Касымалиев` finds Kasymaliev.
    # Run by run: a long text that is mostly ASCII is not walked character by character.
    return _NOT_ASCII.sub(_transliterate, folded)


def _transliterate(match: re.Match[str]) -> str:
    # Imported here: most runs never meet such a letter, and the import costs start-up time.
    from anyascii import anyascii

    return str(anyascii(match.group())).lower()


def _special(text: str) -> str:
    """`text.translate(_SPECIAL_LETTERS)`, but scanning in C: most texts hold none of them."""
    return _SPECIAL_LETTER.sub(_replace_special, text)


def _replace_special(match: re.Match[str]) -> str:
    return str(_SPECIAL_LETTERS[ord(match.group())])


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
    if text.isascii():
        return text.lower(), list(range(len(text)))
    pieces: list[str] = []
    origins: list[int] = []
    for position, char in enumerate(text):
        piece = fold(char)
        pieces.append(piece)
        origins.extend([position] * len(piece))
    return "".join(pieces), origins


@functools.lru_cache(maxsize=8192)
def compiled(expression: str, flags: int = 0) -> re.Pattern[str]:
    """`expression`, compiled once for the process.

    The checker builds its patterns from lexicon words and record names: more than the 512 that
    `re` keeps, so with `re.search(text, ...)` every claim compiled hundreds of them again."""
    return re.compile(expression, flags)


@functools.lru_cache(maxsize=16384)
def ends_with(phrase: str) -> re.Pattern[str]:
    """`phrase` as the last words of a folded text, spaces after it allowed."""
    return compiled(rf"(?<![a-z]){re.escape(phrase)}\s+$")


@functools.lru_cache(maxsize=16384)
def word_pattern(phrase: str) -> re.Pattern[str]:
    """`phrase` as words of their own in folded text: no letter just before or after it."""
    return compiled(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])")
