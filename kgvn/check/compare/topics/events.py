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
    Agreement,
    Event,
    Record,
    Statement,
)
from kgvn.text import compiled, fold
from kgvn.vocabulary import (
    AgreementStatus,
    EventKind,
)

if TYPE_CHECKING:
    pass


from kgvn.check.compare.backing import (
    COMMITS,
    _backed_or_synonym,
    _content,
    _denied,
    _opposite,
    _telling,
    only_considered,
    stance_count,
)
from kgvn.check.compare.doers import other_doer
from kgvn.check.compare.readers import (
    _ARRIVAL,
    _DEPARTURE,
    _INVITED_VISIT,
    _ONCE_ONLY,
    _destination,
    _direction,
    _event_kinds,
    _goes,
    _sides_swapped,
    _written,
)
from kgvn.check.compare.speakers import listeners, named_sayer, said_by_another, spoken_to
from kgvn.check.compare.topics.roles import RoleParts
from kgvn.check.compare.topics.timing import _CALENDAR, _RELATIVE, ORDER_TAIL
from kgvn.check.lexicon import EVENT_KIND_WORDS, GENERIC, antonyms_of
from kgvn.check.result import (
    CheckResult,
    Status,
    Verdict,
    _Outcome,
)
from kgvn.check.retrieve.mentions import (
    ASPIRATION,
    Mentions,
    _label,
    _record_text,
)

#: A hedge alone before a relative time: "more than", "nearly", "just over".
_HEDGE_ONLY = re.compile(
    r"\s*(?:(?:just|a little|little|slightly)\s+)?(?:(?:more|less|fewer) than|about|around|nearly"
    r"|almost|some|roughly|over|under|approximately)?\s*"
)
#: "four months after", "a year before": a time between two events.
_IN_PERSON = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b")


class EventChecks(RoleParts):
    def _events(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        kinds = _event_kinds(claim)
        if not kinds:
            return None
        relative = (
            _RELATIVE.search(claim.folded)
            or _CALENDAR.search(claim.folded)
            or ORDER_TAIL.search(claim.folded)  # ', ahead of Ann's visit': another's event
        )
        comma = claim.folded.find(",", relative.end()) if relative else -1
        main, pinned = claim.folded, None
        if relative is not None and (relative.start() > 0 or comma > 0):
            # "X came 17 days after the phone call" ("17 days after the call, X …"): the event
            # is the one the main clause names, and who took part in it is named there
            before = claim.folded[: relative.start()]
            if _HEDGE_ONLY.fullmatch(before):
                before = ""  # "More than two weeks after the call, X …": a hedge, no clause
            main = before or claim.folded[comma + 1 :]
            head = replace(claim, folded=main)
            head_kinds = _event_kinds(head)
            if head_kinds:
                kinds = head_kinds
                mentions = self._mentions(head)
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
        elif (visitor := self._visitor_title(claim, mentions, candidates)) is not None:
            return visitor  # 'the 2014 visit was made by the Utopian foreign minister'
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
            # no one named: only 'the March 2025 visit', a date before the noun, pins one down
            pinned = self._dated_subject(claim, candidates, main if relative else claim.folded)
            if pinned is None:
                return None
            candidates = [pinned]
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
        self._acceptor_part(claim, best, outcome)
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
        self._other_dates(claim, outcome, best)
        day = self._visit_day_part(claim, outcome, best)
        self._date_parts(claim, outcome, start, end, allow_missing=True)
        compared = self._relative_part(claim, outcome, best)
        if not compared:
            self._order_part(claim, outcome, best)
        compared += day
        if compared:
            claim = replace(claim, spans=(*claim.spans, *compared))
        self._age_parts(claim, outcome, best)
        intervals = " ".join(fold(part.text) for part in outcome.parts if part.kind == "interval")
        for duration in claim.durations:
            if fold(duration.text) in intervals:
                continue  # "17 days after the phone call": the interval, not the visit's length
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
        anyone = not people and best.kind not in _ONCE_ONLY and pinned is None
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

    def _visit_place(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Visited Utopia' against a visit to Ruritania: the country visited must match."""
        if event.kind is not EventKind.visit or not event.place:
            return
        match = re.search(
            r"\b(?:visit\w*(?:\s+to)?|trip to|travel\w* to|went to|came to|arrived in"
            r"|(?:was|were|is|stayed) in|(?:visit|trip)\b[^.;]*?\b(?:was|were) (?:made |paid )?to"
            # 'the visit was made by X to Utopia', 'a trip by X to Utopia': the doer between
            r"|(?:visit|trip)\b[^.;]*?\b(?:(?:was|were) (?:made|paid) )?by [^.;,]{1,60}? to)"
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
        if len([word for word in telling if word not in names]) + stance_count(claim) < 2:
            return None  # names alone say nothing about what they did
        content = _content(claim)
        if not content:
            return None  # only ordinary words beside the names ('X have kept relations')
        opposable = frozenset(word for word in content if antonyms_of(word))
        scored: list[tuple[float, Record]] = []
        for record in [*self.store.statements, *self.store.agreements, *self.store.events]:
            if about is not None and about not in fold(_record_text(record)):
                continue
            words, prefixes = self._backing(record)
            covered = 0
            for place, word in enumerate(content):
                if (
                    _backed_or_synonym(word, words, prefixes)
                    or (word in opposable and _opposite(word, words, prefixes))
                    or (word.startswith("agree") and len(getattr(record, "speakers", ())) > 1)
                ):  # what both sides said together, they agreed on
                    covered += 1
                elif covered + len(content) - place - 1 < 0.85 * len(content):
                    break  # too few of the claim's words left to reach the share
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
        record = next((item for item in fitting if self._same_day(claim, item)), fitting[0])
        text = fold(_record_text(record))
        context = self._context_event(claim, record)
        outcome = _Outcome(records=[record, *context])
        outcome.add("statement", _label(record), record.id, Status.agrees, _label(record))
        if claim.negated and _NOT_YET.search(claim.folded) and _not_yet_done(record):
            # "the mechanisms have not yet been set up": true of what is only agreed to
            outcome.negated = False
            status = getattr(record, "status", "")
            outcome.add("status", "not yet", "not yet", Status.agrees, str(status))
        elif not claim.negated and _not_yet_done(record) and (done := _DONE.search(claim.folded)):
            # "the mechanisms have been set up": the record has them only agreed to or proposed
            status = getattr(record, "status", "")
            # still being negotiated or only proposed: said as done, it is wrong; agreed in
            # principle, it may have been done since
            said = Status.not_on_record if status is AgreementStatus.agreed_in_principle else None
            shown = str(getattr(status, "value", status))
            outcome.add("status", done.group(), done.group(), said or Status.differs, shown)
        hedge = None if claim.negated else only_considered(claim.folded, text, content)
        if hedge is not None:
            # 'pledged to back' against 'agreed to consider backing': a promise the record's
            # people did not make; 'backed' alone may have come later
            firm = COMMITS.search(claim.folded) if mentions.anyone else None
            told = firm.group() if firm else "(stated as done)"
            outcome.add(
                "commitment", told, told, Status.differs if firm else Status.not_on_record, hedge
            )
        words, prefixes = self._backing(record)
        for word in content if self._says_opposite(claim, mentions) else ():
            opposite = None
            if not _backed_or_synonym(word, words, prefixes):
                opposite = _opposite(word, words, prefixes)
                if opposite is not None and re.search(rf"\b{re.escape(opposite)}", claim.folded):
                    opposite = None  # the claim says the record's word too: another thing's
            elif not claim.negated and word in _denied(content, text):
                opposite = f"not {word}"
            if opposite is not None:
                # 'trade remains large' against 'remains modest'; 'sustainable' against 'not'
                outcome.add("wording", _written(claim, word), word, Status.differs, opposite)
        if not claim.negated and not self._says_opposite(claim, mentions):
            for word in _denied(content, text):  # 'trade is sustainable' against 'not': never
                outcome.add("wording", _written(claim, word), word, Status.not_on_record)
        moved = None if claim.negated else _direction(claim.folded)
        if moved is not None and not _goes(text, moved[1]):
            # 'trade decreased': a way the record's own words must go too
            outcome.add("change", moved[0], moved[1], Status.not_on_record)
        for ordinal in claim.ordinals:
            if re.search(rf"\b{re.escape(ordinal)}\b", text):  # 'for the first time', as said
                outcome.add("ordinal", ordinal, ordinal, Status.agrees, ordinal)
        for year in claim.years:
            after = re.search(rf"\b{year}\s+([a-z]+)", claim.folded)
            named = after is not None and re.search(rf"\b{year}\s+{after.group(1)}\b", text)
            undated = getattr(record, "date", None) is None and not context
            if named or (undated and re.search(rf"\b{year}\b", text)):
                # "since 1992", "the 1982 UNCLOS", as the record's own words say it
                outcome.add("date", str(year), year, Status.agrees, str(year))
        dated = getattr(record, "date", None) or (context[0].date if context else None)
        self._date_parts(claim, outcome, dated, None, allow_missing=True)
        if isinstance(record, Statement) and dated and not _SAYING.search(claim.folded):
            # "… joined the UN in 1992": history, which a statement made decades on does not date
            outcome.parts = [
                replace(part, status=Status.not_on_record)
                if part.kind == "date"
                and part.status is Status.differs
                and re.match(r"\d{4}", str(part.value))
                and int(str(part.value)[:4]) < int(dated[:4])
                else part
                for part in outcome.parts
            ]
        if isinstance(record, Event) and record.place:
            self._place_part(claim, record.place, outcome, record)  # the event's own place
        return self._result(claim, outcome, "this subject")

    def _context_event(self, claim: Claim, record: Record) -> list[Event]:
        """The event a statement was made at, when the claim names it ('during their phone
        call'): the one event from the same article whose participants include the speakers."""
        speakers = set(getattr(record, "speakers", ()))
        if not isinstance(record, Statement) or not speakers:
            return []
        sources = {item.source for item in record.evidence}
        found = [
            event
            for event in self.store.events
            if speakers <= set(event.participants)
            and sources & {item.source for item in event.evidence}
            and any(
                compiled(rf"\b{re.escape(word)}\b").search(claim.folded)
                for word in EVENT_KIND_WORDS[event.kind].split()
                if len(word) > 4 and word not in GENERIC
            )
        ]
        return found if len(found) == 1 else []

    def _says_opposite(self, claim: Claim, mentions: Mentions) -> bool:
        """Whether a claim is pinned down enough (who said it, three words of content) that a
        word the record says the opposite of contradicts it, rather than matching another."""
        return mentions.anyone and len(_content(claim)) >= 3

    def _statement_fits(self, claim: Claim, mentions: Mentions, record: Record) -> bool:
        """Whether a record that holds the claim's words says them of the same people, sides
        and places, as done rather than hoped for, and asserted rather than denied."""
        actors = set(getattr(record, "speakers", ()) or getattr(record, "participants", ()))
        text = fold(_record_text(record))
        # whom a speaker spoke to ('his counterpart') may be named: the others at the event
        heard = {
            person
            for person in listeners(self.meetings, record)
            if person in self.people
            and spoken_to(claim.folded, [form for form, who in self.spellings if who == person])
        }
        present = actors | heard | self._people_in(text)
        if mentions.anyone and (actors or present) and not mentions.all_in(present):
            return False
        sayer = named_sayer(claim.folded)
        sayers = self._people_in(sayer) if sayer else set()
        if isinstance(record, Statement) and said_by_another(
            sayers, record, self._people_in(fold(record.statement))
        ):
            return False  # "Bo said X" against X said by Ann, or by nobody the record names
        together = re.search(r"\bagree", text) or len(getattr(record, "speakers", ())) > 1
        agreed = re.search(r"\bagree", claim.folded) and together
        hopes = ASPIRATION.search(claim.folded) or _HOPE_OR_TALK.search(claim.folded)
        if ASPIRATION.search(text) and not hopes and not agreed:
            # the record hopes, urges or plans; the claim says it is done, unless what the
            # claim says is in the record's other clauses ('thanked …, and asked for …')
            words, prefixes = self._backing(record, without_aspirations=True)
            if not all(
                _backed_or_synonym(word, words, prefixes) or _opposite(word, words, prefixes)
                for word in _content(claim)
            ):
                return False
        if isinstance(record, Statement) and NEGATION.search(text) and not claim.negated:
            # the record says something is not so; the claim says it is
            # unless the claim says the very word the record denies (a contradiction), or what
            # it says is in the record's other clauses ('growing gradually, but not …'), or
            # their opposite there ('growing rapidly' against 'growing gradually, but not …')
            pinned = self._says_opposite(claim, mentions)
            denies = pinned and _denied(_content(claim), text)
            words, prefixes = self._backing(record, without_negations=True)
            if not denies and not all(
                _backed_or_synonym(word, words, prefixes)
                or (pinned and _opposite(word, words, prefixes))
                for word in _content(claim)
            ):
                return False
        speakers = {self.people[item].country for item in actors if item in self.people}
        first = self._first_actor(claim.folded)
        if speakers and first is not None:
            side, people = first
            if side not in speakers or (people and not people & actors):
                return False  # "Utopia urged Ruritania…" against a record of Ruritania urging
        if _sides_swapped(claim.folded, text):
            return False  # "Ruritania wants to learn from Utopia" against the other way round
        if other_doer(claim.folded, text, self.spellings) is not None:
            return False  # "Bo tasked the ministries" against a record of Ann tasking them
        if self._answered_by_another(claim, text):
            return False  # "the Utopian premier accepted" against a record of Bo accepting
        where = _destination(claim.folded)
        # a visit to the other country does not fit
        return where is None or _destination(text) in (None, where)

    # -- dates -----------------------------------------------------------------------------------


# --- helpers -------------------------------------------------------------------------------------


#: Acts a statement records as done when it was made: its date is theirs.
_SAYING = re.compile(
    r"\b(?:said|say|says|told|tell|stress|affirm|not(?:ed|es)|call|urg|thank|agree|pledg"
    r"|discuss|express|emphasi|highlight|welcom|describ|congratul|hop|propos|suggest|invit"
    r"|accept|ask|assign|task|vow|promis|prais|voic|reaffirm|acknowledg|inform|brief|consider"
    r"|recall|remember|spoke|speak|wish|want|convey|deliver|underline|underscor|add)\w*"
)
#: A wish, or talk of a thing ('spoke of upgrading ties'): not a claim that it is done.
_HOPE_OR_TALK = re.compile(
    r"\bwish(?:es|ed)?\b|\b(?:spoke|speaks?|speaking|talked|talks?) (?:of|about)\b"
)
#: "have been set up", "was established": a step the claim says was taken, not only planned.
_DONE = re.compile(
    r"(?<!to )(?<!to be )\b(?:set up|established|created|launched|formed|founded|signed|inked"
    r"|concluded|exchanged|swapped|in place|operational|up and running)\b"
)
#: "not yet set up", "yet to be established": a step the claim says is still to come.
_NOT_YET = re.compile(r"\bnot yet\b|\byet to\b")


def _not_yet_done(record: Record) -> bool:
    """Whether a record is an agreement only proposed, agreed to or under negotiation."""
    return isinstance(record, Agreement) and record.status in (
        AgreementStatus.proposed,
        AgreementStatus.agreed_in_principle,
        AgreementStatus.under_negotiation,
    )
