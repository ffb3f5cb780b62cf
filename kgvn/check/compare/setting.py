"""'X, Ann said at her meeting with Bo': the words and the meeting are two claims, and a third
that ties them, that she said them there. The record ties them when one article reports both;
else the sentence is at most partly supported, whatever the two claims alone are."""

from __future__ import annotations

from dataclasses import replace

from kgvn.check.compare.speakers import said_at
from kgvn.check.frame.participles import setting_of
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


def occasion_tied(sentence: str, result: CheckResult) -> CheckResult:
    """'During his meeting with Bo, Ann invited Cy': the act and the meeting are each on record
    (the meeting split off as '… held his meeting with Bo'), but the act was done at that meeting
    only when an article that reports the meeting reports the act too; else at most partly
    supported."""
    what = setting_of(sentence)
    if what is None or result.verdict is not Verdict.supported:
        return result
    held = [atom for atom in result.atoms if f"held {what.lower()}" in atom.claim.lower()]
    acts = [atom for atom in result.atoms if atom not in held]
    if len(held) != 1 or not acts:
        return result
    reported = {record.evidence[0].source for record in held[0].records if record.evidence}
    if all(reported & _sources(act) for act in acts):
        return result
    return replace(
        result,
        verdict=Verdict.partly_supported,
        explanation="The record has the meeting and what was done, but no article reports it "
        f"as done at that meeting ({result.explanation})",
    )
