"""Whether a record backs a claim's words: inflections by their Snowball stem, synonyms and
synonym groups from the lexicon, set phrases read as their plain words, and which words of a
claim need backing at all (not stop words, ordinary words or denials)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from kgvn.check.lexicon import (
    GENERIC,
    PHRASES,
    ROLE_WORDS,
    STOPWORDS,
    antonyms_of,
    is_ordinary,
    load,
    stem,
    synonyms_of,
)
from kgvn.check.result import PartResult, Status, Verdict
from kgvn.check.retrieve.mentions import _WORD, ASPIRATION
from kgvn.check.retrieve.names import NameIndex
from kgvn.claims import NEGATION, Claim
from kgvn.records import Organisation
from kgvn.text import compiled, fold, word_pattern

#: Words that deny: the claim's negation is read as a whole, not matched as a word.
_DENIALS = frozenset(
    {"not", "never", "no", "none", "neither", "nor", "declined", "refused", "rejected", "failed"}
)


@lru_cache(maxsize=4096)
def _rephrase(folded: str) -> str:
    """`folded` with set phrases ('thu tuong', 'head of government') in their plain words."""
    for pattern, meaning in PHRASES:
        folded = compiled(pattern).sub(meaning, folded)
    return folded


def _claim_tokens(claim: Claim) -> list[str]:
    """The claim's words that must be backed: outside its parsed parts, not generic."""
    base = claim.folded if len(claim.folded) == len(claim.text) else claim.text.lower()
    chars = list(base)
    for start, end in claim.spans:
        chars[start:end] = " " * (end - start)
    working = fold("".join(chars))
    for place in claim.places:
        working = working.replace(fold(place), " ")
    working = _rephrase(working)
    working = re.sub(r"\bfirst(?= \w+ed\b)", " ", working)  # "first established": when, not which
    tokens = []
    for token in _WORD.findall(working):
        if token in GENERIC or len(token) < 2 or token.isdigit() or token in claim.ordinals:
            continue
        pieces = token.split("-")
        if len(pieces) > 1 and all(piece in GENERIC or piece.isdigit() for piece in pieces):
            continue
        tokens.append(token)
    return tokens + _capital_may(claim)


def _capital_may(claim: Claim) -> list[str]:
    """'arrange the visit for May': a month the date reader left (no day, no year), which
    folded is the modal 'may', an ordinary word; written with its capital inside a sentence it
    is the month, and must be backed like any other word."""
    if len(claim.folded) != len(claim.text):
        return []
    for match in re.finditer(r"(?<=[a-z,] )May\b", claim.text):
        if not any(start <= match.start() < end for start, end in claim.spans):
            return ["may"]
    return []


#: Words a record backs only by their own stem, never by a word of their family ('office' is
#: not 'official', 'statement' not 'state').
_STEM_ONLY = frozenset(load("words").get("stem_only", []))
#: Derivational endings a word of a family may carry ('recognition', 'agreement', 'investor').
_DERIVATIONS = tuple(sorted(load("words").get("derivational_suffixes", []), key=len, reverse=True))
_AMERICAN = re.compile(r"(?<=[a-z]{3})([iy])z(?=(?:e|ed|es|er|ers|ing|ation|ations)$)")


@lru_cache(maxsize=50_000)
def family_keys(word: str) -> frozenset[str]:
    """The stem keys ('~stem') of a word and of its family: the Snowball stem of the word, and
    of the word with one derivational ending taken off, in British spelling ('recognized',
    'recognition' and 'recognised' share '~recogn'; 'agreement' meets 'agreed'). Never a
    shared prefix: 'convenient' is not of the family of 'convey', nor 'communist' of
    'community'."""
    keys = {f"~{stem(word)}"}
    if word in _STEM_ONLY or not word.isalpha():
        return frozenset(keys)
    british = _AMERICAN.sub(r"\1s", word)
    keys.add(f"~{stem(british)}")
    for ending in _DERIVATIONS:
        if british.endswith(ending) and len(british) - len(ending) >= 5:
            keys.add(f"~{stem(british[: -len(ending)])}")
    return frozenset(keys)


@lru_cache(maxsize=50_000)
def _keys(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The forms of a word a record may hold ('arranged': 'arrange'), and its stem and prefix
    keys, as looked up in a record's backing."""
    forms = {word, f"{word}s", f"{word}n", word.rstrip("s")}
    for ending, instead in (
        ("ed", ""),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("es", ""),
        ("ies", "y"),
    ):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.add(word[: -len(ending)] + instead)
    return frozenset(forms), family_keys(word)


def said_in(words: str, folded: str) -> bool:
    """Whether a folded text says each of `words` (folded) in some inflection or by a word of
    its family ('leaders' in 'leadership'), never by a word that only shares its first letters
    ('communist' is no 'community')."""
    keys = {key for token in _WORD.findall(folded) for key in family_keys(token)}
    return all(not family_keys(word).isdisjoint(keys) for word in words.split())


@lru_cache(maxsize=50_000)
def _synonym_keys(word: str) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """The keys of a word and of its one-word synonyms together, and its phrase synonyms."""
    forms, prefixes = set(_keys(word)[0]), set(_keys(word)[1])
    phrases = []
    for other in synonyms_of(word):
        if " " in other:
            phrases.append(tuple(other.split()))
            continue
        more_forms, more_prefixes = _keys(other)
        forms |= more_forms
        prefixes |= more_prefixes
    return frozenset(forms), frozenset(prefixes), tuple(phrases)


def _backed(
    word: str, words: frozenset[str] | set[str], prefixes: frozenset[str] | set[str]
) -> bool:
    forms, keys = _keys(word)
    return not forms.isdisjoint(words) or not keys.isdisjoint(prefixes)


def _backed_or_synonym(
    word: str, words: frozenset[str] | set[str], prefixes: frozenset[str] | set[str]
) -> bool:
    forms, keys, phrases = _synonym_keys(word)
    if not forms.isdisjoint(words) or not keys.isdisjoint(prefixes):
        return True
    if "-" in word and all(
        piece in GENERIC or _backed_or_synonym(piece, words, prefixes) for piece in word.split("-")
    ):
        return True
    return any(_phrase_key(phrase) in prefixes for phrase in phrases)


def _phrase_key(pieces: Sequence[str]) -> str:
    """The key of a phrase of two or three words, by their stems and in their order: a phrase
    synonym ('call on') is backed only where the record says it as one ('called on'), never by
    its words apart ('called' … 'on February 17')."""
    return " ".join(f"~{stem(piece)}" for piece in pieces)


def _phrase_keys(tokens: Sequence[str]) -> frozenset[str]:
    """The keys of every run of two and three words of a text, for phrase synonyms."""
    return frozenset(
        _phrase_key(tokens[start : start + size])
        for size in (2, 3)
        for start in range(len(tokens) - size + 1)
    )


def _text_backing(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a folded text backs, and the stem keys ('~stem') of their families."""
    text += " " + " ".join(
        meaning for pattern, meaning in PHRASES if meaning and compiled(pattern).search(text)
    )
    ordered = _WORD.findall(text)
    tokens = set(ordered)
    tokens |= {piece for token in tokens for piece in token.split("-")}
    prefixes = frozenset(
        key for token in tokens if not token.isdigit() for key in family_keys(token)
    ) | _phrase_keys(ordered)
    return frozenset(tokens), prefixes


_CLAUSE = re.compile(r"([;,.:]|\b(?:and|but|while|whereas|as well as)\b)")


def _without_aspirations(folded: str) -> str:
    """A record's text without its clauses that hope, urge, ask or plan."""
    # the separators are kept ('growing, but not sustainable' still reads 'but')
    return " ".join(part for part in _CLAUSE.split(folded) if not ASPIRATION.search(part))


#: Words that only weigh a step ('agreed to consider supporting', 'the possibility of setting
#: up', 'look into'): a record in them backs neither the step taken nor a promise to take it.
TENTATIVE = re.compile(
    r"\bconsider(?:s|ed|ing)?\s+(?:\w+ing|mutual|possible|joint|the possib\w*|whether|to)\b"
    r"|\bpossibilit(?:y|ies) of\b|\blook(?:s|ed|ing)? into\b"
    r"|\bweigh(?:s|ed|ing)?\s+(?:up\s+)?(?:\w+ing|the possib\w*|whether)\b"
)
#: A claim that itself only weighs the step: the record's hedge is its own.
_WEIGHS = re.compile(r"\b(?:consider|explor|study|studie|mull|weigh|look\w* into|possib|examin)")
#: A promise or decision, not a thought: 'pledged to', 'vowed', 'agreed to back', 'will'.
COMMITS = re.compile(
    r"\b(?:pledg|vow|promis|commit|decid|resolv|guarante)\w*|\bagreed to\b|\bwill\b"
)


def only_considered(claim_folded: str, record_folded: str, content: Sequence[str]) -> str | None:
    """The record's words that only weigh a step the claim says was taken or promised ('pledged
    to back each other's bids' against 'agreed to consider supporting each other's bids'): some
    word of the claim is backed by the weighing clause alone. None when the claim weighs it too,
    or when the record's other clauses back every word."""
    hedge = TENTATIVE.search(record_folded)
    if hedge is None or _WEIGHS.search(claim_folded):
        return None
    firm = " ".join(part for part in _CLAUSE.split(record_folded) if not TENTATIVE.search(part))
    words, prefixes = _text_backing(firm)
    every, every_prefixes = _text_backing(record_folded)
    hedged = [
        word
        for word in content
        if not _backed_or_synonym(word, words, prefixes)
        and _backed_or_synonym(word, every, every_prefixes)
    ]
    return hedge.group() if hedged else None


def _without_negations(folded: str) -> str:
    """A record's text without its clauses that say something is not so."""
    return " ".join(part for part in _CLAUSE.split(folded) if not NEGATION.search(part))


def _telling(claim: Claim) -> list[str]:
    """The claim's words that say something, set phrases read as their plain words; a figure
    and its hedge ('nearly two decades') are a slot of their own, compared as one."""
    return list(_telling_of(_without_figures(claim)))


_STANCE = frozenset(load("words").get("stance_words", []))


def stance_count(claim: Claim) -> int:
    """How many stance words ('willing', 'ready') the claim says before a 'to': stop words that
    its telling words leave out, though 'X was willing to cooperate' says more than a name."""
    said = re.findall(r"\b([a-z]+) to\b", _rephrase(claim.folded))
    return sum(1 for word in said if word in _STANCE)


def _content(claim: Claim) -> list[str]:
    """The claim's words a statement must hold: not stop words, ordinary words or denials."""
    return list(_content_of(_without_figures(claim)))


_HEDGE_BEFORE = re.compile(
    r"(?:nearly|almost|about|around|roughly|some|approximately|(?:just )?(?:over|under)"
    r"|(?:fewer|less|more) than|at (?:least|most)|up to|close to)\s+$"
)


def _without_figures(claim: Claim) -> str:
    """The claim's folded text with its counts and their hedges blanked out."""
    folded = claim.folded
    if len(folded) != len(claim.text):
        return folded
    for count in claim.counts:
        where = folded.find(fold(count.text))
        if where < 0:
            continue
        hedge = _HEDGE_BEFORE.search(folded[:where])
        start = hedge.start() if hedge else where
        folded = (
            folded[:start]
            + " " * (where + len(count.text) - start)
            + folded[where + len(count.text) :]
        )
    return folded


@lru_cache(maxsize=4096)
def _telling_of(folded: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9]+", _rephrase(folded))
    return tuple(
        word for word in words if word not in STOPWORDS and len(word) > 2 and not word.isdigit()
    )


@lru_cache(maxsize=4096)
def _content_of(folded: str) -> tuple[str, ...]:
    return tuple(
        word for word in _telling_of(folded) if not is_ordinary(word) and word not in _DENIALS
    )


def _strictly_backed(word: str, words: frozenset[str], prefixes: frozenset[str]) -> bool:
    """Backed by the word itself in some inflection or by its stem, not by a shared prefix."""
    forms, _ = _keys(word)
    return not forms.isdisjoint(words) or f"~{stem(word)}" in prefixes


def _opposite(word: str, words: frozenset[str], prefixes: frozenset[str]) -> str | None:
    """A word of the record's that says the opposite of `word` ('modest' against 'large')."""
    for other in antonyms_of(word):
        pieces = other.split()
        if len(pieces) in (2, 3) and _phrase_key(pieces) not in prefixes:
            continue  # a phrase ('foreign ministries') is said by the record's words in order
        if all(_strictly_backed(piece, words, prefixes) for piece in pieces):
            return other
    return None


def opposed_word(
    missing: Iterable[str], folded: str, backings: Iterable[tuple[frozenset[str], frozenset[str]]]
) -> tuple[str, str] | None:
    """(the claim's word, the record's opposite) when a word no record backs has its opposite
    in them ('an unofficial visit' against 'an official visit'), the claim not saying it too;
    never an aim ('to cut tariffs'), which the record's other words do not rule out."""
    pairs = list(backings)
    words = frozenset().union(*(pair[0] for pair in pairs))
    prefixes = frozenset().union(*(pair[1] for pair in pairs))
    for word in missing:
        if compiled(rf"\bto {re.escape(word)}\b").search(folded):
            continue
        other = _opposite(word, words, prefixes)
        if other is not None and not re.search(rf"\b{re.escape(other)}\b", folded):
            return word, other
    return None


def wording_verdict(
    unbacked: list[str],
    folded: str,
    backings: Iterable[tuple[frozenset[str], frozenset[str]]],
    subject: str,
) -> tuple[Verdict, str, list[PartResult]]:
    """The verdict on a claim whose typed parts all agree, from its words alone: a word said
    the opposite way contradicts it, a word no record backs leaves it open, else it is backed."""
    if opposed := opposed_word(unbacked, folded, backings):
        part = PartResult("wording", opposed[0], opposed[0], Status.differs, opposed[1])
        said = f"The record on {subject} says “{opposed[1]}”, not “{opposed[0]}”."
        return Verdict.contradicted, said, [part]
    if unbacked:
        words = ", ".join(f"“{word}”" for word in unbacked)
        part = PartResult("words", " ".join(unbacked), unbacked, Status.not_on_record)
        said = f"The record on {subject} does not back the words {words}."
        return Verdict.unverified, said, [part]
    return Verdict.supported, f"The record on {subject} agrees with every part.", []


_NEGATED = re.compile(
    r"\b(?:not|never|no|without)\s+(?:(?:yet|be|been|being|fully|always|very|quite|any)\s+)*"
    r"([a-z]+)"
)


def _denied(content: list[str], folded: str) -> list[str]:
    """The claim's words that the record's text says are not so ('not sustainable')."""
    negated = {stem(match.group(1)) for match in _NEGATED.finditer(folded)}
    return [word for word in content if stem(word) in negated]


class OrganisationNames:
    """Every body's names, in the store's order, found in a text by their first word."""

    def __init__(self, organisations: Sequence[Organisation]) -> None:
        self.names = [
            [body.name, body.abbreviation or "", *(alias.name for alias in body.aliases)]
            for body in organisations
        ]
        self.index = NameIndex(
            (
                (fold(name), position)
                for position, names in enumerate(self.names)
                for name in names
                if len(name) > 2
            ),
            letters_only=True,
        )


def _organisation_words(folded: str, bodies: OrganisationNames) -> list[str]:
    """The other names of the bodies a record names: 'EAEU' also reads 'Eurasian Economic
    Union', and the full name its abbreviation, as the store spells them."""
    found: dict[str, bool] = {}  # bodies of one name: look for it once
    named = set()
    for name, position in bodies.index.within(folded):
        if name not in found:
            found[name] = word_pattern(name).search(folded) is not None
        if found[name]:
            named.add(position)
    return [name for position in sorted(named) for name in bodies.names[position]]


#: Slots read from words whose agreement backs those words: 'on Thursday', 'nearly two decades'.
_WORDED_SLOTS = frozenset({"weekday", "count", "period", "sequence", "change", "half"})


def _compared_words(compared: Iterable[PartResult]) -> set[str]:
    """The words of the claim's slots that a comparison found to agree."""
    return {
        word
        for part in compared
        if part.status is Status.agrees and part.kind in _WORDED_SLOTS
        for word in fold(part.text).split()
    }


#: A noun for any holder of an office ('an official'), not the adjective ('official visit').
_OFFICE_HOLDER = re.compile(
    r"\b(?:" + "|".join(map(re.escape, load("words").get("office_holders", []))) + r")\b"
    r"(?!\s+(?:visits?|trips?|welcome|ceremony|reception|talks|delegation|documents?|statement))"
)


def broader_title(claim_folded: str, record_folded: str) -> str | None:
    """The title a record gives in full ('prime minister') where the claim has only its last
    word ('a minister'): a wider class, which makes a claim of a first or an only stronger than
    the record. None when the claim names the record's title in any of its spellings."""
    said = {
        title for phrase, title in ROLE_WORDS if compiled(rf"\b{phrase}\b").search(claim_folded)
    }
    if not said and _OFFICE_HOLDER.search(claim_folded):
        # 'the first by a (demonym) official': any office, wider than the record's
        for phrase, _ in ROLE_WORDS:
            if " " in phrase and compiled(rf"\b{phrase}\b").search(record_folded):
                return phrase
    for phrase, title in ROLE_WORDS:
        head = phrase.rpartition(" ")[2]
        if (
            " " in phrase
            and title not in said
            and re.search(rf"\b{phrase}\b", record_folded)
            and re.search(rf"\b{head}\b", claim_folded)
        ):
            return phrase
    return None
