"""'A spoke with B', 'A talked two days before B arrived': talks held, said with a verb of
speaking (lexicon `talk_event_verbs`), read as 'held talks', the words records of talks and
phone calls are read by. Only where the verb is the event (before 'with', 'by phone', or a
time measured before or after something); 'spoke of', 'spoke highly', 'talked about' are
what was said, and stay as written.
"""

from __future__ import annotations

import re
from functools import cache

from kgvn.check.lexicon import load

#: What follows a verb of speaking that makes it the event: 'with B', 'by phone', 'over the
#: phone', or a measured time before or after another event.
_EVENT_AFTER = (
    r"(?=\s+(?:with\b|by\s+(?:tele)?phone\b|over\s+the\s+(?:tele)?phone\b"
    r"|(?:just\s+|only\s+|some\s+|about\s+)?(?:[\w-]+\s+){1,2}"
    r"(?:days?|weeks?|months?|years?)\s+(?:before|after|ahead\s+of|prior\s+to)\b))"
)


@cache
def _pattern() -> re.Pattern[str]:
    verbs = sorted(load("words")["talk_event_verbs"], key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(verb) for verb in verbs)})\b{_EVENT_AFTER}")


def talks_said(sentence: str) -> str:
    """The sentence with a verb of speaking that is the event written 'held talks'."""
    return _pattern().sub("held talks", sentence)
