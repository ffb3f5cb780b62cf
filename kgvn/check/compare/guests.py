"""Guests and hosts in claims the first check backed: a visit given to the one who received
it ('Ann toured X during her visit', the visit being Bo's), and a guest who is the record's
host ('Ann was welcomed in P', 'Ann was the guest at the ceremony', where Ann did the
welcoming)."""

from __future__ import annotations

import re

from kgvn.check.base import CheckerBase
from kgvn.check.compare.roles import slots
from kgvn.check.result import CheckResult, PartResult, Status, Verdict
from kgvn.check.retrieve.mentions import _people_spans
from kgvn.records import Event, Record
from kgvn.text import fold
from kgvn.vocabulary import EventKind

#: 'during his visit', 'her trip': a visit owned by a pronoun.
_DURING = r"\b(?:during|on|throughout|in\s+the\s+course\s+of|while\s+on|as\s+part\s+of)\s+"
#: 'during his visit', 'on her trip': a visit owned by a pronoun, that the act took place in
#: (not 'arrange his visit', one still to come).
_HIS_VISIT = re.compile(rf"{_DURING}(?:his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:visit|trip|stay|tour)\b")


_A_VISIT = re.compile(r"\b(?:visit|trip|stay|tour)\b")
#: Someone else 'his' may stand for: 'the guest', 'his counterpart', 'the visiting …'.
_ANOTHER = re.compile(r"\b(?:guests?|counterparts?|visitors?|visiting|him|delegation|side)\b")


def _visit_owner(
    folded: str, people: list[tuple[int, int, str]], roles: list[frozenset[str]]
) -> str | None:
    """Whose visit a claim speaks of: the one person before "'s … visit", or the one person it
    names (by name or title) when it says 'his visit' (with two, 'his' may be either's)."""
    for start, end, person in people:
        if re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay)\b", folded[end:]) and (
            re.search(rf"{_DURING}(?:the\s+)?(?:[\w-]+\s+){{0,3}}$", folded[:start])
        ):
            return person
    named = {person for _, _, person in people}
    if len(named) != 1 or any(holders != named for holders in roles):
        return None
    return next(iter(named)) if _HIS_VISIT.search(folded) and not _ANOTHER.search(folded) else None


#: 'Ann was welcomed …', 'Ann and Bo were received …': a one-way act with no doer named.
_GUEST_PASSIVE = re.compile(
    r"^(?P<who>[A-Z][^,;]*?)\s+(?:was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:welcomed|received|hosted|greeted)\b|(?:the|an?)\s+(?:(?:honoured|honored|main)\s+)?"
    r"guests?\s+(?:at\b|of\s+(?:the|a|an)\s+(?=[a-z])))(?![^,;]*\bby\b)"
)


class GuestSlots(CheckerBase):
    """Who was whose guest, read after the first check."""

    _record_by_id: dict[str, Record]
    _texts: dict[str, list[str]]

    def _whose_visit(self, text: str, result: CheckResult) -> CheckResult:
        """'Ann toured the exhibition during her visit' where the record has Ann host it in the
        visit of another (Bo's): the visit given to its host, as the words of a speaker are
        given to one who heard them. Only with a visit on record at that time, which Ann is
        not on, and an event of it she is on."""
        if result.verdict is Verdict.contradicted:
            return result
        folded = fold(text)
        if not _A_VISIT.search(folded):
            return result  # most claims speak of no visit: nothing to read
        roles = [holders for _, _, holders in self._role_mentions(folded)]
        owner = _visit_owner(folded, _people_spans(folded, self.spellings), roles)
        records = [self._record_by_id.get(item.id) for item in result.records]
        if owner is None or any(
            isinstance(record, Event) and record.kind is EventKind.visit for record in records
        ):
            return result
        dates = [  # the days of the records the owner is on: an event's people, or the speakers
            str(getattr(record, "date", "") or "")
            for record in records
            if owner in (getattr(record, "participants", ()) or getattr(record, "speakers", ()))
        ]
        visits = [
            visit
            for visit in self.store.events
            if visit.kind is EventKind.visit
            and any(
                len(day) == 10 and visit.date <= day <= (visit.end or visit.date) for day in dates
            )
        ]
        if not visits or any(owner in visit.participants for visit in visits):
            return result
        whose = "; ".join(self.people[who].name for visit in visits for who in visit.participants
                          if who in self.people)  # fmt: skip
        part = PartResult("whose visit", self.people[owner].name, owner, Status.differs, whose)
        return result.with_part(
            part,
            Verdict.contradicted,
            f"The record has it during the visit of {whose}, whom {self.people[owner].name} "
            "received.",
            text,
        )

    def _passive_guest(self, text: str, result: CheckResult) -> CheckResult:
        """'Ann was welcomed in Utopolis' with no 'by': Ann is the guest; a record whose own
        sentence has Ann doing the welcoming does not back it, so it is left open."""
        found = _GUEST_PASSIVE.match(text.strip())
        if result.verdict is not Verdict.supported or found is None:
            return result
        guests = self._people_in(fold(found["who"]))
        doers: set[str] = set()
        for record in result.records:
            for item in self._texts.get(record.id, []):
                for slot in slots(item):
                    if slot.place == "by":
                        doers |= self._people_in(fold(slot.text))
        hosts = sorted(guests & doers)
        if not hosts:
            return result
        name = self.people[hosts[0]].name
        part = PartResult("who", found["who"], hosts[0], Status.not_on_record, name)
        why = f"The record has {name} doing it, not receiving it."
        return result.with_part(part, Verdict.unverified, why)
