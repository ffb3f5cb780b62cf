"""Questions asked of the store: pure functions over validated records, no terminal in sight."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import NamedTuple

from kgvn.dates import check_partial_date, date_bounds
from kgvn.errors import UsageError
from kgvn.records import (
    Agreement,
    Country,
    Event,
    Investment,
    Organisation,
    Person,
    ProductFlow,
    Record,
    Source,
    Store,
    TradeFigure,
)
from kgvn.vocabulary import (
    KIND_OF_COLLECTION,
    AgreementKind,
    AgreementStatus,
    EventKind,
    TradeMeasure,
)

Named = Person | Organisation | Country


class DateRange(NamedTuple):
    """An inclusive range of days, from partial dates at any precision."""

    first: dt.date
    last: dt.date

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> DateRange:
        first = _bound(start, "--from")[0] if start else dt.date.min
        last = _bound(end, "--to")[1] if end else dt.date.max
        if last < first:
            raise UsageError(f"--to {end} is before --from {start}")
        return cls(first, last)

    def overlaps(self, date: str, end: str | None = None) -> bool:
        first = date_bounds(date)[0]
        last = date_bounds(end or date)[1]
        return first <= self.last and last >= self.first


def _bound(value: str, option: str) -> tuple[dt.date, dt.date]:
    problem = check_partial_date(value)
    if problem is not None:
        raise UsageError(f"{option}: {problem}")
    return date_bounds(value)


class Index:
    """Lookups over one store, built once: by id, by name, and who cites what."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_id: dict[str, Record] = {}
        self.collection_of: dict[str, str] = {}
        for collection, _, record in store.records():
            self.by_id[record.id] = record
            self.collection_of[record.id] = collection
        self.sources: dict[str, Source] = {source.id: source for source in store.sources}

    def kind_of(self, record_id: str) -> str:
        """The singular kind a user sees for a record: event, person, trade…"""
        if record_id in self.sources:
            return "source"
        return KIND_OF_COLLECTION[self.collection_of[record_id]]

    def name_of(self, record_id: str) -> str:
        """The readable name of a person, organisation or country; the id otherwise."""
        record = self.by_id.get(record_id)
        return record.name if isinstance(record, Person | Organisation | Country) else record_id

    @cached_property
    def citation_counts(self) -> Counter[str]:
        """How many records cite each source at least once."""
        counts: Counter[str] = Counter()
        for _, _, record in self.store.records():
            counts.update(set(record.source_ids()))
        return counts

    @cached_property
    def events_of(self) -> dict[str, list[Event]]:
        """Events each person or organisation took part in, in date order."""
        found: dict[str, list[Event]] = {}
        for event in sorted_events(self.store.events):
            for participant in event.participants:
                found.setdefault(participant, []).append(event)
        return found

    def nearest_ids(self, wanted: str, limit: int = 3) -> list[str]:
        every = list(self.by_id) + list(self.sources)
        return difflib.get_close_matches(wanted, every, n=limit, cutoff=0.5)


_KIND_ORDER = {kind: position for position, kind in enumerate(EventKind)}


def sorted_events(events: Iterable[Event]) -> list[Event]:
    """Chronological; a broad date ('2009') before the days within it; within a day, by kind."""
    return sorted(
        events,
        key=lambda event: (
            date_bounds(event.date)[0],
            len(event.date),
            _KIND_ORDER[event.kind],
            event.id,
        ),
    )


def timeline(
    index: Index,
    dates: DateRange | None = None,
    kind: str | None = None,
    person: str | None = None,
    source: str | None = None,
) -> list[Event]:
    events = sorted_events(index.store.events)
    if dates is not None:
        events = [event for event in events if dates.overlaps(event.date, event.end)]
    if kind is not None:
        wanted_kind = parse_choice(EventKind, kind, "--kind")
        events = [event for event in events if event.kind is wanted_kind]
    if person is not None:
        ids = {named.id for named in find_named(index, person)}
        events = [event for event in events if ids.intersection(event.participants)]
    if source is not None:
        require_source(index, source)
        events = [event for event in events if source in event.source_ids()]
    return events


def require_source(index: Index, source: str) -> None:
    if source not in index.sources:
        known = ", ".join(sorted(index.sources))
        raise UsageError(f"--source: no source {source!r} (known: {known})")


def parse_choice(
    enum: type[EventKind] | type[AgreementKind] | type[AgreementStatus], value: str, option: str
) -> EventKind | AgreementKind | AgreementStatus:
    """A value of a closed set, accepting spaces or underscores for hyphens and any case."""
    wanted = value.strip().lower().replace("_", "-").replace(" ", "-")
    for member in enum:
        if member.value == wanted:
            return member
    choices = ", ".join(member.value for member in enum)
    raise UsageError(f"{option}: {value!r} is not one of: {choices}")


# --- who -----------------------------------------------------------------------------------------


def spellings(named: Named) -> list[str]:
    return [named.name, *(alias.name for alias in named.aliases)] + (
        [named.abbreviation] if isinstance(named, Organisation) and named.abbreviation else []
    )


def everyone(index: Index) -> list[Named]:
    store = index.store
    return [*store.people, *store.organisations, *store.countries]


def find_named(index: Index, query: str) -> list[Named]:
    """People, organisations and countries whose name or any spelling matches `query`.

    Every word of the query must start a word of one spelling, or sit inside it (partial
    names). When nothing matches that way, close spellings count (one letter off).
    """
    from kgvn.text import words  # folding is for name look-ups only: keep it off other paths

    query_words = words(query)
    if not query_words:
        raise UsageError("the query is empty: give part of a name, e.g. 'chinh'")
    candidates = everyone(index)
    exact = [named for named in candidates if _matches(named, query_words)]
    if exact:
        return exact
    return [named for named in candidates if _matches_closely(named, query_words)]


def _matches(named: Named, query_words: list[str]) -> bool:
    from kgvn.text import words

    for spelling in spellings(named):
        folded = words(spelling)
        joined = " ".join(folded)
        if all(
            any(word.startswith(part) for word in folded) or part in joined for part in query_words
        ):
            return True
    return False


def _matches_closely(named: Named, query_words: list[str]) -> bool:
    from kgvn.text import words

    for spelling in spellings(named):
        folded = words(spelling)
        if all(_close_to_any(part, folded) for part in query_words):
            return True
    return False


def _close_to_any(part: str, candidates: Sequence[str]) -> bool:
    if len(part) < 4:
        return False
    return any(difflib.SequenceMatcher(None, part, word).ratio() >= 0.8 for word in candidates)


def nearest_names(index: Index, query: str, limit: int = 3) -> list[str]:
    """Names closest to a query that matched nothing, for the 'did you mean' line."""
    from kgvn.text import fold

    by_spelling: dict[str, str] = {}
    for named in everyone(index):
        for spelling in spellings(named):
            by_spelling[fold(spelling)] = named.name
    close = difflib.get_close_matches(fold(query), list(by_spelling), n=limit * 3, cutoff=0.3)
    return list(dict.fromkeys(by_spelling[item] for item in close))[:limit]


# --- trade ---------------------------------------------------------------------------------------


class TradeRow(NamedTuple):
    """A sourced trade figure with the change from the figure before it (computed, not sourced)."""

    figure: TradeFigure
    previous: TradeFigure | None

    @property
    def change_usd(self) -> int | None:
        if self.previous is None:
            return None
        return self.figure.value_usd - self.previous.value_usd

    @property
    def change_percent(self) -> float | None:
        if self.previous is None or self.previous.value_usd == 0:
            return None
        return round(
            100 * (self.figure.value_usd - self.previous.value_usd) / self.previous.value_usd, 1
        )


def trade_series(index: Index, year: int | None = None) -> list[TradeRow]:
    """Yearly figures in order, each with the change from the year before; then the averages."""
    figures = index.store.trade
    yearly = sorted(
        (figure for figure in figures if figure.measure is TradeMeasure.two_way_yearly),
        key=lambda figure: (figure.year_from, figure.id),
    )
    by_year = {figure.year_from: figure for figure in yearly}
    rows = [TradeRow(figure, by_year.get(figure.year_from - 1)) for figure in yearly]
    averages = sorted(
        (figure for figure in figures if figure.measure is not TradeMeasure.two_way_yearly),
        key=lambda figure: (figure.year_from, figure.year_to, figure.id),
    )
    rows += [TradeRow(figure, None) for figure in averages]
    if year is not None:
        rows = [row for row in rows if row.figure.year_from <= year <= row.figure.year_to]
    return rows


def product_flows(index: Index) -> list[ProductFlow]:
    return list(index.store.product_flows)


def country_names(index: Index) -> list[str]:
    """The names of the store's countries, once each, in its order: the sides of its relations."""
    return list(dict.fromkeys(country.name for country in index.store.countries))


def investments(index: Index, year: int | None = None) -> list[Investment]:
    found = list(index.store.investments)
    if year is not None:
        found = [item for item in found if item.as_of and date_bounds(item.as_of)[0].year == year]
    return found


# --- agreements ----------------------------------------------------------------------------------


def agreements(index: Index, status: str | None = None, kind: str | None = None) -> list[Agreement]:
    found = list(index.store.agreements)
    if status is not None:
        wanted_status = parse_choice(AgreementStatus, status, "--status")
        found = [item for item in found if item.status is wanted_status]
    if kind is not None:
        wanted_kind = parse_choice(AgreementKind, kind, "--kind")
        found = [item for item in found if item.kind is wanted_kind]
    return sorted(found, key=lambda item: (item.date is None, item.date or "", item.id))
