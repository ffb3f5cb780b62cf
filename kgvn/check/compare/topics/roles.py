"""Roles in an event: who did it and to whom (host and guest, inviter and invitee, who carried
a letter, which side acted), each compared with the record of the event."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgvn.claims import (
    Claim,
    DateSpan,
)
from kgvn.records import (
    Event,
)
from kgvn.text import compiled, fold
from kgvn.vocabulary import (
    EventKind,
)

if TYPE_CHECKING:
    pass


from kgvn.check.compare.readers import (
    _AGENT_VERBS,
    _DESTINATION,
    _INVITED_VISIT,
)
from kgvn.check.compare.slots import date_agrees
from kgvn.check.compare.titles import title_status
from kgvn.check.compare.topics.timing import TimingChecks
from kgvn.check.lexicon import EVENT_KIND_WORDS
from kgvn.check.result import (
    CheckResult,
    Status,
    _Outcome,
)
from kgvn.check.retrieve.mentions import (
    Mentions,
    _label,
    _named_people,
    _people_at,
    _record_text,
)

#: 'a letter from Y inviting …', 'a message inviting …': what follows 'letter' up to the verb.
_LETTER = re.compile(r"\b(?:letter|message|note)\b((?:\s+[\w'’-]+){0,5}?)\s+invit")
#: An invitation in writing: the record's letter, whose writer is on record.
_WRITTEN = re.compile(r"\b(?:letter|message)\b")
#: '… and handed over': a second verb of the clause, whose doer is the clause's subject.
_AND_VERB = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?$")
#: A person named after a preposition ('to Ann', 'with the Utopian PM'): not a doer.
_GOVERNED = re.compile(
    r"\b(?:to|with|for|from|by|of|at|on|towards)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)
#: Who made a visit the claim names by its date: 'the 2014 visit was made by X', 'X made the
#: 2014 trip', 'the 2014 visit by X to …'.
_VISITOR = re.compile(
    r"\b(?:visit|trip)\b[^.;,]*?\b(?:(?:was|were) (?:made|paid|led) )?by (?:the |a |an )?"
    r"(?P<by>[a-z' -]{3,60}?)(?=\s+(?:to|in|on|at|during)\b|\s*[.;,]|$)"
    r"|^(?:the |a |an )?(?P<doer>[a-z' -]{3,60}?) (?:made|paid|led) the \S+ (?:visit|trip)\b"
)
#: A person named as an owner ('Ann Lee's letter'): not a doer.
_OWNER = re.compile(r"(?:[\w-]+\s+){0,2}?[\w-]+['’]s\b")


def _subject_first(
    folded: str, found: list[tuple[int, frozenset[str]]]
) -> list[tuple[int, frozenset[str]]]:
    """Of the people before a second verb ('A passed greetings to B and handed over …'), the
    first that is neither an owner nor after a preposition: the subject both verbs share."""
    heads = [
        item
        for item in found
        if not _GOVERNED.search(folded[: item[0]]) and not _OWNER.match(folded, item[0])
    ]
    return [min(heads, key=lambda item: item[0])] if heads else found


#: Answers to an invitation, which only the one invited gives.
_ANSWERED = r"accept(?:s|ed|ing)?\b|declin(?:e|es|ed|ing)\b|turn(?:s|ed|ing)? down\b|reject"
#: Events someone hosts for someone: the one the claim pins down has its own guest list.
_HOSTED = frozenset(
    {EventKind.ceremony, EventKind.exhibition, EventKind.invitation, EventKind.reception}
)

#: '… ceremony for Ann', '… reception in honour of the Utopian PM': who is its guest.
_GUEST_BEFORE = re.compile(
    r"\b(?:ceremon(?:y|ies)|reception|welcome|banquet|dinner|luncheon|honours)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:for|in\s+honou?r\s+of|honou?ring|to\s+welcome|welcoming)\s+"
    r"(?:(?:the\s+)?(?:visiting\s+)?(?:[\w-]+\s+){0,3}?)$"
)
#: 'Ann was welcomed …', 'Ann was given a welcome …', 'Ann received a red-carpet welcome'.
_GUEST_AFTER = re.compile(
    r"[\w' -]*?\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:welcomed|received|greeted|honou?red|given|accorded|treated\s+to)\b"
    r"|[\w' -]*?\s+(?:received|got|enjoyed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?welcome\b"
)

#: Events whose parties the record fixes: those a host holds, and a call between two people.
_FIXED_PARTIES = _HOSTED | {EventKind.phone_call, EventKind.talks}


class RoleParts(TimingChecks):
    """The parts of an event claim that name who acted, for whom, and in which direction."""

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
            if event.kind not in _FIXED_PARTIES or not shared or shared == people:
                continue
            if event.kind is EventKind.talks and not self._stands_in(people, shared, event):
                continue
            on_the_day = any(
                len(span.start) == 10 or span.start.startswith("--")
                for span in claim.dates
                if date_agrees(span, event.date, event.end) is Status.agrees
            )
            named = re.search(
                rf"(?:\bthe|\bhis|\bher|\btheir|['’]s) (?:[\w-]+ ){{0,3}}"
                rf"(?:{event.kind.value[:6]}|letter)",
                folded,
            )
            if on_the_day or named:
                fits.append(event)
        if len(fits) > 1 and _WRITTEN.search(folded):
            # 'X's letter invited Y': of the invitations, the one made in writing
            fits = [item for item in fits if _WRITTEN.search(fold(_record_text(item)))]
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

    def _stands_in(self, people: frozenset[str], shared: frozenset[str], event: Event) -> bool:
        """Whether each person a claim adds to talks is a guest of the side of one the claim
        leaves out ('Chinh held talks in his capital with Ann' where the record's talks were
        with Ann's premier). One of the host country's people may have met the guest apart,
        and people the record has meet another way (a reception) are not swapped."""
        if any(people <= set(item.participants) for item in self.store.events):
            return False
        home = self.places.code_of(event.place or "", "names", "capitals", "cities")
        left_out = set(event.participants) - people
        missing = {self.people[item].country for item in left_out if item in self.people}
        return home is not None and all(
            item in self.people and self.people[item].country in missing - {home}
            for item in people - shared
        )

    def _visitor_title(
        self, claim: Claim, mentions: Mentions, events: list[Event]
    ) -> CheckResult | None:
        """'The 2014 visit was made by the Utopian foreign minister': a visit its date pins
        down, made by one person on record, said to be made by a title no one on record holds.
        Another country's, or another title, differs; a narrower form stays open."""
        if mentions.anyone or not mentions.unknown_roles:
            return None
        visitor = _VISITOR.search(claim.folded)
        pinned = self._dated_subject(claim, events, claim.folded) if visitor else None
        people = (
            [self.people[item] for item in pinned.participants if item in self.people]
            if pinned
            else []
        )
        if visitor is None or pinned is None or len(people) != 1:
            return None
        said = visitor.group("by") or visitor.group("doer")
        if not any(role in said for role in mentions.unknown_roles):
            return None
        side = re.search(rf"\b({self.places.pattern('names', 'demonyms')})\b", said)
        country = self.places.code_of(side.group(1)) if side else None
        wrong_side = country is not None and country != people[0].country
        status = title_status(said, people[0], wrong_side)
        if status is Status.not_on_record:
            return None
        outcome = _Outcome(records=[pinned])
        on_record = f"{people[0].name}, " + "; ".join(role.title for role in people[0].roles)
        outcome.add("who", said, said, status, on_record)
        self._date_parts(claim, outcome, pinned.date, pinned.end, allow_missing=True)
        return self._result(claim, outcome, _label(pinned))

    def _dated_subject(self, claim: Claim, events: list[Event], text: str) -> Event | None:
        """The one event a date written before its noun names ('the March 2025 visit', 'the
        2014 trip'), in `text` (the clause it is the subject of); None for a date said of the
        event ('the visit took place in 2014'), which would only back itself."""
        spans = [*claim.dates, *(DateSpan(str(year), None, str(year)) for year in claim.years)]
        found = []
        for span in spans:
            noun = re.search(
                rf"\bthe\s+{re.escape(fold(span.text))}\s+((?:[a-z-]+\s+){{0,2}}[a-z]+)", text
            )
            if noun is None:
                continue
            words = set(noun.group(1).split())
            found += [
                event
                for event in events
                if words & set(EVENT_KIND_WORDS.get(event.kind, "").split())
                and date_agrees(span, event.date, event.end) is Status.agrees
            ]
        return found[0] if len({event.id for event in found}) == 1 else None

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
        capital = re.match(rf"\s*({self.places.pattern('capitals')})\b(?!['’]s)", folded)
        if capital is not None:
            return self.places.code_of(capital.group(1))  # 'Utopolis recognised …': its country
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
        self._guest_part(claim, event, verb, outcome)
        claimed = self._agent(claim.folded, verb)
        letter = _LETTER.search(claim.folded)
        if letter is not None:
            # 'X handed over a letter (from Y) inviting Z': the letter's writer invites, not X
            claimed = frozenset(person for _, person in _people_at(letter.group(1), self.spellings))
        on_record = self._agent(fold(event.title), verb) or self._agent(fold(event.summary), verb)
        if not claimed or not on_record:
            return
        name = self.people[next(iter(on_record))].name if len(on_record) == 1 else None
        if claimed & on_record:
            outcome.add("who acts", name or "", sorted(claimed), Status.agrees, name)
            return
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        where = _DESTINATION.search(claim.folded)
        visit = self._visit_at_invitation(claim, claimed)
        if where and visit is not None and where.group(1)[:4] != fold(visit.place or "")[:4]:
            visit = None  # invited to another country than the one visited
        if visit is not None:
            # 'Chinh invited Kasymaliev': the visit made at Chinh's invitation, not this one
            outcome.records.append(visit)
            outcome.add("invited by", shown, sorted(claimed), Status.agrees, visit.title)
            return
        went = _DESTINATION.search(fold(_record_text(event)))
        if (
            where
            and went
            and where.group(1)[:4] != went.group(1)[:4]
            and not _WRITTEN.search(claim.folded)
        ):
            # another invitation, to another country: the record does not speak to it (unless
            # it is the record's letter, 'in a letter, Y invited X to …': one writer, one letter)
            outcome.add("who acts", shown, sorted(claimed), Status.not_on_record, name)
            return
        outcome.add("who acts", shown, sorted(claimed), Status.differs, name)

    def _guest_part(self, claim: Claim, event: Event, verb: str, outcome: _Outcome) -> None:
        """'The welcome ceremony for Ann', 'Ann was welcomed': Ann is its guest, which its host
        is not ('the ceremony for Chinh' when Chinh hosted it for Kasymaliev)."""
        if event.kind not in _HOSTED or event.kind is EventKind.invitation:
            return
        host = self._agent(fold(event.title), verb) or self._agent(fold(event.summary), verb)
        guests = set(event.participants) - (host or set())
        if not host or not guests:
            return
        claimed = {
            person
            for start, person in _people_at(claim.folded, self.spellings)
            if _GUEST_BEFORE.search(claim.folded[:start])
            or _GUEST_AFTER.match(claim.folded[start:])
        }
        if not claimed or claimed & guests or not claimed & host:
            return
        shown = "; ".join(self.people[item].name for item in sorted(claimed))
        held = "; ".join(self.people[item].name for item in sorted(guests) if item in self.people)
        outcome.add("guest", shown, sorted(claimed), Status.differs, held)

    def _visit_at_invitation(self, claim: Claim, inviters: frozenset[str]) -> Event | None:
        """A visit the record says was made at the invitation of one of `inviters` by everyone
        else the claim names: an invitation the other way than the invitation event's."""
        guests = _named_people(claim.folded, self.spellings) - inviters
        if not guests:
            return None
        for visit in self.store.events:
            if visit.kind is not EventKind.visit or not guests <= set(visit.participants):
                continue
            hosts = self._agent(fold(_record_text(visit)), r"invitation of\b|invited by\b")
            if hosts and hosts & inviters:
                return visit
        return None

    def _carrier_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'The letter was delivered by Japarov': who carried a message must be who did."""
        # 'handed the letter to …' carries it as 'handed over' does
        verb = r"deliver(?:ed|s|ing)?\b|convey(?:ed|s|ing)?\b|hand(?:ed|s|ing)?\b(?: over\b)?"
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

    def _acceptor_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Kasymaliev accepted the invitation' when he made it: only the one invited answers (a
        refusal is a denial, which the record's acceptance contradicts whoever it names)."""
        claimed = None if claim.negated else self._agent(claim.folded, _ANSWERED)
        inviter = self._first_actor(fold(event.title))
        if event.kind is not EventKind.invitation or not claimed or inviter is None:
            return
        invitees = set(event.participants) - inviter[1]
        if not invitees or not (claimed & invitees or claimed & inviter[1]):
            return  # someone the invitation does not name: another one
        shown, named = (
            "; ".join(self.people[item].name for item in sorted(group) if item in self.people)
            for group in (claimed, invitees)
        )
        status = Status.agrees if claimed & invitees else Status.differs
        outcome.add("answered by", shown, sorted(claimed), status, named)

    def _answered_by_another(self, claim: Claim, text: str) -> bool:
        """Whether a record's words give an answer to an invitation ('Bo accepted …') to another
        than the claim's doer of it ('the Utopian premier accepted …')."""
        claimed = self._agent(claim.folded, _ANSWERED)
        held = self._agent(text, _ANSWERED) if claimed else None
        return bool(claimed and held and claimed.isdisjoint(held))

    def _agent(self, folded: str, verb: str) -> frozenset[str] | None:
        """The person doing `verb` in `folded`: the nearest one before it, or after 'by'/'of'."""
        match = re.search(rf"\b(?:{verb})", folded)
        if match is None:
            possessive = re.search(r"'s\s+(?:\w+\s+)?invitation\b", folded)
            if possessive is None or "invit" not in verb:
                return None
            # "at Ann Lee's invitation", "at the Utopian PM's invitation": whoever ends there
            owner = folded[: possessive.start()]
            ending = [
                (start, frozenset({person})) for start, person in _people_at(owner, self.spellings)
            ] + [(start, holders) for start, _, holders in self._role_mentions(owner)]
            last = max(ending, key=lambda item: item[0], default=None)
            if last is None or not re.fullmatch(r"[\w -]*", owner[last[0] :]):
                return None
            return last[1] or None
        found: list[tuple[int, frozenset[str]]] = [
            (start, frozenset({person})) for start, person in _people_at(folded, self.spellings)
        ]
        found += [(start, holders) for start, _, holders in self._role_mentions(folded)]
        passive = re.match(r"\w*\s+(?:by|of|from)\b", folded[match.start() :])
        if not passive and re.search(
            r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", folded[: match.start()]
        ):
            return None  # "X was welcomed with a ceremony": X is welcomed, who did it is not said
        if passive:
            after = [item for item in found if item[0] > match.end()]
            return min(after, key=lambda item: item[0])[1] if after else None
        before = [item for item in found if item[0] < match.start()]
        if before and _AND_VERB.search(folded[: match.start()]):
            before = _subject_first(folded, before)
        return max(before, key=lambda item: item[0])[1] if before else None

    def _invited_to_part(self, claim: Claim, event: Event, outcome: _Outcome) -> None:
        """'Invited him to visit Ruritania' against an invitation to Utopia."""
        if event.kind is not EventKind.invitation:
            return
        inviter, doer = self._first_actor(claim.folded), self._first_actor(fold(event.title))
        named = doer is not None and any(  # 'a letter from President X', 'X's letter'
            who in doer[1]
            and re.search(
                rf"\b(?:from|by)\s+(?:\w+\s+){{0,2}}{re.escape(form)}\b|\b{re.escape(form)}['’]s\b",
                claim.folded,
            )
            for form, who in self.spellings
        )
        if not named and (inviter is None or doer is None or not inviter[1] & doer[1]):
            return  # another inviter: another invitation, which the record does not hold
        pattern = (
            r"\bto\s+(?:(?:pay|make)\s+(?:an?\s+)?(?:official\s+|state\s+)?visit\s+to\s+"
            rf"|visit\s+)?({self.places.destinations()})\b"
        )
        claimed = re.search(pattern, claim.folded)
        on_record = re.search(pattern, fold(_record_text(event)))
        if claimed is None or on_record is None:
            return
        said, held = (self.places.destination_of(item.group(1)) for item in (claimed, on_record))
        if said is None or held is None:
            return
        outcome.add(
            "invited to",
            self.places.label(said),
            said,
            Status.agrees if said == held else Status.differs,
            self.places.label(held),
        )

    def _first_actor(self, folded: str) -> tuple[str, frozenset[str]] | None:
        """Whoever the claim names first, as (country code, the people it may be; none for a
        country)."""
        found: list[tuple[int, str, frozenset[str]]] = []
        for code in self.places.codes:
            for word in self.places.forms(code):
                match = compiled(rf"(?<![a-z0-9]){re.escape(word)}").search(folded)
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
