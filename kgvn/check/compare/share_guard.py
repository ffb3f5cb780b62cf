"""A percentage that is a share ("accounted for 70% of trade"), not a rate of change.

The trade comparator reads a claim's percentage as growth between two years and computes the
record's; a share of one flow in another is a different figure, which the record may not give at
all. A claim decided only by such a computed change, either way, is therefore unverified: the
record neither backs nor rules out the share, and a share equal to the growth by chance is no
backing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgvn.check.result import CheckResult, Status, Verdict

_PERCENT = (
    r"(?:\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b)"
    r"|(?:a|one|two|three)\s+(?:half|third|quarter|fifth|tenth)s?\b)"
)
#: "70% of", "accounted for 70%", "a 70% share", "made up 70 per cent".
_SHARE = re.compile(
    rf"{_PERCENT}\s+(?:of|share)\b"
    rf"|\b(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represented|represents?"
    rf"|comprised|comprises?|constituted|constitutes?)\s+(?:about\s+|around\s+|some\s+|nearly\s+"
    rf"|almost\s+|roughly\s+|over\s+|more\s+than\s+|less\s+than\s+|just\s+|only\s+)?{_PERCENT}"
    rf"|\bshare\b[^.;]{{0,40}}?{_PERCENT}",
    re.IGNORECASE,
)


def share(result: CheckResult) -> CheckResult:
    """A share decided only by the change between two years computed from the record
    (contradicted, or worse, agreeing by chance): unverified, since the two are different
    figures."""
    if result.verdict not in (Verdict.contradicted, Verdict.supported) or not _SHARE.search(
        result.claim
    ):
        return result
    shares = [match.group() for match in _SHARE.finditer(result.claim)]
    changes = [
        part
        for part in result.parts
        if part.kind in ("change", "ratio") and any(str(part.text) in said for said in shares)
    ]
    others = [part for part in result.parts if part not in changes]
    if not changes or any(part.status is Status.differs for part in others):
        return result
    parts = [
        replace(part, status=Status.not_on_record) if part in changes else part
        for part in result.parts
    ]
    return replace(
        result,
        verdict=Verdict.unverified,
        explanation="The claim gives a share of one figure in another, which the record does "
        f"not state; it is not the change between two years ({result.explanation})",
        parts=parts,
    )
