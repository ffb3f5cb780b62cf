"""Checking a claim against the record: supported, contradicted, or unverified, with the quote.

The checker reads the claim (`kgvn.claims`), finds the records it is about by subject words,
names under any spelling and periods, and compares every checkable part. It is conservative on
purpose: calling a false claim supported is the worst error, so whatever it cannot tie to a
record with certainty is `unverified`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from kgvn.claims import Amount, Claim, Count, DateSpan, Hedge, Percent, parse_claim
from kgvn.dates import date_bounds
from kgvn.records import (
    Agreement,
    Event,
    Evidence,
    Investment,
    Person,
    Record,
    Store,
    TradeFigure,
)
from kgvn.text import fold
from kgvn.vocabulary import KIND_OF_COLLECTION, AgreementStatus, EventKind, TradeMeasure


class Verdict(str, Enum):
    supported = "supported"
    contradicted = "contradicted"
    unverified = "unverified"


class Status(str, Enum):
    agrees = "agrees"
    differs = "differs"
    not_on_record = "not-on-record"


@dataclass(frozen=True)
class PartResult:
    """One checkable part of the claim and what the record says of it."""

    kind: str
    text: str
    value: Any
    status: Status
    on_record: str | None = None


@dataclass(frozen=True)
class MatchedRecord:
    id: str
    kind: str
    label: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class CheckResult:
    claim: str
    verdict: Verdict
    explanation: str
    parts: tuple[PartResult, ...] = ()
    records: tuple[MatchedRecord, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `kgvn check --format json`."""
        return {
            "claim": self.claim,
            "verdict": self.verdict.value,
            "explanation": self.explanation,
            "parts": [
                {
                    "kind": part.kind,
                    "text": part.text,
                    "value": part.value,
                    "status": part.status.value,
                    "on_record": part.on_record,
                }
                for part in self.parts
            ],
            "records": [
                {
                    "id": record.id,
                    "kind": record.kind,
                    "label": record.label,
                    "evidence": [
                        {"source": item.source, "quote": item.quote} for item in record.evidence
                    ],
                }
                for record in self.records
            ],
        }


# --- comparing numbers and dates -----------------------------------------------------------------


def amount_agrees(claimed: float, hedge: Hedge, on_record: float, precision: float = 0.0) -> bool:
    """Read a figure the way it was written: '13.5 million' is not 13.4; 'about 14' is ~13.5."""
    if hedge is Hedge.exact:
        # Written to the nearest `precision`: the figure on record must round to the claim.
        return abs(claimed - on_record) < max(precision / 2, abs(on_record) * 1e-9)
    if hedge is Hedge.about:
        return abs(claimed - on_record) <= abs(on_record) * 0.05
    if hedge is Hedge.nearly:
        return on_record <= claimed and claimed - on_record <= abs(on_record) * 0.08
    if hedge is Hedge.more_than:
        return on_record > claimed
    if hedge is Hedge.at_least:
        return on_record >= claimed
    if hedge is Hedge.less_than:
        return on_record < claimed
    return on_record <= claimed  # at most


def count_agrees(claimed: Count, on_record: float, record_is_approximate: bool) -> bool:
    if claimed.hedge is Hedge.exact and record_is_approximate:
        return abs(claimed.value - on_record) <= abs(on_record) * 0.1
    return amount_agrees(claimed.value, claimed.hedge, on_record)


def date_agrees(claimed: DateSpan, start: str, end: str | None) -> Status:
    """Agrees when the claim names the record's date at the claim's precision or coarser."""
    if claimed.start.startswith("--"):  # no year in the claim: compare month and day
        if len(start) < 10:
            return Status.not_on_record
        year = start[:4]
        claimed = DateSpan(
            year + claimed.start[1:], year + claimed.end[1:] if claimed.end else None, claimed.text
        )
    record_first, record_last = date_bounds(start)[0], date_bounds(end or start)[1]
    claim_first, claim_last = (
        date_bounds(claimed.start)[0],
        date_bounds(claimed.end or claimed.start)[1],
    )
    if claim_last < record_first or claim_first > record_last:
        return Status.differs
    record_precision = min(len(start), len(end or start))
    if len(claimed.start) > record_precision:
        return Status.not_on_record
    if claimed.end and end and len(claimed.end) == len(end) and claimed.end != end:
        return Status.differs
    if claim_first <= record_first and claim_last >= record_last:
        return Status.agrees
    return Status.agrees if len(claimed.start) <= len(start) else Status.not_on_record


def usd_text(value: float) -> str:
    if value >= 1_000_000:
        return f"US${value / 1_000_000:,.2f}".rstrip("0").rstrip(".") + " million"
    return f"US${value:,.0f}"


# --- what the claim names ------------------------------------------------------------------------

#: Role words, as folded phrases, and the role titles (folded) they stand for.
ROLE_WORDS: list[tuple[str, str]] = [
    ("state president", "president"),
    ("president", "president"),
    ("prime minister", "prime minister"),
    ("premier", "prime minister"),
    ("pm", "prime minister"),
    ("deputy foreign minister", "deputy foreign minister"),
    ("deputy minister", "deputy"),
    ("foreign minister", "foreign minister"),
    ("general secretary", "general secretary"),
    ("party chief", "general secretary"),
    ("party leader", "general secretary"),
    ("vice chairman", "vice chairman"),
]
PEOPLE_NOUNS = ("people", "persons", "nationals", "citizens", "residents", "members", "vietnamese")
VIETNAM_WORDS = ("vietnam", "viet nam", "vietnamese", "hanoi", "ha noi")
KYRGYZ_WORDS = ("kyrgyz", "kyrgyzstan", "kyrgyzstani", "bishkek")
_STOPWORD_TEXT = """
proposed propose offered pledged ready willing expressed hoped
a an the and or of to in on at for from by with as is are was were be been being has have
had that this these those it its their his her they he she them which who whom will would
shall should can could may might also both two sides side countries country nations nation
between each other said says say stated affirmed noted stressed emphasised emphasized
highlighted told during vietnam viet nam vietnamese kyrgyzstan kyrgyz bilateral relations
relationship ties over into than more most very such than new year years march february
june december august october official visit visited prime minister pm president state
party general secretary government leader leaders host counterpart deputy foreign vice
chairman national assembly
"""
#: Words too common in this record to tie a claim to one statement.
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class Mentions:
    """People the claim names, by any spelling or by role and country."""

    people: frozenset[str]
    #: One set per role the claim names ("Vietnam's deputy foreign minister"): any one of them.
    role_groups: tuple[frozenset[str], ...]
    vietnam: bool
    kyrgyz: bool

    @property
    def by_role(self) -> frozenset[str]:
        return frozenset(person for group in self.role_groups for person in group)

    def all_in(self, actors: Iterable[str]) -> bool:
        """Every person named is among `actors`, and each role named is held by one of them."""
        present = set(actors)
        return self.people <= present and all(group & present for group in self.role_groups)

    @property
    def anyone(self) -> bool:
        return bool(self.people or self.role_groups)


def _contains(folded: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", folded) is not None


# --- the checker ---------------------------------------------------------------------------------


@dataclass
class _Outcome:
    parts: list[PartResult] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    note: str = ""

    def add(
        self, kind: str, text: str, value: Any, status: Status, on_record: str | None = None
    ) -> None:
        self.parts.append(PartResult(kind, text, value, status, on_record))


class Checker:
    """Checks claims against one store; indexes are built once, so batches are cheap."""

    def __init__(self, store: Store, today: dt.date | None = None) -> None:
        self.store = store
        self.today = today or dt.date.today()
        self.collection_of = {record.id: collection for collection, _, record in store.records()}
        self.people = {person.id: person for person in store.people}
        self.spellings = _spellings(store.people)
        self.handlers: list[Callable[[Claim, Mentions], CheckResult | None]] = [
            self._membership,
            self._visa,
            self._community,
            self._investment,
            self._trade,
            self._products,
            self._first_visit,
            self._agreements,
            self._roles,
            self._events,
            self._statements,
        ]

    # -- entry point -----------------------------------------------------------------------------

    def check(self, text: str) -> CheckResult:
        claim = parse_claim(text, today_year=self.today.year)
        if not claim.words:
            return CheckResult(text, Verdict.unverified, "The claim holds no words to check.")
        mentions = self._mentions(claim)
        wrong_title = self._title_before_name(claim)
        if wrong_title is not None:
            return wrong_title
        for handler in self.handlers:
            result = handler(claim, mentions)
            if result is not None:
                return result
        return CheckResult(
            claim.text, Verdict.unverified, "Nothing in the record speaks to this claim."
        )

    def _title_before_name(self, claim: Claim) -> CheckResult | None:
        """'State President To Lam': a title written before a name must be one the person holds."""
        for spelling, person_id in self.spellings:
            if " " not in spelling:
                continue  # full names only: a bare surname after a title is too loose to judge
            for match in re.finditer(
                rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", claim.folded
            ):
                before = claim.folded[: match.start()]
                for phrase, title in ROLE_WORDS:
                    if re.search(rf"(?<![a-z]){re.escape(phrase)}\s+$", before):
                        person = self.people[person_id]
                        titles = [fold(role.title) for role in person.roles]
                        if titles and not any(title in item for item in titles):
                            outcome = _Outcome(records=[person])
                            on_record = "; ".join(role.title for role in person.roles)
                            outcome.add(
                                "title", f"{phrase} {person.name}", title, Status.differs, on_record
                            )
                            return self._result(claim, outcome, person.name)
                        break
        return None

    def _mentions(self, claim: Claim) -> Mentions:
        folded = claim.folded
        people = _named_people(folded, self.spellings)
        vietnam = any(_contains(folded, word) for word in VIETNAM_WORDS)
        kyrgyz = any(_contains(folded, word) for word in KYRGYZ_WORDS)
        groups: list[frozenset[str]] = []
        taken: list[tuple[int, int]] = []
        for phrase, title in ROLE_WORDS:
            for match in re.finditer(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", folded):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                window = folded[max(0, match.start() - 25) : match.end() + 3]
                country = "VN" if any(word in window for word in VIETNAM_WORDS) else None
                if any(word in window for word in KYRGYZ_WORDS):
                    country = (
                        "KG"
                        if country is None or window.rfind("kyrgyz") > window.rfind("viet")
                        else country
                    )
                holders = frozenset(self._holders(title, country))
                if holders and not holders & people:
                    groups.append(holders)
        return Mentions(frozenset(people), tuple(groups), vietnam, kyrgyz)

    def _holders(self, title: str, country: str | None) -> set[str]:
        found = set()
        for person in self.store.people:
            if country is not None and person.country != country:
                continue
            titles = [fold(role.title) for role in person.roles]
            if title == "president" and any("vice" in item for item in titles):
                continue
            if any(title in item for item in titles) and not (
                title == "foreign minister" and all("deputy" in item for item in titles)
            ):
                found.add(person.id)
        return found if country is not None or len(found) == 1 else set()

    # -- results ---------------------------------------------------------------------------------

    def _result(self, claim: Claim, outcome: _Outcome, subject: str) -> CheckResult:
        covered = {part.text for part in outcome.parts}
        for kind, text in claim.checkable_parts():
            if text not in covered:
                outcome.add(kind, text, text, Status.not_on_record)
        parts = tuple(outcome.parts)
        unique = {record.id: record for record in outcome.records}
        records = tuple(self._matched(record) for record in unique.values())
        differing = [part for part in parts if part.status is Status.differs]
        unknown = [part for part in parts if part.status is Status.not_on_record]
        if differing:
            shown = "; ".join(f"{part.text} (record: {part.on_record})" for part in differing)
            verdict, explanation = (
                Verdict.contradicted,
                f"The record on {subject} differs: {shown}.",
            )
        elif unknown or not parts:
            what = ", ".join(part.text for part in unknown) or "its details"
            verdict = Verdict.unverified
            explanation = f"The record on {subject} does not state {what}."
        elif claim.negated:
            verdict = Verdict.contradicted
            explanation = f"The claim denies what the record on {subject} states."
        else:
            verdict, explanation = (
                Verdict.supported,
                f"The record on {subject} agrees with every part.",
            )
        if outcome.note:
            explanation += " " + outcome.note
        return CheckResult(claim.text, verdict, explanation, parts, records)

    def _matched(self, record: Record) -> MatchedRecord:
        kind = KIND_OF_COLLECTION[self.collection_of[record.id]]
        return MatchedRecord(record.id, kind, _label(record), record.evidence)

    # -- membership ------------------------------------------------------------------------------

    def _membership(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has("member"):
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
        country = (
            "kg" if mentions.kyrgyz and not mentions.vietnam else "vn" if mentions.vietnam else None
        )
        if country is None:
            return None
        outcome = _Outcome(records=[organisation])
        name = "Kyrgyzstan" if country == "kg" else "Việt Nam"
        if country in organisation.members:
            outcome.add("member", name, country, Status.agrees, ", ".join(organisation.members))
        else:
            outcome.add(
                "member",
                name,
                country,
                Status.not_on_record,
                ", ".join(organisation.members) or None,
            )
        return self._result(claim, outcome, organisation.name)

    # -- visa ------------------------------------------------------------------------------------

    def _visa(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has("visa"):
            return None
        records = [item for item in self.store.statements if item.topic == "visa"]
        policies = [item for item in self.store.agreements if item.kind.value == "visa-policy"]
        if not records:
            return None
        record = records[0]
        outcome = _Outcome(records=[*policies, record])
        for duration in claim.durations:
            status = Status.agrees if record.value == duration.days else Status.differs
            outcome.add(
                "duration", duration.text, duration.days, status, f"{record.value:g} {record.unit}"
            )
        beneficiary = _beneficiary(claim.folded)
        if beneficiary == "KG":
            outcome.add(
                "who benefits", "Kyrgyz citizens", "KG", Status.differs, "Vietnamese citizens"
            )
        elif beneficiary == "VN":
            outcome.add(
                "who benefits", "Vietnamese citizens", "VN", Status.agrees, "Vietnamese citizens"
            )
        granter = _granter(claim.folded)
        if granter == "VN":
            outcome.add("who grants", "Việt Nam", "VN", Status.differs, "Kyrgyzstan")
        elif granter == "KG":
            outcome.add("who grants", "Kyrgyzstan", "KG", Status.agrees, "Kyrgyzstan")
        if claim.has("mutual", "reciproc", "bilateral"):
            outcome.add("scope", "mutual", "mutual", Status.differs, "unilateral")
        elif claim.has("unilateral"):
            outcome.add("scope", "unilateral", "unilateral", Status.agrees, "unilateral")
        self._date_parts(claim, outcome, None, None, allow_missing=True)
        return self._result(claim, outcome, "the visa exemption")

    # -- community -------------------------------------------------------------------------------

    def _community(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        about_people = claim.has("communit", "diaspora") or (
            any(count.noun in PEOPLE_NOUNS for count in claim.counts)
            and claim.has("vietnamese")
            and claim.has("kyrgyzstan", "living", "live")
        )
        families = [
            count for count in claim.counts if count.noun.startswith(("famil", "household"))
        ]
        if claim.has("communit", "diaspora") and not claim.counts and claim.bare_numbers:
            claim = replace(claim, counts=claim.bare_numbers, bare_numbers=())
        if not about_people and not families:
            return None
        records = [item for item in self.store.statements if item.topic == "community"]
        size = next((item for item in records if item.unit and "people" in item.unit), None)
        citizenship = next((item for item in records if item.unit == "families"), None)
        outcome = _Outcome()
        for count in claim.counts:
            if (count.noun in PEOPLE_NOUNS or not count.noun) and size and size.value:
                status = Status.agrees if count_agrees(count, size.value, True) else Status.differs
                outcome.add(
                    "count", count.text, count.value, status, f"around {size.value:g} people"
                )
                outcome.records.append(size)
            elif (
                count.noun.startswith(("famil", "household")) and citizenship and citizenship.value
            ):
                status = (
                    Status.agrees
                    if count_agrees(count, citizenship.value, False)
                    else Status.differs
                )
                outcome.add(
                    "count", count.text, count.value, status, f"{citizenship.value:g} families"
                )
                outcome.records.append(citizenship)
        if not outcome.parts:
            related = self._statements(claim, mentions, topics={"community"})
            return related
        if families and not claim.has("citizen", "nationalit", "passport"):
            outcome.note = "The record counts the families that obtained Kyrgyz citizenship."
        return self._result(claim, outcome, "the Vietnamese community in Kyrgyzstan")

    # -- investment ------------------------------------------------------------------------------

    def _investment(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        about_project = claim.has("project") and (claim.has("kyrgyz") or claim.has("khanh"))
        if (
            not claim.has("invest", "fdi", "capital")
            and not about_project
            and not (claim.ranks and claim.has("rank"))
        ):
            return None
        if not self.store.investments:
            return None
        record = self.store.investments[0]
        outcome = _Outcome(records=[record])
        host_is_kg = _contains(claim.folded, "in kyrgyzstan") and not any(
            _contains(claim.folded, f"in {word}") for word in ("vietnam", "viet nam")
        )
        if host_is_kg or re.search(r"vietnam\w*\s+(?:\w+\s+){0,3}invest", claim.folded):
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "The record only holds Kyrgyz investment in Việt Nam, "
                "not Vietnamese investment in Kyrgyzstan.",
                records=(self._matched(record),),
            )
        for amount in claim.amounts:
            self._compare_amount(outcome, amount, record.value_usd, "value")
        for count in claim.counts:
            if count.noun.startswith("project") and record.projects is not None:
                status = (
                    Status.agrees if count_agrees(count, record.projects, False) else Status.differs
                )
                outcome.add("projects", count.text, count.value, status, str(record.projects))
        if (
            record.projects == 1
            and claim.has("single", "only one")
            and not any(count.noun.startswith("project") for count in claim.counts)
        ):
            outcome.add("projects", "one project", 1, Status.agrees, "1")
        for rank in claim.ranks:
            status = Status.agrees if rank.rank == record.rank else Status.differs
            outcome.add(
                "rank", rank.text, rank.rank, status, f"{record.rank} of {record.rank_out_of}"
            )
            if rank.out_of is not None:
                status = Status.agrees if rank.out_of == record.rank_out_of else Status.differs
                outcome.add(
                    "rank out of", str(rank.out_of), rank.out_of, status, str(record.rank_out_of)
                )
        self._investment_words(claim, record, outcome)
        self._date_parts(claim, outcome, record.as_of, None, allow_missing=True, as_of=True)
        return self._result(claim, outcome, "Kyrgyz investment in Việt Nam")

    def _compare_amount(
        self, outcome: _Outcome, amount: Amount, on_record: int | None, kind: str
    ) -> None:
        if on_record is None:
            outcome.add(kind, amount.text, amount.usd, Status.not_on_record)
            return
        agrees = amount_agrees(amount.usd, amount.hedge, on_record, amount.precision)
        outcome.add(
            kind,
            amount.text,
            amount.usd,
            Status.agrees if agrees else Status.differs,
            usd_text(on_record),
        )

    def _investment_words(self, claim: Claim, record: Investment, outcome: _Outcome) -> None:
        if claim.has("khanh", "nha trang"):
            outcome.add("province", "Khánh Hoà", "Khánh Hoà", Status.agrees, record.province)
        else:
            for province in (
                "hanoi",
                "ho chi minh",
                "da nang",
                "hai phong",
                "binh duong",
                "dong nai",
            ):
                if claim.has_phrase(province):
                    outcome.add("province", province, province, Status.differs, record.province)
        sector_words = {"alcohol": True, "beverage": True, "beer": True, "wine": True,
                        "spirit": True, "vodka": True, "drink": True, "textile": False,
                        "garment": False, "mining": False,
                        "energy": False, "tourism": False, "agricultur": False, "tobacco": False,
                        "electronic": False, "real estate": False}  # fmt: skip
        for word, right in sector_words.items():
            if claim.has(word) or claim.has_phrase(word):
                status = Status.agrees if right else Status.differs
                outcome.add("sector", word, word, status, record.sector)
                break

    # -- trade -----------------------------------------------------------------------------------

    def _trade(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        about_trade = claim.has("trade", "turnover", "twoway") or claim.has_phrase("two-way")
        if not about_trade and not (claim.has("export", "import") and claim.amounts):
            return None
        if not (claim.amounts or claim.percents):
            return None
        if claim.has("export", "import", "shipment") and not claim.has("trade", "turnover"):
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "The record holds two-way trade only, "
                "not the value of exports or imports in one direction.",
            )
        figures = list(self.store.trade)
        outcome = _Outcome()
        periods = self._trade_periods(claim)
        average = claim.has(
            "averag", "annual", "per year", "a year", "each year", "yearly"
        ) and bool(claim.year_ranges)
        for position, amount in enumerate(claim.amounts):
            period = (
                periods[position]
                if len(periods) == len(claim.amounts)
                else (periods[0] if len(periods) == 1 else None)
            )
            self._trade_amount(claim, outcome, figures, amount, period, average)
        for percent in claim.percents:
            self._trade_percent(claim, outcome, figures, percent, periods)
        return self._result(claim, outcome, "two-way trade")

    def _trade_periods(self, claim: Claim) -> list[tuple[int, int]]:
        periods = [(first, last) for first, last in claim.year_ranges]
        periods += [(year, year) for year in claim.years]
        periods += [(int(date.start[:4]), int(date.start[:4])) for date in claim.dates]
        return periods

    def _trade_amount(
        self,
        claim: Claim,
        outcome: _Outcome,
        figures: Sequence[TradeFigure],
        amount: Amount,
        period: tuple[int, int] | None,
        average: bool,
    ) -> None:
        if period is None:
            matching = [
                figure
                for figure in figures
                if amount_agrees(amount.usd, amount.hedge, figure.value_usd, amount.precision)
            ]
            if matching and not claim.relative_years:
                figure = matching[0]
                outcome.records.append(figure)
                outcome.add(
                    "amount",
                    amount.text,
                    amount.usd,
                    Status.agrees,
                    f"{usd_text(figure.value_usd)} ({_period(figure)})",
                )
            else:
                outcome.add("amount", amount.text, amount.usd, Status.not_on_record)
                outcome.note = (
                    "Give the year: the record has figures for "
                    + ", ".join(_period(f) for f in figures)
                    + "."
                )
            return
        first, last = period
        wanted = (
            TradeMeasure.two_way_yearly_average
            if (average or first != last)
            else TradeMeasure.two_way_yearly
        )
        found = next(
            (
                item
                for item in figures
                if item.measure is wanted and (item.year_from, item.year_to) == (first, last)
            ),
            None,
        )
        label = f"{first}" if first == last else f"{first}–{last}"
        if found is None:
            outcome.add("period", label, label, Status.not_on_record)
            outcome.add("amount", amount.text, amount.usd, Status.not_on_record)
            return
        outcome.records.append(found)
        outcome.add("period", label, label, Status.agrees, _period(found))
        status = (
            Status.agrees
            if amount_agrees(amount.usd, amount.hedge, found.value_usd, amount.precision)
            else Status.differs
        )
        outcome.add("amount", amount.text, amount.usd, status, usd_text(found.value_usd))

    def _trade_percent(
        self,
        claim: Claim,
        outcome: _Outcome,
        figures: Sequence[TradeFigure],
        percent: Percent,
        periods: list[tuple[int, int]],
    ) -> None:
        text = percent.text
        yearly = {
            item.year_from: item for item in figures if item.measure is TradeMeasure.two_way_yearly
        }
        years = [last for _, last in periods]
        target = max(years) if years else None
        if target is None or target not in yearly or target - 1 not in yearly:
            outcome.add("change", text, percent.value, Status.not_on_record)
            return
        now, before = yearly[target], yearly[target - 1]
        outcome.add("period", str(target), str(target), Status.agrees, str(target))
        change = round(100 * (now.value_usd - before.value_usd) / before.value_usd, 1)
        if claim.has("fell", "drop", "declin", "decreas", "shrank", "down"):
            change = -change
        outcome.records += [before, now]
        agrees = change > 0 and amount_agrees(
            percent.value, percent.hedge, change, percent.precision
        )
        status = Status.agrees if agrees else Status.differs
        outcome.add(
            "change",
            text,
            percent.value,
            status,
            f"{change:+.1f}% (computed by kgvn from the sourced figures)",
        )

    # -- products --------------------------------------------------------------------------------

    def _products(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        if not claim.has(
            "export", "import", "sell", "sold", "ship", "buy", "bought", "goods", "product"
        ):
            return None
        flows = list(self.store.product_flows)
        named = {
            product
            for flow in flows
            for product in flow.products
            if any(word in claim.folded for word in _product_keys(product))
        }
        if not named or claim.amounts:
            return None
        exporter = _exporter(claim.folded)
        if exporter is None:
            return None
        own = next((flow for flow in flows if flow.exporter == exporter), None)
        if own is None:
            return None
        outcome = _Outcome(records=[own])
        for product in sorted(named):
            if product in own.products:
                outcome.add("product", product, product, Status.agrees, ", ".join(own.products))
            else:
                outcome.add(
                    "product", product, product, Status.not_on_record, ", ".join(own.products)
                )
        side = "Việt Nam's" if exporter == "vn" else "Kyrgyzstan's"
        return self._result(claim, outcome, f"{side} exports")

    # -- first visit -----------------------------------------------------------------------------

    def _first_visit(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        ordinal = next((word for word in claim.ordinals), None)
        if ordinal is None or not claim.has("visit", "trip"):
            return None
        record = next(
            (item for item in self.store.statements if item.id == "first-kyrgyz-pm-visit"), None
        )
        if record is None or not (
            mentions.kyrgyz
            and (
                "adylbek-kasymaliev" in mentions.people | mentions.by_role
                or claim.has("prime", "pm", "premier", "government")
            )
        ):
            return None
        outcome = _Outcome(records=[record])
        status = Status.agrees if ordinal == "first" else Status.differs
        outcome.add("ordinal", ordinal, ordinal, status, "first")
        self._date_parts(claim, outcome, "1992", None, allow_missing=True, since=True)
        return self._result(claim, outcome, "the Kyrgyz prime minister's visit")

    # -- agreements ------------------------------------------------------------------------------

    def _agreements(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        candidates = [item for item in self.store.agreements if _agreement_named(claim, item)]
        if not candidates:
            return None
        outcome = _Outcome(records=list(candidates))
        status = _claimed_status(claim)
        record = candidates[0]
        if status is not None:
            on_record = ", ".join(sorted({item.status.value for item in candidates}))
            agrees = any(_status_compatible(status, item.status) for item in candidates)
            outcome.add(
                "status",
                status.value,
                status.value,
                Status.agrees if agrees else Status.differs,
                on_record,
            )
        fields = [field for field in _FIELD_WORDS if claim.has(field)]
        if fields and record.fields:
            known = " ".join(fold(item) for item in record.fields)
            for item in fields:
                outcome.add(
                    "field",
                    item,
                    item,
                    Status.agrees if item in known else Status.differs,
                    ", ".join(record.fields),
                )
        named_fta = _contains(claim.folded, "free trade") or _contains(claim.folded, "fta")
        if named_fta and mentions.kyrgyz and not claim.has("eurasian", "eaeu", "eeu"):
            outcome.add(
                "parties",
                "Việt Nam and Kyrgyzstan",
                "vn, kg",
                Status.differs,
                "Việt Nam and the Eurasian Economic Union",
            )
        self._date_parts(claim, outcome, record.date, None, allow_missing=True)
        signing = next(
            (
                event
                for event in self.store.events
                if event.kind is EventKind.signing and event.date == record.date
            ),
            None,
        )
        self._place_part(claim, signing.place if signing and record.date else None, outcome)
        if not outcome.parts:
            outcome.add("agreement", record.title, record.id, Status.agrees, record.status.value)
        return self._result(claim, outcome, record.title)

    # -- roles -----------------------------------------------------------------------------------

    def _roles(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        """'Sadyr Japarov is Kyrgyzstan's prime minister': a name beside a role it does not hold."""
        if not mentions.people or claim.has(
            "visit", "talk", "receiv", "met", "meet", "call", "sign", "invit"
        ):
            return None
        outcome = _Outcome()
        for person_id in sorted(mentions.people):
            person = self.people[person_id]
            for phrase, title in ROLE_WORDS:
                if not _contains(claim.folded, phrase):
                    continue
                titles = [fold(role.title) for role in person.roles]
                holds = any(title in item for item in titles)
                outcome.records.append(person)
                on_record = "; ".join(role.title for role in person.roles)
                outcome.add(
                    "role", phrase, title, Status.agrees if holds else Status.differs, on_record
                )
                break
        if not outcome.parts:
            return None
        return self._result(
            claim, outcome, ", ".join(self.people[item].name for item in sorted(mentions.people))
        )

    # -- events ----------------------------------------------------------------------------------

    def _events(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        kinds = _event_kinds(claim)
        if not kinds:
            return None
        people = mentions.people | mentions.by_role
        candidates = [event for event in self.store.events if event.kind in kinds]
        if mentions.anyone:
            candidates = [event for event in candidates if mentions.all_in(event.participants)]
        elif kinds & {
            EventKind.visit,
            EventKind.talks,
            EventKind.reception,
            EventKind.phone_call,
        } and not (mentions.vietnam and mentions.kyrgyz):
            return None
        if not candidates:
            return None
        dated = claim.dates or claim.years
        best = self._closest_event(candidates, claim) if dated else candidates[0]
        outcome = _Outcome(records=[best])
        if mentions.anyone:
            named = sorted(person for person in people if person in best.participants)
            names = "; ".join(self.people[item].name for item in named if item in self.people)
            outcome.add("who", names, named, Status.agrees, "; ".join(best.participants))
        self._place_part(claim, best.place, outcome)
        self._date_parts(claim, outcome, best.date, best.end, allow_missing=True)
        self._age_parts(claim, outcome, best)
        if not outcome.parts:
            outcome.add("event", best.title, best.id, Status.agrees, best.title)
        if len(candidates) > 1 and not dated and not people:
            return CheckResult(
                claim.text,
                Verdict.unverified,
                "Several events fit this claim; name who took part or when.",
                records=tuple(self._matched(item) for item in candidates[:5]),
            )
        return self._result(claim, outcome, best.title)

    def _age_parts(self, claim: Claim, outcome: _Outcome, event: Event) -> None:
        """'For more than three decades': years from the event to the articles' latest date."""
        dated = [source.published for source in self.store.sources if source.published]
        if not dated:
            return
        latest = max(dated)
        years = int(latest[:4]) - int(event.date[:4]) - (1 if latest[5:] < event.date[5:] else 0)
        for count in claim.counts:
            scale = (
                10 if count.noun.startswith("decade") else 1 if count.noun.startswith("year") else 0
            )
            if scale:
                agrees = amount_agrees(count.value * scale, count.hedge, years)
                status = Status.agrees if agrees else Status.differs
                shown = f"{years} years from {event.date} to {latest} (computed)"
                outcome.add("duration", count.text, count.value * scale, status, shown)

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

    def _place_part(self, claim: Claim, place: str | None, outcome: _Outcome) -> None:
        for named in claim.places:
            if place is None:
                outcome.add("place", named, named, Status.not_on_record)
            else:
                agrees = fold(named) in fold(place)
                outcome.add(
                    "place", named, named, Status.agrees if agrees else Status.differs, place
                )

    # -- statements (anything else) --------------------------------------------------------------

    def _statements(
        self, claim: Claim, mentions: Mentions, topics: Iterable[str] | None = None
    ) -> CheckResult | None:
        """A claim with no figure: supported only when one record holds all its content words."""
        content = [
            word
            for word in claim.words
            if word not in STOPWORDS and len(word) > 2 and not word.isdigit()
        ]
        if len(content) < 2:
            return None
        wanted_topics = set(topics) if topics else None
        best: tuple[float, Record] | None = None
        for record in [*self.store.statements, *self.store.agreements, *self.store.events]:
            if wanted_topics is not None and getattr(record, "topic", None) not in wanted_topics:
                continue
            words = set(re.findall(r"[a-z0-9]+", fold(_record_text(record))))
            covered = sum(
                1 for word in content if any(other.startswith(word[:5]) for other in words)
            )
            share = covered / len(content)
            if best is None or share > best[0]:
                best = (share, record)
        if best is None or best[0] < 0.85:
            return None
        share, record = best
        actors = set(getattr(record, "speakers", ()) or getattr(record, "participants", ()))
        if mentions.anyone and actors and not mentions.all_in(actors):
            return None
        outcome = _Outcome(records=[record])
        outcome.add("statement", _label(record), record.id, Status.agrees, _label(record))
        self._date_parts(claim, outcome, getattr(record, "date", None), None, allow_missing=True)
        return self._result(claim, outcome, "this subject")

    # -- dates -----------------------------------------------------------------------------------

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
        for span in spans:
            if start is None:
                outcome.add("date", span.text, span.start, Status.not_on_record)
                continue
            status = date_agrees(span, start, end)
            if as_of and status is Status.not_on_record:
                status = Status.agrees if span.start[:7] == start[:7] else status
            if since and status is Status.differs and span.start[:4] == start[:4]:
                status = Status.agrees
            outcome.add(
                "date", span.text, span.start, status, start if end is None else f"{start} – {end}"
            )
        if not spans and not allow_missing:
            outcome.add("date", "(no date)", None, Status.not_on_record)


# --- helpers -------------------------------------------------------------------------------------


def _named_people(folded: str, spellings: list[tuple[str, str]]) -> frozenset[str]:
    """People named in the claim; a short spelling inside a longer match ('Cuong' in 'Nguyen Quoc
    Cuong') names only the longer one's person."""
    found: list[tuple[int, int, str]] = []
    for spelling, person in spellings:
        for match in re.finditer(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", folded):
            found.append((match.start(), match.end(), person))
    kept = {
        person
        for start, end, person in found
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in found)
    }
    return frozenset(kept)


def _spellings(people: Iterable[Person]) -> list[tuple[str, str]]:
    """Folded spellings that name one person: full names, aliases, and unshared last names."""
    full: list[tuple[str, str]] = []
    last_names: dict[str, set[str]] = {}
    for person in people:
        for spelling in [person.name, *(alias.name for alias in person.aliases)]:
            folded = fold(spelling)
            full.append((folded, person.id))
            last = folded.split()[-1]
            if len(last) > 3:
                last_names.setdefault(last, set()).add(person.id)
    unique = [(last, next(iter(ids))) for last, ids in last_names.items() if len(ids) == 1]
    return full + unique


_FIELD_WORDS = ("education", "legal", "aviation", "energy", "health", "agricultur", "tourism",
                "defence", "defense", "science", "technology", "culture", "transport", "finance",
                "banking")  # fmt: skip


def _label(record: Record) -> str:
    if isinstance(record, TradeFigure):
        return f"Two-way trade, {_period(record)}: {usd_text(record.value_usd)}"
    if isinstance(record, Investment):
        worth = usd_text(record.value_usd or 0)
        return f"{record.projects} Kyrgyz investment project(s) in Việt Nam, {worth}"
    for name in ("title", "statement", "name", "description"):
        value = getattr(record, name, None)
        if isinstance(value, str):
            return value
    return record.id


def _record_text(record: Record) -> str:
    pieces = [_label(record), getattr(record, "summary", "") or ""]
    pieces += [item.quote for item in record.evidence]
    return " ".join(pieces)


def _period(figure: TradeFigure) -> str:
    if figure.year_from == figure.year_to:
        return str(figure.year_from)
    return f"{figure.year_from}–{figure.year_to}, yearly average"


def _beneficiary(folded: str) -> str | None:
    kyrgyz = re.search(r"kyrgyz\w*\s+(?:citizens|nationals|passport|travel|visitor|people)", folded)
    vietnamese = re.search(
        r"vietnamese\s+(?:citizens|nationals|passport|travel|visitor|people)", folded
    )
    if kyrgyz and not vietnamese:
        return "KG"
    if vietnamese and not kyrgyz:
        return "VN"
    return None


def _granter(folded: str) -> str | None:
    match = re.search(
        r"(viet\s?nam|kyrgyzstan)\s+(?:\w+\s+){0,3}(?:grant|offer|give|provide|waive|introduc|allow)",
        folded,
    )
    if match is None:
        return None
    return "KG" if match.group(1) == "kyrgyzstan" else "VN"


def _product_keys(product: str) -> list[str]:
    folded = fold(product)
    stem = folded[:-1] if folded.endswith("s") else folded
    return [stem] if len(stem) > 3 else [folded]


def _exporter(folded: str) -> str | None:
    """Which side sells, from 'X exports … to Y', 'X's exports', 'Y imports … from X'."""
    selling = re.search(
        r"(viet\s?nam|vietnamese|kyrgyzstan|kyrgyz)\W*(?:s\s+)?(?:\w+\s+){0,3}(?:export|sell|sold|ship)",
        folded,
    )
    buying = re.search(
        r"(viet\s?nam|vietnamese|kyrgyzstan|kyrgyz)\W*(?:s\s+)?(?:\w+\s+){0,3}(?:import|buy|bought)",
        folded,
    )
    if selling:
        return "kg" if selling.group(1).startswith("kyrgyz") else "vn"
    if buying:
        return "vn" if buying.group(1).startswith("kyrgyz") else "kg"
    return None


_AGREEMENT_KEYS: list[tuple[tuple[str, ...], str]] = [
    (("double taxation", "double tax", "tax treaty", "taxation"), "double-taxation-agreement"),
    (
        (
            "investment promotion and protection",
            "investment protection",
            "protection of investment",
        ),
        "investment-protection-agreement",
    ),
    (
        ("economic cooperation agreement", "agreement on economic cooperation"),
        "economic-cooperation-agreement",
    ),
    (("joint statement", "joint declaration"), "joint-statement-2025"),
    (
        ("cooperation documents", "cooperation document", "documents", "memorand", "mou"),
        "cooperation-documents-2025",
    ),
    (("free trade", "fta"), "vietnam-eaeu-fta"),
    (
        ("intergovernmental committee", "inter-governmental committee"),
        "intergovernmental-committee",
    ),
    (("coordination mechanism",), "economic-coordination-mechanisms"),
    (("lists of goods", "list of goods"), "export-goods-lists-exchange"),
]


def _agreement_named(claim: Claim, agreement: Agreement) -> bool:
    for phrases, agreement_id in _AGREEMENT_KEYS:
        if agreement.id == agreement_id and any(phrase in claim.folded for phrase in phrases):
            return True
    return False


def _claimed_status(claim: Claim) -> AgreementStatus | None:
    folded = claim.folded
    if re.search(
        r"\b(?:negotiat|to sign|will sign|plan to sign|aim to sign|work towards|pending)", folded
    ):
        return AgreementStatus.under_negotiation
    if re.search(
        r"\b(?:in force|took effect|takes effect|in effect|implement"
        r"|came into force|entered into force)",
        folded,
    ):
        return AgreementStatus.in_force
    if re.search(r"\b(?:possibility|consider|propos|explore|study|look into)", folded):
        return AgreementStatus.proposed
    if re.search(r"\b(?:signed|inked|concluded|sealed|exchanged)\b", folded):
        return AgreementStatus.signed
    if re.search(r"\bagreed to (?:support|set up|establish|create)", folded):
        return AgreementStatus.agreed_in_principle
    return None


def _status_compatible(claimed: AgreementStatus, on_record: AgreementStatus) -> bool:
    if claimed is on_record:
        return True
    loose = {
        AgreementStatus.agreed_in_principle: {AgreementStatus.under_negotiation},
        AgreementStatus.proposed: {AgreementStatus.agreed_in_principle},
        AgreementStatus.signed: {AgreementStatus.in_force},  # in force means signed, at some date
    }
    return on_record in loose.get(claimed, set())


_EVENT_WORDS: list[tuple[str, set[EventKind]]] = [
    (r"diplomatic|established (?:relations|ties)", {EventKind.diplomatic_relations}),
    (r"recogni[sz]", {EventKind.recognition}),
    (
        r"(?:declar\w*|gain\w*|proclaim\w*|won)\s+(?:its\s+)?independence|became independent"
        r"|independence (?:on|in)",
        {EventKind.independence},
    ),
    (r"phone|telephone|\bcall(?:ed)?\b|spoke by", {EventKind.phone_call}),
    (r"receiv\w*|reception|welcom\w*|hosted", {EventKind.reception, EventKind.ceremony}),
    (r"\bmet\b|\bmeet(?:ing|s)?\b", {EventKind.talks, EventKind.reception}),
    (r"talks|negotiations? with", {EventKind.talks, EventKind.phone_call}),
    (r"ceremony", {EventKind.ceremony}),
    (r"exhibition", {EventKind.exhibition}),
    (r"\bsign(?:ed|ing)\b", {EventKind.signing}),
    (r"invit\w*", {EventKind.invitation}),
    (r"visit\w*|\btrip\b|travel\w*|came to|went to", {EventKind.visit}),
]
#: When these kinds are named, the claim is about them alone (a visit's reception is a reception).
_EXCLUSIVE = [
    {EventKind.diplomatic_relations},
    {EventKind.recognition},
    {EventKind.independence},
    {EventKind.phone_call},
]


def _event_kinds(claim: Claim) -> set[EventKind]:
    found: set[EventKind] = set()
    matched: list[set[EventKind]] = []
    for pattern, kinds in _EVENT_WORDS:
        if re.search(pattern, claim.folded):
            matched.append(kinds)
            found |= kinds
    for exclusive in _EXCLUSIVE:
        if exclusive in matched:
            return set(exclusive)
    specific = [kinds for kinds in matched if EventKind.visit not in kinds]
    if specific:
        # "received during his visit": the reception, not the visit itself
        narrowed: set[EventKind] = (
            set.intersection(*specific) if len(specific) > 1 else set(specific[0])
        )
        return narrowed or set().union(*specific)
    return found


_default_checkers: dict[int, Checker] = {}


def check_claim(store: Store, claim: str) -> CheckResult:
    """Check one claim; a `Checker` built once serves every later claim on the same store."""
    checker = _default_checkers.get(id(store))
    if checker is None or checker.store is not store:
        checker = _default_checkers[id(store)] = Checker(store)
    return checker.check(claim)


__all__ = [
    "CheckResult",
    "Checker",
    "MatchedRecord",
    "PartResult",
    "Status",
    "Verdict",
    "check_claim",
]
