"""Dates a claim gives that are not the date of the record it meets, so they do not contradict
it: an arrival the day before an event ('arrived on the evening of 5 March' for a visit the
record dates from 6 March: travellers land the eve before), and a later year a thing is said to
start from ('a memorandum on a service from 2026' beside documents signed in 2025: the
year the service starts, not the signing). Both leave the date open; so does an earlier year
given with other figures than a snapshot's ('ranked 90th in 2020' against a rank as of 2024).
The words are lexicon data (`arrival_words`, `start_year_words`)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, PartResult, Status, Verdict
from kgvn.text import fold

_DATE = re.compile(r"(?P<year>\d{4})?-?-(?P<month>\d\d)-(?P<day>\d\d)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@cache
def _words(key: str) -> re.Pattern[str]:
    words = sorted(load("words")[key], key=len, reverse=True)
    alternation = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"(?<![a-z])(?:{alternation})(?![a-z])")


def _day(text: str | None) -> tuple[int | None, int, int] | None:
    found = _DATE.search(text or "")
    if found is None:
        return None
    year = int(found["year"]) if found["year"] else None
    return year, int(found["month"]), int(found["day"])


def _day_before(claimed: PartResult) -> bool:
    """Whether the claim's date is the day before the record's first day."""
    said, held = _day(str(claimed.value)), _day(claimed.on_record)
    if said is None or held is None or held[0] is None:
        return False
    eve = dt.date(held[0], held[1], held[2]) - dt.timedelta(days=1)
    return (said[0] in (None, eve.year)) and (said[1], said[2]) == (eve.month, eve.day)


def _later_year(claimed: PartResult, folded: str) -> bool:
    """Whether the claim's year follows an onset word ('from 2026') and is after the record's."""
    years = _YEAR.findall(str(claimed.value) + " " + claimed.text)
    held = _YEAR.findall(claimed.on_record or "")
    if not years or not held:
        return False
    year = years[0]
    onset = re.search(rf"{_words('start_year_words').pattern}\s+(?:in\s+)?{year}\b", folded)
    return onset is not None and int(year) > int(held[0])


_SHARE = re.compile(r"%|\bper\s*cent\b|\bshare\b|\btimes\b", re.IGNORECASE)
#: Records that hold a count or rank as of a day (a stock of investment), not a dated act.
_SNAPSHOTS = frozenset({"investment"})


def _earlier_snapshot(result: CheckResult, dated: list[PartResult]) -> bool:
    """Whether a claim gives other figures for an earlier year than the snapshot it meets
    ('ranked 90th in 2020' against a rank as of 2024): what the figures were then is not on
    record. A right figure with a wrong year, or beside one of the record's day, stays
    contradicted."""
    kinds = {record.kind for record in result.records}
    if not kinds or not kinds <= _SNAPSHOTS or len(dated) == len(result.parts):
        return False
    if _SHARE.search(result.claim):
        return False  # 'equals 80% of trade in 2023': the year is the other figure's
    if not any(part.status is Status.differs and part not in dated for part in result.parts):
        return False
    if any(part.status is Status.agrees for part in result.parts):
        return False  # 'ranked 83rd, up from 83rd in 2023': a figure of the record's own day
    for part in dated:
        said, held = _YEAR.findall(str(part.value)), _YEAR.findall(part.on_record or "")
        if not said or not held or int(said[0]) >= int(held[0]):
            return False
    return True


def _opened(result: CheckResult, why: str) -> CheckResult:
    parts = [
        PartResult(part.kind, part.text, part.value, Status.not_on_record, part.on_record)
        if part.status is Status.differs
        else part
        for part in result.parts
    ]
    return CheckResult(
        result.claim, Verdict.unverified, f"{why} ({result.explanation})", parts, result.records
    )


def off_dates(result: CheckResult) -> CheckResult:
    """The result, or unverified when its only contradiction is a date of another moment."""
    if result.verdict is not Verdict.contradicted:
        return result
    differing = [part for part in result.parts if part.status is Status.differs]
    dated = [part for part in differing if part.kind in ("date", "year")]
    folded = fold(result.claim)
    if dated and _earlier_snapshot(result, dated):
        return _opened(result, "The record's figures are of a later date than the claim's")
    if (
        dated
        and _words("arrival_words").search(folded)
        and all(map(_day_before, dated))
        and all(part.kind in ("date", "year", "time of day") for part in differing)
    ):
        # the eve's arrival: its date and its hour are the journey's, not the event's
        return _opened(result, "The record dates the event from the day after the arrival")
    if not differing or len(dated) < len(differing):
        return result
    if all(_later_year(part, folded) for part in differing):
        return _opened(result, "The claim's year is when what it is about starts, not the record's")
    return result
