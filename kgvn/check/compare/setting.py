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


def _reported_with(meeting: CheckResult, act: CheckResult) -> bool:
    """Whether the article that reports the meeting first (others may mention it in passing)
    reports the act too."""
    reported = {record.evidence[0].source for record in meeting.records if record.evidence}
    return bool(reported & _sources(act))


def _partly(result: CheckResult, has: str, reports: str) -> CheckResult:
    explanation = (
        f"The record has {has}, but no article reports {reports} at that meeting "
        f"({result.explanation})"
    )
    return replace(result, verdict=Verdict.partly_supported, explanation=explanation)


def setting_tied(sentence: str, result: CheckResult) -> CheckResult:
    """The verdict on a sentence whose speaker closes it with the meeting the words were said
    at: supported only when an article that reports the words reports that meeting too."""
    if not said_at(sentence) or result.verdict is not Verdict.supported or len(result.atoms) < 2:
        return result
    *said, held = result.atoms
    if any(_reported_with(held, atom) for atom in said):
        return result
    return _partly(result, "the words and the meeting", "the words as said")


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
    if all(_reported_with(held[0], act) for act in acts):
        return result
    return _partly(result, "the meeting and what was done", "it as done")
