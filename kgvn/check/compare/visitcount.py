"""How many of the visits on record went which way: 'Of the three notable visits before 2025,
two saw Ruritanian officials travel to Elbonia and only one brought an Elbonian official to
Ruritania'.

Each record of a visit holds its visitors (whose country the store gives) and its place, so a
count over them is the record's own: the visits before the year named, and of those the ones
made by the named side's officials to the named place. The whole sentence must be such counts;
a count the record gives otherwise contradicts it, and all agreeing supports it. The nouns are
lexicon data (`counted_visit_nouns`, `office_holders`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from kgvn.check.lexicon import load
from kgvn.claim_patterns import NUMBER_WORDS


@dataclass(frozen=True)
class Visit:
    """A visit on record: its year, its visitors' countries and the country it went to."""

    year: int
    sides: frozenset[str]
    place: str | None


@dataclass(frozen=True)
class Count:
    """One count a claim gives, what it counts and the record's count."""

    text: str
    said: int
    found: int


def _number() -> str:
    words = sorted(NUMBER_WORDS, key=len, reverse=True)
    return r"(?:\d+|" + "|".join(re.escape(word) for word in words) + ")"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load("words")
    nouns = "|".join(re.escape(noun) for noun in words["counted_visit_nouns"])
    people = "|".join(re.escape(noun) for noun in words["office_holders"])
    number = _number()
    scope = re.compile(
        rf"^of the (?P<n>{number}) (?:[\w-]+ ){{0,2}}?(?:{nouns})(?: (?:cited|listed|reported|"
        rf"on record))? before (?P<year>\d{{4}}), (?P<rest>.+?)\.?$"
    )
    part = re.compile(
        rf"^(?:only )?(?P<m>{number}) (?:were made by|saw|brought|involved|were by) (?:an? )?"
        rf"(?P<who>[a-z]+) (?:{people})(?: (?:coming|travel|travelling|traveling|going|"
        rf"visiting))?(?: to)? (?P<where>[a-z ]+?)$"
    )
    return scope, part


def _value(word: str) -> int:
    return int(word) if word.isdigit() else int(NUMBER_WORDS[word])


def counts(
    folded: str, visits: Sequence[Visit], country: Callable[[str, str], str | None]
) -> list[Count] | None:
    """The counts the folded claim gives, each with the record's; None unless the whole claim
    is counts of visits before a year. `country` reads a word of a kind ('demonyms', 'names')
    as a country's code: a city is not where a visit to a country went."""
    scope, part = _patterns()
    match = scope.match(folded.strip())
    if match is None:
        return None
    before = [visit for visit in visits if visit.year < int(match.group("year"))]
    found = [Count(f"{match.group('n')} visits", _value(match.group("n")), len(before))]
    for piece in re.split(r",? and |, ", match.group("rest")):
        read = part.match(piece.strip())
        if read is None:
            return None
        who, where = country(read.group("who"), "demonyms"), country(read.group("where"), "names")
        if who is None or where is None:
            return None
        made = [visit for visit in before if who in visit.sides and visit.place == where]
        found.append(Count(piece.strip(), _value(read.group("m")), len(made)))
    return found if len(found) > 1 else None
