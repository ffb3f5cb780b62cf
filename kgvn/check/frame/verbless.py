"""A dated subject with no verb of its own ('The March 2025 trip was the first visit to Y by a
Z', 'In early 2025, X became the first Z to visit Y'): its date is checked as the event the
predicate names ('A Z visited Y in March 2025'), which the record's dated events decide, where
the subject alone ('The March 2025 trip.') names no one whom a record could be found for."""

from __future__ import annotations

import re

from kgvn.check.lexicon import load
from kgvn.claim_dates import QUALIFIED_DATE
from kgvn.claim_patterns import MONTH_PATTERN

_NOUNS: dict[str, str] = load("words").get("event_nouns", {})
_NOUN = "|".join(sorted(_NOUNS, key=len, reverse=True)) or "(?!)"
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_STOP = r"(?=\s+(?:to|since|in|on|for|after|before|from|during)\b|,|$)"
#: 'the first visit to Y', 'the first by a Z to Y': where the event took its doer.
_PLACE = re.compile(rf"\bto\s+(?P<place>{_NAME})")
_NOUN_IN = re.compile(rf"\b(?P<noun>{_NOUN})\b")
#: 'by a Utopian minister': the doer of the event a noun names.
_BY = re.compile(rf"\bby\s+(?P<actor>(?:an?|the|any)\s+[\w\s’'-]+?){_STOP}")
#: 'the first Z to visit Y': the doer is the subject, the verb the predicate's.
_TO_VERB = re.compile(rf"\bto\s+(?P<verb>{_NOUN})\s+(?P<place>{_NAME})")
_DATE = re.compile(
    rf"\b(?:(?:\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?\s+)?(?:{MONTH_PATTERN})"
    rf"\s+(?:\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?,?\s+)?)?\d{{4}}\b"
)
_DAY = re.compile(r"[A-Z][a-z]+\s+\d{1,2}\b|\b\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s+[A-Z]")


def _date_of(subject: str) -> str | None:
    """The date a subject gives ('The March 2025 trip', 'In early 2025, X'), as written."""
    found = QUALIFIED_DATE.search(subject) or _DATE.search(subject)
    return found.group() if found else None


def dated_event(subject: str, what: str) -> tuple[str, str] | None:
    """(the event the subject dates, as a claim of its own; the subject without its date) for a
    subject whose only fact is a date, or None when the predicate names no doer."""
    fronted, _, proper = subject.rpartition(", ")
    date = _date_of(fronted or subject)
    if date is None:
        return None
    named = fronted and re.match(rf"^{_NAME}$", proper)
    verb = _TO_VERB.search(what)
    if named and verb is not None:
        doer, place = proper, verb.group("place")  # 'In 2025, X became the first Z to visit Y'
    elif not fronted and _NOUN_IN.search(subject + " " + what):
        by, to = _BY.search(what), _PLACE.search(what)
        bare = re.sub(r"^(?:The|A|An|This|That)\s+", "", subject.replace(date, " "))
        if by is None or re.search(rf"\b{_NAME}", bare):
            return None  # a subject that names someone is checked as it is
        doer = by.group("actor")
        place = to.group("place") if to is not None else None
    else:
        return None
    when = "on" if _DAY.search(date) else "in"
    rest = proper if fronted else re.sub(r"\s{2,}", " ", subject.replace(date, "")).strip()
    act = f"visited {place}" if place else "paid a visit"  # 'the first by a Z since …'
    event = f"{doer[:1].upper()}{doer[1:]} {act} {when} {date}"
    return event, rest
