"""How many people of a country someone met: 'Ann met two Ruritanian leaders during her visit'
against the people of that country who share a record of a meeting with Ann.

Without it the number was backed as a bare word ('two' is in 'the two prime ministers'), so a
count short of the record's was called supported. The verbs and nouns are lexicon data
(`meeting_verbs`, `office_holders`, `signatory_nouns`); the count is the record's own: the
distinct people of the named country listed with the person in any event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from kgvn.check.lexicon import load
from kgvn.claim_patterns import NUMBER_WORDS


@dataclass(frozen=True)
class Headcount:
    """A claim's count of people one person met, and the country they are from."""

    subject: str
    count: int
    country: str
    text: str
    hedge: str  # "", "at least", "more than"


@cache
def _pattern() -> re.Pattern[str]:
    words = load("words")
    verbs = sorted(words["meeting_verbs"], key=len, reverse=True)
    nouns = sorted([*words["office_holders"], *words["signatory_nouns"]], key=len, reverse=True)
    numbers = sorted(NUMBER_WORDS, key=len, reverse=True)
    return re.compile(
        r"^(?P<subject>.+?)\s+(?:" + "|".join(re.escape(verb) for verb in verbs) + r")\s+"
        r"(?P<hedge>at least\s+|more than\s+|only\s+)?"
        r"(?P<n>\d+|" + "|".join(re.escape(number) for number in numbers) + r")\s+"
        r"(?:(?P<nat>[a-z-]+)\s+)?(?:senior\s+|top\s+|high-ranking\s+)?"
        r"(?:" + "|".join(re.escape(noun) for noun in nouns) + r")\b"
    )


def headcount(
    folded: str, subject_of: Callable[[str], str | None], country_of: Callable[[str], str | None]
) -> Headcount | None:
    """The count a claim gives, when one person is its subject and a country its people's."""
    match = _pattern().search(folded)
    if match is None or match.group("nat") is None:
        return None
    subject = subject_of(match.group("subject"))
    country = country_of(match.group("nat"))
    number = match.group("n")
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if subject is None or country is None or count is None:
        return None
    hedge = (match.group("hedge") or "").strip()
    return Headcount(subject, int(count), country, match.group(0), "" if hedge == "only" else hedge)


def met(
    subject: str,
    country: str,
    events: Iterable[tuple[str, list[str]]],
    country_of_person: Mapping[str, str],
) -> tuple[set[str], list[str]]:
    """The people of `country` listed with `subject` in an event, and those events' ids."""
    people: set[str] = set()
    ids: list[str] = []
    for event_id, participants in events:
        if subject not in participants:
            continue
        others = {p for p in participants if p != subject and country_of_person.get(p) == country}
        if others:
            people |= others
            ids.append(event_id)
    return people, ids


def judged(claimed: Headcount, actual: int) -> str:
    """'agrees', 'differs' (fewer than the people on record, said as the whole count), or
    'open' (more than the record names: it need not list everyone a visitor met)."""
    if claimed.hedge == "at least":
        return "agrees" if actual >= claimed.count else "open"
    if claimed.hedge == "more than":
        return "agrees" if actual > claimed.count else "open"
    if actual == claimed.count:
        return "agrees"
    return "differs" if claimed.count < actual else "open"
