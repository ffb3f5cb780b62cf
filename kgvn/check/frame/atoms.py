"""Framing a text: clean what was pasted, split it into sentences and each into atomic claims.

Pure functions on strings, no store. The rules are about English sentence shape, not about any
topic: coordinated clauses, "while …", ", the first …", "after X on DATE", "between A and B",
appositions between commas, lists of actors that did one thing each.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import partial

from kgvn.check.compare.speakers import COMMON_OPENERS, attributed, reported_subject
from kgvn.check.frame import splits
from kgvn.check.frame.clauses import (
    between_commas,
    but_not,
    relative_between_commas,
    same_day,
    tail,
    that_relative,
)
from kgvn.check.frame.headlines import headline_acts
from kgvn.check.frame.later import later_dates
from kgvn.check.frame.leading import leading_relative
from kgvn.check.frame.lists import clause_lists
from kgvn.check.frame.months import spelled_months, spelled_periods, without_credits
from kgvn.check.frame.official import official_english
from kgvn.check.frame.ordinals import hyphened_amounts, spelled_decimals, spelled_ordinals
from kgvn.check.frame.participles import (
    bare_setting,
    leading_participle,
    opening_setting,
    participle_said,
)
from kgvn.check.frame.relatives import object_relative, preposition_relative
from kgvn.check.frame.reported_but import reported_and_that, reported_but
from kgvn.check.frame.subjects import reduced_subject
from kgvn.check.frame.titled import role_before_name
from kgvn.check.frame.verbless import dated_event
from kgvn.claim_patterns import MONTH_PATTERN

#: Characters copied from web pages that are not text: soft hyphens, zero-width marks, BOMs.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
#: Spaces that may sit between digit groups or words: no-break, narrow no-break, thin, figure.
_SPACES = re.compile("[\u00a0\u202f\u2009\u2007\u2002\u2003]")
#: "13 500 000": digit groups of three separated by single spaces.
_SPACED_GROUPS = re.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d])")
#: "13.500.000": two or more dot-separated groups of three (a decimal point has one group).
_DOTTED_GROUPS = re.compile(r"(?<![\d.,])(\d{1,3})((?:\.\d{3}){2,})(?![\d.,]\d)")
_MONTHS = MONTH_PATTERN
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=(?:the\s+)?\d|"
    rf"(?:{_MONTHS})\b)",
    re.IGNORECASE,
)
_DAY_OF = re.compile(
    rf"\bthe\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+({_MONTHS})\b", re.IGNORECASE
)
#: "03/06/2025": both numbers could be the month.
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
#: "$13–14 million", "13-14 million USD": a range written once with its unit.
_RANGE = re.compile(
    r"(?P<cur>(?:US\s?\$|USD\s?|\$)?)(?P<low>(?<![\d.])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?)\s?(?:–|—|-|to)\s?(?P<high>\d+(?:\.\d+)?)"
    r"(?P<tail>\s?(?:million|billion|thousand|mn|bn|m)\b(?:\s?(?:USD|US dollars|dollars))?)",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\bbetween\s+(?P<low>(?:US\s?\$|USD\s?|\$)\s?[\d.,]+(?:\s?(?:million|billion|thousand))?)"
    r"\s+and\s+(?P<high>(?:US\s?\$|USD\s?|\$)\s?[\d.,]+(?:\s?(?:million|billion|thousand))?)",
    re.IGNORECASE,
)
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Prof|Sr|Jr|Inc|Ltd|Co|vs|etc)\.$")


def decode(data: bytes) -> str:
    """Text from bytes, by their byte-order mark (UTF-32, UTF-16, UTF-8), else as UTF-8."""
    for mark, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
        (b"\xef\xbb\xbf", "utf-8-sig"),
    ):
        if data.startswith(mark):
            return data.decode(encoding, errors="replace")
    return data.decode("utf-8", errors="replace")


_DATED = re.compile(
    rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\s+(\d{{4}})"
    rf"|({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})",
    re.IGNORECASE,
)


def _weekday_read(match: re.Match[str]) -> str:
    """A weekday before a date goes when the date has its year and fell on that day; else it
    stays ('Friday, 6 March 2025', 'Friday, March 6'), for the checker to compare it with the
    day the record dates (`weekdays`)."""
    dated = _DATED.match(match.string, match.end())
    if dated is None:
        return match.group()
    day, month, year = (
        (dated.group(1), dated.group(2), dated.group(3))
        if dated.group(1)
        else (dated.group(5), dated.group(4), dated.group(6))
    )
    months = [name.lower() for name in calendar.month_name]
    try:
        fell_on = dt.date(int(year), months.index(month.lower()), int(day)).strftime("%A")
    except ValueError:
        return match.group()
    said = match.group().split()[0].rstrip(",")
    return "" if fell_on.lower() == said.lower() else match.group()


def clean(text: str) -> str:
    """The text as it was meant: invisible characters gone, odd spaces plain, digit groups joined,
    weekday names before a date and 'the 6th day of' read as the date."""
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACED_GROUPS.sub(lambda match: match.group(1) + match.group(2).replace(" ", ""), text)
    text = _DOTTED_GROUPS.sub(lambda match: match.group(1) + match.group(2).replace(".", ""), text)
    text = spelled_months(spelled_ordinals(spelled_decimals(hyphened_amounts(text))))
    text = clause_lists(without_credits(spelled_periods(official_english(text))))
    text = _DAY_OF.sub(lambda match: f"{match.group(1)} {match.group(2)}", text)
    text = _WEEKDAY.sub(_weekday_read, text)
    return re.sub(r"[ \t]+", " ", text).strip()


def sentences(text: str) -> list[str]:
    """A pasted paragraph as its sentences; a line break always ends one."""
    found: list[str] = []
    for line in text.splitlines():
        start = 0
        for match in re.finditer(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])", line):
            piece = line[start : match.start() + 1]
            if _ABBREVIATIONS.search(piece) or re.search(r"\b[A-Z]\.$", piece):
                continue
            found.append(line[start : match.end()].strip())
            start = match.end()
        found.append(line[start:].strip())
    return [item for item in found if item]


@dataclass(frozen=True)
class Reading:
    """One way of reading a sentence, with how it was read when that is worth saying."""

    text: str
    note: str = ""


def readings(sentence: str) -> list[Reading]:
    """The sentence, or two readings of it when a numeric date could be day- or month-first."""
    match = _NUMERIC_DATE.search(sentence)
    if match is None:
        return [Reading(sentence)]
    first, second, year = (int(match.group(index)) for index in (1, 2, 3))
    if first > 12 or second > 12 or first == second:
        return [Reading(sentence)]
    day_first = f"{first} {calendar.month_name[second]} {year}"
    month_first = f"{calendar.month_name[first]} {second}, {year}"
    where = slice(match.start(), match.end())
    written = match.group()
    return [
        Reading(
            sentence[: where.start] + day_first + sentence[where.stop :],
            f"{written} read day-first, as {day_first}",
        ),
        Reading(
            sentence[: where.start] + month_first + sentence[where.stop :],
            f"{written} read month-first, as {month_first}",
        ),
    ]


_DATE_PHRASE = re.compile(
    rf"\s*,?\s*\b(?:on|in|from|between|during)?\s*(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s?(?:-|–|to|and)\s?\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s?(?:-|–|to|and)\s?\d{{1,2}})?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTHS}),?\s+\d{{4}}|\d{{4}})\b",
    re.IGNORECASE,
)
#: What the main clause already checks, left out of the ordinal's own claim.
_SLOTS_CHECKED = re.compile(
    r"\s+(?:for\s+(?:a|an)\s+)?(?:\w+|\d+)-day\b|\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
)
_ORDINAL_TAIL = re.compile(
    r",\s+(?:(?:which\s+(?:is|was)|making\s+it|marking)\s+)?(?P<tail>(?:the|its|his|her|their)\s+"
    r"(?:first|second|third|fourth|fifth|last|only)\b.*)$",
    re.IGNORECASE,
)
_WHILE = re.compile(r",?\s+(?:while|whereas|whilst)\s+", re.IGNORECASE)
_LEADING_WHILE = re.compile(
    r"^(?:while|whereas|whilst|although|though|when)\s+([^,]+),\s+(.+)$", re.I
)
_APPOSITION = re.compile(
    r"^(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*),\s+(?P<role>(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[^,;]{3,70}?|\d{2})),\s+(?P<rest>[a-z].+)$"
)
#: Words between "and" and a second verb: "… and later met …".
_ADVERBS = r"(?:then|later|also|subsequently|afterwards|soon|jointly|together)"
_CLAUSE_JOIN = re.compile(
    r"\s*;\s+|,?\s+but\s+(?=\S)|,\s+and\s+(?=\S)|\s+and\s+(?=(?:then\s+)?[a-z])"
    r"|,?\s+as\s+well\s+as\s+(?=[a-z])"
    r"|\s+and\s+(?=(?:[A-Z][\w’'-]*\s+){1,4}(?:[a-z]+ed|held|met|signed|paid|made|sent|gave)\b)"
)
#: What follows a verb in the past tense, not an adjective: an article, a preposition, a name.
_VERB_OBJECT = re.compile(
    r"\s+(?:the|a|an|to|with|in|on|at|by|for|from|his|her|their|its|that|[A-Z0-9]"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|both|more)\b)"
)
_PRONOUN = re.compile(r"^(?:he|she|they|it)\s+", re.IGNORECASE)


def atoms(sentence: str, verbs: frozenset[str] = frozenset()) -> list[str]:
    """The atomic claims of one sentence, each one a sentence that can be checked alone.

    `verbs` are the past-tense verbs that do not end in -ed ('held', 'met'): a clause after 'and'
    that starts with one of them shares the first clause's subject.
    """
    sentence = attributed(sentence.strip())
    acts = headline_acts(sentence)
    if acts is not None:  # 'Ann signs X, opens Y': two acts
        return [atom for act in acts for atom in atoms(act, verbs)]
    body = sentence.rstrip(".!?").strip()
    # the comma of "May 2, 2020" is no clause boundary: hidden while splitting
    # "Ann Lee (Utopia's trade minister) met …": a parenthesis is an aside between commas
    body = re.sub(r"\s*\(([^(),;]{2,80})\)(?=\s+\w)", r", \1,", body)
    body = re.sub(r"\s*\(([^(),;]{2,80})\)$", r", \1", body)
    body = re.sub(r"\s+(?:—|--)\s+", ", ", body)  # a dash sets off an aside, as commas do
    masked = re.sub(r"(?<=\d),(?=\d{3}\b)", "\ue000", _DATE_COMMA.sub(r"\1 \2", body))
    found = list(dict.fromkeys(splits.carried_base(later_dates(same_day(_split(masked, verbs))))))
    if len(found) <= 1:
        return [sentence]
    found = [_DATE_NO_COMMA.sub(r"\1, \2", item).replace("\ue000", ",") for item in found]
    return [item if item.endswith((".", "!", "?")) else item + "." for item in found]


_DAYS_WRITTEN = r"\d{1,2}(?:st|nd|rd|th)?(?:\s?(?:-|–|to|and)\s?\d{1,2}(?:st|nd|rd|th)?)?"
_DATE_COMMA = re.compile(rf"\b((?:{_MONTHS})\.?\s+{_DAYS_WRITTEN}),\s+(\d{{4}})\b")
_DATE_NO_COMMA = re.compile(rf"\b((?:{_MONTHS})\.?\s+{_DAYS_WRITTEN})\s+(\d{{4}})\b")


def _split(body: str, verbs: frozenset[str], depth: int = 0) -> list[str]:
    if depth > 3:
        return [body]
    splitters = (
        _between,
        _range,
        splits.years_since,
        _leading_while,
        _while,
        _ordinal,
        _ordinal_predicate,
        splits.after_event,
        lambda piece: splits.verb_series(piece, lambda clause: _subject(clause, verbs)),
        lambda piece: reported_but(piece, lambda clause: _subject(clause, verbs)),
        reported_and_that,
        _who,
        leading_relative,
        relative_between_commas,
        role_before_name,
        _apposition,
        between_commas,
        but_not,
        tail,
        that_relative,
        reduced_subject,
    )
    subject_of = partial(_subject, verbs=verbs)
    opened = leading_participle(body, subject_of) or opening_setting(body, subject_of)
    opened = opened or bare_setting(body, subject_of)
    if opened is not None:  # 'Speaking by phone with Bo, Ann affirmed …': two facts
        return [atom for piece in opened for atom in _split(piece, verbs, depth + 1)]
    for splitter in splitters:
        pieces = splitter(body)
        if pieces is not None:
            return [atom for piece in pieces for atom in _split(piece, verbs, depth + 1)]
    pieces = _clauses(body, verbs)
    if pieces is not None:
        return [atom for piece in pieces for atom in _split(piece, verbs, depth + 1)]
    return [body]


def _between(body: str) -> list[str] | None:
    match = _BETWEEN.search(body)
    if match is None:
        return None
    before, after = body[: match.start()], body[match.end() :]
    return [
        f"{before}at least {match.group('low')}{after}",
        f"{before}at most {match.group('high')}{after}",
    ]


def _range(body: str) -> list[str] | None:
    match = _RANGE.search(body)
    if match is None:
        return None
    cur, tail = match.group("cur"), match.group("tail")
    before, after = body[: match.start()], body[match.end() :]
    return [
        f"{before}at least {cur}{match.group('low')}{tail}{after}",
        f"{before}at most {cur}{match.group('high')}{tail}{after}",
    ]


def _leading_while(body: str) -> list[str] | None:
    """'When Ann arrived in May, she met Bo': she arrived in May; Ann met Bo."""
    match = _LEADING_WHILE.match(body)
    if match is None:
        return None
    first, second = match.group(1), match.group(2)
    subject = _subject(first, frozenset())
    if subject and _PRONOUN.match(second):
        second = _PRONOUN.sub(subject + " ", second)
    return [first, second]


def _while(body: str) -> list[str] | None:
    match = _WHILE.search(body)
    if match is None or match.start() < 8:
        return None
    first = body[: match.start()]
    return [first, participle_said(body[match.end() :], first)]


def _ordinal(body: str) -> list[str] | None:
    """'X visited Y on DATE, the first since 1992': the visit on its date; the visit, the first."""
    match = _ORDINAL_TAIL.search(body)
    if match is None or match.start() < 8:
        return None
    main = body[: match.start()]
    undated = _SLOTS_CHECKED.sub("", _DATE_PHRASE.sub("", main)).strip()
    if undated == main.strip():
        return None  # nothing but the ordinal to say of it: one claim
    return [main, f"{undated}, {match.group('tail')}"]


_ORDINAL_PREDICATE = re.compile(
    r"^(?P<subject>.{8,}?)\s+(?P<verb>is|was|were|are|became|becomes)\s+(?P<what>(?:the|its|his|"
    r"her|their)\s+(?:first|second|third|fourth|fifth|last|only)\b.*)$",
    re.IGNORECASE,
)


#: How long an event lasted, set before its noun: 'the two-day trip', 'a 3-day visit'.
_LASTING = re.compile(r"(?<=\s)(?:\d+|[a-z]+)-day\s+(?=[a-z]+\b)", re.IGNORECASE)


def _ordinal_predicate(body: str) -> list[str] | None:
    """'X's visit on DATE was the first since 1992': the visit on its date; the visit, the first."""
    match = _ORDINAL_PREDICATE.match(body)
    if match is None:
        return None
    subject = match.group("subject")
    event = dated_event(subject, match.group("what"))
    if event is not None:  # 'The March 2025 trip was the first …': a date with no verb
        return [event[0], f"{event[1]} {match.group('verb')} {match.group('what')}"]
    lasting = _LASTING.search(subject)
    if lasting is not None and subject.count(",") < 2:  # 'The two-day trip was the first …'
        return [subject, f"{_LASTING.sub('', subject)} {match.group('verb')} {match.group('what')}"]
    undated = _DATE_PHRASE.sub("", subject).strip()
    if undated == subject.strip() or len(undated.split()) < 2 or subject.count(",") >= 2:
        return None  # 'The trip, running from May 2 to 3, was …': the modifier's own split
    return [subject, f"{undated} {match.group('verb')} {match.group('what')}"]


_WHO = re.compile(
    r"^(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*),\s+who\s+(?P<what>[^,;]{3,80}?),\s+"
    r"(?P<rest>[a-z].+)$"
)


def _who(body: str) -> list[str] | None:
    """'Ann Lee, who arrived on May 2, met Bo Tan' (or '…, of which X is a member'): each alone."""
    match = _WHO.match(body)
    if match is None:
        return preposition_relative(body)
    name, what = match.group("name"), match.group("what")
    return [object_relative(name, what) or f"{name} {what}", f"{name} {match.group('rest')}"]


def _apposition(body: str) -> list[str] | None:
    """'Ann Lee, Utopia's foreign minister, spoke …': who she is; what she did."""
    match = _APPOSITION.match(body)
    if match is None or re.search(r"\b(?:and|who|which|that)\b", match.group("role")):
        return None
    name = match.group("name")
    return [f"{name} is {match.group('role')}", f"{name} {match.group('rest')}"]


def _clauses(body: str, verbs: frozenset[str]) -> list[str] | None:
    """Clauses joined by ';', ', and', ', but', or 'and' before a verb in the past tense."""
    pieces: list[str] = []
    start, is_verb = 0, partial(_is_verb, verbs=verbs | _AUXILIARIES)
    for match in _CLAUSE_JOIN.finditer(body):
        joint = "and" if "well" in match.group() else match.group().strip()
        right = body[match.end() :]
        first_word = re.match(rf"(?:{_ADVERBS}\s+)?([A-Za-z]+)", right)
        new_subject = right[:1].isupper()
        timed = _TIME_OPENER.match(right)
        if (
            joint == "and"
            and not new_subject
            and not timed
            and not splits.second_infinitive(body[start : match.start()], right)
            and not splits.adverb_verb(right)  # '… and highly values …': a manner, then a verb
            and not (
                first_word
                and (
                    first_word.group(1).lower() in verbs | _AUXILIARIES
                    or _VERB_PLANS.match(right[first_word.start(1) :])
                    or (
                        _is_verb(first_word.group(1), verbs)
                        and (
                            _VERB_OBJECT.match(right[first_word.end() :])
                            or bool(
                                _DATE_PHRASE.search(body[start : match.start()])
                                and _DATE_PHRASE.search(right)
                            )
                        )
                    )
                )
            )
        ):
            continue  # "friendship and multifaceted cooperation": one claim
        if joint == ", and" and splits.list_end(body[start : match.start()], right, is_verb):
            continue  # "… to agriculture, defence and security, and education and training"
        if match.group().strip() == "but" and not re.match(
            r"(?:\S+\s+){0,4}?(?:is|was|were|are|has|have|had|will|would|did|does|\w+ed)\b", right
        ):
            continue  # "small but growing": one claim
        left = body[start : match.start()]
        if len(left.split()) < 3 or len(right.split()) < 2:
            continue
        if new_subject and joint == "and" and not _subject(left, verbs):
            continue  # "Ann Lee and Bo Tan held talks": one clause, two doers
        if (
            first_word
            and first_word.group(1).lower() in _AUXILIARIES
            and not (_subject(left, verbs) or _names(left))
        ):
            continue  # "… lasts 60 days and is reciprocal": whose second verb it is is unclear
        if first_word and first_word.group(1).lower() in _AUXILIARIES and _REPORTED.search(left):
            continue  # "A said trade grows and is B": the second verb may be the trade's
        pieces.append(left)
        start = match.end()
    if not pieces:
        return None
    pieces.append(body[start:])
    subject = _subject(pieces[0], verbs).rpartition(", ")[2]
    out = [pieces[0]]
    for piece in pieces[1:]:
        piece = re.sub(rf"^{_ADVERBS}\s+", "", piece)
        word = re.match(r"[A-Za-z]+", piece)
        fronted = _FRONTED_PRONOUN.match(piece)
        head = re.match(r"(.+?\s)to\s", pieces[0])
        if piece.startswith("to ") and head and subject:
            piece = head.group(1) + piece  # "… agreed to A, and to B": they agreed to B
        elif fronted and subject:
            piece = fronted.group(1) + subject + " " + piece[fronted.end() :]
        elif _PRONOUN.match(piece) and subject:
            piece = _PRONOUN.sub(subject + " ", piece)
        elif splits.adverb_verb(piece + " "):  # '… and highly values …': the same doer
            piece = f"{reported_subject(pieces[0]) or subject} {piece}".strip()
        elif word and _is_verb(word.group(), verbs | _AUXILIARIES):
            piece = f"{subject or _names(pieces[0])} {piece}".strip()
        out.append(piece)
    return out


#: "… and the next day the two held talks": a second clause that opens with when it happened.
_TIME_OPENER = re.compile(
    rf"(?:the\s+(?:next|following|same)\s+day|later\s+that\s+day|on\s+(?:{_MONTHS})\s+\d"
    rf"|on\s+\d{{1,2}}\s+(?:{_MONTHS}))\b[^,;]*?\s(?:he|she|they|it|the\s+two|both)\b",
    re.IGNORECASE,
)
#: "in 2023, it was …": a pronoun after a fronted time or place, standing for the subject.
_FRONTED_PRONOUN = re.compile(r"((?:in|on|by|at|during)\s+[^,]{2,30},?\s+)(?:it|they|he|she)\s+")
#: Words after "and" that open a second verb of the same subject: "… and has pledged to …".
_AUXILIARIES = frozenset(
    {"has", "have", "had", "will", "would", "is", "was", "were", "are", "also", "did", "does"}
)
#: A verb that reports what someone said, before the words reported.
_REPORTED = re.compile(
    r"\b(?:said|says|noted|stressed|affirmed|acknowledged|added|stated|agreed|told\s+\S+)"
    r"\s+(?:that\s+)?\S"
)
#: "… and announced plans to open …": a verb in the past tense, its object, then "to" a verb.
_VERB_PLANS = re.compile(
    r"[a-z]+ed\s+[a-z]+\s+to\s+(?!(?:the|a|an|his|her|their|its|both|each|all)\b)[a-z]+"
    r"(?<![^s]s)\b"
)


def _names(clause: str) -> str:
    """The capitalised words a clause opens with ('Ann Lee ranks …'): its subject, if a name."""
    match = re.match(r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?=\s+[a-z])", clause)
    return match.group() if match and match.group() not in COMMON_OPENERS else ""


def _is_verb(word: str, verbs: frozenset[str]) -> bool:
    word = word.lower()
    return word in verbs or (word.endswith("ed") and len(word) > 4)


def _subject(clause: str, verbs: frozenset[str]) -> str:
    """The words before a clause's first verb: its subject, as written."""
    words = clause.split()
    for index, word in enumerate(words):
        if index and _is_verb(re.sub(r"\W", "", word), verbs | {"is", "was", "has", "have"}):
            return " ".join(words[:index])
    return ""
