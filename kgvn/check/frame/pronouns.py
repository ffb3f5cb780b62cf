"""A pasted paragraph's sentences that open with a pronoun ('… Trade grew. It reached $4.5
million in 2022.'): the pronoun stands for the subject of the sentence before, which is put in
its place so that the sentence can be checked alone."""

from __future__ import annotations

import re

from kgvn.check.frame.atoms import _subject
from kgvn.check.frame.later import later_dates
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult

_OPENING = re.compile(r"^(?:He|She|It|They)\s+(?=[a-z])")


def resolved(found: list[str], verbs: frozenset[str]) -> list[str]:
    """Each sentence, with an opening pronoun replaced by the subject of the one before."""
    out: list[str] = []
    for index, sentence in enumerate(found):
        match = _OPENING.match(sentence)
        subject = _subject(unfronted(found[index - 1], verbs), verbs) if index and match else ""
        if match and subject and len(subject.split()) <= 6 and not _OPENING.match(subject + " x"):
            sentence = subject + " " + sentence[match.end() :]
        out.append(sentence)
    return later_dates(out)  # 'A fortnight later, X …': after the sentence before


_FRONTED = re.compile(
    rf"^(?:{'|'.join(map(re.escape, load('words')['fronted_openers']))})\s", re.IGNORECASE
)


def unfronted(sentence: str, verbs: frozenset[str]) -> str:
    """The sentence from its subject on, past a fronted phrase ('Between 2017 and 2021, trade
    averaged …' → 'trade averaged …'): the subject a later 'It' or 'He' stands for. The last
    comma whose words after it open with a short subject ends the phrase ('On the East Sea,
    also known as …, Cuong stressed …'); unchanged when none does."""
    if not _FRONTED.match(sentence):
        return sentence
    pieces = sentence.split(", ")
    for cut in range(len(pieces) - 1, 0, -1):
        rest = ", ".join(pieces[cut:])
        subject = _subject(rest, verbs)
        first = subject.split()[0] if subject else ""
        if subject and len(subject.split()) <= 6 and not re.search(r"(?:ing|ed)$|^also$", first):
            return rest
    return sentence


_PAIR = re.compile(rf"^(?:{'|'.join(load('words')['pair_openings'])})\s+(?=[a-z])", re.IGNORECASE)


def paired(sentence: str, before: CheckResult) -> str:
    """'The two leaders then held talks' after a sentence that named two people on record
    ('Chinh hosted a ceremony for Kasymaliev'): the two, by name, so the sentence can be
    checked alone. Unchanged when the sentence before named other than two."""
    match = _PAIR.match(sentence)
    if match is None:
        return sentence
    named = [part.text for part in before.parts if part.kind == "who"]
    people = named[0].split("; ") if len(named) == 1 else []
    if len(people) != 2:
        return sentence
    return f"{people[0]} and {people[1]} {sentence[match.end() :]}"


_VISIT = re.compile(r"^The (?:visit|trip)(?=,|\s+(?!by\b|of\b|to\b)[a-z])")
_ROLES = "|".join(sorted((re.escape(role) for role, _ in load("words")["roles"]), key=len)[::-1])
_ROLE_PHRASE = re.compile(rf"\b(?:a|the) (?:[A-Z][\w-]* )?(?i:{_ROLES})\b")


def visit_owned(sentence: str, context: str, before: CheckResult | None = None) -> str:
    """'The visit runs over two days' with whose visit it is: the one person the sentence
    before named, else the office holder the context names ('the first time a Utopian head of
    government came …' → 'The visit by a Utopian head of government runs …').
    Unchanged when the visit already has its owner or the context names none."""
    match = _VISIT.match(sentence)
    if match is None:
        return sentence
    head, rest = match.group(0), sentence[match.end() :]
    named = [part.text for part in before.parts if part.kind == "who"] if before else []
    if len(named) == 1 and "; " not in named[0]:
        return f"{named[0]}'s {head[4:]}{rest}"
    role = _ROLE_PHRASE.search(context)
    return f"{head} by {role.group(0)}{rest}" if role else sentence


def own_visit(sentence: str) -> str:
    """A lone sentence's 'The visit, …, runs … and is the first by a Utopian premier': the
    visit is that office holder's, so its pieces can be checked apart."""
    first = re.search(r"\bfirst (?:visit |trip )?by (?=(?:a|the) )", sentence)
    return visit_owned(sentence, sentence[first.end() :]) if first else sentence


#: 'Ann declared independence': the subject, and the object after the verb.
_SUBJECT_VERB_OBJECT = re.compile(
    r"^(?P<subject>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+ed)\s+"
    r"(?P<object>(?:[A-Z][\w’'-]*['’]s\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)$"
)


def it_resolved(first: str, second: str) -> str:
    """`second` with 'it' (the thing the first clause acted on) and 'its' (its subject's)
    written out: 'X declared independence' / 'Y recognised it' → 'Y recognised X's
    independence'. Unchanged when the first clause is not a plain subject, verb and object."""
    match = _SUBJECT_VERB_OBJECT.match(first.strip().rstrip("."))
    if match is None:
        return second
    subject, thing = match.group("subject"), match.group("object")
    if not re.search(r"['’]s\s", thing):
        thing = f"{subject}'s {thing}"
    second = re.sub(r"\bit\b(?=\s*\.?$)", thing, second)
    return re.sub(r"\bits\b", f"{subject}'s", second)


#: '(Four months) after X declared independence, Y recognised it': a leading clause of time,
#: then a main clause that ends on 'it'.
_LEAD_THEN_IT = re.compile(
    r"^(?P<lead>(?:[^,]*?\s)?(?:[Aa]fter|[Bb]efore|[Ww]hen|[Oo]nce)\s+)(?P<sub>[^,]{8,}?)"
    r",\s+(?P<main>[^,]+?\bit)(?P<end>\s*[.!?]?)$"
)


def lead_it(sentence: str) -> str:
    """The sentence with a main clause's closing 'it' written out as the leading clause's thing
    ('… after X declared independence, Y recognised X's independence'); as it was otherwise."""
    match = _LEAD_THEN_IT.match(sentence.strip())
    if match is None:
        return sentence
    sub = re.sub(r"\s+(?:on|in)\s+\d.*$|\s+(?:on|in)\s+[A-Z]\w+\s+\d.*$", "", match["sub"])
    main = it_resolved(sub, match["main"])
    if main == match["main"] or re.search(r"['’]s\s+(?:a|an|the)\s", main):
        return sentence  # 'X's the treaty': no thing of X's to write out
    return f"{match['lead']}{match['sub']}, {main}{match['end']}"
