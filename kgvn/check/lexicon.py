"""The words the checker reads claims with, loaded from `kgvn/lexicon/*.json`.

Nothing about a country, a capital, a product or an article's topic is written in code: the
words for predicates, roles, synonyms and sectors are in `words.json`, the places and the words
for each country's people in `places.json`, and the store adds every name and alias it holds
(`Places.extend`). Curation extends these files; the checker picks the change up unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from kgvn.lexicon_files import lexicon_file
from kgvn.text import fold
from kgvn.vocabulary import AgreementStatus, EventKind

#: One lexicon file, parsed once (`kgvn.lexicon_files`), under the name the checker uses.
load = lexicon_file


@dataclass
class Places:
    """Every way a claim may name a country: its names, its people, its capital and cities."""

    names: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    capitals: dict[str, list[str]] = field(default_factory=dict)
    cities: dict[str, list[str]] = field(default_factory=dict)
    provinces: dict[str, list[str]] = field(default_factory=dict)
    province_of: dict[str, str] = field(default_factory=dict)
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Countries the record is not about, by code: a claim that names one names a wrong side.
    others: dict[str, list[str]] = field(default_factory=dict)
    #: The names (and capitals) alone of those other countries: where someone is invited to.
    other_names: dict[str, list[str]] = field(default_factory=dict)
    _patterns: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_lexicon(cls) -> Places:
        places = cls()
        data = load("places")
        for code, entry in data.get("others", {}).items():
            places.others[code] = [
                fold(name)
                for kind in ("names", "demonyms", "capitals")
                for name in entry.get(kind, [])
            ]
            places.other_names[code] = [
                fold(name) for kind in ("names", "capitals") for name in entry.get(kind, [])
            ]
            places.labels[code] = (entry.get("demonym", code), entry.get("label", code))
        for code, entry in data["countries"].items():
            places.names[code] = [fold(name) for name in entry.get("names", [])]
            places.demonyms[code] = [fold(name) for name in entry.get("demonyms", [])]
            places.capitals[code] = [fold(name) for name in entry.get("capitals", [])]
            places.cities[code] = [fold(name) for name in entry.get("cities", [])]
            places.provinces[code] = [fold(name) for name in entry.get("provinces", [])]
            places.province_of.update(entry.get("province_of", {}))
            places.labels[code] = (entry.get("demonym", code), entry.get("label", code))
        return places

    def extend(self, code: str, name: str, aliases: list[str]) -> None:
        """Add a store's country: its name and aliases as written, folded."""
        self._patterns.clear()
        known = self.names.setdefault(code, [])
        for spelling in (name, *aliases):
            folded = fold(spelling)
            if folded not in known:
                known.append(folded)
        self.labels.setdefault(code, (name, name))

    @property
    def codes(self) -> list[str]:
        return list(self.names)

    def forms(self, code: str, *kinds: str) -> list[str]:
        """The folded words for one country, of the kinds asked ('names', 'demonyms', …)."""
        kinds = kinds or ("names", "demonyms", "capitals")
        found: list[str] = []
        for kind in kinds:
            found += getattr(self, kind).get(code, [])
        return list(dict.fromkeys(found))

    def all_forms(self, *kinds: str) -> list[str]:
        return [form for code in self.codes for form in self.forms(code, *kinds)]

    def pattern(self, *kinds: str) -> str:
        """A regex alternation of every country's words of those kinds, longest first."""
        key = ("*", *kinds)
        if key not in self._patterns:
            self._patterns[key] = _alternation(self.all_forms(*kinds))
        return self._patterns[key]

    def pattern_with_others(self) -> str:
        """Names and demonyms of the record's countries and of the others the lexicon knows."""
        key = ("+others",)
        if key not in self._patterns:
            forms = self.all_forms("names", "demonyms")
            others = [form for words in self.others.values() for form in words]
            self._patterns[key] = _alternation(forms + others)
        return self._patterns[key]

    def destinations(self) -> str:
        """Names of the record's countries and of the others: 'invited him to visit X'."""
        key = ("+destinations",)
        if key not in self._patterns:
            others = [form for words in self.other_names.values() for form in words]
            self._patterns[key] = _alternation(self.all_forms("names") + others)
        return self._patterns[key]

    def destination_of(self, text: str) -> str | None:
        """The country a destination names: one of the record's, else another the lexicon knows."""
        return self.code_of(text, "names") or self.other_code_of(text)

    def other_code_of(self, text: str) -> str | None:
        text = fold(text).strip()
        for code, words in self.others.items():
            if any(text.startswith(word) for word in words):
                return code
        return None

    def pattern_for(self, code: str, *kinds: str) -> str:
        """The same for one country."""
        key = (code, *kinds)
        if key not in self._patterns:
            self._patterns[key] = _alternation(self.forms(code, *kinds))
        return self._patterns[key]

    def code_of(self, text: str, *kinds: str) -> str | None:
        """The country whose word `text` is (or begins with), as a code."""
        text = fold(text).strip()
        best: tuple[int, str] | None = None
        for code in self.codes:
            for form in self.forms(code, *kinds):
                squeezed = form.replace(" ", "")
                if text.replace(" ", "").startswith(squeezed) and (
                    best is None or len(squeezed) > best[0]
                ):
                    best = (len(squeezed), code)
        return best[1] if best else None

    def demonym(self, code: str) -> str:
        return self.labels.get(code, (code, code))[0]

    def label(self, code: str) -> str:
        return self.labels.get(code, (code, code))[1]

    def other(self, code: str) -> str | None:
        """The other side, when the record is about two countries."""
        others = [item for item in self.codes if item != code]
        return others[0] if len(others) == 1 else None


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(form).replace(r"\ ", r"\s?") for form in ordered) or "(?!)"


#: The places the lexicon knows before any store adds to them.
PLACES = Places.from_lexicon()
_WORDS = load("words")

ROLE_WORDS: list[tuple[str, str]] = [(phrase, title) for phrase, title in _WORDS["roles"]]
TITLE_QUALIFIERS: tuple[str, ...] = tuple(_WORDS["title_qualifiers"])
PEOPLE_NOUNS: tuple[str, ...] = (*_WORDS["people_nouns"], *PLACES.all_forms("demonyms"))
_PLACE_WORDS = frozenset(
    piece for form in PLACES.all_forms("names", "demonyms", "capitals") for piece in form.split()
)
#: Words too common in this record to tie a claim to one statement.
STOPWORDS = frozenset(_WORDS["stopwords"]) | _PLACE_WORDS
#: Words that carry no claim of their own in a sentence about these countries.
GENERIC = frozenset(_WORDS["generic"]) | _PLACE_WORDS | {"republic"}
#: Phrases read as one meaning before a claim's words are matched to a record's.
PHRASES: list[tuple[str, str]] = [(pattern, meaning) for pattern, meaning in _WORDS["phrases"]]
#: A claim's word and the words any one of which, in the record, backs it.
SYNONYMS: dict[str, tuple[str, ...]] = {
    word: tuple(backers) for word, backers in _WORDS["synonyms"].items()
}
#: The meaning of each kind of record's fields, in words a claim might use.
KIND_WORDS: dict[str, str] = dict(_WORDS["kind_words"])
EVENT_KIND_WORDS: dict[EventKind, str] = {
    EventKind(kind): words for kind, words in _WORDS["event_kind_words"].items()
}
STATUS_WORDS: dict[AgreementStatus, str] = {
    AgreementStatus(status): words for status, words in _WORDS["status_words"].items()
}
VISA_WORDS: str = _WORDS["visa_words"]
#: A scheme both sides grant each other ('mutual', 'each other', 'both ways'), as one pattern.
BOTH_WAYS: str = "|".join(_WORDS["both_ways"])
#: A scheme that goes one way only ('unilateral', 'one-way'), as one pattern.
ONE_SIDED: str = "|".join(_WORDS["one_sided"])
#: Words naming what an investment makes, and the words in a record that mean the same.
SECTORS: dict[str, tuple[str, ...]] = {
    word: tuple(backers) for word, backers in _WORDS["sectors"].items()
}
#: Narrower words, and the broader one a record may use for them.
SECTOR_KINDS: dict[str, str] = dict(_WORDS["sector_kinds"])
FIELD_WORDS: tuple[str, ...] = tuple(_WORDS["fields"])
TITLE_STOP = frozenset(_WORDS["title_stop"]) | _PLACE_WORDS
#: Ordinary verbs, adverbs and connectives that no record need use for a claim to hold.
ORDINARY = frozenset(_WORDS["ordinary"])


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # type: ignore[import-not-found]  # PyStemmer: Snowball stemmers in C

    return Stemmer.Stemmer("english", 100_000)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball stem of a folded word: 'arranging', 'arranged' and 'arranges' read alike."""
    return str(_stemmer().stemWord(word))


def _base_forms(word: str) -> set[str]:
    """A word with an inflection taken off: 'noting' as 'note', 'stopped' as 'stop'. Never a
    derivation ('largely' is not 'large'), so an adverb's lexicon entry does not cover its
    adjective."""
    forms = {word}
    for ending, instead in (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""),
                            ("ing", "e"), ("ies", "y"), ("ied", "y")):  # fmt: skip
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)] + instead
            forms.add(base)
            if ending in ("ed", "ing") and len(base) > 3 and base[-1] == base[-2]:
                forms.add(base[:-1])  # 'stopped': 'stop'
    return forms


def is_ordinary(word: str) -> bool:
    """An ordinary word in any inflection ('underlining' as 'underline')."""
    return not ORDINARY.isdisjoint(_base_forms(word))


def _groups() -> dict[str, tuple[str, ...]]:
    """Each word of the synonym groups, and every word of the groups it belongs to."""
    found: dict[str, list[str]] = {}
    for group in _WORDS["synonym_groups"]:
        for word in group:
            if " " not in word:  # a phrase backs its group; a claim's phrase is in `phrases`
                found.setdefault(word, []).extend(group)
    return {key: tuple(dict.fromkeys(words)) for key, words in found.items()}


_GROUP_OF = _groups()


@lru_cache(maxsize=50_000)
def group_key(word: str) -> str:
    """One stem for a word and every word of its synonym groups, in any inflection ('regards'
    and 'considers' alike): what a word says, whichever of its group a text uses."""
    group = next((_GROUP_OF[form] for form in sorted(_base_forms(word)) if form in _GROUP_OF), ())
    return stem(min([word, *group]))


@lru_cache(maxsize=50_000)
def synonyms_of(word: str) -> tuple[str, ...]:
    """The words any one of which, in a record, backs `word`: the lexicon's synonyms and the
    members of every synonym group of the word in any inflection ('tapped' as 'tap'), never
    of a derived word ('handful' is not 'hand')."""
    found: list[str] = []
    for form in sorted(_base_forms(word)):
        found += [*SYNONYMS.get(form, ()), *_GROUP_OF.get(form, ())]
    return tuple(dict.fromkeys(item for item in found if item != word))


def _antonyms() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for first, second in _WORDS.get("antonyms", []):
        for side, other in ((first, second), (second, first)):
            for word in side:
                found.setdefault(word, []).extend(other)
    return {word: tuple(dict.fromkeys(others)) for word, others in found.items()}


_ANTONYMS = _antonyms()


@lru_cache(maxsize=50_000)
def antonyms_of(word: str) -> tuple[str, ...]:
    """The words that say the opposite of `word` in any inflection ('modest' of 'large')."""
    found: list[str] = []
    for form in sorted(_base_forms(word)):
        found += _ANTONYMS.get(form, ())
    return tuple(dict.fromkeys(found))


@cache
def region_forms(name: str) -> str:
    """Every word for the region a name is one form of ('southeast asian': '… asia|… asian'),
    as one escaped alternation, longest first; a name of no region, as itself."""
    for forms in load("places").get("regions", {}).values():
        if name in forms:
            return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.escape(name)


#: The stems of the words for who does a thing ('leaders'), not for what was done: an order of
#: two things is read without them ('the PMs spoke after the PMs signed …').
DOER_STEMS = frozenset(stem(word) for word in _WORDS["doer_nouns"])
