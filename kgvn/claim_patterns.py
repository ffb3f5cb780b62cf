"""The patterns a claim is read with: numbers, money, dates, counts, hedges, negation and the
places the lexicon knows (`kgvn/lexicon/places.json`). Data and regular expressions only; the
reading itself is in `kgvn.claims`."""

from __future__ import annotations

import calendar
import re
from enum import Enum

from kgvn.lexicon_files import lexicon_file
from kgvn.text import fold


def _lexicon_places() -> dict[str, str]:
    """Every capital and city the lexicon knows, folded, with the name a claim's place shows."""
    data = lexicon_file("places")
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
            for entry in lexicon_file("places")["countries"].values()
            for word in entry.get("demonyms", [])
        },
        key=len,
        reverse=True,
    )
)

#: The months as English writes them, and a pattern that matches any one of them.
FULL_MONTHS = tuple(name for name in calendar.month_name if name)
MONTH_PATTERN = "|".join(FULL_MONTHS)
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "dozen": 12, "a dozen": 12,
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
    # 'added up to' is a sum, not a ceiling
    (
        r"at most|no more than|(?<!add )(?<!adds )(?<!added )(?<!adding )up to|a maximum of",
        Hedge.at_most,
    ),
    (r"nearly|almost|close to|just under|approaching", Hedge.nearly),
    (
        r"about|around|approximately|roughly|some|circa|an estimated|estimated|around|c\.",
        Hedge.about,
    ),
]
#: A hedge is a word of its own: 'turnover tripled' is not 'over tripled'.
_HEDGE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<h{i}>{pattern})" for i, (pattern, _) in enumerate(HEDGES))
    + r")\s+$"
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
#: A figure with a scale and no currency ('… to 13.5 million in 2024'): an amount in the
#: currency of another figure of the same sentence, unless a noun follows ('7 million people').
#: After a scaled figure with no currency: no noun of its own ('7 million people').
_NO_NOUN_AFTER = (
    r"(?!\s+(?!(?:in|by|for|from|to|and|or|on|at|a|an|per|this|last|that|as|over|during|after"
    r"|before|than|with|while|since|until|which|when|the|each|every|only|compared)\b)[a-z])"
)
AMOUNT_SAME_CURRENCY = re.compile(
    rf"(?<![\w.$])(?P<num>{NUM})\s?(?P<scale>millions?|mn|mln|billion|bn)\b(?!\s?(?:%|per\s?cent))"
    + _NO_NOUN_AFTER,
    re.IGNORECASE,
)
PERCENT = re.compile(rf"(?P<num>{NUM})\s?(?:%|per\s?cent\b)", re.IGNORECASE)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_RANGE = (
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s?(?:-|–|—|to|and)\s?(?:the\s)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"  # 'to the 7th'
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
    r"\b(?:from\s+|between\s+)?(?P<y1>(?:19|20)\d{2})\s?(?:-|–|—|to|and|through|until)\s?(?P<y2>(?:19|20)\d{2}|\d{2})\b(?![.,]\d|\s?(?:million|billion|thousand|%|per\s?cent))",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<![\d$.,/-])(?P<year>(?:19|20)\d{2})(?![\d%,.]\d|-\d|/)")
RANK = re.compile(
    r"\b(?:rank(?:s|ed|ing)?\s+(?:no\.?\s*|number\s+)?)?(?P<rank>\d+)(?:st|nd|rd|th)\b"
    r"(?:[-\s](?:largest|biggest|top|place))?"
    r"(?:\s+(?:place\s+)?(?:[A-Za-z]+\s+){0,6}?(?:among|out\s+of|of|from)\s+(?:the\s+)?(?P<of>\d+))?",
    re.IGNORECASE,
)
#: "Among 148 countries investing in X, Y ranks 83rd" (or "sits in 83rd place"): the field named
#: before the rank, with any verb once the rank is an ordinal in the next clause (not
#: one a "from" makes an earlier rank).
RANK_AMONG = re.compile(
    r"\b(?:(?:among|out\s+of)\s+(?:the\s+)?|of\s+the\s+)(?P<of>\d+)\b[^.;\d]{0,80}?"
    r"(?:\brank(?:s|ed)?\s+(?:no\.?\s*|number\s+)?|,[^.;\d,]{0,60}?(?<!from\s)\b(?=\d+(?:st|nd|rd|th)\b))"
    r"(?P<rank>\d+)(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
RANK_PLAIN = re.compile(
    r"\brank(?:s|ed)?\s+(?:no\.?\s*|number\s+)?(?P<rank>\d+)"
    r"(?:\s+(?:among|out of|of)\s+(?:the\s+)?(?P<of>\d+))?",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"(?P<num>\d+|" + "|".join(NUMBER_WORDS) + r")[-\s](?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)
COUNT = re.compile(
    r"\b(?P<num>\d[\d,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+"
    rf"(?:(?:{_DEMONYMS}|investment|more|bilateral|cooperation|official|new|fdi|foreign"
    r"|direct|active|registered|valid|such|naturali[sz]ed|ethnic|other"
    r"|of\s+(?:their|its)(?=\s+(?:famil|household)))\s+){0,3}"
    r"(?P<noun>people|persons|nationals|citizens|residents|members|families|family|households|projects?|countries|"
    rf"documents?|agreements?|decades?|years?|visits?|territories|(?:{_DEMONYMS})(?=\s+(?:(?:are|were|still|now|currently)\s+){{0,2}}(?:live|living|lived|reside|residing|resided|in\b)))\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|never|no(?!\s+(?:less|more|fewer|later|earlier|sooner)\b|\.\s?\d)"
    r"|none|neither|nor|didn't|doesn't|don't|hasn't|haven't|isn't|wasn't|weren't|aren't|won't"
    r"|cannot|can't|failed to|refused"
    r"|declined(?!\s+(?:(?:by|from|in|over|sharply|slightly)\b|to\s+(?:us)?\$|\d)|\s*[.,;]|\s*$)"
    r"|rejected|denied|turned down|turn down|spurned"
    r"|dismissed|(?:has|have|had|is|are|was|were|remains?|remained) yet to)\b|n't\b",
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
                  "quadruple": 4.0, "quadrupling": 4.0,
                  "halved": 0.5}  # fmt: skip
#: A multiple as written: digits, or a number word up to twenty or a round ten, with 'and a
#: half' or 'and a quarter' after it ('five and a half times').
_MULTIPLE_NUMBER = (
    r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|a hundred|one hundred|hundred)(?:\s+and\s+a\s+(?:half|quarter))?"
)
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
DURATION_LEAD = re.compile(
    r"(?:\bfor|\bup to|\bof|\blasting|\bvalid for)\s+(?:(?:about|around|roughly|nearly|almost"
    r"|some|approximately|just|over|under|more than|less than|up to)\s+)*$",
    re.IGNORECASE,
)
#: An ordinal before a verb ('first established') says when, not which one: not a part.
ORDINAL = re.compile(
    r"\b(?P<word>" + "|".join(ORDINAL_WORDS) + r")\b(?:-ever)?(?!\s+\w+ed\b)", re.IGNORECASE
)
#: Words that say what a claim is about, as folded patterns, with the subject each names.
SUBJECTS: list[tuple[str, str]] = [
    (r"\btrade|\bturnover|\btwo-way", "trade"),
    (r"\bexport|\bsells?\b|\bsold\b|\bship|\bsends?\b|\bsending\b", "exports"),
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
#: "In 2024 from a year earlier", "2024 over the previous year": a change between two years.
YEAR_ON_YEAR = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s*,?\s+(?:(?:up|down)\s+)?(?:from|on|over|compared\s+(?:with|to)"
    r"|against|versus)\s+(?:(?:a|one)\s+year\s+(?:earlier|before|previously|prior)"
    r"|the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)
#: "Rose by two-thirds", "up by a half": a growth rate written as a fraction, in per cent.
FRACTION = re.compile(
    r"\b(?:by|up|of)\s+(?:(?:about|around|nearly|almost|roughly|more\s+than|over|some)\s+)?"
    r"(?P<frac>two[- ]thirds|three[- ]quarters|(?:a|one)[- ](?:third|quarter|half)|half)\b",
    re.IGNORECASE,
)
FRACTION_PERCENT = {"two thirds": 66.7, "three quarters": 75.0, "a third": 33.3, "one third": 33.3,
                    "a quarter": 25.0, "one quarter": 25.0, "a half": 50.0, "one half": 50.0,
                    "half": 50.0}  # fmt: skip


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
    r"[\s-]+(?P<scale>million|billion|thousand)[\s-]+(?:us\s?)?(?:dollars?|usd)\b",
    re.IGNORECASE,
)
#: 'up from seven and a half million': a worded figure with no currency, money only beside one
#: whose currency is written (as `AMOUNT_SAME_CURRENCY`).
WORDED_SAME_CURRENCY = re.compile(
    rf"\b(?:(?P<num>{_WORDED_NUMBER})(?P<frac>\s+and\s+a\s+(?:half|quarter))?|(?P<half>half\s+a))"
    r"[\s-]+(?P<scale>million|billion)\b(?!\s?(?:%|per\s?cent))" + _NO_NOUN_AFTER,
    re.IGNORECASE,
)
