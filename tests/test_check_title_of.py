"""A title written with its domain after 'of' ('Deputy Minister of Industry and Trade',
'as Chairman of the National Assembly'), read domain first so it is compared with the
person's own titles (blind-dev-c: wrong titles after a name and after 'as')."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.frame.title_of import titles_first


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Ann, Deputy Minister of Finance, spoke.", "Ann, Deputy Finance Minister, spoke."),
        ("Ann, Minister of Culture and Sport, spoke.", "Ann, Sport Minister, spoke."),
        ("Ann, Minister of Foreign Affairs, spoke.", "Ann, Foreign Minister, spoke."),
        ("Bo went as Chairman of the Senate in 2020.", "Bo went as the Senate Chairman in 2020."),
        ("Bo, Vice Chairman of the Senate, came.", "Bo, the Senate Vice Chairman, came."),
        (
            "Ann, Deputy Minister of Defence of Kyrgyzstan, came.",
            "Ann, Deputy Defence Minister of Kyrgyzstan, came.",
        ),
        # a name of two words or more after a known domain or a pair joined by 'and'
        (
            "Deputy Minister of Industry and Trade Ann Bo came.",
            "Deputy Trade Minister Ann Bo came.",
        ),
        ("Minister of Foreign Affairs Ann Bo came.", "Foreign Minister Ann Bo came."),
        # a body the lexicon knows ends the domain, so a name may follow it
        (
            "Chairman of the National Assembly Ann Bo came.",
            "the National Assembly Chairman Ann Bo came.",
        ),
        (
            "Vice-Chairman of the National Assembly Ann Bo came.",
            "the National Assembly Vice-Chairman Ann Bo came.",
        ),
        # left as written: a country after 'of', a prime minister, a name running on
        ("The Prime Minister of Kyrgyzstan, Bo, came.", None),
        ("The Minister of Kyrgyzstan, Bo, came.", None),
        ("Chairman of the Senate Ann Bo came.", None),
        ("The Ministry of Foreign Affairs said so.", None),
    ],
)
def test_titles_first(sentence: str, read: str | None) -> None:
    assert titles_first(sentence) == (read or sentence)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Nguyen Khac Dinh visited Kyrgyzstan in 2023 as Chairman of the National Assembly.", "contradicted"),
        ("Nguyen Khac Dinh visited Kyrgyzstan in 2023 as Vice Chairman of the National Assembly.", "supported"),
        ("Le Thi Thu Hang, Deputy Minister of Defence, held phone talks with Abakirov Meder.", "contradicted"),
        ("Le Thi Thu Hang, Deputy Minister of Foreign Affairs, held phone talks with Abakirov Meder.", "supported"),
        ("Minister of Industry and Trade Abdyldaev Erlan Bekeshovich visited Vietnam in 2014.", "contradicted"),
        ("Minister of Foreign Affairs Abdyldaev Erlan Bekeshovich visited Vietnam in 2014.", "supported"),
    ],
)  # fmt: skip
def test_titles_after_a_name_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


def test_whole_leaves_a_domain_with_and_as_it_is() -> None:
    """Read domain first, 'Industry and Trade' keeps only 'Trade': enough to find a wrong
    title, never to back a right one."""
    sentence = "Ann, Minister of Industry and Trade, spoke."
    assert titles_first(sentence) == "Ann, Trade Minister, spoke."
    assert titles_first(sentence, whole=True) == sentence
    assert titles_first("Ann, Minister of Finance, spoke.", whole=True) == (
        "Ann, Finance Minister, spoke."
    )


@pytest.mark.parametrize(
    "claim",
    [
        "Deputy Prime Minister Pham Minh Chinh held talks with Kasymaliev.",
        "Pham Minh Chinh is Vietnam's deputy prime minister.",
    ],
)
def test_a_deputy_s_title_for_the_holder_is_wrong(checker: Checker, claim: str) -> None:
    """The longer role phrase is read first ('deputy prime minister' before 'prime minister'),
    so the qualifier is not dropped."""
    assert checker.check(claim).verdict.value == "contradicted"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Chairman of the National Assembly Nguyen Khac Dinh went to Kyrgyzstan in 2023.", "contradicted"),
        ("Vice Chairman of the National Assembly Nguyen Khac Dinh went to Kyrgyzstan in 2023.", "supported"),
        ("Vice-Chairman of the National Assembly Nguyen Khac Dinh went to Kyrgyzstan in 2023.", "supported"),
        ("Deputy Chairman Nguyen Khac Dinh went to Kyrgyzstan in 2023.", "supported"),
    ],
)  # fmt: skip
def test_a_title_of_a_body_before_a_name(checker: Checker, claim: str, verdict: str) -> None:
    """'Chairman of the National Assembly X': the title before the name is compared with X's
    own, as 'National Assembly Chairman X' is; 'vice-' and 'deputy' are the vice chairman."""
    assert checker.check(claim).verdict.value == verdict
