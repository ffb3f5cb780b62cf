"""How a claim's figure spreads over time against a record's yearly figure: a sum over several
years ('totalled … from 2017 to 2021'), or a figure a month, week or day ('$1.36 million
monthly'). The words are lexicon data (sum_words, per_year_words, shorter_periods)."""

from __future__ import annotations

import re

from kgvn.check.lexicon import load


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
