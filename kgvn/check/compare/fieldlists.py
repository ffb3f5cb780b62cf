"""'Cooperation in trade and investment, education, energy and mining': a list of fields.

A word such as 'investment' or 'trade' in such a list names a field two sides work together
in, not a figure or a project of that kind: the claim is then about the list (a statement),
not about the record of investments or trade, whose sector it would be compared with.
"""

from __future__ import annotations

import re

from kgvn.check.lexicon import FIELD_WORDS, load
from kgvn.check.result import Status
from kgvn.claims import Claim

#: Words that open a list of fields: 'cooperation in', 'in the fields of', 'areas such as'.
_OPENER = re.compile(
    r"\b(?:cooperat\w*|collaborat\w*|partnership|ties|links|exchanges?)\s+(?:in|on|across|within)"
    r"\s+(?:the\s+)?(?:(?:fields?|areas?|sectors?|spheres?|domains?)\s+(?:of\s+)?)?"
    r"|\b(?:fields?|areas?|sectors?|spheres?|domains?)\s+(?:of|such\s+as|including|like)\s+"
)


def _list_at(folded: str, start: int) -> tuple[int, int, int]:
    """(start, end, fields named) of the list that begins at `start`: it runs to a full stop, a
    semicolon or a colon; its items are split at commas and 'and'."""
    body = re.split(r"[.;:]", folded[start:], maxsplit=1)[0]
    items = re.split(r",|\band\b|\bas well as\b", body)
    named = sum(1 for item in items if any(word.startswith(FIELD_WORDS) for word in item.split()))
    return start, start + len(body), named


def fields_listed(claim: Claim, stem: str) -> bool:
    """Whether every word of `stem`'s kind in the claim sits in a list of two or more fields of
    cooperation, and the claim gives no figure, rank or count that a record of its kind holds."""
    if claim.amounts or claim.ranks or claim.counts or claim.percents or claim.ratios:
        return False
    uses = [match.start() for match in re.finditer(rf"\b{stem}", claim.folded)]
    lists = [_list_at(claim.folded, opener.end()) for opener in _OPENER.finditer(claim.folded)]
    covered = [(start, end) for start, end, named in lists if named >= 2]
    return bool(uses) and all(any(start <= at < end for start, end in covered) for at in uses)


def field_status(field: str, known: str) -> Status:
    """A field a claim names against the fields on record: the same agrees; a kindred one
    ('justice' beside 'legal affairs', the lexicon's `field_kin`) may be a part of it, so
    it is not on record; any other differs."""
    if field in known:
        return Status.agrees
    kin = load("words").get("field_kin", {}).get(field, [])
    return Status.not_on_record if any(word in known for word in kin) else Status.differs
