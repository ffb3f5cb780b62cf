"""'On Thursday': a day of the week, checked against the day the record gives.

The claim is checked without the weekday ('on Friday, March 6' as 'on March 6', the weekday then
compared with the record's March 6 only); the records that decide it carry a date (or a span of
dates), and the weekday must be one of its days: else the claim is contradicted. A record with
no full date, or a weekday said relative to today ("last Thursday"), leaves the claim as it was.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kgvn.check.result import CheckResult, PartResult, Status, Verdict
from kgvn.claim_patterns import FULL_MONTHS

_DAYS = [name.lower() for name in calendar.day_name]
_ON_WEEKDAY = re.compile(
    r"\s*,?\s*\b(?:on\s+(?:a\s+)?)?(?P<day>" + "|".join(_DAYS) + r")\b(?!\s*,?\s*(?:the\s+)?\d)",
    re.IGNORECASE,
)
_MONTHS = [name.lower() for name in FULL_MONTHS]
#: 'Friday, March 6', 'Friday 6 March': a weekday before a date the frame could not place in a year.
_BEFORE_DATE = re.compile(
    r"\b(?P<day>" + "|".join(_DAYS) + r")\b,?\s+(?=(?:the\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?P<m1>" + "|".join(_MONTHS) + r")\b|(?P<m2>" + "|".join(_MONTHS) + r")\s+"
    r"(?P<d2>\d{1,2})\b)",
    re.IGNORECASE,
)
#: 'Thursday and Friday, March 6-7': two weekdays or a span of dates, not one day's name.
_SPAN = re.compile(
    r"\b(?:" + "|".join(_DAYS) + r")\s*(?:and|or|to|through|-|–)\s*$"
    r"|^[^,.;]{0,12}?\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*\d",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:last|next|this|every|each|coming|past)\s+$", re.IGNORECASE)
#: A date next: 'March 6-7', '6-7 March'.
_DATE_AFTER = re.compile(r"\s*(?:\d|(?:" + "|".join(_MONTHS) + r")\b)", re.IGNORECASE)
#: 'from Thursday to Friday', 'on Thursday and Friday': the first and last days of a span.
_DAY_SPAN = re.compile(
    r"\s*\b(?:(?P<lead>from|on)\s+)?(?P<day>" + "|".join(_DAYS) + r")\s*(?:to|through|till|until"
    r"|and|-|–)\s*(?P<last>" + "|".join(_DAYS) + r")\b\s*,?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Weekday:
    """The claim without its weekday, and the weekday (0 is Monday)."""

    without: str
    day: int
    text: str
    #: The month and day the weekday is said of, when the claim gives them.
    date: tuple[int, int] | None = None
    #: The last day of a span said by its weekdays ('from Thursday to Friday').
    last: int | None = None


def _day_span(claim: str) -> Weekday | None:
    """'Runs from Thursday to Friday, March 6-7': the first and the last day's names, the
    claim read without them ('runs from March 6-7')."""
    match = _DAY_SPAN.search(claim)
    if match is None or _RELATIVE.search(claim[: match.start()] + " "):
        return None
    dated = _DATE_AFTER.match(claim, match.end())
    lead = f" {match.group('lead')} " if match.group("lead") and dated else " "
    without = re.sub(r"\s+", " ", claim[: match.start()] + lead + claim[match.end() :])
    without = re.sub(r"\s+(?=[.,;!?])", "", without).strip()
    text = match.group().strip(" ,")
    first, last = (_DAYS.index(match.group(key).lower()) for key in ("day", "last"))
    return Weekday(without, first, text, None, last)


def weekday(claim: str) -> Weekday | None:
    spanned = _day_span(claim)
    if spanned is not None:
        return spanned
    dated = _BEFORE_DATE.search(claim)
    if dated is not None and (
        _SPAN.search(claim[: dated.start()]) or _SPAN.search(claim[dated.end() :])
    ):
        return None
    if dated is not None:
        month = (dated.group("m1") or dated.group("m2")).lower()
        day = int(dated.group("d1") or dated.group("d2"))
        without = (claim[: dated.start()] + claim[dated.end() :]).strip()
        name = dated.group("day")
        return Weekday(without, _DAYS.index(name.lower()), name, (_MONTHS.index(month) + 1, day))
    match = _ON_WEEKDAY.search(claim)
    if match is None or _RELATIVE.search(claim[: match.start("day")]):
        return None
    without = (claim[: match.start()] + claim[match.end() :]).strip()
    return Weekday(without, _DAYS.index(match.group("day").lower()), match.group().strip(" ,"))


def _days(start: str, end: str | None) -> list[dt.date]:
    try:
        first = dt.date.fromisoformat(start)
        last = dt.date.fromisoformat(end) if end else first
    except ValueError:
        return []  # a month or a year only: no weekday to compare
    return [first + dt.timedelta(days=step) for step in range((last - first).days + 1)][:31]


def compare(said: Weekday, basis: CheckResult, spans: list[tuple[str, str | None]]) -> CheckResult:
    """The verdict on the claim, given the one on it without the weekday and the records' dates."""
    if said.last is not None:
        return _compare_span(said, basis, spans)
    days = [day for start, end in spans for day in _days(start, end)]
    if said.date is not None:
        days = [day for day in days if (day.month, day.day) == said.date]
    if basis.verdict is not Verdict.supported or not days:
        return basis
    name = calendar.day_name[said.day]
    on_record = ", ".join(sorted({f"{day:%A} {day.isoformat()}" for day in days}))
    if any(day.weekday() == said.day for day in days):
        part = PartResult("weekday", said.text, name, Status.agrees, on_record)
        return basis.with_part(part, Verdict.supported, basis.explanation)
    part = PartResult("weekday", said.text, name, Status.differs, on_record)
    label = basis.records[0].label if basis.records else "this subject"
    return basis.with_part(
        part, Verdict.contradicted, f"The record on {label} differs: {name} (record: {on_record})."
    )


def _compare_span(
    said: Weekday, basis: CheckResult, spans: list[tuple[str, str | None]]
) -> CheckResult:
    """'From Thursday to Friday': the record's span must start and end on those days."""
    ends = [(days[0], days[-1]) for start, end in spans if end and (days := _days(start, end))]
    if basis.verdict is not Verdict.supported or not ends:
        return basis
    names = f"{calendar.day_name[said.day]} to {calendar.day_name[said.last or 0]}"
    on_record = "; ".join(f"{first:%A} {first} to {last:%A} {last}" for first, last in ends)
    if any((first.weekday(), last.weekday()) == (said.day, said.last) for first, last in ends):
        part = PartResult("weekday", said.text, names, Status.agrees, on_record)
        return basis.with_part(part, Verdict.supported, basis.explanation)
    part = PartResult("weekday", said.text, names, Status.differs, on_record)
    label = basis.records[0].label if basis.records else "this subject"
    return basis.with_part(
        part, Verdict.contradicted, f"The record on {label} differs: {names} (record: {on_record})."
    )
