"""Time between events: dates as written, durations since an event, intervals between two."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kgvn.claims import (
    NUMBER_WORDS,
    Claim,
    DateSpan,
    Hedge,
    _hedge_before,
)
from kgvn.dates import date_bounds
from kgvn.records import (
    Event,
)
from kgvn.text import fold, word_pattern
from kgvn.vocabulary import EventKind

if TYPE_CHECKING:
    pass


from kgvn.check.base import CheckerBase
from kgvn.check.compare.backing import _rephrase
from kgvn.check.compare.readers import (
    _written,
    _years_between,
)
from kgvn.check.compare.slots import (
    amount_agrees,
    date_agrees,
)
from kgvn.check.lexicon import (
    EVENT_KIND_WORDS,
    GENERIC,
)
from kgvn.check.result import (
    Status,
    _Outcome,
)

#: "four months after", "a year before": a time between two events.
_RELATIVE = re.compile(
    r"\b(?P<within>within\s+)?(?P<num>\d+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|a|an)[-\s](?P<unit>day|week|fortnight|month|year|decade)s?\s+"
    r"(?P<way>after|before|later than|earlier than|following|(?(within)of|(?!)))\b"
)


#: Nothing but a hedge before a relative time that opens the sentence: "Less than", "Some".
_LEAD_HEDGE = re.compile(
    r"\s*(?:(?:just|a little|slightly|more|less|fewer|than|about|around|nearly|almost|some"
    r"|roughly|over|under|approximately|barely|only)\s+)*"
)


#: "on the very day it was declared", "on the same day as the talks": no time between two events.
_SAME_DAY_AS = re.compile(r"\bon the (?:very |same )day (?:that |when |as )?(?P<rest>[^,;.]+)")


#: "the year after", "the following month", "the same year": calendar units between two events.
_CALENDAR = re.compile(
    r"\bthe (?P<unit>year|month) (?P<way>after|before)\b"
    r"|\bthe (?P<way2>following|next|previous|prior) (?P<unit2>year|month)\b"
    r"|\bthe same (?P<unit3>year|month|day)\b"
)


#: "By 2026", "by the end of 2025": a target, not the date something happened.
_DEADLINE = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$")


#: "By October 2024, X had …": a state reached by a past date, an as-of date, not a target.
_PAST_BY = re.compile(r"\bhad\b(?!\s+(?:hoped|planned|aimed|intended|expected|pledged)\b)")


#: Verbs that date a beginning, which a figure "as of" a date does not tell.
_SINCE_WHEN = re.compile(
    r"\b(?:licen[cs]ed|founded|launched|registered|approved|established|set up|opened|built"
    r"|(?:began|started|begun|commenced) (?:operating|operations|production|work))\b"
)


#: "after", "before", "following": the words after them may name another event, with its date.
_SEQUENCE = re.compile(r"\b(?:after|before|following|ahead of|prior to)\b")
#: ", ahead of Ann's visit": a closing phrase that puts the claim's event before or after another.
ORDER_TAIL = re.compile(
    r",\s+(?:just\s+|shortly\s+|days\s+|weeks\s+)?(?P<way>before|after|ahead\s+of|prior\s+to"
    r"|following|in\s+the\s+run-up\s+to)\s+(?=[^,;]*$)"
)


#: "On the first day of his visit": a day counted within the doer's visit.
_VISIT_DAY = re.compile(
    r"\bon\s+the\s+(?P<nth>first|second|third|last|final|opening|closing)\s+day\s+of\s+"
    r"(?:his|her|their|the)\s+(?:[a-z'’-]+\s+){0,3}?(?:visit|trip|stay)\b"
)
_DAY_INDEX = {"first": 0, "opening": 0, "second": 1, "third": 2}


class TimingChecks(CheckerBase):
    def _visit_day_part(
        self, claim: Claim, outcome: _Outcome, event: Event
    ) -> list[tuple[int, int]]:
        """'Met X on the first day of his visit': the day counted within the one visit of the
        event's people, compared with the event's date. Returns the span compared."""
        match = _VISIT_DAY.search(claim.folded)
        if match is None or event.kind is EventKind.visit or len(event.date) != 10:
            return []
        visits = [
            item
            for item in self.store.events
            if item.kind is EventKind.visit
            and set(item.participants) & set(event.participants)
            and len(item.end or item.date) == 10
        ]
        if len(visits) != 1:
            return []
        visit, nth = visits[0], match.group("nth")
        first, last = date_bounds(visit.date)[0], date_bounds(visit.end or visit.date)[0]
        day = last if nth not in _DAY_INDEX else first + dt.timedelta(days=_DAY_INDEX[nth])
        agrees = day <= last and date_bounds(event.date)[0] == day
        outcome.records.append(visit)
        shown = f"{event.date} (the visit: {visit.date} – {visit.end or visit.date})"
        outcome.add("date", nth, day.isoformat(), _status(agrees), shown)
        return [match.span()]

    def _other_dates(self, claim: Claim, outcome: _Outcome, event: Event) -> None:
        """'…came on 27 December, less than four months after X declared independence on 31
        August': a date written after 'after' (in the same phrase) is the other event's, so it
        is compared with that event's date, not with the one the claim is about."""
        match = _RELATIVE.search(claim.folded) or _SEQUENCE.search(claim.folded)
        if match is None:
            return
        end = match.end()
        stop = re.search(r"[,;]", claim.folded[end:])
        phrase = claim.folded[end : end + stop.start() if stop else len(claim.folded)]
        spans = [
            span
            for span in claim.dates
            if fold(span.text) in phrase and claim.folded.find(fold(span.text)) >= end
        ]
        spans += [
            DateSpan(f"{year:04d}", None, str(year))
            for year in claim.years
            if re.search(rf"\b{year}\b", phrase)
        ]
        other = self._other_event(phrase, event) if spans else None
        if other is None:
            return
        named = self._kind_named(phrase, event)
        for span in spans:
            # of the events the words may name ('talks' are also phone talks), one on that date
            fits = [
                item for item in named if date_agrees(span, item.date, item.end) is Status.agrees
            ]
            found = fits[0] if fits else other
            outcome.records.append(found)
            shown = found.date if found.end is None else f"{found.date} – {found.end}"
            outcome.add(
                "date", span.text, span.start, date_agrees(span, found.date, found.end), shown
            )

    def _order_part(self, claim: Claim, outcome: _Outcome, event: Event) -> None:
        """'…on May 2, ahead of Ann's visit': the other event the closing phrase names must come
        after the claim's (or before it, for 'after' and 'following'). Of the events its words
        may name, one with the people it names, or else with people of the claim's own event
        ('before the two leaders held talks'); the same day gives no order."""
        match = ORDER_TAIL.search(claim.folded)
        if match is None:
            return
        rest = claim.folded[match.end() :]
        found = self._kind_named(rest, event)
        if not self._people_in(rest) and len(found) > 1:
            found = [item for item in found if set(item.participants) & set(event.participants)]
        if len(found) != 1 or found[0].date[:10] == event.date[:10]:
            return
        other = found[0]
        first, second = date_bounds(event.date)[0], date_bounds(other.date)[0]
        before = not match.group("way").startswith(("after", "following"))
        agrees = first < second if before else first > second
        outcome.records.append(other)
        outcome.others.append(other)
        shown = f"{event.date} and {other.date}"
        outcome.add("order", match.group("way"), match.group("way"), _status(agrees), shown)

    def _kind_named(self, rest: str, event: Event) -> list[Event]:
        """Every other event of a kind the words name, with the people they name if any."""
        words = set(re.findall(r"[a-z]+", _rephrase(rest))) - GENERIC
        kinds = {kind for kind, listed in EVENT_KIND_WORDS.items() if words & set(listed.split())}
        named = self._people_in(rest)
        return [
            item
            for item in self.store.events
            if item.kind in kinds and item is not event and named <= set(item.participants)
        ]

    def _relative_part(
        self, claim: Claim, outcome: _Outcome, event: Event
    ) -> list[tuple[int, int]]:
        """'Less than four months after it was declared': the time between two events on record,
        the other one named by the lexicon's words for its kind. Returns the spans compared."""
        match = _RELATIVE.search(claim.folded)
        if match is None:
            same = _SAME_DAY_AS.search(claim.folded)
            if same is not None:
                return self._same_day_part(same, outcome, event)
            return self._calendar_part(claim, outcome, event)
        rest = claim.folded[match.end() :]
        if _LEAD_HEDGE.fullmatch(claim.folded[: match.start()]) and "," in rest:
            # "Less than three weeks before X arrived, Y …": the other event ends at the comma
            rest = rest[: rest.index(",")]
        other = self._other_event(rest, event)
        if other is None:
            return []
        lengths = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25}
        lengths["decade"] = 3652.5
        number = match.group("num")
        claimed = float(number) if number.isdigit() else float(NUMBER_WORDS.get(number, 1))
        unit = lengths[match.group("unit")]
        gap = (date_bounds(event.date)[0] - date_bounds(other.date)[0]).days
        if match.group("way") in ("before", "earlier than"):
            gap = -gap
        hedge = (
            Hedge.at_most if match.group("within") else _hedge_before(claim.folded, match.start())
        )
        if match.group("within"):
            gap = abs(gap)  # "within a year of": on either side
        actual = gap / unit
        if gap < 0:
            agrees = False
        elif hedge is Hedge.exact:
            # "a month after" for 17 days rounds to one month, yet is off by nearly half of it;
            # years are said more loosely ("in 1992, a year after" nine months on) than weeks
            slack = 0.3 if match.group("unit") in ("year", "decade") else 0.2
            agrees = round(actual) == round(claimed) and abs(actual - claimed) <= slack * claimed
        else:
            agrees = amount_agrees(claimed, hedge, actual)
        outcome.records.append(other)
        written = claim.folded[match.start() : match.start("way")].strip()
        outcome.add(
            "interval",
            _written(claim, written),
            claimed,
            Status.agrees if agrees else Status.differs,
            f"{abs(gap)} days from {min(event.date, other.date)} to {max(event.date, other.date)}"
            " (computed)",
        )
        return [match.span()]

    def _same_day_part(
        self, same: re.Match[str], outcome: _Outcome, event: Event
    ) -> list[tuple[int, int]]:
        """'On the very day it was declared': the other event, named by its kind's words, on
        the same day; days apart differ, a date known only to the month or year stays open."""
        other = self._other_event(same.group("rest"), event)
        if other is None:
            return []
        first, last = date_bounds(event.date), date_bounds(other.date)
        if first[1] < last[0] or last[1] < first[0]:
            status = Status.differs
        elif first[0] == first[1] == last[0] == last[1]:
            status = Status.agrees
        else:
            status = Status.not_on_record
        gap = abs((first[0] - last[0]).days)
        outcome.records.append(other)
        low, high = sorted((event.date, other.date))
        outcome.add(
            "interval", "the same day", 0, status, f"{gap} days from {low} to {high} (computed)"
        )
        return [same.span()]

    def _other_event(self, rest: str, event: Event) -> Event | None:
        """The one other event the words after a relative time name, by its kind's words (set
        phrases read as their plain words: 'ties were set up' names an establishment)."""
        words = re.findall(r"[a-z]+", _rephrase(rest))
        first: dict[EventKind, int] = {}
        named_times: dict[EventKind, int] = {}
        for kind, kind_words in EVENT_KIND_WORDS.items():
            places = [
                at
                for at, word in enumerate(words)
                if word in kind_words.split() and word not in GENERIC  # not 'held', 'came'
            ]
            if places:
                first[kind], named_times[kind] = min(places), len(places)
        # the kind named first: 'the year after Utopia recognised its independence'; of several
        # events of that kind, the one whose participants the words name
        named = self._people_in(rest)
        # a word several kinds list ('talks': a meeting's or a call's) names them all at once,
        # unless the words name one of them more often ('talks by phone': the call)
        for at in sorted(set(first.values())):
            tied = {kind for kind, place in first.items() if place == at}
            most = max(named_times[kind] for kind in tied)
            kinds = {kind for kind in tied if named_times[kind] == most}
            others = [
                item for item in self.store.events if item.kind in kinds and item is not event
            ]
            if len(others) > 1 and named:
                others = [item for item in others if named <= set(item.participants)]
            for _, _, holders in self._role_mentions(rest) if len(others) > 1 else ():
                others = [item for item in others if holders & set(item.participants)]
            if len(others) > 1 and (either := self._either_side(rest)):
                others = [item for item in others if either & set(item.participants)]
            if len(others) == 1:
                return others[0]
            if event.kind not in kinds:
                return None
        return None

    def _either_side(self, rest: str) -> set[str]:
        """The holders, on either side, of the roles named with no country ('before the prime
        minister's visit'): of several events, the one they took part in is the one meant."""
        found: set[str] = set()
        taken: list[tuple[int, int]] = []
        for phrase, title in sorted(self.role_words, key=lambda item: -len(item[0])):
            for match in word_pattern(phrase).finditer(rest):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue  # 'prime minister' within 'deputy prime minister'
                taken.append(match.span())
                for side in self.places.codes:
                    found |= self._holders(title, side, phrase)
        return found

    def _calendar_part(
        self, claim: Claim, outcome: _Outcome, event: Event
    ) -> list[tuple[int, int]]:
        """'The year after it was declared', 'the same year': calendar years (or months)."""
        match = _CALENDAR.search(claim.folded)
        if match is None:
            return []
        other = self._other_event(claim.folded[match.end() :], event)
        if other is None:
            return []
        unit = match.group("unit") or match.group("unit2") or match.group("unit3")
        way = match.group("way") or match.group("way2") or "same"
        step = {"after": 1, "following": 1, "next": 1, "before": -1, "previous": -1, "prior": -1}
        wanted = step.get(way, 0)
        length = {"year": 4, "month": 7}.get(unit, 10)
        if len(event.date) < length or len(other.date) < length:
            return []

        def index(date: str) -> int:
            if unit == "day":  # 'the same day as the talks': the two dates, day for day
                return dt.date.fromisoformat(date[:10]).toordinal()
            return int(date[:4]) * (1 if unit == "year" else 12) + (
                int(date[5:7]) - 1 if unit == "month" else 0
            )

        gap = index(event.date) - index(other.date)
        outcome.records.append(other)
        outcome.add(
            "interval",
            _written(claim, match.group()),
            wanted,
            Status.agrees if gap == wanted else Status.differs,
            f"{event.date[:length]} and {other.date[:length]}",
        )
        return [match.span()]

    def _age_parts(self, claim: Claim, outcome: _Outcome, event: Event) -> None:
        """'For more than three decades': years from the event to the articles' latest date."""
        dated = [source.published for source in self.store.sources if source.published]
        if not dated:
            return
        latest = max(dated)
        years = _years_between(event.date, latest)
        now = _years_between(event.date, self.today.isoformat())
        intervals = " ".join(fold(part.text) for part in outcome.parts if part.kind == "interval")
        for count in claim.counts:
            if fold(count.text) in intervals or _anchored(claim.folded, fold(count.text)):
                continue  # a time between two events, or a span counted from something else
            scale = (
                10 if count.noun.startswith("decade") else 1 if count.noun.startswith("year") else 0
            )
            if not scale:
                continue
            claimed = count.value * scale
            if claim.has("ago") and count.hedge is Hedge.exact:
                agrees = years <= claimed <= now
                shown = f"{years} to {now} years from {event.date} (computed)"
            else:
                agrees = amount_agrees(claimed, count.hedge, years)
                shown = f"{years} years from {event.date} to {latest} (computed)"
            status = Status.agrees if agrees else Status.differs
            outcome.add("duration", count.text, claimed, status, shown)

    def _closest_event(self, events: Sequence[Event], claim: Claim) -> Event:
        def distance(event: Event) -> int:
            first = date_bounds(event.date)[0]
            targets = [
                date_bounds(item.start)[0]
                for item in claim.dates
                if not item.start.startswith("--")
            ]
            targets += [dt.date(year, 1, 1) for year in claim.years]
            return min(abs((first - target).days) for target in targets) if targets else 0

        return min(events, key=distance)

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
        spans = list(claim.dates) + [
            DateSpan(f"{year:04d}", None, str(year)) for year in claim.years
        ]
        for first, last in claim.year_ranges:
            spans.append(DateSpan(f"{first:04d}", f"{last:04d}", f"{first}–{last}"))
        compared = {part.text for part in outcome.parts if part.kind == "date"}
        for span in spans:
            if span.text in compared:
                continue
            if start is None or (
                _DEADLINE.search(claim.folded[: claim.folded.find(fold(span.text))])
                and not _PAST_BY.search(claim.folded)
            ):
                # no date on record, or a date the claim sets as a target ('by 2026')
                outcome.add("date", span.text, span.start, Status.not_on_record)
                continue
            status = date_agrees(span, start, end)
            if as_of and status is Status.differs and _began(claim.folded, span.text):
                # 'licensed in 2018', 'running since 2019': when it began, which a count as of
                # a date does not say
                status = Status.not_on_record
            if as_of and status is Status.not_on_record:
                status = Status.agrees if span.start[:7] == start[:7] else status
            if since and status is Status.differs and span.start[:4] == start[:4]:
                status = Status.agrees
            if (
                status is Status.differs
                and span.start < start[: len(span.start)]
                and _bound(claim.folded, span.text)
            ):
                # 'their first talks since 2020': a bound the record's later date keeps to
                status = Status.not_on_record
            outcome.add(
                "date", span.text, span.start, status, start if end is None else f"{start} – {end}"
            )
        if not spans and not allow_missing:
            outcome.add("date", "(no date)", None, Status.not_on_record)


def _bound(folded: str, text: str) -> bool:
    """Whether a date bounds a stretch with no such event ('their first talks since 2020'), not
    the date of the event, nor the start of a state ('ties since 1992')."""
    at = folded.find(fold(text))
    before = folded[:at] if at > 0 else ""
    since = re.search(r"\bfirst\b[^,;]*\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$", before)
    return since is not None


def _began(folded: str, text: str) -> bool:
    """Whether a date says when something began: after a verb of beginning, or 'since'."""
    at = folded.find(fold(text))
    since = re.search(r"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$", folded[: max(at, 0)])
    return _SINCE_WHEN.search(folded) is not None or since is not None


def _anchored(folded: str, count: str) -> bool:
    """'Three years after the fall of X', 'the first contact in five years': a span counted from
    something else, not the event's age."""
    at = folded.find(count)
    if at < 0:
        return False
    after = folded[at + len(count) :].lstrip()
    before = folded[:at].rstrip()
    if re.match(r"(?:after|before|following|prior|later|earlier)\b", after):
        return True
    return bool(re.search(r"\b(?:in|within)$", before) and re.search(r"\bfirst\b", folded))


def _status(agrees: bool) -> Status:
    return Status.agrees if agrees else Status.differs
