"""A series of yearly trade figures read the way reporters write them: 'rose from A in 2022
to B in 2023 and C in 2024' (every step the same way) and 'tripled to C between 2022 and 2024'
(the figure said 'to' is the last year's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from kgvn.check.compare.periods import words_pattern
from kgvn.check.compare.slots import usd_text
from kgvn.check.compare.yearsback import years_back
from kgvn.check.result import Status
from kgvn.check.retrieve.mentions import _period
from kgvn.claims import Amount, Claim
from kgvn.records import TradeFigure
from kgvn.text import fold
from kgvn.vocabulary import TradeMeasure

#: Words before a figure that make it a change, not a level: 'rose by', 'an increase of'.
_BY_AMOUNT = re.compile(
    r"(?:\bby|\b(?:was|were|is|are)\s+(?:up|down)|\b(?:increase|rise|growth|jump|gain|decline|drop"
    r"|fall|decrease) of)"
    r"\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|less than|just)\s+)*$"
)


def by_amount(claim: Claim, amounts: list[Amount]) -> int | None:
    """Which of two figures is said as a change ('up by $6 million'), when just one is."""
    if len(amounts) != 2:
        return None
    found = [
        index
        for index, amount in enumerate(amounts)
        if (at := claim.folded.find(fold(amount.text))) > 0 and _BY_AMOUNT.search(claim.folded[:at])
    ]
    return found[0] if len(found) == 1 else None


_TO_FIGURE = re.compile(r"\b(?P<way>to|from)\s+(?:(?:about|around|nearly|almost|some|over)\s+)?$")


def end_of(claim: Claim, amount: Amount, period: tuple[int, int]) -> tuple[int, int]:
    """The year of a figure said 'to' or 'from' within a span of years ('tripled to $13.5
    million between 2022 and 2024': the last year's), else the span itself."""
    first, last = period
    if first == last or claim.has("averag") or _SUMMED.search(claim.folded):
        return period
    at = claim.folded.find(fold(amount.text))
    way = _TO_FIGURE.search(claim.folded[: max(at, 0)]) if at >= 0 else None
    if way is None:
        return period
    return (last, last) if way.group("way") == "to" else (first, first)


#: 'Combined', 'in total', 'added up to' (the lexicon's sum words): a figure over a span of
#: years is their sum, not the last year's.
_SUMMED = words_pattern("sum_words")


def spanned(
    claim: Claim, figures: Sequence[TradeFigure], period: tuple[int, int]
) -> tuple[float, str, list[TradeFigure]] | None:
    """The mean ('averaged') or sum ('combined') of the yearly figures over a span of years, when
    the record has every one of them; None when it lacks one or the claim says neither."""
    first, last = period
    yearly = {
        item.year_from: item for item in figures if item.measure is TradeMeasure.two_way_yearly
    }
    items = [yearly.get(year) for year in range(first, last + 1)]
    known = [item for item in items if item is not None]
    if first >= last or len(known) != len(items):
        return None
    total = sum(item.value_usd for item in known)
    if claim.has("averag"):
        value, how = total / len(known), "yearly average"
    elif _SUMMED.search(claim.folded):
        value, how = total, "sum"
    else:
        return None
    shown = f"{usd_text(value)} ({how} of {first}–{last}, computed by kgvn from the figures)"
    return value, shown, known


def steps_part(
    figures: Sequence[TradeFigure], years: list[int], verb: str, way: str
) -> tuple[Any, ...]:
    """The 'change' part of 'rose … in 2022, … in 2023 and … in 2024': every step between the
    years named must go the claim's way."""
    yearly = {
        item.year_from: item for item in figures if item.measure is TradeMeasure.two_way_yearly
    }
    steps = [(yearly.get(first), yearly.get(last)) for first, last in pairwise(years)]
    known = [(before, now) for before, now in steps if before is not None and now is not None]
    if not known or len(known) != len(steps):
        return ("change", verb, way, Status.not_on_record)
    moved = {"rise" if now.value_usd > before.value_usd else "fall" for before, now in known}
    shown = " to ".join(
        f"{usd_text(item.value_usd)} ({_period(item)})"
        for item in [known[0][0], *(now for _, now in known)]
    )
    return ("change", verb, way, Status.agrees if moved == {way} else Status.differs, shown)


#: 'every year', 'each year', 'year after year', 'year on year': each step of a span of years.
_EVERY_YEAR = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?year\b|\byear[- ](?:after|on|over)[- ]year\b"
)


def steps_parts(
    claim: Claim,
    figures: Sequence[TradeFigure],
    singles: list[int],
    ranges: list[tuple[int, int]],
    direction: tuple[str, str],
) -> tuple[list[tuple[Any, ...]], list[TradeFigure]]:
    """The parts of a change said of every step, and the figures of its years: 'rose … in
    2022, … in 2023 and … in 2024', or 'increased every year from 2022 through 2024' (each
    year of the span on record, each step the claim's way). None for any other change."""
    verb, way = direction
    every = _EVERY_YEAR.search(claim.folded)
    if len(singles) > 2 and not ranges:
        years, parts = singles, []
    elif every is not None and len(ranges) == 1 and not singles:
        years = list(range(ranges[0][0], ranges[0][1] + 1))
        label = f"{ranges[0][0]}–{ranges[0][1]}"
        parts = [("period", text, label, Status.agrees, label) for text in (label, every.group())]
    else:
        return [], []
    used = [item for item in figures if item.measure is TradeMeasure.two_way_yearly]
    return [steps_part(figures, years, verb, way), *parts], [
        item for item in used if item.year_from in years
    ]


def counted_base(claim: Claim, periods: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Tripled in two years to reach $13.5 million in 2024': the year the change is counted
    from is the one year named less the years counted, as if it were written."""
    back = years_back(claim)
    if back is None or len(periods) != 1 or periods[0][0] != periods[0][1]:
        return periods
    return [(periods[0][0] - back, periods[0][0] - back), *periods]


def _period_spots(text: str, periods: list[tuple[int, int]]) -> list[int] | None:
    """Where in `text` each period is written (a span at its first year), or None when one
    is not written there or two share a spot."""
    years = {year for period in periods for year in period}
    found = {
        year: [hit.start() for hit in re.finditer(rf"(?<!\d){year}(?!\d)", text)] for year in years
    }
    used: set[int] = set()
    for first, last in periods:
        if first != last and found[first]:
            start = found[first][0]
            used |= {start, next((spot for spot in found[last] if spot > start), start)}
    spots = []
    for first, last in periods:
        free = found[first] if first != last else [s for s in found[first] if s not in used]
        spots.append(free[0] if free else -1)
    return None if -1 in spots or len(set(spots)) != len(spots) else spots


def in_text_order(
    claim: Claim, amounts: Sequence[Amount], periods: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The period of each figure when a claim gives as many of each: the n-th figure written
    goes with the n-th period written ('13.5 million USD in 2024 was ten times the 2017-2021
    average of 1.36 million USD'); as given when either is not found in the text."""
    spots = _period_spots(claim.text, periods)
    places = [claim.text.find(amount.text) for amount in amounts]
    if spots is None or len(periods) != len(amounts) or -1 in places:
        return periods
    ordered = [period for _, period in sorted(zip(spots, periods, strict=True))]
    by_place = sorted(range(len(amounts)), key=places.__getitem__)
    paired = dict(zip(by_place, ordered, strict=True))
    return [paired[index] for index in range(len(amounts))]


#: 'A year later', 'the year before', 'the previous year': the second figure's year.
_SHIFT = re.compile(
    r"\b(?:(?:a|one|the) year (?P<a>later|after|earlier|before)|the (?P<b>following|next|previous"
    r"|prior) year)\b"
)
_FROM = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$")
_TO = re.compile(r"\s+to\s+(?:(?:about|around|nearly|almost|some|roughly|just|over)\s+)?")


def one_year_pair(
    claim: Claim, amounts: Sequence[Amount], year: int
) -> list[tuple[int, int] | None]:
    """The years of two figures said with one year: 'from A to B' with the year outside
    them is a change within that year (A the year before's); else the first figure written is
    the year's and the second a year on or back ('the year before'), or none said."""
    places = [claim.folded.find(fold(amount.text)) for amount in amounts]
    first, second = sorted(range(len(amounts)), key=places.__getitem__)
    years: list[tuple[int, int] | None] = [None] * len(amounts)
    end = places[first] + len(fold(amounts[first].text))
    between = claim.folded[end : places[second]]
    if (
        min(places) >= 0
        and _FROM.search(claim.folded[: places[first]])
        and _TO.fullmatch(between)
        and str(year) not in between
    ):
        years[first], years[second] = (year - 1, year - 1), (year, year)
        return years
    years[first] = (year, year)
    shift = _SHIFT.search(claim.folded)
    if shift is not None:
        step = (
            1
            if (shift.group("a") or shift.group("b")) in ("later", "after", "following", "next")
            else -1
        )
        years[second] = (year + step, year + step)
    return years


def trade_periods(claim: Claim) -> list[tuple[int, int]]:
    """The years and spans of years a claim on trade names, with the year a change counted
    over 'two years to 2024' starts from."""
    periods = [(first, last) for first, last in claim.year_ranges]
    periods += [(year, year) for year in claim.years]
    periods += [
        (int(date.start[:4]), int(date.start[:4]))
        for date in claim.dates
        if not date.start.startswith("--")
    ]
    return counted_base(claim, periods)
