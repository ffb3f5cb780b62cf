"""Month names as newspapers shorten them ('27 Dec. 1991', 'Sept 5'), written out in full so
that a date is read whole and its full stop does not end the sentence."""

from __future__ import annotations

import calendar
import re

_SHORT = {name[:3]: name for name in calendar.month_name if name} | {"Sept": "September"}
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
