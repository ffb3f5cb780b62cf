"""Any quantity on record: a statement's `value` and `unit`, compared with a number in the claim.

Generic over the schema: a statement that gives a value with a unit ("12", "Utopian pilots";
"3", "ferries a week") is a quantity whatever its topic, so a record curated from a new
article on any quantity is checked with no code for its topic. The unit's noun
ties the claim's number to the record; the period in the unit ("a week") must match the claim's;
statements with the same unit at different dates form a series, so "rose" and "fell" are read
from it; the sides named must be the record's, not swapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgvn.check.base import CheckerBase
from kgvn.check.compare.readers import _direction, _sides_swapped
from kgvn.check.compare.slots import amount_agrees
from kgvn.check.lexicon import GENERIC, PEOPLE_NOUNS
from kgvn.check.result import CheckResult, Status, _Outcome
from kgvn.check.retrieve.mentions import Mentions, _record_text
from kgvn.claims import NUMBER_WORDS, Claim, Hedge, _hedge_before
from kgvn.dates import date_bounds
from kgvn.records import Statement
from kgvn.text import fold, word_pattern

_NUMBER = re.compile(
    r"(?<![\w.$%-])(?P<num>\d(?:[\d,]*\d)?(?:\.\d+)?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?![\w%-])"
)
_PERIODS = {
    "day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month",
    "monthly": "month", "year": "year", "yearly": "year", "annual": "year", "annually": "year",
}  # fmt: skip


_TIME_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour"})
_HEADCOUNTS = frozenset(PEOPLE_NOUNS) | {"family", "families", "household", "households"}
#: "17 days after …": a time between two events, not a quantity on record.
_INTERVAL = re.compile(
    r"[\s-]*(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier|following)\b"
)


#: "a brewery employing 150 people": a workforce, not a count the statements hold.
_STAFF = re.compile(
    r"\b(?:employ\w*|hir\w+|staff of|workforce of|jobs for)\s+(?:about\s+|some\s+)?$"
)


@dataclass(frozen=True)
class _Unit:
    noun: str
    period: str | None


def _unit(text: str, places: frozenset[str]) -> _Unit | None:
    words = [
        word
        for word in re.findall(r"[a-z]+", fold(text))
        if word not in places and (word not in GENERIC or word in _PERIODS)
    ]
    nouns = [word for word in words if word not in _PERIODS]
    if not nouns:
        return None
    plural = [word for word in nouns if word.endswith("s")]
    period = next((_PERIODS[word] for word in words if word in _PERIODS), None)
    return _Unit((plural or nouns)[-1], period)


def _stem(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") else noun


class QuantityChecks(CheckerBase):
    def _quantity_records(self) -> list[tuple[Statement, _Unit]]:
        cached: list[tuple[Statement, _Unit]] | None = getattr(self, "_quantities_cache", None)
        if cached is None:
            places = frozenset(piece for form in self.places.all_forms() for piece in form.split())
            cached = []
            for item in self.store.statements:
                if item.value is None or not item.unit:
                    continue
                unit = _unit(item.unit, places)
                if unit is not None:
                    cached.append((item, unit))
            object.__setattr__(self, "_quantities_cache", cached)
        return cached

    def _quantities(self, claim: Claim, mentions: Mentions) -> CheckResult | None:
        folded = claim.folded
        matched: dict[str, tuple[list[tuple[Statement, _Unit]], list[re.Match[str]]]] = {}
        for statement, unit in self._quantity_records():
            stem = _stem(unit.noun)
            if (stem in _TIME_UNITS or unit.noun in _HEADCOUNTS) and not set(
                statement.topic.split("-")
            ) & set(claim.words):
                # "the visit lasted two days", "a country of seven million people": a length
                # of time or a headcount on another topic (the community reader has its own)
                continue
            pattern = rf"\b{re.escape(stem[:6])}\w*"
            if not re.search(pattern, folded):
                continue
            numbers = [
                match
                for match in _NUMBER.finditer(folded)
                # "two countries' landscapes, people": the number counts the countries
                if re.match(
                    rf"(?:(?![\w-]+s'\s)[\w,'-]+\s+){{0,4}}?{pattern}",
                    folded[match.end() :].lstrip(),
                )
                and not re.match(r"\d{4}$", match.group("num"))
                and not _INTERVAL.match(folded[match.end() :])
                and not _STAFF.search(folded[: match.start()])
            ]
            group = matched.setdefault(stem, ([], numbers))
            group[0].append((statement, unit))
        if not matched:
            return None
        stem, (candidates, numbers) = max(matched.items(), key=lambda item: len(item[1][1]))
        if not numbers:
            return self._quantity_trend(claim, candidates)
        record, unit = self._dated(claim, candidates)
        text = fold(_record_text(record))
        named = [*claim.places, *self.places.all_forms("capitals", "cities", "provinces")]
        if any(_says(claim.folded, fold(place)) and fold(place) not in text for place in named):
            return None  # somewhere else: the record does not speak of it
        outcome = _Outcome(records=[record])
        value = float(record.value or 0)
        approximate = re.search(
            r"\b(?:about|around|some|nearly|approx)", fold(_record_text(record))
        )
        for match in numbers[:1]:
            number = _number(match.group("num"))
            hedge = _hedge_before(folded, match.start())
            if hedge is Hedge.exact and approximate:
                agrees = abs(number - value) <= abs(value) * 0.1
            else:
                agrees = amount_agrees(number, hedge, value, 1.0)
            outcome.add(
                "count",
                match.group().strip(),
                number,
                Status.agrees if agrees else Status.differs,
                f"{value:g} {record.unit}",
            )
        claimed_period = next(
            (_PERIODS[word] for word in re.findall(r"[a-z]+", folded) if word in _PERIODS), None
        )
        if unit.period and claimed_period and claimed_period != unit.period:
            outcome.add("per", claimed_period, claimed_period, Status.differs, f"a {unit.period}")
        self._sides_part(claim, record, outcome)
        self._date_parts(claim, outcome, record.date, None, allow_missing=True)
        return self._result(claim, outcome, _record_label(record))

    def _dated(
        self, claim: Claim, candidates: list[tuple[Statement, _Unit]]
    ) -> tuple[Statement, _Unit]:
        """The statement for the claim's year if it names one, else the latest."""
        years = [
            *claim.years,
            *(int(item.start[:4]) for item in claim.dates if item.start[:1] != "-"),
        ]
        for year in years:
            for statement, unit in candidates:
                if statement.date and statement.date[:4] == str(year):
                    return statement, unit
        return max(candidates, key=lambda item: item[0].date or "")

    def _sides_part(self, claim: Claim, record: Statement, outcome: _Outcome) -> None:
        text = fold(_record_text(record))
        if _sides_swapped(claim.folded, text):
            outcome.add("sides", "who is who", None, Status.differs, record.statement)
            return
        claimed, held = self._where(claim.folded), self._where(text)
        if claimed and held and not claimed & held:
            shown = ", ".join(self.places.label(code) for code in sorted(claimed))
            on_record = ", ".join(self.places.label(code) for code in sorted(held))
            outcome.add("where", shown, sorted(claimed), Status.not_on_record, on_record)

    def _where(self, folded: str) -> set[str]:
        """The countries a text puts things in: 'in Utopia', 'at Utopian universities'."""
        pattern = self.places.pattern("names", "demonyms", "capitals")
        return {
            code
            for match in re.finditer(rf"\b(?:in|at)\s+(?:the\s+)?({pattern})\b", folded)
            if (code := self.places.code_of(match.group(1))) is not None
        }

    def _quantity_trend(
        self, claim: Claim, candidates: list[tuple[Statement, _Unit]]
    ) -> CheckResult | None:
        """'Fell from 2024 to 2026': the direction of a series of the same quantity."""
        direction = _direction(claim.folded)
        series = sorted(
            (item for item, _ in candidates if item.date), key=lambda item: item.date or ""
        )
        if direction is None or len(series) < 2:
            return None
        first, last = series[0], series[-1]
        rose = float(last.value or 0) > float(first.value or 0)
        word, claimed = direction
        outcome = _Outcome(records=[first, last])
        on_record = f"{first.value:g} ({first.date}) to {last.value:g} ({last.date})"
        agrees = (claimed == "rise") == rose
        outcome.add("change", word, claimed, Status.agrees if agrees else Status.differs, on_record)
        span = (date_bounds(first.date or "")[0].year, date_bounds(last.date or "")[1].year)
        for year in claim.years:
            inside = span[0] <= year <= span[1]
            outcome.add(
                "date",
                str(year),
                year,
                Status.agrees if inside else Status.not_on_record,
                f"{span[0]}–{span[1]}",
            )
        return self._result(claim, outcome, _record_label(last))


def _says(folded: str, phrase: str) -> bool:
    return word_pattern(phrase).search(folded) is not None


def _number(text: str) -> float:
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    return float(text.replace(",", ""))


def _record_label(record: Statement) -> str:
    return record.statement
