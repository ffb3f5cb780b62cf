"""Who stands where in a sentence: the person greetings go *to*, a letter comes *from*, a thing
is done *by*, the invitation is *of*.

A claim the record does not decide may still name the wrong person in one of these places:
"Ann conveyed Bo's greetings to Cy" when the record has them conveyed to Di. The claim without
that person ("Ann conveyed Bo's greetings") is checked; when the record that supports it names
someone else in the same place, and not the claim's person, the claim is contradicted.

The places are read from the words around a name, in the claim and in the record's own text:
the preposition before it ("to", "from", "by", "of"), "a letter inviting" (the invitee of one
document: a person may invite many, a letter invites whom it names), or a possessive after it
("Bo's greetings", read as "greetings from Bo"). The subject of a record's sentence is its "by".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from kgvn.check.frame.clauses import _title_words, _verbs
from kgvn.check.lexicon import load
from kgvn.check.result import CheckResult, MatchedRecord, PartResult, Status, Verdict
from kgvn.text import fold

#: The words that put a name in a place, and the place each one means.
#: Not "with" ("talks with Ann" does not say there were none with Bo) nor "for".
_PLACES = {"to": "to", "from": "from", "of": "from", "by": "by"}
_PREPOSITION = re.compile(r"\b(?P<prep>to|from|of|by|inviting|invites)\s+(?=(?:the\s+)?[A-Z])")
_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "You", "This", "That", "There"})
_WORD = re.compile(r"[\w’'.-]+")


@dataclass(frozen=True)
class Slot:
    """A person named in one place of a sentence, and where the name is written."""

    place: str
    start: int
    end: int
    text: str


def _name_run(text: str, start: int) -> int:
    """Where the name (with its title) that begins at `start` ends."""
    end = start
    for match in _WORD.finditer(text, start):
        if text[end : match.start()].strip():
            break  # a comma or other mark ends the name
        word = match.group()
        bare = re.sub(r"['’]s$", "", word)
        if not (bare[:1].isupper() or bare.lower() in _title_words() or bare == "the"):
            break
        end = match.end()
        if bare != word:
            break
    return end


#: 'a visit to Utopia by': a noun's doer, not the sentence's ('agreed to prepare visits,
#: including a visit by Ann'); a participle ('was delivered by', 'a letter signed by') is not.
_NOUN_BY = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+(?:(?![\w-]+(?:ed|en)\b)[\w-]+\s+){1,4}$"
)


@cache
def _event_after() -> re.Pattern[str]:
    """An event noun after a possessive ('Ann's phone call', 'Bo's 2023 visit')."""
    words = load("words")
    nouns = [*words.get("context_events", []), *words.get("event_nouns", {})]
    alternation = "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))
    modifier = r"(?!(?:to|of|for|with|and|invitation|letter|message|greetings?)\b)[\w-]+\s+"
    return re.compile(rf"\s+(?:{modifier}){{0,3}}?(?:{alternation})\b", re.IGNORECASE)


def slots(text: str) -> Iterator[Slot]:
    """Each name written after a place-giving preposition, or before a possessive."""
    for match in _PREPOSITION.finditer(text):
        if match.group("prep") == "by" and _NOUN_BY.search(text, 0, match.start()):
            continue  # 'a visit by Ann': whose visit, not who did the sentence's act
        end = _name_run(text, match.end())
        name = re.sub(r"['’]s$", "", text[match.end() : end])
        if name != text[match.end() : end] and _event_after().match(text, end):
            continue  # 'the start of Bo's visit': whose visit, not whom the sentence names
        if name.strip():
            place = _PLACES.get(match.group("prep"), "invitee")
            yield Slot(place, match.start(), end, name)
    covered = 0
    for match in re.finditer(r"(?:^|(?<=\s))(?=[A-Z])", text):
        if match.start() < covered:
            continue
        end = covered = _name_run(text, match.start())
        name = text[match.start() : end]
        if re.search(r"['’]s$", name) and " " not in text[end - 2 : end]:
            if _event_after().match(text, end):
                continue  # 'Ann's phone call', 'Bo's visit': who held it, not whom it came from
            yield Slot("from", match.start(), end, re.sub(r"['’]s$", "", name))
    covered = 0
    for match in re.finditer(r"(?:^|(?<=\s))(?=[A-Za-z])", text):
        if match.start() < covered:
            continue
        end = _name_run(text, match.start())
        covered = max(covered, end)
        verb = re.match(r"\s+(?:also\s+)?([a-z]+)", text[end:])
        name = text[match.start() : end]
        if (
            name[:1].isupper()
            and name not in _PRONOUNS
            and not re.search(r"['’]s$", name)
            and verb
            and (verb.group(1) in _verbs() or verb.group(1).endswith("ed"))
        ):
            yield Slot("by", match.start(), end, name)


def _closed_act(rest: str) -> bool:
    """Whether the verb after a subject is one of the lexicon's closed acts ('delivered the
    letter', 'signed the statement'), whose doer the record names: another doer contradicts."""
    verb = re.match(r"\s+(?:also\s+)?([a-z-]+)", rest)
    acts = load("words").get("closed_acts", [])
    return verb is not None and any(verb.group(1).startswith(act) for act in acts)


@dataclass
class PersonPlaces:
    """Finds the claim that names the wrong person in a place the record fills with another."""

    check_atom: Callable[[str], CheckResult]
    people_in: Callable[[str], set[str]]
    record_texts: Callable[[str], list[str]]
    name_of: Callable[[str], str]
    closest: Callable[[str, list[str]], list[MatchedRecord]]
    _cache: dict[str, tuple[dict[str, set[str]], set[str]]] = field(default_factory=dict)

    def wrong_person(self, claim: str) -> CheckResult | None:
        body = claim.rstrip(".!?")
        for slot in slots(body):
            subject = slot.place == "by" and not body[slot.start :].startswith("by ")
            if subject and (slot.start > 0 or not _closed_act(body[slot.end :])):
                # a subject is not taken out or swapped: the claim's own check did, unless it
                # opens the sentence and does an act whose doer the record names
                continue
            if re.match(r",|\s+(?:and|or|as\s+well\s+as)\s", body[slot.end :]):
                continue  # one of a list: each is checked on its own
            people = self.people_in(fold(slot.text))
            if len(people) != 1:
                continue
            found = self._elsewhere(body, slot, people)
            if found is not None:
                return found
        return None

    def misplaced(self, result: CheckResult) -> CheckResult:
        """A supported claim that puts a person where its records have only others: contradicted
        when they do not name the person at all, else unverified (the records may not say)."""
        body = result.claim.rstrip(".!?")
        for slot in slots(body):
            if slot.place == "by" and not body[slot.start :].startswith("by "):
                continue
            if re.match(r",|\s+(?:and|or|as\s+well\s+as)\s", body[slot.end :]):
                continue
            found = self._record_people(result.records, slot.place)
            if found is None:
                continue  # the records name nobody there: nothing to compare, nothing to read
            people = self.people_in(fold(slot.text))
            if len(people) != 1 or people & found:
                continue
            (person,) = people
            if not self._named(result.records, person):
                return self._contradicted(body, slot, person, found, result)
            on_record = ", ".join(sorted(self.name_of(item) for item in found))
            part = PartResult(f"who ({slot.place})", slot.text, person, Status.differs, on_record)
            return result.with_part(
                part, Verdict.unverified, f"The record names {on_record} there, not {slot.text}."
            )
        return result

    def stand_in(self, atoms: list[CheckResult]) -> CheckResult | None:
        """'Ann and Bo signed it' when the record has Cy and Bo: of doers named together, one
        the record backs and one it does not name where one other person stands in the same
        record, whose name in the claim's place the record supports. Only for acts whose doers
        are a closed set (the lexicon's `closed_acts`: the signers of a document, the hosts)."""
        backed = [atom for atom in atoms if atom.verdict is Verdict.supported]
        if not backed or len(backed) == len(atoms):
            return None
        closed = load("words").get("closed_acts", [])
        if not any(
            re.search(rf"(?<![a-z]){re.escape(act)}", fold(backed[0].claim)) for act in closed
        ):
            return None  # talks and meetings recur: the record does not say who else held some
        records = [record for atom in backed for record in atom.records]
        claimed = {person for atom in atoms for person in self.people_in(fold(atom.claim))}
        for atom in atoms:
            if atom.verdict is not Verdict.unverified:
                continue
            body = atom.claim.rstrip(".!?")
            first = _name_run(body, 0)
            people = self.people_in(fold(body[:first]))
            if len(people) != 1 or self._named(records, next(iter(people))):
                continue
            others = {person for record in records for person in self._read(record.id)[1]} - claimed
            if len(others) != 1:
                continue
            (other,) = others
            again = self.check_atom(f"{self.name_of(other)}{body[first:]}.")
            if again.verdict is Verdict.supported:
                slot = Slot("by", 0, first, body[:first])
                return self._contradicted(body, slot, next(iter(people)), {other}, again)
        return None

    def _elsewhere(self, body: str, slot: Slot, people: set[str]) -> CheckResult | None:
        """The record that has another person where the claim has this one."""
        (person,) = people
        reduced = self._without(body, slot)
        without = self.check_atom(reduced + ".") if len(reduced.split()) >= 3 else None
        if without is not None and without.verdict is Verdict.supported:
            found = self._record_people(without.records, slot.place)
            if found is not None:
                if self._named(without.records, person):
                    return None  # named elsewhere in the record: the record may not say
                return self._contradicted(body, slot, person, found, without)
        for record in self.closest(reduced + ".", []):
            found = self._record_people([record], slot.place) or set()
            if self._named([record], person):
                return None
            for other in sorted(found):
                swapped = body[: slot.start] + body[slot.start : slot.end].replace(
                    slot.text, self.name_of(other)
                )
                swapped += body[slot.end :]
                result = self.check_atom(swapped + ".")
                if result.verdict is Verdict.supported:
                    return self._contradicted(body, slot, person, {other}, result)
        return None

    def _contradicted(
        self, body: str, slot: Slot, person: str, found: set[str], basis: CheckResult
    ) -> CheckResult:
        on_record = ", ".join(sorted(self.name_of(item) for item in found))
        part = PartResult(f"who ({slot.place})", slot.text, person, Status.differs, on_record)
        label = basis.records[0].label if basis.records else "this subject"
        return basis.with_part(
            part,
            Verdict.contradicted,
            f"The record on {label} differs: {slot.text} (record: {on_record}).",
            body + ".",
        )

    def _without(self, body: str, slot: Slot) -> str:
        if slot.place == "from" and body[slot.start : slot.end].rstrip().endswith(("'s", "’s")):
            return f"{body[: slot.start]}{body[slot.end :].lstrip()}".strip()
        return f"{body[: slot.start].rstrip()} {body[slot.end :].lstrip()}".strip()

    def _named(self, records: list[MatchedRecord], person: str) -> bool:
        return any(person in self._read(record.id)[1] for record in records)

    def _record_people(self, records: list[MatchedRecord], place: str) -> set[str] | None:
        """Everyone the deciding records name in this place; None when they name nobody there."""
        found: set[str] = set()
        for record in records:
            found |= self._read(record.id)[0].get(place, set())
        return found or None

    def _read(self, record_id: str) -> tuple[dict[str, set[str]], set[str]]:
        """Who a record names in each place, and everyone it names; read once a record."""
        known = self._cache.get(record_id)
        if known is None:
            places: dict[str, set[str]] = {}
            everyone: set[str] = set()
            for text in self.record_texts(record_id):
                everyone |= self.people_in(fold(text))
                for slot in slots(text):
                    places.setdefault(slot.place, set()).update(self.people_in(fold(slot.text)))
            known = self._cache[record_id] = (places, everyone)
        return known
