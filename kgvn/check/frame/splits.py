"""Sentence shapes that hold two facts, split apart by `frame` (kept here so it stays small):
'… on DATE, after X on DATE', 'It took N years after X for Y to …'. The rules are about
English sentence shape only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kgvn.check.frame.later import other_fact, time_before
from kgvn.claim_patterns import MONTH_PATTERN
from kgvn.lexicon_files import lexicon_file

_MONTHS = MONTH_PATTERN
_AFTER = re.compile(
    r",?\s+(?P<word>after|following|before)\s+(?P<what>(?:its\s+|their\s+|the\s+)?[a-z][\w\s'’-]{2,60}?)"
    rf"\s+(?P<date>(?:on|in)\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})"
    rf"\s+\d{{4}}|(?:{_MONTHS})\s+\d{{4}}|\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})))\b",
    re.IGNORECASE,
)
#: A date or year of the claim's own before 'after': "… came on 27 December 1991, after …".
_DATED = re.compile(
    rf"\b(?:\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b", re.I
)


def after_event(body: str) -> list[str] | None:
    """'… on DATE, after independence on DATE': the event named after 'after' is its own claim.
    Not when a counted time stands before 'after' ('four months after X on DATE'), which needs
    both events together; a day with no year splits off only when the claim's own fact has a
    date of its own ('toured X after their talks on March 6' stays whole)."""
    match = _AFTER.search(body)
    if match is None or match.start() < 8 or " since " in f" {match.group('what')} ":
        return None  # 'before X since ties began in 1992': the date is the since's
    if time_before(body, match):
        return None  # `clauses` keeps a span and both its events together
    if not re.search(r"\d{4}", match.group("date")) and not _DATED.search(body[: match.start()]):
        return None
    return [body[: match.start()] + body[match.end() :], other_fact(body, match)]


#: "… and highly values …": a verb of the present after an adverb of manner.
_ADVERB_VERB = re.compile(r"(?:highly|warmly|strongly|fully|greatly|deeply)\s+[a-z]{3,}s\s")


def adverb_verb(words: str) -> bool:
    """Whether words open with an adverb of manner and a verb ('highly values …'): a second
    clause of the same subject after 'and', though the verb is no past tense."""
    return _ADVERB_VERB.match(words) is not None


#: "It took more than three decades after X for Y to visit Z": how long it took Y to do it.
_IT_TOOK = re.compile(
    r"^It\s+took\s+(?P<span>[^,;]{3,80}?)\s+for\s+(?P<who>(?:an?|the|[A-Z])[^,;]{1,60}?)\s+to\s+"
    r"(?P<verb>[a-z]{3,})\b(?P<rest>[^;]*?)(?P<end>[.!?]?)$"
)


def _past(verb: str) -> str:
    """The past tense of a regular verb ('visit' → 'visited', 'sign' → 'signed')."""
    return verb + ("d" if verb.endswith("e") else "ed")


def it_took(sentence: str) -> str | None:
    """'It took three decades after ties were set up for a premier to visit Y' as 'A premier
    visited Y three decades after ties were set up'; None for any other sentence."""
    match = _IT_TOOK.match(sentence.strip())
    if match is None:
        return None
    who = match.group("who")
    who = who[:1].upper() + who[1:]
    rest = match.group("rest").rstrip()
    return f"{who} {_past(match.group('verb'))}{rest} {match.group('span')}{match.group('end')}"


#: A verb in the past: an irregular one the lexicon lists, or one ending in -ed.
_PAST = r"(?:[a-z]{3,}ed|" + "|".join(lexicon_file("words")["verbs"]) + r")"
#: "Ann arrived on May 2, held talks with Bo and met Cy": three acts of one doer.
_SERIES = re.compile(
    rf"^(?P<first>[^,;]{{12,}}?),\s+(?P<second>{_PAST}\s+(?!in\b|on\b|at\b|by\b)[^,;]+?)"
    rf"\s+and\s+(?P<third>{_PAST}\s+[^,;]+)$"
)


_COUNT = (
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several)\s"
)
#: 'The group includes three families and some 20 guests': two counted members, each a claim.
_COUNTED_MEMBERS = re.compile(
    r"^(?P<head>.+?\b(?:includes?|included|comprises?|comprised|counts?|counted)\s+)"
    rf"(?P<a>{_COUNT}[^,;]+?)\s+and\s+(?P<b>{_COUNT}.+)$",
    re.IGNORECASE,
)


def verb_series(body: str, subject_of: Callable[[str], str]) -> list[str] | None:
    """'Ann arrived on May 2, held talks with Bo and met Cy': each act with its doer; None when
    the sentence is no such list or its doer is not named before the first verb. Two counted
    members of one group ('includes three families and 20 guests') are two claims too."""
    members = _COUNTED_MEMBERS.match(body)
    if members is not None:
        return [members["head"] + members["a"], members["head"] + members["b"]]
    match = _SERIES.match(body)
    if match is None:
        return None
    subject = subject_of(match.group("first"))
    if not subject or len(subject.split()) > 8:
        return None
    return [
        match.group("first"),
        f"{subject} {match.group('second')}",
        f"{subject} {match.group('third')}",
    ]


#: A change said of a figure: 'tripled', 'rose 80%', with the level it reached ('to $13.5 million').
_CHANGE_TO = re.compile(
    r"\b(?:doubled|tripled|quadrupled|halved|[a-z]+-?fold|(?:rose|grew|jumped|climbed|increased"
    r"|surged|fell|dropped|declined|shrank)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?\d[\d.]*"
    r"\s*(?:%|percent|per\s+cent))\s+to\s+(?:about\s+|nearly\s+|some\s+)?(?:US)?[$€£]?\d",
    re.IGNORECASE,
)
_LEVEL_IN = re.compile(r"(?:[$€£]\d|\d\s*(?:million|billion|USD))[^;]*?\bin\s+((?:19|20)\d{2})\b")
_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d{2})\b")


def carried_base(pieces: list[str]) -> list[str]:
    """'Trade, which stood at $4.5 million in 2022, tripled to $13.5 million in 2024', split in
    two: the change is from the level an earlier piece gives, so its year goes with it ('…
    tripled to $13.5 million between 2022 and 2024')."""
    out: list[str] = []
    for index, piece in enumerate(pieces):
        level = next((_LEVEL_IN.search(before) for before in pieces[:index]), None)
        years = re.findall(r"\b(?:19|20)\d{2}\b", piece)
        single = _IN_YEAR.search(piece)
        later = single is not None and level is not None and level.group(1) < single.group(1)
        if single and level and later and len(years) == 1 and _CHANGE_TO.search(piece):
            span = f"between {level.group(1)} and {single.group(1)}"
            piece = piece[: single.start()] + span + piece[single.end() :]
        out.append(piece)
    return out


#: "… the first in the nearly 33 years since relations were set up in 1992": a count of years
#: from a thing named as a clause ('since' and at least a subject and a verb) to now.
_YEARS_SINCE = re.compile(
    r"\s+(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?P<span>(?:(?:nearly|almost|about"
    r"|some|roughly|around|close\s+to|more\s+than|just\s+over|over|less\s+than)\s+)?[\w-]+\s+"
    r"(?:years|decades))\s+(?=since\s+(?P<what>[^,;]+?\s[^,;]+?\s[^,;]+?)(?:[,;]|$))",
    re.IGNORECASE,
)


#: "X has been in force since 2019": a state that holds, and the year it began.
_IN_PLACE_SINCE = re.compile(
    r"^(?P<head>.+?)\s+(?:has|have)\s+been\s+(?P<state>in\s+(?:place|force|effect)|valid|active)"
    r"\s+since\s+(?P<year>(?:19|20)\d\d)$"
)


def years_since(body: str) -> list[str] | None:
    """'X is the first … in the nearly 33 years since relations were set up in 1992': the fact
    with its 'since' ('… since relations were set up in 1992'), and the thing's age
    ('Relations were set up in 1992, nearly 33 years ago'), each checked on its own. 'X has
    been in force since 2019': X is in force, and it took effect in 2019."""
    held = _IN_PLACE_SINCE.match(body)
    if held is not None:
        head = held["head"]
        return [f"{head} is {held['state']}", f"{head} took effect in {held['year']}"]
    match = _YEARS_SINCE.search(body)
    if match is None:
        return None
    what = match.group("what")
    return [
        body[: match.start()] + " " + body[match.end() :],
        f"{what[:1].upper()}{what[1:]}, {match.group('span')} ago",
    ]


#: Words that open a clause of its own after ", and": a pronoun subject or a noun phrase's
#: determiner ("…, and the talks …").
_OWN_SUBJECT = frozenset(
    {"he", "she", "they", "it", "the", "a", "an", "its", "their", "his", "her", "this", "these"}
)


def list_end(left: str, right: str, is_verb: Callable[[str], bool]) -> bool:
    """Whether ", and" closes a list the clause before it began ("in A, B, and C and D"): a
    few words with no verb and no subject of their own after a clause that lists with commas."""
    words = re.findall(r"[A-Za-z’'-]+", right)
    return (
        "," in left
        and 0 < len(words) <= 4
        and right[:1].islower()
        and words[0].lower() not in _OWN_SUBJECT
        and not any(is_verb(word) for word in words)
    )


#: "to hold …" after "and": a second infinitive, not "to the UN" or "to Ann".
_INFINITIVE = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|both|each|all|be)\b)[a-z]+\b")


def second_infinitive(left: str, right: str) -> bool:
    """'agreed to A and to B': the same verb's second object, a clause of its own."""
    return bool(_INFINITIVE.match(right)) and bool(re.search(r"\b\w+\s+to\s+[a-z]+", left))
