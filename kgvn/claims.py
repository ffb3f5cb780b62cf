"""Reading a claim: the checkable parts of a sentence written the way journalists write.

Amounts (`$15 million`, `13.5 million USD`, `US$1.36 million`, `USD 7.5m`, `4,500,000 dollars`),
dates (`June 4, 1992`, `4 June 1992`, `27/12/1991`, `March 6-7, 2025`), years, ranks (`83rd among
148`), durations (`60-day`), counts (`about 100 people`, `three families`), percentages, hedges
(`about`, `more than`), multiples (`doubled`, `threefold`), negation, the names written in
capitals, and the subject words that say what the claim is about. Pure functions: no store, no I/O.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from enum import Enum
from importlib import resources
from typing import Any

from kgvn.text import fold


def _places_file() -> dict[str, Any]:
    text = resources.files("kgvn").joinpath("lexicon").joinpath("places.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _lexicon_places() -> dict[str, str]:
    """Every capital and city the lexicon knows, folded, with the name a claim's place shows."""
    data = _places_file()
    found: dict[str, str] = {}
    for group in ("countries", "others"):
        for entry in data.get(group, {}).values():
            for name in (*entry.get("capitals", []), *entry.get("cities", [])):
                found[fold(name)] = fold(name)
    for alias, name in data.get("place_aliases", {}).items():
        found[fold(alias)] = fold(name)
    return {alias: name.title() for alias, name in found.items()}


#: The words for the people of the record's countries ('vietnamese', 'kyrgyz'), as a pattern.
_DEMONYMS = "|".join(
    sorted(
        {
            re.escape(fold(word))
            for entry in _places_file()["countries"].values()
            for word in entry.get("demonyms", [])
        },
        key=len,
        reverse=True,
    )
)

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "hundred": 100, "a hundred": 100, "one hundred": 100, "dozen": 12, "a dozen": 12,
    "several": 3,
}  # fmt: skip
_UNITS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
NUMBER_WORDS.update(
    {f"{unit} {scale}": value * size for unit, value in _UNITS.items()
     for scale, size in (("hundred", 100), ("thousand", 1000))}
)  # fmt: skip
NUMBER_WORDS["thousand"] = 1000
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trieu": 1e6, "ty": 1e9, "ti": 1e9,
}  # fmt: skip


class Hedge(str, Enum):
    """How exactly a number is meant."""

    exact = "exact"
    about = "about"
    at_least = "at-least"
    more_than = "more-than"
    at_most = "at-most"
    less_than = "less-than"
    nearly = "nearly"


HEDGES: list[tuple[str, Hedge]] = [
    (
        r"more than|over|above|exceeding|exceeded|exceeds|topped|tops|surpassed|passed"
        r"|in excess of|upwards of",
        Hedge.more_than,
    ),
    (r"at least|no less than|a minimum of", Hedge.at_least),
    (r"less than|under|below|fewer than", Hedge.less_than),
    (r"at most|no more than|up to|a maximum of", Hedge.at_most),
    (r"nearly|almost|close to|just under|approaching", Hedge.nearly),
    (
        r"about|around|approximately|roughly|some|circa|an estimated|estimated|around|c\.",
        Hedge.about,
    ),
]
_HEDGE = re.compile(
    r"(?:" + "|".join(f"(?P<h{i}>{pattern})" for i, (pattern, _) in enumerate(HEDGES)) + r")\s+$"
)

#: Thousands separated by commas, a decimal point, or a decimal comma as Vietnamese writes it
#: ('7,5 triệu USD'): a comma followed by one or two digits only.
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!,?\d)|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
SCALE = r"thousand|millions?|mn|mln|m|billion|bn|b|k|trieu|ty|ti"
CURRENCY_BEFORE = r"us\s?\$|usd|\$|us dollars?|dollars?"
CURRENCY_AFTER = r"usd|us dollars?|dollars?|us\$|\$"
AMOUNT_BEFORE = re.compile(
    rf"(?<![\w.])(?:{CURRENCY_BEFORE})\s?(?P<num>{NUM})(?:\s?(?P<scale>{SCALE})\b)?", re.IGNORECASE
)
AMOUNT_AFTER = re.compile(
    rf"(?<![\w.$])(?P<num>{NUM})\s?(?:(?P<scale>{SCALE})\s?)?(?:{CURRENCY_AFTER})(?![\w])",
    re.IGNORECASE,
)
PERCENT = re.compile(rf"(?P<num>{NUM})\s?(?:%|per\s?cent\b)", re.IGNORECASE)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_RANGE = (
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s?(?:-|–|—|to|and)\s?(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
)
DATE_MDY = re.compile(
    rf"\b(?P<month>{MONTH_NAMES})\.?\s+{DAY_RANGE}(?:,?\s+(?P<year>\d{{4}}))?\b", re.IGNORECASE
)
DATE_DMY = re.compile(
    rf"\b{DAY_RANGE}\s+(?:of\s+)?(?P<month>{MONTH_NAMES})\.?(?:,?\s+(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
DATE_MY = re.compile(rf"\b(?P<month>{MONTH_NAMES})\.?,?\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
DATE_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})\b")
DATE_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?\b")
YEAR_RANGE = re.compile(
    r"\b(?:from\s+|between\s+)?(?P<y1>(?:19|20)\d{2})\s?(?:-|–|—|to|and|through|until)\s?(?P<y2>(?:19|20)\d{2}|\d{2})\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<![\d$.,/-])(?P<year>(?:19|20)\d{2})(?![\d%,.]\d|-\d|/)")
RANK = re.compile(
    r"\b(?:rank(?:s|ed|ing)?\s+(?:no\.?\s*|number\s+)?)?(?P<rank>\d+)(?:st|nd|rd|th)\b"
    r"(?:[-\s](?:largest|biggest|top|place))?"
    r"(?:\s+(?:place\s+)?(?:among|out of|of|from)\s+(?P<of>\d+))?",
    re.IGNORECASE,
)
RANK_PLAIN = re.compile(
    r"\brank(?:s|ed)?\s+(?:no\.?\s*|number\s+)?(?P<rank>\d+)"
    r"(?:\s+(?:among|out of|of)\s+(?P<of>\d+))?",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"(?P<num>\d+|" + "|".join(NUMBER_WORDS) + r")[-\s](?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)
COUNT = re.compile(
    r"\b(?P<num>\d[\d,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+"
    rf"(?:(?:{_DEMONYMS}|investment|more|bilateral|cooperation|official|new|fdi|foreign"
    r"|direct|active|registered|valid|such|naturali[sz]ed|ethnic|other)\s+){0,3}"
    r"(?P<noun>people|persons|nationals|citizens|residents|members|families|family|households|projects?|countries|"
    rf"documents?|agreements?|decades?|years?|visits?|territories|(?:{_DEMONYMS})(?=\s+(?:live|living|reside|residing|in\b)))\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|never|no(?!\s+(?:less|more|fewer|later|earlier|sooner)\b|\.\s?\d)"
    r"|none|neither|nor|didn't|doesn't|don't|hasn't|haven't|isn't|wasn't|weren't|aren't|won't"
    r"|cannot|can't|failed to|refused|declined|rejected|denied|turned down|turn down|spurned"
    r"|dismissed)\b|n't\b",
    re.IGNORECASE,
)
#: Places a claim may set something in, folded, with the name shown for them: every capital
#: and city `kgvn/lexicon/places.json` knows, and the other spellings it gives for them.
PLACES = _lexicon_places()
PLACE = re.compile(
    r"\b(?:in|at|to|visited|visiting|from|into)\s+(?:the\s+capital,?\s+)?(?P<place>"
    + "|".join(sorted(PLACES, key=len, reverse=True))
    + r")\b"
)
MULTIPLE_WORDS = {"doubled": 2.0, "doubling": 2.0, "double": 2.0, "twice": 2.0, "tripled": 3.0,
                  "trebled": 3.0, "tripling": 3.0, "triple": 3.0, "thrice": 3.0, "quadrupled": 4.0,
                  "halved": 0.5}  # fmt: skip
_MULTIPLE_NUMBER = r"\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten"
RATIO = re.compile(
    r"\b(?:(?P<verb>" + "|".join(MULTIPLE_WORDS) + r")(?!\s+tax)"
    rf"|(?P<fold>{_MULTIPLE_NUMBER})[-\s]?fold"
    rf"|(?P<times>{_MULTIPLE_NUMBER})\s+times"
    r"(?=\s+(?:higher|more|larger|bigger|greater|over|as\b|the\b|that\b|its\b)))\b",
    re.IGNORECASE,
)
STRONG = re.compile(
    r"\b(?P<num>\d[\d,]*|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")[-\s]strong\b",
    re.IGNORECASE,
)
NO_COUNT = re.compile(
    rf"\bno\s+(?:(?:other|further|new|more|{_DEMONYMS}|investment|bilateral)\s+)?"
    r"(?P<noun>projects?|agreements?|documents?|families|visits?|investments?)\b",
    re.IGNORECASE,
)
#: A duration needs a hyphen ('60-day') or a word saying it is one ('for two months').
DURATION_LEAD = re.compile(r"(?:\bfor|\bup to|\bof|\blasting|\bvalid for)\s+$", re.IGNORECASE)
#: An ordinal before a verb ('first established') says when, not which one: not a part.
ORDINAL = re.compile(
    r"\b(?P<word>" + "|".join(ORDINAL_WORDS) + r")\b(?:-ever)?(?!\s+\w+ed\b)", re.IGNORECASE
)
#: Words that say what a claim is about, as folded patterns, with the subject each names.
SUBJECTS: list[tuple[str, str]] = [
    (r"\btrade|\bturnover|\btwo-way", "trade"),
    (r"\bexport|\bsells?\b|\bsold\b|\bship", "exports"),
    (r"\bimport|\bbuys?\b|\bbought\b", "imports"),
    (r"\binvest|\bfdi\b|\bcapital\b", "investment"),
    (r"\bprojects?\b", "project"),
    (r"\brank|\blargest investor|\bbiggest investor", "rank"),
    (r"\bvisa", "visa"),
    (r"\bdiplomatic|\b(?:ties|relations)\b", "diplomatic relations"),
    (r"\bindependen", "independence"),
    (r"\brecogni[sz]", "recognition"),
    (r"\bvisit|\btrip\b|\btravel", "visit"),
    (r"\btalks\b|\bmet\b|\bmeeting", "talks"),
    (r"\breceiv|\breception|\bwelcom|\bhosted\b", "reception"),
    (r"\bphone|\btelephone", "phone call"),
    (r"\binvit", "invitation"),
    (r"\bagreement|\btreaty|\baccord\b|\bpact\b|\bmemorand|\bmou\b|\bdocuments?\b", "agreement"),
    (r"\bjoint statement", "joint statement"),
    (r"\bsign(?:ed|ing|s)?\b", "signing"),
    (r"\bcommunit|\bdiaspora|\blive\b|\bliving\b|\bresid", "community"),
    (r"\bcitizenship|\bnaturali[sz]", "citizenship"),
    (r"\bmember", "membership"),
    (r"\bpresident|\bprime minister|\bminister\b|\bsecretary|\bchairman|\bpm\b", "office"),
]
#: Capitalised words that start sentences or name months, not people or places.
_NOT_NAMES = frozenset(
    {
        "a", "an", "the", "in", "on", "at", "by", "for", "from", "to", "of", "and", "or", "but",
        "as", "after", "before", "during", "since", "until", "both", "two", "three", "it", "its",
        "this", "that", "these", "those", "there", "their", "they", "he", "she", "his", "her",
        "we", "our", "last", "next", "some", "about", "around", "nearly", "over", "under", "more",
        "less", "only", "one", "no", "not", "trade", "two-way", "bilateral", "total", "exports",
        "imports", "investment", "diplomatic", "relations", "ties",
    }
) | frozenset(MONTHS)  # fmt: skip
_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")
BARE_NUMBER = re.compile(r"(?<![\w.$%-])(?P<num>\d[\d,]*(?:\.\d+)?)(?![\w%-])")
RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next|past)\s+year\b", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A sum of money in US dollars."""

    usd: float
    text: str
    hedge: Hedge = Hedge.exact
    #: Digits after the decimal point as written: "$13.5 million" is meant to 0.1 million.
    precision: float = 0.0

    @property
    def approximate(self) -> bool:
        """Whether the claim hedges the figure ('about', 'more than', 'nearly'...)."""
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class DateSpan:
    """A date at the precision written, as ISO partial dates; `end` for ranges like March 6-7."""

    start: str
    end: str | None
    text: str


@dataclass(frozen=True)
class Count:
    value: float
    noun: str
    text: str
    hedge: Hedge = Hedge.exact

    @property
    def approximate(self) -> bool:
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class Rank:
    rank: int
    out_of: int | None
    text: str


@dataclass(frozen=True)
class Duration:
    days: float
    text: str


@dataclass(frozen=True)
class Percent:
    value: float
    text: str
    hedge: Hedge = Hedge.exact
    precision: float = 1.0

    @property
    def approximate(self) -> bool:
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class Ratio:
    """A multiple: 'doubled' is 2, 'threefold' 3, 'halved' 0.5."""

    value: float
    text: str
    hedge: Hedge = Hedge.exact

    @property
    def approximate(self) -> bool:
        return self.hedge is not Hedge.exact


@dataclass(frozen=True)
class Claim:
    """The checkable parts of one sentence."""

    text: str
    folded: str
    words: tuple[str, ...]
    amounts: tuple[Amount, ...] = ()
    dates: tuple[DateSpan, ...] = ()
    years: tuple[int, ...] = ()
    year_ranges: tuple[tuple[int, int], ...] = ()
    relative_years: tuple[str, ...] = ()
    ranks: tuple[Rank, ...] = ()
    durations: tuple[Duration, ...] = ()
    counts: tuple[Count, ...] = ()
    percents: tuple[Percent, ...] = ()
    ratios: tuple[Ratio, ...] = ()
    ordinals: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    #: Numbers that fit none of the forms above: still checkable parts, so never ignored.
    bare_numbers: tuple[Count, ...] = ()
    negated: bool = False
    #: Names as written in capitals ('Phạm Minh Chính', 'Khánh Hoà'): who and where, unmatched.
    names: tuple[str, ...] = ()
    #: What the claim is about, from its words: 'trade', 'visa', 'visit', 'investment'…
    subjects: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    def has(self, *stems: str) -> bool:
        """Whether any word of the claim starts with any of `stems` (folded)."""
        return any(word.startswith(stem) for word in self.words for stem in stems)

    def has_phrase(self, phrase: str) -> bool:
        return re.search(rf"\b{re.escape(phrase)}", self.folded) is not None

    def checkable_parts(self) -> list[tuple[str, str]]:
        """(kind, text as written) of every figure, date and place: each must be checked."""
        parts = [("amount", item.text) for item in self.amounts]
        parts += [("date", item.text) for item in self.dates]
        parts += [("date", str(year)) for year in self.years]
        parts += [("period", f"{first}–{last}") for first, last in self.year_ranges]
        parts += [("rank", item.text) for item in self.ranks]
        parts += [("duration", item.text) for item in self.durations]
        parts += [("count", item.text) for item in self.counts]
        parts += [("percentage", item.text) for item in self.percents]
        parts += [("ratio", item.text) for item in self.ratios]
        parts += [("ordinal", word) for word in self.ordinals]
        parts += [("number", item.text) for item in self.bare_numbers]
        parts += [("place", place) for place in self.places]
        return parts


def _plain(text: str) -> str:
    """A number as written, with a decimal point and no thousands separators."""
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return text.replace(",", ".")
    return text.replace(",", "")


def _number(text: str) -> float:
    return float(_plain(text))


def _hedge_before(sentence: str, start: int) -> Hedge:
    match = _HEDGE.search(sentence[max(0, start - 30) : start].lower())
    if match is None:
        return Hedge.exact
    for index, (_, hedge) in enumerate(HEDGES):
        if match.group(f"h{index}"):
            return hedge
    return Hedge.exact


def _precision(number: str, scale: float) -> float:
    decimals = len(number.split(".")[1]) if "." in number else 0
    step = 10.0 ** (-decimals)
    return scale * step if scale > 1 else step


_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_WORD_VALUE = {word: float(value) for value, word in enumerate(_SMALL)} | {
    f"{tens}{joint}{unit}": float(value + (_SMALL.index(unit) if unit else 0))
    for tens, value in _TENS.items()
    for unit in ["", *_SMALL[1:10]]
    for joint in (("",) if not unit else ("-", " "))
}
_WORDED_NUMBER = "|".join(sorted((re.escape(word) for word in _WORD_VALUE), key=len, reverse=True))
#: 'thirteen and a half million dollars', 'half a million US dollars', 'seven million USD'.
WORDED_AMOUNT = re.compile(
    rf"\b(?:(?P<num>{_WORDED_NUMBER})(?P<frac>\s+and\s+a\s+(?:half|quarter))?|(?P<half>half\s+a))"
    r"\s+(?P<scale>million|billion|thousand)\s+(?:us\s?)?(?:dollars?|usd)\b",
    re.IGNORECASE,
)


def _worded_amounts(sentence: str, taken: list[tuple[int, int]], shown: str) -> list[Amount]:
    found: list[Amount] = []
    for match in WORDED_AMOUNT.finditer(sentence):
        if _overlaps(match.span(), taken):
            continue
        scale = SCALES[match.group("scale").lower()]
        if match.group("half"):
            value, step = 0.5, 0.5
        else:
            value = _WORD_VALUE[re.sub(r"\s+", " ", match.group("num").lower())]
            fraction = (match.group("frac") or "").lower()
            value += 0.5 if fraction.endswith("half") else 0.25 if fraction else 0.0
            step = 0.25 if fraction.endswith("quarter") else 0.5 if fraction else 1.0
        taken.append(match.span())
        found.append(
            Amount(
                usd=value * scale,
                text=shown[match.start() : match.end()].strip(),
                hedge=_hedge_before(sentence, match.start()),
                precision=step * scale,
            )
        )
    return found


def _amounts(sentence: str, taken: list[tuple[int, int]], shown: str) -> list[Amount]:
    found: list[Amount] = _worded_amounts(sentence, taken, shown)
    for pattern in (AMOUNT_BEFORE, AMOUNT_AFTER):
        for match in pattern.finditer(sentence):
            if _overlaps(match.span(), taken):
                continue
            scale = SCALES.get((match.group("scale") or "").lower(), 1.0)
            value = _number(match.group("num")) * scale
            taken.append(match.span())
            found.append(
                Amount(
                    usd=value,
                    text=shown[match.start() : match.end()].strip(),
                    hedge=_hedge_before(sentence, match.start()),
                    precision=_precision(_plain(match.group("num")), scale),
                )
            )
    return found


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


#: "Late 1991" is September to December; "early October 2024" the first ten days.
QUALIFIED_DATE = re.compile(
    rf"\b(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)(?:\s+of)?)[-\s]+"
    rf"(?:(?P<month>{MONTH_NAMES})\.?\s+)?(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


#: "The end of October 2024" is late October; "the beginning of 2025" early 2025.
_PART_WORDS = {"end": "late", "beginning": "early", "start": "early", "middle": "mid"}


def _qualified_date(match: re.Match[str], text: str) -> DateSpan | None:
    part, year = match.group("part").lower(), int(match.group("year"))
    part = re.sub(r"^the\s+|\s+of$", "", part)
    part = _PART_WORDS.get(part, part)
    month_text = match.group("month")
    if month_text is None:
        first, last = _YEAR_PARTS[part]
        return DateSpan(f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}", text)
    month = MONTHS.get(month_text.lower().rstrip("."))
    if month is None:
        return None
    first, last = _MONTH_PARTS[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return DateSpan(
        f"{year:04d}-{month:02d}-{first:02d}", f"{year:04d}-{month:02d}-{last:02d}", text
    )


def _dates(
    sentence: str, taken: list[tuple[int, int]], default_year: int | None, shown: str
) -> list[DateSpan]:
    found: list[DateSpan] = []
    places: list[tuple[int, int]] = []
    for match in QUALIFIED_DATE.finditer(sentence):
        qualified = _qualified_date(match, shown[match.start() : match.end()].strip())
        if qualified is not None and not _overlaps(match.span(), taken):
            taken.append(match.span())
            found.append(qualified)
            places.append(match.span())
    for pattern in (DATE_NUMERIC, DATE_ISO, DATE_MDY, DATE_DMY, DATE_MY):
        for match in pattern.finditer(sentence):
            if _overlaps(match.span(), taken):
                continue
            groups = match.groupdict()
            month_text = groups["month"]
            month = (
                int(month_text)
                if month_text.isdigit()
                else MONTHS.get(month_text.lower().rstrip("."))
            )
            year = int(groups["year"]) if groups.get("year") else default_year
            day = int(groups["day"]) if groups.get("day") else None
            if month is None or (year is None and day is None):
                continue
            # No year written ('on March 6'): ISO 8601's '--MM-DD', checked against month and day.
            start = _iso(year or 2000, month, day)
            if start is None:
                continue
            end = None
            if groups.get("day2"):
                end = _iso(year or 2000, month, int(groups["day2"]))
            if year is None:
                start = "--" + start[5:]
                end = "--" + end[5:] if end else None
            taken.append(match.span())
            found.append(DateSpan(start, end, shown[match.start() : match.end()].strip()))
            places.append(match.span())
    return _joined_spans(sentence, found, places, shown)


_SPAN_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.IGNORECASE)


def _joined_spans(
    sentence: str, found: list[DateSpan], places: list[tuple[int, int]], shown: str
) -> list[DateSpan]:
    """'From March 6 to March 7, 2025': two dates written as the ends of one span."""
    order = sorted(range(len(found)), key=lambda index: places[index][0])
    joined: list[DateSpan] = []
    skip = False
    for position, index in enumerate(order):
        if skip:
            skip = False
            continue
        date, (start, end) = found[index], places[index]
        if position + 1 < len(order) and date.end is None:
            other_index = order[position + 1]
            other, (other_start, other_end) = found[other_index], places[other_index]
            lead = sentence[max(0, start - 8) : start].lower()
            gap = sentence[end:other_start]
            # "and" joins a span only after "between": "on March 6 and 7" are two days
            joins = gap.strip().lower() != "and" or re.search(r"between\s+$", lead) is not None
            if _SPAN_JOIN.match(gap) and joins and other.end is None:
                first = date.start
                if first.startswith("--") and not other.start.startswith("--"):
                    first = other.start[:4] + first[1:]  # the year written once, at the end
                joined.append(DateSpan(first, other.start, shown[start:other_end].strip()))
                skip = True
                continue
        joined.append(date)
    return joined


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """`sentence` with `spans` (which fit it: see `parse_claim`) blanked out."""
    for start, end in spans:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _word_number(text: str) -> float:
    word = NUMBER_WORDS.get(text.lower())
    return float(word) if word is not None else _number(text)


def _ratios(working: str, taken: list[tuple[int, int]], shown: str) -> list[Ratio]:
    found = []
    for match in RATIO.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        verb, folds, times = match.group("verb", "fold", "times")
        value = MULTIPLE_WORDS[verb.lower()] if verb else _word_number(folds or times)
        taken.append(match.span())
        text = shown[match.start() : match.end()].strip()
        found.append(Ratio(value, text, _hedge_before(working, match.start())))
    return found


def _durations(working: str, taken: list[tuple[int, int]], shown: str) -> list[Duration]:
    found = []
    for match in DURATION.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        unit = match.group("unit").lower()
        unit_days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        value = _word_number(match.group("num"))
        led = DURATION_LEAD.search(working[max(0, match.start() - 12) : match.start()])
        if "-" in match.group() or unit == "day" or (led and unit in ("week", "month")):
            taken.append(match.span())
            text = shown[match.start() : match.end()].strip()
            found.append(Duration(value * unit_days, text))
    return found


def _counts(working: str, taken: list[tuple[int, int]], shown: str) -> list[Count]:
    found = []
    for pattern in (STRONG, COUNT):
        for match in pattern.finditer(working):
            noun = "people" if pattern is STRONG else match.group("noun").lower()
            definite = working[max(0, match.start() - 4) : match.start()] == "the "
            if _overlaps(match.span(), taken) or (definite and not noun.startswith("year")):
                continue  # 'the two documents' names them; 'the five years' is still a period
            taken.append(match.span())
            found.append(
                Count(
                    _word_number(match.group("num")),
                    noun,
                    shown[match.start() : match.end()].strip(),
                    _hedge_before(working, match.start()),
                )
            )
    return found


def _none_counts(
    working: str, taken: list[tuple[int, int]], shown: str, spans: list[tuple[int, int]]
) -> list[Count]:
    """'No investment projects': a count of zero, which is a figure, not a denial."""
    found = []
    for match in NO_COUNT.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        taken.append(match.span())
        spans.append(match.span())
        noun = match.group("noun").lower()
        noun = "projects" if noun.startswith("investment") else noun
        found.append(Count(0.0, noun, shown[match.start() : match.end()].strip()))
    return found


def _names(sentence: str) -> tuple[str, ...]:
    """Runs of capitalised words: the people, places and bodies a claim names, as written."""
    runs: list[list[str]] = []
    previous_end = -2
    for match in _NAME_WORD.finditer(sentence):
        word = match.group()
        capital = word[0].isupper() and fold(word) not in _NOT_NAMES
        joined = sentence[previous_end : match.start()].strip() == "" and previous_end >= 0
        if capital and runs and joined:
            runs[-1].append(word)
        elif capital:
            runs.append([word])
        previous_end = match.end() if capital else -2
    return tuple(dict.fromkeys(" ".join(run) for run in runs))


def _subjects(folded: str) -> tuple[str, ...]:
    return tuple(subject for pattern, subject in SUBJECTS if re.search(pattern, folded))


def parse_claim(text: str, today_year: int | None = None) -> Claim:
    """The checkable parts of `text`; `today_year` resolves 'last year' (None leaves it open)."""
    sentence = " ".join(text.split())
    folded = fold(sentence)
    taken: list[tuple[int, int]] = []
    # Where folding keeps one character per character, spans found in the folded text fit the
    # sentence too; transliteration (Þ → th) can change lengths and still add up by chance.
    aligned = sentence.isascii() or all(len(fold(char)) == 1 for char in sentence)
    working = folded if aligned and len(folded) == len(sentence) else sentence.lower()
    shown = sentence if working is folded else working

    def original(match: re.Match[str]) -> str:
        return shown[match.start() : match.end()].strip()

    amounts = _amounts(working, taken, shown)
    percents = []
    for match in PERCENT.finditer(working):
        if not _overlaps(match.span(), taken):
            taken.append(match.span())
            number = match.group("num")
            percents.append(
                Percent(
                    _number(number),
                    original(match),
                    _hedge_before(working, match.start()),
                    _precision(_plain(number), 1.0),
                )
            )
    ratios = _ratios(working, taken, shown)
    dates = _dates(working, taken, None, shown)
    year_ranges = []
    for match in YEAR_RANGE.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        first = int(match.group("y1"))
        second_text = match.group("y2")
        second = (
            int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        )
        if second > first:
            taken.append(match.span())
            year_ranges.append((first, second))
    years = []
    for match in YEAR.finditer(working):
        if not _overlaps(match.span(), taken):
            taken.append(match.span())
            years.append(int(match.group("year")))
    relative = tuple(match.group("which").lower() for match in RELATIVE_YEAR.finditer(working))
    if today_year is not None:
        offsets = {"last": -1, "past": -1, "this": 0, "next": 1}
        years += [today_year + offsets[which] for which in relative]
    ranks = []
    for pattern in (RANK, RANK_PLAIN):
        for match in pattern.finditer(working):
            if _overlaps(match.span(), taken):
                continue
            taken.append(match.span())
            out_of = int(match.group("of")) if match.group("of") else None
            ranks.append(Rank(int(match.group("rank")), out_of, original(match)))
    durations = _durations(working, taken, shown)
    zero_spans: list[tuple[int, int]] = []
    counts = _none_counts(working, taken, shown, zero_spans) + _counts(working, taken, shown)
    ordinals = tuple(
        match.group("word").lower()
        for match in ORDINAL.finditer(working)
        if not _overlaps(match.span(), taken)
    )
    places = tuple(dict.fromkeys(PLACES[match.group("place")] for match in PLACE.finditer(folded)))
    bare = []
    for match in BARE_NUMBER.finditer(working):
        if not _overlaps(match.span(), taken):
            taken.append(match.span())
            bare.append(
                Count(
                    _number(match.group("num")),
                    "",
                    original(match),
                    _hedge_before(working, match.start()),
                )
            )
    return Claim(
        text=sentence,
        folded=folded,
        words=tuple(re.findall(r"[a-z0-9]+", folded)),
        amounts=tuple(amounts),
        dates=tuple(dates),
        years=tuple(years),
        year_ranges=tuple(year_ranges),
        relative_years=relative,
        ranks=tuple(ranks),
        durations=tuple(durations),
        counts=tuple(counts),
        percents=tuple(percents),
        ratios=tuple(ratios),
        ordinals=ordinals,
        places=places,
        bare_numbers=tuple(bare),
        negated=NEGATION.search(_blank(sentence, zero_spans)) is not None,
        names=_names(sentence),
        subjects=_subjects(folded),
        spans=tuple(taken),
    )
