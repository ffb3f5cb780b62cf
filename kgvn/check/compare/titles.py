"""A title a claim gives that is narrower than the record's ('Deputy Foreign Minister X' where
the record has only 'Deputy Minister X'): the record does not decide it, so it is no
contradiction; it stays unverified."""

from __future__ import annotations

import re
from collections.abc import Callable

from kgvn.check.compare.other_post import other_post
from kgvn.check.lexicon import load
from kgvn.check.result import Status, _Outcome
from kgvn.records import Person
from kgvn.text import fold

#: Words that make a title another office, not a narrower form ('Deputy Prime Minister').
_OTHER_OFFICE = frozenset(load("words")["other_office_words"])


def narrower(phrase: str, person: Person) -> bool:
    """Whether every word of one of the person's titles is in the claimed `phrase`, and the
    words added to it narrow it ('Foreign') rather than name another office ('Prime')."""
    said = set(re.findall(r"[a-z]+", fold(phrase)))
    return any(
        (words := set(re.findall(r"[a-z]+", fold(role.title))))
        and words <= said
        and not (said - words) & _OTHER_OFFICE
        for role in person.roles
    )


def title_status(said: str | re.Match[str], person: Person, wrong_side: bool) -> Status:
    """How a title the person is not on record with compares: another country's, or another
    title, differs; a narrower form of the record's, a post held at another time or an office
    of a body the person's record never names is not decided by it. `said` is the title or
    its match in the claim, whose words around it tell the time and the body."""
    phrase = said if isinstance(said, str) else said.group()
    if wrong_side:
        return Status.differs
    if narrower(phrase, person):
        return Status.not_on_record
    if isinstance(said, re.Match) and other_post(said.string, said.start(), said.end(), person):
        return Status.not_on_record
    return Status.differs


def title_outcome(phrase: str, title: str, person: Person, wrong_side: bool) -> _Outcome:
    """The comparison of a title written before a person's name with the titles on record."""
    outcome = _Outcome(records=[person])
    on_record = "; ".join(role.title for role in person.roles)
    status = title_status(phrase, person, wrong_side)
    outcome.add("title", f"{phrase} {person.name}", title, status, on_record)
    return outcome


#: Offices one person holds in a country at a time (lexicon 'unique_titles').
_UNIQUE = tuple(sorted(load("words")["unique_titles"], key=len, reverse=True))
_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
_EARLIER = re.compile(r"(?i:\b(?:former|ex|late|then|past|previous|outgoing|acting)[\s-]*)$")


def another_holder(
    text: str, countries: str, holder: Callable[[str, str], Person | None], known: frozenset[str]
) -> tuple[str, str, Person] | None:
    """'Utopian President Ann Bo' where the record's one Utopian president is Cy Dee: the words
    as said, the title and the record's holder. A name with a word of anyone's on record may be a
    misspelling, and 'former President Ann Bo' another time: neither is read."""
    for title in _UNIQUE:
        words = r"\s+".join(map(re.escape, title.split()))
        pattern = rf"\b(?i:(?P<country>{countries})(?:['’]s)?\s+{words})\s+{_NAME}"
        for match in re.finditer(pattern, text):
            name = match.group("name")
            if _EARLIER.search(text[: match.start()]) or set(fold(name).split()) & known:
                continue
            person = holder(fold(match.group("country")), title)
            if person is not None:
                return match.group(), title, person
    return None
