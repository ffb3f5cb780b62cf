"""How much or how strong a thing is, said of it as a predicate: 'economic cooperation remains
strong' against a record that says it 'remains modest'.

The words of the scale are lexicon data (`levels`: a high and a low group; `level_copulas`;
`level_adverbs`). A record characterises a subject in the same two shapes a claim does, as a
predicate ('high-level exchanges have remained limited') or before its noun ('substantial untapped
potential'); a claim is read as a predicate, or before the noun of a thing a subject has
('have held frequent exchanges'), so 'strong political ties' or '100 strong' alone is read as
before. The subject is compared by its own words: a record's subject all of whose words
the claim's has (or the other way round) is the same thing, and its word on the other side of the
scale contradicts the claim. A word of the scale a record says only of another thing of the same
kind ('economic cooperation', the claim saying 'political cooperation') does not back it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from kgvn.check.compare.backing import _rephrase
from kgvn.check.compare.speakers import attributed, named_sayer
from kgvn.check.lexicon import PLACES, load, stem
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status, Verdict
from kgvn.text import fold

_WORDS = load("words")
_LEVELS: dict[str, bool] = {
    word: side == "high" for side, words in _WORDS.get("levels", {}).items() for word in words
}
_SCALE = "|".join(sorted(map(re.escape, _LEVELS), key=len, reverse=True)) or "(?!x)x"
_COPULA = "|".join(sorted(map(re.escape, _WORDS.get("level_copulas", [])), key=len, reverse=True))
_ADVERB = "|".join(map(re.escape, _WORDS.get("level_adverbs", []))) or "(?!x)x"
#: 'X remains (relatively) modest': a word of the scale said of the subject before the verb.
_PREDICATE = re.compile(
    rf"(?P<subject>[^.;:!?]*?)\s+(?:{_COPULA})\s+(?P<not>not\s+)?(?:(?:{_ADVERB})\s+){{0,2}}"
    rf"(?<![-])\b(?P<word>{_SCALE})\b(?![-])"
)
_DESCRIBER = "|".join(map(re.escape, _WORDS.get("level_describers", []))) or "(?!x)x"
#: 'described bilateral trade as strong': a word of the scale said of the object after 'as'.
_DESCRIBED = re.compile(
    rf"\b(?:{_DESCRIBER})\s+(?P<subject>(?:[a-z0-9'-]+\s+){{1,6}}?)as\s+"
    rf"(?:(?:{_ADVERB})\s+){{0,2}}(?<![-])\b(?P<word>{_SCALE})\b(?![-])"
)
_HOLDER = "|".join(map(re.escape, _WORDS.get("level_holders", []))) or "(?!x)x"
#: 'have held frequent high-level exchanges': a word of the scale before the noun of a thing had.
_HELD = re.compile(
    rf"\b(?:{_HOLDER})\s+(?:(?:{_ADVERB})\s+){{0,2}}(?<![-])\b(?P<word>{_SCALE})\s+"
    r"(?P<subject>[a-z][a-z' -]*)"
)
#: 'substantial untapped potential': a word of the scale before the words of its noun.
_ATTRIBUTE = re.compile(rf"(?<![-\w])(?P<word>{_SCALE})\s+(?P<subject>[a-z][a-z' -]*)")
#: Where a subject begins: after a clause's opening word or a break in the sentence.
_OPENING = re.compile(
    r"[,;:(]|\b(?:that|which|who|while|whereas|although|though|but|despite|since|because|as"
    r"|when|where|if|said|says|noted|stressed|however|yet)\b"
)
#: Words that end the words of a subject: a preposition, a verb of the clause, a connective.
_ENDING = frozenset(_WORDS.get("level_subject_ends", []))
#: Words of a subject that do not say which thing it is ('the', 'these', 'its').
_FUNCTION = frozenset(_WORDS.get("function_words", [])) | frozenset(
    _WORDS.get("level_subject_determiners", [])
)


@dataclass(frozen=True)
class Level:
    """A subject (the stems of its words, its head) said to be high or low on the scale."""

    subject: frozenset[str]
    head: str
    word: str
    high: bool
    record_id: str = ""
    #: Said with 'not' ('is not strong'): the claim puts its subject on the other side.
    negated: bool = False


def _subject(words: Iterable[str]) -> tuple[frozenset[str], str] | None:
    """The stems of a subject's words and of its head (the last before a preposition)."""
    kept: list[str] = []
    for word in words:
        if word in _ENDING:
            break
        if word not in _FUNCTION and word not in _ENDING and not word.isdigit():
            kept.append(stem(word))
    return (frozenset(kept), kept[-1]) if kept else None


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text)


def said_as_predicate(folded: str) -> Level | None:
    """The level a claim gives its subject as a predicate, if it gives one."""
    plain = _rephrase(folded)  # set phrases in plain words
    for match in [*_PREDICATE.finditer(plain), *_DESCRIBED.finditer(plain)]:
        before = _OPENING.split(match.group("subject"))[-1]
        found = _subject(_tokens(before))
        if found is not None:
            word = match.group("word")
            negated = bool(match.groupdict().get("not"))
            return Level(found[0], found[1], word, _LEVELS[word] is not negated, negated=negated)
    for match in _HELD.finditer(plain):
        found = _subject(_tokens(match.group("subject"))[:3])
        if found is not None:
            word = match.group("word")
            return Level(found[0], found[1], word, _LEVELS[word])
    return None


def characterised(record_id: str, texts: Iterable[str]) -> list[Level]:
    """Every level a record's texts give a subject, as a predicate or before its noun."""
    found: list[Level] = []
    for text in (_rephrase(fold(text)) for text in texts):
        for match in _PREDICATE.finditer(text):
            subject = _subject(_tokens(_OPENING.split(match.group("subject"))[-1]))
            if subject is not None:
                word = match.group("word")
                found.append(Level(subject[0], subject[1], word, _LEVELS[word], record_id))
        for match in _ATTRIBUTE.finditer(text):
            subject = _subject(_tokens(match.group("subject"))[:3])
            if subject is not None:
                word = match.group("word")
                found.append(Level(subject[0], subject[1], word, _LEVELS[word], record_id))
    return found


def _other_country(folded: str) -> bool:
    """Whether a claim names a country the record is not about."""
    return any(
        re.search(rf"\b{re.escape(word)}\b", folded)
        for words in PLACES.others.values()
        for word in words
    )


def _same(claimed: Level, held: Level) -> bool:
    return held.subject <= claimed.subject or claimed.subject <= held.subject


@dataclass(frozen=True)
class Levels:
    """The levels the record gives its subjects, and the verdict they lead a claim to."""

    held: tuple[Level, ...]
    matched: Callable[[str], MatchedRecord | None]

    def judge(self, text: str, result: CheckResult) -> CheckResult:
        """The result, or contradicted when the record puts the claim's subject on the other
        side of the scale, or left open when it says the claim's word only of another thing."""
        if not self.held:
            return result
        folded = fold(text)
        claimed = said_as_predicate(folded)
        if claimed is None or _other_country(folded):
            return result  # the record's levels are of its own two countries' affairs
        same = [level for level in self.held if _same(claimed, level)]
        opposite = next((level for level in same if level.high is not claimed.high), None)
        if result.verdict is Verdict.contradicted:
            return self._denied_level(claimed, same, opposite, result)
        if opposite is not None:
            part = PartResult("level", claimed.word, claimed.word, Status.differs, opposite.word)
            shown = self.matched(opposite.record_id)
            records = [shown] if shown is not None else []
            others = [record for record in result.records if record.id != opposite.record_id]
            return replace(
                result,
                verdict=Verdict.contradicted,
                explanation=f"The record says “{opposite.word}” of this, not “{claimed.word}”.",
                parts=[*result.parts, part],
                records=[*records, *others],
            )
        if result.verdict is not Verdict.supported or same:
            return result
        elsewhere = [level for level in self.held if level.head == claimed.head]
        if not elsewhere:
            return result
        part = PartResult("level", claimed.word, claimed.word, Status.not_on_record)
        return replace(
            result,
            verdict=Verdict.unverified,
            explanation=f"The record says “{elsewhere[0].word}” of another thing of this "
            "kind, not of the one the claim names.",
            parts=[*result.parts, part],
        )

    def _denied_level(
        self, claimed: Level, same: list[Level], opposite: Level | None, result: CheckResult
    ) -> CheckResult:
        """'Economic cooperation is not strong' against 'remains modest': the denial was read
        as denying the record's words, but it puts the subject where the record does."""
        agreeing = [level for level in same if level.high is claimed.high]
        differing = any(part.status is Status.differs for part in result.parts)
        if not claimed.negated or opposite is not None or not agreeing or differing:
            return result  # a part stated otherwise (a year, a person) still contradicts
        if named_sayer(fold(attributed(result.claim))) is not None:
            return result  # whose words they are is a slot this reading does not compare
        held = agreeing[0]
        part = PartResult("level", f"not {claimed.word}", claimed.word, Status.agrees, held.word)
        shown = self.matched(held.record_id)
        return CheckResult(
            result.claim,
            Verdict.supported,
            f"The record says “{held.word}” of this, which is not “{claimed.word}”.",
            [part],
            [shown] if shown is not None else result.records,
        )
