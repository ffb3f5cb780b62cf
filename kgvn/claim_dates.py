"""Reading the dates in a claim: full and partial dates, day ranges ('March 6-7'), 'late 1991',
'the end of October 2024', each at the precision it is written."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from kgvn.claim_patterns import (
    DATE_DMY,
    DATE_ISO,
    DATE_MDY,
    DATE_MY,
    DATE_NUMERIC,
    MONTH_NAMES,
    MONTHS,
)


@dataclass(frozen=True)
class DateSpan:
    """A date at the precision written, as ISO partial dates; `end` for ranges like March 6-7."""

    start: str
    end: str | None
    text: str


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


#: "Late 1991" is September to December; "early October 2024" the first ten days.
QUALIFIED_DATE = re.compile(
    rf"\b(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)(?:\s+of)?)[-\s]+"
    rf"(?:(?P<month>{MONTH_NAMES})\.?\s+)?(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


#: "The end of October 2024" is late October; "the beginning of 2025" early 2025.
_PART_WORDS = {"end": "late", "beginning": "early", "start": "early", "middle": "mid"}


def _qualified_date(match: re.Match[str], text: str) -> DateSpan | None:
    part, year = match.group("part").lower(), int(match.group("year"))
    part = re.sub(r"^the\s+|\s+of$", "", part)
    part = _PART_WORDS.get(part, part)
    month_text = match.group("month")
    if month_text is None:
        first, last = _YEAR_PARTS[part]
        return DateSpan(f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}", text)
    month = MONTHS.get(month_text.lower().rstrip("."))
    if month is None:
        return None
    first, last = _MONTH_PARTS[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return DateSpan(
        f"{year:04d}-{month:02d}-{first:02d}", f"{year:04d}-{month:02d}-{last:02d}", text
    )


def _dates(
    sentence: str, taken: list[tuple[int, int]], default_year: int | None, shown: str
) -> list[DateSpan]:
    found: list[DateSpan] = []
    places: list[tuple[int, int]] = []
    for match in QUALIFIED_DATE.finditer(sentence):
        qualified = _qualified_date(match, shown[match.start() : match.end()].strip())
        if qualified is not None and not _overlaps(match.span(), taken):
            taken.append(match.span())
            found.append(qualified)
            places.append(match.span())
    for pattern in (DATE_NUMERIC, DATE_ISO, DATE_MDY, DATE_DMY, DATE_MY):
        for match in pattern.finditer(sentence):
            if _overlaps(match.span(), taken):
                continue
            groups = match.groupdict()
            month_text = groups["month"]
            month = (
                int(month_text)
                if month_text.isdigit()
                else MONTHS.get(month_text.lower().rstrip("."))
            )
            year = int(groups["year"]) if groups.get("year") else default_year
            day = int(groups["day"]) if groups.get("day") else None
            if month is None or (year is None and day is None):
                continue
            # No year written ('on March 6'): ISO 8601's '--MM-DD', checked against month and day.
            start = _iso(year or 2000, month, day)
            if start is None:
                continue
            end = None
            if groups.get("day2"):
                end = _iso(year or 2000, month, int(groups["day2"]))
            if year is None:
                start = "--" + start[5:]
                end = "--" + end[5:] if end else None
            taken.append(match.span())
            found.append(DateSpan(start, end, shown[match.start() : match.end()].strip()))
            places.append(match.span())
    return _joined_spans(sentence, found, places, shown)


_SPAN_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.IGNORECASE)


def _joined_spans(
    sentence: str, found: list[DateSpan], places: list[tuple[int, int]], shown: str
) -> list[DateSpan]:
    """'From March 6 to March 7, 2025': two dates written as the ends of one span."""
    order = sorted(range(len(found)), key=lambda index: places[index][0])
    joined: list[DateSpan] = []
    skip = False
    for position, index in enumerate(order):
        if skip:
            skip = False
            continue
        date, (start, end) = found[index], places[index]
        if position + 1 < len(order) and date.end is None:
            other_index = order[position + 1]
            other, (other_start, other_end) = found[other_index], places[other_index]
            lead = sentence[max(0, start - 8) : start].lower()
            gap = sentence[end:other_start]
            # "and" joins a span only after "between": "on March 6 and 7" are two days
            joins = gap.strip().lower() != "and" or re.search(r"between\s+$", lead) is not None
            if _SPAN_JOIN.match(gap) and joins and other.end is None:
                first = date.start
                if first.startswith("--") and not other.start.startswith("--"):
                    first = other.start[:4] + first[1:]  # the year written once, at the end
                joined.append(DateSpan(first, other.start, shown[start:other_end].strip()))
                skip = True
                continue
        joined.append(date)
    return joined
