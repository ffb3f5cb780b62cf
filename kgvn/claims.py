"""Reading a claim: the checkable parts of a sentence written the way journalists write.

Amounts (`$15 million`, `13.5 million USD`, `US$1.36 million`, `USD 7.5m`, `4,500,000 dollars`),
dates (`June 4, 1992`, `4 June 1992`, `27/12/1991`, `March 6-7, 2025`), years, ranks (`83rd among
148`), durations (`60-day`), counts (`about 100 people`, `three families`), percentages, hedges
(`about`, `more than`), negation, and the folded words that say what the claim is about.
Pure functions: no store, no I/O.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from enum import Enum

from kgvn.text import fold

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

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
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
    r"(?:(?:vietnamese|kyrgyz|investment|more|bilateral|cooperation|official|new)\s+)?"
    r"(?P<noun>people|persons|nationals|citizens|residents|members|families|family|households|projects?|countries|"
    r"documents?|agreements?|decades?|years?|visits?|territories|vietnamese(?=\s+(?:live|living|reside|residing|in\b)))\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without|didn't|doesn't|don't|hasn't|haven't|isn't|wasn't|"
    r"weren't|aren't|won't|cannot|can't|failed to|refused|declined|rejected|denied|turned down"
    r"|turn down|spurned|dismissed)\b|n't\b",
    re.IGNORECASE,
)
#: Places a claim may set something in, folded, with the name shown for them.
PLACES = {
    "hanoi": "Hanoi", "ha noi": "Hanoi", "bishkek": "Bishkek",
    "ho chi minh city": "Ho Chi Minh City",
    "saigon": "Ho Chi Minh City", "da nang": "Da Nang", "osh": "Osh", "hai phong": "Hai Phong",
    "nha trang": "Nha Trang", "moscow": "Moscow", "beijing": "Beijing", "astana": "Astana",
    "tashkent": "Tashkent", "new york": "New York", "geneva": "Geneva",
}  # fmt: skip
PLACE = re.compile(
    r"\b(?:in|at|to|visited|visiting|from|into)\s+(?:the\s+capital,?\s+)?(?P<place>"
    + "|".join(sorted(PLACES, key=len, reverse=True))
    + r")\b"
)
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
    ordinals: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    #: Numbers that fit none of the forms above: still checkable parts, so never ignored.
    bare_numbers: tuple[Count, ...] = ()
    negated: bool = False
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
        parts += [("number", item.text) for item in self.bare_numbers]
        parts += [("place", place) for place in self.places]
        return parts


def _number(text: str) -> float:
    return float(text.replace(",", ""))


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


def _amounts(sentence: str, taken: list[tuple[int, int]], shown: str) -> list[Amount]:
    found: list[Amount] = []
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
                    precision=_precision(match.group("num"), scale),
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


def _dates(
    sentence: str, taken: list[tuple[int, int]], default_year: int | None, shown: str
) -> list[DateSpan]:
    found: list[DateSpan] = []
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
    return found


def parse_claim(text: str, today_year: int | None = None) -> Claim:
    """The checkable parts of `text`; `today_year` resolves 'last year' (None leaves it open)."""
    sentence = " ".join(text.split())
    folded = fold(sentence)
    taken: list[tuple[int, int]] = []
    # Folded text keeps one character per letter here, so spans found in it fit the sentence too.
    working = folded if len(folded) == len(sentence) else sentence.lower()
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
                    _precision(number, 1.0),
                )
            )
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
    durations = []
    for match in DURATION.finditer(working):
        if _overlaps(match.span(), taken):
            continue
        unit_days = {"day": 1, "week": 7, "month": 30, "year": 365}[match.group("unit").lower()]
        number = match.group("num").lower()
        value = NUMBER_WORDS.get(number) or float(number)
        if "-" in match.group() or unit_days == 1:
            taken.append(match.span())
            durations.append(Duration(value * unit_days, original(match)))
    counts = []
    for match in COUNT.finditer(working):
        if (
            _overlaps(match.span(), taken)
            or working[max(0, match.start() - 4) : match.start()] == "the "
        ):
            continue
        number = match.group("num").lower()
        word_value = NUMBER_WORDS.get(number)
        value = float(word_value) if word_value is not None else _number(number)
        taken.append(match.span())
        counts.append(
            Count(
                value,
                match.group("noun").lower(),
                original(match),
                _hedge_before(working, match.start()),
            )
        )
    ordinals = tuple(word for word in re.findall(r"[a-z]+", folded) if word in ORDINAL_WORDS)
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
        ordinals=ordinals,
        places=places,
        bare_numbers=tuple(bare),
        negated=NEGATION.search(sentence) is not None,
        spans=tuple(taken),
    )
