"""What a claim says is still to come, against what the record says was done; and a date one
record lacks that another may give.

"X is expected to announce new projects in logistics", "X will set up further ventures in
mining": the record's one project in another sector does not rule out what someone means, plans
or is expected to do next. Such a claim contradicted only on its sector is unverified: the record
neither backs nor rules out the plan. Nor does a standing state (a stock of investment, a visa
regime) rule out any plan to change it ('plans to add two projects', 'is considering a 30-day
exemption'): such a claim contradicted on anything is unverified. (A plan to reach a figure
is `clauses.intends`; a meeting to come, `order.to_come`.)"""

from __future__ import annotations

import re
from dataclasses import replace

from kgvn.check.result import CheckResult, Status, Verdict

#: "is expected to", "set to", "will", "plans to", "pencilled in for", "new projects": a plan
#: or an expectation, not a thing done.
_AHEAD = re.compile(
    r"\b(?:(?:expected|set|due|scheduled|slated|poised|likely|planning|preparing|about|going)"
    r"\s+to\s+[a-z]+|(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped)\s+to\s+[a-z]+"
    r"|will\s+(?:soon\s+)?[a-z]+|pencil(?:l)?ed\s+in|penciled\s+in|in\s+the\s+pipeline"
    r"|(?:is|are)\s+(?:considering|weighing|mulling|eyeing)\s+[a-z$]+"
    r"|(?:new|more|further|future|additional)\s+(?:[a-z]+\s+)?(?:projects?|investments?|"
    r"ventures?|plants?|factories|offices?)\b)",
    re.IGNORECASE,
)
#: The parts a later act may have otherwise than the record's earlier one. Not a date or a
#: place: a record may be of the very act announced ahead ('will pay a visit on March 6-7'),
#: and a meeting to come is `order.to_come`'s.
_OPEN_KINDS = frozenset({"sector"})
#: The records of a standing state (a stock of investment, a visa regime, a trade figure), not
#: of a dated act: a plan to change or add to such a state is not ruled out by what it is now.
_STATES = frozenset({"investment", "agreement", "trade"})


#: "said in 2023 that X will …": the date is the saying's, which the record can rule out.
_SAID = re.compile(
    r"\b(?:said|says|stated|noted|affirmed|stressed|told|announced|declared|added|wrote)\b",
    re.IGNORECASE,
)


def ahead(result: CheckResult) -> CheckResult:
    """A claim of what is to come, contradicted only on a sector: unverified."""
    plan = _AHEAD.search(result.claim)
    if result.verdict is not Verdict.contradicted or plan is None:
        return result
    if _SAID.search(result.claim[: plan.start()]):
        return result
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    if not differing or not (differing <= _OPEN_KINDS or _of_states(result)):
        return result
    return replace(
        result,
        verdict=Verdict.unverified,
        explanation="The claim says what is to come; the record's "
        f"{', '.join(sorted(differing))} is of what was done ({result.explanation})",
    )


def _of_states(result: CheckResult) -> bool:
    """Whether every record a plan was compared with is of a standing state ('plans to add two
    projects' against the one project there is now), none of a dated act the plan may announce."""
    kinds = {record.kind for record in result.records}
    return bool(kinds) and kinds <= _STATES | {"statement"} and bool(kinds & _STATES)


def date_unstated(result: CheckResult) -> bool:
    """Whether a reader left a claim open only for a date its record does not give ('the FTA
    … on February 17'): another reader may hold a record of that day that states it all."""
    return (
        result.verdict is Verdict.unverified
        and all(part.status is not Status.differs for part in result.parts)
        and any(
            part.kind in ("date", "year") and part.status is Status.not_on_record
            for part in result.parts
        )
    )


def settles(kept: CheckResult | None, result: CheckResult) -> bool:
    """Whether a supported result may stand for one kept open: a claim kept for a date its
    record lacks is settled only by another record that states that date."""
    if kept is None or not date_unstated(kept):
        return True
    dated = any(
        part.kind in ("date", "year") and part.status is Status.agrees for part in result.parts
    )
    shared = {record.id for record in kept.records} & {record.id for record in result.records}
    return dated and not shared


def other_stage(result: CheckResult) -> CheckResult:
    """A date compared with the date of another stage ('will be implemented from 2026' against
    the day the documents were signed): when the claim's status is not the record's, the
    record's date is of another stage and does not rule the claim's out."""
    if result.verdict is not Verdict.contradicted:
        return result
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    staged = any(
        part.kind == "status" and part.status is Status.not_on_record for part in result.parts
    )
    if not staged or not differing or differing - {"date", "year"}:
        return result
    return replace(
        result,
        verdict=Verdict.unverified,
        explanation="The claim dates another stage than the record's; the record's date is of "
        f"its own stage ({result.explanation})",
    )
