"""A time between two things each dated in the sentence: "A's 2023 trip came nine years after
B's 2014 visit".

Read whole, the first year written would be taken for the first thing's, and the second thing's
year would contradict it. So the sentence is three claims: the time between the two things (their
years left out, for the records' dates to measure), and each thing in its own year.
"""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d\d"
_GAP = re.compile(
    r"^(?P<a>.{8,}?)\s+(?:came|was|were|took\s+place|happened|followed)\s+"
    r"(?P<gap>(?:(?:some|about|around|nearly|almost|just|only|exactly|more\s+than|less\s+than|"
    r"over|under)\s+)?[\w-]+\s+(?:days?|weeks?|months?|years?|decades?))\s+"
    r"(?P<rel>after|before)\s+(?P<b>.{8,}?)[.!?]?$",
    re.IGNORECASE,
)
#: A year the side is dated by: "'s 2023 trip", "the 2014 visit", "in 2023".
_DATED = re.compile(rf"(?:\s+in\s+{_YEAR}\b|(?<=\s){_YEAR}\s+(?=[a-z]))")


def _side(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def dated_sides(sentence: str) -> list[str] | None:
    """The claims of a sentence giving the time between two things, each dated by its year;
    None unless both sides are things (not clauses) and each names one year."""
    match = _GAP.match(sentence.strip())
    if match is None:
        return None
    first, second = match.group("a"), match.group("b")
    if not all(len(re.findall(rf"\b{_YEAR}\b", side)) == 1 for side in (first, second)):
        return None
    if not all(_DATED.search(f" {side}") for side in (first, second)):
        return None
    bare_first, bare_second = (_DATED.sub("", f" {side}").strip() for side in (first, second))
    gap = f"{_side(bare_first)} came {match.group('gap')} {match.group('rel')} {bare_second}."
    return [gap, f"{_side(first)} took place.", f"{_side(second)} took place."]


_ITEM_BREAK = re.compile(r",\s+(?:and\s+)?(?=an?\s)|\s+and\s+(?=an?\s)")
_LIST_HEAD = re.compile(
    r"^(?:(?P<noun>(?:[\w’'-]+\s+){0,5}?)(?:were|was|are|included|include|includes|comprised)"
    r"\s+)?(?P<items>an?\s.+?)[.!?]?$"
)
#: Words a list's noun may hold and say nothing of its own: 'the notable ones were', 'earlier
#: exchanges included'. Any other ('the only visits', 'the guests' trips') keeps it whole.
_PLAIN_NOUN = frozenset(
    [
        "the",
        "notable",
        "ones",
        "earlier",
        "past",
        "previous",
        "prior",
        "other",
        "high-level",
        "contacts",
        "exchanges",
        "visits",
        "trips",
        "key",
        "main",
        "these",
        "those",
        "such",
        "among",
        "them",
        "bilateral",
    ]
)


def dated_list(sentence: str) -> list[str] | None:
    """'Contacts were few: the notable ones were a 2009 trip …, a 2014 visit … and a 2023
    visit …': the clause before the colon, and each dated thing of the list as a claim that it
    took place; None unless two or more things are listed, each with its year."""
    head, colon, body = sentence.strip().partition(": ")
    if not colon:
        head, body = "", head
    match = _LIST_HEAD.match(body.strip())
    if match is None or not set((match.group("noun") or "").lower().split()) <= _PLAIN_NOUN:
        return None
    if match.group("noun") is None and not colon:
        return None  # 'A 2009 trip and a 2014 visit laid …': the things are a clause's subject
    items = [item.strip() for item in _ITEM_BREAK.split(match.group("items"))]
    if len(items) < 2 or not all(len(re.findall(rf"\b{_YEAR}\b", item)) == 1 for item in items):
        return None
    pieces = [f"{_side(item)} took place." for item in items]
    return [f"{_side(head)}.", *pieces] if len(head.split()) >= 3 else pieces
