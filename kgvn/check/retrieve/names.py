"""Finding which of many names occur in a text without trying every name on it.

A store of a hundred thousand records names tens of thousands of people and bodies; reading
each record for each name is quadratic. A name can only stand in a text where the text has the
name's first word as a word of its own, so the names are indexed by that word and a text is
tried against the names whose first word it holds, in the order they were given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")

#: A word, as a name's boundaries see it: a name is matched with no letter or digit beside it.
_WORD = re.compile(r"[a-z0-9]+")
#: A word for names matched with no letter beside them (a digit may touch them).
_LETTERS = re.compile(r"[a-z]+")


class NameIndex(Generic[T]):
    """Folded names, each with what it names, found by their first word."""

    def __init__(self, entries: Iterable[tuple[str, T]], letters_only: bool = False) -> None:
        self._word = _LETTERS if letters_only else _WORD
        self.entries: list[tuple[str, T]] = list(entries)
        self._by_first: dict[str, list[int]] = {}
        #: Names that do not open with a word (", Jr."): tried on every text.
        self._always: list[int] = []
        for position, (name, _) in enumerate(self.entries):
            first = self._word.match(name)
            if first is None:
                self._always.append(position)
            else:
                self._by_first.setdefault(first.group(), []).append(position)

    def within(self, folded: str) -> list[tuple[str, T]]:
        """The entries that may occur in `folded`, in the order given; every one that does."""
        positions = list(self._always)
        for word in set(self._word.findall(folded)):
            positions += self._by_first.get(word, ())
        return [self.entries[position] for position in sorted(positions)]


class Spellings(list[tuple[str, str]]):
    """Folded spellings of people's names with the person each names, indexed by first word."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        super().__init__(entries)
        self._names = NameIndex(self)

    def within(self, folded: str) -> list[tuple[str, str]]:
        return self._names.within(folded)
