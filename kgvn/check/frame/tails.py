"""A closing detail joined to a fact: "X did Y on DATE, meeting Z", "…, along with a gift",
"…, where a banquet was held", "… and presented him with a painting".

When the whole sentence is undecided, the fact before the detail is checked alone: if the record
supports it, the sentence is partly supported, the detail being one more claim the record does
not decide. The detail is never dropped silently: it stays an atomic claim of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgvn.check.frame.extras import extra_joins, recast_facts
from kgvn.check.lexicon import load

#: Where a closing detail begins: a comma before a participle, "with", "along with", "where",
#: "including", "particularly", "mainly" (an example or a share the record may not give),
#: "to be", "after/before" + "-ing", a noun in apposition; "and" before a verb in the past.
_JOINS = re.compile(
    r",\s+(?!(?:excluding|according|regarding|concerning|notably|especially)\b)"
    r"(?=(?:[a-z]+ing|held|made|led|backed|driven|followed|accompanied|(?:along|together)\s+with|with"
    r"|where|which|who|to\s+be|a|an|including|particularly|mainly|(?:after|before|while)\s+[a-z]+ing|after\s+years"
    r"|up\s+from|down\s+from)\b)"
    r"|\s+and\s+(?=[a-z]+ed\s|[a-z]+s\s+(?:a|an|the|its|their|his|her|some|more)\s)"
    r"|\s+(?:after|before)\s+(?=(?:the|a|an|his|her|their|its)?\s*(?:[\w-]+\s+){0,3}"
    r"(?:[a-z]+ed|[a-z]+ing)\s)"
    rf"|\s+and\s+(?=(?:{'|'.join(sorted(load('words')['verbs']))})\s)"
    # "… and hopes to double trade", "… and would return": a plan joined to a fact
    r"|\s+and\s+(?=(?:[a-z]+s\s+to|would|will|could|might|plans?\s+to|intends?\s+to)\s)"
    # "… in 2014 to attend a conference": a purpose after the fact's date
    r"|(?<=\d)\s+(?=to\s+[a-z][a-z-]{2,}\s)"
    # "… in 2014 for political consultations": what the trip was for, after its date
    r"|(?<=\d)\s+(?=for\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}(?:consultations?|talks|negotiations"
    r"|discussions|meetings?|conference|summit|forum)\b)"
    # "… along with a traditional gift": a thing brought in with no comma before it
    r"|\s+(?=(?:along|together)\s+with\s+(?:a|an)\s)"
    # "… with a delegation of 50": who came along
    r"|\s+(?=with\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:delegation|entourage|group|team|retinue)\b)"
    # "…, mostly in the capital": how the fact is spread (never a superlative, a qualifier)
    r"|,\s+(?=(?:mostly|mainly|largely|chiefly)\s+(?:in|from|at|by|through|via)\s)"
    # "… amid a recovery", "… and was followed by a trip": a setting or a sequel joined on
    r"|\s+(?=amid(?:st)?\s)"
    r"|\s+and\s+(?=(?:was|were)\s+[a-z]+ed\s+by\s)"
    # "…, worth $20 million", "…, most living in the capital": a value or a spread put after
    r"|,\s+(?=worth\s)"
    r"|,\s+(?=(?:most|many|some|all)\s+(?:of\s+them\s+)?[a-z]+ing\s)"
    # "… during a 45-minute call": how long it lasted
    r"|\s+(?=(?:during|in|after|over)\s+(?:a|an)\s+[\w]+-(?:minute|hour|day|week)\s)"
    r"|\s+(?=for\s+(?:\d+|two|three|four|five|six|several|many)\s+(?:minutes|hours|days)\b)"
    # "… in a warm atmosphere", "… at the head of a delegation": how it went, who came along
    r"|\s+(?=in\s+an?\s+(?:[a-z]+\s+){0,3}atmosphere\b|at\s+the\s+head\s+of\s)"
    # "…, its main buyer in Asia", "…, shortly before his departure" (a superlative of its own,
    # "the highest ever", is left to the whole sentence: dev holds it unverified)
    r"|,\s+(?=(?:its|their|his|her)\s+(?:main|biggest|largest|top|chief)\s)"
    r"|,\s+(?=(?:shortly|just|soon|days|hours|weeks)\s+(?:before|after)\s)"
    # "…, the year the two countries …", "…, two sectors where …": a noun in apposition that
    # says more of the year or the things just named
    r"|,\s+(?=the\s+(?:year|month|week|day)\s+(?:that\s+|when\s+)?(?:the|a|an|its|their)\s)"
    r"|,\s+(?=(?:two|three|four|both)\s+[a-z]+\s+(?:where|which|that|in\s+which)\s)"
    # "…, in the coastal city of Utopolis": a place in apposition
    r"|,\s+(?=in\s+the\s+(?:[a-z-]+\s+){0,3}of\s+[A-Z])"
    # "… on May 2 attended by 200 guests": who or what the event had, after its date
    r"|(?<=\d)\s+(?=(?:attended|marked|featuring|accompanied|witnessed|watched)\b)"
    # "… on the Inner Sea, internationally known as …": another name for the thing just named
    r"|,\s+(?=(?:[a-z]+ly\s+|also\s+|otherwise\s+)?(?:known|referred\s+to)\s+as\s)"
)
#: "greeted with a 21-gun salute at …": how something was done, a thing the sentence brings in
#: ('a', 'an'); a name after 'with' is who took part, never a detail.
_WITH_THING = re.compile(
    r"\s+with\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:at|in|on|during|for)\s)"
)
_CONNECTIVES = sorted(load("words").get("detail_connectives", []), key=len, reverse=True)
#: ", although …", ", partly thanks to …": a connective of the lexicon after a comma.
_CONNECTIVE = re.compile(
    rf",\s+(?=(?:{'|'.join(re.escape(word) for word in _CONNECTIVES) or '(?!)'})\b)"
)
_CONTENT = re.compile(r"[A-Za-z]{4,}")


#: A venue of two or more capitalised words ('at the Presidential Palace'); not one word or an
#: acronym ('at the UN'), which is more often the forum a claim is about than a venue.
_NAMED_PLACE = re.compile(
    r"\s+(?:at|in|inside)\s+the\s+[A-Z][a-z][\w-]*(?:\s+(?:of\s+)?[A-Z][a-z][\w-]*)+"
    r"(?:\s+(?:headquarters|building|palace|hall|office|compound|residence|complex)\b)?"
)
_ORDER = re.compile(r"\s+(?:after|before)\s+$")
_PRONOUN = re.compile(r"\b(?:it|them|this|that|these|those)\b")


def tails(sentence: str) -> Iterator[tuple[str, str, bool]]:
    """(the fact, the detail, whether the detail is a thing the fact came after or before) for
    each place a closing detail may begin, the latest first."""
    body = sentence.strip().rstrip(".!?")
    joins = sorted(
        [*_JOINS.finditer(body), *_CONNECTIVE.finditer(body), *extra_joins(body)],
        key=lambda m: m.start(),
    )
    for match in reversed(joins):
        head, tail = body[: match.start()].strip(), body[match.end() :].strip()
        if len(head.split()) < 4 or len(_CONTENT.findall(tail)) < 2:
            continue
        ordered = bool(_ORDER.search(match.group() + " "))
        if ordered and _PRONOUN.search(tail):
            continue  # "before Ann did it": an order between things the sentence names twice
        yield head + ".", tail, ordered
        if not ordered:
            yield from _placed(head, tail)
    yield from _placed(body, "")
    yield from recast_facts(body)


def _placed(body: str, tail: str) -> Iterator[tuple[str, str, bool]]:
    """The fact without a named place the record may not give ('at the Presidential Palace'),
    or without how it was done ('with a 21-gun salute')."""
    for match in [*_NAMED_PLACE.finditer(body), *_WITH_THING.finditer(body)]:
        rest = (body[: match.start()] + body[match.end() :]).strip()
        if len(rest.split()) >= 4:
            detail = "; ".join(item for item in (match.group().strip(), tail) if item)
            yield rest + ".", detail, False


#: A closing detail that is a clause of its own ('although exchanges have been limited'): a
#: concessive connective, then a subject and a finite verb.
_OWN_CLAUSE = re.compile(
    r"^(?:although|though|even though|whereas|but)\s+(?P<clause>(?:[\w’'-]+\s+){1,6}"
    r"(?:has|have|had|is|are|was|were|remain(?:s|ed)?|[a-z]+ed)\b.*)$"
)


#: "with trade of just $7.5 million in 2023": a figure said of a thing, after 'with'.
_WITH_FIGURE = re.compile(
    r"^with\s+(?P<clause>[a-z][\w\s'’-]{2,40}?\s+(?:of|at|worth)\s+[^,;]*\d[^,;]*)$"
)


def own_clause(tail: str) -> str | None:
    """The closing detail as a sentence of its own, when it is a full clause that a record may
    decide alone ('although exchanges have been limited' → 'Exchanges have been limited.'), or
    a figure said of a thing ('with trade of $7.5 million in 2023' → 'Trade of $7.5 million in
    2023.')."""
    match = _OWN_CLAUSE.match(tail.strip()) or _WITH_FIGURE.match(tail.strip())
    if match is None:
        return None
    clause = match.group("clause").rstrip(".!?")
    return clause[:1].upper() + clause[1:] + "."


#: "The two deputy ministers", "Both sides": people named by a plural noun, not by name.
_PEOPLE_SUBJECT = re.compile(
    r"^((?:The|Both)\s+(?:two\s+)?(?:[a-z-]+\s+){0,2}(?:ministers|leaders|sides|premiers"
    r"|presidents|diplomats|officials|delegations|countries|parties))\s+[a-z]+"
)
#: "internationally known as Y" after "… the X": another name, said of the thing named last.
_KNOWN_AS = re.compile(r"^(?:[a-z]+ly\s+|also\s+|otherwise\s+)?(?:known|referred\s+to)\s+as\s")
_LAST_NAMED = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[.!?]?$")


def with_subject(fact: str, tail: str, verbs: frozenset[str]) -> str | None:
    """A closing detail that opens with a verb in the past ('… and handed over a letter'), with
    the fact's subject put back: a sentence of its own that a record may decide alone; or
    another name for the thing the fact names last ('…, internationally known as Y')."""
    named = _LAST_NAMED.search(fact) if _KNOWN_AS.match(tail) else None
    if named is not None:
        thing = named.group().rstrip(".!?")
        return f"{thing[:1].upper()}{thing[1:]} is {tail.rstrip('.!?')}."
    first = tail.split(maxsplit=1)[0] if tail.strip() else ""
    if not (first in verbs or re.fullmatch(r"[a-z]{3,}ed", first)):
        return None
    subject = re.match(r"^((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+[a-z]+", fact)
    if subject is None or subject.group(1) in ("The", "A", "An", "It", "They"):
        subject = _PEOPLE_SUBJECT.match(fact) or _GROUP_SUBJECT.match(fact)
    if subject is None:
        return None
    return f"{subject.group(1)} {tail.rstrip('.!?')}."


#: A subject that names people by number and title: 'The two deputy ministers', 'Both sides'.
_GROUP_SUBJECT = re.compile(
    r"^((?:The\s+two|Both)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s)\s+(?:[a-z]+ed|met|held|agreed)\b"
)
