"""Reading a wire article's date line: when it was filed and by whom.

Forms seen on Vietnamese and Central Asian wires, among others:

    BISHKEK, November 20 (VNA) –            place, month and day, (outlet): no year
    HANOI (VNS) — March 5, 2025              place, (outlet), full date
    Hà Nội, 6 March 2025 (VNA) -             day before month
    date 2025-03-05 HÀ NỘI —                 the form of the articles kept with kgvn

Only the first lines are read: a date further down is a date in the story, not the date line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kgvn.dates import check_partial_date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_OUTLET = r"\((?P<outlet>[^()\n]{2,40})\)"
_DASH = r"[—–-]+"

PATTERNS = [
    # date 2025-03-05 HÀ NỘI —
    re.compile(r"^\s*date\s+(?P<iso>\d{4}-\d{2}-\d{2})\b"),
    # BISHKEK, November 20 (VNA) –   /  Hà Nội, November 20, 2025 (VNA) -
    re.compile(
        rf"^\s*(?P<place>[^\W\d][^,()\n]{{1,40}}),\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\s*{_OUTLET}",
        re.IGNORECASE,
    ),
    # Hà Nội, 6 March 2025 (VNA) -
    re.compile(
        rf"^\s*(?P<place>[^\W\d][^,()\n]{{1,40}}),\s+{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\s*{_OUTLET}",
        re.IGNORECASE,
    ),
    # HANOI (VNS) — March 5, 2025   /  HANOI (VNS) — 5 March 2025
    re.compile(
        rf"^\s*(?P<place>[^\W\d][^,()\n]{{1,40}}?)\s*{_OUTLET}\s*{_DASH}\s*"
        rf"(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|(?P<day2>\d{{1,2}})\s+(?P<month2>[a-z]+)\.?\s+(?P<year2>\d{{4}}))",
        re.IGNORECASE,
    ),
]
#: How much of the article's start a date line may occupy.
HEAD = 300


@dataclass(frozen=True)
class DateLine:
    """What the date line says; `published` is None when it gives no year."""

    text: str
    published: str | None
    outlet: str | None
    month_day: str | None = None


def read_date_line(article: str) -> DateLine | None:
    """The article's date line, or None when its first lines hold none."""
    head = article[:HEAD]
    for pattern in PATTERNS:
        match = pattern.search(head)
        if match is None:
            continue
        found = match.groupdict()
        text = " ".join(match.group(0).split())
        if found.get("iso"):
            iso = found["iso"]
            return DateLine(text, iso if check_partial_date(iso) is None else None, None)
        month_name = (found.get("month") or found.get("month2") or "").lower()
        month = MONTHS.get(month_name)
        day = found.get("day") or found.get("day2")
        year = found.get("year") or found.get("year2")
        if month is None or day is None:
            continue
        outlet = (found.get("outlet") or "").strip() or None
        month_day = f"{month:02d}-{int(day):02d}"
        if year is None:
            return DateLine(text, None, outlet, month_day)
        try:
            published = dt.date(int(year), month, int(day)).isoformat()
        except ValueError:
            return DateLine(text, None, outlet, month_day)
        return DateLine(text, published, outlet, month_day)
    return None
