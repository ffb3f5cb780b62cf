"""'The same year' closing a clause, read as the year an earlier clause of the sentence gave.

"Ann recognised it on December 27, 1991, and relations were set up the same year" says
1991 for the second clause; left as it stands, the words would be ignored and any year backed.
"The same year it was declared" names its own event and is read as an interval elsewhere.
"""

from __future__ import annotations

import re

from kgvn.claim_patterns import MONTH_PATTERN

_SAME_YEAR = re.compile(
    rf"(?P<date>\b(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s*,?\s*(?:(?:in|during)\s+)?"
    r"\b(?:the\s+same\s+year|that\s+(?:same\s+)?year)\b(?=\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def same_year(part: str, year: int) -> str:
    """`part` with a closing 'the same year' written as `year`, unless it gives a year itself."""
    if _YEAR.search(part):
        return part
    return _SAME_YEAR.sub(lambda match: _in_year(match, year), part)


def _in_year(match: re.Match[str], year: int) -> str:
    """'December 27 the same year' as 'December 27, 1991'; 'the same year' as 'in 1991'."""
    date = match.group("date")
    return f"{date}, {year}" if date else f" in {year}"
