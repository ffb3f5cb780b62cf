"""'He met (a demonym's) (group) in (a city) on (a day)': a meeting with people the record
does not have at that event is another meeting, whose day or place the record's does not decide.

A claim contradicted only on its date, place or time of day, that says someone met or addressed
a group the lexicon lists as an audience (lexicon 'audiences') the deciding records never
name, is left unverified: the record's talks on one day do not say he met no such group the next.
"""

from __future__ import annotations

import re

from kgvn.check.backing import said_in
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, Status, Verdict
from kgvn.text import fold

_AUDIENCES = tuple(load("words").get("audiences", []))
_MET = re.compile(r"\b(?:met|meets|meet|meeting|addressed|addresses|talked to|spoke to|visited)\b")
_WHEN_OR_WHERE = frozenset({"date", "year", "place", "time of day", "weekday"})


def other_meeting(result: CheckResult) -> CheckResult:
    """The result, or unverified when it is a meeting with an audience the record lacks."""
    if result.verdict is not Verdict.contradicted:
        return result
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    folded = fold(result.claim)
    if not differing or not differing <= _WHEN_OR_WHERE or _MET.search(folded) is None:
        return result
    quotes = fold(
        " ".join(
            [record.label for record in result.records]
            + [item.quote for record in result.records for item in record.evidence]
        )
    )
    said = [
        word
        for word in _AUDIENCES
        if re.search(rf"\b{re.escape(word)}\b", folded) and not said_in(word, quotes)
    ]
    if not said:
        return result
    return CheckResult(
        result.claim,
        Verdict.unverified,
        f"The record has no meeting with {said[0]}; its own events' dates and places do not "
        f"decide this one ({result.explanation})",
        [part for part in result.parts if part.status is not Status.differs],
        result.records,
    )
