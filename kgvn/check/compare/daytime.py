"""'On the evening of March 6': a time of day, checked against the one the record's quotes give.

A claim the record leaves undecided only because of its time of day (the word 'evening' is
in no record) is checked again without it; when that is supported and the deciding records'
quotes name a time of day, the claim's must be the same: else it is contradicted. A record
that names no time of day leaves the claim as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, PartResult, Status, Verdict
from kgvn.claim_patterns import FULL_MONTHS
from kgvn.text import fold, word_pattern

_TIMES: dict[str, list[str]] = {
    key: [phrase for phrase in phrases if len(phrase) > 3]
    for key, phrases in load("words")["times_of_day"].items()
}
_ANY = "|".join(re.escape(phrase) for phrases in _TIMES.values() for phrase in phrases)
#: "on the evening of March 6" (kept: "on March 6"), "in the evening", "March 6 evening".
_SAID = re.compile(
    rf"\b(?:on|in|during)\s+the\s+(?P<a>{_ANY})\s+of\s+"
    rf"|\s+(?:in\s+the|that|this|later\s+that|the\s+same)\s+(?P<b>{_ANY})\b"
    rf"|(?<=\d)\s+(?P<c>{_ANY})\b",
    re.IGNORECASE,
)


def _time_of(text: str) -> str | None:
    """The one time of day a text names, by the lexicon's key."""
    found = {
        key
        for key, phrases in _TIMES.items()
        for phrase in phrases
        if word_pattern(phrase).search(text)
    }
    return found.pop() if len(found) == 1 else None


def by_time_of_day(
    check_atom: Callable[[str], CheckResult], result: CheckResult
) -> CheckResult | None:
    """The verdict on an undecided claim from its time of day and the record's, if both say one."""
    body = result.claim.strip()
    found = _SAID.search(body)
    if found is None:
        return None
    said = (found.group("a") or found.group("b") or found.group("c")).lower()
    claimed = _time_of(said)
    keep = "on " if found.group("a") else ""
    basis = check_atom(re.sub(r"\s{2,}", " ", body[: found.start()] + keep + body[found.end() :]))
    if claimed is None or basis.verdict is not Verdict.supported or not basis.records:
        return None
    quotes = " ".join(
        [record.label for record in basis.records]
        + [item.quote for record in basis.records for item in record.evidence]
    )
    on_record = _time_of(fold(quotes))
    if on_record is None:
        return None
    status = Status.agrees if on_record == claimed else Status.differs
    part = PartResult("time of day", said, claimed, status, on_record)
    if status is Status.agrees:
        return basis.with_part(part, Verdict.supported, basis.explanation, result.claim)
    label = basis.records[0].label
    return basis.with_part(
        part,
        Verdict.contradicted,
        f"The record on {label} differs: {said} (record: {on_record}).",
        result.claim,
    )


_MONTHS = list(FULL_MONTHS)
#: "in January", "in early March": a month with no day and no year, which the claim parser
#: leaves unread.
_IN_MONTH = re.compile(
    r"\s*\b(?i:in|during)\s+(?:(?i:early|late|mid)[-\s]?)?(?P<month>" + "|".join(_MONTHS) + r")\b"
    r"(?!\s*,?\s*\d)"
)


def by_month(
    check_atom: Callable[[str], CheckResult],
    span_of: Callable[[str], tuple[str, str | None] | None],
    result: CheckResult,
) -> CheckResult | None:
    """The verdict on an undecided claim from a bare month ('spoke by phone in January') and the
    month the deciding record is dated in."""
    body = result.claim.strip()
    found = _IN_MONTH.search(body)
    if found is None or re.search(r"\b(?:1[89]|20)\d\d\b", body):
        return None  # a year too: the parser reads that date itself
    basis = check_atom(re.sub(r"\s{2,}", " ", body[: found.start()] + body[found.end() :]))
    spans = [span for record in basis.records if (span := span_of(record.id))]
    if basis.verdict is not Verdict.supported or len(spans) != 1 or len(spans[0][0]) < 7:
        return None
    start, end = spans[0]
    months = {int(start[5:7]), int((end or start)[5:7])}
    said = _MONTHS.index(found.group("month")) + 1
    on_record = " – ".join(dict.fromkeys([start, end or start]))
    status = Status.agrees if said in months else Status.differs
    part = PartResult("date", found.group().strip(), said, status, on_record)
    if status is Status.agrees:
        return basis.with_part(part, Verdict.supported, basis.explanation, result.claim)
    return basis.with_part(
        part,
        Verdict.contradicted,
        f"The record on {basis.records[0].label} differs: {found.group('month')} "
        f"(record: {on_record}).",
        result.claim,
    )
