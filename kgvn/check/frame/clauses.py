"""More ways one sentence holds several claims: relative clauses, tails after a comma, "that …".

Pure functions on strings, used by `frame.atoms`. Each splitter returns the sentence's parts
(each one a claim that can be checked alone) or None when its shape is not there. The rules are
about English sentence shape only:

* a relative clause between commas ("Ann Lee, who arrived on May 2, met Bo Tan"; "Utopia, which
  joined the union in 1995, signed …"), or closing the sentence (", which would meet yearly");
* a restrictive relative clause whose verb follows "that"/"which" at once ("a ceremony that
  included a parade");
* a tail after the last comma that adds a fact of its own: a participle (", marking …",
  ", adding that …", ", driven by …"), an absolute "with" (", with exports making up most"),
  a noun phrase in apposition (", a policy introduced in 1990"), a quantifier ("most of them …"),
  a distance in time (", days after …");
* "the same day", "that day", "the next day" read as the date an earlier part gave.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from kgvn.check.frame.apart import amount_tail, joint_list, one_way_after, one_way_by
from kgvn.check.frame.extras import LISTED_BY, TAIL_TO_BE, TAIL_WITH, in_the_past
from kgvn.check.frame.relatives import object_relative
from kgvn.check.frame.sameyear import same_year
from kgvn.check.lexicon import load
from kgvn.claim_patterns import MONTH_PATTERN

_MONTHS = MONTH_PATTERN

#: Words that open a noun phrase: where the phrase a relative clause is about begins.
_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|these|those|both|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many|some|all|each)\b",
    re.IGNORECASE,
)
#: Verbs after which "that" opens what was said, not a relative clause.
_AUXILIARY = (
    r"(?:is|was|were|are|has|have|had|will|would|can|could|may|might|should|must|also|"
    r"still|then|now|later)"
)
#: Past participles in -en ("driven by"), not every word in -en ("thirteen", "citizen").
_EN = (
    r"(?:given|taken|written|chosen|driven|broken|spoken|seen|shown|known|grown|drawn|beaten|"
    r"forgotten|hidden|risen|stolen|sworn|thrown|woven|frozen|proven|undertaken|overtaken)"
)
_PARTICIPLE_EXCEPTIONS = frozenset(
    {
        "including",
        "during",
        "according",
        "concerning",
        "regarding",
        "following",
        "excluding",
        "notwithstanding",
        "something",
        "nothing",
        "anything",
        "everything",
        "morning",
        "evening",
        "king",
        "spring",
        "building",
        "meeting",
        "funding",
        "training",
        "spending",
        "string",
        "wedding",
        "ceiling",
        "thing",
        "sibling",
        "opening",
        "ending",
        "beginning",
        "bring",
    }
)
_TAIL_PARTICIPLE = re.compile(r",\s+(?P<tail>(?P<word>[a-z]+ing)\s+(?!and\b|or\b)\S.*)$")
_TAIL_QUANTIFIER = re.compile(
    r",\s+(?P<tail>(?:most|many|some|all|none|half|several|one|two|three|each|the\s+rest|"
    r"the\s+majority|the\s+bulk)\s+of\s+(?:them|whom|which|these|those|it)\b.*)$",
    re.IGNORECASE,
)
_TAIL_DISTANCE = re.compile(  # not over ', and …', a clause of its own
    r",\s+(?P<tail>(?:(?:just|only|some|about|nearly|almost|barely)\s+)?(?:(?:\w+|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|hours?)\s+(?:after|before|later|earlier)\b"
    r"(?:(?!,\s+and\s).)*)$",
    re.IGNORECASE,
)
_TAIL_APPOSITION = re.compile(
    r",\s+(?P<tail>(?:a|an)\s+(?!first\b|second\b|third\b|last\b|only\b|total\b|year\b|day\b)"
    r"[\w-]+(?:\s+[\w-]+)?\s+(?:[a-z]+ed|" + _EN + r"|hit|made|set|led|held|built|put|[a-z]+\s+"
    r"(?:[a-z]+ed|took|gave|made|set|won|began))\b.*)$"
)
_TAIL_PASSIVE = re.compile(
    r",\s+(?P<tail>(?P<word>[a-z]+ed|" + _EN + r"|hit|made|set|led|held|built|put)\s+"
    r"(?:(?:mainly|largely|mostly|partly|chiefly|primarily|hard|jointly)\s+)?"
    r"(?:by|in|on|at|with|from|for|to|under|through)\b.*)$"
)
#: ", as part of …", ", amid …", ", in a bid to …": the setting the writer gives a fact.
_TAIL_CONTEXT = re.compile(
    r",\s+(?P<tail>(?:as\s+part\s+of|amid|despite|in\s+line\s+with|in\s+(?:a|an)\s+"
    r"(?:bid|effort|move|push|attempt|sign)\b)\s+.*)$"
)
#: ", a position it has held since 2020": a noun set after the fact, with a clause about it.
_TAIL_NOUN_CLAUSE = re.compile(
    r",\s+(?P<tail>(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:that|which|it|they)\s+\S.*)$"
)
#: ", one of the first countries to do so": a rank among others, said of the subject.
_TAIL_ONE_OF = re.compile(
    r",\s+(?P<tail>(?:one|among)\s+(?:of\s+)?the\s+(?:first|earliest|last|few|\w+est)\s+.*)$"
)
#: ", when the pandemic hit": what else happened at the time the sentence gives.
_TAIL_WHEN = re.compile(r"(?<=\d),\s+when\s+(?P<tail>\S.*)$")
_TAIL_SAME_DAY = re.compile(
    r",\s+(?:on\s+)?(?:the\s+same\s+day|the\s+day)\s+(?:that\s+|when\s+)?(?P<tail>\S.*)$"
)
_TAIL_WHICH = re.compile(r",\s+(?P<rel>which|who)(?P<own>se)?\s+(?P<tail>\S.*)$")
_MID_RELATIVE = re.compile(
    r"^(?P<name>[A-Z][^,;]{1,70}?),\s+(?:which|who)\s+(?P<what>[^,;]{3,80}?),\s+"
    r"(?P<rest>[a-z].+)$"
)
_THAT_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?P<verb>[a-z]+ed|featured|included|" + _AUXILIARY + r")\b"
)
_SAYING = re.compile(r"^(?:adding|saying|noting|stressing)\s+(?:that\s+)?(?P<what>.+)$")


def _noun_phrase(clause: str) -> str:
    """The noun phrase a clause ends with: from its last determiner, else its last word."""
    starts = [match.start() for match in _DETERMINER.finditer(clause)]
    if starts:
        return clause[starts[-1] :].strip()
    words = clause.split()
    return words[-1] if words else clause


@cache
def _verbs() -> frozenset[str]:
    return frozenset(load("words")["verbs"]) | {"is", "was", "are", "were", "has", "have", "had"}


def _opens_with_verb(words: str) -> bool:
    """Whether words start with a verb in the past tense or a form of 'be' or 'have'."""
    first = re.sub(r"\W", "", words.split()[0]).lower() if words.split() else ""
    return first in _verbs() or (first.endswith("ed") and len(first) > 4)


def _subject(clause: str) -> str:
    """The words before a clause's first verb-looking word (past tense, or a form of 'be')."""
    words = clause.split()
    for index, word in enumerate(words):
        bare = re.sub(r"\W", "", word).lower()
        if index and (bare in _verbs() or (bare.endswith("ed") and len(bare) > 4)):
            return " ".join(words[:index])
    return ""


_DATED = re.compile(
    rf",?\s+(?:on|in|from)\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|\d{{4}})\b",
    re.IGNORECASE,
)


def _undated(clause: str) -> str:
    """The clause without its date: what is left to place another date against."""
    return _DATED.sub("", clause).strip()


def _last_name(clause: str) -> str:
    """The name a clause ends with ('… a ceremony for Ann Lee'), who a closing 'who' is."""
    match = re.search(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*$", clause)
    return match.group() if match else ""


def _long_enough(main: str) -> bool:
    return len(main.split()) >= 4


def relative_between_commas(body: str) -> list[str] | None:
    """'Utopia, which joined the union in 1995, signed …': what it did before; what it did."""
    match = _MID_RELATIVE.match(body)
    if match is None:
        return None
    names = re.fullmatch(r"[A-Z][^,;]*?(?:,?\s+and\s+[A-Z][^,;]*)+", match.group("name"))
    if re.search(r"\bsaid\b", match.group("name")) or (
        re.search(r"\band\b", match.group("name")) and names is None
    ):
        return None  # "Ann and Bo, who met in May, …" is theirs; "trade and X, which …" is not
    name, what = match.group("name"), match.group("what")
    said = object_relative(name, what)  # "…, which Utopia joined in 1995, …"
    return [said or f"{name} {what}", f"{name} {match.group('rest')}"]


def tail(body: str) -> list[str] | None:
    """The sentence without its closing tail, and the tail as a claim of its own."""
    kind, match = _closing(body)
    if match is None:
        return None
    main, what = body[: match.start()].strip(), match.group("tail")
    if len(main.split()) < (3 if kind == "which" else 4) or len(what.split()) < 2:
        return None
    said = _SAYING.match(what)
    subject = _subject(main)
    if said is not None:
        return [main, f"{subject} said {said.group('what')}"] if subject else None
    if kind == "which":
        if re.search(r",\s+(?:[a-z]+ed|is|was|are|were|has|have|had|will|would)\b", what):
            return None  # "Ann and Bo, who spoke in May, agreed …": the clause is between commas
        about = _noun_phrase(main) if match.group("rel") == "which" else _last_name(main) or subject
        return [main, f"{about}{'’s' * bool(match['own'])} {what}"] if about else None
    if kind == "alone" and (written := amount_tail(main, what, subject)):
        return [main, written]
    if kind == "same day":
        # "…on May 2, the same day Bo arrived": Bo arrived on May 2
        dates = list(_DATE.finditer(main))
        return [main, f"{what} on {dates[-1].group().strip()}"] if dates else None
    if kind == "distance":
        # "…, days after Y": how long after Y the main event was, which needs the main event
        undated = _undated(main)  # the main event's date alone; the span with both events
        return None if undated == main else [main, f"{undated}, {what}"]
    if kind == "with":
        return [main, what.removeprefix("with ")]
    if kind == "is":
        return [main, f"{_noun_phrase(main)} is {what}"]
    if kind == "one of":
        return [main, f"{subject} is {what}"] if subject else None
    if kind == "subject":
        return [main, f"{subject or _noun_phrase(main)} {what}"]
    return [main, what]


def _closing(body: str) -> tuple[str, re.Match[str] | None]:
    """The tail closing the sentence, and how its claim is to be written."""
    for kind, pattern in (
        ("same day", _TAIL_SAME_DAY),
        ("which", _TAIL_WHICH),
        ("alone", _TAIL_QUANTIFIER),
        ("distance", _TAIL_DISTANCE),
        ("with", TAIL_WITH),
        ("alone", _TAIL_CONTEXT),
        ("alone", _TAIL_NOUN_CLAUSE),
        ("alone", _TAIL_WHEN),
        ("one of", _TAIL_ONE_OF),
    ):
        match = pattern.search(body)
        if match is not None:
            return kind, match
    match = _participle(body)
    if match is not None:
        return "alone", match
    match = _TAIL_APPOSITION.search(body) or TAIL_TO_BE.search(body)
    if match is not None:
        return "is", match
    return "subject", _TAIL_PASSIVE.search(body)


def _participle(body: str) -> re.Match[str] | None:
    """', marking …': a participle closing the sentence; not a noun in a list ('mining and')."""
    match = _TAIL_PARTICIPLE.search(body)
    if match is None or match.group("word") in _PARTICIPLE_EXCEPTIONS:
        return None
    if re.match(r"(?:making|marking)\s+it\s+the\b|marking\s+the\s+\w+st\b", match.group("tail")):
        return None  # ", marking the first …": the ordinal's own splitter reads it
    return match


def that_relative(body: str) -> list[str] | None:
    """'… a ceremony that included a parade': the sentence without it; what the noun did."""
    match = _THAT_RELATIVE.search(body)
    if match is None:
        return None
    main = body[: match.start()].strip()
    before = main.split()[-1].lower() if main.split() else ""
    if not _long_enough(main) or before.endswith("ed") or before in {"said", "so", "such", "is"}:
        return None
    return [main, f"{_noun_phrase(main)} {body[match.end() - len(match.group('verb')) :]}"]


# --- "the same day" -------------------------------------------------------------------------------

_DATE = re.compile(
    rf"\b(?:(?P<month1>{_MONTHS})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year1>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTHS})(?:,?\s+(?P<year2>\d{{4}}))?)\b",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(
    r"\b(?:(?:on|later)\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day|later\s+that\s+day)\b",
    re.IGNORECASE,
)
_NEXT_DAY = re.compile(
    r"\b(?:on\s+)?(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b", re.IGNORECASE
)


_YEAR_BEFORE = re.compile(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:previous|preceding|prior)\s+year)\b(?!\s+\w+ed\b)",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(
    r"\b(?:(?:a|one)\s+year\s+later|the\s+(?:following|next)\s+year)\b", re.IGNORECASE
)


def same_day(parts: list[str]) -> list[str]:
    """'the same day' and 'the next day' in a later part, read as the date an earlier part gave;
    'a year earlier' and 'the following year' as the year next to the one it gave."""
    out: list[str] = []
    last: re.Match[str] | None = None
    year: int | None = None
    for part in parts:
        if last is not None:
            same, next_ = "on " + _written(last, 0), "on " + _written(last, 1)
            part = _NEXT_DAY.sub(next_, _SAME_DAY.sub(same, part))
        if year is not None:
            part = same_year(part, year)
            part = _YEAR_BEFORE.sub(f"in {year - 1}", part)
            part = _YEAR_AFTER.sub(f"in {year + 1}", part)
        dates = list(_DATE.finditer(part))
        if dates:
            last = dates[-1]
        years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", part)
        if years:
            year = int(years[-1])
        out.append(part)
    return out


def _written(match: re.Match[str], later: int) -> str:
    month_name = match.group("month1") or match.group("month2")
    day = int(match.group("day1") or match.group("day2"))
    year = match.group("year1") or match.group("year2")
    if later == 0:
        return match.group().strip()
    month = [name.lower() for name in calendar.month_name].index(month_name.lower())
    try:
        date = dt.date(int(year or 2001), month, day) + dt.timedelta(days=later)
    except ValueError:
        return match.group().strip()
    written = f"{calendar.month_name[date.month]} {date.day}"
    return f"{written}, {date.year}" if year else written


# --- lists of actors ------------------------------------------------------------------------------


@cache
def _title_words() -> frozenset[str]:
    words = load("words")
    found = {word for role, _ in words["roles"] for word in role.split()}
    return frozenset(
        found | {word for qualifier in words["title_qualifiers"] for word in qualifier.split()}
    )


_NAME_JOIN = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?=(?:the\s+)?[A-Z])")


_PREPOSITIONS = frozenset({"In", "On", "At", "During", "After", "Before", "Since", "By", "From"})


def _is_name_word(word: str) -> bool:
    bare = word.strip(",.;:")
    return bool(bare) and (bare[0].isupper() or bare.lower() in _title_words())


def _name_back(words: list[str], end: int) -> int:
    """Where the name (with its title) that ends at `end` begins."""
    start = end
    while start > 0 and _is_name_word(words[start - 1]) and not words[start - 1].endswith(","):
        start -= 1
    if start > 0 and words[start - 1] == "the":
        start -= 1
    return start


def actors(sentence: str) -> tuple[list[str], bool] | None:
    """'Ann Lee met Bo Tan and Cy Lo on May 2': one claim for each person named in the list, and
    whether the list is the verb's object (else its doers, who may have done it together)."""
    body = sentence.rstrip(".!?")
    for match in _NAME_JOIN.finditer(body):
        left_words = body[: match.start()].split()
        right_words = body[match.end() :].split()
        end = 1 if right_words[:1] == ["the"] else 0
        while end < len(right_words) and _is_name_word(right_words[end]):
            end += 1
        names = [right_words[:end]]
        stop = len(left_words)
        while True:
            start = _name_back(left_words, stop)
            names.insert(0, left_words[start:stop])
            if (
                start > 0
                and left_words[start - 1].endswith(",")
                and _is_name_word(left_words[start - 1])
                and left_words[_name_back(left_words, start - 1)] not in _PREPOSITIONS
            ):
                left_words[start - 1] = left_words[start - 1].rstrip(",")
                stop = start
                continue
            break
        if any(not name or not name[-1][:1].isupper() for name in names):
            continue
        if any(re.search(r"['’]s?$", name[-1]) for name in names):
            continue  # "Ann and Bo's talks": one thing of both
        before = left_words[:start]
        head, after = " ".join(before), " ".join(right_words[end:])
        apart = one_way_by(before) or (not head and bool(one_way_after(after)))
        if apart and not one_way_by(before):
            before, head, after = [], "", str(one_way_after(after))
            names[0] = names[0][1:] if names[0][:1] in (["Both"], ["both"]) else names[0]
        if joint_list(before):
            continue
        if _opens_with_verb(after) and _subject(head + " x"):
            continue  # "A urged B on X, and Cy voiced …": Cy begins a clause, not a list
        pieces = [
            " ".join(part for part in (head, " ".join(name), after) if part) + "." for name in names
        ]
        own = bool(before) and before[-1] != "by" and bool(_subject(head + " x"))
        return pieces, own or bool(apart)
    return None


#: "pledged to raise … to $50 million", "is projected to reach": a figure someone means or
#: expects to reach is not one on record.
_INTENT = re.compile(
    r"\b(?:pledge[sd]?|plans?|planned|aim(?:s|ed)?|hope[sd]?|seeks?|sought|intend(?:s|ed)?|"
    r"wants?|wanted|targets?|targeted|expects?|expected|vow(?:s|ed)|promise[sd]?|projected"
    r"|forecast|predicted|poised|set|on track|likely|tipped)\s+to\s+"
    r"(?:raise|increase|boost|lift|reach|double|triple|expand|grow|bring)\b",
    re.IGNORECASE,
)


_DEADLINE = re.compile(
    rf"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:(?:{_MONTHS})\s+)?\d{{4}}\b", re.IGNORECASE
)
_FUTURE = re.compile(
    r"\b(?:commit(?:s|ted)?|aim(?:s|ed)?|plan(?:s|ned)?|will|would|agreed\s+to|pledge[sd]?|"
    r"target(?:s|ed)?|expected|set\s+to|intend(?:s|ed)?|seek(?:s)?|hope[sd]?|vow(?:s|ed)?"
    r"|projected|forecast|predicted|poised|likely)\b",
    re.IGNORECASE,
)


def deadline(claim: str) -> str | None:
    """'… agreed to sign by the end of 2025': a date something is meant to happen by, which is
    not the date of anything on record."""
    match = _DEADLINE.search(claim)
    return match.group() if match and _FUTURE.search(claim) else None


def intends(claim: str) -> bool:
    """Whether the claim states a figure someone means to reach, not one reached."""
    return _INTENT.search(claim) is not None


# --- what is set off between commas after a noun phrase -------------------------------------------

_MID_MODIFIER = re.compile(
    r"^(?P<np>(?:The|A|An|Its|Their|[A-Z][\w’'-]*(?:['’]s)?)\s[^,;]{2,60}?),\s+"
    rf"(?P<mod>{LISTED_BY}|[^,;]{{3,120}}?),\s+(?P<rest>(?:(?:mainly|mostly|largely|chiefly|also)\s+)?"
    r"(?:is|was|are|were|has|have|had|will|would|"
    r"[a-z]+ed|[a-z]+s|set|made|held|began|met|signed|led|became|grew|rose|fell)\b.+)$"
)
_PREPOSITIONAL = re.compile(r"(?:in|at|from|with|for|of|on|based\s+in|located\s+in)\s")
#: A figure set off by commas ('worth $5 million', 'around 100 strong'): what the thing is.
_FIGURE = re.compile(
    r"(?:worth\s+|(?:around|about|some|roughly|nearly|almost|over|more\s+than)\s+)?[$€£]?\d"
)


def between_commas(body: str) -> list[str] | None:
    """'The statement, signed on May 2, set out plans': it was signed on May 2; it set out plans.
    What is set off is a noun phrase ('a $5 million venture'), a participle or a place."""
    match = _MID_MODIFIER.match(body)
    if match is None:
        return None
    np, mod, rest = match.group("np"), match.group("mod"), match.group("rest")
    if re.search(r"\b(?:and|who|which|that|said)\b", np) or re.search(
        r"\b(?:who|whom|which)\b", mod
    ):
        return None  # "…, of which Utopia is a member, …": a relative clause, not a modifier
    first = mod.split()[0]
    if first in {"a", "an", "the"} or _PREPOSITIONAL.match(mod) or _FIGURE.match(mod):
        said = f"{np} is {mod}"
    elif first in _verbs() or re.fullmatch(r"[a-z]+ed|" + _EN, first):
        said = f"{np} was {mod}"
    elif first.endswith("ing"):
        said = f"{np} {in_the_past(mod)}"
    elif first in {"mostly", "mainly", "largely", "chiefly", "many", "most", "some"}:
        said = f"{np} are {mod}"  # 'The community, mostly traders, keeps …'
    else:
        return None
    return [said, f"{np} {rest}"]


_BUT_NOT = re.compile(r",?\s+but\s+not\s+(?!\w+ly\b|in an? \S+ way)(?P<who>[^,;]{2,60})$")


def but_not(body: str) -> list[str] | None:
    """'Ann met Bo, but not Di': she never met Di; 'but not fully', 'not in a … way' say how."""
    match = _BUT_NOT.search(body)
    if match is None:
        return None
    main = body[: match.start()]
    subject = _subject(main)
    verb = main[len(subject) :].split()[0] if subject and main[len(subject) :].split() else ""
    if not subject or not verb:
        return None
    return [main, f"{subject} never {verb} {match.group('who')}"]
