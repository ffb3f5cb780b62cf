"""A concessive aside between commas, said plainly: "Trade, though growing, is not sustainable"
is "Trade is growing but is not sustainable" (kgvn/check/frame/recast.py).

Left between commas, the aside reads as a closing detail: the fact before it loses its verb
("Trade.") and the aside its subject ("though growing, is not …"), so neither can be checked.
Said with the subject put back, each half is a clause a record may decide.
"""

from __future__ import annotations

import re

#: "X, though growing gradually, is …": a subject, a concessive word, what it concedes (a
#: participle, an adjective or 'not …', never a clause with a verb of its own), then the verb.
_ASIDE = re.compile(
    r"^(?P<np>[^,;]{3,120}?),\s+(?:even\s+though|though|although|albeit|while\s+still|if)\s+"
    r"(?P<mod>(?!(?:this|that|there|the|a|an)\b)[^,;]{3,80}?),\s+"
    r"(?P<verb>is|are|was|were|has|have|had|remains|remain|remained|stays|stay|stayed|[a-z]+s)\b"
    r"(?P<rest>[^;]*)$"
)
#: The form of 'to be' that goes with each verb the main clause may open with.
_BE = {
    "is": "is", "has": "is", "remains": "is", "stays": "is",
    "are": "are", "have": "are", "remain": "are", "stay": "are",
    "was": "was", "had": "was", "remained": "was", "stayed": "was", "were": "were",
}  # fmt: skip
#: What the aside concedes must be a state ('growing gradually', 'small', 'not yet …'), not a
#: clause ('though Ann said so'): its words hold no finite verb.
#: 'though it has grown in recent years': a clause whose subject is the pronoun for the one
#: the aside interrupts, so what it says is said of that subject.
_PRONOUN_CLAUSE = re.compile(
    r"^(?:it|they|he|she)\s+(?P<what>(?:has|have|had|is|are|was|were|remains?|remained)\s[^,;]+)$"
)
#: The verbs after which the framer splits a clause at 'but'.
_BUT_SPLITS = frozenset({"is", "are", "was", "were", "has", "have", "had"})
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|did|does|do)\b")


#: "X remains small even though trade has grown": a concessive clause (a subject and a finite
#: verb of its own) with no comma before it, which a comma sets off as the clause it is.
_BARE_CONCESSIVE = re.compile(
    r"(?<=[a-z0-9%])\s+(?P<word>even\s+though|although)\s+(?=(?:[\w'’-]+\s+){1,8}?"
    r"(?:has|have|had|is|are|was|were|remains?|remained)\s)"
)


def concessive(sentence: str) -> str:
    """The sentence with a concessive aside between commas said as a clause of its own, or
    the sentence itself (a concessive clause with no comma before it given one)."""
    sentence = _BARE_CONCESSIVE.sub(lambda found: f", {found['word']} ", sentence)
    body = sentence.strip()
    stop = body[-1] if body[-1:] in ".!?" else ""
    match = _ASIDE.match(body.rstrip(".!?"))
    if match is None:
        return sentence
    verb, mod = match["verb"], match["mod"]
    clause = _PRONOUN_CLAUSE.match(mod)
    if clause is not None:  # 'though it has grown': the pronoun is the subject
        state = clause["what"]
    elif _FINITE.search(mod) or (verb not in _BE and not re.search(r"[a-z]ing\b", mod)):
        return sentence  # a clause of its own, or a bare state before a verb 'to be' can't join
    else:
        # 'Trade, though rising, lacks …': a verb in '-s' after a state in '-ing' ('is rising')
        state = f"{_BE.get(verb, 'is')} {mod}"
    # 'but' splits off a verb 'to be' or 'to have' only ('but remains …', 'but ranks …' are no
    # clause of their own): any other verb takes the subject again
    joined = " but " if verb in _BUT_SPLITS else f"; {match['np']} "
    return f"{match['np']} {state}{joined}{verb}{match['rest']}{stop}"


#: "…, with a view to elevating ties": a purpose, said plainly ('towards'), not a closing
#: detail that a comma and 'with' would split off.
_VIEW_TO = re.compile(r",?\s+with\s+(?:a|the)\s+view\s+to(?:wards)?\b", re.IGNORECASE)


def purpose(sentence: str) -> str:
    """The sentence with 'with a view to' said as 'towards'."""
    return _VIEW_TO.sub(" towards", sentence)


#: "has yet to meet its potential": falling short of it, said in the record's words; read as a
#: meeting not held ('meet'), it would deny the talks.
_SHORT_OF = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were)\s+)?(?:yet|still)\s+to\s+"
    r"(?:meet|match|reach|fulfil+|live\s+up\s+to|reali[sz]e)"
    r"(?:\s+(?:its|their|the|(?:each|either)\s+(?:side|country)[’']s|both\s+(?:sides|countries)[’']?))?"
    r"(?:\s+full)?\s+potential\b",
    re.IGNORECASE,
)


def short_of(sentence: str) -> str:
    """The sentence with 'has yet to meet/reach its potential' said as 'is short of potential'."""
    return _SHORT_OF.sub("is short of potential", sentence)


#: "Trade rose by $6m in 2024, to $13.5m from $7.5m": a change by an amount, then the levels it
#: went between set off by a comma. Three amounts in one clause are not read as one change.
_BY_THEN_LEVELS = re.compile(
    r"^(?P<np>[^,;]{3,80}?)\s+(?P<verb>[a-z]+ed|rose|grew|fell)\s+by\s+(?P<by>[^,;]{2,30}?)"
    r"\s+in\s+(?P<year>\d{4}),\s+to\s+(?P<to>[^,;]{2,30}?)\s+from\s+(?P<rest>[^,;]{2,60})$"
)


#: A piece of a clause: no comma, save one between two digits ('7,5 million').
_PIECE = r"(?:[^,;]|(?<=\d),(?=\d))"
#: "Trade rose 80 percent in 2024, from $7.5m in 2023 to $13.5m": the change, then the levels
#: from and to, the later one in the change's year.
_CHANGE_THEN_FROM_TO = re.compile(
    rf"^(?P<np>[^,;]{{3,80}}?)\s+(?P<verb>[a-z]+ed|rose|grew|fell)\s+(?:by\s+)?(?P<by>{_PIECE}{{2,30}}?)"
    rf"\s+in\s+(?P<year>\d{{4}}),\s+from\s+(?P<rest>{_PIECE}{{2,60}}?)\s+to\s+(?P<to>{_PIECE}{{2,30}}?)$"
)


#: The time of the level a change started from: 'in 2023', 'the year before'.
_OWN_TIME = re.compile(
    r"\b(?:in \d{4}|the (?:year|previous year) before|a year (?:earlier|before))$"
)


def levels_after_change(sentence: str) -> str:
    """'X rose by A in Y, to B from C' (or ', from C to B') said as two clauses with the
    subject and the year: 'X rose by A in Y; X rose to B in Y from C'."""
    body = sentence.strip()
    stop = body[-1] if body[-1:] in ".!?" else ""
    match = _BY_THEN_LEVELS.match(body.rstrip(".!?")) or _CHANGE_THEN_FROM_TO.match(
        body.rstrip(".!?")
    )
    if match is None or not (re.search(r"\d", match["to"]) and re.search(r"\d", match["rest"])):
        return sentence  # 'from March to May': months, not levels
    if match.re is _CHANGE_THEN_FROM_TO and not _OWN_TIME.search(match["rest"]):
        return sentence  # 'from A to B' with no time of A's own is read as it stands
    np, verb, year = match["np"], match["verb"], match["year"]
    return (
        f"{np} {verb} by {match['by']} in {year}; "
        f"{np} {verb} to {match['to']} in {year} from {match['rest']}{stop}"
    )


#: "A, together with B, were highlighted by …": a second subject set off by commas, whose
#: verb 'to be' or 'to have' follows; read whole, the aside was split off as a verbless detail.
_ALONG_WITH = re.compile(
    r"^(?P<a>[^,;]{3,120}?),\s+(?:together|along)\s+with\s+(?P<b>[^,;]{2,120}?),\s+"
    r"(?P<verb>is|are|was|were|has|have|had)\b(?P<rest>[^;]*)$"
)
_PLURAL = {"is": "are", "was": "were", "has": "have"}


def along_with(sentence: str) -> str:
    """The sentence with 'A, together with B, were …' said as 'A and B were …'."""
    match = _ALONG_WITH.match(sentence.strip())
    if match is None:
        return sentence
    verb = _PLURAL.get(match["verb"], match["verb"])
    return f"{match['a']} and {match['b']} {verb}{match['rest']}"


#: "the Eastern Sea, internationally called the Blue Sea,", "the Eastern Sea, which Utopia calls
#: the Blue Sea,": another name for the thing just named, an aside on naming rather than a fact of
#: the sentence. Only after a thing named with 'the': a person's nickname is a claim of its own.
_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_NAMING = re.compile(
    rf"(?P<thing>\bthe\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)"
    r"(?:,\s+(?:(?:also|internationally|commonly|widely|locally|officially)\s+)?"
    rf"(?:known\s+as|called|referred\s+to\s+as|dubbed)\s+{_NAME}"
    r"|,\s+which\s+(?:[A-Z][\w’'-]*\s+)+(?:calls|call|refers\s+to\s+as|knows\s+as)\s+"
    rf"{_NAME})(?=,)"
)


def naming_dropped(sentence: str) -> str:
    """The sentence without an aside that gives another name of the thing before it."""
    return _NAMING.sub(lambda found: found["thing"], sentence)
