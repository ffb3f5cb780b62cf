"""Two things a sentence relates: which came first, and who did what to whom.

* Order across records: "A happened before B", "After B, A": each side is checked alone; when
  both are supported by dated records whose dates differ, the record's dates decide the order.
* Roles turned round: "Bo received Ann" when the record has Ann receiving Bo. A claim the record
  does not decide is checked again with its two people exchanged; when that reading is supported
  and the verb is one whose two places one act cannot fill both ways (the lexicon's
  `one_way_verbs`: a host and a guest, a message conveyed to someone), the claim is
  contradicted: the record gives the roles the other way round. Acts either may do to the other
  ("invited", "thanked") stay undecided: the record does not say the other did not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kgvn.check.compare.audience import other_meeting
from kgvn.check.compare.roles import _name_run
from kgvn.check.frame.participles import _past
from kgvn.check.frame.pronouns import it_resolved
from kgvn.check.lexicon import load, stem
from kgvn.check.result import CheckResult, PartResult, Status, Verdict
from kgvn.claim_patterns import FULL_MONTHS
from kgvn.text import compiled, fold

_WORDS = load("words")
#: "A before B" / "A after B"; "Before B, A" / "After B, A".
_INFIX = re.compile(
    r"^(?P<a>.{12,}?)\s+(?P<rel>before|after|prior to|ahead of)\s+(?P<b>.{8,}?)\.?$"
)
_FRONT = re.compile(
    r"^(?P<rel>Before|After|Prior to|Ahead of)\s+(?P<b>[^,]{8,}),\s+(?P<a>.{12,}?)\.?$"
)
#: A side that is a clause of its own (a verb in the past), not only a noun ("the talks").
_CLAUSE_VERB = re.compile(
    r"\b[a-z]{3,}(?:ed|ised|ized)\b|\b(?:held|met|made|paid|took|gave|spoke)\b"
)
#: "… a year after B", "… 17 days before B": a time between the two, for `timing` to measure.
_MEASURED = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|"
    r"several|some|many|just|only|barely|nearly|almost|about|around)\s+(?:full\s+)?"
    r"(?:days?|weeks?|fortnights?|months?|years?|decades?)\s*$",
    re.IGNORECASE,
)
#: "… the year after B", "… the month before B": calendar units, for `timing` to count.
_CALENDAR_UNIT = re.compile(r"\bthe\s+(?:year|month)\s*$", re.IGNORECASE)
#: "met B in (a city)", "held talks in (a capital)", "received B in (a city)": a meeting given a
#: place.
_MET_IN = re.compile(
    r"\b(?:met|meet|meets|held talks|had talks|talks|received|hosted|welcomed)\b[^,;]*?"
    r"(?P<at>\s+in\s+"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))"
)
_MONTHS = frozenset(fold(name) for name in FULL_MONTHS)
_KIND_WORDS: dict[str, str] = _WORDS["event_kind_words"]
#: The two words naming a thing after "before"/"after", past its determiner.
_THING = r"(?:(?:the|their|his|her|its|an?)\s+)?(?P<thing>[a-z]+(?:\s+[a-z]+)?)"
#: "after Utopia declared independence": a clause with a named doer and a verb in the past.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|since|when|once)\s+(?P<clause>(?:[A-Z][\w’'-]*\s+){1,4}"
    r"(?:[a-z]+ed|held|met|made|paid|took|gave|won|began)\b[^,;:]*)"
)
#: A side whose doer is only a pronoun or a group: the people of the other side, not anyone's.
_UNNAMED_DOER = re.compile(r"^(?:they|he|she|both|the\s+two)\b", re.IGNORECASE)
_PRONOUN_END = re.compile(r"\b(?:it|him|her|them|this|that)\s*\.?$", re.IGNORECASE)


#: "pledged to meet again in B in 2026": an act to come, whose place and date are not those of
#: anything done.
_TO_COME = re.compile(
    r"\b(?:(?:pledge[sd]?|promise[sd]?|plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|agree[sd]?|"
    r"vow(?:s|ed)?|hope[sd]?|expect(?:s|ed)?|set|due|invite[sd]?|invited\s+\w+)\s+to|will|would|"
    r"is\s+to|are\s+to)\s+(?:\w+\s+)?(?:meet|visit|hold|travel|return|host|go|come)\b",
    re.IGNORECASE,
)


def to_come(result: CheckResult) -> CheckResult:
    """A contradiction on place or date only, of an act the claim says is to come: unverified,
    since what was done somewhere on some day does not say where or when the next will be."""
    if result.verdict is not Verdict.contradicted or not _TO_COME.search(result.claim):
        return result
    differing = {part.kind for part in result.parts if part.status is Status.differs}
    if not differing or not differing <= {"place", "date", "year"}:
        return result
    return CheckResult(
        result.claim,
        Verdict.unverified,
        "The claim's place and date are of an act to come; the record's are of what was done "
        f"({result.explanation})",
        result.parts,
        result.records,
    )


_GERUND = re.compile(r"^(?P<word>[a-z]{3,}ing)\b(?P<rest>.*)$")
_SUBJECT = re.compile(r"^(?P<subject>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+[a-z]")


#: 'its', or 'it' after a preposition ('ties with it'): the other party, not the thing.
_POINTED = re.compile(r"\bits\b|(?:(?<=\bwith )|(?<=\bto )|(?<=\bfor ))it\b")


def _gerund_clause(first: str, second: str) -> str:
    """'A set up ties with B before recognising its independence': the gerund's doer is the
    first clause's subject, and 'its' ('with it') the one other party that clause names ('B's',
    'with B'); else the side as written."""
    gerund, subject = _GERUND.match(second.strip()), _SUBJECT.match(first.strip())
    past = _past(gerund["word"]) if gerund is not None else None
    if gerund is None or subject is None or past is None:
        return second
    rest = gerund["rest"]
    if _POINTED.search(rest):
        named = re.findall(r"\b[A-Z][\w’'-]+", first.strip()[subject.end() :])
        others = {re.sub(r"['’]s$", "", name) for name in named}
        if len(others) != 1:
            return second
        other = others.pop()
        rest = _POINTED.sub(lambda match: f"{other}'s" if match.group() == "its" else other, rest)
    return f"{subject['subject']} {past}{rest}"


def _one_way() -> frozenset[str]:
    return frozenset(_WORDS.get("one_way_verbs", []))


def _symmetric() -> frozenset[str]:
    return frozenset(_WORDS.get("symmetric_verbs", []))


#: A doer named only as a group ('the two leaders'), who are the people of the other clause.
_GROUP = re.compile(
    r"(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|sides|premiers|prime\s+ministers|officials"
    r"|delegations|ministers|heads)\b|the\s+two\b(?!\s+countries)",
    re.IGNORECASE,
)


@dataclass
class Relations:
    """Order and roles read with the checker's own atomic check and records' dates."""

    check_atom: Callable[[str], CheckResult]
    span_of: Callable[[str], tuple[str, str | None] | None]
    people_in: Callable[[str], set[str]]
    #: The people and bodies a record names as taking part, by its id.
    participants_of: Callable[[str], frozenset[str]] = lambda _id: frozenset()
    #: A record's texts by its id: its title first, then its summary and quotes.
    texts_of: Callable[[str], list[str]] = lambda _id: []
    #: An event record's kind by its id ("talks", "ceremony"), None for other records.
    kind_of: Callable[[str], str | None] = lambda _id: None
    #: Every dated record's id, for a third record between two of the same day.
    dated: tuple[str, ...] = ()
    #: A statement's speakers by its id (none for other records).
    speakers_of: Callable[[str], frozenset[str]] = lambda _id: frozenset()

    def relate(self, first: str, second: str) -> str | None:
        """How the record orders two records, "before" or "after", directly or through one
        record of the same day between them (the ceremony, then the talks, then the signing)."""
        direct = self._relate(first, second)
        if direct is not None:
            return direct
        day = self.span_of(first)
        for middle in self.dated:
            if middle in (first, second) or self.span_of(middle) != day:
                continue
            one = self._relate(first, middle)
            if one is not None and one == self._relate(middle, second):
                return one
        return None

    def _relate(self, first: str, second: str) -> str | None:
        """How the record orders two records, "before" or "after" (the first against the
        second): by their dates, else by one's own words naming the other ("held talks after
        the welcome ceremony"); None when it does not say."""
        one, two = self.span_of(first), self.span_of(second)
        if one is None or two is None or first == second:
            return None
        size = min(len(one[0]), len(two[0]))
        if one[0][:size] != two[0][:size]:
            return "before" if one[0][:size] < two[0][:size] else "after"
        said = self._said_order(first, second)
        if said is not None:
            return said
        turned = self._said_order(second, first)
        return {"before": "after", "after": "before"}.get(turned or "")

    def _said_order(self, first: str, second: str) -> str | None:
        """ "before"/"after" when a text of the first record puts it so against the second,
        named by the words its title shares with its kind ("the welcome ceremony")."""
        texts, kind = self.texts_of(first), self.kind_of(second)
        titles = self.texts_of(second)
        if not texts or not titles or kind is None:
            return None
        kind_words = {stem(word) for word in _KIND_WORDS.get(kind, "").split()}
        names = {stem(word) for word in re.findall(r"[a-z]+", fold(titles[0]))} & kind_words
        for key, phrases in _WORDS["sequence"].items():
            for phrase in phrases:
                pattern = compiled(rf"\b{re.escape(phrase)}\s+{_THING}")
                for text in texts[1:]:
                    for match in pattern.finditer(fold(text)):
                        if {stem(word) for word in match.group("thing").split()} & names:
                            return str(key)
        return None

    # -- order ---------------------------------------------------------------------------------

    def ordered(self, sentence: str) -> CheckResult | None:
        """The verdict on 'A before/after B' from the dates of the records of A and of B."""
        body = sentence.strip()
        match = _FRONT.match(body) or _INFIX.match(body)
        if match is None:
            return None
        first, second, rel = match.group("a"), match.group("b"), match.group("rel").lower()
        second = _gerund_clause(first, second)  # 'before recognising …': the first's subject
        second = it_resolved(first, second)  # 'before Utopia recognised it': the first's thing
        if _PRONOUN_END.search(second) or _PRONOUN_END.search(first):
            return None
        if re.search(r"\b(?:its|their|his|her|it|they|them)\b", second, re.I):
            return None  # "after its declaration": the sentence's own thing, named again
        if _GROUP.match(second.strip()):
            return None  # "before the two leaders held talks": the first clause's people
        if (
            not _CLAUSE_VERB.search(first)
            or _MEASURED.search(first)
            or _CALENDAR_UNIT.search(first)
        ):
            return None
        if not _CLAUSE_VERB.search(second):
            if len(second.split()) < 3:
                return None  # "after the talks": too little to find a record by
            second = f"{second} took place"  # "before the official visit": the thing itself
        one = self.check_atom(first[:1].upper() + first[1:].rstrip(".") + ".")
        two = self.check_atom(second[:1].upper() + second[1:].rstrip(".") + ".")
        if one.verdict is not Verdict.supported or two.verdict is not Verdict.supported:
            return None
        date_one, date_two = self._date(one), self._date(two)
        if date_one is None or date_two is None:
            return None
        if _UNNAMED_DOER.match(first) and not self._shared(one, two):
            return None  # "They held talks before X": whose talks, X's people's, is not found
        size = min(len(date_one), len(date_two))
        if date_one[:size] == date_two[:size]:
            return None  # the same day (or year): the dates do not give the order
        later = date_one[:size] > date_two[:size]
        holds = later if rel == "after" else not later
        part = PartResult(
            "sequence",
            rel,
            rel,
            Status.agrees if holds else Status.differs,
            f"{date_one} / {date_two}",
        )
        records = [*one.records, *(r for r in two.records if r not in one.records)]
        if holds:
            return CheckResult(
                sentence,
                Verdict.supported,
                f"The record dates the first on {date_one} and the second on {date_two}.",
                [*one.parts, *two.parts, part],
                records,
            )
        return CheckResult(
            sentence,
            Verdict.contradicted,
            f"The record gives the other order: {date_one} for “{first}”, {date_two} for "
            f"“{second}”.",
            [*one.parts, *two.parts, part],
            records,
        )

    def subordinate(self, result: CheckResult) -> CheckResult:
        """A supported claim whose clause after "after", "before", "since" or "when" names its
        own doer ("… a year after Utopia declared independence"): that clause is a fact too,
        and when the record rules it out, the claim is contradicted with it."""
        if result.verdict is not Verdict.supported:
            return result
        for match in _SUBORDINATE.finditer(result.claim):
            clause = match["clause"].strip().rstrip(".")
            if re.search(r"\b(?:it|them|him|her)\b", clause, re.IGNORECASE):
                continue  # pointing back: the main clause's thing, not a fact of its own
            told = self.check_atom(clause[:1].upper() + clause[1:] + ".")
            if told.verdict is Verdict.contradicted:
                return CheckResult(
                    result.claim,
                    Verdict.contradicted,
                    f"“{clause}”: {told.explanation}",
                    [*result.parts, *told.parts],
                    [*result.records, *(r for r in told.records if r not in result.records)],
                )
        return result

    def _people_of(self, result: CheckResult) -> frozenset[str]:
        """Everyone the records of a result count as taking part."""
        return frozenset().union(*(self.participants_of(record.id) for record in result.records))

    def _shared(self, one: CheckResult, two: CheckResult) -> bool:
        """Whether the two sides' records have someone in common."""
        return bool(self._people_of(one) & self._people_of(two))

    def together(self, result: CheckResult) -> bool:
        """Whether the records of every clause of a sentence share someone (clauses whose
        records name no one take no part)."""
        groups = [people for atom in result.atoms or [result] if (people := self._people_of(atom))]
        return len(groups) < 2 or bool(frozenset.intersection(*groups))

    def left_open(
        self,
        sentence: str,
        order: str,
        clauses: CheckResult,
        aggregate: Callable[[str, list[CheckResult]], CheckResult],
    ) -> CheckResult:
        """A sentence whose order its own words did not decide: the order of its first and
        last clauses' records, as the record gives it; left unverified beside the clauses when
        it gives none, or when the clauses were read as acts of people with no one in common
        ("They held talks and then toured X": other people's talks). Never supported on the
        clauses alone."""
        atoms = clauses.atoms or []
        if clauses.verdict is not Verdict.supported or len(atoms) < 2:
            return clauses
        pairs = [(one.id, two.id) for one in atoms[0].records for two in atoms[-1].records]
        told = {self.relate(one, two) for one, two in pairs} - {None}
        if self.together(clauses) and told == {"before"}:
            return clauses
        if self.together(clauses) and told == {"after"}:
            part = PartResult("sequence", "before", "before", Status.differs, "after")
            note = "The record gives the other order."
            turned = CheckResult(order, Verdict.contradicted, note, [part], clauses.records)
            return replace(aggregate(sentence, [*atoms, turned]), claim=sentence)
        note = "The record does not give this order."
        open_ = CheckResult(order, Verdict.unverified, note, [], [])
        return replace(aggregate(sentence, [*atoms, open_]), claim=sentence)

    def _date(self, result: CheckResult) -> str | None:
        dates = {span[0] for record in result.records if (span := self.span_of(record.id))}
        return dates.pop() if len(dates) == 1 else None

    # -- roles ---------------------------------------------------------------------------------

    def turned(self, result: CheckResult) -> CheckResult | None:
        """An undecided claim whose two people, exchanged, the record supports."""
        body = result.claim.strip().rstrip(".!?")
        names = self._people(body)
        if len(names) < 2:
            return None
        (start, end, person), rest = names[0], names[1:]
        if (start > 0 and body[:start].strip()) or re.match(r"['’]s?\b", body[end:]):
            return None  # the first person is not the sentence's subject ("X's greetings")
        for other_start, other_end, other in rest:
            if other == person:
                continue
            between = body[end:other_start]
            if re.fullmatch(r"\s*(?:,|and|or|&|as well as)\s*", between):
                continue  # named together: doers of one act
            verb = fold(between)
            if any(compiled(rf"(?<![a-z]){re.escape(word)}").search(verb) for word in _symmetric()):
                return None  # what two people do together reads the same either way
            if not any(
                compiled(rf"(?<![a-z]){re.escape(word)}").search(verb) for word in _one_way()
            ):
                return None
            swapped = (
                body[other_start:other_end]
                + body[end:other_start]
                + body[start:end]
                + body[other_end:]
            )
            again = self.check_atom(swapped + ".")
            if again.verdict is Verdict.supported:
                part = PartResult("who", body[start:end], person, Status.differs, swapped)
                return again.with_part(
                    part,
                    Verdict.contradicted,
                    f"The record gives the roles the other way round: “{swapped}.”",
                    result.claim,
                )
        return None

    # -- mode --------------------------------------------------------------------------------

    def by_mode(self, result: CheckResult) -> CheckResult | None:
        """An undecided claim that says how people spoke ('by phone', 'in person'): without
        those words the record may decide it, and its event's own mode then decides them."""
        body = result.claim.strip().rstrip(".!?")
        for mode, phrases in _WORDS["modes"].items():
            for phrase in sorted(phrases, key=len, reverse=True):
                if mode == "in person" and not ("person" in phrase or "face" in phrase):
                    continue
                found = compiled(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.I).search(body)
                if found is None:
                    continue
                noun = re.match(r"(?:tele)?(?:phone|video)\s+(talks|call|conversation)", phrase)
                kept = {"conversation": "talks"}.get(noun.group(1), noun.group(1)) if noun else ""
                before = body[: found.start()]
                if kept == "talks":
                    before = re.sub(r"\ba\s+$", "", before)  # "held a phone conversation"
                reduced = re.sub(r"\s{2,}", " ", before + kept + body[found.end() :])
                for verb, neutral in _WORDS.get("mode_neutral", {}).items():
                    reduced = compiled(rf"\b{re.escape(verb)}\b").sub(neutral, reduced)
                basis = self.check_atom(reduced.strip() + ".")
                events = [record for record in basis.records if record.kind == "event"]
                texts = [
                    " ".join([record.label, *(item.quote for item in record.evidence)])
                    for record in events
                ] or self._said_at(basis)
                if basis.verdict is not Verdict.supported or not texts:
                    return None
                modes = {bool(re.search(r"\b(?:tele)?phone", fold(text))) for text in texts}
                if len(modes) > 1:
                    return None  # said on a day its speakers met in person and by phone
                phoned = modes.pop()
                if (mode == "by phone") == phoned:
                    return None  # the same mode: the claim's other words were undecided
                on_record = "by phone" if phoned else "in person"
                part = PartResult("mode", found.group(), mode, Status.differs, on_record)
                label = events[0].label if events else basis.records[0].label
                return basis.with_part(
                    part,
                    Verdict.contradicted,
                    f"The record on {label} differs: {found.group()} (record: {on_record}).",
                    result.claim,
                )
        return None

    def _said_at(self, basis: CheckResult) -> list[str]:
        """The texts of the events a statement's speakers were at on its day: where they said
        it (none for a claim backed by another kind of record)."""
        found: list[str] = []
        for record in basis.records:
            speakers, day = self.speakers_of(record.id), self.span_of(record.id)
            found += [
                " ".join(self.texts_of(other))
                for other in self.dated
                if speakers
                and day
                and self.kind_of(other)
                and self.span_of(other) == day
                and speakers <= self.participants_of(other)
            ]
        return found

    def talked(self, sentence: str) -> CheckResult | None:
        """'Ann spoke (talked) with Bo', no mode said: true of a meeting as of a call, so an
        undecided claim is read with the neutral verb: a meeting on record backs it, or its date
        or place contradicts it."""
        body = sentence.strip().rstrip(".!?")
        folded = fold(body)
        if any(
            re.search(rf"\b{re.escape(p)}\b", folded) for ps in _WORDS["modes"].values() for p in ps
        ):
            return None  # a mode said is by_mode's to decide
        reduced = body
        for verb, neutral in _WORDS.get("mode_neutral", {}).items():
            if re.fullmatch(r"\w+ (?:with|to)", verb):  # not 'held talks' (talks, no reception)
                reduced = compiled(rf"\b{re.escape(verb)}\b").sub(neutral, reduced)
        if reduced == body:
            return None
        basis = self.check_atom(reduced.strip() + ".")
        if basis.verdict is Verdict.unverified or not any(
            record.kind == "event" for record in basis.records
        ):
            return None
        read = other_meeting(replace(basis, claim=reduced))  # not a stranger's meeting
        return replace(read, claim=sentence)

    def by_place(self, result: CheckResult) -> CheckResult | None:
        """'Met B in (a city)' where the record has them talk by phone: a meeting given a place is
        one held in person, which the record's phone call contradicts."""
        body = result.claim.strip().rstrip(".!?")
        found = _MET_IN.search(body)
        if found is None or fold(found.group("place")).split()[0] in _MONTHS:
            return None
        reduced = re.sub(r"\s{2,}", " ", body[: found.start("at")] + body[found.end("at") :])
        # the meeting said the way a record of talks is read, whichever way they were held
        reduced = re.sub(
            r"\b(?:met(?:\s+with)?|received|hosted|welcomed)\b", "held talks with", reduced
        )
        basis = self.check_atom(reduced.strip() + ".")
        events = [record for record in basis.records if record.kind == "event"]
        dated = any(part.kind == "date" and part.status is Status.agrees for part in basis.parts)
        if basis.verdict is not Verdict.supported or not events or not dated:
            return None  # on no day of the call: maybe another meeting
        words = fold(" ".join(record.label for record in events))
        if not re.search(r"\b(?:tele)?phone", words):
            return None
        at = found.group("at").strip()
        part = PartResult("mode", at, "in person", Status.differs, "by phone")
        return basis.with_part(
            part,
            Verdict.contradicted,
            f"The record on {events[0].label} differs: they met {at} (record: by phone).",
            result.claim,
        )

    def _people(self, body: str) -> list[tuple[int, int, str]]:
        """Each person the sentence names, with where the name (and its title) is written."""
        found: list[tuple[int, int, str]] = []
        covered = 0
        for match in re.finditer(r"(?:^|(?<=\s))(?=[A-Z])", body):
            if match.start() < covered:
                continue
            end = covered = _name_run(body, match.start())
            text = body[match.start() : end]
            bare = re.sub(r"['’]s$", "", text)
            people = self.people_in(fold(bare))
            if len(people) == 1:
                found.append((match.start(), match.start() + len(bare), next(iter(people))))
        return found
