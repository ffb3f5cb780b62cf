"""A claim about a country the record is not about, read against one that is.

"…, and Ruritania ranks 60th": split off as a claim of its own, the clause names no country of
the record before the other one, so the record's figure for its own country (ranked 83rd) does
not rule it out: it is about someone else. Such a claim, contradicted while the other country is
left off the record, is unverified. Only for records of a figure (trade, investment, goods):
where an act took place ('invited X to Ruritania') is the act's, and stays contradicted; and a
claim that names a country of the record first ("Utopia ranks 60th, ahead of Ruritania") is
still contradicted."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, Status, Verdict
from kgvn.text import fold


@cache
def _forms(group: str) -> tuple[str, ...]:
    """Folded names, peoples' names and capitals of the record's countries or of the others."""
    entries = load("places")[group].values()
    return tuple(
        fold(form)
        for entry in entries
        for kind in ("names", "demonyms", "capitals")
        for form in entry.get(kind, [])
    )


#: Kinds of record that hold one country's figure: another country's is not theirs.
_FIGURES = frozenset({"trade", "investment", "product-flow"})


def _first(folded: str, forms: tuple[str, ...]) -> int | None:
    found = [
        match.start()
        for form in forms
        for match in re.finditer(rf"(?<![a-z]){re.escape(form)}(?![a-z])", folded)
    ]
    return min(found) if found else None


def other_country(result: CheckResult) -> CheckResult:
    """A contradicted claim whose first country is one the record is not about: unverified."""
    if result.verdict is not Verdict.contradicted or not result.records:
        return result
    if any(record.kind not in _FIGURES for record in result.records):
        return result  # an act's place ('invited X to Ruritania') is the act's, and wrong
    if not any(
        part.kind == "place" and part.status is Status.not_on_record for part in result.parts
    ):
        return result
    folded = fold(result.claim)
    other = _first(folded, _forms("others"))
    own = _first(folded, _forms("countries"))
    if other is None or (own is not None and own < other):
        return result
    return replace(
        result,
        verdict=Verdict.unverified,
        explanation="The claim is about a country the record is not about; the record's figure "
        f"for its own does not decide it ({result.explanation})",
    )
