"""One predicate spread over several doers, each of whom did it at a meeting of their own.

"A, B and C each thanked X", "Both A and B urged X", "Like A and B, C raised X": the sentence
says each doer did it, so it is one claim per doer, each checked against that doer's own record,
and the verdicts are aggregated (all backed is the sentence backed; one open leaves it partly
supported; one ruled out rules it out). Doers named with no such word may have acted together
and are left to `clauses.actors`, which splits them only to find a contradiction.

"Unlike A, B did not X" says A did X and B did not: B doing X on record contradicts it. "Only A
did X" (or "A was the only leader to X") says A did X and nobody else did: another person doing
X on record contradicts it, and with nobody found the "nobody else" stays open.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

#: A doer: a capitalised name with its title, or "the" and a title ("the state president").
_DOER = r"(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?"
_LIST = rf"{_DOER}(?:,\s+{_DOER})*,?\s+and\s+{_DOER}"


@cache
def _patterns(verbs: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'A and B each VERB …' and 'Both A and B VERB …', the list ending right before the verb
    ('each other', 'are both members' are no such lists)."""
    irregular = "|".join(sorted(verbs, key=len, reverse=True))
    verb = rf"(?:also\s+)?(?:[a-z]+ed|did|had|{irregular})\b(?!\s+each\s+other)"
    return (
        re.compile(rf"^(?P<doers>{_LIST})\s+(?:each|both|all)\s+(?P<rest>{verb}.*)$"),
        re.compile(rf"^Both\s+(?P<doers>{_LIST})\s+(?P<rest>{verb}.*)$"),
    )


_LIKE = re.compile(rf"^Like\s+(?P<doers>{_DOER}(?:(?:,\s+|,?\s+and\s+){_DOER})*),\s+(?P<main>.+)$")
_UNLIKE = re.compile(rf"^Unlike\s+(?P<other>{_DOER}),\s+(?P<main>.+)$")
#: 'Ann, not Bo, signed X', 'It was Ann, and not Bo, who signed X': who did it, set against
#: who did not.
_NOT_OTHER = re.compile(
    rf"^(?:It\s+(?:was|is)\s+)?(?P<doer>{_DOER}),\s+(?:and\s+|but\s+)?not\s+(?P<other>{_DOER}),"
    r"\s+(?P<who>who\s+)?(?P<rest>[a-z].+)$"
)
_NOT = re.compile(r"^(?P<doer>.+?)\s+(?:did\s+not|didn['’]t|never)\s+(?P<rest>[a-z].*)$")
_ONLY_FRONT = re.compile(
    r"^(?:(?P<scope>(?:Of|Among)\s+[^,]+),\s+)?[Oo]nly\s+(?P<doer>[A-Z].*?)\s+(?P<rest>[a-z].*)$"
)
_ONLY_NOUN = re.compile(
    r"^(?P<doer>[A-Z].*?)\s+(?:was|is)\s+the\s+only\s+(?:[\w-]+\s+){0,3}?to\s+(?P<rest>[a-z].*)$"
)
#: Words that cannot be a doer's: a list of doers is of names and titles.
_NOT_DOER = re.compile(r"\b(?:\d+|said|who|which|that|in|on|at|of|for|to|with|by|from)\b")
#: A clause's own verb: the word after its doer.
_PAST = re.compile(r"^(?:[a-z]+ed|did|had|was|were)$")


@dataclass(frozen=True)
class Spread:
    """How a sentence's doers are to be checked: the pieces that must hold, the pieces that must
    not (each piece's doer, for the explanation), and whether nobody else may have done it."""

    held: list[str]
    denied: list[tuple[str, str]]
    only: tuple[str, str] | None = None
    #: A correction ('Ann, not Bo, …'): the record that has only the doer do it backs it, so a
    #: denial the record does not decide leaves nothing open.
    corrects: bool = False


def _doers(text: str) -> list[str] | None:
    items = [item.strip() for item in re.split(r",\s+and\s+|,\s+|\s+and\s+", text) if item.strip()]
    if len(items) < 2 and not text.strip():
        return None
    for item in items:
        words = item.split()
        if not words or len(words) > 6 or _NOT_DOER.search(item):
            return None
        named = [word for word in words if word[:1].isupper()]
        if not named and words[0].lower() != "the":
            return None
    return items


def _sentence(doer: str, rest: str) -> str:
    text = f"{doer} {rest}".strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _subject_and_rest(main: str, verbs: frozenset[str]) -> tuple[str, str] | None:
    """'To Lam raised X': ('To Lam', 'raised X'); the subject is the words before the verb."""
    words = main.split()
    for index, word in enumerate(words[1:], start=1):
        bare = word.strip(",")
        if bare != word:
            return None
        if _PAST.match(bare) or bare in verbs:
            subject = re.sub(r"\s+(?:also|then|later|further)$", "", " ".join(words[:index]))
            return (subject, " ".join(words[index:])) if _doers(subject) else None
    return None


def spread(sentence: str, verbs: frozenset[str]) -> Spread | None:
    """The doers' own claims of a sentence that spreads one predicate over several doers."""
    body = sentence.strip()
    for pattern in _patterns(verbs):
        match = pattern.match(body)
        if match is not None:
            doers = _doers(match.group("doers"))
            if doers and len(doers) > 1:
                return Spread([_sentence(doer, match.group("rest")) for doer in doers], [])
    match = _LIKE.match(body)
    if match is not None:
        others = _doers(match.group("doers"))
        found = _subject_and_rest(match.group("main"), verbs)
        if others and found is not None:
            subject, rest = found
            return Spread([_sentence(doer, rest) for doer in [*others, subject]], [])
    match = _UNLIKE.match(body)
    if match is not None and _doers(match.group("other")):
        denial = _NOT.match(match.group("main"))
        if denial is not None and _doers(denial.group("doer")):
            rest = f"did {denial.group('rest')}"  # 'did not raise X' said the other way
            doer = denial.group("doer")
            return Spread([_sentence(match.group("other"), rest)], [(_sentence(doer, rest), doer)])
    match = _NOT_OTHER.match(body)
    cleft = match is not None and (match["who"] is None or body.startswith("It "))
    if match is not None and cleft and _doers(match["doer"]) and _doers(match["other"]):
        doer, other, rest = match["doer"], match["other"], match["rest"]
        return Spread([_sentence(doer, rest)], [(_sentence(other, rest), other)], None, True)
    for pattern in (_ONLY_FRONT, _ONLY_NOUN):
        match = pattern.match(body)
        if match is not None and _doers(match.group("doer")):
            rest = match.group("rest")
            first = rest.split()[0]
            rest = rest if _PAST.match(first) or first in verbs else f"did {rest}"
            doer = match.group("doer")
            return Spread([_sentence(doer, rest)], [], (doer, rest))
    return None


def without_both(sentence: str) -> str:
    """'received by both A and B', 'invited both A and B': 'both' before a list of names after
    'by' or a verb only says each was one, which the list's split says already."""
    return re.sub(r"\b(by|[a-z]+ed)\s+both\s+(?=(?:the\s+)?[A-Z])", r"\1 ", sentence)


def others_doing(
    doer: str, rest: str, peers: Callable[[str], Iterable[str]]
) -> list[tuple[str, str]]:
    """The claims that another person did it too: one for each of the doer's peers."""
    return [(_sentence(peer, rest), peer) for peer in peers(doer)]


_ARTICLES = frozenset({"a", "an", "the"})
_NAME = re.compile(r"^(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4})(?P<rest>[a-z].*)$")


def _remnant_verb(words: list[str], verbs: frozenset[str]) -> bool:
    return any(_PAST.match(word) or word in verbs for word in words)


def gapped(
    sentence: str, verbs: frozenset[str], kind_of: Callable[[str], str | None]
) -> list[str] | None:
    """'Ann spoke of a new phase, Bo of a new chapter and Cy of a new stage': the verb said
    once and left out after each later doer, who gets the first clause's words up to where
    their own begin ('Bo spoke of a new chapter'). A clause before a colon is a claim too.
    The first doer must be a person on record. A later name that is a place stands for the
    first clause's place, its doer and verb left out: 'Ann visited X in May, Y in June' is
    'Ann visited Y in June'."""
    head, colon, body = sentence.strip().rstrip(".!?").partition(": ")
    if not colon:
        head, body = "", head
    chunks = [chunk.strip() for chunk in re.split(r",\s+and\s+|,\s+|\s+and\s+", body)]
    if len(chunks) < 2:
        return None
    first = _NAME.match(chunks[0] + " ")
    if first is None or kind_of(first.group("name")) != "person":
        return None
    said = first.group("rest").split()
    if not said or not (_PAST.match(said[0]) or said[0] in verbs):
        return None
    pieces = [_sentence(first.group("name").strip(), " ".join(said))]
    for chunk in chunks[1:]:
        match = _NAME.match(chunk)
        kind = kind_of(match.group("name")) if match is not None else None
        if match is None or kind is None:
            return None
        own = match.group("rest").split()
        if _remnant_verb(own, verbs):
            return None  # a clause with a verb of its own: no verb was left out
        if kind == "place":
            place = _place_in(said, kind_of)
            if place is None:
                return None
            whole = [first.group("name").strip(), *said[:place], *chunk.split()]
            pieces.append(_sentence(" ".join(whole), ""))
            continue
        lead = own[0]
        spots = [
            at
            for at, word in enumerate(said[1:], start=1)
            if word == lead or (word in _ARTICLES and lead in _ARTICLES)
        ]
        if not spots:
            return None
        pieces.append(_sentence(match.group("name").strip(), " ".join(said[: spots[-1]] + own)))
    return [_sentence(head, ""), *pieces] if len(head.split()) >= 3 else pieces


def _place_in(said: list[str], kind_of: Callable[[str], str | None]) -> int | None:
    """Where the first clause names a place after its verb (the word the remnant's stands for)."""
    for at in range(1, len(said)):
        if said[at][:1].isupper() and kind_of(said[at].strip(",")) == "place":
            return at
    return None


_BESIDES = re.compile(
    r"^(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to|As\s+well\s+as)\s+"
    r"(?P<word>[a-z]+ing)\s+(?P<rest>[^,]+),\s+(?P<main>.+)$"
)


def besides(
    sentence: str, verbs: frozenset[str], past: Callable[[str], str | None]
) -> list[str] | None:
    """'Besides being received by A, Kasymaliev also met B': two claims of the main clause's
    subject, 'Kasymaliev was received by A' and the main clause."""
    match = _BESIDES.match(sentence.strip())
    if match is None:
        return None
    found = _subject_and_rest(match.group("main"), verbs)
    word = match.group("word")
    verb = "was" if word == "being" else past(word)
    if found is None or verb is None:
        return None
    return [
        _sentence(found[0], f"{verb} {match.group('rest')}"),
        _sentence(match.group("main"), ""),
    ]
