"""'Tripled in two years to 2024': a count of years that a change of one named year took.

The year the change is counted from is then the named year less the count, as if written;
the trade comparator compares the change between the two, and the span comparator finds the
count of years backed by the same two years.
"""

from __future__ import annotations

import re

from kgvn.claims import Claim
from kgvn.text import fold

#: Words before a count of years that make it the span a change took: 'in two years', 'over
#: the course of the past three years'.
_YEARS_LEAD = (
    r"\b(?:in|over|within|across)\s+(?:the\s+(?:course|space|span)\s+of\s+)?"
    r"(?:the\s+(?:last\s+|past\s+)?)?"
)


def years_back(claim: Claim) -> int | None:
    """How many years a multiple or rate of one named year is counted over ('tripled in two
    years to 2024'); None when the claim gives no such span."""
    if len(claim.years) != 1 or claim.year_ranges or len(claim.amounts) > 1:
        return None
    if not (claim.ratios or claim.percents):
        return None
    for count in claim.counts:
        if not count.noun.startswith("year") or count.value != int(count.value) or count.value < 1:
            continue
        if re.search(_YEARS_LEAD + rf"{re.escape(fold(count.text))}\b", claim.folded):
            return int(count.value)
    return None
