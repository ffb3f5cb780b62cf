"""'A waited a year after X before recognising it': A recognised it a year after X.

Waiting is not an act any record names: what it tells is the time between two events, the
interval rules' business once the sentence says the act with the time before it. 'A full year',
'a whole month' measure the same span as 'a year', 'a month'.
"""

from __future__ import annotations

import re

from kgvn.check.frame.participles import past_of

#: "A waited (for) D after X before doing Y": who waited, how long, after what, then the act.
_WAITED = re.compile(
    r"^(?P<who>[^,;]+?)\s+waited\s+(?:for\s+)?(?P<span>[^,;]{2,40}?)\s+(?P<after>after\s+[^,;]+?)"
    r",?\s+before\s+(?P<act>[a-z]+ing)\b(?P<rest>[^;]*?)(?P<stop>[.!?]?)$"
)
#: "a full year", "a whole month": the span itself.
_FULL = re.compile(r"\b(an?|one)\s+(?:full|whole|entire)\s+(?=(?:day|week|month|year)\b)")


def waited(sentence: str) -> str:
    """The sentence with its wait said as the act it waited for, or the sentence itself."""
    match = _WAITED.match(sentence.strip())
    if match is None:
        return sentence
    past = past_of(match.group("act"))
    if not past:
        return sentence
    span = _FULL.sub(r"\1 ", match.group("span"))
    rest = match.group("rest").rstrip()
    return f"{match['who']} {past}{rest} {span} {match['after']}{match['stop']}"
