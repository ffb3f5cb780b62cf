"""Ordinals, agreements and the roles people hold."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kgvn.claims import (
    Claim,
)
from kgvn.records import (
    Agreement,
    Record,
)
from kgvn.text import compiled, fold
from kgvn.vocabulary import (
    AgreementStatus,
    EventKind,
)

if TYPE_CHECKING:
    pass


from kgvn.check.base import CheckerBase
from kgvn.check.compare.agreement_names import named_agreements
from kgvn.check.compare.backing import _rephrase, broader_title, said_in
from kgvn.check.compare.fieldcount import field_count
from kgvn.check.compare.fieldlists import field_status
from kgvn.check.compare.periods import words_pattern
from kgvn.check.compare.readers import (
    _SINCE_YEAR,
    _claimed_status,
    _destination,
    _event_kinds,
    _event_place,
    _status_compatible,
)
from kgvn.check.compare.signers import signer_check
from kgvn.check.compare.titles import title_status
from kgvn.check.lexicon import FIELD_WORDS, load
from kgvn.check.result import CheckResult, Status, Verdict, _Outcome
from kgvn.check.retrieve.mentions import (
    ASPIRATION,
    BOTH_SIDES,
    Mentions,
    _contains,
    _country_beside,
    _holds,
    _label,
    _named_people,
    _people_spans,
    _record_text,
    _role_holder_named,
    only_used,
)

#: The steps of an agreement, in the order they happen.
_STAGE = {
    AgreementStatus.proposed: 0,
    AgreementStatus.agreed_in_principle: 1,
    AgreementStatus.under_negotiation: 2,
    AgreementStatus.signed: 3,
    AgreementStatus.in_force: 4,
}
_ONSET = words_pattern("onset_words")

#: Words that tie a claim to the meeting a record reports, and so to its date ('during the
#: PM's visit', 'at PM talks' as a headline says it).
_AT_THE_MEETING = re.compile(
    r"\b(?:the two sides|both sides|the (?:two )?leaders|the (?:two )?prime ministers"
    r"|(?:during|at) (?:the|this|his|their|(?:[a-z]+ ){0,2}[a-z]+['’]s|(?:the )?(?:prime "
    r"ministers?|pms?|leaders)['’]?) (?:visit|talks|trip|meeting))\b"
)


def _claimed_date(claim: Claim) -> str | None:
    """The earliest date the claim gives, as YYYY[-MM[-DD]], if any."""
    found = [item.start for item in claim.dates if not item.start.startswith("-")]
    found += [f"{year:04d}" for year in claim.years]
    return min(found) if found else None


#: An ordinal that ranks a part of something ('the second day of the trip'), not the thing.
_PART_OF = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|final)\s+(?:full\s+)?(?:day|night|morning|"
    r"evening|afternoon|week|leg|stop|half|part|session|round|phase|stage)s?\b"
)

#: 'The latest of several Utopian leaders to visit': after others of its kind, so not the first.
_NOT_FIRST = [phrase for phrase in load("words").get("not_first", []) if phrase]


def _not_first(folded: str) -> str | None:
    """The lexicon's phrase that says the claim's visit came after others, if it uses one."""
    return next(
        (phrase for phrase in _NOT_FIRST if compiled(rf"\b{re.escape(phrase)}\b").search(folded)),
        None,
    )


def _same_kind(folded: str, phrase: str, record: Record) -> bool:
    """Whether the words after a 'not first' phrase ('Utopian prime ministers') are the
    record's own, so the series is of the record's kind of visitor."""
    after = folded[folded.index(phrase) + len(phrase) :].split()[:3]
    text = fold(_record_text(record))
    return bool(after) and said_in(" ".join(after), text)


#: 'During the visit', 'at the talks': when an agreement was acted on, said by an event.
_DURING = re.compile(
    r"\b(?:during|at|on the sidelines of|in the course of)\s+(?:the|his|this|their|a)\s+"
    r"(?:\w+\s+){0,2}?(?:visit|trip|talks|meeting|reception)\b"
)


class PoliticsChecks(CheckerBase):
    def _visitor_nationality(self, claim: Claim, text: str, outcome: _Outcome) -> None:
        """'The first by a (demonym) prime minister': the demonym before the title the record
        gives, against the record's own."""
        pattern = rf"\bby (?:an? |the )?({self.places.pattern('demonyms')})\s+([a-z]+(?: [a-z]+)?)"
        said, held = re.search(pattern, claim.folded), re.search(pattern, text)
        if said is None or held is None:
            return
        side, own = (self.places.code_of(item.group(1), "demonyms") for item in (said, held))
        if side is not None and own is not None and side != own:
            outcome.add("nationality", said.group(1), side, Status.differs, held.group(1))

    def _ordinal(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        """'The first visit by a Utopian prime minister': the record must say first of the same."""
        ordinal = next(iter(claim.ordinals), None) or _not_first(claim.folded)
        if ordinal is None or not claim.has("visit", "trip", "time"):
            return None
        if _PART_OF.search(claim.folded):
            return None  # 'on the second day of his trip' ranks a day, not the visit
        candidates: list[Record] = []
        for record in [*self.store.statements, *self.store.events]:
            text = fold(_record_text(record))
            if not re.search(r"\bfirst\b", text) or "visit" not in text:
                continue
            actors = set(getattr(record, "speakers", ()) or getattr(record, "participants", ()))
            if mentions.anyone:
                if not mentions.all_in(actors | self._people_in(text)):
                    continue
            elif not self._roles_named_in(claim, text):
                continue
            candidates.append(record)
        if not candidates:
            return None
        claims_since = claim.has("since")
        candidates.sort(
            key=lambda item: (
                claims_since and _SINCE_YEAR.search(fold(_record_text(item))) is None,
                bool(claim.dates or claim.years) and getattr(item, "date", None) is None,
            )
        )
        record = candidates[0]
        if ordinal not in claim.ordinals and not _same_kind(claim.folded, ordinal, record):
            return None  # "the latest in a series of exchanges": not the record's kind of visit
        outcome = _Outcome(records=[record])
        status = Status.agrees if ordinal == "first" else Status.differs
        outcome.add("ordinal", ordinal, ordinal, status, "first")
        claimed, visited = _destination(claim.folded), _destination(fold(_record_text(record)))
        if claimed is not None:
            outcome.add(
                "country visited",
                self.places.label(claimed),
                claimed,
                Status.not_on_record
                if visited is None
                else Status.agrees
                if visited == claimed
                else Status.differs,
                self.places.label(visited) if visited else None,
            )
        wider = broader_title(claim.folded, fold(_record_text(record)))
        if wider is not None:  # 'the first by a minister' against 'the first by a prime minister'
            head = wider.rpartition(" ")[2]
            outcome.add("title", head, head, Status.not_on_record, wider)
        self._visitor_nationality(claim, fold(_record_text(record)), outcome)
        since = _SINCE_YEAR.search(fold(_record_text(record))) if claims_since else None
        self._date_parts(
            claim,
            outcome,
            since.group(1) if since else getattr(record, "date", None),
            None,
            allow_missing=True,
            since=since is not None,
        )
        return self._result(claim, outcome, _label(record))

    def _roles_named_in(self, claim: Claim, record_text: str) -> bool:
        """Without a name, the claim's role words ('a Utopian PM') must be the record's own."""
        rephrased = _rephrase(claim.folded)
        roles: list[str] = []
        beside: set[str] = set()
        for phrase, title in self.role_words:
            match = compiled(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])").search(rephrased)
            if match is None:
                continue
            roles.append(title)
            country = _country_beside(rephrased, match.start(), match.end())
            if country is not None:
                beside.add(country)
        if not roles:
            return False
        text = _rephrase(record_text)
        named = {
            code
            for code in self.places.codes
            if any(_contains(rephrased, form) for form in self.places.forms(code))
        }
        required = beside or (named if len(named) == 1 else set())
        countries_ok = all(
            any(form in text for form in self.places.forms(code)) for code in required
        )
        return countries_ok and all(_contains(text, title) for title in roles)

    # -- agreements ------------------------------------------------------------------------------

    def _agreements(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        named = named_agreements(claim, self.store.agreements, self.name_words)
        if not named:
            return None
        candidates = [stage for item in named for stage in self._stages(item)]
        candidates.sort(key=self._as_of)
        outcome = _Outcome(records=list(candidates))
        record = candidates[0]
        dated = False
        status = _claimed_status(claim)
        if status is None and all(
            item.status not in (AgreementStatus.signed, AgreementStatus.in_force)
            for item in candidates
        ):
            # "The Intergovernmental Committee meets twice a year": told as existing, but only
            # planned on record
            on_record = ", ".join(sorted({item.status.value for item in candidates}))
            outcome.add("status", "(stated as existing)", None, Status.not_on_record, on_record)
        elif status is not None:
            record, dated = self._status_part(claim, mentions, status, candidates, outcome)
        known = " ".join(
            fold(" ".join([*item.fields, item.title])) for item in candidates if item.fields
        )
        for item in FIELD_WORDS:
            if claim.has(item) and known:
                outcome.add(
                    "field",
                    item,
                    item,
                    field_status(item, known),
                    "; ".join(", ".join(other.fields) for other in candidates if other.fields),
                )
        self._parties_part(claim, mentions, record, outcome)
        self._signer_part(claim, record, outcome)
        counted = field_count(claim.folded, record.fields)
        if counted is not None:
            fits = Status.agrees if counted[2] else Status.differs
            outcome.add("count", counted[0], counted[1], fits, ", ".join(record.fields))
        during = _DURING.search(claim.folded)
        acted = status in (AgreementStatus.signed, AgreementStatus.in_force)
        if (during or claim.dates) and acted and record.date is None:
            # 'pledged to implement X during the call': a statement made at that event may say so
            said = self._statements(claim, mentions) if ASPIRATION.search(claim.folded) else None
            decides = said is not None and said.verdict is not Verdict.unverified
            if said is not None and decides and len(said.records) > 1:
                return said  # decided with the event it was said at (or its other date)
        if during is not None and acted and record.date is None:
            # 'signed during the visit': the record does not say when
            outcome.add("date", during.group(), during.group(), Status.not_on_record)
        if not dated:
            self._date_parts(claim, outcome, record.date, None, allow_missing=True)
        signing = next(
            (
                event
                for event in self.store.events
                if event.kind is EventKind.signing and event.date == record.date
            ),
            None,
        )
        if signing is not None:
            outcome.records.append(signing)
        self._place_part(claim, _event_place(signing, self.store.events), outcome)
        if not outcome.parts:
            outcome.add("agreement", record.title, record.id, Status.agrees, record.status.value)
        return self._result(claim, outcome, record.title)

    def _signer_part(self, claim: Claim, record: Agreement, outcome: _Outcome) -> None:
        """'The leaders signed X' where they witnessed its signing, and the other way round."""
        texts = [record.summary or "", *(item.quote for item in record.evidence)]
        signing = [e for e in self.store.events if e.kind is EventKind.signing and e.date]
        signers = {p: self.people[p].name for e in signing if e.date == record.date
                   for p in e.participants if p in self.people}  # fmt: skip
        found = signer_check(claim.folded, texts, self._names_people, self._people_in, signers)
        if found is not None:
            outcome.add("signer", *found)

    def _names_people(self, text: str) -> bool:
        """Whether a stretch of a claim names a person, by name, title or a word for leaders."""
        nouns = load("words")["signatory_nouns"]
        return bool(
            _named_people(text, self.spellings)
            or self._role_mentions(text)
            or any(_contains(text, noun) for noun in nouns)
        )

    def _stages(self, agreement: Agreement) -> list[Agreement]:
        """The agreement once per status it has held (`kgvn update` keeps them in `history`),
        each with the evidence and the date of that status, so a claim is compared with the
        status of its own time; without a revised status, the record itself."""
        revisions = [entry for entry in agreement.history if entry.field == "status"]
        if not revisions:
            return [agreement]
        if agreement.id in self._stages_of:  # kept, so each stage's id() stays its own
            return self._stages_of[agreement.id]
        stages: list[Agreement] = []
        for entry in revisions:
            stage = Agreement.from_json(
                {
                    **agreement.to_json(),
                    "status": entry.value,
                    "evidence": [item.to_json() for item in entry.evidence],
                    "history": [],
                }
            )
            if entry.since is not None:
                self._stage_since[id(stage)] = entry.since
            stages.append(stage)
        self._stages_of[agreement.id] = stages
        return stages

    def _as_of(self, agreement: Agreement) -> str:
        """The date the record's status was first stated: its oldest source's date line."""
        if id(agreement) in self._stage_since:
            return self._stage_since[id(agreement)]
        published = {source.id: source.published or "" for source in self.store.sources}
        dates = [
            published[item.source] for item in agreement.evidence if published.get(item.source)
        ]
        return min(dates) if dates else agreement.date or ""

    def _status_part(
        self,
        claim: Claim,
        mentions: Mentions,
        status: AgreementStatus,
        candidates: list[Agreement],
        outcome: _Outcome,
    ) -> tuple[Agreement, bool]:
        """The claimed status against each record's status as of its source's date.
        A later step than the newest record states ("was signed", against a March 2025
        "under negotiation") may have happened since: unverified, unless the claim dates it
        before then or ties it to the people who met when the record was written ("the two
        sides", "the prime ministers", a participant's name, "during the visit"). An earlier
        step that a dated record has moved past ("is still under negotiation", against a
        "signed" of September 2026) is contradicted, unless the claim dates it before the move.
        Returns the record that decides the status, and whether the claim's date was compared;
        a date of when a status began ('took effect in 2025') is never an 'as of' date's."""
        on_record = "; ".join(
            f"{item.status.value} as of {self._as_of(item)}" for item in candidates
        )
        done = (AgreementStatus.signed, AgreementStatus.in_force)
        if claim.negated and status in done:
            # "have not yet signed": true of an agreement still under negotiation
            latest = candidates[-1]
            outcome.negated = False
            agrees = latest.status not in done
            outcome.add(
                "status",
                f"not {status.value}",
                status.value,
                Status.agrees if agrees else Status.differs,
                on_record,
            )
            return latest, False
        claimed_at = _claimed_date(claim)
        # a state ("under negotiation", "in force") holds over time: a date within the time the
        # record states it agrees; a signing happens once: its date must be the record's own
        signed = AgreementStatus.signed
        compatible = [item for item in candidates if _status_compatible(status, item.status)]
        decider = compatible[-1] if compatible else candidates[-1]
        implicit = claimed_at is None and self._at_the_meeting(claim, mentions, decider)
        when = self._as_of(decider) if implicit else claimed_at
        if compatible:
            moved_on = sorted(
                (self._moved_on_date(item), item)
                for item in candidates
                if self._moved_on_date(item)
                and _STAGE[item.status] > _STAGE[status]
                and not _status_compatible(status, item.status)
            )
            if moved_on and (when is None or when >= moved_on[0][0]):
                move = moved_on[0][1]
                outcome.add("status", status.value, status.value, Status.differs, on_record)
                return move, False
            outcome.add("status", status.value, status.value, Status.agrees, on_record)
            if claimed_at is not None and decider.date is None and status is not signed:
                since = self._as_of(decider)
                until = moved_on[0][0] if moved_on else since
                written = [(item.start, item.text) for item in claim.dates]
                written += [(f"{year:04d}", str(year)) for year in claim.years]
                began = _ONSET.search(claim.folded)
                for start, text in written:
                    inside = since[:7] <= start[:7] <= until[:7] or since.startswith(start)
                    outcome.add(
                        "date",
                        text,
                        start,
                        Status.agrees if inside and not began else Status.not_on_record,
                        f"{status.value} as of {since}",
                    )
                return decider, True
            return decider, False
        later_step = _STAGE[status] > _STAGE[decider.status]
        if later_step and (when is None or when > self._as_of(decider)):
            outcome.add("status", status.value, status.value, Status.not_on_record, on_record)
        else:
            outcome.add("status", status.value, status.value, Status.differs, on_record)
        return decider, False

    def _moved_on_date(self, agreement: Agreement) -> str:
        """When a record's status is known to hold: its own date, or a revised status's date."""
        return agreement.date or self._stage_since.get(id(agreement), "")

    def _at_the_meeting(self, claim: Claim, mentions: Mentions, record: Agreement) -> bool:
        """Whether the claim ties itself to the meeting the record reports."""
        if _AT_THE_MEETING.search(claim.folded):
            return True
        as_of = self._as_of(record)
        if any(
            item.start.startswith("--") and item.start[1:] == as_of[4:10] for item in claim.dates
        ):
            return True  # "signed on March 6": the day, with no year, of the record's own meeting
        people = mentions.people | mentions.by_role
        return any(
            event.date[:7] == as_of[:7] and people & set(event.participants)
            for event in self.store.events
        )

    def _parties_part(
        self, claim: Claim, mentions: Mentions, record: Agreement, outcome: _Outcome
    ) -> None:
        """'Ruritania and Utopia signed a free trade agreement': the bloc is the party."""
        bloc = [party for party in record.parties if party not in self.country_id.values()]
        sides = {self.people[item].country for item in mentions.people | mentions.by_role}
        absent = {
            code for code, country in self.country_id.items() if country not in record.parties
        }
        joined = (mentions.sides | sides) & absent or BOTH_SIDES.search(claim.folded)
        if not bloc or not joined or only_used(claim.folded):
            return
        organisations = [org for org in self.store.organisations if org.id in bloc]
        if any(
            _contains(claim.folded, fold(org.name))
            or (org.abbreviation and _contains(claim.folded, fold(org.abbreviation)))
            for org in organisations
        ):
            return
        present = [code for code in self.places.codes if code not in absent]
        outcome.add(
            "parties",
            " and ".join(self.places.label(code) for code in self.places.codes),
            ", ".join(code.lower() for code in self.places.codes),
            Status.differs,
            " and ".join(
                [
                    *(self.places.label(code) for code in present),
                    ", ".join([org.name for org in organisations] or bloc),
                ]
            ),
        )

    # -- roles -----------------------------------------------------------------------------------

    def _roles(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        """'Mr X is Utopia's prime minister': a name beside a role it does not hold."""
        if not mentions.people or _event_kinds(claim) or claim.dates or claim.years:
            return None
        if claim.amounts or claim.counts or claim.ordinals:
            return None
        outcome = _Outcome()
        rephrased = _rephrase(claim.folded)
        names = _people_spans(rephrased, self.spellings)
        taken: list[tuple[int, int]] = []  # "deputy foreign minister" holds "foreign minister"
        said: set[tuple[str, str]] = set()
        for phrase, title in self.role_words:
            pattern = rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])"
            for match in compiled(pattern).finditer(rephrased):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                person_id = _role_holder_named(rephrased, match, names)
                if person_id is None or (person_id, title) in said:
                    continue
                said.add((person_id, title))
                person = self.people[person_id]
                outcome.records.append(person)
                on_record = "; ".join(role.title for role in person.roles)
                holds = _holds(person, title, phrase)
                country = _country_beside(rephrased, match.start(), match.end())
                shown = phrase
                wrong_side = country is not None and country != person.country
                if country is not None and wrong_side:
                    holds = False  # "Ms Y is Utopia's prime minister"
                    shown = f"{self.places.demonym(country)} {phrase}"
                # a narrower form of the record's title ('deputy foreign minister') is left open
                status = Status.agrees if holds else title_status(match, person, wrong_side)
                outcome.add("role", shown, title, status, on_record)
        if not outcome.parts:
            return None
        if all(part.status is Status.agrees for part in outcome.parts) and self._unbacked(
            claim, outcome.records
        ):
            return None  # more than a title is claimed: let the other readers try
        return self._result(
            claim, outcome, ", ".join(self.people[item].name for item in sorted(mentions.people))
        )
