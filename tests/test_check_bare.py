"""A bare title several people hold ('the prime minister'): read as each holder by name, the
one reading the record backs deciding (blind-dev-d: 'Both the prime minister and the state
president urged Kyrgyzstan to back the position of Vietnam and ASEAN on the East Sea')."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.bare import bare_titles, readings
from kgvn.check.result import Verdict

_PHRASES = ["mayor", "deputy mayor", "judge"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The mayor met the judge.", [(0, 9, "mayor"), (14, 23, "judge")]),
        ("The deputy mayor spoke.", [(0, 16, "deputy mayor")]),
        ("The mayor Ann Lee spoke.", []),  # a name after the title: not bare
        ("The mayor's office spoke.", []),
        ("The mayors spoke.", []),
    ],
)  # fmt: skip
def test_bare_titles(text: str, spans: list[tuple[int, int, str]]) -> None:
    assert bare_titles(text, _PHRASES) == spans


def test_readings() -> None:
    holders = {"mayor": ["Ann", "Bo"], "judge": ["Bo", "Cy"], "deputy mayor": ["Dee"]}.__getitem__
    text = "The mayor met the judge."
    assert readings(text, bare_titles(text, _PHRASES), holders) == [
        "Ann met Bo.",
        "Ann met Cy.",
        "Bo met Cy.",  # never 'Bo met Bo': two titles are two people
    ]
    one = "The deputy mayor spoke."
    # one holder (the only one who met the others named) is read too: every holder ruled out
    # as the doer contradicts the claim ('The prime minister invited X', a letter from Y)
    assert readings(one, bare_titles(one, _PHRASES), holders) == ["Dee spoke."]
    nobody = {"deputy mayor": []}.__getitem__
    assert readings(one, bare_titles(one, _PHRASES), nobody) == []


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Both the prime minister and the state president urged Kyrgyzstan to back the position of Vietnam and ASEAN on the East Sea.", Verdict.supported),
        ("The prime minister offered to serve as a bridge linking Kyrgyzstan with ASEAN.", Verdict.supported),
        ("The prime minister invited Luong Cuong to visit Kyrgyzstan.", Verdict.contradicted),
        ("The state president asked Kyrgyzstan to oppose ASEAN's stance on the East Sea.", Verdict.unverified),
        ("The prime minister held talks with To Lam.", Verdict.unverified),  # no holder met him so
    ],
)  # fmt: skip
def test_bare_title_read(checker: Checker, claim: str, verdict: Verdict) -> None:
    assert checker.check(claim).verdict is verdict
