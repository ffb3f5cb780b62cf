"""Turning query results into `Report`s: display values for tables, full records for JSON.

Nothing here knows about terminals; it decides what each output shows, not how it is drawn.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

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
)
from kgvn.render.base import Column, RenderOptions, Report, Section, evidence_lines, joined
from kgvn.vocabulary import KIND_OF_COLLECTION

if TYPE_CHECKING:
    from kgvn.query import Index, Named, TradeRow
    from kgvn.search import Hit
    from kgvn.suggest import Suggestion

RECORD_TYPE = "record_type"

#: A record, its display values, and its computed JSON fields.
Item = tuple[Record, Mapping[str, str], Mapping[str, Any]]


def display_date(date: str | None, end: str | None = None) -> str:
    """A date at its own precision; a span as '2025-03-06 – 07' when only the day moves."""
    if not date:
        return ""
    if not end or end == date:
        return date
    if len(date) == len(end) == 10 and date[:8] == end[:8]:
        return f"{date} – {end[8:]}"
    return f"{date} – {end}"


def iso_span(date: str | None, end: str | None = None) -> str:
    """A date or a span in ISO 8601 at its own precision: `2009`, `2025-03-06/2025-03-07`."""
    if not date:
        return ""
    return date if not end or end == date else f"{date}/{end}"


def usd(value: int | None) -> str:
    if value is None:
        return ""
    if value >= 1_000_000:
        return f"US${value / 1_000_000:,.2f}".rstrip("0").rstrip(".") + " million"
    return f"US${value:,}"


def _record_json(
    kind: str, record: Record | Source, computed: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {RECORD_TYPE: kind, **record.to_json()}
    for key, value in (computed or {}).items():
        data[f"computed_{key}"] = value
    return data


def _evidence(record: Record) -> tuple[tuple[str, str], ...]:
    return tuple((item.source, item.quote) for item in record.evidence)


def _sources(record: Record) -> str:
    return joined(record.source_ids())


def _names(index: Index, ids: Iterable[str]) -> str:
    return joined(index.name_of(item) for item in ids)


def source_legend(
    index: Index | Mapping[str, Source], records: Iterable[Record]
) -> tuple[str, ...]:
    """A footnote per source the rows cite: what each short id stands for."""
    sources = index if isinstance(index, Mapping) else index.sources
    cited = dict.fromkeys(source for record in records for source in record.source_ids())
    lines = []
    for source_id in cited:
        source = sources[source_id]
        line = (
            f"{source.id}: {source.outlet or 'no outlet named'}, {source.published or 'undated'},"
            f" {source.file}"
        )
        lines.append(f"{line}, {source.url}" if source.url else line)
    return tuple(lines)


def _section(
    name: str,
    title: str,
    columns: Sequence[Column],
    items: Sequence[Item],
    kind: str,
) -> Section:
    return Section(
        name=name,
        title=title,
        columns=tuple(columns),
        rows=tuple(row for _, row, _ in items),
        records=tuple(_record_json(kind, record, computed) for record, _, computed in items),
        evidence=tuple(_evidence(record) for record, _, _ in items),
    )


SOURCES_COLUMN = Column("sources", "Sources")
#: Every record's id, in the machine formats: what `kgvn show ID` takes.
ID_COLUMN = Column("id", "id", machine_only=True)


def timeline_report(index: Index, events: Sequence[Event]) -> Report:
    columns = [
        ID_COLUMN,
        Column("date", "Date", shown="date_shown"),
        Column("end", "end", machine_only=True),
        Column("inferred", "inferred", machine_only=True),
        Column("kind", "Kind"),
        Column("title", "Event", wide=True),
        Column("participants", "Who", wide=True),
        Column("participant_ids", "participant_ids", machine_only=True),
        Column("place", "Place"),
        SOURCES_COLUMN,
    ]
    items: list[Item] = [
        (
            event,
            {
                "id": event.id,
                "date": event.date or "",
                "date_shown": display_date(event.date, event.end) + ("*" if event.inferred else ""),
                "end": event.end or "",
                "inferred": joined(item.field for item in event.inferred),
                "kind": event.kind.value,
                "title": event.title,
                "participants": _names(index, event.participants),
                "participant_ids": joined(event.participants),
                "place": event.place or "",
                "sources": _sources(event),
            },
            {},
        )
        for event in events
    ]
    notes = source_legend(index, events)
    if any(event.inferred for event in events):
        notes = (
            "* part of the date is inferred, not stated: `kgvn show ID` says how"
            " (ids: --format tsv)",
            *notes,
        )
    section = _section("events", "Timeline", columns, items, "event")
    return Report((section,), footnotes=notes)


def trade_report(
    index: Index,
    rows: Sequence[TradeRow],
    flows: Sequence[ProductFlow],
    investments: Sequence[Investment],
) -> Report:
    figure_columns = [
        ID_COLUMN,
        Column("period", "Period", shown="period_shown"),
        Column("measure", "Measure"),
        Column("value_usd", "value_usd", machine_only=True),
        Column("value", "Value"),
        Column("computed_change", "Change (computed)"),
        Column("computed_change_usd", "computed_change_usd", machine_only=True),
        Column("computed_change_percent", "computed_change_percent", machine_only=True),
        SOURCES_COLUMN,
    ]
    figure_items = [(row.figure, _trade_values(row), _trade_computed(row)) for row in rows]
    sections = [_section("trade", "Two-way trade", figure_columns, figure_items, "trade")]
    if flows:
        flow_columns = [
            ID_COLUMN,
            Column("direction", "Direction"),
            Column("exporter_id", "exporter_id", machine_only=True),
            Column("importer_id", "importer_id", machine_only=True),
            Column("products", "Products", wide=True),
            SOURCES_COLUMN,
        ]
        flow_items: list[Item] = [
            (
                flow,
                {
                    "id": flow.id,
                    "direction": f"{index.name_of(flow.exporter)} → {index.name_of(flow.importer)}",
                    "exporter_id": flow.exporter,
                    "importer_id": flow.importer,
                    "products": joined(flow.products),
                    "sources": _sources(flow),
                },
                {},
            )
            for flow in flows
        ]
        sections.append(
            _section(
                "product_flows", "What each side sells", flow_columns, flow_items, "product-flow"
            )
        )
    if investments:
        sections.append(_investment_section(index, investments))
    cited: list[Record] = [row.figure for row in rows] + list(flows) + list(investments)
    notes = ("Change is computed by kgvn from the sourced figures; it is not in the sources.",)
    return Report(tuple(sections), footnotes=notes + source_legend(index, cited))


def trade_chart(rows: Sequence[TradeRow], sides: Sequence[str], options: RenderOptions) -> str:
    """Yearly two-way trade as bars, each labelled with its value and sources.

    `sides` are the names of the countries trading, as the store writes them, for the title.
    """
    from kgvn.render.chart import Bar, render_chart

    bars = []
    for row in rows:
        figure = row.figure
        label = str(figure.year_from)
        if figure.year_to != figure.year_from:
            label = f"{figure.year_from}–{figure.year_to} avg/yr"
        caption = "sources: " + _sources(figure)
        if row.change_percent is not None:
            caption = f"{row.change_percent:+.1f}% on the year before (computed)\n{caption}"
        bars.append(Bar(label, figure.value_usd, usd(figure.value_usd), caption))
    title = "Two-way trade, " + "–".join(sides) if sides else "Two-way trade"
    return render_chart(title, bars, options)


def _trade_values(row: TradeRow) -> dict[str, str]:
    figure = row.figure
    period = shown = str(figure.year_from)
    if figure.year_to != figure.year_from:
        period = f"{figure.year_from}/{figure.year_to}"
        shown = f"{figure.year_from}–{figure.year_to}"
    change = ""
    if row.change_usd is not None:
        sign = "+" if row.change_usd >= 0 else "−"
        change = f"{sign}{usd(abs(row.change_usd))}"
        if row.change_percent is not None:
            change += f" ({row.change_percent:+.1f}%)"
    percent = row.change_percent
    return {
        "id": figure.id,
        "period": period,
        "period_shown": shown,
        "measure": figure.measure.value,
        "value_usd": str(figure.value_usd),
        "value": usd(figure.value_usd),
        "computed_change": change,
        "computed_change_usd": "" if row.change_usd is None else str(row.change_usd),
        "computed_change_percent": "" if percent is None else f"{percent:.1f}",
        "sources": _sources(figure),
    }


def _trade_computed(row: TradeRow) -> dict[str, Any]:
    return {"change_usd": row.change_usd, "change_percent": row.change_percent}


def _investment_section(index: Index, investments: Sequence[Investment]) -> Section:
    columns = [
        ID_COLUMN,
        Column("investor", "Investor"),
        Column("investor_id", "investor_id", machine_only=True),
        Column("host", "In"),
        Column("host_id", "host_id", machine_only=True),
        Column("projects", "Projects"),
        Column("value", "Value"),
        Column("value_usd", "value_usd", machine_only=True),
        Column("where", "Province, sector", wide=True),
        Column("as_of", "As of"),
        Column("rank", "Rank"),
        SOURCES_COLUMN,
    ]
    items: list[Item] = []
    for item in investments:
        rank = (
            f"{item.rank} of {item.rank_out_of}"
            if item.rank and item.rank_out_of
            else str(item.rank or "")
        )
        values = {
            "id": item.id,
            "investor": index.name_of(item.investor),
            "investor_id": item.investor,
            "host_id": item.host,
            "host": index.name_of(item.host),
            "projects": "" if item.projects is None else str(item.projects),
            "value_usd": "" if item.value_usd is None else str(item.value_usd),
            "value": usd(item.value_usd),
            "where": ", ".join(part for part in (item.province, item.sector) if part),
            "as_of": item.as_of or "",
            "rank": rank,
            "sources": _sources(item),
        }
        items.append((item, values, {}))
    return _section("investments", "Investment", columns, items, "investment")


def who_report(index: Index, found: Sequence[Named]) -> Report:
    columns = [
        ID_COLUMN,
        Column("name", "Name"),
        Column("type", "Type"),
        Column("country", "Country"),
        Column("roles", "Roles", wide=True),
        Column("spellings", "Other spellings"),
        Column("events", "Events", wide=True, shown="events_shown"),
        Column("event_ids", "event_ids", machine_only=True),
        SOURCES_COLUMN,
    ]
    items: list[Item] = []
    for named in found:
        events = index.events_of.get(named.id, [])
        values = {
            "id": named.id,
            "name": named.name,
            "type": index.kind_of(named.id),
            "country": _country_of(named),
            "roles": _roles_text(named),
            "spellings": joined(alias.name for alias in named.aliases),
            "events": joined(
                f"{iso_span(event.date, event.end)} {event.kind.value}" for event in events
            ),
            "events_shown": joined(
                f"{display_date(event.date, event.end)} {event.kind.value}" for event in events
            ),
            "event_ids": joined(event.id for event in events),
            "sources": _sources(named),
        }
        computed = {"events": [event.id for event in events]}
        items.append((named, values, computed))
    section = Section(
        name="people",
        title="Who",
        columns=tuple(columns),
        rows=tuple(row for _, row, _ in items),
        records=tuple(_record_json(index.kind_of(n.id), n, c) for n, _, c in items),
        evidence=tuple(_evidence(named) for named, _, _ in items),
    )
    return Report((section,), footnotes=source_legend(index, found))


def _country_of(named: Named) -> str:
    if isinstance(named, Country):
        return named.code
    return named.country or ""


def _roles_text(named: Named) -> str:
    if isinstance(named, Person):
        return joined(role.title + (f" ({role.date})" if role.date else "") for role in named.roles)
    if isinstance(named, Organisation):
        return named.kind.value
    return "country"


def agreements_report(
    index: Index, found: Sequence[Agreement], as_of: Mapping[str, str | None] | None = None
) -> Report:
    """Agreements; with `as_of` (id → status then), the status each held at the date asked."""
    columns = [
        ID_COLUMN,
        Column("title", "Agreement", wide=True),
        Column("kind", "Kind"),
        Column("status", "Status"),
        Column("date", "Date"),
        Column("parties", "Parties"),
        Column("party_ids", "party_ids", machine_only=True),
        Column("fields", "Fields", wide=True),
        SOURCES_COLUMN,
    ]
    items: list[Item] = [
        (
            item,
            {
                "id": item.id,
                "title": item.title,
                "kind": item.kind.value,
                "status": (as_of.get(item.id) or "") if as_of is not None else item.status.value,
                "date": item.date or "",
                "parties": _names(index, item.parties),
                "party_ids": joined(item.parties),
                "fields": joined(item.fields),
                "sources": _sources(item),
            },
            {} if as_of is None else {"status_as_of": as_of.get(item.id)},
        )
        for item in found
    ]
    section = _section("agreements", "Agreements", columns, items, "agreement")
    return Report((section,), footnotes=source_legend(index, found))


def sources_report(index: Index) -> Report:
    columns = [
        Column("id", "Id"),
        Column("outlet", "Outlet"),
        Column("published", "Published"),
        Column("file", "File"),
        Column("records", "Records citing"),
        Column("title", "About", wide=True),
        Column("url", "url", machine_only=True),
    ]
    rows = []
    records = []
    for source in index.store.sources:
        count = index.citation_counts.get(source.id, 0)
        rows.append(
            {
                "id": source.id,
                "outlet": source.outlet or "",
                "published": source.published or "",
                "file": source.file,
                "records": str(count),
                "title": source.title,
                "url": source.url or "",
            }
        )
        records.append(_record_json("source", source, {"records_citing": count}))
    section = Section("sources", "Sources", tuple(columns), tuple(rows), tuple(records))
    return Report((section,))


#: A quote in its place: (source id, sentence before, sentence holding the quote, sentence after).
Context = tuple[str, str, str, str]


def show_report(index: Index, record_id: str, contexts: Sequence[Context] = ()) -> Report:
    """One record or source whole: every field, every quote."""
    if record_id in index.sources:
        source = index.sources[record_id]
        columns, row = _field_cells(source.to_json())
        record_json = _record_json(
            "source", source, {"records_citing": index.citation_counts.get(source.id, 0)}
        )
        return Report((Section("source", source.id, columns, (row,), (record_json,)),), single=True)
    record = index.by_id[record_id]
    return record_report(index.kind_of(record_id), record, index.sources, contexts)


def record_report(
    kind: str, record: Record, sources: Mapping[str, Source], contexts: Sequence[Context] = ()
) -> Report:
    """One record whole, and with `contexts` the sentences around each quote."""
    data = {key: value for key, value in record.to_json().items() if key != "evidence"}
    history = data.pop("history", None)
    if history:  # the earlier values read best after the current ones
        data["history"] = history
    columns, row = _field_cells({RECORD_TYPE: kind, **data})
    quotes = _evidence(record)
    columns = (*columns, Column("evidence", "evidence", shown="evidence_shown"))
    row["evidence"] = json.dumps(
        [{"source": source, "quote": quote} for source, quote in quotes], ensure_ascii=False
    )
    row["evidence_shown"] = "\n".join(evidence_lines(quotes))
    computed: dict[str, Any] = {}
    if contexts:
        columns = (*columns, Column("context", "Context"))
        row["context"] = "\n\n".join(
            f"{source}: {before} [{sentence}] {after}".strip()
            for source, before, sentence, after in contexts
        )
        computed["context"] = [
            {"source": source, "before": before, "sentence": sentence, "after": after}
            for source, before, sentence, after in contexts
        ]
    record_json = _record_json(kind, record, computed)
    section = Section(kind, record.id, columns, (row,), (record_json,), (quotes,))
    return Report((section,), footnotes=source_legend(sources, [record]), single=True)


def _field_cells(data: Mapping[str, Any]) -> tuple[tuple[Column, ...], dict[str, str]]:
    """A column per field: plain text where people read; in the machine formats a list of
    values joined with the list separator, and a list of objects as compact JSON."""
    columns = []
    row: dict[str, str] = {}
    for key, value in data.items():
        nested = isinstance(value, list) and any(isinstance(item, dict) for item in value)
        if nested:
            row[key] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, list):
            row[key] = joined(_plain(item) for item in value)
        else:
            row[key] = _plain(value)
        row[f"{key}_shown"] = _plain(value)
        columns.append(Column(key, key, shown=f"{key}_shown"))
    return tuple(columns), row


def _plain(value: Any) -> str:
    """A field's value as one readable string, nested records one per line."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_plain(item) for item in value)
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if key == "evidence" and isinstance(item, list):
                quotes = joined(f"{e['source']}: “{e['quote']}”" for e in item)
                parts.append(f"evidence: {quotes}")
            elif isinstance(item, list) and item:
                parts.append(f"{key}: {joined(_plain(part) for part in item)}")
            elif item not in (None, [], ""):
                parts.append(f"{key}: {_plain(item)}")
        return ", ".join(parts)
    return str(value)


def search_report(sources: Mapping[str, Source], hits: Sequence[Hit]) -> Report:
    columns = [
        Column("kind", "Kind"),
        Column("id", "Id"),
        Column("snippet", "Match", wide=True),
        SOURCES_COLUMN,
        Column("score", "score", machine_only=True),
    ]
    rows = []
    records = []
    for hit in hits:
        kind = KIND_OF_COLLECTION[hit.collection]
        rows.append(
            {
                "kind": kind,
                "id": hit.record.id,
                "snippet": hit.snippet,
                "sources": _sources(hit.record),
                "score": f"{hit.score:g}",
            }
        )
        computed = {"score": hit.score, "matched_words": hit.matched, "snippet": hit.snippet}
        records.append(_record_json(kind, hit.record, computed))
    section = Section(
        name="results",
        title="Search results",
        columns=tuple(columns),
        rows=tuple(rows),
        records=tuple(records),
        evidence=tuple(_evidence(hit.record) for hit in hits),
        highlights=tuple({"snippet": hit.highlights} for hit in hits),
    )
    return Report((section,), footnotes=source_legend(sources, [hit.record for hit in hits]))


def suggestions_report(found: Sequence[Suggestion]) -> Report:
    columns = (
        Column("start", "Span", shown="span"),
        Column("end", "end", machine_only=True),
        Column("kind", "Likely kind"),
        Column("quote", "Sentence", wide=True),
        Column("found", "Checkable"),
        Column("backs", "Already backs"),
        Column("new_names", "New names"),
    )
    rows = []
    records = []
    for item in found:
        rows.append(
            {
                "start": str(item.start),
                "end": str(item.end),
                "span": f"{item.start}–{item.end}",
                "kind": item.kind,
                "quote": item.quote,
                "found": joined(item.found + tuple(f"name {name}" for name in item.names)),
                "backs": joined(item.backs),
                "new_names": joined(item.new_names),
            }
        )
        records.append(
            {
                RECORD_TYPE: "suggestion",
                "start": item.start,
                "end": item.end,
                "quote": item.quote,
                "kind": item.kind,
                "parts": list(item.found),
                "names": list(item.names),
                "new_names": list(item.new_names),
                "backs": list(item.backs),
            }
        )
    return Report((Section("suggestions", "Suggestions", columns, tuple(rows), tuple(records)),))


def _label(index: Index, record_id: str) -> str:
    """What people call a record: a name, else a title, else its id."""
    record = index.by_id.get(record_id)
    name = getattr(record, "name", None) or getattr(record, "title", None)
    return name if isinstance(name, str) else record_id


def conflicts_report(index: Index) -> Report:
    columns = (
        Column("conflict", "Conflict"),
        Column("subject", "About"),
        Column("subject_id", "subject_id", machine_only=True),
        Column("field", "What differs"),
        Column("rank", "Rank"),
        Column("value", "Value", wide=True),
        Column("reason", "Why", wide=True),
        SOURCES_COLUMN,
    )
    rows = []
    evidence = []
    for conflict in index.store.conflicts:
        for value in conflict.values:
            rows.append(
                {
                    "conflict": conflict.id,
                    "subject": _label(index, conflict.subject),
                    "subject_id": conflict.subject,
                    "field": conflict.field,
                    "rank": value.rank.value,
                    "value": value.value,
                    "reason": value.reason,
                    "sources": joined(dict.fromkeys(item.source for item in value.evidence)),
                }
            )
            evidence.append(tuple((item.source, item.quote) for item in value.evidence))
    records = tuple(
        {RECORD_TYPE: "conflict", **conflict.to_json()} for conflict in index.store.conflicts
    )
    section = Section("conflicts", "Conflicts", columns, tuple(rows), records, tuple(evidence))
    return Report((section,))
