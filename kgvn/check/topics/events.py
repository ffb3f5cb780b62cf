"""Events: who did what, where and when; and statements."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kgvn.claims import (
    NEGATION,
    Claim,
)
from kgvn.dates import date_bounds
from kgvn.records import (
    Event,
    Record,
    Statement,
)
from kgvn.text import fold
from kgvn.vocabulary import (
    EventKind,
)

if TYPE_CHECKING:
    pass


from kgvn.check.backing import _backed_or_synonym, _content, _telling
from kgvn.check.mentions import (
    ASPIRATION,
    Mentions,
    _label,
    _named_people,
    _people_at,
    _record_text,
)
from kgvn.check.readers import (
    _AGENT_VERBS,
    _ARRIVAL,
    _DEPARTURE,
    _DESTINATION,
    _INVITED_VISIT,
    _ONCE_ONLY,
    _destination,
    _event_kinds,
    _sides_swapped,
)
from kgvn.check.result import (
    CheckResult,
    Status,
    Verdict,
    _Outcome,
)
from kgvn.check.slots import date_agrees
from kgvn.check.topics.timing import TimingChecks

#: "four months after", "a year before": a time between two events.
#: Events someone hosts for someone: the one the claim pins down has its own guest list.
_HOSTED = frozenset(
    {EventKind.ceremony, EventKind.exhibition, EventKind.invitation, EventKind.reception}
)
_IN_PERSON = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b")


class EventChecks(TimingChecks):
    def _events(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        kinds = _event_kinds(claim)
        if not kinds:
            return None
        if kinds & {EventKind.talks, EventKind.reception} and _IN_PERSON.search(claim.folded):
            kinds = kinds | {EventKind.phone_call}  # "met in person": a phone call says otherwise
        invited = _INVITED_VISIT.search(claim.folded)
        if invited:
            # the host who invited is not one of the visit's travellers
            mentions = self._mentions(replace(claim, folded=claim.folded[: invited.start()]))
        people = mentions.people | mentions.by_role
        candidates = [event for event in self.store.events if event.kind in kinds]
        if mentions.anyone:
            matching = [event for event in candidates if mentions.all_in(event.participants)]
            if not matching:
                return self._wrong_party(claim, people, candidates)
            candidates = matching
        elif (
            kinds
            & {
                EventKind.visit,
                EventKind.talks,
                EventKind.reception,
                EventKind.phone_call,
                EventKind.invitation,
                EventKind.ceremony,
            }
            and len(mentions.sides) < 2
        ):
            return None
        if not candidates:
            return None
        dated = claim.dates or claim.years
        best = self._closest_event(candidates, claim) if dated else candidates[0]
        outcome = _Outcome(records=[best])
        if mentions.anyone:
            named = sorted(person for person in people if person in best.participants)
            names = "; ".join(self.people[item].name for item in named if item in self.people)
            outcome.add("who", names, named, Status.agrees, "; ".join(best.participants))
        self._direction_part(claim, best, outcome)
        self._agent_side_part(claim, best, outcome)
        self._inviter_part(claim, best, outcome)
        self._carrier_part(claim, best, outcome)
        self._visit_place(claim, best, outcome)
        self._invited_to_part(claim, best, outcome)
        self._place_part(claim, best.place, outcome, best)
        if best.kind is EventKind.invitation:
            # "invited him to visit in 2026": a date after the invitation is the visit's
            later = re.search(r"\bto (?:visit|pay|travel|come)\b", claim.folded)
            if later:
                cut = later.start()
                future = [item for item in claim.dates if claim.folded.find(fold(item.text)) > cut]
                future_years = [year for year in claim.years if claim.folded.find(str(year)) > cut]
                for item in future:
                    outcome.add("date", item.text, item.start, Status.not_on_record)
                for year in future_years:
                    outcome.add("date", str(year), str(year), Status.not_on_record)
                claim = replace(
                    claim,
                    dates=tuple(item for item in claim.dates if item not in future),
                    years=tuple(year for year in claim.years if year not in future_years),
                )
        start, end = best.date, best.end
        if end and _ARRIVAL.search(claim.folded):
            end = None  # "arrived on March 7": the first day, not any day of the visit
        elif end and _DEPARTURE.search(claim.folded):
            start, end = end, None
        self._date_parts(claim, outcome, start, end, allow_missing=True)
        compared = self._relative_part(claim, outcome, best)
        if compared:
            claim = replace(claim, spans=(*claim.spans, *compared))
        self._age_parts(claim, outcome, best)
        for duration in claim.durations:
            if len(best.date) == 10 and len(best.end or best.date) == 10:
                days = (date_bounds(best.end or best.date)[0] - date_bounds(best.date)[0]).days + 1
                outcome.add(
                    "duration",
                    duration.text,
                    duration.days,
                    Status.agrees if duration.days == days else Status.differs,
                    f"{days} days ({best.date} – {best.end or best.date})",
                )
        if not outcome.parts:
            outcome.add("event", best.title, best.id, Status.agrees, best.title)
        anyone = not people and best.kind not in _ONCE_ONLY
        if anyone and (
            (len(candidates) > 1 and not dated)
            or any(part.status is not Status.agrees for part in outcome.parts)
        ):
            # "A Utopian official visited Ruritania in 2015": the record has visits, not that one;
            # an event that happens once (independence) is contradicted instead
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "Several events of this kind are on record and none fits every part; "
                "name who took part.",
                records=[self._matched(item) for item in candidates[:5]],
            )
        return self._result(claim, outcome, best.title)

    def _wrong_party(
        self, claim: Claim, people: frozenset[str], candidates: list[Event]
    ) -> CheckResult | None:
        """'Luong Cuong hosted the official welcome ceremony': the one event the claim means,
        with someone in it the record does not have. The event must be one a host holds, pinned
        down by its day or by 'the' before its name, and the only one of its kind that fits."""
        folded = claim.folded
        fits = []
        for event in candidates:
            shared = people & set(event.participants)
            if event.kind not in _HOSTED or not shared or shared == people:
                continue
            on_the_day = any(
                len(span.start) == 10 or span.start.startswith("--")
                for span in claim.dates
                if date_agrees(span, event.date, event.end) is Status.agrees
            )
            named = re.search(
                rf"(?:\bthe|['’]s) (?:[\w-]+ ){{0,3}}(?:{event.kind.value[:6]}|letter)", folded
            )
            if on_the_day or named:
                fits.append(event)
        if len(fits) != 1:
            return None
        event = fits[0]
        outcome = _Outcome(records=[event])
        on_record = "; ".join(
            self.people[item].name for item in event.participants if item in self.people
        )
        for person in sorted(people - set(event.participants)):
            outcome.add("who", self.people[person].name, person, Status.differs, on_record)
        self._date_parts(claim, outcome, event.date, event.end, allow_missing=True)
        return self._result(claim, outcome, _label(event))

    def _agent_side_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Ruritania recognised Utopia': the country that did it must be the record's, whose
        title names it first ('Utopia recognises Ruritania's independence')."""
        if any(item in self.people for item in event.participants):
            return  # people did it: who is compared by name and role
        on_record = self._agent_side(fold(event.title), passive=False)
        claimed = self._agent_side(claim.folded, passive=True)
        if on_record is None or claimed is None:
            return
        outcome.add(
            "who",
            self.places.label(claimed),
            claimed,
            Status.agrees if claimed == on_record else Status.differs,
            self.places.label(on_record),
        )

    def _agent_side(self, folded: str, passive: bool) -> str | None:
        """The country a sentence says did the thing: 'by X' in the passive, else the first
        country named that is not a possessor ('X's independence')."""
        pattern = self.places.pattern("names", "demonyms")
        if passive:
            by = re.search(rf"\bby\s+(?:the\s+)?({pattern})\b", folded)
            if by is not None:
                return self.places.code_of(by.group(1))
        first = re.search(rf"\b({pattern})\b(?P<own>\s?['’]s\b)?", folded)
        if first is None or first.group("own"):
            return None
        return self.places.code_of(first.group(1))

    def _direction_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """Who did it to whom: 'Chinh invited Kasymaliev' is not 'Kasymaliev invited Chinh'."""
        verb = _AGENT_VERBS.get(event.kind)
        if verb is None:
            return
        claimed = self._agent(claim.folded, verb)
        on_record = self._agent(fold(event.title), verb) or self._agent(fold(event.summary), verb)
        if not claimed or not on_record:
            return
        name = self.people[next(iter(on_record))].name if len(on_record) == 1 else None
        if claimed & on_record:
            outcome.add("who acts", name or "", sorted(claimed), Status.agrees, name)
            return
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        where = _DESTINATION.search(claim.folded)
        went = _DESTINATION.search(fold(_record_text(event)))
        if where and went and where.group(1)[:4] != went.group(1)[:4]:
            # another invitation, to another country: the record does not speak to it
            outcome.add("who acts", shown, sorted(claimed), Status.not_on_record, name)
            return
        outcome.add("who acts", shown, sorted(claimed), Status.differs, name)

    def _carrier_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'The letter was delivered by Japarov': who carried a message must be who did."""
        verb = r"deliver(?:ed|s|ing)?\b|convey(?:ed|s|ing)?\b|hand(?:ed|s)? over\b"
        claimed = self._agent(claim.folded, verb)
        if not claimed:
            return
        on_record = self._agent(fold(event.summary), verb) or self._agent(
            fold(_record_text(event)), verb
        )
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        if not on_record:
            outcome.add("who carried it", shown, sorted(claimed), Status.not_on_record)
            return
        name = "; ".join(self.people[item].name for item in sorted(on_record))
        status = Status.agrees if claimed & on_record else Status.differs
        outcome.add("who carried it", shown, sorted(claimed), status, name)

    def _inviter_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Visited at the invitation of Chinh': the record of the visit must name the same host."""
        if event.kind is not EventKind.visit or not _INVITED_VISIT.search(claim.folded):
            return
        verb = r"invitation of\b|invited by\b"
        claimed = self._agent(claim.folded, verb)
        if not claimed:
            return
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        on_record = self._agent(fold(_record_text(event)), verb)
        if not on_record:
            outcome.add("invited by", shown, sorted(claimed), Status.not_on_record)
            return
        name = "; ".join(self.people[item].name for item in sorted(on_record))
        status = Status.agrees if claimed & on_record else Status.differs
        outcome.add("invited by", shown, sorted(claimed), status, name)

    def _agent(self, folded: str, verb: str) -> frozenset[str] | None:
        """The person doing `verb` in `folded`: the nearest one before it, or after 'by'/'of'."""
        match = re.search(rf"\b(?:{verb})", folded)
        if match is None:
            possessive = re.search(r"\b(\w+)'s\s+(?:\w+\s+)?invitation\b", folded)
            if possessive is None or "invit" not in verb:
                return None
            people = _named_people(possessive.group(1), self.spellings)
            return people or None
        found: list[tuple[int, frozenset[str]]] = [
            (start, frozenset({person})) for start, person in _people_at(folded, self.spellings)
        ]
        found += [(start, holders) for start, _, holders in self._role_mentions(folded)]
        passive = re.match(r"\w*\s+(?:by|of|from)\b", folded[match.start() :])
        if passive:
            after = [item for item in found if item[0] > match.end()]
            return min(after, key=lambda item: item[0])[1] if after else None
        before = [item for item in found if item[0] < match.start()]
        return max(before, key=lambda item: item[0])[1] if before else None

    def _invited_to_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Invited him to visit Ruritania' against an invitation to Utopia."""
        if event.kind is not EventKind.invitation:
            return
        inviter, doer = self._first_actor(claim.folded), self._first_actor(fold(event.title))
        if inviter is None or doer is None or not inviter[1] & doer[1]:
            return  # another inviter: another invitation, which the record does not hold
        pattern = (
            r"\bto\s+(?:(?:pay|make)\s+(?:an?\s+)?(?:official\s+|state\s+)?visit\s+to\s+"
            rf"|visit\s+)?({self.places.pattern('names')})\b"
        )
        claimed = re.search(pattern, claim.folded)
        on_record = re.search(pattern, fold(_record_text(event)))
        if claimed is None or on_record is None:
            return
        said, held = (self.places.code_of(item.group(1)) for item in (claimed, on_record))
        if said is None or held is None:
            return
        outcome.add(
            "invited to",
            self.places.label(said),
            said,
            Status.agrees if said == held else Status.differs,
            self.places.label(held),
        )

    def _visit_place(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Visited Utopia' against a visit to Ruritania: the country visited must match."""
        if event.kind is not EventKind.visit or not event.place:
            return
        match = re.search(
            r"\b(?:visit\w*(?:\s+to)?|trip to|travel\w* to|went to|came to|arrived in"
            r"|(?:was|were|is|stayed) in)"
            rf"\s+({self.places.pattern('names')})",
            claim.folded,
        )
        if match is None:
            return
        code = self.places.code_of(match.group(1), "names")
        if code is None:
            return
        claimed = self.places.label(code)
        place = fold(event.place).replace(" ", "")
        agrees = any(form.replace(" ", "") in place for form in self.places.forms(code, "names"))
        outcome.add(
            "country visited",
            claimed,
            claimed,
            Status.agrees if agrees else Status.differs,
            event.place,
        )

    def _place_part(
        self, claim: Claim, place: str | None, outcome: _Outcome, event: Event | None = None
    ) -> None:
        for named in claim.places:
            country = self.places.code_of(named, "capitals", "cities")
            place_country = (
                self.places.code_of(place, "names")
                if place is not None and fold(place) in self.places.all_forms("names")
                else None
            )
            if place is not None and country and place_country:
                # a visit to a country, a claim about its capital: the day's other events may say
                if place_country != country:
                    outcome.add("place", named, named, Status.differs, place)
                    continue
                there = self._same_trip(event, named) if event is not None else None
                if there is None:
                    outcome.add("place", named, named, Status.not_on_record, place)
                else:
                    outcome.records.append(there)
                    outcome.add("place", named, named, Status.agrees, there.place)
                continue
            if place is None:
                outcome.add("place", named, named, Status.not_on_record)
            else:
                agrees = fold(named) in fold(place)
                outcome.add(
                    "place", named, named, Status.agrees if agrees else Status.differs, place
                )

    def _first_actor(self, folded: str) -> tuple[str, frozenset[str]] | None:
        """Whoever the claim names first, as (country code, the people it may be; none for a
        country)."""
        found: list[tuple[int, str, frozenset[str]]] = []
        for code in self.places.codes:
            for word in self.places.forms(code):
                match = re.search(rf"(?<![a-z0-9]){re.escape(word)}", folded)
                if match:
                    found.append((match.start(), code, frozenset()))
        for start, person in _people_at(folded, self.spellings):
            found.append((start, self.people[person].country, frozenset({person})))
        for start, _, holders in self._role_mentions(folded):
            countries = {self.people[item].country for item in holders}
            if len(countries) == 1:
                found.append((start, next(iter(countries)), holders))
        if not found:
            return None
        # a country word that opens a role or a name ("Utopian PM …") stands for that person
        found.sort(key=lambda item: (item[0], not item[2]))
        start, side, people = found[0]
        if not people:
            later = [item for item in found[1:] if item[2] and item[0] - start <= 14]
            if later:
                return later[0][1], later[0][2]
        return side, people

    def _same_trip(self, event: Event, city: str) -> Event | None:
        """An event of the same people during `event`, held in `city`."""
        first, last = date_bounds(event.date)[0], date_bounds(event.end or event.date)[1]
        for other in self.store.events:
            if other is event or not other.place or fold(city) not in fold(other.place):
                continue
            if not set(event.participants) <= set(other.participants):
                continue
            if first <= date_bounds(other.date)[0] <= last:
                return other
        return None

    # -- statements (anything else) --------------------------------------------------------------

    def _statements(
        self, claim: Claim, mentions: Mentions, about: str | None = None
    ) -> CheckResult | None:
        """A claim with no figure: supported only when one record holds all its content words."""
        names = self.name_words
        telling = _telling(claim)
        if len([word for word in telling if word not in names]) < 2:
            return None  # names alone say nothing about what they did
        content = _content(claim)
        scored: list[tuple[float, Record]] = []
        for record in [*self.store.statements, *self.store.agreements, *self.store.events]:
            if about is not None and about not in fold(_record_text(record)):
                continue
            words, prefixes = self._backing(record)
            covered = sum(1 for word in content if _backed_or_synonym(word, words, prefixes))
            share = covered / len(content)
            if share >= 0.85:
                scored.append((share, record))
        if not scored:
            return None
        # of the records that hold the claim's words, the first that backs most of them and
        # says it of the same people, sides and places
        scored.sort(key=lambda item: (-item[0], len(self._unbacked(claim, [item[1]]))))
        fitting = [item for _, item in scored[:5] if self._statement_fits(claim, mentions, item)]
        if not fitting:
            return None
        record = fitting[0]
        text = fold(_record_text(record))
        outcome = _Outcome(records=[record])
        outcome.add("statement", _label(record), record.id, Status.agrees, _label(record))
        if getattr(record, "date", None) is None:
            for year in claim.years:
                if re.search(rf"\b{year}\b", text):
                    # "since 1992", as the record's own words say it
                    outcome.add("date", str(year), year, Status.agrees, str(year))
        self._date_parts(claim, outcome, getattr(record, "date", None), None, allow_missing=True)
        return self._result(claim, outcome, "this subject")

    def _statement_fits(self, claim: Claim, mentions: Mentions, record: Record) -> bool:
        """Whether a record that holds the claim's words says them of the same people, sides
        and places, as done rather than hoped for, and asserted rather than denied."""
        actors = set(getattr(record, "speakers", ()) or getattr(record, "participants", ()))
        text = fold(_record_text(record))
        if mentions.anyone and actors and not mentions.all_in(actors | self._people_in(text)):
            return False
        agreed = re.search(r"\bagree", claim.folded) and re.search(r"\bagree", text)
        hopes = ASPIRATION.search(claim.folded) or re.search(r"\bwish(?:es|ed)?\b", claim.folded)
        if ASPIRATION.search(text) and not hopes and not agreed:
            # the record hopes, urges or plans; the claim says it is done, unless what the
            # claim says is in the record's other clauses ('thanked …, and asked for …')
            words, prefixes = self._backing(record, without_aspirations=True)
            if not all(_backed_or_synonym(word, words, prefixes) for word in _content(claim)):
                return False
        if isinstance(record, Statement) and NEGATION.search(text) and not claim.negated:
            return False  # the record says something is not so; the claim says it is
        speakers = {self.people[item].country for item in actors if item in self.people}
        first = self._first_actor(claim.folded)
        if speakers and first is not None:
            side, people = first
            if side not in speakers or (people and not people & actors):
                return False  # "Utopia urged Ruritania…" against a record of Ruritania urging
        if _sides_swapped(claim.folded, text):
            return False  # "Ruritania wants to learn from Utopia" against the other way round
        where = _destination(claim.folded)
        # a visit to the other country does not fit
        return where is None or _destination(text) in (None, where)

    # -- dates -----------------------------------------------------------------------------------


# --- helpers -------------------------------------------------------------------------------------
