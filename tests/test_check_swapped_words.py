"""True claims with one word swapped, found by probing the tuning splits (session 20): the
refusal of an invitation said in a clause of its own, a subordinate clause's doer, a person whose
place in an event nothing compared, and a capital granting for its country. Each was called
supported."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.asides import naming_dropped
from kgvn.check.frame.recast import declined
from kgvn.check.result import Verdict


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Ann invited Bo to Utopia, and Bo declined.", "Ann invited Bo to Utopia, and Bo did not accept the invitation."),
        ("Ann invited Bo Lee to Utopia, and the Utopian minister politely refused.", "Ann invited Bo Lee to Utopia, and the Utopian minister did not accept the invitation."),
        ("Ann invites Bo to Utopia - invitation declined", "Ann invites Bo to Utopia, and Bo did not accept the invitation"),
        ("Ann invited Bo to Utopia, an invitation Bo gladly declined.", "Ann invited Bo to Utopia, and Bo did not accept the invitation."),
        ("Ann invited Bo to Utopia, an invitation which the minister turned down.", "Ann invited Bo to Utopia, and the minister did not accept the invitation."),
        ("Ann invited Bo to Utopia, and the Ruritanian Prime Minister declined with pleasure.", "Ann invited Bo to Utopia, and the Ruritanian Prime Minister did not accept the invitation."),
        ("Ann invited Bo to Utopia, and Bo accepted.", "Ann invited Bo to Utopia, and Bo accepted."),
        ("Ann invited Bo to Utopia, an invitation Bo accepted.", "Ann invited Bo to Utopia, an invitation Bo accepted."),
        ("Ann declined to comment.", "Ann declined to comment."),  # no invitation named
    ],
)  # fmt: skip
def test_an_invitation_declined_is_an_invitation_not_accepted(sentence: str, read: str) -> None:
    assert declined(sentence) == read


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a refusal of the invitation the record has accepted
        ("Kasymaliev invited Chinh to visit Kyrgyzstan, and Chinh declined.", Verdict.contradicted),
        ("Kasymaliev invited Chinh to visit Kyrgyzstan, and the invitation was turned down.", Verdict.contradicted),
        ("Kasymaliev invited Chinh to visit Kyrgyzstan, and Chinh accepted.", Verdict.supported),
        # the doer of a clause after 'after'
        ("Diplomatic relations were set up less than a year after Vietnam declared independence.", Verdict.contradicted),
        ("Diplomatic relations were set up less than a year after Kyrgyzstan declared independence.", Verdict.supported),
        ("Ties were established in 1992, the year after Vietnam proclaimed its independence.", Verdict.contradicted),
        # a person the event does not count among those taking part, and no part compares
        ("Chinh was visiting Vietnam for the first time.", Verdict.unverified),
        ("Chinh's visit was the first official visit to Vietnam by a Kyrgyz prime minister.", Verdict.unverified),
        ("Kasymaliev was visiting Vietnam for the first time.", Verdict.supported),
        # a capital names its government when it grants something
        ("Hanoi grants Vietnamese citizens a 60-day visa exemption.", Verdict.contradicted),
        ("Vietnamese citizens can stay in Kyrgyzstan for 60 days without a visa, a waiver Hanoi grants unilaterally.", Verdict.contradicted),
        ("Bishkek grants Vietnamese citizens a 60-day visa exemption.", Verdict.supported),
    ],
)  # fmt: skip
def test_one_swapped_word_is_never_supported(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev had met Chinh before.", Verdict.unverified),
        ("Chinh and Kasymaliev had already met before.", Verdict.unverified),
        ("Kasymaliev had visited Vietnam before.", Verdict.contradicted),  # the record: first
        ("Kasymaliev met Chinh at a ceremony before the talks.", Verdict.supported),
    ],
)
def test_an_earlier_occasion_is_not_backed_by_the_records_own_before(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    """'Had met … before': some earlier occasion. The record's 'before their talks' (the photo
    exhibition) orders two acts of the visit; it says nothing of an earlier meeting."""
    assert checker.check(claim).verdict is verdict


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("On the Eastern Sea, which Utopia calls the Blue Sea, Ann spoke.", "On the Eastern Sea, Ann spoke."),
        ("On the Eastern Sea, also known as the Blue Sea, Ann spoke.", "On the Eastern Sea, Ann spoke."),
        ("On the Eastern Sea, which is shallow, Ann spoke.", "On the Eastern Sea, which is shallow, Ann spoke."),
        ("Ann, called the Iron Lady, spoke.", "Ann, called the Iron Lady, spoke."),
    ],
)  # fmt: skip
def test_an_aside_giving_another_name_is_no_fact_of_the_sentence(sentence: str, read: str) -> None:
    assert naming_dropped(sentence) == read


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("During his meeting with To Lam, Kasymaliev invited Chinh to visit Kyrgyzstan.", Verdict.partly_supported),
        ("During the talks, Kasymaliev invited Chinh to visit Kyrgyzstan.", Verdict.supported),
        ("At the reception, Cuong thanked Kyrgyzstan for supporting the Vietnamese community.", Verdict.supported),
    ],
)  # fmt: skip
def test_an_act_set_at_a_meeting_must_be_reported_at_it(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    """Both facts are on record; whether the one was done at the other is a third (it was
    supported: the invitation was made at the talks with Chinh, not at the meeting with To Lam)."""
    assert checker.check(claim).verdict is verdict
