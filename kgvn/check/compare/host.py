"""'The (demonym) side hosted the ceremony': the side that hosts an event is the one whose country
it is held in. A claim the record otherwise supports, whose host side is not the country of the
place its deciding records give (a capital or city the lexicon knows), is contradicted; one whose
records give no place is left unverified, since the host side is then not on record.
"""

from __future__ import annotations

import re

from kgvn.check.lexicon import PLACES
from kgvn.check.result import CheckResult, PartResult, Status, Verdict
from kgvn.text import fold

_HOSTED = r"(?:hosted|hosts|was the host of|were the hosts of|played host to)"


def host_side(result: CheckResult) -> CheckResult:
    """The result, or its verdict once the side said to host is compared with the place."""
    if result.verdict is not Verdict.supported:
        return result
    folded = fold(result.claim)
    said = re.search(
        rf"\b({PLACES.pattern('names', 'demonyms')})(?:['’]s?)?\s+(?:side\s+|government\s+|"
        rf"leaders?\s+|authorities\s+|officials\s+)?{_HOSTED}\b",
        folded,
    )
    if said is None:
        return result
    side = PLACES.code_of(said.group(1), "names", "demonyms")
    quotes = fold(" ".join(item.quote for record in result.records for item in record.evidence))
    found = re.search(rf"\bin ({PLACES.pattern('capitals', 'cities')})\b", quotes)
    held = PLACES.code_of(found.group(1), "capitals", "cities") if found else None
    if side is None or held is None:
        part = PartResult("host", said.group(1), side, Status.not_on_record)
        return CheckResult(
            result.claim,
            Verdict.unverified,
            "The record does not say where it was held, so not which side hosted it.",
            [*result.parts, part],
            result.records,
        )
    if side == held:
        return result
    part = PartResult("host", said.group(1), side, Status.differs, PLACES.label(held))
    return result.with_part(
        part,
        Verdict.contradicted,
        f"The record has it held in {found.group(1).title() if found else ''}, so hosted by "
        f"{PLACES.label(held)}, not {PLACES.label(side)}.",
    )
