"""Time words said from an article's day ("last year", "this year", "next year").

A claim taken from a news report says "last year" from the day that report was published, not
from the day it is checked. Such a claim is read once from each year an article of the record
was published in (the latest first), and a reading counts only when the records that decide it
are stated by an article of that year: the claim's time is the deciding source's time. The
result then says which year the words were read as, and from which article's date. With no
dated article, or no reading the record decides, the words are read from today.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from kgvn.check.result import CheckResult, Verdict
from kgvn.claim_patterns import RELATIVE_YEAR

_OFFSETS = {"last": -1, "past": -1, "this": 0, "next": 1}


def anchored(
    text: str,
    check: Callable[[str, int], CheckResult],
    today_year: int,
    published: Mapping[str, str],
) -> CheckResult:
    """`check` of `text` with its year words read from the date of the article that decides it."""
    said = RELATIVE_YEAR.search(text)
    if said is None or not published:
        return check(text, today_year)
    first: CheckResult | None = None
    for year in sorted({int(date[:4]) for date in published.values()}, reverse=True):
        result = check(text, year)
        first = first or result
        if result.verdict not in (Verdict.supported, Verdict.contradicted):
            continue
        dates = _deciding_dates(result, published, year)
        if not dates:
            continue
        meant = year + _OFFSETS[said.group("which").lower()]
        note = (
            f" ('{said.group()}' read as {meant}, from the date of the article that states it, "
            f"{min(dates)})"
        )
        return replace(result, explanation=result.explanation.rstrip() + note)
    return first if first is not None else check(text, today_year)


def _deciding_dates(result: CheckResult, published: Mapping[str, str], year: int) -> list[str]:
    """The publication dates, in `year`, of the articles quoted by the deciding records."""
    return sorted(
        published[quote.source]
        for record in result.records
        for quote in record.evidence
        if quote.source in published and published[quote.source].startswith(str(year))
    )
