"""A rank said as an earlier one ('83rd, up from 90th'): the record gives no rank of another
time, but a move to the same rank, or the wrong way, is one its own rank rules out."""

from __future__ import annotations

import re

from kgvn.check.result import Status
from kgvn.claims import Claim, Rank
from kgvn.text import fold

#: Words before a rank that make it an earlier one: 'up from 90th', 'has climbed from 90th'; the
#: group says which way the standing moved (up is a smaller number).
_EARLIER = re.compile(
    r"\b(?:(?P<up>up|ris(?:ing|es)|rose|risen|climb(?:ing|s|ed)?|improv(?:ing|es|ed)|moved up)"
    r"|(?P<down>down|fall(?:ing|s|en)?|fell|slipp(?:ing|ed)|slips?|dropp(?:ing|ed)|drops?"
    r"|moved down))\s+from\s+$"
)


def _spot(claim: Claim, rank: Rank) -> int:
    """Where the rank is written: its place not inside another rank's words, the n-th of
    ranks written alike ('ranks 83rd, up from 83rd': the second '83rd')."""
    text = fold(rank.text)
    others = [
        (hit.start(), hit.end())
        for other in claim.ranks
        if len(other.text) > len(rank.text)
        for hit in re.finditer(re.escape(fold(other.text)), claim.folded)
    ]
    alike = [other for other in claim.ranks if fold(other.text) == text]
    nth = next((index for index, other in enumerate(alike) if other is rank), 0)
    free = [
        hit.start()
        for hit in re.finditer(re.escape(text), claim.folded)
        if not any(start <= hit.start() < end for start, end in others)
    ]
    return free[nth] if nth < len(free) else -1


def earlier_rank(claim: Claim, rank: Rank, on_record: int) -> Status | None:
    """None unless the rank is said as an earlier one; then not on record, unless the move
    it tells cannot end at the record's rank: 'up from 83rd' to 83rd, 'up from 70th' to 83rd."""
    at = _spot(claim, rank)
    found = _EARLIER.search(claim.folded[: max(at, 0)])
    if found is None:
        return None
    moved = rank.rank > on_record if found.group("up") else rank.rank < on_record
    return Status.not_on_record if moved else Status.differs


#: 'in the top half', 'in the bottom half of the list': which half of a ranking a rank is in.
_HALF = re.compile(r"\b(?:(?P<upper>top|upper|first)|(?P<lower>bottom|lower|second))\s+half\b")


def standing_parts(
    claim: Claim, on_record: int | None, out_of: int | None
) -> list[tuple[str, str, object, Status, str]]:
    """The half of the ranking a claim puts a rank in ('in the top half of the 148 countries')
    against the record's rank out of its total, and the total when the claim gives it as a
    bare number beside the half ('the 148'). Each as the parts of an outcome."""
    said = _HALF.search(claim.folded)
    if said is None or on_record is None or not out_of:
        return []
    upper = on_record <= out_of / 2
    agrees = upper is (said.group("upper") is not None)
    shown = f"{on_record} of {out_of}"
    parts: list[tuple[str, str, object, Status, str]] = [
        ("half", said.group(), said.group(), Status.agrees if agrees else Status.differs, shown)
    ]
    for number in claim.bare_numbers:
        status = Status.agrees if number.value == out_of else Status.differs
        parts.append(("rank out of", number.text, number.value, status, str(out_of)))
    return parts
