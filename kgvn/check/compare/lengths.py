"""'Lasts two months', 'for up to a month': a length in weeks or months against a record's
value in days ('a 60-day visa exemption'). The claim parser reads a length in days, or one led
by 'for'; this slot reads the rest, and a week is 7 days, a month 30."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgvn.check.result import PartResult, Status
from kgvn.claims import Claim
from kgvn.records import Record, Statement

_LENGTH = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|eight|twelve|\d{1,2})\s+(?P<unit>week|month)s?\b"
    r"(?!\s+(?:after|before|later|earlier|ago|of|since))"
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS.update({"eight": 8, "twelve": 12})
_DAYS = {"week": 7, "month": 30}


class LengthInUnits:
    """A length in weeks or months against the deciding statement's value in days."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        said = _LENGTH.search(claim.folded)
        if said is None or claim.durations:
            return []
        days = [
            record.value
            for record in records
            if isinstance(record, Statement)
            and record.value is not None
            and (record.unit or "").strip().lower() == "days"
        ]
        if len(days) != 1:
            return []
        n = said.group("n")
        claimed = (int(n) if n.isdigit() else _NUMBERS[n]) * _DAYS[said.group("unit")]
        status = Status.agrees if claimed == days[0] else Status.differs
        return [PartResult("duration", said.group(), claimed, status, f"{days[0]:g} days")]
