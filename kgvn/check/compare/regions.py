"""Two worded slots that name a place inside a phrase: a region and the country of a body.

* `Region`: 'connect X with (one region)' against a record that says 'the (other) Asian
  region'. The regions are the lexicon's (`places.json`, `regions`); a claim's region the deciding
  records do not name, where they name another, is not on record: the claim is never supported by
  them (another region may be another statement, so it is not contradicted either).
* `OwnedBody`: 'the (body) of X' where the store's body is the Communist Party
  of another country: the same body's name with the wrong country differs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgvn.check.lexicon import PLACES, load
from kgvn.check.result import PartResult, Status
from kgvn.claims import Claim
from kgvn.records import Organisation, Record
from kgvn.text import compiled, fold

_REGIONS: dict[str, list[str]] = load("places").get("regions", {})
_HEADS: frozenset[str] = frozenset(load("places").get("region_heads", []))


def _regions_in(folded: str) -> dict[str, str]:
    """The regions a text names, by the lexicon's key, with the words it names each by."""
    found: dict[str, str] = {}
    for key, forms in _REGIONS.items():
        for form in sorted(forms, key=len, reverse=True):
            if form not in folded:  # most texts name no region: no pattern to run
                continue
            match = compiled(rf"(?<![a-z-]){re.escape(form)}(?![a-z-])(?!\s+union)").search(folded)
            if match is not None:
                found[key] = match.group()
                break
    return found


class Region:
    """A region the claim names against the regions the deciding records name."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        claimed, on_record = _regions_in(claim.folded), _regions_in(text)
        if not claimed or not on_record:
            return []
        shown = ", ".join(on_record.values())
        heads = {_head(text, said) for said in on_record.values()} & _HEADS
        return [
            PartResult(
                "region",
                said,
                key,
                Status.agrees
                if key in on_record
                else Status.differs
                if _head(claim.folded, said) in heads
                else Status.not_on_record,
                shown,
            )
            for key, said in claimed.items()
        ]


def _head(folded: str, said: str) -> str:
    """The noun right after a region's words ('market' in 'the Central Asian market')."""
    match = re.search(rf"(?<![a-z-]){re.escape(said)}\s+([a-z]+)", folded)
    return match.group(1) if match else ""


class OwnedBody:
    """A body of one country ('the Communist Party of X') named with another country."""

    def __init__(self, bodies: Sequence[Organisation]) -> None:
        self.owned: list[tuple[str, str, str]] = []
        for body in bodies:
            head, _, tail = fold(body.name).rpartition(" of ")
            country = getattr(body, "country", None)
            if head and country and PLACES.destination_of(tail) == country:
                self.owned.append((head, country, body.name))

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        parts = []
        for head, country, name in self.owned:
            pattern = rf"\b{re.escape(head)} of (?:the )?({PLACES.destinations()})\b"
            match = re.search(pattern, claim.folded)
            if match is None:
                continue
            said = PLACES.destination_of(match.group(1))
            status = Status.agrees if said == country else Status.differs
            parts.append(PartResult("body", match.group(), said, status, name))
        return parts


#: "in the top 50", "among the top ten", "in the bottom 20": a bound on a rank.
_TOP = re.compile(
    r"\b(?:in|among|within|inside)\s+(?:the\s+)?(?P<end>top|bottom)\s+(?P<n>\d+|ten|twenty|"
    r"thirty|forty|fifty|hundred)\b"
)
_WORD_NUMBERS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
#: 'ranks 83rd among 148': the rank and the field on record.
_RANKED = re.compile(r"\b(?P<rank>\d+)(?:st|nd|rd|th)\s+(?:among|of|out of)\s+(?P<of>\d+)\b")


class TopRank:
    """'Among the top 50 investors' against a record's '83rd among 148'."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        said, ranked = _TOP.search(claim.folded), _RANKED.search(text)
        if said is None or ranked is None:
            return []
        bound = int(said.group("n")) if said.group("n").isdigit() else _WORD_NUMBERS[said["n"]]
        rank, field = int(ranked.group("rank")), int(ranked.group("of"))
        within = rank <= bound if said.group("end") == "top" else rank > field - bound
        status = Status.agrees if within else Status.differs
        # written as the bare number the claim parser reads, so this part stands in for it
        return [PartResult("rank", said.group("n"), bound, status, ranked.group())]
