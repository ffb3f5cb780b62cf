"""A topic said to have come up at named meetings: each meeting read as its people speaking
of it, so a statement backs it only when its speakers were at that meeting (blind-dev-d:
'Defence and security cooperation was on the agenda both at the prime ministers' talks and
at the meeting with General Secretary To Lam')."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kgvn.check import Checker
from kgvn.check.frame.agenda import agenda_sentences, meeting_people
from kgvn.check.result import Verdict


def _attendees(phrase: str) -> Sequence[str] | None:
    """Made-up meetings: Ann met Bo; Cy met Bo; nobody else is known."""
    if "Ann" in phrase:
        return ["Ann", "Bo"]
    return ["Bo", "Cy"] if "Cy" in phrase else None


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Fishing was on the agenda at the talks with Ann.",
         [["Ann and Bo spoke of Fishing.", "Ann spoke of Fishing to Bo.", "Bo spoke of Fishing to Ann."]]),
        ("Fishing featured both in the talks with Ann and in Cy's meeting.",
         [["Ann and Bo spoke of Fishing.", "Ann spoke of Fishing to Bo.", "Bo spoke of Fishing to Ann."],
          ["Bo and Cy spoke of Fishing.", "Bo spoke of Fishing to Cy.", "Cy spoke of Fishing to Bo."]]),
        ("Both Ann's talks and Cy's meeting stressed fishing.",
         [["Ann and Bo stressed fishing.", "Ann stressed fishing to Bo.", "Bo stressed fishing to Ann."],
          ["Bo and Cy stressed fishing.", "Bo stressed fishing to Cy.", "Cy stressed fishing to Bo."]]),
        ("Fishing was on the agenda at the talks with Dee.", None),  # whose meeting is unknown
        ("Fishing was on the agenda in Ann's garden.", None),  # not a meeting
        ("Fishing featured in the talks with Ann, which singled out trout.", None),  # an aside
        ("Ann and Bo spoke of fishing.", None),
    ],
)  # fmt: skip
def test_agenda_sentences(sentence: str, read: list[list[str]] | None) -> None:
    assert agenda_sentences(sentence, _attendees) == read


def test_meeting_people() -> None:
    talks, signing, wider = frozenset({"a", "b"}), frozenset({"a", "b"}), frozenset({"a", "b", "c"})
    assert meeting_people({"a"}, [talks, signing, wider]) == talks  # the one all others hold
    assert meeting_people({"a"}, [frozenset({"a", "b"}), frozenset({"a", "c"})]) is None
    assert meeting_people(set(), [talks]) is None
    assert meeting_people({"d"}, [talks]) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Maritime security was on the agenda at the meeting with President Luong Cuong.", Verdict.supported),
        ("Maritime security was on the agenda at the meeting with To Lam.", Verdict.unverified),
        ("Agriculture and education featured in the prime ministers' talks.", Verdict.supported),
        ("Agriculture and education featured in the meeting with To Lam.", Verdict.unverified),
        ("Maritime security came up both in the talks with Chinh and in the meeting with Cuong.", Verdict.partly_supported),
    ],
)  # fmt: skip
def test_topic_at_meetings(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict
