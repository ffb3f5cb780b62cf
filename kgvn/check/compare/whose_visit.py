"""'The visit ran from May 2 to 4': a visit with no owner, told apart from the record's other
visits by its dates alone.

Read alone, 'the visit' could be any visit on record, so the claim was left open. When the
dates it gives fit exactly one visit on record, that visit is the one meant, and the claim is
read as that visitor's visit ('Ann Lee's visit lasted three days, from May 2 to 4'). A claim with
no date, dates that fit several visits or none, or nothing to say but its dates, is left as it
was."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kgvn.check.compare.slots import date_agrees
from kgvn.check.result import Status
from kgvn.claims import Claim, DateSpan, parse_claim
from kgvn.models import EventKind
from kgvn.records import Event, Person

_BARE = re.compile(r"^The (?P<noun>visit|trip)\b(?!\s+(?:by|of|to)\b)")


def _fits(event: Event, dates: Iterable[DateSpan], years: Iterable[int]) -> bool:
    spans = list(dates)
    start, end = str(event.date), str(event.end) if event.end else None
    return all(date_agrees(span, start, end) is Status.agrees for span in spans) and all(
        start.startswith(str(year)) for year in years
    )


#: What a visit's sentence says when it only says when: 'The visit took place in 2014'.
_ONLY_WHEN = frozenset(
    {"the", "visit", "trip", "took", "place", "ran", "was", "held", "happened", "occurred"}
    | {"from", "on", "in", "to", "between", "and"}
)


def _more_than_when(text: str, claim: Claim) -> bool:
    """Whether the text says more than the dates it is found by: 'The visit took place in 2014'
    would back itself by any visit of that year, so it stays open."""
    rest = text
    for span in claim.dates:
        rest = rest.replace(span.text, " ")
    for year in claim.years:
        rest = rest.replace(str(year), " ")
    return any(word not in _ONLY_WHEN for word in re.findall(r"[a-z]+", rest.lower()))


def owned_by_date(text: str, events: Iterable[Event], people: Mapping[str, Person]) -> str | None:
    """`text` with a bare 'The visit' as its one fitting visitor's ('Ann Lee's visit'); None
    when the text opens otherwise or the dates do not pick out one visit."""
    match = _BARE.match(text)
    if match is None:
        return None
    claim = parse_claim(text)
    if (not claim.dates and not claim.years) or not _more_than_when(text, claim):
        return None
    fitting = [
        event
        for event in events
        if event.kind is EventKind.visit and _fits(event, claim.dates, claim.years)
    ]
    if len(fitting) != 1 or len(fitting[0].participants) != 1:
        return None
    visitor = people.get(fitting[0].participants[0])
    if visitor is None:
        return None
    return f"{visitor.name}'s {match.group('noun')}{text[match.end() :]}"
