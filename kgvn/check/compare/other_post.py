"""A title a claim gives a person that the record cannot decide: a post held at another time
('Before becoming Prime Minister, X served as Minister of Finance'), or the office of a body
the person's record never names ('the Chairman of the Cabinet of Ministers, X'). The record's
titles carry no dates and name only the bodies it holds, so such a title is left open rather
than contradicted. The time words are lexicon data (`past_post_markers`)."""

from __future__ import annotations

import re
from functools import cache

from kgvn.check.lexicon import PLACES, load
from kgvn.records import Person
from kgvn.text import fold

#: 'of the Cabinet …' right after the title: the first word of the body it heads.
_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?P<word>[a-z][a-z-]+)")


@cache
def _markers() -> re.Pattern[str]:
    words = sorted(load("words")["past_post_markers"], key=len, reverse=True)
    alternation = "|".join(re.escape(fold(word)).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"(?<![a-z])(?:{alternation})(?![a-z])")


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after the title, within its sentence part (up to ';' or '.')."""
    before = re.split(r"[;.!?]\s", text[:start])[-1]
    after = re.split(r"[;.!?](?:\s|$)", text[end:])[0]
    return fold(before), fold(after)


def _unknown_body(after: str, person: Person) -> bool:
    """Whether the title heads a body ('of the Cabinet') that none of the person's titles,
    the lexicon's title domains or the places name."""
    found = _BODY.match(after)
    if found is None:
        return False
    word = found["word"]
    if PLACES.code_of(word, "names", "demonyms", "capitals") is not None:
        return False  # 'President of Utopia': the side, compared elsewhere
    domains = load("words")["title_domains"]
    if any(key.split()[-1].startswith(word[:5]) for key in domains):
        return False
    titles = " ".join(fold(role.title) for role in person.roles)
    return re.search(rf"(?<![a-z]){re.escape(word[:5])}", titles) is None


def past_post(text: str) -> bool:
    """Whether `text` puts a post at another time ('previously', 'before becoming')."""
    return _markers().search(fold(text)) is not None


def other_post(text: str, start: int, end: int, person: Person) -> bool:
    """Whether the title at text[start:end] is one the record cannot decide for `person`."""
    before, after = _clause(text, start, end)
    return past_post(before) or past_post(after) or _unknown_body(after, person)
