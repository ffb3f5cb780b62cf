"""Partial dates: ISO 8601 at the precision a source gives, and the span of days each covers."""

from __future__ import annotations

import datetime as dt
import functools
import re

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@functools.lru_cache(maxsize=4096)  # a store holds many records of the same few dates
def check_partial_date(value: str) -> str | None:
    """Return why `value` is not a real partial date, or None when it is one."""
    match = _PARTIAL_DATE.match(value)
    if match is None:
        return f"{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return f"{value!r} is not a date: month {month} does not exist"
    if day is not None:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            return f"{value!r} is not a date: day {day} does not exist in {year}-{month}"
    return None


def date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a partial date covers: '2009' spans the whole year."""
    match = _PARTIAL_DATE.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not a date")
    year_s, month_s, day_s = match.groups()
    year = int(year_s)
    if month_s is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(month_s)
    if day_s is None:
        next_month = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), next_month - dt.timedelta(days=1)
    day = dt.date(year, month, int(day_s))
    return day, day
