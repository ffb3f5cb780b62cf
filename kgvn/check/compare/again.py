"""'Ann visited Utopia again in 2019': a repeat of the act on record, on another occasion.

The record's own occasion has its own date, so a claim that says the act happened again at
another time does not contradict it by its date: the record is silent on a second occasion. Its
people, places, figures and roles still decide it as usual.
"""

from __future__ import annotations

import re

from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, Status, Verdict
from kgvn.text import fold

_AGAIN = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in load("words")["repeat_words"]) + r")\b"
)
#: The parts that only say when: another occasion may differ in them from the record's.
_WHEN = frozenset({"date", "year", "weekday"})


def repeated(result: CheckResult) -> CheckResult:
    """The result, or unverified when only the date of an act said to recur differs."""
    if result.verdict is not Verdict.contradicted or _AGAIN.search(fold(result.claim)) is None:
        return result
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    if not differing or not differing <= _WHEN:
        return result
    return CheckResult(
        result.claim,
        Verdict.unverified,
        "The claim says the act happened again; the record's own occasion has another date and "
        f"says nothing of a second one ({result.explanation})",
        [part for part in result.parts if part.status is not Status.differs],
        result.records,
    )
