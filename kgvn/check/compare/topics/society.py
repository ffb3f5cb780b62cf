"""Membership, visas and the community: who belongs, who may enter, who lives where."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kgvn.claims import (
    NEGATION,
    Claim,
    Count,
)
from kgvn.records import (
    Statement,
)
from kgvn.text import compiled, fold
from kgvn.vocabulary import (
    AgreementKind,
)

if TYPE_CHECKING:
    pass


from kgvn.check.base import CheckerBase
from kgvn.check.compare.readers import (
    _VISA_EXEMPTION,
    _VISA_REQUIRED,
    _beneficiary,
    _granter,
    _record_days,
    _sides_swapped,
)
from kgvn.check.compare.slots import (
    count_agrees,
)
from kgvn.check.lexicon import (
    BOTH_WAYS,
    ONE_SIDED,
    PEOPLE_NOUNS,
    load,
)
from kgvn.check.result import (
    CheckResult,
    Status,
    Verdict,
    _Outcome,
)
from kgvn.check.retrieve.mentions import (
    BOTH_SIDES,
    Mentions,
    _contains,
    _label,
    _record_text,
)


class SocietyChecks(CheckerBase):
    # -- membership ------------------------------------------------------------------------------

    def _membership(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has("member", "belong"):
            return None
        named = [
            org
            for org in self.store.organisations
            if _contains(claim.folded, fold(org.name))
            or (org.abbreviation and _contains(claim.folded, fold(org.abbreviation)))
        ]
        if not named:
            return None
        organisation = named[0]
        folded = claim.folded
        if BOTH_SIDES.search(folded):
            countries = sorted(self.places.codes)
        else:
            countries = sorted(mentions.sides)
        if not countries:
            return None
        outcome = _Outcome(records=[organisation])
        for country in countries:
            name = self.places.label(country)
            member = self.country_id.get(country, country.lower()) in organisation.members
            outcome.add(
                "member",
                name,
                country.lower(),
                Status.agrees if member else Status.not_on_record,
                ", ".join(organisation.members) or None,
            )
        return self._result(claim, outcome, organisation.name)

    # -- visa ------------------------------------------------------------------------------------

    def _visa(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has("visa"):
            return None
        policies = [
            item for item in self.store.agreements if item.kind is AgreementKind.visa_policy
        ]
        statements = [
            item
            for item in self.store.statements
            if "visa" in fold(item.statement) and item.value is not None
        ]
        if not policies and not statements:
            return None
        folded = claim.folded
        if any(
            compiled(rf"\b{verb}\b.*\bvisa").search(folded) for verb in load("words")["talk_verbs"]
        ):
            return None  # 'they discussed a visa waiver for X': talk, not a waiver granted
        exemption = _VISA_EXEMPTION.search(folded)
        required = _VISA_REQUIRED.search(folded)
        if exemption is None and required is None:
            return None  # about visas, but not about the exemption the record holds
        outcome = _Outcome(records=[*policies, *statements])
        record_text = fold(" ".join(_record_text(item) for item in [*policies, *statements]))
        if exemption is None and required is not None:
            # "Ruritanian citizens need a visa": the record says they do not
            rest = folded[: required.start()] + folded[required.end() :]
            outcome.negated = NEGATION.search(rest) is not None
            outcome.add("visa required", required.group(), True, Status.differs, "visa exemption")
        else:
            assert exemption is not None
            rest = folded[: exemption.start()] + folded[exemption.end() :]
            outcome.negated = NEGATION.search(rest) is not None
        record_days = _record_days(policies, statements)
        for duration in claim.durations:
            if record_days is None:
                outcome.add("duration", duration.text, duration.days, Status.not_on_record)
                continue
            months = "month" in fold(duration.text)
            agrees = (
                abs(duration.days - record_days) <= 2 if months else duration.days == record_days
            )
            outcome.add(
                "duration",
                duration.text,
                duration.days,
                Status.agrees if agrees else Status.differs,
                f"{record_days:g} days",
            )
        record_beneficiary = _beneficiary(record_text)
        record_granter = _granter(record_text)
        beneficiary = _beneficiary(folded)
        if beneficiary is not None and record_beneficiary is not None:
            outcome.add(
                "who benefits",
                f"{self.places.demonym(beneficiary)} citizens",
                beneficiary,
                Status.agrees if beneficiary == record_beneficiary else Status.differs,
                f"{self.places.demonym(record_beneficiary)} citizens",
            )
        granter = _granter(folded)
        if granter is not None and record_granter is not None:
            outcome.add(
                "who grants",
                self.places.label(granter),
                granter,
                Status.agrees if granter == record_granter else Status.differs,
                self.places.label(record_granter),
            )
        unilateral = "unilateral" in record_text
        if re.search(BOTH_WAYS, folded):
            outcome.add(
                "scope",
                "mutual",
                "mutual",
                Status.differs if unilateral else Status.not_on_record,
                "unilateral" if unilateral else None,
            )
        elif re.search(ONE_SIDED, folded):
            outcome.add(
                "scope",
                "unilateral",
                "unilateral",
                Status.agrees if unilateral else Status.not_on_record,
                "unilateral" if unilateral else None,
            )
        both = any(re.search(item, folded) for item in load("words")["both_sides_people"])
        if (
            both
            and "unilateral" in record_text
            and not any(p.kind == "scope" for p in outcome.parts)
        ):
            # 'citizens of both countries enjoy visa-free travel': both ways, where it is one
            outcome.add("scope", "both countries' citizens", "mutual", Status.differs, "unilateral")
        self._date_parts(claim, outcome, None, None, allow_missing=True)
        return self._result(claim, outcome, "the visa exemption")

    # -- community -------------------------------------------------------------------------------

    def _community(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        records = [
            item
            for item in self.store.statements
            if item.value is not None
            and item.unit
            and re.search(r"communit|famil|citizenship", fold(_record_text(item)))
        ]
        size = next((item for item in records if "people" in fold(item.unit or "")), None)
        citizenship = next((item for item in records if "famil" in fold(item.unit or "")), None)
        members, host = self._community_sides(size or citizenship)
        if members is None or host is None:
            return None
        places = self.places
        member_words = places.pattern_for(members, "demonyms")
        host_people = places.pattern_for(host, "demonyms")
        about_people = claim.has("communit", "diaspora") or (
            any(count.noun in PEOPLE_NOUNS for count in claim.counts)
            and re.search(rf"\b(?:{member_words})\b", claim.folded) is not None
            and (
                claim.has("living", "live", "reside")
                or re.search(rf"\b(?:{places.pattern_for(host, 'names')})\b", claim.folded)
                is not None
            )
        )
        families = [
            count for count in claim.counts if count.noun.startswith(("famil", "household"))
        ]
        people = self.places.pattern("demonyms")
        sized = tuple(n for n in claim.bare_numbers if not _of_things(claim, n.text, people))
        if claim.has("communit", "diaspora") and sized:  # 'a community of around 100 includes'
            claim = replace(claim, counts=(*claim.counts, *sized), bare_numbers=())
        if not about_people and not families:
            return None
        if re.search(
            rf"\b(?:{host_people})\w*\s+(?:people|nationals|citizens|residents)\s", claim.folded
        ) and re.search(rf"\bin (?:{places.pattern_for(members, 'names')})\b", claim.folded):
            return None  # the host's people living in the other country: not counted on record
        others = re.search(
            rf"\b(?:{host_people})\w*\s+(?:communit|diaspora|famil|households|people|nationals"
            rf"|residents)|\b(?:communit\w*|diaspora|famil\w*|people) of (?:{host_people})",
            claim.folded,
        )
        ours = re.search(
            rf"\b(?:{member_words})\b(?!\s+(?:government|side|leaders?|party|state|officials?)\b)",
            claim.folded,
        )
        subject = f"the {places.demonym(members)} community in {places.label(host)}"
        if others and not ours:
            return CheckResult(
                claim.text, Verdict.unverified, f"The record counts {subject}, no other."
            )
        outcome = _Outcome()
        for count in claim.counts:
            if (count.noun in PEOPLE_NOUNS or not count.noun) and size and size.value:
                approximate = re.search(r"approx|about|around", fold(size.unit or "")) is not None
                shown = f"{'around ' if approximate else ''}{size.value:g} people"
                _compare_count(outcome, count, size, approximate, shown)
            elif (
                count.noun.startswith(("famil", "household")) and citizenship and citizenship.value
            ):
                _compare_count(
                    outcome, count, citizenship, False, f"{citizenship.value:g} families"
                )
        if not outcome.parts:
            return self._statements(claim, mentions, about="communit")
        claimed_nationality = self._nationality(claim.folded)
        for record in {item.id: item for item in outcome.records}.values():
            held = self._nationality(fold(_record_text(record)))
            if claimed_nationality and held and claimed_nationality != held:
                outcome.add(
                    "citizenship",
                    f"{places.demonym(claimed_nationality)} citizenship",
                    claimed_nationality,
                    Status.differs,
                    f"{places.demonym(held)} citizenship",
                )
            if _sides_swapped(claim.folded, fold(_record_text(record))):
                # "Ruritanian families obtained Utopian citizenship", the other way round
                outcome.add("sides", "who is who", None, Status.differs, _label(record))
        if families and not claim.has("citizen", "nationalit", "passport"):
            outcome.note = (
                f"The record counts the families that obtained {places.demonym(host)} citizenship."
            )
        return self._result(claim, outcome, subject)

    def _nationality(self, folded: str) -> str | None:
        """The country whose citizenship a text names ('obtained Utopian citizenship')."""
        pattern = self.places.pattern("demonyms", "names")
        found = re.search(
            rf"\b({pattern})(?:['’]s)?\s+(?:citizenship|nationality|passports?)\b", folded
        )
        return self.places.code_of(found.group(1)) if found else None

    def _community_sides(self, record: Statement | None) -> tuple[str | None, str | None]:
        """(whose people, which country they live in) as the community's record words them."""
        if record is None:
            return None, None
        text = fold(_record_text(record))
        members = host = None
        for code in self.places.codes:
            if members is None and re.search(
                rf"\b(?:{self.places.pattern_for(code, 'demonyms')})\s+(?:communit|people|famil)",
                text,
            ):
                members = code
        if members is not None:
            host = next(
                (
                    code
                    for code in self.places.codes
                    if code != members
                    and re.search(rf"\bin (?:{self.places.pattern_for(code, 'names')})\b", text)
                ),
                self.places.other(members),
            )
        return members, host


#: A word after a number that says what it counts, when not people ('30 traders'): the words
#: that may follow the community's own size are the ones listed (and a people's name).
_AFTER_SIZE = r"\s+(?!(?:and|or|but|in|of|with|who|whom|which|that|strong|living|live|lives|is|are"
_AFTER_SIZE += r"|was|were|has|have|had|includ\w*|remains?|{nouns}|{people})\b)[a-z]{{3,}}"


def _of_things(claim: Claim, number: str, people: str) -> bool:
    """Whether a bare number counts some other thing than people ('some 30 traders')."""
    at = claim.folded.find(fold(number))
    after = _AFTER_SIZE.format(nouns="|".join(PEOPLE_NOUNS), people=people)
    return at >= 0 and compiled(after).match(claim.folded, at + len(fold(number))) is not None


def _compare_count(
    outcome: _Outcome, count: Count, held: Statement, approximate: bool, shown: str
) -> None:
    """A count the claim gives against the statement that holds it."""
    agrees = count_agrees(count, held.value or 0, approximate)
    outcome.add(
        "count", count.text, count.value, Status.agrees if agrees else Status.differs, shown
    )
    outcome.records.append(held)
