"""'He met (a demonym's) (group) in (a city) on (a day)': a meeting with people the record
does not have at that event is another meeting, whose day or place the record's does not decide.

A claim contradicted only on its date, place or time of day, that says someone met or addressed
a group the lexicon lists as an audience (lexicon 'audiences') the deciding records never
name, is left unverified: the record's talks on one day do not say he met no such group the next.
So is one that says he met a person by a name of two words or more none of which the deciding
records hold ('met Chairman Ann Bo Lee on March 7'): a meeting with someone else. So is a
meeting said to be in person on another day than the record's phone call ('last met in person
in 2023'): the call does not say they never met face to face before. So is a claim about an
occasion (lexicon 'occasions': a banquet, a press conference) the deciding records never name.
"""

from __future__ import annotations

import re

from kgvn.check.compare.backing import said_in
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, Status, Verdict
from kgvn.text import compiled, fold

_AUDIENCES = tuple(load("words").get("audiences", []))
_OCCASIONS = tuple(sorted(load("words").get("occasions", []), key=len, reverse=True))
_MET = re.compile(
    r"\b(?:met|meets|meet|meeting|addressed|addresses|talked to|spoke to|visited|talks with)\b"
)
_WHEN_OR_WHERE = frozenset({"date", "year", "place", "time of day", "weekday"})
#: The capitalised words after a verb of meeting: titles and a name ('met Chairman Ann Bo').
_MET_NAMED = re.compile(
    r"\b(?:met|meets|meet|met\s+with|meeting\s+with|talked\s+(?:to|with)|spoke\s+(?:to|with)"
    r"|held\s+talks\s+with)\s+(?P<run>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+)"
)


def _stranger(claim: str, quotes: str) -> str | None:
    """A name of two words or more, met, none of whose words the records hold (`quotes`)."""
    for match in _MET_NAMED.finditer(claim):
        words = match.group("run").split()
        unknown = [word for word in words if not said_in(fold(word), quotes)]
        if len(unknown) >= 2 and " ".join(unknown) in " ".join(words):
            return " ".join(unknown)
    return None


def _occasion(folded: str, result: CheckResult) -> str | None:
    """An occasion the claim names (a banquet, a press conference) that the deciding records
    never do: the claim is about another event than theirs."""
    quotes = _record_text(result)
    return next(
        (
            word
            for word in _OCCASIONS
            if compiled(rf"\b{re.escape(word)}\b").search(folded) and not said_in(word, quotes)
        ),
        None,
    )


def _record_text(result: CheckResult) -> str:
    """The deciding records' labels, quotes and the ids of the people they name."""
    pieces = [record.label for record in result.records]
    pieces += [item.quote for record in result.records for item in record.evidence]
    for record in result.records:
        for field in ("participants", "speakers"):
            pieces += [str(who).replace("-", " ") for who in getattr(record, field, None) or []]
    return fold(" ".join(pieces))


def other_meeting(result: CheckResult) -> CheckResult:
    """The result, or unverified when it is a meeting with an audience the record lacks."""
    if result.verdict is not Verdict.contradicted:
        return result
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    folded = fold(result.claim)
    if differing and differing <= _WHEN_OR_WHERE and (found := _occasion(folded, result)):
        return _other(result, found)  # 'a banquet on the evening of X': not the record's event
    if _MET.search(folded) is None:
        return result
    if (
        "mode" in differing
        and differing & {"date", "year"}
        and differing <= _WHEN_OR_WHERE | {"mode"}
    ):
        return _other(result, "meeting in person on another day than its call")
    if not differing or not differing <= _WHEN_OR_WHERE:
        return result
    quotes = _record_text(result)
    said = [
        word
        for word in _AUDIENCES
        if compiled(rf"\b{re.escape(word)}\b").search(folded) and not said_in(word, quotes)
    ]
    stranger = _stranger(result.claim, quotes)
    if stranger is not None:
        said.append(stranger)
    if not said:
        return result
    return _other(result, f"meeting with {said[0]}")


def _other(result: CheckResult, what: str) -> CheckResult:
    return CheckResult(
        result.claim,
        Verdict.unverified,
        f"The record has no {what}; its own events' dates and places do not decide this one "
        f"({result.explanation})",
        [part for part in result.parts if part.status is not Status.differs],
        result.records,
    )
