"""Who serves as a go-between for whom: 'A is ready to be a bridge for B to C', 'B wants A to
act as its gateway', 'A would connect B with C'.

A claim can share every word with a record and still turn the two sides round ("Utopia wants
Ruritania to act as its bridge" against "Utopia is ready to be a bridge for Ruritania"): the
words are the record's, the roles are not. Each side of a go-between is read from where its
country word stands: the holder is the last country named before the noun (or the subject of
the verb), the one served follows "for" or owns the noun ("B's gateway", "its bridge"), and
what it leads to is the proper names after it. The nouns and verbs are lexicon data
(`go_between_nouns`, `go_between_verbs`); the countries are the checker's `Places`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kgvn.check.lexicon import Places, load
from kgvn.text import fold

_WORDS = load("words")
#: A clause ends at a comma, a semicolon or a colon.
_CLAUSE = re.compile(r"[,;:]")
#: What puts a side in the go-between's place: 'to be', 'to act as', 'as', 'its role as', with
#: an owner of one or two words before the noun ('as New Utopia's bridge').
_AS = re.compile(
    r"\b(?:be|become|becomes|became|is|are|was|remains?|act(?:s|ed|ing)? as|serv(?:e|es|ed|ing) as"
    r"|function(?:s|ed|ing)? as|role as|as)\s+"
    r"(?:(?:a|an|the|its|their)\s+|(?:\S+\s+)?\S+['’]s?\s+)?(?:[a-z]+\s+)?$"
)
#: 'B and stands ready to …' after the last side named: a second verb of the clause's subject.
_SECOND_VERB = re.compile(r"\s*,?\s+and\s+(?:also\s+)?[a-z]+(?:s|ed)\b(?!\s+(?:of|and)\b)")
#: A run of capitalised words: the proper name a go-between leads to ('Central Asia').
_PROPER = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


@dataclass(frozen=True)
class Role:
    """One side serving as a go-between for another (None: not said), towards some places."""

    holder: str
    served: str | None
    towards: frozenset[str]
    #: Said with a noun for the role ('a bridge for B'), not only a verb ('connect B with C'):
    #: only such a role, in the claim and in the record, is firm enough to be turned round.
    firm: bool = True


@cache
def _alternation(key: str) -> str:
    """The lexicon's words under `key`, as one alternation, longest first."""
    words = _WORDS.get(key, [])
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _towards(raw: str, after: str, places: Places) -> frozenset[str]:
    """The proper names a clause gives after the go-between's word, countries left out."""
    at = re.search(rf"\b(?:{after})", raw, re.IGNORECASE)
    if at is None:
        return frozenset()
    names = (fold(name) for name in _PROPER.findall(raw[at.end() :]))
    return frozenset(name for name in names if places.code_of(name, "names", "capitals") is None)


def _noun_role(folded: str, raw: str, places: Places, country: str) -> Role | None:
    """'A … (a|its|B's) bridge (for B)': the holder, the one served, what it leads to."""
    nouns = _alternation("go_between_nouns")
    noun = re.search(rf"\b(?:{nouns})s?\b", folded) if nouns else None
    if noun is None:
        return None
    if not _AS.search(folded[: noun.start()]):
        return None  # 'built a bridge of friendship': not a side serving as one
    served: str | None = None
    owner = re.search(
        rf"(?:\b({country})['’]s?|\b(its|their))\s+(?:[a-z]+\s+)?$", folded[: noun.start()]
    )
    after = re.match(rf"\s+(?:\w+\s+){{0,2}}?(?:for|between)\s+({country})\b", folded[noun.end() :])
    if after is not None:
        served = places.code_of(after.group(1), "names", "capitals")
    elif owner is not None and owner.group(1):
        served = places.code_of(owner.group(1), "names", "capitals")
    before = folded[: owner.start() if owner is not None else noun.start()]
    named = [
        places.code_of(found, "names", "capitals")
        for found in re.findall(rf"\b({country})\b", before)
    ]
    sides = [code for code in named if code is not None]
    if not sides or re.search(rf"\b(?:{country})\s+(?:and|&)\s+(?:{country})\b", before):
        return None  # no side, or both sides together
    holder = sides[-1]
    last = list(re.finditer(rf"\b(?:{country})\b", before))[-1]
    if len(set(sides)) > 1 and _SECOND_VERB.match(before, last.end()):
        holder = sides[0]  # 'A supports B and stands ready to act as its bridge': A's verbs
    if owner is not None and owner.group(2) and served is None:
        # 'A wants B to act as its bridge': 'its' is the other side the clause names
        served = next((code for code in sides if code != holder), None)
    if served == holder:
        return None
    return Role(holder, served, _towards(raw, nouns, places))


def _verb_sides(folded: str, places: Places, country: str) -> tuple[str, str] | None:
    """'A would connect B with C': A and B, as codes."""
    verbs = _alternation("go_between_verbs")
    if not verbs:
        return None
    found = re.search(
        rf"\b({country})\b(?:\s+\w+){{0,3}}?\s+(?:{verbs})\w*\s+({country})\s+(?:with|to)\b",
        folded,
    )
    if found is None:
        return None
    holder, served = (places.code_of(found.group(n), "names", "capitals") for n in (1, 2))
    return (holder, served) if holder is not None and served is not None else None


def _verb_role(folded: str, raw: str, places: Places, country: str) -> Role | None:
    """'A would connect B with C': A the holder, B the one served."""
    sides = _verb_sides(folded, places, country)
    if sides is None or sides[0] == sides[1]:
        return None
    return Role(*sides, _towards(raw, _alternation("go_between_verbs"), places), firm=False)


def serves_itself(text: str, places: Places) -> bool:
    """'Utopolis would link Utopia with X' where Utopolis is Utopia's capital: a side said to
    connect itself, which no record of a go-between can back."""
    if not _mentioned(text):
        return False
    country = places.pattern("names", "capitals")
    for raw in _CLAUSE.split(text):
        sides = _verb_sides(fold(raw), places, country)
        if sides is not None and sides[0] == sides[1]:
            return True
    return False


def _mentioned(text: str) -> bool:
    words = "|".join(
        part
        for part in (_alternation("go_between_nouns"), _alternation("go_between_verbs"))
        if part
    )
    return bool(words) and re.search(rf"\b(?:{words})", text, re.IGNORECASE) is not None


def go_betweens(text: str, places: Places) -> list[Role]:
    """Every go-between role a text gives, one clause at a time."""
    if not _mentioned(text):
        return []  # no word for a go-between: nothing to read
    country = places.pattern("names", "capitals")
    found: list[Role] = []
    for raw in _CLAUSE.split(text):
        folded = fold(raw)
        for reader in (_noun_role, _verb_role):
            role = reader(folded, raw, places, country)
            if role is not None:
                found.append(role)
    return found


def _fits(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two go-betweens may lead to the same place: one says none, or they share one."""
    return not one or not other or bool(one & other)


def turned_round(claimed: Role, held: Iterable[tuple[Role, str]]) -> tuple[Role, str] | None:
    """The role and record id of a record that gives the claim's go-between the other way
    round, when no record towards the same place gives it the claim's way; else None."""
    fitting = [(role, key) for role, key in held if _fits(claimed.towards, role.towards)]
    for role, _ in fitting:
        if role.holder == claimed.holder and claimed.served in (None, role.served):
            return None
        if role.holder == claimed.holder and role.served is None:
            return None
    for role, key in fitting if claimed.firm else ():
        if not role.firm:
            continue
        serves_claimed = role.holder != claimed.holder and role.served == claimed.holder
        if serves_claimed and claimed.served in (None, role.holder):
            return role, key
    return None


@dataclass(frozen=True)
class Flow:
    """The countries a clause sends goods from and to ('exporting X to B', 'importing X from
    A into B'): each end is read from the preposition before a country word, the way the flow
    word runs (out: export, ship, sell; in: import, buy) deciding which end 'to' names."""

    sources: frozenset[str]
    destinations: frozenset[str]


_FLOW_END = r"(?P<prep>into|to|towards|from|out\s+of)\s+(?:the\s+)?(?P<place>{country})\b"


def flows(text: str, places: Places) -> list[Flow]:
    """Every flow of goods a text gives with at least one end named, one clause at a time."""
    ways = _WORDS.get("flow_words", {})
    found: list[Flow] = []
    country = places.pattern("names", "capitals")
    for raw in _CLAUSE.split(fold(text)):
        for way in ("out", "in"):
            stems = "|".join(re.escape(stem) for stem in ways.get(way, []))
            word = re.search(rf"\b(?:{stems})\w*", raw) if stems else None
            if word is None:
                continue
            sources: set[str] = set()
            destinations: set[str] = set()
            for end in re.finditer(_FLOW_END.format(country=country), raw[word.end() :]):
                code = places.code_of(end.group("place"), "names", "capitals")
                leaving = end.group("prep").startswith(("from", "out"))
                if code is not None:
                    (sources if leaving else destinations).add(code)
            if sources or destinations:
                found.append(Flow(frozenset(sources), frozenset(destinations)))
            break  # one flow a clause: 'imported … to be exported' is not read
    return found


def flow_turned(claimed: list[Flow], held: list[Flow]) -> str | None:
    """The country a claim puts at the other end of a flow the record gives, else None: a
    source the record sends to, or a destination the record sends from."""
    sent_to = {code for flow in held for code in flow.destinations}
    sent_from = {code for flow in held for code in flow.sources}
    for flow in claimed:
        for code in sorted(flow.sources & sent_to - sent_from):
            return code
        for code in sorted(flow.destinations & sent_from - sent_to):
            return code
    return None


def flow_unheld(claimed: list[Flow], held: list[Flow]) -> str | None:
    """A country a claim puts at an end of a flow where the record names only others."""
    sent_to = {code for flow in held for code in flow.destinations}
    sent_from = {code for flow in held for code in flow.sources}
    for flow in claimed:
        for code in sorted(flow.sources - sent_from if sent_from else ()):
            return code
        for code in sorted(flow.destinations - sent_to if sent_to else ()):
            return code
    return None
