"""How many fields an agreement covers: 'the documents covered two fields, education and civil
aviation' against a record that lists three. The nouns for a field are lexicon data
(`field_nouns`); the count is the length of the record's own list of fields."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kgvn.check.lexicon import load
from kgvn.claim_patterns import NUMBER_WORDS


@cache
def _pattern() -> re.Pattern[str]:
    nouns = sorted(load("words")["field_nouns"], key=len, reverse=True)
    numbers = sorted(NUMBER_WORDS, key=len, reverse=True)
    return re.compile(
        r"\b(?P<hedge>at least\s+|more than\s+|only\s+)?(?P<n>\d+|"
        + "|".join(re.escape(number) for number in numbers)
        + r")\s+(?:\w+\s+)?(?:"
        + "|".join(re.escape(noun) for noun in nouns)
        + r")\b"
    )


def field_count(folded: str, fields: Sequence[str]) -> tuple[str, int, bool] | None:
    """(the words, the count said, whether it fits the record's list), or None when the claim
    gives no count of fields or the record lists none."""
    if not fields:
        return None
    match = _pattern().search(folded)
    if match is None:
        return None
    number = match.group("n")
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if count is None:
        return None
    hedge = (match.group("hedge") or "").strip()
    actual = len(fields)
    fits = {
        "at least": actual >= count,
        "more than": actual > count,
    }.get(hedge, actual == count)
    return match.group(0).strip(), int(count), fits
