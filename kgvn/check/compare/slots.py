"""Comparing typed values: amounts, counts, multiples and dates, each read as written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgvn.claim_dates import QUALIFIED_DATE
from kgvn.claims import (
    Count,
    DateSpan,
    Hedge,
    Ratio,
)
from kgvn.dates import date_bounds

if TYPE_CHECKING:
    pass


from kgvn.check.result import (
    Status,
)


def amount_agrees(claimed: float, hedge: Hedge, on_record: float, precision: float = 0.0) -> bool:
    """Read a figure the way it was written: '13.5 million' is not 13.4; 'about 14' is ~13.5."""
    if hedge is Hedge.exact:
        # Written to the nearest `precision`: the figure on record must round to the claim.
        return abs(claimed - on_record) < max(precision / 2, abs(on_record) * 1e-9)
    if hedge is Hedge.about:
        return abs(claimed - on_record) <= abs(on_record) * 0.05
    if hedge is Hedge.nearly:
        return on_record <= claimed and claimed - on_record <= abs(on_record) * 0.08
    if hedge is Hedge.more_than:
        return on_record > claimed
    if hedge is Hedge.at_least:
        return on_record >= claimed
    if hedge is Hedge.less_than:
        return on_record < claimed
    return on_record <= claimed  # at most


def count_agrees(claimed: Count, on_record: float, record_is_approximate: bool) -> bool:
    if claimed.hedge is Hedge.exact and record_is_approximate:
        return abs(claimed.value - on_record) <= abs(on_record) * 0.1
    return amount_agrees(claimed.value, claimed.hedge, on_record)


def ratio_status(claimed: Ratio, actual: float) -> Status:
    """'Doubled' for x1.95 agrees, for x1.8 differs; 'about double' for x1.8 is too loose to
    call, for x1.5 differs."""
    target = claimed.value
    if claimed.hedge is Hedge.more_than:
        return Status.agrees if actual > target * 1.005 else Status.differs
    if claimed.hedge is Hedge.at_least:
        return Status.agrees if actual >= target * 0.995 else Status.differs
    if claimed.hedge is Hedge.less_than:
        return Status.agrees if actual < target * 0.995 else Status.differs
    if claimed.hedge is Hedge.at_most:
        return Status.agrees if actual <= target * 1.005 else Status.differs
    if claimed.hedge is Hedge.nearly:
        if target * 0.85 <= actual < target:
            return Status.agrees
        return Status.not_on_record if target <= actual <= target * 1.05 else Status.differs
    if abs(actual - target) <= target * 0.05:
        return Status.agrees
    # an unhedged multiple is a plain statement: 'doubled' for x1.8 (up 80 %) is wrong, while
    # 'about double' leaves room the record cannot rule on
    loose = 0.15 if claimed.hedge is Hedge.about else 0.08
    return Status.not_on_record if abs(actual - target) <= target * loose else Status.differs


def date_agrees(claimed: DateSpan, start: str, end: str | None) -> Status:
    """Agrees when the claim names the record's date at the claim's precision or coarser."""
    if claimed.start.startswith("--"):  # no year in the claim: compare month and day
        if len(start) < 10:
            return Status.not_on_record
        year = start[:4]
        claimed = DateSpan(
            year + claimed.start[1:], year + claimed.end[1:] if claimed.end else None, claimed.text
        )
    record_first, record_last = date_bounds(start)[0], date_bounds(end or start)[1]
    claim_first, claim_last = (
        date_bounds(claimed.start)[0],
        date_bounds(claimed.end or claimed.start)[1],
    )
    if claim_last < record_first or claim_first > record_last:
        return Status.differs
    if QUALIFIED_DATE.search(claimed.text):
        # "early March 2025" is a window, not a span written whole: the record's must lie in it
        inside = claim_first <= record_first and record_last <= claim_last
        return Status.agrees if inside else Status.not_on_record
    record_precision = min(len(start), len(end or start))
    if len(claimed.start) > record_precision:
        return Status.not_on_record
    if claimed.end and end and len(claimed.end) == len(end) and claimed.end != end:
        return Status.differs
    if end and claimed.end and len(claimed.start) == len(start) and claimed.start != start:
        return Status.differs  # "March 5 to 7" is not "March 6-7": a span written whole must fit
    if claim_first <= record_first and claim_last >= record_last:
        return Status.agrees
    return Status.agrees if len(claimed.start) <= len(start) else Status.not_on_record


def usd_text(value: float) -> str:
    if value >= 1_000_000:
        return f"US${value / 1_000_000:,.2f}".rstrip("0").rstrip(".") + " million"
    return f"US${value:,.0f}"
