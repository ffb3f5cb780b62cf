"""A bare title ('the prime minister', 'the state president') that several people on record
hold: read as each holder in turn who met the claim's other named people, by name. The claim
is the record's only when exactly one reading is backed and none is contradicted: a title two
people hold says no more than one of them, and the record tells which one did it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from kgvn.text import compiled

#: A title a claim gives alone: after 'the', with no capitalised name after it.
_BARE = r"\bthe\s+(?P<phrase>{phrase})\b(?-i:(?!\s+[A-Z]))(?!s\b|['’]s\b)"
#: At most this many readings of a sentence are tried.
_MOST = 4


def bare_titles(text: str, phrases: Iterable[str]) -> list[tuple[int, int, str]]:
    """The spans of 'the <title>' in `text` with each phrase, longest phrase first, unshared."""
    found: list[tuple[int, int, str]] = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        pattern = _BARE.format(phrase=r"\s+".join(map(re.escape, phrase.split())))
        for match in compiled(pattern, re.IGNORECASE).finditer(text):
            if all(match.end() <= start or end <= match.start() for start, end, _ in found):
                found.append((match.start(), match.end(), phrase))
    return sorted(found)


def readings(
    text: str, spans: Sequence[tuple[int, int, str]], holders: Callable[[str], Sequence[str]]
) -> list[str]:
    """`text` with each bare title replaced by each of its holders' names, one reading per
    choice; none when a title has no holder, or there are too many choices."""
    choices = [holders(phrase) for _, _, phrase in spans]
    if not spans or any(not names for names in choices):
        return []
    if len(list(itertools.product(*choices))) > _MOST:
        return []
    found = []
    for picked in itertools.product(*choices):
        if len(set(picked)) < len(picked):
            continue  # two titles are two people
        read, shift = text, 0
        for (start, end, _), name in zip(spans, picked, strict=True):
            read = read[: start + shift] + name + read[end + shift :]
            shift += len(name) - (end - start)
        found.append(read)
    return found
