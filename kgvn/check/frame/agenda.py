"""A topic said to have come up at one or more meetings ('X was on the agenda both at the
prime ministers' talks and at the meeting with B'; 'Both A's talks and B's meeting stressed X'):
each meeting is read as its people speaking of the topic. A statement's meeting is not stored;
it is the event whose participants include its speakers, so the statement reader, which asks
that the people a claim names spoke the words, decides each meeting on its own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from kgvn.text import compiled

#: What a meeting is called in a claim ('the talks with B', 'B's meeting', 'the phone call').
_MEETING = r"(?:talks|meetings?|call|reception|conversation|discussions?|session)"
#: 'X was on the agenda at …', 'X featured in …', 'X came up during …'.
_CAME_UP = compiled(
    r"^(?P<topic>[^,]+?)\s+(?:(?:was|were)\s+(?:on the agenda|discussed|raised|mentioned"
    r"|addressed|taken up|touched (?:on|upon)|highlighted)|featured|figured|came up)\s+"
    r"(?P<rest>(?:both\s+)?(?:at|in|during)\s+.+?)[.!]?$"
)
#: 'Both A's talks and B's meeting stressed X'.
_BOTH_STRESSED = compiled(
    r"^both\s+(?P<first>[^,]+?)\s+and\s+(?P<second>[^,]+?)\s+(?P<verb>stressed|discussed"
    r"|covered|raised|highlighted|emphasi[sz]ed|addressed|underlined|mentioned)\s+"
    r"(?P<topic>[^,]+?)[.!]?$",
    re.IGNORECASE,
)
_NEXT = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:also\s+)?(?:both\s+)?(?:at|in|during)\s+")

#: The names of the people at the meeting a phrase names ('the talks with B'), or None.
Attendees = Callable[[str], Sequence[str] | None]


def _meetings(rest: str) -> list[str] | None:
    """The meeting phrases of 'at A and at B': None when one is not a meeting or carries an
    aside ('…, which singled out Y'), which would go unread."""
    pieces = [piece.strip() for piece in _NEXT.split(" " + rest) if piece.strip()]
    if not pieces or any("," in piece for piece in pieces):
        return None
    if not all(compiled(rf"\b{_MEETING}\b").search(piece) for piece in pieces):
        return None
    return pieces


def _joined(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def agenda_sentences(sentence: str, attendees: Attendees) -> list[list[str]] | None:
    """The sentence as one claim per meeting, each its people speaking of the topic, in the
    ways that may be said ('A and B spoke of X', 'A spoke of X to B', 'B … to A': one
    may have said it to the other); None when it is not of this shape or a meeting's people
    are not known."""
    text = sentence.strip()
    said = _CAME_UP.match(text)
    if said is not None:
        phrases, verb, topic = _meetings(said["rest"]), "spoke of", said["topic"]
    elif (both := _BOTH_STRESSED.match(text)) is not None:
        phrases, verb, topic = [both["first"], both["second"]], both["verb"], both["topic"]
        if not all(compiled(rf"\b{_MEETING}\b").search(phrase) for phrase in phrases):
            return None
    else:
        return None
    if not phrases:
        return None
    found = []
    for phrase in phrases:
        names = attendees(phrase)
        if not names:
            return None
        ways = [f"{_joined(names)} {verb} {topic}."]
        if len(names) == 2:
            ways += [f"{one} {verb} {topic} to {other}." for one, other in (names, names[::-1])]
        found.append(ways)
    return found


def meeting_people(people: set[str], events: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The people at the one meeting that had all of `people`: of the events that had them
    (their people only), the set held by every other ('the talks with B': B and the guest),
    None when there is none or two meetings of other people fit."""
    if not people:
        return None
    sets = {present for present in events if people <= present}
    smallest = [one for one in sets if all(one <= other for other in sets)]
    return smallest[0] if len(smallest) == 1 else None
