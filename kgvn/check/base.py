"""The checker's core: reading a claim, naming who it mentions, turning parts into a verdict."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kgvn.claims import (
    NEGATION,
    Claim,
    parse_claim,
)
from kgvn.records import (
    Agreement,
    Event,
    Person,
    Record,
    Statement,
    Store,
)
from kgvn.text import compiled, ends_with, fold
from kgvn.vocabulary import (
    KIND_OF_COLLECTION,
)

if TYPE_CHECKING:
    from kgvn import models


from kgvn.check.compare.ahead import date_unstated, settles
from kgvn.check.compare.anchored import anchored
from kgvn.check.compare.backing import (
    OrganisationNames,
    _backed_or_synonym,
    _claim_tokens,
    _compared_words,
    _text_backing,
    _without_aspirations,
    _without_negations,
    wording_verdict,
)
from kgvn.check.compare.elsewhere import elsewhere
from kgvn.check.compare.qualifiers import compare_slots
from kgvn.check.compare.readers import (
    _before_interval,
    _only_words_unbacked,
    _opposite_wording,
)
from kgvn.check.compare.record_words import record_words
from kgvn.check.compare.shares import shared
from kgvn.check.compare.speakers import meetings_by_source, one_round
from kgvn.check.compare.titles import title_outcome
from kgvn.check.lexicon import Places, is_ordinary, region_forms
from kgvn.check.result import (
    CheckResult,
    MatchedRecord,
    PartResult,
    Status,
    Verdict,
    _Outcome,
)
from kgvn.check.retrieve.mentions import (
    _AFTER_PREPOSITION,
    _AGREEMENT_NOUNS,
    BOTH_SIDES,
    Mentions,
    _capitalised,
    _contains,
    _country_beside,
    _Handler,
    _holds,
    _label,
    _named_people,
    _people_at,
    _record_text,
    _role_words,
    _said_alike,
    _spellings,
    mashed_names,
    name_parts,
    nobody_on_record,
    outranked,
    sides_joined,
)

#: The families of checks, in the order they are tried; the first to decide the claim wins.
HANDLERS = (
    "_membership",
    "_visa",
    "_community",
    "_quantities",
    "_investment",
    "_trade",
    "_products",
    "_ordinal",
    "_agreements",
    "_roles",
    "_events",
    "_statements",
)
#: The same, when the claim names an agreement.
AGREEMENT_FIRST = (
    "_visa",
    "_agreements",
    *(name for name in HANDLERS if name not in ("_visa", "_agreements")),
)


class CheckerBase:
    """What every family of checks shares: the store's indexes, who a claim names, verdicts."""

    def __init__(self, store: Store | models.Store, today: dt.date | None = None) -> None:
        self.source: object = store
        #: The quotes as the caller's store holds them (pydantic models, when it gave those).
        self.evidence_of: dict[str, Sequence[Any]] = {}
        if not isinstance(store, Store):
            from kgvn.store import to_records

            self.evidence_of = {item.id: item.evidence for _, _, item in store.records()}
            store = to_records(store)
        self.store: Store = store
        self.today = today or dt.date.today()
        self.published = {item.id: str(item.published) for item in store.sources if item.published}
        self.collection_of = {record.id: collection for collection, _, record in store.records()}
        self.dated = {r.id: str(getattr(r, "date", "") or "") for _, _, r in store.records()}
        self.people = {person.id: person for person in store.people}
        self.spellings = _spellings(store.people)
        self.name_parts = name_parts(store.people)
        self.name_words = frozenset(
            word for spelling, _ in self.spellings for word in spelling.split()
        )
        self.places = Places.from_lexicon()
        for country in store.countries:
            self.places.extend(country.code, country.name, [item.name for item in country.aliases])
        self.role_words = _role_words(store, self.places)
        self._organisation_names = OrganisationNames(store.organisations)
        self.meetings = meetings_by_source(store.events)
        self.one_round = one_round(store.events)
        self._people_titled: dict[str, list[Person]] = {}
        self._title_names = frozenset(fold(r.title) for p in store.people for r in p.roles)
        self._holders_of: dict[tuple[str, str | None, str], set[str]] = {}
        self.country_id = {country.code: country.id for country in store.countries}
        for code in self.places.codes:
            self.country_id.setdefault(code, code.lower())
        self._backing_cache: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        #: An agreement once per status it has held, and the date each status was reported.
        self._stages_of: dict[str, list[Agreement]] = {}
        self._stage_since: dict[int, str] = {}
        self.handlers: list[_Handler] = [getattr(self, name) for name in HANDLERS]
        self.agreement_first: list[_Handler] = [getattr(self, name) for name in AGREEMENT_FIRST]

    # -- entry point -----------------------------------------------------------------------------

    def check_atom(self, text: str) -> CheckResult:
        """The verdict on one atomic claim ('last year' said from its deciding article's date)."""
        read = elsewhere(
            anchored(text, self._atom_in, self.today.year, self.published, self.dated.get)
        )
        return outranked(text, read, self._title_names, self.check_atom)

    def _atom_in(self, text: str, year: int) -> CheckResult:
        """The verdict on one atomic claim, with 'this year' read as `year`."""
        claim = parse_claim(text, today_year=year)
        if not claim.words:
            return CheckResult(text, Verdict.unverified, "The claim holds no words to check.")
        mentions = self._mentions(claim)
        wrong_title = self._title_before_name(claim)
        if wrong_title is not None:
            return wrong_title
        handlers = self.agreement_first if _AGREEMENT_NOUNS.search(claim.folded) else self.handlers
        kept: CheckResult | None = None
        for handler in handlers:
            result = handler(claim, mentions)
            if result is None:
                continue
            result = nobody_on_record(result, mentions)
            if kept is None and (_only_words_unbacked(result) or date_unstated(result)):
                # every part agrees but some words are not this record's: another reader may
                # find the record that holds them all
                kept = result
                continue
            supported = result.verdict is Verdict.supported and settles(kept, result)
            if kept is None or supported or _opposite_wording(result):
                return result  # or the record holding the claim's words says the opposite
        if kept is not None:
            return kept
        return CheckResult(
            claim.text, Verdict.unverified, "Nothing in the record speaks to this claim."
        )

    def _title_before_name(self, claim: Claim) -> CheckResult | None:
        """'State President To Lam': a title written before a name must be one the person holds."""
        named = [(spelling, who) for spelling, who in self.spellings if spelling in claim.folded]
        for spelling, person_id in named:
            for match in compiled(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])").finditer(
                claim.folded
            ):
                before = claim.folded[: match.start()]
                for phrase, title in self.role_words:
                    if phrase in before and ends_with(phrase).search(before):
                        person = self.people[person_id]
                        side = compiled(
                            rf"\b({self.places.pattern_with_others()})\w*(?:'s)?\s+"
                            rf"{re.escape(phrase)}\s+$"
                        ).search(before)
                        country = None
                        if side is not None:
                            country = self.places.code_of(
                                side.group(1)
                            ) or self.places.other_code_of(side.group(1))
                        wrong_side = country is not None and country != person.country
                        if person.roles and (wrong_side or not _holds(person, title, phrase)):
                            if wrong_side:
                                phrase = f"{side.group(1) if side else ''} {phrase}"
                            outcome = title_outcome(phrase, title, person, wrong_side)
                            return self._result(claim, outcome, person.name)
                        break
        return None

    def _role_mentions(
        self, folded: str, unknown: list[str] | None = None
    ) -> list[tuple[int, int, frozenset[str]]]:
        """Each role phrase in `folded` with the people who hold it (by the country beside it).

        Roles that nobody on record holds are added to `unknown`, when given.
        """
        found: list[tuple[int, int, frozenset[str]]] = []
        taken: list[tuple[int, int]] = []
        for phrase, title in [item for item in self.role_words if item[0].split()[0] in folded]:
            head, of, rest = phrase.partition(" of ")  # "heads of government": the head noun
            pattern = rf"(?<![a-z]){re.escape(head)}(?P<plural>s)?{re.escape(of + rest)}(?![a-z])"
            for match in compiled(pattern).finditer(folded):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                country = _country_beside(folded, match.start(), match.end())
                both = re.search(r"\b(?:two|both|the)\s+$", folded[: match.start()])
                if sides_joined(folded[: match.start()], self.places):
                    both, country = both or match, None  # "Utopian and Ruritanian envoys"
                if match.group("plural") and both and country is None:
                    # "the two prime ministers": one holder on each side
                    for side in self.places.codes:
                        holders = frozenset(self._holders(title, side, phrase))
                        if holders:
                            found.append((match.start(), match.end(), holders))
                    continue
                holders = frozenset(self._holders(title, country, phrase))
                if holders:
                    found.append((match.start(), match.end(), holders))
                elif unknown is not None and (
                    country is not None
                    or not any(_holds(person, title, phrase) for person in self.store.people)
                ):
                    unknown.append(match.group())
        return sorted(found, key=lambda item: item[0])

    def _mentions(self, claim: Claim) -> Mentions:
        folded = claim.folded
        people = _named_people(folded, self.spellings)
        if BOTH_SIDES.search(folded) is not None:
            sides = frozenset(self.places.codes)
        else:
            sides = frozenset(
                code
                for code in self.places.codes
                if any(_contains(folded, word) for word in self.places.forms(code))
            )
        unknown: list[str] = []
        groups = [
            holders
            for _, _, holders in self._role_mentions(folded, unknown)
            if not holders & people
        ]
        return Mentions(
            frozenset(people),
            tuple(dict.fromkeys(groups)),
            sides,
            tuple(dict.fromkeys(unknown)),
            mashed_names(claim.text, self.name_parts),
        )

    def _holders(self, title: str, country: str | None, phrase: str = "") -> set[str]:
        key = (title, country, phrase or title)
        if key not in self._holders_of:
            found = {
                person.id
                for person in self._titled(title)
                if (country is None or person.country == country) and _holds(person, title, key[2])
            }
            self._holders_of[key] = found if country is not None or len(found) == 1 else set()
        return set(self._holders_of[key])

    def _titled(self, title: str) -> list[Person]:
        """The people with a title that holds `title`: one pass over everyone a title, not a
        pass a mention (a big store's records mention titles tens of thousands of times)."""
        if title not in self._people_titled:
            titled = [p for p in self.store.people if any(title in fold(r.title) for r in p.roles)]
            self._people_titled[title] = titled
        return self._people_titled[title]

    # -- results ---------------------------------------------------------------------------------

    def _result(self, claim: Claim, outcome: _Outcome, subject: str) -> CheckResult:
        outcome.parts = shared(claim, outcome.parts, self.store.trade, outcome.records)
        covered = {part.text for part in outcome.parts}
        for kind, text in claim.checkable_parts():
            if text not in covered:
                outcome.add(kind, text, text, Status.not_on_record)
        unique = {record.id: record for record in outcome.records}
        if unique:
            self._elsewhere_parts(claim, outcome, list(unique.values()))
            own = [record for record in unique.values() if record not in outcome.others]
            slotted = _before_interval(claim, outcome)
            # the words before a compared interval are the main event's, the first record's
            main = own[: 1 if slotted is not claim else None]
            text = fold(" ".join(map(_record_text, main)))
            worded = compare_slots(slotted, text, main, self.store.organisations)
            taken = {part.text: index for index, part in enumerate(outcome.parts)}
            for part in worded:
                if part.text in taken:
                    outcome.parts[taken[part.text]] = part
                else:
                    outcome.parts.append(part)
        negated = claim.negated if outcome.negated is None else outcome.negated
        if (
            negated
            and outcome.negated is None
            and any(
                isinstance(record, Statement) and NEGATION.search(_record_text(record))
                for record in unique.values()
            )
        ):
            negated = False  # "will never forget" matched to a record that says "never forget"
        parts = list(outcome.parts)
        records = [self._matched(record) for record in unique.values()]
        differing = [part for part in parts if part.status is Status.differs]
        unknown = [part for part in parts if part.status is Status.not_on_record]
        if differing and negated and not re.search(r"\b(?:until|till|only in)\b", claim.folded):
            # "Trade was not $9 million in 2023": denying what the record also does not say
            shown = "; ".join(f"{part.text} (record: {part.on_record})" for part in differing)
            verdict = Verdict.unverified
            explanation = (
                f"The claim denies a figure the record on {subject} does not hold either: {shown}."
            )
        elif differing:
            shown = "; ".join(f"{part.text} (record: {part.on_record})" for part in differing)
            verdict, explanation = (
                Verdict.contradicted,
                f"The record on {subject} differs: {shown}.",
            )
        elif unknown or not parts:
            what = ", ".join(part.text for part in unknown) or "its details"
            verdict = Verdict.unverified
            explanation = f"The record on {subject} does not state {what}."
        elif negated:
            verdict = Verdict.contradicted
            explanation = f"The claim denies what the record on {subject} states."
        else:
            unbacked = self._unbacked(claim, unique.values(), parts)
            backings = [self._backing(record) for record in unique.values()]
            verdict, explanation, wording = wording_verdict(
                unbacked, claim.folded, backings, subject
            )
            parts += wording
        if outcome.note:
            explanation += " " + outcome.note
        return CheckResult(claim.text, verdict, explanation, parts, records)

    def _elsewhere_parts(self, claim: Claim, outcome: _Outcome, records: list[Record]) -> None:
        """Names the records do not put where the claim does: a country the record is not
        about ('Laos's stance'), or a person after 'to', 'for', 'with' or 'from' (a place after
        'to') whom the statements name only elsewhere in the sentence ('greetings to Japarov')."""
        text = fold(" ".join(map(_record_text, records)))
        folded = claim.folded
        for code, words in self.places.others.items():
            for word in words:
                if _contains(folded, word) and not _said_alike(folded, text, word):
                    outcome.add("place", word, code, Status.not_on_record)
                    break
        peer = r"(?:counterpart|colleague|opposite number)s?\b"  # 'her (demonym) colleague'
        counterpart = re.search(
            rf"\b(?:his|her|their)\s+({self.places.pattern('demonyms')})\s+{peer}", folded
        )
        ends = counterpart.start() if counterpart else 0  # '…, Ann Lee' after it is the peer
        named_first = [at for at in _people_at(folded, self.spellings) if at[0] < ends]
        if counterpart is not None and named_first:
            side = self.places.code_of(counterpart.group(1))
            own = self.people[min(named_first)[1]].country
            if side == own:
                # "Ann Lee (Utopian) and her Utopian counterpart": a counterpart is the other side
                outcome.add(
                    "counterpart", counterpart.group(), side, Status.differs, "the other side"
                )
        self._counterpart_nationality(folded, peer, outcome)
        if not isinstance(records[0], Statement):
            return  # events compare who took part by their own lists (a statement comes first)
        people = [spelling for spelling, _ in self.spellings]
        regions = [fold(name) for name in claim.names if len(name.split()) > 1]
        for match in _AFTER_PREPOSITION.finditer(folded):
            rest = folded[match.end() :]
            names = people + regions if match.group("prep") == "to" else people
            name = next((item for item in names if rest.startswith(item)), None)
            if name is None or name not in text:
                continue
            prep, forms = match.group("prep"), region_forms(name)  # 'southeast asia(n)'
            if not compiled(rf"\b{prep}\s+(?:[\w']+\s+){{0,4}}(?:{forms})").search(text):
                outcome.add("who", f"{prep} {name}", name, Status.not_on_record)

    def _counterpart_nationality(self, folded: str, peer: str, outcome: _Outcome) -> None:
        """'Her (demonym) counterpart(,) Ann Lee': the demonym is Ann Lee's own country, which the
        record gives, so another country's contradicts it, whoever the claim says she met."""
        said = re.search(
            rf"\b(?:his|her|their)\s+({self.places.pattern_with_others()})\s+{peer},?\s+", folded
        )
        if said is None:
            return
        named = [person for at, person in _people_at(folded, self.spellings) if at == said.end()]
        word = said.group(1)
        side = self.places.code_of(word) or next(
            (code for code, words in self.places.others.items() if word in words), None
        )
        country = self.people[named[0]].country if named else None
        if side is not None and country and side != country.upper():
            outcome.add(
                "nationality",
                said.group().strip(" ,"),
                side,
                Status.differs,
                self.places.demonym(country.upper()),
            )

    def _matched(self, record: Record) -> MatchedRecord:
        kind = KIND_OF_COLLECTION[self.collection_of[record.id]]
        evidence = self.evidence_of.get(record.id, record.evidence)
        return MatchedRecord(record.id, kind, _label(record), list(evidence))

    # -- every word backed -----------------------------------------------------------------------

    def _unbacked(
        self, claim: Claim, records: Iterable[Record], compared: Iterable[PartResult] = ()
    ) -> list[str]:
        """The claim's words that carry meaning and that none of `records` backs; the words of
        a slot compared and found to agree ('on Thursday') are backed by that comparison."""
        agreed = _compared_words(compared)
        words: set[str] = set()
        prefixes: set[str] = set()
        for record in records:
            more_words, more_prefixes = self._backing(record)
            words |= more_words
            prefixes |= more_prefixes
        missing = []
        for token in _claim_tokens(claim):
            if is_ordinary(token) and not _capitalised(claim.text, token):
                continue  # an ordinary word: it does not change what the claim says
            if token in agreed:
                continue
            if not _backed_or_synonym(token, words, prefixes):
                missing.append(token)
        return list(dict.fromkeys(missing))

    def _backing(
        self, record: Record, without_aspirations: bool = False, without_negations: bool = False
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The words (stems, prefixes) a record backs; or only those of its clauses that do not
        hope, urge or plan (`without_aspirations`), or that do not deny (`without_negations`)."""
        key = f"{record.id}\0{int(without_aspirations)}{int(without_negations)}"
        cached = self._backing_cache.get(key)
        if cached is None:
            pieces = self._record_words(record)
            if without_aspirations:
                pieces[0] = _without_aspirations(fold(pieces[0]))
            if without_negations:
                pieces[0] = _without_negations(fold(pieces[0]))
            cached = _text_backing(fold(" ".join(pieces)))
            self._backing_cache[key] = cached
        return cached

    def _record_words(self, record: Record) -> list[str]:
        return record_words(self, record)

    def _people_in(self, folded: str) -> set[str]:
        people = set(_named_people(folded, self.spellings))
        for _, _, holders in self._role_mentions(folded):
            if len(holders) == 1:
                people |= holders
        return people

    # -- shared by the families of checks (each defined once, in `topics.events`) ---------------

    def _place_part(
        self, claim: Claim, place: str | None, outcome: _Outcome, event: Event | None = None
    ) -> None:
        raise NotImplementedError

    def _same_day(self, claim: Claim, record: Record) -> bool:
        """Whether the claim's date, if any, agrees with the record's: of records that hold the
        same words ("the talks"), the one on the claim's day is the one it speaks of."""
        trial = _Outcome()
        self._date_parts(claim, trial, getattr(record, "date", None), None, allow_missing=True)
        return not any(part.status is Status.differs for part in trial.parts)

    def _statements(
        self, claim: Claim, mentions: Mentions, about: str | None = None
    ) -> CheckResult | None:
        raise NotImplementedError

    def _date_parts(
        self,
        claim: Claim,
        outcome: _Outcome,
        start: str | None,
        end: str | None,
        allow_missing: bool,
        as_of: bool = False,
        since: bool = False,
    ) -> None:
        raise NotImplementedError
