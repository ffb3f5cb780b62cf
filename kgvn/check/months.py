"""Month names as newspapers shorten them ('27 Dec. 1991', 'Sept 5'), written out in full so
that a date is read whole and its full stop does not end the sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from kgvn.claim_patterns import FULL_MONTHS

_SHORT = {name[:3]: name for name in FULL_MONTHS} | {"Sept": "September"}
#: A short month name next to a day or a year: 'Dec. 27', '27 Dec. 1991', 'Dec 1991'.
_ABBREVIATED = re.compile(
    r"(?<=\d )(?P<a>" + "|".join(_SHORT) + r")\.?(?=\s|,|$)"
    r"|\b(?P<b>" + "|".join(_SHORT) + r")\.?(?=\s+\d)"
)


def spelled_months(text: str) -> str:
    """`text` with each short month name next to a figure written out ('Dec.' → 'December')."""

    def full(match: re.Match[str]) -> str:
        return _SHORT[match.group("a") or match.group("b")]

    return _ABBREVIATED.sub(full, text)


#: 'a fortnight', 'little more than': periods and hedges written the way the checker reads.
_PERIODS = (
    (re.compile(r"\b(?:a|one) fortnight\b", re.IGNORECASE), "two weeks"),
    (re.compile(r"\b(?:two|2) fortnights\b", re.IGNORECASE), "four weeks"),
    (re.compile(r"\b([Ll])ittle (more|less) than\b"), r"\2 than"),
)


def spelled_periods(text: str) -> str:
    """`text` with 'a fortnight' as 'two weeks' and 'little more than' as 'more than'."""

    def kept_case(meaning: str) -> Callable[[re.Match[str]], str]:
        def read(match: re.Match[str]) -> str:
            said = match.expand(meaning)
            return said[:1].upper() + said[1:] if match.group()[:1].isupper() else said

        return read

    for pattern, meaning in _PERIODS:
        text = pattern.sub(kept_case(meaning), text)
    return text


#: '… on March 6 (VNA).': a news agency's credit closing a sentence, not part of the claim.
_CREDIT = re.compile(r"\s*\((?:[A-Z]{2,6}|Photo:[^()]{1,40})\)(?=[.!?](?:\s|$)|$)", re.MULTILINE)


def without_credits(text: str) -> str:
    """`text` without a closing credit in brackets ('(VNA)', '(Photo: VNA)')."""
    return _CREDIT.sub("", text)
