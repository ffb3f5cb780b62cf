"""Numbers written in words that the figure readers miss: ordinals past ten ('eighty-third' as
'83rd', the way the rank slots compare them), decimals ('thirteen point five million'), a
hyphened half ('four-and-a-half') and a day as an ordinal ('the fourth of June')."""

from __future__ import annotations

import re

from kgvn.claim_patterns import _WORD_VALUE, MONTH_PATTERN, ORDINAL_WORDS

_UNITS = tuple(word for word, value in ORDINAL_WORDS.items() if value < 10)
_TEENS = (
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENTHS = tuple(tens[:-1] + "ieth" for tens in _TENS)

#: Every spelled ordinal from 11 to 99 and its value.
_VALUES: dict[str, int] = {word: 11 + index for index, word in enumerate(_TEENS)}
for _index, _tens in enumerate(_TENS):
    _VALUES[_TENTHS[_index]] = 20 + 10 * _index
    for _unit_index, _unit in enumerate(_UNITS):
        _VALUES[f"{_tens}-{_unit}"] = 20 + 10 * _index + _unit_index + 1
        _VALUES[f"{_tens} {_unit}"] = 20 + 10 * _index + _unit_index + 1

_SPELLED = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _VALUES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _suffix(value: int) -> str:
    """'st', 'nd', 'rd' or 'th', as English writes the figure."""
    if 10 <= value % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def spelled_ordinals(text: str) -> str:
    """`text` with each ordinal from 11th to 99th written in words as its figure."""

    def figure(match: re.Match[str]) -> str:
        value = _VALUES[match.group().lower().replace("  ", " ")]
        return f"{value}{_suffix(value)}"

    return _SPELLED.sub(figure, text)


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: 'thirteen point five million': a decimal written in words, before its scale.
_POINT = re.compile(
    r"\b(?P<whole>"
    + "|".join(sorted(map(re.escape, _WORD_VALUE), key=len, reverse=True))
    + r")\s+point\s+(?P<digits>(?:(?:"
    + "|".join(_DIGIT_WORDS)
    + r")\s+)+)(?=(?:million|billion|thousand)\b)",
    re.IGNORECASE,
)
#: 'four-and-a-half million': the hyphens of a spelled number with a half.
_HYPHENED_HALF = re.compile(r"\b([a-z]+)-and-a-(half|quarter)\b", re.IGNORECASE)
#: 'the fourth of June': a day of the month as an ordinal word.
_DAY_OF_MONTH = re.compile(
    r"\bthe\s+(?P<day>" + "|".join(ORDINAL_WORDS) + rf")\s+of\s+(?=(?:{MONTH_PATTERN})\b)",
    re.IGNORECASE,
)


_HEDGE = (
    r"about|around|some|nearly|almost|roughly|approximately|over|more than|fewer than|less than"
    r"|at least|at most|up to|close to|just over|just under"
)
#: 'numbering about a hundred', 'some one thousand': a round number in words after a hedge or a
#: verb of counting, with no noun after it for the count reader to take it by.
_ROUND = re.compile(
    rf"\b(?P<lead>(?:{_HEDGE}|number(?:s|ed|ing)|total(?:s|led|led|ling|ing|ed))\s+"
    rf"(?:(?:{_HEDGE})\s+)?)(?P<unit>a|{'|'.join(_DIGIT_WORDS[1:])})\s+"
    r"(?P<scale>hundred|thousand|dozen)\b"
    r"(?!\s+(?:thousand|million|billion|and)\b)",
    re.IGNORECASE,
)
_ROUND_VALUE = {"hundred": 100, "thousand": 1000, "dozen": 12}


def _round(match: re.Match[str]) -> str:
    unit = match["unit"].lower()
    times = 1 if unit == "a" else _DIGIT_WORDS.index(unit)
    return f"{match['lead']}{times * _ROUND_VALUE[match['scale'].lower()]}"


def spelled_decimals(text: str) -> str:
    """`text` with 'thirteen point five million' as '13.5 million', 'about a hundred' as 'about
    100', 'four-and-a-half' as 'four and a half' and 'the fourth of June' as '4 June', as the
    figure and date readers expect them."""

    def decimal(match: re.Match[str]) -> str:
        whole = _WORD_VALUE.get(match.group("whole").lower().replace("-", " "))
        if whole is None:
            return match.group()
        digits = "".join(str(_DIGIT_WORDS.index(word)) for word in match["digits"].lower().split())
        return f"{int(whole)}.{digits} "

    text = _POINT.sub(decimal, text)
    text = _ROUND.sub(_round, text)
    text = _HYPHENED_HALF.sub(r"\1 and a \2", text)
    return _DAY_OF_MONTH.sub(lambda match: f"{ORDINAL_WORDS[match.group('day').lower()]} ", text)


#: A figure made an adjective with hyphens: '$5-million', 'five-million-dollar', '13.5-million-USD'.
_HYPHENED_AMOUNT = re.compile(
    r"(?P<num>(?:[$€£]|US\$)?\d[\d.,]*|\b[a-z]+)-(?P<scale>million|billion|thousand)"
    r"(?:-(?P<unit>dollars?|usd|us-dollars?))?\b",
    re.IGNORECASE,
)


def _unhyphened(match: re.Match[str]) -> str:
    number = match.group("num")
    if not number[-1].isdigit() and number.lower() not in _WORD_VALUE:
        return match.group()  # 'multi-million': no figure
    unit = match.group("unit")
    return f"{number} {match.group('scale')}" + (f" {unit.replace('-', ' ')}" if unit else "")


def hyphened_amounts(text: str) -> str:
    """'A $5-million venture', 'a five-million-dollar project' as the figures they are."""
    return _HYPHENED_AMOUNT.sub(_unhyphened, text)
