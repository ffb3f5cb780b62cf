"""Values that exclude each other in one slot: a partnership's level ('Comprehensive Strategic
Partnership' for 'Comprehensive Partnership'), a currency ('5 million euros' for dollars),
member or observer, the year a named treaty carries ('the 1992 UN Convention …' for 1982).

A claim that gives such a value no record holds, where a record it is about holds another of
the same slot, is contradicted: the slot has one value. The groups are lexicon data
(`rival_values`: each a list of alternatives, each alternative a list of words meaning the
same); the year before a name is read from the record's own words ('the 1982 UN Convention').
This module finds the candidates; the checker decides whether the claim is about the record
that holds the other value (its own words said with the record's value are supported, or it
shares its people and most of its words with that record).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from kgvn.check.lexicon import load
from kgvn.text import compiled, fold


@dataclass(frozen=True)
class Rival:
    """The claim's value, as written folded; the record's value of that slot; its record."""

    said: str
    held: str
    record_id: str


@cache
def _groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(
        tuple(tuple(fold(word) for word in alternative) for alternative in group)
        for group in load("words").get("rival_values", [])
    )


@cache
def _any_of(group: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """One pattern for every word of a group: most claims use none, and are passed at once."""
    words = sorted((word for alternative in group for word in alternative), key=len, reverse=True)
    return re.compile(rf"(?<![\w$-])(?:{'|'.join(re.escape(word) for word in words)})(?![\w-])")


def _found(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases a folded text uses, longest first, none inside another one found."""
    taken: list[tuple[int, int]] = []
    found: list[str] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase not in text:  # most phrases are not in a given text: no pattern to run
            continue
        for match in compiled(rf"(?<![\w$-]){re.escape(phrase)}(?![\w-])").finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append(match.span())
            found.append(phrase)
    return found


class Rivals:
    """The rival values of a store's records, read once."""

    def __init__(self, texts: dict[str, str]) -> None:
        #: Each record's folded texts, by id.
        self.texts = {key: fold(text) for key, text in texts.items()}
        self._everything = " \n ".join(self.texts.values())
        self._held: dict[str, bool] = {}

    def find(self, claim: str) -> list[Rival]:
        """Each value the claim gives that no record holds, with every record that holds
        another value of the same slot."""
        folded = fold(claim)
        return [*self._listed(folded), *self._years(claim)]

    def _listed(self, folded: str) -> Iterator[Rival]:
        for group in _groups():
            if not _any_of(group).search(folded):
                continue
            for said in dict.fromkeys(match.group() for match in _any_of(group).finditer(folded)):
                if self._holds(said):
                    continue  # a value some record holds: not a rival of the record's
                own = next(alternative for alternative in group if said in alternative)
                others = [
                    word for alternative in group if alternative != own for word in alternative
                ]
                for key, text in self.texts.items():
                    for held in _found(text, others):
                        yield Rival(said, held, key)

    def _holds(self, phrase: str) -> bool:
        """Whether any record uses the phrase (asked once a phrase)."""
        if phrase not in self._held:
            self._held[phrase] = bool(_found(self._everything, [phrase]))
        return self._held[phrase]

    def _years(self, claim: str) -> Iterator[Rival]:
        """'the 1992 UN Convention' (a headline drops the 'the'): a year before a name, against
        the year the records give the same name."""
        for match in _NAMED_YEAR.finditer(claim):
            year, name = match.group(1), fold(match.group(2))
            said = f"{year} {name}"
            if said in self._everything:
                continue
            for key, text in self.texts.items():
                for other in re.findall(rf"\b(1[5-9]\d\d|20\d\d)\s+{re.escape(name)}\b", text):
                    if other != year:
                        yield Rival(said, f"{other} {name}", key)


#: 'the 1992 UN Convention', 'cites 1992 UN Convention': a year that names a thing, not a date
#: ('in 1992 Utopia …', 'since 1992 …').
_NAMED_YEAR = re.compile(
    r"(?:\bthe\s+|(?<=\s)(?<!\b(?:in|on|by|of|to)\s)(?<!\b(?:from|till)\s)(?<!\bsince\s)"
    r"(?<!\buntil\s)(?<![\d,]\s))(1[5-9]\d\d|20\d\d)\s+([A-Z][\w’'-]*)"
)


def swapped(claim: str, rival: Rival) -> str:
    """The claim with its value replaced by the record's."""
    pattern = re.escape(rival.said).replace(r"\ ", r"\s+")
    return re.sub(rf"(?<![\w$-]){pattern}(?!\w)", rival.held, claim, count=1, flags=re.IGNORECASE)
