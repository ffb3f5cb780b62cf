"""Slots a claim states in words rather than figures: quantifiers, time of day, mode, existence.
Each comparator reads one slot from the claim and from the deciding records' words and says
whether they agree; all share one small interface (`SlotComparator`), so a new kind of slot is a
new class and a line in `COMPARATORS`. The words are the lexicon's (`words.json`)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from kgvn.check.compare.lengths import LengthInUnits
from kgvn.check.compare.regions import OwnedBody, Region, TopRank
from kgvn.check.compare.yearsback import years_back
from kgvn.check.lexicon import DOER_STEMS, load, stem
from kgvn.check.result import PartResult, Status
from kgvn.claims import Claim, Count, Hedge, parse_claim
from kgvn.records import Agreement, Event, Organisation, Record
from kgvn.text import fold, word_pattern
from kgvn.vocabulary import AgreementStatus, EventKind

_WORDS = load("words")


class SlotComparator(Protocol):
    """One kind of slot: its reading in the claim against its reading in the records."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]: ...


def _says(folded: str, phrase: str) -> re.Match[str] | None:
    return _pattern(phrase).search(folded)


def _pattern(phrase: str) -> re.Pattern[str]:
    return word_pattern(fold(phrase))


def _reading(folded: str, table: dict[str, list[str]]) -> tuple[str, str] | None:
    """(the table's key, the words as found) for the first key whose words the text uses."""
    for key, phrases in table.items():
        for phrase in phrases:
            found = _says(folded, phrase)
            if found is not None:
                return key, found.group()
    return None


_EXCLUSIVE = tuple(re.compile(pattern) for pattern in _WORDS.get("exclusive_patterns", []))


class Quantifier:
    """'The only country' against 'among the few countries': exclusivity must be the record's."""

    table: dict[str, list[str]] = _WORDS["quantifiers"]
    #: 'the sole CIS country', 'its lone partner state': exclusive, whatever words come between.
    patterns = _EXCLUSIVE

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        claimed = _reading(claim.folded, self.table)
        if claimed is None:  # 'one of only a handful of countries' is 'few', not 'only'
            found = next(
                (p.search(claim.folded) for p in self.patterns if p.search(claim.folded)), None
            )
            if found is not None:
                claimed = ("exclusive", found.group())
        if claimed is None or claimed[0] != "exclusive":
            return []
        on_record = _reading(text, self.table)
        if on_record is None:
            status = Status.not_on_record
        else:
            status = Status.agrees if on_record[0] == "exclusive" else Status.differs
        shown = on_record[1] if on_record else None
        return [PartResult("quantifier", claimed[1], claimed[0], status, shown)]


#: "Covered only education": a verb, then "only" and what it limits the claim to.
_ONLY = re.compile(
    r"(?<![a-z])(?<!the )(?<!not )(?<!'s )only\s+(?!(?:one|two|three|four|five)\b)"
    r"(?P<item>[a-z][a-z -]{2,40}?)\s*(?=$|[.,;])"
)

#: ", legal affairs and civil aviation": more things of the list "only" opens.
_LIST_GOES_ON = re.compile(r"(?:,\s*[a-z][a-z -]{2,40}?)*,?\s+and\s+[a-z][a-z -]{2,40}?(?=$|[.,;])")


#: "Covered education only".
_ONLY_AFTER = re.compile(r"(?<=[a-z] )(?P<item>[a-z-]{3,}) only\s*(?=$|[.,;])")


def _longer_list(item: str, records: Sequence[Record]) -> str | None:
    """A list a record holds ('fields', 'products': any list of words) that has every one of
    the claim's things ('education and legal affairs') and more, as the record gives it."""
    things = [piece.strip() for piece in re.split(r",|\band\b", item) if piece.strip()]
    for record in records:
        slots = {name for kind in type(record).__mro__ for name in getattr(kind, "__slots__", ())}
        for value in (getattr(record, name, None) for name in sorted(slots)):
            if not isinstance(value, (list, tuple)) or not all(
                isinstance(one, str) for one in value
            ):
                continue
            found = {
                at for thing in things for at, one in enumerate(value) if fold(one) == fold(thing)
            }
            if len(found) == len(things) and len(value) > len(things):
                return ", ".join(value)
    return None


class OnlyOf:
    """'Covered only education' against a record that lists education with other things."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        folded = claim.folded.rstrip(". ")
        found = _ONLY.search(folded) or _ONLY_AFTER.search(folded)
        if found is None:
            return []
        item = found.group("item")
        # "only education, legal affairs and civil aviation": the list goes on past its commas
        more = _LIST_GOES_ON.match(folded[found.end() :]) if found.re is _ONLY else None
        if more is not None:
            item += more.group()
        words = item.split()
        if words[0] in _TAIL or words[0] in self.skipped or any(w.isdigit() for w in words):
            return []
        if " and " in item or " or " in item:
            # several things and nothing else: a record's list that holds them all and more
            # contradicts it; anything else is not read, so not backed
            longer = None if " or " in item else _longer_list(item, records)
            status = Status.not_on_record if longer is None else Status.differs
            return [PartResult("quantifier", f"only {item}", "only", status, longer)]
        for match in _pattern(item).finditer(text):
            before = text[max(0, match.start() - 30) : match.start()]
            after = text[match.end() : match.end() + 30]
            if re.search(r"(?:,|\band)\s+[a-z -]{2,25}$", before) or re.match(
                r"\s*(?:,\s+|\s+and\s+)[a-z]", after
            ):
                listed = before.split(".")[-1] + match.group() + after.split(".")[0]
                listed = re.sub(r"^\S*\s|\s\S*$", "", listed).strip()
                return [PartResult("quantifier", found.group(), "only", Status.differs, listed)]
        return []

    skipped = frozenset(
        {"after", "before", "once", "when", "if", "by", "with", "to", "in", "on", "two", "three"}
        | {"four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "some"}
    )


class TimeOfDay:
    """'On the afternoon of March 6' against 'on March 6 morning'."""

    table: dict[str, list[str]] = _WORDS["times_of_day"]

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        folded = claim.folded
        words = {
            key: [phrase for phrase in phrases if len(phrase) > 3]
            for key, phrases in self.table.items()
        }
        claimed = _reading(folded, words)
        if claimed is None:
            return []
        on_record = _reading(text, words)
        if on_record is None:
            status = Status.not_on_record
        else:
            status = Status.agrees if on_record[0] == claimed[0] else Status.differs
        return [
            PartResult(
                "time of day", claimed[1], claimed[0], status, on_record[0] if on_record else None
            )
        ]


class Mode:
    """'Met in person' against a phone call, 'by phone' against talks held face to face."""

    table: dict[str, list[str]] = _WORDS["modes"]

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        # both modes may be said ("the phone call was held in person"): each is compared
        said = [
            _reading(claim.folded, {"by phone": self.table["by phone"]}),
            _reading(
                claim.folded,
                {
                    "in person": [
                        item
                        for item in self.table["in person"]
                        if "person" in item or "face" in item
                    ]
                },
            ),
        ]
        found = [item for item in said if item is not None]
        if not found:
            return []
        events = [record for record in records if isinstance(record, Event)]
        phoned = any(event.kind is EventKind.phone_call for event in events) or bool(
            _says(text, "phone") or _says(text, "telephone")
        )
        met = any(
            event.kind
            in (
                EventKind.talks,
                EventKind.reception,
                EventKind.ceremony,
                EventKind.signing,
                EventKind.visit,
                EventKind.exhibition,
            )
            for event in events
        )
        if phoned == met:
            return [PartResult("mode", text, key, Status.not_on_record) for key, text in found]
        on_record = "by phone" if phoned else "in person"
        return [
            PartResult(
                "mode", text, key, Status.agrees if key == on_record else Status.differs, on_record
            )
            for key, text in found
        ]


#: Nouns for what a signing produces: "no agreements were signed" is denied by any signing.
_SIGNED_NOUNS = ("agree", "docum", "deal", "treat", "accor", "pact", "memor", "mou")


class Existence:
    """'No agreements were signed' against a record of documents signed."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        parts = []
        for count in claim.counts:
            if count.value != 0 or not count.noun:
                continue
            stem = fold(count.noun)[:5]
            signed_kind = stem.startswith(_SIGNED_NOUNS)
            done = [
                record
                for record in records
                if (
                    (isinstance(record, Event) and record.kind is EventKind.signing)
                    or (
                        isinstance(record, Agreement)
                        and record.status in (AgreementStatus.signed, AgreementStatus.in_force)
                    )
                )
                and (signed_kind or stem in text)
            ]
            if done:
                parts.append(PartResult("count", count.text, 0.0, Status.differs, "signed"))
        return parts


class Span:
    """'Tripled in two years, from 2022 to 2024': a count of years the claim's own years give."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        years = sorted({*claim.years, *(year for pair in claim.year_ranges for year in pair)})
        back = years_back(claim)
        if back is not None:  # 'tripled in two years to 2024': from 2022, as the change is read
            years = [years[0] - back, years[0]]
        if len(years) != 2:
            return []
        return [
            PartResult("period", count.text, count.value, Status.agrees, f"{years[0]}–{years[1]}")
            for count in claim.counts
            if count.noun.startswith("year")
            and count.value in (years[1] - years[0], years[1] - years[0] + 1)
        ]


class Sequence_:
    """'Toured X after the talks' against a record of touring it before them: the order."""

    table: dict[str, list[str]] = _WORDS["sequence"]

    def _orders(self, folded: str) -> list[tuple[str, str, set[str], set[str]]]:
        """(before/after, the words, the nouns after them, the nouns of the clause before)."""
        found = []
        for key, phrases in self.table.items():
            for phrase in phrases:
                for match in _pattern(phrase).finditer(folded):
                    after = folded[match.end() : match.end() + 60]
                    start = max(folded.rfind(mark, 0, match.start()) for mark in ".;,")
                    head_words = re.findall(r"[a-z]+", folded[start + 1 : match.start()])[-8:]
                    if not head_words and start > 0:  # ', after X': the clause before the comma
                        before = max(folded.rfind(mark, 0, start) for mark in ".;,")
                        head_words = re.findall(r"[a-z]+", folded[before + 1 : start])[-8:]
                    comma = after.find(",")
                    if (
                        folded[start : start + 1] != ","
                        and comma > 0
                        and after[:comma].count(" ") < 7
                    ):
                        # "Following the ceremony, the talks began": the later thing is the clause
                        # after the comma (quotes run together: both readings are kept)
                        clause = re.split(r"[.;,]", folded[match.end() + comma + 1 :])[0]
                        fronted = re.findall(r"[a-z]+", after[:comma])
                        later = {stem(w) for w in re.findall(r"[a-z]+", clause)[:8] if len(w) > 3}
                        first = {stem(w) for w in fronted if len(w) > 3 and w not in _TAIL}
                        found.append((key, match.group(), first, later - _OPENERS - first))
                    elif not head_words:  # "Before their talks the two toured X": no comma
                        words = re.findall(r"[a-z]{4,}", re.split(r"[.;]", after)[0])
                        words = [stem(word) for word in words if word not in _TAIL]
                        if len(words) > 1:  # the first noun is the earlier thing
                            later = set(words[1:9]) - _OPENERS - {words[0]}
                            found.append((key, match.group(), {words[0]}, later))
                    # the thing after the word ends with its sentence
                    tail = re.findall(r"[a-z]+", re.split(r"[.;]", after)[0])[:6]
                    nouns = {stem(word) for word in tail if len(word) > 3 and word not in _TAIL}
                    head = {stem(word) for word in head_words if len(word) > 3}
                    found.append((key, match.group(), nouns, head - _OPENERS - nouns))
        return found

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        parts = []
        on_record = self._orders(text)
        for key, words, nouns, head in self._orders(claim.folded):
            same = [item for item in on_record if item[2] & nouns]
            turned = [item for item in on_record if item[3] & nouns and item[2] & head]
            if turned and not any(item[3] & head for item in same):
                # both sides of the claim found the other way round: that outweighs a reading
                # that matches the thing after the word alone
                status = Status.differs if turned[0][0] == key else Status.agrees
                parts.append(PartResult("sequence", words, key, status, turned[0][1]))
                continue
            if same:
                agrees = any(item[0] == key for item in same)
                status = Status.agrees if agrees else Status.differs
                parts.append(PartResult("sequence", words, key, status, same[0][1]))
                continue
            # the thing the claim puts after the word is what the record puts before it, and
            # the thing the claim puts before it is what the record puts after: the other order
            turned = [item for item in on_record if item[3] & nouns and item[2] & head]
            if turned:
                status = Status.differs if turned[0][0] == key else Status.agrees
                parts.append(PartResult("sequence", words, key, status, turned[0][1]))
        return parts


def _interval(value: float, hedge: Hedge, round_figure: bool) -> tuple[float, float, bool]:
    """The years a duration written with `hedge` may mean: (low, high, low bound open)."""
    if hedge is Hedge.exact:
        spread = 5.0 if round_figure else 0.0  # 'three decades' is a round figure
        return value - spread, value + spread, False
    if hedge is Hedge.about:
        return value * 0.9, value * 1.1, False
    if hedge is Hedge.nearly:
        return value * 0.85, value - 0.01, False
    if hedge is Hedge.more_than:
        return value, math.inf, True
    if hedge is Hedge.at_least:
        return value, math.inf, False
    if hedge is Hedge.less_than:
        return 0.0, value - 0.01, False
    return 0.0, value, False


def _years(count: Count) -> tuple[float, float, bool] | None:
    noun = count.noun.lower()
    if noun.startswith("decade"):
        low, high, open_low = _interval(count.value * 10, count.hedge, True)
        if count.hedge is Hedge.more_than:
            high = count.value * 10 + 9.99  # 'more than three decades' is not four
        return low, high, open_low
    if noun.startswith("year"):
        return _interval(count.value, count.hedge, False)
    return None


@cache
def _record_durations(text: str) -> tuple[tuple[float, float, bool, str], ...]:
    found = ((_years(count), count.text) for count in parse_claim(text).counts)
    return tuple((*item, shown) for item, shown in found if item is not None)


class Duration:
    """'Over more than 30 years' against 'more than three decades'; 'nearly two decades'
    differs: the years each may mean, the claim's holding the record's to agree."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        parts: list[PartResult] = []
        if len({*claim.years, *(year for pair in claim.year_ranges for year in pair)}) >= 2:
            return parts  # 'the five years from 2017 to 2021': a period, for `Span`
        claims = [(count, claimed) for count in claim.counts if (claimed := _years(count))]
        on_record = _record_durations(text) if claims else ()
        for count, claimed in claims:
            if not on_record:
                continue
            low, high, open_low = claimed
            status, shown = Status.differs, on_record[0][3]
            for first, last, open_first, written in on_record:
                inside = (low < first or (low == first and (open_first or not open_low))) and (
                    last <= high
                )
                apart = high < first or last < low or (high == first and open_first)
                if inside:
                    status, shown = Status.agrees, written
                    break
                if not apart:
                    status = Status.not_on_record
            parts.append(PartResult("count", count.text, count.value, status, shown))
        return parts


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Weekday:
    """'Friday, 6 March 2025': a claim that writes a date and a day of the week must name the day
    that date fell on. A weekday with no date is compared with the deciding records' dates after
    the rest of the claim is decided (`weekdays.py`)."""

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        named = [day for day in _WEEKDAYS if re.search(rf"\b{day}\b", claim.folded)]
        written = [span.start for span in claim.dates if len(span.start) == 10 and not span.end]
        if len(named) != 1 or not written:
            return []
        day = named[0]
        date = written[0]
        if date.startswith("--"):  # no year written: the year of the record on that day
            dated = [
                date_on_record
                for record in records
                if isinstance(date_on_record := getattr(record, "date", None), str)
                and len(date_on_record) == 10
            ]
            years = [start[:4] for start in dated if start[4:] == date[1:]]
            if not years:
                return [PartResult("weekday", day, day, Status.not_on_record)]
            date = years[0] + date[1:]
        fell_on = _weekday(date)
        status = Status.agrees if fell_on == day else Status.differs
        return [PartResult("weekday", day, day, status, f"{date} was a {fell_on}")]


def _weekday(date: str) -> str:
    return _WEEKDAYS[dt.date.fromisoformat(date).weekday()]


_TAIL = frozenset(_WORDS["function_words"]) | {"began", "begin", "ended", "held", "their"}
_OPENERS = frozenset(stem(word) for word in _TAIL) | {"took", "place"} | DOER_STEMS


COMPARATORS: tuple[SlotComparator, ...] = (
    Quantifier(),
    TimeOfDay(),
    Mode(),
    Existence(),
    Span(),
    Sequence_(),
    OnlyOf(),
    Duration(),
    Weekday(),
    Region(),
    TopRank(),
    LengthInUnits(),
)


_SOLELY = r"(?:solely|only|exclusively|entirely|just)"
_JOINTLY = r"(?:jointly|together|also|mainly|largely)"  # 'organised jointly by A and B'


class Organiser:
    """'Organised by the Ministry of Foreign Affairs' against a record organised by others: each
    body a claim says organised or staged something must be among the record's."""

    verbs = r"(?:co-)?organi[sz]ed|staged|arranged|sponsored|put together|funded"
    nouns = re.compile(_WORDS.get("body_nouns_pattern", r"(?!)"))

    def __init__(self, bodies: Sequence[Organisation]) -> None:
        self.names = [
            {fold(name) for name in (body.name, body.abbreviation or "") if name}
            | {fold(alias.name) for alias in body.aliases}
            for body in bodies
        ]

    def _agents(self, folded: str) -> list[str]:
        found = re.search(
            rf"\b(?:{self.verbs}) (?:(?:{_SOLELY}|{_JOINTLY}) )?by (?P<who>[^.;:()]+)", folded
        )
        if found is None:
            return []
        pieces = re.split(r",|\band\b", found.group("who"))
        return [re.sub(r"^\s*(?:the|both)\s+|\s+$", "", piece) for piece in pieces if piece.strip()]

    def compare(self, claim: Claim, text: str, records: Sequence[Record]) -> list[PartResult]:
        agents = self._agents(claim.folded)
        on_record = " ".join(self._agents(text))
        if not agents or not on_record:
            return []
        parts = []
        solely = re.search(rf"\b(?:{self.verbs}) {_SOLELY} by\b", claim.folded)
        if solely and len(agents) < len(self._agents(text)):
            # 'organised solely by A' against a record of A and B
            parts.append(
                PartResult("quantifier", solely.group(), "only", Status.differs, on_record)
            )
        for agent in agents:
            spellings = {agent}.union(*(names for names in self.names if agent in names))
            if any(word_pattern(name).search(on_record) for name in spellings):
                parts.append(PartResult("organiser", agent, agent, Status.agrees, on_record))
            elif len(spellings) > 1 or self.nouns.search(agent):
                parts.append(PartResult("organiser", agent, agent, Status.differs, on_record))
        return parts


def compare_slots(
    claim: Claim, text: str, records: Sequence[Record], bodies: Sequence[Organisation] = ()
) -> list[PartResult]:
    """Every worded slot the claim states, compared with the records' words (folded `text`)."""
    comparators = (*COMPARATORS, Organiser(bodies), OwnedBody(bodies)) if bodies else COMPARATORS
    return [part for comparator in comparators for part in comparator.compare(claim, text, records)]
