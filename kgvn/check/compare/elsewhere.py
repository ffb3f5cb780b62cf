"""A dated act in a place no record of it names ("X visited P on May 8", P unknown to the record).

The record's event that the claim's people and act point to happened somewhere else; a date that
differs from it says only that the claim is not about that event. The claim may be about another
trip the record is silent on, so it is left open rather than contradicted. A place the record
states otherwise (a city of the same country) still contradicts: that part differs, it is not
missing.
"""

from __future__ import annotations

from dataclasses import replace

from kgvn.check.result import CheckResult, Status, Verdict

#: Parts that only place the claim in time: differing alone, they do not decide an unknown trip.
_TIME_KINDS = frozenset({"date", "period", "weekday"})


def elsewhere(result: CheckResult) -> CheckResult:
    """`result`, left open when only its time differs and its place is not on record."""
    if result.verdict is not Verdict.contradicted:
        return result
    missing = [
        part
        for part in result.parts
        if part.kind == "place" and part.status is Status.not_on_record
    ]
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    if not missing or not differing or not differing <= _TIME_KINDS:
        return result
    place = missing[0].text
    return replace(
        result,
        verdict=Verdict.unverified,
        explanation=f"The record's event of this kind is not in {place}, so its other date does "
        f"not decide the claim ({result.explanation})",
    )
