"""'Ann visited Utopia again in 2019': a repeat of the act on record, on another occasion.

The record's own occasion has its own date, so a claim that says the act happened again at
another time does not contradict it by its date: the record is silent on a second occasion. Its
people, places, figures and roles still decide it as usual. Likewise 'Ann and Bo first met in
2019' against their meeting on record in 2025: a first meeting before the record's is another
occasion the record is silent on (one after it is still contradicted).
"""

from __future__ import annotations

import re

from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, Status, Verdict
from kgvn.text import fold

_AGAIN = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in load("words")["repeat_words"]) + r")\b"
)
#: 'First met', 'their first meeting': an earlier occasion of the act on record.
_FIRST_MET = re.compile(r"\bfirst\s+(?:met|meeting|held\s+talks|talks)\b")
#: The parts that only say when: another occasion may differ in them from the record's.
_WHEN = frozenset({"date", "year", "weekday"})


def repeated(result: CheckResult) -> CheckResult:
    """The result, or unverified when only the date of an act said to recur differs."""
    if result.verdict is not Verdict.contradicted:
        return result
    folded = fold(result.claim)
    first = _FIRST_MET.search(folded) is not None and _all_earlier(result)
    if _AGAIN.search(folded) is None and not first:
        return result
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    if not differing or not differing <= _WHEN:
        return result
    said = (
        "The claim dates a first meeting before the record's; the record's meeting is a later "
        "occasion and says nothing of an earlier one"
        if first
        else "The claim says the act happened again; the record's own occasion has another "
        "date and says nothing of a second one"
    )
    return CheckResult(
        result.claim,
        Verdict.unverified,
        f"{said} ({result.explanation})",
        [part for part in result.parts if part.status is not Status.differs],
        result.records,
    )


def _all_earlier(result: CheckResult) -> bool:
    """Whether every date the record differs on is before the record's own ('2024' against
    '2025-03-06')."""
    differing = [part for part in result.parts if part.status is Status.differs]
    return bool(differing) and all(
        str(part.value)[:1].isdigit()
        and part.on_record is not None
        and str(part.value) < part.on_record[: len(str(part.value))]
        for part in differing
    )
