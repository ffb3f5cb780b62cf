"""A place said only of a second act ("Ann met Bo in Utopolis on May 2 before flying to
Lilliput"): the record of the meeting differs on Lilliput, but Lilliput is where Ann flew, not
where she met Bo. The fact alone is then checked, and the second act with the subject put back
('Ann flew to Lilliput'): contradicted only when that act is itself contradicted, else the
second act is a detail the record does not decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kgvn.check.frame.participles import _past
from kgvn.check.frame.tails import tails
from kgvn.check.result import CheckResult, Status, Verdict
from kgvn.text import fold

#: The subject a sentence opens with: a name of capitalised words or 'the two …'.
_SUBJECT = re.compile(r"^((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*|[Tt]he\s+two\s+[a-z]+)\s+[a-z]")


def acted(fact: str, tail: str) -> str | None:
    """'flying to Lilliput' after 'Ann met Bo …' as 'Ann flew to Lilliput.' (regular past), or
    None when the tail does not open with a participle or the subject is not plain."""
    first, _, rest = tail.strip().rstrip(".!?").partition(" ")
    past = _past(first.lower())
    subject = _SUBJECT.match(fact)
    if past is None or subject is None or subject.group(1) in ("The", "A", "An", "It"):
        return None
    return f"{subject.group(1)} {past} {rest}.".replace("  ", " ")


def other_act(
    sentence: str,
    result: CheckResult,
    check: Callable[[str], CheckResult],
    combine: Callable[[str, list[CheckResult]], CheckResult],
) -> CheckResult:
    """`result`, or the fact alone plus its second act when every part the record differs on
    is said only in a closing 'before/after V-ing …' act that is not itself contradicted."""
    if result.verdict is not Verdict.contradicted:
        return result
    differing = [part for part in result.parts if part.status is Status.differs]
    if not differing or any(part.kind != "place" for part in differing):
        return result  # a figure or a date of the second act is more often the record's own
    texts = [fold(part.text) for part in differing]
    for head, tail, ordered in tails(sentence):
        if not ordered or not tail.split()[0].endswith("ing"):
            continue
        if not all(text in fold(tail) and text not in fold(head) for text in texts):
            continue
        fact = check(head)
        act = acted(head, tail)
        if fact.verdict is not Verdict.supported or act is None:
            continue
        second = check(act)
        if second.verdict is not Verdict.unverified:
            return result
        detail = CheckResult(tail, Verdict.unverified, "The record does not state this act.")
        return combine(sentence, [fact, detail])
    return result
