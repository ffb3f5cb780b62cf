"""Doers of a one-way act named together ("X was received by A and B", "A and B each hosted X"),
and a passive act repeated for a second doer ("X was received by A on May 2 and by B on May 3").

Doers named together may have acted together, so their list usually counts one by one only to
find a contradiction. An act one side does to the other (the lexicon's `one_way_verbs`: receive,
host, welcome, brief …) is whole when each doer did it, together or apart, so each doer's own
claim decides: all backed is the sentence backed; one open leaves it partly supported.
"""

from __future__ import annotations

import re
from functools import cache

from kgvn.check.lexicon import load


@cache
def _one_way() -> re.Pattern[str]:
    stems = sorted(load("words")["one_way_verbs"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(item) for item in stems)})", re.IGNORECASE)


def one_way_by(before: list[str]) -> bool:
    """'… was received by': a passive one-way verb right before the doers' 'by'."""
    return (
        len(before) >= 3
        and before[-1].lower() == "by"
        and before[-3].lower() in {"was", "were", "been", "is", "are"}
        and bool(_one_way().match(before[-2]))
    )


def one_way_after(after: str) -> str | None:
    """'… each received X' after the doers: the words without 'each' or 'also', if one-way."""
    words = re.sub(r"^(?:each|also|separately|both)\s+", "", after)
    first = words.split()[0] if words.split() else ""
    return words if first and _one_way().match(first) and first.lower().endswith("ed") else None


_ELIDED_BY = re.compile(
    r"^(?P<head>\S.*?\b(?:was|were|is|are|been)\s+[a-z]+(?:ed|en|n))\s+by\s+(?P<first>[^,;]+?)"
    r",?\s+and\s+(?:later\s+|then\s+|also\s+)?by\s+(?P<second>[^,;]+?)(?P<end>[.!?]?)$"
)


def elided_by(sentence: str) -> str | None:
    """'X was received by A on May 2 and by B on May 3': the second act written out in full,
    'X was received by A on May 2, and X was received by B on May 3', so each is a claim."""
    match = _ELIDED_BY.match(sentence.strip())
    if match is None:
        return None
    head, end = match.group("head"), match.group("end")
    return f"{head} by {match.group('first')}, and {head} by {match.group('second')}{end}"


_AMOUNT = re.compile(r"(?:\$|US\$|USD|\bmillion\b|\bbillion\b)", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
#: "from $4 million to $9 million": a tail's two figures, which the main clause's two years
#: ("between 2022 and 2024") date in turn.
_FROM_TO = re.compile(
    r"\bfrom\s+(?P<a>[^,;]*?(?:\$|US\$|USD|million|billion)[^,;]*?)\s+to\s+"
    r"(?P<b>[^,;]*?(?:\$|US\$|USD|million|billion)[^,;]*?)(?P<end>[.!?]?)$",
    re.IGNORECASE,
)


def amount_tail(main: str, tail: str, noun: str) -> str | None:
    """', reaching $15 million' closing '… doubled from 2023 to 2024': the figure is the main
    clause's subject's, in the last year it names ('Trade reaching $15 million in 2024'), or in
    the tail's own ('…, reaching $15 million in 2024')."""
    if not noun or not _AMOUNT.search(tail):
        return None
    noun = re.sub(r"(?:\s+(?:[a-z]+ly|almost|also|then|has|have))+$", "", noun)  # "Trade has"
    if _YEARS.search(tail):
        return f"{noun} {tail}"
    years = _YEARS.findall(main)
    span = _FROM_TO.search(tail)
    if span is not None and len(years) >= 2:  # "…, rising from $4 million to $9 million"
        first, last = years[-2], years[-1]
        start = tail[: span.start()]
        return f"{noun} {start}from {span['a']} in {first} to {span['b']} in {last}{span['end']}"
    return f"{noun} {tail} in {years[-1]}" if years else None


#: Words before a list of names that make it one party ('talks between A and B', 'both A and B').
_JOINT = frozenset({"between", "both", "of", "among", "with"})


def joint_list(before: list[str]) -> bool:
    """Whether the names after `before` act as one party; 'met with A and B' is not: whom one
    met, together or apart, is each a meeting of their own."""
    if not before or before[-1].lower() not in _JOINT:
        return False
    return not (before[-1].lower() == "with" and len(before) > 1 and before[-2].lower() == "met")


#: "Trade grew from 2022 to 2024: $4.5 million, $7.5 million and then $13.5 million": a span of
#: years, then after a colon or dash one figure for each year in turn.
_YEARLY = re.compile(
    r"^(?P<head>(?P<subject>.+?)\s+(?P<rest>[a-z].*?\b(?:from|between)\s+(?P<first>(?:19|20)\d\d)"
    r"\s+(?:to|and|through)\s+(?P<last>(?:19|20)\d\d)))\s*(?::|;|\s[—–-])\s+(?P<items>.+?)[.!?]?$"
)
_ITEMS = re.compile(r",\s+(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?")
#: Words a subject of a figure never holds: where the words of a clause's verb begin.
_VERB_START = re.compile(
    r"^(?:[a-z]+ed|has|have|had|was|were|is|are|grew|rose|fell|went|kept|keeps)$"
)


def yearly_figures(sentence: str) -> list[str] | None:
    """The span's clause, and each figure of the list as its subject's in its year in turn
    ('Trade was $4.5 million in 2022'); None unless there is one figure a year."""
    match = _YEARLY.match(sentence.strip())
    if match is None:
        return None
    words = f"{match['subject']} {match['rest']}".split()
    at = next((i for i, word in enumerate(words) if i and _VERB_START.match(word)), None)
    items = [item.strip() for item in _ITEMS.split(match["items"]) if item.strip()]
    years = range(int(match["first"]), int(match["last"]) + 1)
    if at is None or len(items) != len(years) or not all(map(_AMOUNT.search, items)):
        return None
    subject = " ".join(words[:at])
    return [
        f"{match['head']}.",
        *(f"{subject} was {item} in {year}." for item, year in zip(items, years, strict=True)),
    ]
