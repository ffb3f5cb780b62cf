"""Feeding the checker its records: the whole store when it is small, else a claim's candidates.

A checker reads every record it is given when it starts (their words, names and titles), and
the cost of that start grows with the records times the people who share a name. On a small
store that is a few milliseconds and every claim is checked against all of it, as always. On a
big one, each claim gets a checker of its own over the records the cache's full-text index
(`kgvn.cache`, FTS5 with `bm25()`) finds for the claim's words, their lexicon synonyms and the
names they nearly spell, plus every record those refer to (people, organisations, countries)
and every source. Records whose indexed text scores the same are copies as far as retrieval can
tell: only a few of each are kept, so that a thousand copies of one passage do not crowd out the
other candidates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kgvn.check.lexicon import load, synonyms_of
from kgvn.check.retrieve.mentions import near_spelling
from kgvn.store import referenced_ids
from kgvn.text import words
from kgvn.vocabulary import RECORD_COLLECTIONS

if TYPE_CHECKING:
    from kgvn.cache import Cache
    from kgvn.check import Checker
    from kgvn.check.result import CheckResult
    from kgvn.records import Source

#: Stores with fewer records are checked whole, one checker for every claim.
WHOLE_STORE_RECORDS = 2000
#: At most this many records found by full-text search for one claim ...
HITS = 500
#: ... of which at most this many score the same (copies of one text).
ALIKE = 3
#: Rounds of following references (an agreement's parties, then an organisation's members).
REFERENCE_ROUNDS = 2
_IGNORED = frozenset(load("words")["function_words"])


class Feed:
    """Checks claims against a store read from its cache, feeding each checker what it needs."""

    def __init__(self, cache: Cache, today: dt.date | None = None) -> None:
        from kgvn.records import Source

        self.cache = cache
        self.today = today
        counts = cache.counts()
        self.whole: Checker | None = None
        #: The sources by id, for rendering verdicts.
        self.sources: dict[str, Source]
        self._spellings: list[str] | None = None
        if sum(counts.values()) - counts["sources"] - counts["conflicts"] < WHOLE_STORE_RECORDS:
            from kgvn.records import Store

            self.whole = self._checker(Store.from_json(cache.data()))
            self.sources = {source.id: source for source in self.whole.store.sources}
        else:
            self.sources = {
                item["id"]: Source.from_json(item) for item in cache.collection("sources")
            }

    def check(self, claim: str) -> CheckResult:
        """The verdict on a claim, from the whole store or from the records found for it."""
        if self.whole is not None:
            return self.whole.check(claim)
        return self.checker_for(claim).check(claim)

    def checker_for(self, claim: str) -> Checker:
        """A checker over the records retrieved for `claim` (see the module's docstring)."""
        from kgvn.records import Store

        data = claim_data(self.cache, claim, self.spelling_parts())
        return self._checker(Store.from_json(data))

    def _checker(self, store: Any) -> Checker:
        from kgvn.check import Checker

        return Checker(store, self.today)

    def spelling_parts(self) -> list[str]:
        """The distinct words of six letters or more in the names of people, organisations and
        countries, for claims that spell one another way (read once a run)."""
        if self._spellings is None:
            self._spellings = sorted(
                {part for spelling in self.cache.spellings() for part in spelling.split()} - {""}
            )
        return [part for part in self._spellings if len(part) >= 6]


def query_words(claim: str, spelling_parts: Iterable[str] = ()) -> list[str]:
    """The claim's words that say something, their synonyms, and the name parts a long word
    nearly spells ('Kasymalyev' for 'Kasymaliev'), folded as the index folds them."""
    found: list[str] = []
    parts = list(spelling_parts)
    for word in words(claim):
        if word in _IGNORED or (len(word) <= 2 and not word.isdigit()):
            continue
        found.append(word)
        for other in synonyms_of(word):
            found += words(other)
        if len(word) >= 6 and not word.isdigit() and word not in parts:
            found += [part for part in parts if near_spelling(word, part)]
    return [word for word in dict.fromkeys(found) if word not in _IGNORED]


def claim_data(cache: Cache, claim: str, spelling_parts: Iterable[str] = ()) -> dict[str, Any]:
    """The store as JSON data holding only the records found for `claim`, those they refer to,
    and every source, each collection in store order."""
    from kgvn.search import parse_query

    found = query_words(claim, spelling_parts)
    rowids: list[int] = []
    if found:
        expression = " OR ".join(term.expression() for term in parse_query(" ".join(found), cache))
        rowids = cache.match_varied(expression, HITS, ALIKE)
    rows = cache.by_rowid(rowids)
    items = {item["id"]: (rowid, collection, item) for rowid, (collection, item) in rows.items()}
    wanted = referenced_ids(item for _, _, item in items.values())
    for _ in range(REFERENCE_ROUNDS):
        wanted -= set(items)
        if not wanted:
            break
        more = cache.rows_of_ids(sorted(wanted))
        for rowid, collection, item in more:
            items[item["id"]] = (rowid, collection, item)
        wanted = referenced_ids(item for _, _, item in more)
    data: dict[str, Any] = {name: [] for name in RECORD_COLLECTIONS}
    for _, collection, item in sorted(items.values(), key=lambda entry: entry[0]):
        if collection in data:
            data[collection].append(item)
    data["sources"] = cache.collection("sources")
    return data
