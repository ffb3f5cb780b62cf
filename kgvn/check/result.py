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

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `kgvn check --format json`."""
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
            "records": [
                {
                    "id": record.id,
                    "kind": record.kind,
                    "label": record.label,
                    "evidence": [
                        {"source": item.source, "quote": item.quote} for item in record.evidence
                    ],
                }
                for record in self.records
            ],
        }


# --- comparing numbers and dates -----------------------------------------------------------------


@dataclass
class _Outcome:
    parts: list[PartResult] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    note: str = ""
    #: Whether the claim asserts or denies what it names, when a handler reads that itself.
    negated: bool | None = None

    def add(
        self, kind: str, text: str, value: Any, status: Status, on_record: str | None = None
    ) -> None:
        self.parts.append(PartResult(kind, text, value, status, on_record))
