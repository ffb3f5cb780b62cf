"""The words a record backs in a claim: its text, its kind's words, and its people's names.

Built once a record when a checker starts, for every record of the store, so each step here is
a look-up in what the checker indexed (names by their first word, meetings by their article),
never a pass over the whole store: that would make a big store's first check quadratic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgvn.check.compare.backing import _organisation_words
from kgvn.check.compare.speakers import listeners
from kgvn.check.lexicon import EVENT_KIND_WORDS, KIND_WORDS, ROLE_WORDS, STATUS_WORDS, VISA_WORDS
from kgvn.check.retrieve.mentions import _holds, _record_text
from kgvn.records import (
    Agreement,
    Country,
    Event,
    Investment,
    Organisation,
    Person,
    ProductFlow,
    Record,
    Statement,
)
from kgvn.text import fold
from kgvn.vocabulary import KIND_OF_COLLECTION, AgreementKind, AgreementStatus

if TYPE_CHECKING:
    from kgvn.check.base import CheckerBase


#: Statuses of what two sides agree at talks to pursue, not of what is in force or signed.
_AGREED_AT_TALKS = frozenset(
    {
        AgreementStatus.proposed,
        AgreementStatus.agreed_in_principle,
        AgreementStatus.under_negotiation,
    }
)


def record_words(checker: CheckerBase, record: Record) -> list[str]:
    """The record's text first (readers cut its clauses), then the words that name it."""
    pieces = [_record_text(record), record.id.replace("-", " ")]
    pieces += _organisation_words(fold(pieces[0]), checker._organisation_names)
    kind = KIND_OF_COLLECTION[checker.collection_of[record.id]]
    pieces.append(KIND_WORDS.get(kind, ""))
    actors: list[str] = []
    if isinstance(record, Event):
        pieces += [EVENT_KIND_WORDS.get(record.kind, ""), record.place or ""]
        actors = list(record.participants)
    elif isinstance(record, Statement):
        pieces += [record.topic.replace("-", " "), record.unit or ""]
        actors = list(record.speakers)
        if record.topic == "visa" or "visa" in fold(record.statement):
            pieces.append(VISA_WORDS)
    elif isinstance(record, Agreement):
        pieces += [record.kind.value.replace("-", " "), STATUS_WORDS.get(record.status, "")]
        pieces += list(record.fields)
        sources = {item.source for item in record.evidence}
        if len(sources) == 1 and record.status in _AGREED_AT_TALKS:
            # 'both sides agreed' to pursue it at the article's one round of talks: its people
            actors = sorted(checker.one_round.get(sources.pop(), ()))
        if record.kind is AgreementKind.visa_policy:
            pieces.append(VISA_WORDS)
    elif isinstance(record, Investment):
        pieces += [record.province or "", record.sector or "", record.value_measure or ""]
    elif isinstance(record, ProductFlow):
        pieces += list(record.products)
    elif isinstance(record, Organisation):
        pieces += [record.name, record.abbreviation or ""]
        pieces += [alias.name for alias in record.aliases]
        if record.members:
            pieces.append("member members membership belong belongs")
    elif isinstance(record, Person):
        actors = [record.id]
    elif isinstance(record, Country):
        pieces += [alias.name for alias in record.aliases]
    if isinstance(record, (Statement, Event)):
        actors += sorted(checker._people_in(fold(_record_text(record))))
    actors += sorted(listeners(checker.meetings, record) - set(actors))
    named: set[tuple[str, ...]] = set()
    for actor in actors:
        person = checker.people.get(actor)
        if person is None:
            continue
        words = (person.name, *(alias.name for alias in person.aliases))
        words += tuple(role.title for role in person.roles)
        # the lexicon's other words for a title they hold ('party chief', 'premier')
        words += tuple(phrase for phrase, title in ROLE_WORDS if _holds(person, title, phrase))
        if words not in named:  # namesakes with the same titles add nothing new
            named.add(words)
            pieces += words
    return pieces
