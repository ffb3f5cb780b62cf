"""Ordinals past ten written in words ('eighty-third', 'twentieth'): read as figures ('83rd'),
the way the rank slots compare them, so a spelled rank is checked like a written one."""

from __future__ import annotations

import re

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
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
