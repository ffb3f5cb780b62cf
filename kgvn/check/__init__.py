"""Checking a claim against the record: supported, contradicted, unverified or partly supported.

The pipeline, one module a stage:

* `frame` (with `clauses`): the text is cleaned (byte-order marks, soft hyphens, digit groups)
  and split into sentences and each sentence into atomic claims (coordinated clauses, "while …",
  ", the first …", "after X on DATE", relative clauses, appositions, closing tails such as
  ", marking …", lists of people; "the same day" takes the date an earlier part gave);
* `retrieve`: an index over every record and its quotes gives the closest records for any claim,
  so even an unverified claim shows the passages a fact-checker should read;
* `compare` (the `topics` families on `base`, and `slots` for typed values): every checkable part
  of an atomic claim is compared with the record;
* `verdict`: the atomic claims' verdicts are aggregated into the sentence's; on the way, a
  person put where the record has another (`roles`: "greetings to X", "delivered by X") and a
  weekday with no date (`weekdays`) are compared with the deciding records.

It is conservative on purpose: calling a false claim supported is the worst error, so whatever it
cannot tie to a record with certainty is `unverified`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kgvn.check.base import CheckerBase
from kgvn.check.compare.headcount import headcount, judged, met
from kgvn.check.compare.levels import Levels, characterised
from kgvn.check.compare.order import Relations
from kgvn.check.compare.orgswap import Organisation, swap
from kgvn.check.compare.prior import Prior
from kgvn.check.compare.roles import PersonPlaces
from kgvn.check.compare.sideslots import SideSlots
from kgvn.check.compare.slots import amount_agrees, count_agrees, date_agrees, ratio_status
from kgvn.check.compare.titles import another_holder
from kgvn.check.compare.topics.economy import EconomyChecks
from kgvn.check.compare.topics.events import EventChecks
from kgvn.check.compare.topics.politics import PoliticsChecks
from kgvn.check.compare.topics.quantities import QuantityChecks
from kgvn.check.compare.topics.society import SocietyChecks
from kgvn.check.compare.visitcount import Visit, counts
from kgvn.check.compare.whose_visit import owned_by_date
from kgvn.check.frame.agenda import agenda_sentences, meeting_people
from kgvn.check.frame.bare import bare_titles, readings
from kgvn.check.frame.spread import spread
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status, Verdict
from kgvn.check.retrieve.index import RecordIndex
from kgvn.check.retrieve.mentions import (
    _holds,
    _label,
    _named_people,
    _record_text,
    namesakes_apart,
    respell_names,
)
from kgvn.check.verdict import Pipeline, aggregate
from kgvn.claims import parse_claim
from kgvn.records import Event, Person, Store
from kgvn.text import fold

if TYPE_CHECKING:
    from kgvn import models


class Checker(
    SideSlots,
    SocietyChecks,
    QuantityChecks,
    EconomyChecks,
    PoliticsChecks,
    EventChecks,
    CheckerBase,
):
    """Checks claims against one store; indexes are built once, so batches are cheap."""

    def __init__(self, store: Store | models.Store, today: dt.date | None = None) -> None:
        super().__init__(store, today)
        self.index = RecordIndex(
            (record, " ".join(self._record_words(record))) for _, _, record in self.store.records()
        )
        texts = {
            record.id: [_label(record), getattr(record, "summary", "") or ""]
            + [item.quote for item in record.evidence]
            for _, _, record in self.store.records()
        }
        places = PersonPlaces(
            self.check_atom,
            self._people_in,
            lambda record_id: texts.get(record_id, []),
            lambda person_id: self.people[person_id].name,
            self._closest,
        )
        spans: dict[str, tuple[str, str | None]] = {}
        for _, _, record in self.store.records():
            date = getattr(record, "date", None)
            if isinstance(date, str):
                end = getattr(record, "end", None)
                spans[record.id] = (date, end if isinstance(end, str) else None)
        #: Words of the record's texts and the lexicon, never read as a misspelt name.
        self._known_words = (
            frozenset(
                word
                for texts_of in texts.values()
                for item in texts_of
                for word in fold(item).split()
            )
            | frozenset(load("words")["ordinary"])
            | frozenset(load("words")["generic"])
        )
        self._record_by_id = {record.id: record for _, _, record in self.store.records()}
        self._levels = Levels(
            tuple(level for key, items in texts.items() for level in characterised(key, items)),
            lambda record_id: self._matched(self._record_by_id[record_id]),
        )
        self._read_slots(texts)
        self._organisations = [
            Organisation(
                org.id,
                org.name,
                tuple(fold(form) for form in (org.name, org.abbreviation) if form),
            )
            for org in self.store.organisations
        ]
        relations = Relations(
            self.check_atom,
            spans.get,
            self._people_in,
            self._participants_of,
            lambda record_id: texts.get(record_id, []),
            self._event_kind,
            tuple(spans),
            lambda record_id: frozenset(getattr(self._record_by_id[record_id], "speakers", ())),
        )
        self.pipeline = Pipeline(
            self.check_atom,
            self._closest,
            frozenset(load("words")["verbs"]),
            places,
            spans.get,
            relations,
            Prior(self.check_atom, spans, self._people_in),
            self._peers,
            self._kind_of,
            self._acted_on_named,
        )

    def check(self, text: str) -> CheckResult:
        """The verdict on a sentence or a paragraph, with its atomic claims' own verdicts."""
        respelt = respell_names(text, self.spellings, self._known_words)
        respelt = namesakes_apart(respelt, self.spellings, self._known_words)
        result = self.pipeline.check(respelt)
        if result.verdict is Verdict.unverified and (
            each := agenda_sentences(respelt, self._attendees)
        ):
            # a topic at several meetings: each meeting's people spoke of it, or did not
            read = [self._one_way(ways) for ways in each]
            joined = aggregate(respelt, read) if len(read) > 1 else replace(read[0], claim=respelt)
            result = replace(joined, closest=result.closest)
        if result.verdict in (Verdict.unverified, Verdict.supported, Verdict.partly_supported):
            result = self._bare_read(respelt, result)
        if result.verdict in (Verdict.unverified, Verdict.partly_supported):
            result = self._bare_doers(respelt, result)
        result = self._headcount(respelt, result)
        result = self._visit_counts(respelt, result)
        return result if respelt == text else replace(result, claim=text)

    def _bare_read(self, text: str, result: CheckResult) -> CheckResult:
        """A bare title two people hold ('the prime minister'), read as each holder: the one
        reading the record backs, when no other is contradicted; contradicted when every
        holder is ruled out as the one who did it."""
        spans = bare_titles(text, [phrase for phrase, _ in self.role_words])
        others = self._people_in(fold(text))
        read = [
            self.pipeline.check(one)
            for one in readings(text, spans, lambda phrase: self._bare_holders(phrase, others))
        ]
        if read and all(one.verdict is Verdict.contradicted and _who(one) for one in read):
            return replace(read[0], claim=text, closest=result.closest)  # no holder did it
        backed = [one for one in read if one.verdict is Verdict.supported]
        # a reading wrong only in who did it says the other holder did: that one's reading
        wrong = [one for one in read if one.verdict is Verdict.contradicted and not _who(one)]
        if len(backed) != 1 or wrong:
            return result
        return replace(backed[0], claim=text, closest=result.closest)

    def _bare_doers(self, text: str, result: CheckResult) -> CheckResult:
        """'Both the state president and the party chief thanked X': each doer's own claim read
        as a sentence of its own, so that each bare title is read as its holder alone (read
        together, each would have to have met the other); taken only when it backs more."""
        found = spread(text, self.pipeline.verbs)
        if found is None or found.denied or found.only is not None or len(found.held) < 2:
            return result
        if not bare_titles(text, [phrase for phrase, _ in self.role_words]):
            return result
        joined = aggregate(text, [self.check(piece) for piece in found.held])
        better: dict[Verdict, tuple[Verdict, ...]] = {
            Verdict.unverified: (Verdict.partly_supported, Verdict.supported),
            Verdict.partly_supported: (Verdict.supported,),
        }
        if joined.verdict not in better.get(result.verdict, ()):
            return result
        return replace(joined, claim=text, closest=result.closest)

    def _bare_holders(self, phrase: str, others: set[str]) -> list[str]:
        """The names of those holding a title, among the people who met everyone else named."""
        title = dict(self.role_words).get(fold(phrase), fold(phrase))
        met = [set(event.participants) for event in self.store.events]
        return sorted(
            person.name
            for person in self._titled(title)
            if _holds(person, title, fold(phrase))
            and person.id not in others
            and all(any({person.id, other} <= seen for seen in met) for other in others)
        )

    def _one_way(self, ways: list[str]) -> CheckResult:
        """The first of the ways a claim may be said that the record decides, else the first."""
        read = [replace(self.pipeline.check(way), claim=way) for way in ways[:1]]
        for way in ways[1:]:
            if read[-1].verdict in (Verdict.supported, Verdict.contradicted):
                break
            read.append(replace(self.pipeline.check(way), claim=way))
        return next((one for one in read if one.verdict is not Verdict.unverified), read[0])

    def _attendees(self, phrase: str) -> list[str] | None:
        """The names of the people at the one meeting a phrase names ('the talks with B')."""
        present = meeting_people(
            self._people_in(fold(phrase)),
            (
                frozenset(who for who in event.participants if who in self.people)
                for event in self.store.events
            ),
        )
        return sorted(self.people[who].name for who in present) if present else None

    def check_atom(self, text: str) -> CheckResult:
        """One atomic claim; an organisation swapped for the record's is contradicted, and so is
        a go-between whose two sides the record gives the other way round."""
        owned = owned_by_date(text, self.store.events, self.people)
        if owned is not None:  # 'The visit ran from May 2 to 4': the one visit of those dates
            return replace(self.check_atom(owned), claim=text)
        result = self._levels.judge(text, self._side_slots(text, super().check_atom(text)))
        if result.verdict is Verdict.unverified and (other := self._another_holder(text)):
            return other
        if result.verdict is Verdict.supported:  # a listener left out of it may be the speaker
            return self._addressee_as_doer(text, self._unplaced(text, result))
        if result.verdict is not Verdict.unverified or not result.records:
            return result
        words = [
            word
            for part in result.parts
            if part.kind == "words" and part.status is Status.not_on_record
            for word in (part.value if isinstance(part.value, list) else [])
        ]
        if not words:
            return result
        record = self._record_by_id.get(result.records[0].id)
        if record is None:
            return result
        found = swap(
            text,
            words,
            self._organisations,
            _record_text(record),
            getattr(record, "participants", None) or [],
        )
        if found is None:
            return result
        claimed, held = (", ".join(names) for names in found)
        kept = [part for part in result.parts if part.kind != "words"]
        part = PartResult("organisation", claimed, claimed, Status.differs, held)
        return replace(
            result,
            verdict=Verdict.contradicted,
            explanation=f"The record names {held} here, not {claimed}.",
            parts=[*kept, part],
        )

    def _another_holder(self, text: str) -> CheckResult | None:
        """'Utopian President Ann Bo' where the record's Utopian president is someone else."""
        titles = dict(self.role_words)

        def holder(country: str, phrase: str) -> Person | None:
            code, title = self.places.code_of(country), titles.get(phrase, phrase)
            found = [
                p for p in self.people.values() if p.country == code and _holds(p, title, title)
            ]
            return found[0] if len(found) == 1 else None

        now = {date[:4] for date in self.published.values()}
        if set(re.findall(r"\b(?:19|20)\d\d\b", text)) - now:
            return None  # another year's holder may be another person
        known = frozenset(word for spelling, _ in self.spellings for word in spelling.split())
        found = another_holder(text, self.places.pattern("names", "demonyms"), holder, known)
        if found is None:
            return None
        said, title, person = found
        part = PartResult("title", said, title, Status.differs, person.name)
        why = f"The record's {title} there is {person.name}: {said} is not on record."
        return CheckResult(text, Verdict.contradicted, why, [part], [self._matched(person)])

    def _unplaced(self, text: str, result: CheckResult) -> CheckResult:
        """A claim supported by events alone that names someone none of them counts as taking
        part, and no part compares ("Chinh was visiting X for the first time" against
        Kasymaliev's visit): that person's place in it is unchecked, so it stays open."""
        events = [self._record_by_id.get(matched.id) for matched in result.records]
        if not events or not all(getattr(event, "participants", None) for event in events):
            return result
        covered = {who for event in events for who in getattr(event, "participants", [])}
        for part in result.parts:
            covered |= {str(value) for value in _values(part.value)}
        named = self._people_in(fold(text)) - covered
        loose = sorted(self.people[who].name for who in named if who in self.people)
        if not loose:
            return result
        return replace(
            result,
            verdict=Verdict.unverified,
            explanation=f"The record does not say what {', '.join(loose)} did here "
            f"({result.explanation})",
        )

    def _headcount(self, text: str, result: CheckResult) -> CheckResult:
        """'Ann met two Ruritanian leaders' against the people of Ruritania Ann met on record."""
        if result.verdict is Verdict.contradicted:
            return result
        claimed = headcount(fold(text), self._one_person, self._country_named)
        if claimed is None:
            return result
        events = list(self.store.events)
        people, ids = met(
            claimed.subject,
            claimed.country,
            ((event.id, list(event.participants)) for event in events),
            {person_id: person.country for person_id, person in self.people.items()},
        )
        status = judged(claimed, len(people)) if people else "agrees"
        if status == "agrees" or (status == "open" and result.verdict is not Verdict.supported):
            return result
        if status == "open":
            explanation = f"The record names fewer such people ({len(people)}) than the claim."
            return replace(result, verdict=Verdict.unverified, explanation=explanation)
        names = ", ".join(sorted(self.people[person].name for person in people))
        part = PartResult("count", claimed.text, claimed.count, Status.differs, names)
        records = [*result.records, *(self._matched(e) for e in events if e.id in ids)]
        return replace(
            result,
            verdict=Verdict.contradicted,
            explanation=f"The record names {len(people)} such people: {names}.",
            parts=[*result.parts, part],
            records=list({record.id: record for record in records}.values()),
        )

    def _visit_counts(self, text: str, result: CheckResult) -> CheckResult:
        """'Of the three visits before 2025, two …': counts over the visits on record."""
        if not text.lower().startswith("of the "):
            return result  # the only shape `counts` reads: no need to gather the visits
        visits = [
            Visit(
                int(event.date[:4]),
                frozenset(
                    self.people[who].country for who in event.participants if who in self.people
                ),
                self.places.code_of(event.place, "names", "capitals") if event.place else None,
            )
            for event in self.store.events
            if event.kind == "visit" and event.date[:4].isdigit()
        ]
        found = counts(fold(text), visits, self._country_of)
        if found is None:
            return result
        parts = [
            PartResult(
                "count",
                count.text,
                count.said,
                Status.agrees if count.said == count.found else Status.differs,
                str(count.found),
            )
            for count in found
        ]
        records = [self._matched(e) for e in self.store.events if e.kind == "visit"]
        wrong = [count for count in found if count.said != count.found]
        if wrong:
            said = "; ".join(f"{c.text} (record: {c.found})" for c in wrong)
            return replace(
                result,
                verdict=Verdict.contradicted,
                explanation=f"The visits on record count otherwise: {said}.",
                parts=parts,
                records=records,
            )
        return replace(
            result,
            verdict=Verdict.supported,
            explanation="The visits on record give every count the claim gives.",
            parts=parts,
            records=records,
        )

    def _country_of(self, word: str, kind: str) -> str | None:
        code = self.places.code_of(word, kind)
        return code if code is not None and word.strip() in self.places.forms(code, kind) else None

    def _participants_of(self, record_id: str) -> frozenset[str]:
        """Who a record names as taking part (none for records without participants)."""
        record = self._record_by_id.get(record_id)
        return frozenset(getattr(record, "participants", None) or [])

    def _event_kind(self, record_id: str) -> str | None:
        """An event's kind ("talks", "ceremony"), None for a record of another sort."""
        event = self._record_by_id.get(record_id)
        return event.kind if isinstance(event, Event) else None

    def _kind_of(self, name: str) -> str | None:
        """A name as a person on record, a place (country, capital, city) or neither."""
        folded = fold(name).strip()
        if any(folded == spelling for spelling, _ in self.spellings):
            return "person"
        kinds = ("names", "capitals", "cities")
        known = [form for code in self.places.codes for form in self.places.forms(code, *kinds)]
        others = [form for forms in self.places.other_names.values() for form in forms]
        return "place" if folded in known or folded in others else None

    def _acted_on_named(self, sentence: str, result: CheckResult) -> bool:
        """Whether a person of the result's deciding records is named in the sentence but not
        in the clause the result is about: whom its 'him' or 'her' may stand for."""
        named = self._people_in(fold(sentence)) - self._people_in(fold(result.claim))
        for matched in result.records:
            record = self._record_by_id.get(matched.id)
            people = {*getattr(record, "participants", ()), *getattr(record, "speakers", ())}
            if people & named:
                return True
        return False

    def _peers(self, doer: str) -> list[str]:
        """The people of the doer's country in the doer's circle (those who met someone the
        doer met), by a plain spelling: whom 'only the doer did it' compares them with."""
        named = _named_people(fold(doer), self.spellings)
        if len(named) != 1:
            return []
        person = next(iter(named))
        country = self.people[person].country
        groups = [set(event.participants) for event in self.store.events]
        met = {other for group in groups if person in group for other in group} - {person}
        circle = {other for group in groups if group & met for other in group}
        return [
            max((alias.name for alias in self.people[other].aliases), key=len, default="")
            or self.people[other].name
            for other in sorted(circle - {person})
            if other in self.people and self.people[other].country == country
        ]

    def _one_person(self, text: str) -> str | None:
        named = _named_people(text, self.spellings)
        return next(iter(named)) if len(named) == 1 else None

    def _country_named(self, word: str) -> str | None:
        return next((code for code in self.places.codes if word in self.places.forms(code)), None)

    def _closest(self, text: str, shown: list[str]) -> list[MatchedRecord]:
        bonus = self._named_records(text)
        return [self._matched(record) for record in self.index.closest(text, 3, shown, bonus)]

    def _named_records(self, text: str) -> dict[str, float]:
        """Records the claim names outright: a person by any spelling, a year's trade figure."""
        claim = parse_claim(text, today_year=self.today.year)
        bonus: dict[str, float] = {}
        for person in _named_people(claim.folded, self.spellings):
            bonus[person] = 4.0
        years = set(claim.years) | {year for pair in claim.year_ranges for year in pair}
        for figure in self.store.trade:
            if figure.year_from in years and figure.year_to in years | {figure.year_from}:
                bonus[figure.id] = 3.0
        return bonus


_default_checkers: dict[int, Checker] = {}


def _who(result: CheckResult) -> bool:
    """Whether a contradicted reading differs from the record only in who did it."""
    return all(
        part.kind in ("who", "who acts") for part in result.parts if part.status is Status.differs
    )


def check_claim(store: Store | models.Store, claim: str) -> CheckResult:
    """Check one claim; a `Checker` built once serves every later claim on the same store."""
    checker = _default_checkers.get(id(store))
    if checker is None or checker.source is not store:
        if len(_default_checkers) >= 8:
            _default_checkers.clear()  # a store no longer in use is not kept alive for ever
        checker = Checker(store)
        _default_checkers[id(store)] = checker
    return checker.check(claim)


__all__ = [
    "CheckResult",
    "Checker",
    "MatchedRecord",
    "PartResult",
    "Status",
    "Verdict",
    "amount_agrees",
    "check_claim",
    "count_agrees",
    "date_agrees",
    "ratio_status",
]


def _values(value: object) -> list[object]:
    """A part's value as a list: the people a part compares may be one id or several."""
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
