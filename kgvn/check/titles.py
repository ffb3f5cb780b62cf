"""A title a claim gives that is narrower than the record's ('Deputy Foreign Minister X' where
the record has only 'Deputy Minister X'): the record does not decide it, so it is no
contradiction; it stays unverified."""

from __future__ import annotations

import re

from kgvn.check.result import Status, _Outcome
from kgvn.records import Person
from kgvn.text import fold


def narrower(phrase: str, person: Person) -> bool:
    """Whether every word of one of the person's titles is in the claimed `phrase`."""
    said = set(re.findall(r"[a-z]+", fold(phrase)))
    return any(
        (words := set(re.findall(r"[a-z]+", fold(role.title)))) and words <= said
        for role in person.roles
    )


def title_status(phrase: str, person: Person, wrong_side: bool) -> Status:
    """How a title the person is not on record with compares: another country's, or another
    title, differs; a narrower form of the record's is not decided by it."""
    return Status.not_on_record if not wrong_side and narrower(phrase, person) else Status.differs


def title_outcome(phrase: str, title: str, person: Person, wrong_side: bool) -> _Outcome:
    """The comparison of a title written before a person's name with the titles on record."""
    outcome = _Outcome(records=[person])
    on_record = "; ".join(role.title for role in person.roles)
    status = title_status(phrase, person, wrong_side)
    outcome.add("title", f"{phrase} {person.name}", title, status, on_record)
    return outcome
