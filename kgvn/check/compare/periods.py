"""How a claim's figure spreads over time against a record's yearly figure: a sum over several
years ('totalled … from 2017 to 2021'), or a figure a month, week or day ('$1.36 million
monthly'). The words are lexicon data (sum_words, per_year_words, shorter_periods)."""

from __future__ import annotations

import re
from dataclasses import replace

from kgvn.check.lexicon import load
from kgvn.check.result import Status, _Outcome
from kgvn.claims import Claim


def words_pattern(key: str) -> re.Pattern[str]:
    """A pattern of the lexicon's words under `key`, longest first, as whole words."""
    words = sorted(load("words").get(key, []), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")


_SUMS = words_pattern("sum_words")
_PER_YEAR = words_pattern("per_year_words")
_SHORTER: dict[str, int] = load("words").get("shorter_periods", {})
_SHORTER_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(word) for word in sorted(_SHORTER, key=len, reverse=True))
    + r")\b"
)


def summed(folded: str) -> bool:
    """Whether a figure over several years is their sum ('totalled … from 2017 to 2021'),
    not a yearly figure ('averaged', 'a year')."""
    return _SUMS.search(folded) is not None and _PER_YEAR.search(folded) is None


def periods_a_year(folded: str) -> int:
    """How many of the claim's periods make a year: 12 for a figure 'a month' or 'monthly'
    (an average too: 'averaged $1.36 million monthly'), 1 for a yearly figure or none said."""
    found = _SHORTER_PATTERN.search(folded)
    return 1 if found is None else _SHORTER[found.group()]


#: The parts of a stock (a sum invested, a count of projects) that can change after its day.
_STOCK_KINDS = frozenset({"value", "projects", "date"})


def later_stock(claim: Claim, outcome: _Outcome, as_of: str | None) -> None:
    """Leave open a stock's figures that the claim dates only after the record's day: '$8
    million in early 2025' against a value as of October 2024 may be a later value, not a
    different one (an earlier date stays a contradiction, as the record's is the later word)."""
    spans = [span.start for span in claim.dates] + [f"{year:04d}" for year in claim.years]
    if not as_of or not spans or any(s.startswith("-") or s <= as_of[: len(s)] for s in spans):
        return
    outcome.parts[:] = [
        replace(part, status=Status.not_on_record)
        if part.kind in _STOCK_KINDS and part.status is Status.differs
        else part
        for part in outcome.parts
    ]
