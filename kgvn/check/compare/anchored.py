"""Time words said from an article's day ("last year", "this year", "last month", "earlier this
month").

A claim taken from a news report says "last year" from the day that report was published, not
from the day it is checked. Such a claim is read once from each year (or month) an article of
the record was published in, the latest first, and a reading counts only when the records that
decide it are stated by an article of that year (or month): the claim's time is the deciding
source's time. The result then says what the words were read as, and from which article's date.
With no dated article, or no reading the record decides, year words are read from today.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from kgvn.check.result import CheckResult, Verdict
from kgvn.claim_patterns import RELATIVE_YEAR

_OFFSETS = {"last": -1, "past": -1, "this": 0, "next": 1}
#: "Last month", "earlier this month": written out as the month they mean before checking.
_MONTH_WORDS = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?P<which>last|this|next|past)\s+month\b", re.IGNORECASE
)

#: "Later this year", "later in the year": said before the time words.
_LATER = re.compile(r"\blater\s+(?:in\s+)?$", re.IGNORECASE)


def anchored(
    text: str,
    check: Callable[[str, int], CheckResult],
    today_year: int,
    published: Mapping[str, str],
    dated: Callable[[str], str | None] = lambda record_id: None,
) -> CheckResult:
    """`check` of `text` with its time words read from the date of the article deciding it.

    "Later this year", "next year" are after the article's day: a record dated on or before it
    cannot back or rule out such a time (`dated` gives a record's own date): it is then the time
    of something the record does not date, and the claim is left open.
    """
    said = _MONTH_WORDS.search(text) or RELATIVE_YEAR.search(text)
    if said is None or not published:
        return check(text, today_year)
    monthly = bool(_MONTH_WORDS.search(text))
    width = 7 if monthly else 4
    anchors = sorted({date[:width] for date in published.values() if len(date) >= width})
    first: CheckResult | None = None
    for anchor in reversed(anchors):
        written, meant = _written(text, said, anchor) if monthly else (text, "")
        year = int(anchor[:4])
        result = replace(check(written, year), claim=text)
        first = first or result
        if result.verdict not in (Verdict.supported, Verdict.contradicted):
            continue
        dates = _deciding_dates(result, published, anchor)
        if not dates:
            continue
        if _later(text, said) and not _after(result, dated, min(dates)):
            explanation = (
                f"The record dates this no later than the article that would say "
                f"'{said.group()}' ({min(dates)}); when it is to happen is not on record."
            )
            return replace(result, verdict=Verdict.unverified, explanation=explanation)
        meant = meant or str(year + _OFFSETS[said.group("which").lower()])
        note = (
            f" ('{said.group()}' read as {meant}, from the date of the article that states it, "
            f"{min(dates)})"
        )
        return replace(result, explanation=result.explanation.rstrip() + note)
    return first if first is not None else check(text, today_year)


def _later(text: str, said: re.Match[str]) -> bool:
    """'Later this year', 'later in this month', 'next year': a time after the article's day."""
    before = text[: said.start()]
    words = said.group().lower()
    return words.startswith(("later", "next")) or bool(_LATER.search(before))


def _after(result: CheckResult, dated: Callable[[str], str | None], day: str) -> bool:
    """Whether every deciding record that has a date of its own is dated after `day`."""
    dates = [date for record in result.records if (date := dated(record.id))]
    return bool(dates) and all(date[: len(day)] > day for date in dates)


def _written(text: str, said: re.Match[str], anchor: str) -> tuple[str, str]:
    """`text` with its month words written as the month they mean from `anchor` ('2025-03')."""
    index = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + _OFFSETS[said.group("which").lower()]
    meant = f"{calendar.month_name[index % 12 + 1]} {index // 12}"
    opener = "In" if said.group()[:1].isupper() else "in"
    return f"{text[: said.start()]}{opener} {meant}{text[said.end() :]}", meant


def _deciding_dates(result: CheckResult, published: Mapping[str, str], anchor: str) -> list[str]:
    """The publication dates, within `anchor`, of the articles quoted by the deciding records."""
    return sorted(
        published[quote.source]
        for record in result.records
        for quote in record.evidence
        if quote.source in published and published[quote.source].startswith(anchor)
    )
