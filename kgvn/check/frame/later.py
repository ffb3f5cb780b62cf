"""'Utopia declared independence on May 2, 1991, and relations followed some nine months later':
a time 'later' or 'earlier' in one part of a sentence counts from what the part before it says,
so it is read as the time after (before) that part's fact ('nine months after Utopia
declared independence'), which the record's dates decide."""

from __future__ import annotations

import re

from kgvn.claim_patterns import MONTH_PATTERN, NUMBER_WORDS

_MONTHS = MONTH_PATTERN
#: A date or a year in the part before, left out of what the time counts from.
_DATED = re.compile(
    rf"\s*,?\s*\b(?:on|in)?\s*(?:(?:{_MONTHS})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|\d{{4}})\b"
)
_NUMBER = r"\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + "|a|an"
_LATER = re.compile(
    rf"\b(?P<time>(?i:{_NUMBER})\s+(?:day|week|month|year|decade)s?)\s+(?P<way>later|earlier)\b"
)


def later_dates(parts: list[str]) -> list[str]:
    """Each part with 'N months later' read as 'N months after' the fact of the part before."""
    out: list[str] = []
    for part in parts:
        match = _LATER.search(part)
        if match is not None and out and not _DATED.search(part[: match.start()]):
            # ('… in 2024, up from $7.5 million a year earlier' counts from its own year)
            before = _DATED.sub("", out[-1]).strip().rstrip(".!?")
            if len(before.split()) >= 2:
                way = "after" if match.group("way") == "later" else "before"
                said = f"{match.group('time')} {way} {before[:1].lower()}{before[1:]}"
                part = part[: match.start()] + said + part[match.end() :]
        out.append(part)
    return out


#: "…, less than four months after": a time between two events just before 'after'/'before'.
_INTERVAL_BEFORE = re.compile(
    rf"\b(?i:{_NUMBER})[-\s](?:day|week|fortnight|month|year|decade)s?\s*$"
)


def time_before(body: str, match: re.Match[str]) -> bool:
    """Whether a counted time stands just before 'after' ('four months after X on DATE'): then
    the time is measured between the two events, and the other event stays beside it."""
    return _INTERVAL_BEFORE.search(body[: match.start("word")]) is not None


#: "Utopia recognised Ruritania's independence on …": the thing the main clause's verb acts on,
#: which a later 'it' ('after Ruritania proclaimed it') stands for.
_OBJECT = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){1,4}?[a-z]+ed\s+(?P<what>(?:(?:the|its|their)\s+)?(?:[A-Z][\w’'-]*[’']s\s+)?[a-z][a-z-]+)\b"
)


def other_fact(body: str, match: re.Match[str]) -> str:
    """What the sentence says came before or after ('…, after X on DATE'), as a claim of its
    own: 'X' with its date, an 'it' in it read as the main clause's object ('Utopia recognised
    Ruritania's independence …, after Ruritania proclaimed it on …')."""
    what = match.group("what").strip()
    thing = _OBJECT.match(body)
    if thing is not None and re.search(r"\bit$", what):
        what = re.sub(r"\bit$", thing.group("what"), what)
    return f"{what} {match.group('date')}"
