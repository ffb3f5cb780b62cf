"""Which way a difference goes: '$3 million more in 2022 than in 2023' says 2022 was the larger,
so a record where 2023 was larger contradicts it, whatever the size of the gap."""

from __future__ import annotations

import re
from collections.abc import Mapping

_THAN = re.compile(
    r"\b(?P<way>higher|more|larger|bigger|greater|lower|less|smaller)\s+than\b"
    r"(?:\s+(?:in|that of|the figure for|the level of))?\s+(?P<year>(?:19|20)\d{2})\b"
)
_DOWN = {"lower", "less", "smaller"}


def than_year(folded: str) -> tuple[int, bool, str] | None:
    """(the year compared with, whether the claim's own year is the higher, the word that says
    so), or None."""
    match = _THAN.search(folded)
    if match is None:
        return None
    return int(match.group("year")), match.group("way") not in _DOWN, match.group("way")


def goes_the_wrong_way(than: tuple[int, bool, str], values: Mapping[int, float]) -> bool:
    """Whether the record's figures go the other way: `values` has the compared year's figure
    and the claim's own year's, by the last year of each."""
    other_year, higher, _ = than
    if other_year not in values or len(values) != 2:
        return False
    own = next(value for year, value in values.items() if year != other_year)
    other = values[other_year]
    if own == other:
        return True
    return (own > other) != higher
