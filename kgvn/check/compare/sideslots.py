"""Slots read across a record's own words after a claim's first check: a go-between's two
sides turned round (`bridges`), a value that excludes the record's in one slot (`rivals`), and
a denial of what a record holds ('X has never invested in Y'), and an investment the record
holds turned round ('Y has invested $5 million in X').

Each turns an undecided or supported claim into a contradicted one only when the record it is
about decides the slot; none ever makes a claim supported.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgvn.check.compare.backing import _DENIALS, _claim_tokens
from kgvn.check.compare.bridges import (
    Flow,
    Role,
    flow_turned,
    flow_unheld,
    flows,
    go_betweens,
    serves_itself,
    turned_round,
)
from kgvn.check.compare.guests import GuestSlots
from kgvn.check.compare.readers import _investment_sides
from kgvn.check.compare.rivals import Rival, Rivals, swapped
from kgvn.check.compare.roles import _name_run
from kgvn.check.compare.slots import amount_agrees, count_agrees
from kgvn.check.compare.speakers import listeners
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status, Verdict
from kgvn.check.retrieve.mentions import _capitalised, _label, _record_text
from kgvn.claims import Claim, parse_claim
from kgvn.records import Event, Investment, Record, Statement
from kgvn.text import fold

#: 'including three families who …': what a record says of a counted part of a group.
_SUBSET = re.compile(
    rf"\b(?:{'|'.join(load('words')['subset_markers'])})\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a number of)\b"
)


#: 'All Utopians …', 'All of the …', 'Every …': the whole group.
_ALL = re.compile(r"^\s*(?:all\s+(?:of\s+)?(?:the\s+)?|every\s+|each\s+)", re.IGNORECASE)
#: A part of a group said without a number.
_SOME = re.compile(
    r"\b(?:some|a few|several|a handful|a number of|a minority|a small number|\d+|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|dozen)\b"
)


#: 'During the phone call, ', 'At the talks, ': where the subject after it acted.
_SETTING = re.compile(r"^(?:During|At|In|On)\s+(?:the|their|his|her|a)\s+[^,]{3,50},\s+(?=[A-Z])")


def _addressed(verb: str) -> bool:
    """Whether a verb is one of an act said to someone ('proposed', 'urged', 'called on')."""
    return any(verb.startswith(word) for word in load("words").get("addressed_verbs", []))


def _reported(verb: str) -> bool:
    """Whether a verb gives a statement's words or feeling to its subject ('said', 'stressed',
    'was delighted'): a listener named as saying them is as wrong as one named as proposing."""
    return any(verb.startswith(word) for word in load("words").get("reported_verbs", []))


def _mirror(words: str, table: dict[str, str]) -> str | None:
    """`words` with each country's name written as `table` turns it round (the other's name or
    people), or None when they name no country or cannot be read in place."""
    folded = fold(words)
    if len(folded) != len(words) or not table:
        return None  # a letter that folds to two: the places found would not be the text's
    pattern = "|".join(re.escape(form) for form in sorted(table, key=len, reverse=True))
    found = list(re.finditer(rf"(?<![a-z])(?:{pattern})(?![a-z])", folded))
    if not found:
        return None
    out, at = [], 0
    for match in found:
        out += [words[at : match.start()], table[match.group()]]
        at = match.end()
    return "".join([*out, words[at:]])


#: The words a reported clause is read by, and those too common to show whose words they are.
_REPORTED_WORDS = re.compile(r"[a-z]{4,}")
_FILLERS = frozenset(
    {"that", "this", "these", "those", "there", "their", "them", "they", "would", "will", "with"}
    | {"from", "have", "been", "were", "what", "which", "when", "also", "into", "said", "says"}
)


def speaker_count_ok(speakers: list[str]) -> bool:
    """A handful of speakers to try, not every person on record."""
    return 0 < len(speakers) <= 4


class SideSlots(GuestSlots):
    """The checks after the first; `_read_slots` reads the store's side of them once."""

    _record_by_id: dict[str, Record]

    def _read_slots(self, texts: dict[str, list[str]]) -> None:
        self._rivals = Rivals({key: " ".join(items) for key, items in texts.items()})
        #: Every go-between role a statement gives ('a bridge for B to C'), with its record's id.
        self._go_betweens: list[tuple[Role, str]] = [
            (role, statement.id)
            for statement in self.store.statements
            for text in (statement.statement, *(item.quote for item in statement.evidence))
            for role in go_betweens(text, self.places)
        ]
        self._texts = texts
        #: The flows of goods each record's own words give ('exporting X to B'), by record id.
        self._flows: dict[str, list[Flow]] = {
            key: found
            for key, items in texts.items()
            if (found := [flow for item in items for flow in flows(item, self.places)])
        }

    def _side_slots(self, text: str, result: CheckResult) -> CheckResult:
        result = self._denied(text, self._rival(text, self._go_between(text, result)))
        result = self._turned_round_investment(text, result)
        result = self._handed_to_absent(text, self._addressee_as_doer(text, result))
        return self._passive_guest(
            text, self._flow_ends(text, self._all_of_a_part(text, self._whose_visit(text, result)))
        )

    def _flow_ends(self, text: str, result: CheckResult) -> CheckResult:
        """'importing X from B' backed by a record of X exported to B: the words are the
        record's (import and export are one group), the ends are turned round; an end the
        record fills with other countries only is left open."""
        if result.verdict is not Verdict.supported:
            return result
        held = [flow for record in result.records for flow in self._flows.get(record.id, [])]
        claimed = flows(text, self.places) if held else []
        if not claimed:
            return result
        turned = flow_turned(claimed, held)
        unheld = flow_unheld(claimed, held) if turned is None else None
        if turned is None and unheld is None:
            return result
        code = turned or unheld or ""
        said = self.places.label(code)
        verdict = Verdict.contradicted if turned else Verdict.unverified
        status = Status.differs if turned else Status.not_on_record
        part = PartResult("flow", said, code, status, result.records[0].label)
        why = "at the other end of" if turned else "at an end the record fills otherwise in"
        return result.with_part(part, verdict, f"The claim puts {said} {why} the flow on record.")

    def _all_of_a_part(self, text: str, result: CheckResult) -> CheckResult:
        """'All Utopians in X hold its citizenship' where the record has a community
        'including three families who have obtained' it: said of all, it is contradicted; said
        of the group with no count ('Utopians in X hold …'), it says more than the record."""
        if result.verdict is Verdict.contradicted or _SOME.search(fold(text)):
            return result  # 'all three families', 'some': a part, as the record says
        found = _ALL.match(text)
        if found is not None:
            rest = text[found.end() :]
            basis = super().check_atom(rest[:1].upper() + rest[1:])
        else:
            basis = result
        if basis.verdict is not Verdict.supported:
            return result
        part_of = self._part_quote(basis)
        if part_of is None:
            return result
        if found is not None:
            said = PartResult("quantifier", found.group().strip(), "all", Status.differs, part_of)
            return basis.with_part(
                said, Verdict.contradicted, f"The record says it of a part: “{part_of}”.", text
            )
        said = PartResult("quantifier", "(the whole group)", None, Status.not_on_record, part_of)
        return result.with_part(
            said, Verdict.unverified, f"The record says it of a part only: “{part_of}”."
        )

    def _part_quote(self, result: CheckResult) -> str | None:
        """The quote of a deciding record that says its fact of a counted part of a group."""
        for matched in result.records:
            record = self._record_by_id.get(matched.id)
            for item in record.evidence if record is not None else ():
                if _SUBSET.search(fold(item.quote)):
                    return item.quote
        return None

    def _heard_by(self, person: str) -> dict[str, Statement]:
        """The statements made at a meeting `person` was at, by others (read once a person)."""
        known: dict[str, dict[str, Statement]] = self.__dict__.setdefault("_heard", {})
        if person not in known:
            known[person] = {
                statement.id: statement
                for statement in self.store.statements
                if person not in statement.speakers
                and person in listeners(self.meetings, statement)
            }
        return known[person]

    def _handed_to_absent(self, text: str, result: CheckResult) -> CheckResult:
        """'A handed the letter to C' where the record has A hand it over at an event C was not
        at: a thing handed over goes to someone there (`handover_verbs`)."""
        if result.verdict is not Verdict.unverified:
            return result
        verbs = "|".join(load("words").get("handover_verbs", [])) or "(?!)"
        verb = re.search(rf"\b(?:{verbs})\w*\b", text)
        if verb is None:
            return result
        for found in re.finditer(r"\s+to\s+(?=[A-Z])", text[verb.end() :]):
            before, start = verb.end() + found.start(), verb.end() + found.end()
            end = _name_run(text, start)
            end -= len(text[start:end]) - len(text[start:end].rstrip("."))
            people = self._people_in(fold(text[start:end]))
            if len(people) == 1:  # not 'inviting him to Utopia': the one it went to
                break
        else:
            return result
        (person,) = people
        reduced = f"{text[:before]}{text[end:]}".strip()
        again = super().check_atom(reduced)
        events = [self._record_by_id.get(item.id) for item in again.records]
        held = [event for event in events if isinstance(event, Event)]
        if again.verdict is not Verdict.supported or not held:
            return result
        if any(person in event.participants for event in held):
            return result
        if any(person in self._people_in(fold(_record_text(event))) for event in held):
            return result  # named by the record: it may say more than its people show
        there = sorted({self.people[who].name for e in held for who in e.participants
                        if who in self.people})  # fmt: skip
        part = PartResult("who (to)", text[start:end], person, Status.differs, ", ".join(there))
        return again.with_part(
            part,
            Verdict.contradicted,
            f"The record has it handed over where {text[start:end]} was not: {', '.join(there)}.",
            text,
        )

    def _addressee_as_doer(self, text: str, result: CheckResult) -> CheckResult:
        """'Bo proposed X' where the record has Ann propose X at a meeting with Bo: the one
        spoken to put in the speaker's place, for acts said to someone (`addressed_verbs`)."""
        if result.verdict is not Verdict.unverified:
            return result
        body = text.strip()
        setting = _SETTING.match(body)  # 'During the call, Bo said …': Bo's words, said there
        opening = setting.group() if setting is not None else ""
        body = body[len(opening) :]
        end = _name_run(body, 0)
        verb = re.match(r"\s+(?:also\s+)?((?:(?:was|were|is)\s+)?[a-z]+(?:\s+on)?)", body[end:])
        if verb is None:
            return result
        reported = _reported(verb.group(1))
        if not reported and not _addressed(verb.group(1)):
            return result
        people = self._people_in(fold(body[:end]))
        if len(people) != 1:
            return result
        (person,) = people
        heard = self._heard_by(person)
        speakers = sorted({who for item in heard.values() for who in item.speakers})
        for speaker in speakers if speaker_count_ok(speakers) else ():
            # read without these checks: the speaker put back is never swapped again
            again = super().check_atom(f"{opening}{self.people[speaker].name}{body[end:]}")
            if reported and again.verdict is not Verdict.supported:
                again = self._mirrored_words(person, speaker, opening, body[end:], again)
            said = [item for item in again.records if item.id in heard]
            if reported and again.verdict is Verdict.supported:
                # the words themselves must be the statement's, not only backed by the record
                spoken = again.claim[len(opening) + len(self.people[speaker].name) :]
                said = self._said_in(spoken, again.claim, speaker, heard)
                again = replace(again, records=[*said, *again.records])
            if again.verdict is Verdict.supported and said:
                name = self.people[speaker].name
                part = PartResult("who", body[:end], person, Status.differs, name)
                return again.with_part(
                    part,
                    Verdict.contradicted,
                    f"The record has {name} say this, to {body[:end]} among others.",
                    text,
                )
        return result

    def _said_in(
        self, spoken: str, text: str, speaker: str, heard: dict[str, Statement]
    ) -> list[MatchedRecord]:
        """The statement of `speaker` among `heard` that holds the words `spoken` (the claim
        `text` without who said it): every word backed, and most of them written in it. A
        statement matched on a word or two ('willing') is not the one whose words they are; one
        the record reaches through another record is ('Ann said it was her first time in
        Utopia', backed by the visit's record and by Ann's 'delighted to visit … for the first
        time')."""
        claim = parse_claim(text, today_year=self.today.year)
        words = [
            word
            for word in _REPORTED_WORDS.findall(fold(spoken))
            if word not in _FILLERS and not _reported(word) and not self.places.code_of(word)
        ]
        for statement in heard.values():
            if speaker not in statement.speakers or self._unbacked(claim, [statement]):
                continue
            own = fold(
                " ".join([statement.statement, *(item.quote for item in statement.evidence)])
            )
            squeezed = own.replace(" ", "")
            found = [word for word in words if word[:5] in own or word[:5] in squeezed]
            if len(found) >= 2 and len(found) * 4 >= len(words) * 3:
                return [self._matched(statement)]
        return []

    def _mirrored_words(
        self, person: str, speaker: str, opening: str, words: str, result: CheckResult
    ) -> CheckResult:
        """'Bo (of Ruritania) affirmed Ruritania's commitment to ties with Utopia' where Ann (of
        Utopia) affirmed Utopia's commitment to ties with Ruritania at their meeting: the words
        given to the other side with its countries turned round, checked as the speaker's."""
        sides = (self.people[person].country, self.people[speaker].country)
        if sides[0] == sides[1] or set(sides) != set(self.places.codes):
            return result
        table: dict[str, str] = {}
        for mine, theirs in (sides, sides[::-1]):
            for form in self.places.forms(mine, "names"):
                table[form] = self.places.label(theirs)
            for form in self.places.forms(mine, "demonyms"):
                table[form] = self.places.demonym(theirs)
        mirrored = _mirror(words, table)
        if mirrored is None:
            return result
        return super().check_atom(f"{opening}{self.people[speaker].name}{mirrored}")

    def _denied(self, text: str, result: CheckResult) -> CheckResult:
        """'X has never invested in Y' where the record holds X's investment in Y: a denial of
        the very record the claim was matched to by its investor and host, with no slot and no
        word of its own left over (the record does not say it invested in anything else)."""
        if result.verdict is not Verdict.unverified or result.parts or len(result.records) != 1:
            return result
        claim = parse_claim(text, today_year=self.today.year)
        record = self._record_by_id.get(result.records[0].id)
        if not claim.negated or not isinstance(record, Investment):
            return result
        investor, host = _investment_sides(claim.folded)
        if investor is None or host is None:
            return result
        if (self.country_id[investor], self.country_id[host]) != (record.investor, record.host):
            return result  # the other way round: the record does not say
        if [word for word in self._unbacked(claim, [record]) if word not in _DENIALS]:
            return result
        part = PartResult("denial", text, "not", Status.differs, _label(record))
        return result.with_part(
            part,
            Verdict.contradicted,
            f"The claim denies what the record on {_label(record)} states.",
        )

    def _turned_round_investment(self, text: str, result: CheckResult) -> CheckResult:
        """'Y has invested $5 million in X' where the record holds X's $5 million in Y: the
        figure pins the claim to that investment, whose investor and host it turns round.
        With no figure that agrees ('Y has invested in X') it may be another investment, and
        the record does not say; it stays unverified."""
        if result.verdict is not Verdict.unverified or result.parts:
            return result
        claim = parse_claim(text, today_year=self.today.year)
        investor, host = _investment_sides(claim.folded)
        if investor is None or host is None or claim.negated:
            return result
        sides = (self.country_id[host], self.country_id[investor])
        for record in self.store.investments:
            if (record.investor, record.host) != sides or not self._pinned(claim, record):
                continue
            held = _label(record)
            on_record = self.places.label(record.investor.upper())
            said = self.places.label(investor)
            part = PartResult("investor", said, investor, Status.differs, on_record)
            return CheckResult(
                text,
                Verdict.contradicted,
                f"The record holds this investment the other way round: {held}.",
                [part],
                [self._matched(record)],
            )
        return result

    @staticmethod
    def _pinned(claim: Claim, record: Investment) -> bool:
        """Whether a figure of the claim is the record's own: its value or its projects."""
        value = record.value_usd
        if value is not None and any(
            amount_agrees(amount.usd, amount.hedge, value, amount.precision)
            for amount in claim.amounts
        ):
            return True
        projects = record.projects
        return projects is not None and any(
            count.noun.startswith("project") and count_agrees(count, projects, False)
            for count in claim.counts
        )

    def _go_between(self, text: str, result: CheckResult) -> CheckResult:
        """'B wants A to act as its bridge' against a record of A ready to be B's bridge."""
        if result.verdict is Verdict.contradicted or not self._go_betweens:
            return result
        if result.verdict is Verdict.supported and serves_itself(text, self.places):
            said = "a side connecting itself"
            part = PartResult("go-between", said, said, Status.not_on_record)
            return replace(
                result,
                verdict=Verdict.unverified,
                explanation="The claim has one side serve as its own go-between.",
                parts=[*result.parts, part],
            )
        roles = go_betweens(text, self.places) or go_betweens(self._as_sides(text), self.places)
        for role in roles:
            found = turned_round(role, self._go_betweens)
            record = self._record_by_id.get(found[1]) if found is not None else None
            if found is None or record is None:
                continue
            held = self.places.label(found[0].holder)
            said = self.places.label(role.holder)
            part = PartResult("go-between", said, role.holder, Status.differs, held)
            return CheckResult(
                text,
                Verdict.contradicted,
                f"The record gives the roles the other way round: {held} serves as the "
                f"go-between, not {said} ({_label(record)}).",
                [part],
                [self._matched(record)],
            )
        return result

    def _as_sides(self, text: str) -> str:
        """The text with each person on record it names put as their country ('Ann offered to
        act as a bridge for B' as 'Utopia offered …'): who a go-between is, by side."""
        for spelling, person_id in sorted(self.spellings, key=lambda item: -len(item[0])):
            person = self.people.get(person_id)
            if person is None or not person.country:
                continue
            if spelling not in text.lower():
                continue  # most names are not in a given text: no pattern to run
            side = self.places.label(person.country.upper())
            text = re.sub(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", side, text, flags=re.I)
        return text

    def _rival(self, text: str, result: CheckResult) -> CheckResult:
        """'A Comprehensive Strategic Partnership' where the record the claim is about has a
        Comprehensive Partnership: a value of a slot no record holds, another held."""
        if result.verdict is Verdict.contradicted:
            return result
        tried: set[tuple[str, str]] = set()
        for rival in self._rivals.find(text):
            records: list[MatchedRecord] = []
            if (rival.said, rival.held) not in tried:
                tried.add((rival.said, rival.held))
                again = self.check_atom(swapped(text, rival))
                if again.verdict is Verdict.supported:
                    records = again.records  # said with the record's value, it holds
            record = self._record_by_id.get(rival.record_id)
            if not records and record is not None and self._about(text, rival, record):
                records = [self._matched(record)]
            if not records:
                continue
            part = PartResult("value", rival.said, rival.said, Status.differs, rival.held)
            return CheckResult(
                text,
                Verdict.contradicted,
                f"The record on {records[0].label} differs: {rival.said} (record: {rival.held}).",
                [*(p for p in result.parts if p.status is Status.agrees), part],
                records,
            )
        return result

    def _about(self, text: str, rival: Rival, record: Record) -> bool:
        """Whether a claim is about a record: a statement's own speaker says it (what the sides
        did since may differ from what one said then), or a record of no one's words; it names
        no name the record lacks, and the record backs at least half its other words."""
        claim = parse_claim(text, today_year=self.today.year)
        people = self._people_in(claim.folded)
        own = set(getattr(record, "speakers", ()) or getattr(record, "participants", ()))
        if isinstance(record, Statement) and not (people and people <= own):
            return False
        if people - (own | self._people_in(fold(_record_text(record)))):
            return False
        said = set(rival.said.split())
        tokens = [token for token in _claim_tokens(claim) if token not in said]
        missing = [token for token in self._unbacked(claim, [record]) if token not in said]
        if any(_capitalised(text, token) for token in missing):
            return False
        return bool(tokens) and len(missing) * 2 <= len(tokens)
