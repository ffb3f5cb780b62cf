"""'… on DATE, after X on DATE': the event named after 'after' is a claim of its own.

Kept apart from `frame` so the sentence splitter stays small; the rule is about English
sentence shape only.
"""

from __future__ import annotations

import re

from kgvn.claim_patterns import MONTH_PATTERN, NUMBER_WORDS

_MONTHS = MONTH_PATTERN
_AFTER = re.compile(
    r",?\s+(?P<word>after|following|before)\s+(?P<what>(?:its\s+|their\s+|the\s+)?[a-z][\w\s'’-]{2,60}?)"
    rf"\s+(?P<date>(?:on|in)\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})"
    rf"\s+\d{{4}}|(?:{_MONTHS})\s+\d{{4}}|\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})))\b",
    re.IGNORECASE,
)
#: A date or year of the claim's own before 'after': "… came on 27 December 1991, after …".
_DATED = re.compile(
    rf"\b(?:\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b", re.I
)
#: A counted time between two events just before "after": "less than four months after …".
_SPAN_BEFORE = re.compile(
    r"\b(?:\d+|an?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")[-\s]"
    r"(?:days?|weeks?|fortnight|months?|years?|decades?)$",
    re.IGNORECASE,
)


def after_event(body: str) -> list[str] | None:
    """'… on DATE, after independence on DATE': the event named after 'after' is its own claim;
    not when a counted interval stands before 'after', which needs both events together, nor
    for a day with no year when the claim's own fact has no date of its own."""
    match = _AFTER.search(body)
    if match is None or match.start() < 8 or " since " in f" {match.group('what')} ":
        return None  # 'before X since ties began in 1992': the date is the since's
    if _SPAN_BEFORE.search(body[: match.start()]):
        return None
    if not re.search(r"\d{4}", match.group("date")) and not _DATED.search(body[: match.start()]):
        return None  # 'toured X after their talks on March 6': the day may be the tour's too
    rest = body[: match.start()] + body[match.end() :]
    return [rest, f"{match.group('what').strip()} {match.group('date')}"]
