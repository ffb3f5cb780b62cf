"""What a check returns: the verdict, the parts compared and the records shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from kgvn.records import (
    Evidence,
    Record,
)

if TYPE_CHECKING:
    pass


class Verdict(str, Enum):
    supported = "supported"
    contradicted = "contradicted"
    unverified = "unverified"
    #: Some atomic claims of the sentence are supported, the others unverified; none contradicted.
    partly_supported = "partly-supported"


class Status(str, Enum):
    agrees = "agrees"
    differs = "differs"
    not_on_record = "not-on-record"


@dataclass(frozen=True)
class PartResult:
    """One checkable part of the claim and what the record says of it."""

    kind: str
    text: str
    value: Any
    status: Status
    on_record: str | None = None


@dataclass(frozen=True)
class MatchedRecord:
    """A record that decides the verdict, with the quotes that state it."""

    id: str
    kind: str
    label: str
    evidence: list[Evidence]


@dataclass(frozen=True)
class CheckResult:
    claim: str
    verdict: Verdict
    explanation: str
    parts: list[PartResult] = field(default_factory=list)
    records: list[MatchedRecord] = field(default_factory=list)
    #: The records nearest to the claim in meaning, with their quotes, beyond those in `records`:
    #: always there to read, also when nothing decides the claim.
    closest: list[MatchedRecord] = field(default_factory=list)
    #: The atomic claims of a sentence that states more than one, each with its own verdict.
    atoms: list[CheckResult] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `kgvn check --format json`."""
        return {
            **self._own_dict(),
            "closest": [_record_dict(record) for record in self.closest],
            "atoms": [atom._own_dict() for atom in self.atoms],
        }

    def with_part(
        self, part: PartResult, verdict: Verdict, explanation: str, claim: str | None = None
    ) -> CheckResult:
        """The verdict this result leads to once one more part is compared: the same records,
        and the claim as written when the result was for a reworded one."""
        return CheckResult(
            claim or self.claim, verdict, explanation, [*self.parts, part], self.records
        )

    @property
    def shown(self) -> list[MatchedRecord]:
        """Every record the result shows: those that decide it, then the closest others."""
        seen = {record.id for record in self.records}
        return [*self.records, *(record for record in self.closest if record.id not in seen)]

    def _own_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "verdict": self.verdict.value,
            "explanation": self.explanation,
            "parts": [
                {
                    "kind": part.kind,
                    "text": part.text,
                    "value": part.value,
                    "status": part.status.value,
                    "on_record": part.on_record,
                }
                for part in self.parts
            ],
            "records": [_record_dict(record) for record in self.records],
        }


def _record_dict(record: MatchedRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "kind": record.kind,
        "label": record.label,
        "evidence": [{"source": item.source, "quote": item.quote} for item in record.evidence],
    }


# --- comparing numbers and dates -----------------------------------------------------------------


@dataclass
class _Outcome:
    parts: list[PartResult] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    note: str = ""
    #: Whether the claim asserts or denies what it names, when a handler reads that itself.
    negated: bool | None = None
    #: Records of another event a closing phrase names ('…, ahead of Ann's visit'): they back
    #: its words and date, but the manner and place of the claim's own event are not theirs.
    others: list[Record] = field(default_factory=list)

    def add(
        self, kind: str, text: str, value: Any, status: Status, on_record: str | None = None
    ) -> None:
        self.parts.append(PartResult(kind, text, value, status, on_record))
