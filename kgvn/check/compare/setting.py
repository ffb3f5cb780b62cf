"""'X, Ann said at her meeting with Bo': the words and the meeting are two claims, and a third
that ties them, that she said them there. The record ties them when one article reports both;
else the sentence is at most partly supported, whatever the two claims alone are."""

from __future__ import annotations

from dataclasses import replace

from kgvn.check.compare.speakers import said_at
from kgvn.check.result import CheckResult, Verdict


def _sources(result: CheckResult) -> set[str]:
    return {item.source for record in result.records for item in record.evidence}


def setting_tied(sentence: str, result: CheckResult) -> CheckResult:
    """The verdict on a sentence whose speaker closes it with the meeting the words were said
    at: supported only when an article that reports the words reports that meeting too."""
    if not said_at(sentence) or result.verdict is not Verdict.supported or len(result.atoms) < 2:
        return result
    *said, held = result.atoms
    # the article that reports the meeting first (others may mention it in passing)
    reported = {record.evidence[0].source for record in held.records if record.evidence}
    if any(reported & _sources(atom) for atom in said):
        return result
    return replace(
        result,
        verdict=Verdict.partly_supported,
        explanation="The record has the words and the meeting, but no article reports the "
        f"words as said at that meeting ({result.explanation})",
    )
