"""How much or how strong a thing is, said as a predicate (blind-dev-m): 'economic cooperation
remains strong' against a record that says it 'remains modest' is contradicted; the record's
word said of another thing of the same kind does not back the claim; 'strong political ties'
and '100 strong' are not read as levels."""

from __future__ import annotations

import pytest

from kgvn.check import Checker
from kgvn.check.compare.levels import Level, Levels, characterised, said_as_predicate
from kgvn.check.compare.spoke import judgement_said
from kgvn.check.lexicon import group_key
from kgvn.check.result import CheckResult, Verdict

TEXTS = {
    "tin": ["Despite warm cultural ties, tin trade remains modest compared with Utopia's total."],
    "talks": ["Relations are warm, but ministerial visits have remained limited."],
    "fund": ["The fund shows substantial untapped potential for growth."],
}


@pytest.fixture(scope="module")
def levels() -> Levels:
    held = tuple(level for key, texts in TEXTS.items() for level in characterised(key, texts))
    return Levels(held, lambda _: None)


def test_a_record_characterises_as_a_predicate_and_before_a_noun() -> None:
    words = {(level.record_id, level.word, level.head) for level in characterised("x", [])}
    assert words == set()
    found = {
        (level.record_id, level.word, level.head)
        for key, texts in TEXTS.items()
        for level in characterised(key, texts)
    }
    assert ("tin", "modest", "trade") in found
    assert ("talks", "limited", "visit") in found
    assert ("fund", "substantial", "potenti") in found
    assert not any(head == "compar" for _, _, head in found)  # 'modest compared with' is no noun


@pytest.mark.parametrize(
    ("claim", "word", "high"),
    [
        ("Tin trade remains strong.", "strong", True),
        ("Ministerial visits have been relatively frequent.", "frequent", True),
        ("Since 1990, tin trade has stayed small.", "small", False),
        (
            "Despite strong cultural ties, tin trade remains modest.",
            "modest",
            False,
        ),  # not 'strong'
    ],
)
def test_a_claim_is_read_as_a_predicate(claim: str, word: str, high: bool) -> None:
    level = said_as_predicate(claim.lower())
    assert level is not None and (level.word, level.high) == (word, high)


@pytest.mark.parametrize(
    "claim",
    [
        "The tin guild, about 100 strong, met.",  # a figure's 'strong'
        "The tin guild is 100 strong.",
        "Tin trade could be strong.",  # nor a possibility
        "Tin trade has grown stronger.",
    ],
)
def test_not_a_level(claim: str) -> None:
    assert said_as_predicate(claim.lower()) is None


def _supported(claim: str) -> CheckResult:
    return CheckResult(claim, Verdict.supported, "backed")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Tin trade remains robust.", Verdict.contradicted),  # the same subject, other side
        ("Tin trade between Utopia and Ruritania remains strong.", Verdict.contradicted),
        ("Ministerial visits have been frequent.", Verdict.contradicted),
        ("Tin trade remains small.", Verdict.supported),  # the same side: as it was
        ("Copper trade remains modest.", Verdict.unverified),  # said of another trade
        ("Copper trade remains strong.", Verdict.unverified),
        ("The untapped potential is limited.", Verdict.contradicted),
    ],
)
def test_judged(levels: Levels, claim: str, verdict: Verdict) -> None:
    assert levels.judge(claim, _supported(claim)).verdict is verdict


def test_a_level_is_kept_to_its_subject() -> None:
    level = Level(frozenset({"tin", "trade"}), "trade", "modest", high=False)
    assert not level.high and level.head == "trade"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Economic cooperation remains strong.", "contradicted"),
        ("Despite good political ties, economic cooperation remains robust.", "contradicted"),
        ("Economic cooperation between the two countries remains relatively limited.", "supported"),
        ("Trade between Vietnam and Kyrgyzstan remains robust.", "contradicted"),
        ("High-level exchanges between the two countries have been intensive.", "contradicted"),
        ("Top-level exchanges have stayed limited.", "supported"),
        ("Political cooperation between the two countries remains limited.", "unverified"),
        ("Cultural cooperation remains strong.", "unverified"),
        ("Economic cooperation between Vietnam and Laos remains strong.", "unverified"),
        ("Despite strong political ties, economic cooperation remains modest.", "supported"),
        ("The Vietnamese community in Kyrgyzstan, about 100 strong, includes three naturalised families.", "supported"),
    ],
)  # fmt: skip
def test_levels_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


def test_a_word_of_a_synonym_group_keys_alike_in_any_inflection() -> None:
    """'regards' and 'considers' say one thing, so a side put before either is compared."""
    assert group_key("regards") == group_key("considers") == group_key("treated")
    assert group_key("regards") != group_key("values")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kasymaliev said Kyrgyzstan treats Vietnam as a foreign-policy priority.", "supported"),
        ("Kasymaliev said Vietnam regards Kyrgyzstan as a foreign-policy priority.", "unverified"),
    ],
)
def test_the_sides_of_a_regard_on_the_store(checker: Checker, claim: str, verdict: str) -> None:
    assert checker.check(claim).verdict.value == verdict


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("Ann described tin trade as strong.", "strong"),
        ("Ann described tin trade as rather modest compared with copper.", "modest"),
    ],
)
def test_a_level_after_described_as_is_the_object_s(claim: str, word: str) -> None:
    level = said_as_predicate(claim.lower())
    assert level is not None and level.word == word and level.head == "trade"


def test_the_judgement_after_as_is_never_a_word_of_the_thing_judged() -> None:
    # 'trade' has opposites in the lexicon, but it is what is judged, not the judgement
    assert judgement_said("Ann described bilateral trade as strong.") == (
        "Ann described bilateral trade as strong."
    )
    assert judgement_said("Ann called trade modest.") == "Ann said trade is modest."


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Economic cooperation is not strong.", Verdict.supported),  # the record: modest
        ("Economic cooperation is not modest.", Verdict.contradicted),
    ],
)
def test_a_level_denied_is_the_other_side_of_the_scale(
    checker: Checker, claim: str, verdict: Verdict
) -> None:
    """'Not strong' was read as denying the record's words and came back contradicted."""
    assert checker.check(claim).verdict is verdict


def test_a_denied_level_is_read_from_the_predicate() -> None:
    level = said_as_predicate("trade is not strong")
    assert level is not None and level.negated and level.high is False
