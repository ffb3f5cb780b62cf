"""Reading one slot of a claim from its words: sides, directions, products, kinds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kgvn.claims import (
    Amount,
    Claim,
    parse_claim,
)
from kgvn.records import (
    Agreement,
    Event,
    Investment,
    Statement,
    TradeFigure,
)
from kgvn.text import compiled, fold
from kgvn.vocabulary import (
    AgreementStatus,
    EventKind,
)

if TYPE_CHECKING:
    pass


from kgvn.check.compare.senses import NOT_A_MEETING, TITLE_STEMS
from kgvn.check.compare.welcomes import WELCOMED
from kgvn.check.lexicon import (
    PLACES,
    group_key,
    load,
)
from kgvn.check.result import (
    CheckResult,
    Status,
    Verdict,
    _Outcome,
)

_RISE = re.compile(
    r"\b(?:rose|risen|rise[sn]?|(?:grew|grown|grow(?:s|ing)?)(?! (?:ever |even )?(?:strong|clos)er"
    r"\b)|increas\w*|climb\w*|jump\w*|surg\w*"
    r"|expand\w*|soar\w*|doubl\w*|tripl\w*|up from|rebound\w*|gain\w*|quadrupl\w*|leap\w*"
    r"|leapt|spik\w*|swell\w*|swollen|rocket\w*|boom\w*|higher|(?:was|were|is|are) up(?! to))\b"
)
_FALL = re.compile(
    r"\b(?:fell|fallen|fall(?:s|ing)?|drop\w*|declin\w*|decreas\w*|shr[ai]nk\w*|shrunk|slump\w*"
    r"|plung\w*|down from|contract\w*|halved|slip(?:s|ped|ping)?|dip(?:s|ped|ping)?|sank|sunk"
    r"|tumbl\w*|retreat\w*|lower|(?:was|were|is|are) down(?! to))\b"
)


def _direction(folded: str) -> tuple[str, str] | None:
    """The way a claim says a figure moved: ('fell', 'fall'), ('grew', 'rise'), or None."""
    rise, fall = _RISE.search(folded), _FALL.search(folded)
    if rise and not fall:
        return rise.group(), "rise"
    if fall and not rise:
        return fall.group(), "fall"
    return None


def _goes(folded: str, way: str) -> bool:
    """Whether a text has a word for that way of moving ('rise' or 'fall'), verb or noun."""
    noun = r"\b(?:growth|upturn|progress)\b" if way == "rise" else r"\b(?:downturn|reduction)\b"
    return bool((_RISE if way == "rise" else _FALL).search(folded) or re.search(noun, folded))


_YEAR_SHIFT = re.compile(
    r"\b(?:a|one) year (later|after|earlier|before)\b|\bthe (following|next|previous|prior) year\b"
)


def _opposite_wording(result: CheckResult) -> bool:
    """Whether a result contradicts a claim by a word the record says the opposite way."""
    return any(part.kind == "wording" and part.status is Status.differs for part in result.parts)


def _only_words_unbacked(result: CheckResult) -> bool:
    """Whether a result is unverified only for words its records do not hold."""
    return (
        result.verdict is Verdict.unverified
        and all(part.status is Status.agrees or part.kind == "words" for part in result.parts)
        and any(part.kind == "words" for part in result.parts)
    )


def _span(figure: TradeFigure) -> tuple[int, int]:
    return figure.year_from, figure.year_to


def _compared_figures(
    figures: Sequence[TradeFigure], periods: list[tuple[int, int]]
) -> tuple[TradeFigure, TradeFigure] | None:
    """The two figures a change is measured between: two years written, a year and an
    average written, a span ('between 2022 and 2024'), or one year and the year before."""
    by_span = {_span(figure): figure for figure in figures}
    singles = sorted({first for first, last in periods if first == last})
    ranges = [(first, last) for first, last in periods if first != last]
    if len(singles) == 2 and not ranges:
        base, target = (singles[0], singles[0]), (singles[1], singles[1])
    elif len(singles) == 1 and len(ranges) == 1:
        base, target = ranges[0], (singles[0], singles[0])
        if base not in by_span:  # "tripled between 2022 and 2024, to reach … in 2024"
            base = (ranges[0][0], ranges[0][0])
    elif len(singles) == 1 and not ranges:
        base, target = (singles[0] - 1, singles[0] - 1), (singles[0], singles[0])
    elif len(ranges) == 1 and not singles:
        base, target = (ranges[0][0], ranges[0][0]), (ranges[0][1], ranges[0][1])
    else:
        return None
    if base not in by_span or target not in by_span:
        return None
    return by_span[base], by_span[target]


def _nearest_period(
    claim: Claim, amount: Amount, periods: list[tuple[int, int]]
) -> tuple[int, int] | None:
    where = claim.text.find(amount.text)
    if where < 0:
        return None
    places = {period: claim.text.find(str(period[1])) for period in periods}
    known = {period: place for period, place in places.items() if place >= 0}
    if not known:
        return None
    return min(known, key=lambda period: abs(known[period] - where))


def _years_between(start: str, end: str) -> int:
    return int(end[:4]) - int(start[:4]) - (1 if end[5:10] < start[5:10] else 0)


_TRAVELLERS = (
    r"(?:\s+(?:citizens|nationals|passports?|passport holders|travell?ers|visitors?|people|tourists"
    r"|holders|businesspeople)\b|\s+(?:a|an|to)\s)"
)


def _beneficiary(folded: str) -> str | None:
    """Whose citizens a visa exemption is for, as a country code."""
    found = set()
    for code in PLACES.codes:
        words = PLACES.pattern_for(code, "demonyms")
        if re.search(rf"\b(?:{words}){_TRAVELLERS}|\bfor (?:{words})", folded):
            found.add(code)
    return found.pop() if len(found) == 1 else None


def _granter(folded: str) -> str | None:
    """Which side grants a visa exemption: a country, or its capital for its government."""
    sides = PLACES.pattern("names", "capitals")
    passive = re.search(
        r"\b(?:grant|offer|give|given|provid|waiv|introduc|allow)\w*\s+(?:\w+\s+){0,2}by\s+"
        rf"(?:the\s+)?({sides})\b",
        folded,
    )
    if passive is not None:
        return PLACES.code_of(passive.group(1), "names", "capitals")
    match = re.search(
        rf"({sides})\s+(?:\w+\s+){{0,3}}(?:grant|offer|give|provide|waive|exempt"
        r"|introduc|allow|does not require|doesn't require|lets)"
        rf"|({sides})\s+(?:is|was|remains)\s+(?:among|one of)\s+[^.;]*?"
        r"\b(?:to|that|which)\s+(?:\w+\s+)?(?:grant|offer|give|provide|waive|exempt|allow)",
        folded,
    )
    if match is None:
        return None
    return PLACES.code_of(match.group(1) or match.group(2), "names", "capitals")


_VISA_EXEMPTION = re.compile(
    r"visa[- ]free|visa[- ]exempt\w*|visa waiver|exempt\w*\s+(?:[\w'’]+\s+){0,5}(?:from\s+)?visas?"
    r"|waiv\w*\s+(?:\w+\s+){0,3}visas?|visas?\s+(?:are\s+|were\s+)?waived|without\s+(?:a\s+|any\s+)?visas?"
    r"|\bno\s+visas?|(?:not|n't|no longer|never)\s+(?:need|require)\w*\s+(?:\w+\s+){0,2}visas?"
)
_VISA_REQUIRED = re.compile(
    r"(?:need|require|must (?:obtain|apply for|get|have))\w*\s+"
    r"(?:a\s+|an\s+|any\s+)?(?:\w+\s+)?visas?"
)


def _record_days(policies: Sequence[Agreement], statements: Sequence[Statement]) -> float | None:
    for statement in statements:
        if statement.value is not None and statement.unit and "day" in fold(statement.unit):
            return statement.value
    for policy in policies:
        durations = parse_claim(policy.title).durations or parse_claim(policy.summary).durations
        if durations:
            return durations[0].days
    return None


def _investment_sides(folded: str) -> tuple[str | None, str | None]:
    """(investor, host) as country codes, from 'Utopian investment in Ruritania' and its kin."""
    investors: list[tuple[int, str]] = []
    host = None
    for code in PLACES.codes:
        words = PLACES.pattern_for(code, "names", "demonyms")
        match = re.search(
            rf"(?<!\bin )(?<!\binto )(?<!\bto )\b(?:{words})\w*(?:-\w+)?(?:'s)?\s+(?:\w+\s+){{0,3}}"
            r"(?:invest|project|capital)"
            rf"|invest\w*\s+(?:\w+\s+){{0,2}}(?:from|by)\s+(?:{words})"
            rf"|\b(?:{words})\w*-(?:invested|funded|backed|owned|financed)\b",
            folded,
        )
        owner = re.search(rf"\b(?:{words})\w*['’]s\s+(?:[\w-]+\s+){{0,3}}investors?\b", folded)
        if owner is not None:
            host = host or code  # "Utopia's 83rd largest investor": one investing in Utopia
        elif match is not None:
            investors.append((match.start(), code))
        places = PLACES.pattern_for(code, "names", "provinces")
        if host is None and re.search(rf"\b(?:in|into|to)\s+(?:{places})\b", folded):
            host = code
    investor = min(investors)[1] if investors else None
    if investor and host and investor == host:
        return investor, None
    return investor, host


def _investment_subject(record: Investment) -> str:
    investor = PLACES.demonym(record.investor.upper())
    host = PLACES.label(record.host.upper())
    return f"{investor} investment in {host}"


def _event_place(signing: Event | None, events: Sequence[Event]) -> str | None:
    """Where a signing happened: its own place, else that of the talks the same day."""
    if signing is None:
        return None
    if signing.place:
        return signing.place
    same_day = [event for event in events if event.date == signing.date and event.place]
    shared = {event.place for event in same_day if event.kind is not EventKind.visit}
    return next(iter(shared)) if len(shared) == 1 else None


def _exporter(folded: str) -> str | None:
    """Which side sells, from 'X exports … to Y', 'X's exports', 'Y imports … from X'."""
    sides = PLACES.pattern("names", "demonyms")
    between = r"\W*(?:s\s+)?(?:\w+\s+){0,3}\b"
    selling = re.search(
        rf"({sides}){between}(?:export\w*|sells?|selling|sold|ship(?:s|ped|ping|ments?)?"
        r"|sends?|sending|suppl(?:y|ies|ied|ying))\b",
        folded,
    )
    buying = re.search(rf"({sides}){between}(?:import(?:s|ed|ing)?|buy\w*|bought)\b", folded)
    if selling:
        return PLACES.code_of(selling.group(1))
    if buying:
        buyer = PLACES.code_of(buying.group(1))
        return PLACES.other(buyer) if buyer else None
    return None


def _named_products(folded: str, products: Iterable[str]) -> list[str]:
    found = []
    for product in products:
        key = fold(product)
        stem = key[:-1] if key.endswith("s") else key
        stems = {stem} | ({stem.split()[0]} if " " in stem and len(stem.split()[0]) > 4 else set())
        if any(compiled(rf"\b{re.escape(item)}").search(folded) for item in stems):
            found.append(product)
    return found


#: 'PMs sign deal': a signing in a headline's present tense.
_HEADLINE_SIGNS = re.compile(r"\b(?:signs?|inks?|seals?|concludes?)\b(?!\s+(?:up|off)\b)")


#: 'Negotiations on X have been concluded', 'wrapped up talks on X': the talks told as over,
#: never 'agreed to conclude negotiations' (a step still to come).
_TALKS_ENDED = re.compile(
    r"\b(?:negotiations|talks)\b(?:(?!\bto\b)[^.;]){0,80}?\b(?:have|has|had|were|was|are|is)\s+"
    r"(?:now\s+|already\s+|successfully\s+|finally\s+)*(?:been\s+)?"
    r"(?:concluded|completed|finali[sz]ed|finished|wrapped up|over)\b"
    r"|(?<!to )\b(?:concluded|completed|finali[sz]ed|finished|wrapped up)\s+(?:the\s+|their\s+)?"
    r"(?:negotiations|talks) (?:on|over|for)\b"
)


def _claimed_status(claim: Claim) -> AgreementStatus | None:
    folded = claim.folded
    if re.search(r"\byet to (?:be )?(?:sign|conclude|ink)", folded):
        return AgreementStatus.signed  # "have yet to sign": a signing the claim denies
    if _TALKS_ENDED.search(folded):
        return AgreementStatus.signed  # "negotiations have been concluded": no longer under way
    if re.search(
        r"\b(?:negotiat|to sign|will sign|plan to sign|aim to sign|work towards|pending|promot"
        r"\w* (?:the )?(?:signing|conclusion)"
        r"|(?:push|advanc|accel|resum|promot)\w* (?:for |forward )?talks (?:on|towards?))",
        folded,
    ):
        return AgreementStatus.under_negotiation
    if re.search(
        r"\b(?:in force|took effect|takes effect|in effect|implement"
        r"|came into force|entered into force)",
        folded,
    ):
        return AgreementStatus.in_force
    if re.search(
        r"\b(?:possib|consider|propos|moot|floated|explor|study|look(?:s|ed|ing)? into|feasib"
        r"|potential (?:establishment|creation|formation|setting))",
        folded,
    ):
        return AgreementStatus.proposed
    if re.search(  # 'backed the creation of X', 'decided to set up X': agreeing to X, not X done
        r"\b(?:agreed|decided|resolved) to (?:support|back|endorse|set up|establish|create)"
        r"|\b(?:back(?:s|ed)?"
        r"|support(?:s|ed)?|endorse[sd]?|favou?r(?:s|ed)?) (?:the )?"
        r"(?:creation|establishment|setting[- ]up|formation) of\b",
        folded,
    ):
        return AgreementStatus.agreed_in_principle
    if re.search(
        r"\b(?:signed|inked|concluded|sealed|exchanged|set up|established|created|launched"
        r"|formed|founded|adopted|have|has|had)\b",
        folded,
    ):
        return AgreementStatus.signed
    if not claim.text.rstrip().endswith((".", "!", "?")) and _HEADLINE_SIGNS.search(folded):
        return AgreementStatus.signed  # a headline's present tense tells a past act
    return None


def _status_compatible(claimed: AgreementStatus, on_record: AgreementStatus) -> bool:
    if claimed is on_record:
        return True
    loose = {
        AgreementStatus.agreed_in_principle: {AgreementStatus.under_negotiation},
        AgreementStatus.proposed: {AgreementStatus.agreed_in_principle},
        AgreementStatus.signed: {AgreementStatus.in_force},  # in force means signed, at some date
    }
    return on_record in loose.get(claimed, set())


_STAY = r"(?:'s|\bhis|\bher|\btheir) stay\b"  # 'the premier's stay in X': his visit
_EVENT_WORDS: list[tuple[str, set[EventKind]]] = [
    (
        r"diplomatic|established (?:relations|ties)"
        r"|\b(?:relations|ties)\s+(?:between\s+(?:\w+\s+){1,4}?)?(?:were\s+|was\s+|had been\s+)?"
        r"(?:\w+\s+)?(?:established|set up|forged)"
        r"|\b(?:relations|ties)\s+(?:between\s+(?:\w+\s+){1,4}?)?"
        r"(?:date[sd]?|dating|go(?:es)?|going|went)\s+back\b",
        {EventKind.diplomatic_relations},
    ),
    (r"recogni(?:[sz]|tion)", {EventKind.recognition}),
    (
        r"(?:declar\w*|gain\w*|proclaim\w*|won)\s+(?:its\s+)?independence|became independent"
        r"|independence (?:on|in)",
        {EventKind.independence},
    ),
    (r"phone|telephone|\bcall(?:ed)?\b|spoke by", {EventKind.phone_call}),
    (rf"receiv\w*|reception|{WELCOMED}|hosted", {EventKind.reception, EventKind.ceremony}),
    (
        rf"\bmet\b|\bmeet(?:ing|s)?\b{NOT_A_MEETING}|\bs[ai]t(?:s|ting)? down with\b",
        {EventKind.talks, EventKind.reception},
    ),
    (r"talks|negotiations? with", {EventKind.talks, EventKind.phone_call}),
    (r"ceremony", {EventKind.ceremony}),
    (r"exhibition", {EventKind.exhibition}),
    (r"\bsign(?:ed|ing)\b", {EventKind.signing}),
    (r"invit\w*", {EventKind.invitation}),
    (rf"visit\w*|\btrip\b|{_STAY}|travel\w*|came to|went to|\barriv\w*", {EventKind.visit}),
]
#: Kinds of event that happen once between the two countries: another date contradicts them.
_ONCE_ONLY = frozenset(
    {EventKind.independence, EventKind.recognition, EventKind.diplomatic_relations}
)
#: When these kinds are named, the claim is about them alone (a visit's reception is a reception).
_EXCLUSIVE = [
    {EventKind.diplomatic_relations},
    {EventKind.recognition},
    {EventKind.independence},
    {EventKind.phone_call},
]
_DESTINATION = re.compile(
    r"\bto (?:(?:pay (?:an? )?(?:official |state )?visit|visit|travel|come) (?:to )?)?"
    rf"({PLACES.pattern('names', 'capitals')})\b"
)
_ARRIVAL = re.compile(r"\b(?:arriv\w*|began|begun|begins|started|starts|kicked off|landed)\b")
_DEPARTURE = re.compile(r"\b(?:left|leaves|depart\w*|ended|ends|concluded|wrapped up)\b")
_SINCE_YEAR = re.compile(r"\bsince\b.*?\b(\d{4})\b")
_INVITED_VISIT = re.compile(
    r"\b(?:at|on) (?:the )?invitation of\b|\binvited by\b"
    r"|\b(?:at|on) [a-z' -]{2,40}?'s? invitation\b"
)
#: The verb whose doer decides an event of each kind: the host receives, the inviter invites.
_AGENT_VERBS: dict[EventKind, str] = {
    EventKind.invitation: r"invit(?:e|es|ed|ing)\b|invitation\s+(?:of|from)\b",
    EventKind.reception: (
        r"receiv(?:e|es|ed|ing)\b|welcom(?:e|es|ed|ing)\b(?!\s+ceremon)|host(?:s|ed|ing)?\b"
        r"|greet(?:s|ed|ing)?\b"
    ),
    EventKind.ceremony: (
        r"host(?:s|ed|ing)?\b|welcom(?:e|es|ed|ing)\b(?!\s+ceremon)|greet(?:s|ed|ing)?\b"
        r"|presid(?:e|es|ed|ing)\s+over\b|chair(?:s|ed|ing)?\b"
    ),
}


_TRAVELLED = re.compile(
    r"visit|\btrip\b|travel\w*|\b(?:came|come|comes|went|flew|headed|journeyed) to\b|\barriv"
)


def _event_kinds(claim: Claim) -> set[EventKind]:
    if _INVITED_VISIT.search(claim.folded) and _TRAVELLED.search(claim.folded):
        return {EventKind.visit}  # "visited at the invitation of": the visit, not the invitation
    found: set[EventKind] = set()
    matched: list[set[EventKind]] = []
    for pattern, kinds in _EVENT_WORDS:
        if compiled(pattern).search(claim.folded):
            matched.append(kinds)
            found |= kinds
    for exclusive in _EXCLUSIVE:
        if exclusive in matched:
            return set(exclusive)
    specific = [kinds for kinds in matched if EventKind.visit not in kinds]
    if specific:
        # "received during his visit": the reception, not the visit itself
        narrowed: set[EventKind] = (
            set.intersection(*specific) if len(specific) > 1 else set(specific[0])
        )
        return narrowed or set().union(*specific)
    return found


_SIDE_WORD = re.compile(rf"\b({PLACES.pattern()})\b(?:'s?)?\s+")
_FILLER = frozenset({"a", "an", "the", "s", "its", "is", "as", "and", "to", "of"})
#: Words that say nothing of what a country does: 'with', 'highly' ('values it highly').
_FUNCTION = frozenset(load("words")["function_words"])
_ADVERB = re.compile(r"[a-z]{3,}ly")


_OF_SIDE = re.compile(rf"\b([a-z]+) of (?:the )?({PLACES.pattern()})\b")
#: ', and is ready', 'and stands ready': a second verb of the clause after an object.
_AND_PREDICATE = re.compile(
    r"\s*,?\s*\band\s+(?:also\s+)?(?:is|are|was|were|has|have|had|will|would|can|could"
    r"|[a-z]+(?:s|ed))\b(?!['’])"
)


def _side_contexts(folded: str, of_phrases: bool = False) -> set[tuple[str, str]]:
    """(country, the next word that says something) for each country named: 'utopia's
    development' gives ('KG', 'develop'); with `of_phrases`, a record's 'the government of
    Utopia' also gives ('KG', 'govern'), the claim's 'the Utopian government'."""
    found = set()
    for match in _SIDE_WORD.finditer(folded):
        if _AND_PREDICATE.match(folded, match.end()):
            continue  # 'A supports B and is ready to …': what follows B is said of A
        side = PLACES.code_of(match.group(1)) or ""
        following = [
            word
            for word in re.findall(r"[a-z]+", folded[match.end() : match.end() + 40])
            if word not in _FILLER and word not in _FUNCTION and not _ADVERB.fullmatch(word)
        ]
        if following:
            # a word and its synonyms read alike: 'rising role' is 'growing role'
            word = following[0]
            # by its stem: 'leader' is not 'leadership', though both open with 'leade'
            found.add((side, group_key(word)))
    for match in _OF_SIDE.finditer(folded) if of_phrases else ():
        word = match.group(1)
        if word not in _FILLER and word not in _FUNCTION:
            side = PLACES.code_of(match.group(2)) or ""
            found.add((side, group_key(word)))
    return found


_VISITED = re.compile(
    r"\b(?:visit\w*|trip|travel\w*|went|came|arrived|delegation)(?:\s+(?:to|in))?\s+"
    rf"({PLACES.pattern('names', 'capitals')})\b"
)


def _destination(folded: str) -> str | None:
    """The country a text says someone visited, as a code."""
    match = _VISITED.search(folded)
    if match is None:
        return None
    return PLACES.code_of(match.group(1), "names", "capitals")


def _sides_swapped(claim: str, record: str) -> bool:
    """Whether the claim puts a country where the record puts the other one."""
    theirs = _side_contexts(record, of_phrases=True)
    for side, word in _side_contexts(claim):
        if (side, word) not in theirs and any(  # a title's country is checked with the title
            other != side and other_word == word not in TITLE_STEMS for other, other_word in theirs
        ):
            return True
    return False


def _written(claim: Claim, phrase: str) -> str:
    """`phrase`, found folded in the claim, as the claim writes it."""
    where = claim.folded.find(phrase)
    if where < 0 or len(claim.folded) != len(claim.text):
        return phrase
    return claim.text[where : where + len(phrase)]


def _before_interval(claim: Claim, outcome: _Outcome) -> Claim:
    """The claim up to a compared time between two events ("17 days after the phone call"): the
    words after it name the other event, whose manner and order the interval already compared."""
    for part in outcome.parts:
        if part.kind in ("interval", "order"):  # the other event after it is compared
            at = claim.folded.find(fold(part.text))
            comma = claim.folded.find(",", at) if at == 0 else -1
            if at > 0 or comma > 0:  # "17 days after the call, X arrived": the main clause
                return replace(claim, folded=claim.folded[:at] or claim.folded[comma + 1 :])
    return claim
