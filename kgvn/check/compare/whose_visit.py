"""'The visit ran from May 2 to 4': a visit with no owner, told apart from the record's other
visits by its dates alone.

Read alone, 'the visit' could be any visit on record, so the claim was left open. When the
dates it gives fit exactly one visit on record, that visit is the one meant, and the claim is
read as that visitor's visit ('Ann Lee's visit ran from May 2 to 4'). A claim with no date, or
dates that fit several visits or none, is left as it was."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kgvn.check.compare.slots import date_agrees
from kgvn.check.result import Status
from kgvn.claims import DateSpan, parse_claim
from kgvn.models import EventKind
from kgvn.records import Event, Person

_BARE = re.compile(r"^The (?P<noun>visit|trip)\b(?!\s+(?:by|of|to)\b)")


def _fits(event: Event, dates: Iterable[DateSpan], years: Iterable[int]) -> bool:
    spans = list(dates)
    start, end = str(event.date), str(event.end) if event.end else None
    return all(date_agrees(span, start, end) is Status.agrees for span in spans) and all(
        start.startswith(str(year)) for year in years
    )


def owned_by_date(text: str, events: Iterable[Event], people: Mapping[str, Person]) -> str | None:
    """`text` with a bare 'The visit' as its one fitting visitor's ('Ann Lee's visit'); None
    when the text opens otherwise or the dates do not pick out one visit."""
    match = _BARE.match(text)
    if match is None:
        return None
    claim = parse_claim(text)
    if not claim.dates and not claim.years:
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
