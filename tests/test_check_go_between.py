"""Sides turned round and signers the record does not name (blind-dev-b and blind-dev-c):
'B wants A to act as its bridge' against a record of A ready to be B's bridge; 'signed by the
education ministers' where the record has the documents signed in the leaders' presence."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.bridges import Role, go_betweens, serves_itself, turned_round
from kgvn.check.compare.signers import named_signers, signer_check
from kgvn.check.lexicon import Places
from kgvn.check.result import Status, Verdict


@pytest.mark.parametrize(
    ("text", "holder", "served", "towards"),
    [
        ("Utopia is ready to be a bridge for Ruritania to Atlantis", "UT", "RU", {"atlantis"}),
        ("Utopia wants Ruritania to act as its gateway to Atlantis", "RU", "UT", {"atlantis"}),
        ("Ruritania welcomed Utopia's offer to serve as its bridge", "UT", "RU", set()),
        ("Ruritania sees Utopia as Ruritania's springboard", "UT", "RU", set()),
        ("Utopia offered to act as a bridge between Ruritania and Atlantis", "UT", "RU", set()),
    ],
)
def test_go_between_roles(
    places: Places, text: str, holder: str, served: str, towards: set[str]
) -> None:
    (role,) = go_betweens(text, places)
    assert (role.holder, role.served) == (holder, served)
    assert towards <= role.towards


def test_a_verb_role_is_turned_round_by_a_verb_role_towards_the_same_place() -> None:
    held = [(Role("UT", "RU", frozenset({"central asia"}), firm=False), "link")]
    claimed = Role("RU", "UT", frozenset({"central asia"}), firm=False)
    assert turned_round(claimed, held) == (held[0][0], "link")
    # towards no place, or another: the record does not say
    assert turned_round(Role("RU", "UT", frozenset(), firm=False), held) is None
    assert turned_round(Role("RU", "UT", frozenset({"atlantis"}), firm=False), held) is None


def test_a_region_is_read_in_any_of_its_forms(places: Places) -> None:
    (role,) = go_betweens("Ruritania would connect Utopia with the Central Asian region", places)
    assert role.towards == frozenset({"central asia"})


@pytest.mark.parametrize(
    "text",
    [
        "Utopia and Ruritania built a bridge of friendship",  # not a side serving as one
        "Utopia and Ruritania agreed to act as a bridge",  # both sides together
        "The bridge was opened in 2020",  # no side at all
    ],
)
def test_no_go_between_role(places: Places, text: str) -> None:
    assert go_betweens(text, places) == []


def test_a_verb_role_guards_but_never_turns_round(places: Places) -> None:
    (linked,) = go_betweens("Ruritania would connect Utopia with Atlantis", places)
    assert not linked.firm and (linked.holder, linked.served) == ("RU", "UT")
    held = [(Role("UT", "RU", frozenset({"atlantis"})), "bridge")]
    assert turned_round(linked, held) is None  # a verb alone is not firm enough
    claimed = Role("RU", "UT", frozenset({"atlantis"}))
    assert turned_round(claimed, held) == (held[0][0], "bridge")
    # the same roles towards another place: the record does not say
    assert turned_round(Role("RU", "UT", frozenset({"elsewhere"})), held) is None
    # a record that gives the claim's way too: not turned round
    both = [*held, (Role("RU", "UT", frozenset({"atlantis"})), "other")]
    assert turned_round(claimed, both) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Vietnam wants Kyrgyzstan to act as its bridge to ASEAN.", "contradicted"),
        ("Kyrgyzstan wants Vietnam to serve as its gateway to ASEAN.", "unverified"),
        ("Bishkek asked Hanoi to be its bridge to Southeast Asia.", "unverified"),
        ("Hanoi asked Bishkek to be its bridge to Southeast Asia.", "contradicted"),
        (
            "Luong Cuong said Kyrgyzstan could be Vietnam's bridge to Southeast Asia.",
            "contradicted",
        ),
        ("Chinh said Vietnam is willing to be a bridge for Kyrgyzstan to ASEAN.", "supported"),
        ("Chinh hoped Kyrgyzstan would connect Vietnam with Central Asia.", "supported"),
        # the two sides of a verb turned round, towards the place the record names
        ("Chinh hoped Vietnam would connect Kyrgyzstan with the Central Asian region.", "contradicted"),
        # a person as the go-between is their country (blind-dev-m)
        ("Kasymaliev offered to act as a bridge for Vietnam to ASEAN.", "contradicted"),
        ("Chinh offered to act as a bridge for Kyrgyzstan to ASEAN.", "supported"),
    ],
)  # fmt: skip
def test_go_between_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "who"),
    [
        ("the accord was signed by the two trade ministers.", "the two trade ministers"),
        ("after talks, officials signed the accord", "officials"),
        ("ann witnessed the signing of the accord", None),
        ("the premiers are to sign the accord", None),  # a signing to come
        ("the accord was signed in 2024", None),
    ],
)
def test_named_signers(claim: str, who: str | None) -> None:
    assert named_signers(claim) == who


def _nobody(text: str) -> bool:
    return "ann" in text or "bo" in text.split()


def _ids(text: str) -> set[str]:
    return {name for name in ("ann", "bo", "cy") if name in text.split()}


def test_signer_check() -> None:
    presence = ["Signed in ann's presence."]
    assert signer_check("ann signed it", presence, _nobody, _ids, {})[2] is Status.differs
    found = signer_check("it was signed by the ministers", presence, _nobody, _ids, {})
    assert found is not None and found[2] is Status.not_on_record
    signed = ["Signed by ann and bo."]
    signers = {"ann": "Ann", "bo": "Bo"}
    assert signer_check("it was signed by ann and bo", signed, _nobody, _ids, signers) is None
    found = signer_check("it was signed by cy and bo", signed, _nobody, _ids, signers)
    assert found is not None and found[2] is Status.differs and found[3] == "Ann, Bo"
    assert signer_check("the two sides signed it", presence, _nobody, _ids, {}) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "The education cooperation document was signed by the two countries' education "
            "ministers.",
            "unverified",
        ),
        ("Ambassadors of the two countries signed the document on civil aviation.", "unverified"),
        ("The joint statement was signed by To Lam and Kasymaliev.", "contradicted"),
        ("The joint statement was signed by Chinh and Kasymaliev.", "supported"),
        ("Vietnam and Kyrgyzstan signed documents on legal affairs.", "supported"),
    ],
)
def test_signers_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("text", "itself"),
    [
        ("Ann hoped Utopia would link Utopia with the Far Isles.", True),
        ("Ann hoped Utopia would connect Utopia to the Far Isles.", True),
        ("Ann hoped Ruritania would link Utopia with the Far Isles.", False),
        ("Ann hoped trade would link the two.", False),
    ],
)
def test_a_side_connecting_itself_is_read(places: Places, text: str, itself: bool) -> None:
    assert serves_itself(text, places) is itself


def test_a_side_connecting_itself_is_never_supported(checker: Checker) -> None:
    result = checker.check("Chinh hoped Hanoi would link Vietnam with Central Asia.")
    assert result.verdict is Verdict.unverified
    kept = checker.check("Chinh hoped Kyrgyzstan would connect Vietnam with Central Asia.")
    assert kept.verdict is Verdict.supported
