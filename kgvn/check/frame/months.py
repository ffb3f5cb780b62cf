"""Month names as newspapers shorten them ('27 Dec. 1991', 'Sept 5'), written out in full so
that a date is read whole and its full stop does not end the sentence."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from kgvn.claim_patterns import FULL_MONTHS, MONTH_PATTERN, PLACES
from kgvn.lexicon_files import lexicon_file
from kgvn.text import fold

_SHORT = {name[:3]: name for name in FULL_MONTHS} | {"Sept": "September"}
#: A short month name next to a day or a year: 'Dec. 27', '27 Dec. 1991', 'Dec 1991'.
_ABBREVIATED = re.compile(
    r"(?<=\d )(?P<a>" + "|".join(_SHORT) + r")\.?(?=\s|,|$)"
    r"|\b(?P<b>" + "|".join(_SHORT) + r")\.?(?=\s+\d)"
)


#: 'the last day of August 1991', 'on the final day of March': the month's last day.
_LAST_DAY = re.compile(
    r"\bthe\s+(?:very\s+)?(?:last|final|closing)\s+day\s+of\s+(?P<month>"
    + "|".join(FULL_MONTHS)
    + r")\b(?P<year>,?\s+\d{4}\b)?"
)


def _last_day(match: re.Match[str]) -> str:
    """The last day of a month as a date; February's only with its year."""
    month = FULL_MONTHS.index(match.group("month")) + 1
    year = match.group("year")
    if year is None and month == 2:
        return match.group()
    days = calendar.monthrange(int(year.strip(", ")) if year else 2001, month)[1]
    return f"{days} {match.group('month')}{year or ''}"


def spelled_months(text: str) -> str:
    """`text` with each short month name next to a figure written out ('Dec.' → 'December'),
    and 'the last day of' a month read as its date."""

    def full(match: re.Match[str]) -> str:
        return _SHORT[match.group("a") or match.group("b")]

    return _LAST_DAY.sub(_last_day, _ABBREVIATED.sub(full, text))


#: 'a fortnight', 'little more than', 'a hundred-odd': periods and hedges as the checker reads.
_PERIODS = (
    (re.compile(r"\b(?:a|one) fortnight\b", re.IGNORECASE), "two weeks"),
    (re.compile(r"\b(?:two|2) fortnights\b", re.IGNORECASE), "four weeks"),
    (re.compile(r"\b([Ll])ittle (more|less) than\b"), r"\2 than"),
    # 'a hundred-odd', '100-odd': a round figure and a few more, read as a hedged figure
    (
        re.compile(
            r"\b((?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?([a-z]+|\d[\d,]*)-odd\b",
            re.IGNORECASE,
        ),
        r"about \1\2",
    ),
)


def spelled_periods(text: str) -> str:
    """`text` with 'a fortnight' as 'two weeks', 'little more than' as 'more than' and
    'a hundred-odd' as 'about a hundred'."""

    def kept_case(meaning: str) -> Callable[[re.Match[str]], str]:
        def read(match: re.Match[str]) -> str:
            written = match.group()
            if not written[:1].isupper():
                return match.expand(meaning)
            # read as if written in lower case ('A hundred-odd' is 'About a hundred')
            said = match.re.sub(meaning, written[:1].lower() + written[1:], count=1)
            return said[:1].upper() + said[1:]

        return read

    for pattern, meaning in _PERIODS:
        text = pattern.sub(kept_case(meaning), text)
    return text


#: '… on March 6 (VNA).': a news agency's credit closing a sentence, not part of the claim.
_CREDIT = re.compile(r"\s*\((?:[A-Z]{2,6}|Photo:[^()]{1,40})\)(?=[.!?](?:\s|$)|$)", re.MULTILINE)
#: '… in 1992 — VNA': an outlet named after a dash closing a line (the outlets curation reads).
_DASH_CREDIT = re.compile(
    r"\s+(?:—|–|--?)\s*(?:"
    + "|".join(
        sorted((re.escape(name) for name in lexicon_file("curation")["outlets"]), key=len)[::-1]
    )
    + r")\.?[ \t]*$",
    re.MULTILINE,
)


#: 'Springfield, May 2 (AP) –', 'SPRINGFIELD (Gazette) —': a wire dateline opening a line. With no
#: agency in brackets, the capitals must name a place the lexicon knows ('NATO – …' is none).
_DATELINE = re.compile(
    r"^[ \t]*(?:(?P<place>[^\W\d_][\w.’'-]*(?:[ \t]+[^\W\d_][\w.’'-]*){0,2})"
    rf"(?:,[ \t]*(?P<date>(?:{MONTH_PATTERN})\.?[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?))?"
    r"[ \t]*\([A-Z0-9][\w.-]{1,14}(?:/[A-Z0-9][\w.-]{1,14})?\)"
    r"|(?P<caps>[^\W\d_a-z]{2,}(?:[ \t]+[^\W\d_a-z]{2,}){0,2}))"
    r"[ \t]*(?:–|—|--?)[ \t]+(?=\S)",
    re.MULTILINE,
)
#: A first sentence that dates itself, looks ahead or back ('the same year', 'since') keeps its
#: own time, not the dateline's.
_OWN_DATE = re.compile(
    rf"\b(?:{MONTH_PATTERN}|will|would|to be|is due|expected|yesterday|today|tomorrow|same|ago"
    r"|since|earlier|later|last|previous|past|years?|months?|weeks?|decades?|once|first time"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:19|20)\d\d)\b|\d{1,2}[./]\d{1,2}",
    re.IGNORECASE,
)

#: A past act ('received', 'held'): only such a sentence takes the dateline's date; a state
#: ('ranks 83rd', 'has invested') holds on any day and keeps none.
_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|" + "|".join(lexicon_file("words")["verbs"]) + r")\b(?!\s+(?:by|to)\b)"
)
_STATE = re.compile(r"\b(?:has|have|is|are|remains?)\b", re.IGNORECASE)


def _dateline(match: re.Match[str]) -> str:
    """Nothing for the dateline, or 'On March 6, ' when its date is the only one the report's
    first sentence has: wire copy dates a past act by its dateline ('Springfield, May 2 (AP) – X
    received Y' says he received Y on May 2)."""
    caps, date = match.group("caps"), match.group("date")
    if caps is not None:
        return match.group() if fold(caps) not in PLACES else ""
    rest = match.string[match.end() :].split("\n", 1)[0]
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", rest, maxsplit=1)[0]
    dated = date is not None and _PAST.search(first) and not _STATE.search(first)
    return "" if not dated or _OWN_DATE.search(first) else f"On {date}, "


def without_credits(text: str) -> str:
    """`text` without a closing credit in brackets ('(VNA)', '(Photo: VNA)'), and with an
    opening wire dateline read as the date it gives the act ('Springfield, May 2 (AP) –')."""
    return _DATELINE.sub(_dateline, _DASH_CREDIT.sub("", _CREDIT.sub("", text)))
