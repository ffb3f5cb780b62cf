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
from kgvn.text import fold
from kgvn.vocabulary import (
    AgreementStatus,
    EventKind,
)

if TYPE_CHECKING:
    pass


from kgvn.check.base import CheckerBase
from kgvn.check.lexicon import (
    FIELD_WORDS,
    ROLE_WORDS,
)
from kgvn.check.mentions import (
    BOTH_SIDES,
    Mentions,
    _contains,
    _country_beside,
    _holds,
    _label,
    _people_spans,
    _record_text,
    _role_holder_named,
)
from kgvn.check.readers import (
    _SINCE_YEAR,
    _agreement_named,
    _claimed_status,
    _destination,
    _event_kinds,
    _event_place,
    _rephrase,
    _status_compatible,
)
from kgvn.check.result import (
    CheckResult,
    Status,
    _Outcome,
)


class PoliticsChecks(CheckerBase):
    def _ordinal(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        """'The first visit by a Utopian prime minister': the record must say first of the same."""
        ordinal = next(iter(claim.ordinals), None)
        if ordinal is None or not claim.has("visit", "trip", "time"):
            return None
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
        for phrase, title in ROLE_WORDS:
            match = re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", rephrased)
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
        candidates = [
            item for item in self.store.agreements if _agreement_named(claim, item, self.name_words)
        ]
        if not candidates:
            return None
        outcome = _Outcome(records=list(candidates))
        record = candidates[0]
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
            on_record = ", ".join(sorted({item.status.value for item in candidates}))
            agrees = any(_status_compatible(status, item.status) for item in candidates)
            shown = status.value
            done = (AgreementStatus.signed, AgreementStatus.in_force)
            if claim.negated and status in done:
                # "have not yet signed": true of an agreement still under negotiation
                agrees = all(item.status not in done for item in candidates)
                outcome.negated = False
                shown = f"not {status.value}"
            outcome.add(
                "status",
                shown,
                status.value,
                Status.agrees if agrees else Status.differs,
                on_record,
            )
        known = " ".join(
            fold(" ".join([*item.fields, item.title])) for item in candidates if item.fields
        )
        for item in FIELD_WORDS:
            if claim.has(item) and known:
                outcome.add(
                    "field",
                    item,
                    item,
                    Status.agrees if item in known else Status.differs,
                    "; ".join(", ".join(other.fields) for other in candidates if other.fields),
                )
        self._parties_part(claim, mentions, record, outcome)
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

    def _parties_part(
        self, claim: Claim, mentions: Mentions, record: Agreement, outcome: _Outcome
    ) -> None:
        """'Ruritania and Utopia signed a free trade agreement': the bloc is the party."""
        bloc = [party for party in record.parties if party not in self.country_id.values()]
        sides = {self.people[item].country for item in mentions.people | mentions.by_role}
        absent = {
            code for code, country in self.country_id.items() if country not in record.parties
        }
        if not bloc or not ((mentions.sides | sides) & absent or BOTH_SIDES.search(claim.folded)):
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
        for phrase, title in ROLE_WORDS:
            pattern = rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])"
            for match in re.finditer(pattern, rephrased):
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
                if country is not None and country != person.country:
                    holds = False  # "Ms Y is Utopia's prime minister"
                    shown = f"{self.places.demonym(country)} {phrase}"
                outcome.add(
                    "role", shown, title, Status.agrees if holds else Status.differs, on_record
                )
        if not outcome.parts:
            return None
        if all(part.status is Status.agrees for part in outcome.parts) and self._unbacked(
            claim, outcome.records
        ):
            return None  # more than a title is claimed: let the other readers try
        return self._result(
            claim, outcome, ", ".join(self.people[item].name for item in sorted(mentions.people))
        )
