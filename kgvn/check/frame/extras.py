"""More places where a closing detail the record may not give begins (`tails`).

Each is where a sentence's fact ends and a second, unrecorded one starts, in shapes the
writers of half-true sentences use:

* "… held talks lasting about two hours": how long it went on, with no comma;
* "…, whose FTA took effect in 2016": a fact about the thing just named;
* "…, areas where X holds reserves": a plural noun in apposition with a clause of its own;
* "… ranks 83rd and its investment is set to double": a second clause with a subject of its own;
* "… for consultations with Utopia's first deputy minister": a companion named only by a title,
  whom the record may not name at all.

and where the fact is not the words before the detail but a sentence of its own:

* "X's 2014 visit to Y produced a memorandum": X visited Y in 2014; the visit produced it;
* "The welcome ceremony for X on May 2 in Z included a salute": the ceremony took place then
  and there; it included a salute.

The fact before is checked alone only when the whole sentence is undecided; the detail stays a
claim of its own, so the sentence is at best partly supported, never supported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kgvn.check.frame.participles import past_of
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, Status, Verdict
from kgvn.claim_patterns import MONTH_PATTERN

_AMOUNT = (
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under|more\s+than|"
    r"less\s+than|up\s+to|close\s+to)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|many)"
)
_EXTRA_JOINS = (
    # "… talks lasting about two hours": a duration, said with a participle and no comma
    rf"\s+(?=(?:lasting|running|spanning)\s+{_AMOUNT}\s+(?:minutes?|hours?|days?|weeks?)\b)",
    # "… on May 2 for nearly an hour": how long, with a hedge, after the fact's date (with no
    # date, 'Ann and Bo met for about an hour' says little beside how long)
    rf"(?<=\d)\s+(?=(?:for|over)\s+{_AMOUNT}\s+(?:minutes?|hours?|days?|weeks?)\b)",
    # "… in 2024 thanks to surging exports": a cause, with no comma
    r"\s+(?=(?:thanks\s+to|due\s+to|owing\s+to|because\s+of|on\s+the\s+back\s+of)\s)",
    # "… but then rose sharply": a second verb after 'but', whatever its tense
    r",?\s+but\s+(?=(?:then|later|since|also|soon)\s+[a-z]+)",
    # "…, of which exports made up most": a share of the thing just named
    r",\s+(?=of\s+(?:which|whom)\s)",
    # "… on March 6 that drew hundreds": what the dated event had or did
    r"(?<=\d)\s+(?=(?:that|which)\s+[a-z]+\s)",
    # "… in 1992 and an embassy opened in 2008": a second clause with a subject of its own
    r"\s+and\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){1,2}(?:[a-z]+ed|opened|began|became|grew|rose"
    r"|fell|came|went|was|were|is|are|has|have|had|will)\s)",
    # "… signed on May 2 in the presence of reporters": who else was there
    r"\s+(?=in\s+the\s+presence\s+of\s)",
    # "…, both grown in the highlands", "…, set up by a distiller": what the things just named
    # are, or who made them
    r",\s+(?=(?:both|all|each)\s+[a-z]+(?:ed|en|wn)\s)",
    r",\s+(?=(?:set\s+up|[a-z]+ed|built|run|owned|founded)\s+by\s)",
    # "… Utopia on May 6-7 and Ruritania on May 8": a second place with the verb left out
    rf"\s+and\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:on|in)\s+(?:(?:{MONTH_PATTERN})\b|\d))",
    # "…, whose FTA with X took effect in 2016": something more of the thing just named
    r",\s+(?=whose\s+\S)",
    # "…, areas where X holds reserves", "…, sectors in which …": a plural noun with a clause
    r",\s+(?=[a-z]{3,}s\s+(?:where|in\s+which|on\s+which|for\s+which)\s)",
    # "…, mostly Utopian tin": what the figure is mostly made of
    r",\s+(?=(?:mostly|mainly|largely|chiefly|primarily)\s+[A-Za-z])",
    # "…, just ahead of Utopia": where the one named stands beside another, not on record
    r",\s+(?=(?:just\s+|narrowly\s+|slightly\s+|well\s+|far\s+)?(?:ahead\s+of|behind)\s)",
    # "… and its investment is set to double": a second clause with a subject of its own
    r"\s+and\s+(?=(?:its|their|his|her)\s+(?:[a-z-]+\s+){1,3}"
    r"(?:is|are|was|were|will|would|has|have|had)\s)",
)


#: ", expected to be signed in 2026": a passive infinitive, said of the thing last named.
TAIL_TO_BE = re.compile(
    r",\s+(?P<tail>(?:(?:widely|now|still)\s+)?(?:expected|due|set|scheduled|slated|planned|likely"
    r"|poised|hoped|intended)\s+to\s+be\s+[a-z]+(?:ed|en)\b.*)$"
)

#: ", with exports making up most", ", with the trip pencilled in for 2026": an absolute
#: "with", its noun then a participle (present or past) or a value (`clauses.tail`).
TAIL_WITH = re.compile(
    r",\s+(?P<tail>with\s+(?:[\w$'’.-]+\s+){1,6}(?:[a-z]+ing|[a-z]{3,}ed|worth)\b.*)$"
)


#: "led by A, B and C" between commas after a noun phrase (`clauses.between_commas`): a
#: participle whose list has commas of its own.
LISTED_BY = (
    r"(?:[a-z]+ed|led|driven|headed)\s+by\s+[^,;]{2,40}?(?:,\s+[^,;]{2,40}?)*"
    r",?\s+and\s+[^,;]{2,40}?"
)


@cache
def _joins() -> re.Pattern[str]:
    return re.compile("|".join((*_EXTRA_JOINS, _companion())))


@cache
def _titles() -> list[str]:
    """The last word of every title the lexicon knows, and the nouns for a counterpart."""
    words = {phrase.split()[-1] for phrase, _ in load("words")["roles"]}
    words |= set(load("words")["office_holders"]) | set(load("words")["companion_nouns"])
    return sorted(words, key=len, reverse=True)


def _companion() -> str:
    """' with Utopia's first deputy minister': a closing 'with' whose person has a title and
    no name; a name after the title ('with Minister Ann Lee') is one the record can check."""
    titles = "|".join(re.escape(word) for word in _titles())
    return (
        r"\s+(?=with\s+(?:(?:the|his|her|their|its)\s+|[A-Z][\w’'-]*['’]s\s+)"
        rf"(?:[\w-]+\s+){{0,4}}(?:{titles})s?\s*$)"
    )


def extra_joins(body: str) -> list[re.Match[str]]:
    """Where a closing detail may begin, in the shapes above; never the 'and' of 'between A
    and B'."""
    return [
        match
        for match in _joins().finditer(body)
        if not (
            match.group().strip() == "and"
            and re.search(r"\bbetween\s+[^,;]*$", body[: match.start()])
        )
    ]


_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_DATE = (
    rf"(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?\s+(?:{MONTH_PATTERN}),?\s+\d{{4}}"
    rf"|(?:{MONTH_PATTERN}),?\s+\d{{4}}|\d{{4}})"
)
#: Adjectives of a visit that the fact keeps ('an official visit'); an ordinal or 'first' is a
#: qualifier, and the sentence is then read as a whole.
_KINDS = r"official|state|working"


@cache
def _possessive_visit() -> re.Pattern[str]:
    nouns = "|".join(sorted(load("words")["event_nouns"], key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"^(?P<name>{_NAME})['’]s?\s+(?:(?P<pre>{_DATE})\s+)?(?:(?P<kind>{_KINDS})\s+)?"
        rf"(?:{nouns})\s+to\s+(?P<place>{_NAME})(?:\s+(?:in|on)\s+(?P<post>{_DATE}))?"
        r"\s+(?P<rest>(?!(?:is|was|were|are|has|had|have|took|lasted|began|ended|came)\b)"
        r"[a-z]+\b.*)$"
    )


#: 'The welcome ceremony for X on May 2 in Z included …': an event with its date or place,
#: then what it had.
_EVENT_HAD = re.compile(
    r"^(?P<event>(?:The|An?)\s+[^,;]{3,90}?\s(?:on|in|at)\s[^,;]*?(?:\d|\b[A-Z])[^,;]*?)\s+"
    r"(?P<rest>(?:included|featured|involved|comprised|incorporated|drew|saw)\s+\S.*)$"
)

_DAY = re.compile(r"[A-Za-z]+\s+\d{1,2}\b|\b\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s+[A-Z]")


def _visit(match: re.Match[str]) -> str:
    """'X's 2014 visit to Y' as the sentence 'X visited Y in 2014.'"""
    date = match.group("pre") or match.group("post")
    when = f" {'on' if _DAY.search(date) else 'in'} {date}" if date else ""
    kind = match.group("kind")
    article = "an" if kind and kind[0] in "aeiou" else "a"
    act = f"paid {article} {kind} visit to" if kind else "visited"
    return f"{match.group('name')} {act} {match.group('place')}{when}."


#: A date or a year in what the subject did: then the date is the act's, not the subject's
#: ('X's trip to Y for talks took place in 2019'), and the sentence is one fact.
_DATED_REST = re.compile(rf"\b\d{{4}}\b|\b(?:{MONTH_PATTERN})\b", re.IGNORECASE)
#: What opens a subject's modifier, not its verb ('X's trip to Y for talks …').
_MODIFIER = re.compile(r"(?:for|with|by|in|on|at|from|of|and|as|to|during|under)\b")


#: 'held hour-long talks', 'a 90-minute phone call': how long, said before the noun; the
#: records give no lengths in hours or minutes.
_LENGTH_BEFORE = re.compile(
    r"\b(?P<article>an?\s+)?(?:(?:half-)?(?:hour|minute)-long|[\w.]+-(?:hour|minute))"
    r"\s+(?=[a-z])",
    re.IGNORECASE,
)


def recast_facts(body: str) -> Iterator[tuple[str, str, bool]]:
    """(a fact the sentence states with no verb of its own, the rest as its detail, False);
    a length before the act's noun is such a detail ('held hour-long talks')."""
    length = _LENGTH_BEFORE.search(body)
    if length is not None:
        article = "a " if length.group("article") else ""
        fact = body[: length.start()] + article + body[length.end() :]
        yield fact.strip() + ".", f"how long it lasted: {length.group().strip()}", False
    visit = _possessive_visit().match(body)
    if visit is not None and (visit.group("pre") or visit.group("post")):
        rest = visit.group("rest")
        if not _DATED_REST.search(rest) and not _MODIFIER.match(rest):
            yield _visit(visit), f"the visit {rest}", False
    had = _EVENT_HAD.match(body)
    if had is not None and not _DATED_REST.search(had.group("rest")):
        yield f"{had.group('event')} took place.", had.group("rest"), False


#: Details whose date or place is of something else than the fact: an earlier value ('up from
#: 90th in 2020'), an example ('including images from the 1992 signing'), a sequel ('then flew
#: to Utopolis').
_ELSEWHERE = re.compile(r"(?:up|down)\s+from\b|compared\s+(?:with|to)\b|including\b|then\b")


def dated_details(sentence: str, dates: list[str]) -> Iterator[tuple[str, str]]:
    """(the fact, the detail) of a sentence whose contradicting `dates` are not the fact's: the
    date its subject gives, or dates written only in a detail of the kinds above."""
    body = sentence.strip().rstrip(".!?")
    for fact, detail, _ in recast_facts(body):
        yield fact, detail
    for match in extra_joins(body) + list(re.finditer(r",\s+(?=\S)", body)):
        fact, detail = body[: match.start()].strip(), body[match.end() :].strip()
        if not _ELSEWHERE.match(detail) or len(fact.split()) < 4:
            continue
        if all(date in detail and date not in fact for date in dates):
            yield fact + ".", detail


#: ", though officials gave no timetable": a concessive clause closing the sentence.
_CONCESSIVE = re.compile(r"^(?:though|although|even\s+though|whereas)\s+(?P<clause>\S.{8,})$")


def concessions(sentence: str) -> Iterator[tuple[str, str]]:
    """(the fact, the concessive clause as a sentence of its own) for a sentence that closes
    with ', though …': the clause's own words ('no timetable') are not the fact's."""
    for head, detail, ordered in _tails(sentence):
        found = _CONCESSIVE.match(detail)
        if found is not None and not ordered:
            clause = found.group("clause").rstrip(".!?")
            yield head, clause[:1].upper() + clause[1:] + "."


def _tails(sentence: str) -> Iterator[tuple[str, str, bool]]:
    from kgvn.check.frame.tails import tails  # tails reads this module's joins: imported late

    return tails(sentence)


def in_the_past(phrase: str) -> str:
    """'speaking by phone on May 2' as 'spoke by phone on May 2': a participle phrase set off
    after a subject, said as the verb the records are read by; as it was when no past is
    known ('including …')."""
    first, _, rest = phrase.partition(" ")
    past = past_of(first)
    return f"{past} {rest}".strip() if past else phrase


#: A number said in words or digits: a slot of its own, never an ordinary word.
_NUMBER = re.compile(
    r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions)\b",
    re.IGNORECASE,
)


def uncounted(pieces: list[CheckResult], whole: CheckResult) -> bool:
    """Whether an undecided piece of a sentence gives a number that no part of the whole's
    reading accounts for ('…, and two more have applied'): the whole's record then backs that
    number only by a word it happens to hold, so it does not state the whole sentence."""
    said = " ".join(str(part.text).lower() for part in whole.parts)
    return any(
        number.lower() not in said
        for piece in pieces
        if piece.verdict is Verdict.unverified
        for number in _NUMBER.findall(piece.claim)
    )


def left_open_part(checked: list[CheckResult], whole: CheckResult) -> bool:
    """Whether a piece found a part that a record of the whole states otherwise ('a deal … was
    signed' against one under negotiation): the whole then borrows that part from another."""
    ids = {record.id for record in whole.records}
    kinds = {record.kind for record in whole.records}
    return any(
        atom.verdict is Verdict.unverified
        and any(
            part.status is Status.not_on_record and part.on_record is not None
            for part in atom.parts
        )
        and (ids & {record.id for record in atom.records} or _other_of_kind(atom, ids, kinds))
        for atom in checked
    )


def _other_of_kind(atom: CheckResult, ids: set[str], kinds: set[str]) -> bool:
    """'Utopia ships X to Ruritania, while buying Y from it': the piece's own record (the flow
    the other way) lacks Y, and the whole borrows Y from the record of another flow. Only the
    piece's first record counts: the one its verdict was read from."""
    own = atom.records[:1]
    return any(record.id not in ids and record.kind in kinds for record in own)
