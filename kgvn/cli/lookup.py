"""Reading commands: timeline, trade, who, agreements, sources, show, search."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kgvn.cli import completion
from kgvn.cli.core import (
    EvidenceOption,
    FormatOption,
    LimitOption,
    NoHeadersOption,
    SourcesOption,
    command,
    emit,
    note,
    nothing,
    open_index,
    settings_of,
    terminal_options,
    write_out,
)
from kgvn.errors import UsageError
from kgvn.render import OutputFormat
from kgvn.vocabulary import AgreementKind, AgreementStatus, EventKind

if TYPE_CHECKING:
    from collections.abc import Mapping

    from kgvn.query import Index, Named
    from kgvn.records import Record, Source, Store

#: The collections that give names to the ids other records refer to.
NAMED = ("people", "organisations", "countries")


@command
def timeline(
    ctx: typer.Context,
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from", metavar="DATE", help="Start: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)."
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option("--to", metavar="DATE", help="End: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)."),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Only events of this kind, e.g. visit, talks, reception.",
            autocompletion=completion.choices(EventKind),
        ),
    ] = None,
    person: Annotated[
        str | None,
        typer.Option(
            "--person",
            metavar="NAME",
            help="Only events this person took part in (any spelling).",
            autocompletion=completion.names,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="ID",
            help="Only events this source cites.",
            autocompletion=completion.source_ids,
        ),
    ] = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Events in date order, at the precision the sources give."""
    from kgvn import query, views

    dates = query.DateRange.parse(date_from, date_to)
    index = open_index(ctx, ("events", *NAMED)) if person else open_index(ctx, ("events",), True)
    events = query.timeline(index, dates, kind=kind, person=person, source=source)
    if not events:
        nothing("no events match")
    emit(ctx, views.timeline_report(index, events), output_format, no_headers, evidence, limit)


@command
def trade(
    ctx: typer.Context,
    year: Annotated[
        int | None, typer.Option("--year", metavar="YEAR", help="Only figures covering this year.")
    ] = None,
    chart: Annotated[
        bool,
        typer.Option(
            "--chart",
            help="Draw two-way trade by year as bars (with -f other than table: that format).",
        ),
    ] = False,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Two-way trade by year with the computed change, what each side sells, and investment."""
    from kgvn import query, views

    index = open_index(ctx, ("trade", "product_flows", "investments"), names=True)
    rows = query.trade_series(index, year)
    if chart and output_format in (None, OutputFormat.table):
        if not rows:
            nothing(f"no trade figures for {year}" if year is not None else "no trade figures")
        sides = query.country_names(open_index(ctx, ("countries",)))
        write_out(views.trade_chart(rows, sides, terminal_options(ctx)))
        return
    flows = [] if year is not None else query.product_flows(index)
    investments = query.investments(index, year)
    if year is not None and index.store.product_flows:
        note("product flows are undated in the sources and are left out with --year")
    if not rows and not flows and not investments:
        nothing(f"no trade figures for {year}" if year is not None else "no trade figures")
    report = views.trade_report(index, rows, flows, investments)
    emit(ctx, report, output_format, no_headers, evidence, limit)


@command
def who(
    ctx: typer.Context,
    query_text: Annotated[
        str | None,
        typer.Argument(
            metavar="[QUERY]", help="Part of a name, any spelling.", autocompletion=completion.names
        ),
    ] = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """People, organisations and countries, under any spelling the sources use."""
    from kgvn import query, views

    if query_text is None:
        index = open_index(ctx, (*NAMED, "events"))
        found = query.everyone(index)
    else:
        index, found = _named(ctx, query_text)
        if not found:
            index = open_index(ctx, (*NAMED, "events"))
            found = query.find_named(index, query_text)
        if not found:
            nearest = query.nearest_names(index, query_text)
            hint = f"; nearest: {', '.join(nearest)}" if nearest else ""
            nothing(f"no one matches {query_text!r}{hint}")
    emit(ctx, views.who_report(index, found), output_format, no_headers, evidence, limit)


def _named(ctx: typer.Context, query_text: str) -> "tuple[Index, list[Named]]":
    """Who matches exactly, reading from the cache only those whose spellings hold every word."""
    from kgvn import query
    from kgvn.records import Store
    from kgvn.store import open_cache
    from kgvn.text import words

    opened = open_cache(settings_of(ctx).data)
    try:
        candidates = opened.by_rowid(opened.named_matching(words(query_text)))
        data: dict[str, list[dict[str, object]]] = {"sources": opened.collection("sources")}
        for rowid in sorted(candidates):
            collection, item = candidates[rowid]
            data.setdefault(collection, []).append(item)
        candidates_store = Store.from_json(data)
        found = query.find_named(query.Index(candidates_store), query_text)
        # Of their events `who` prints the date, kind and id only: no evidence is built.
        bare = {"evidence": (), "inferred": (), "history": ()}
        events = [
            {**item, **bare}
            for _, item in opened.by_ids(opened.events_with(named.id for named in found))
        ]
    finally:
        opened.close()
    more = Store.from_json({"sources": [], "events": events})
    index = query.Index(_joined(candidates_store, more))
    wanted = {named.id for named in found}
    return index, [named for named in query.everyone(index) if named.id in wanted]


def _joined(first: "Store", then: "Store") -> "Store":
    """The records of `first` followed by those of `then`, collection by collection, without
    building `first`'s again."""
    from kgvn.records import Store

    joined = Store.__new__(Store)
    for name in Store.__slots__:
        value = getattr(first, name)
        if isinstance(value, tuple):
            value += getattr(then, name)
        object.__setattr__(joined, name, value)
    return joined


@command
def agreements(
    ctx: typer.Context,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="e.g. signed, in-force, under-negotiation.",
            autocompletion=completion.choices(AgreementStatus),
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="e.g. joint-statement, treaty.",
            autocompletion=completion.choices(AgreementKind),
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="Status as it stood at this date (YYYY, YYYY-MM or YYYY-MM-DD); default: newest.",
        ),
    ] = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Agreements with their kind, status, date and parties."""
    from kgvn import query, views
    from kgvn.history import parse_as_of, value_as_of

    date = parse_as_of(as_of)
    index = open_index(ctx, ("agreements",), names=True)
    found = query.agreements(index, status=None if date else status, kind=kind)
    statuses = None
    if date is not None:
        statuses = {item.id: value_as_of(item, "status", date) for item in found}
        if status is not None:
            wanted = query.parse_choice(AgreementStatus, status, "--status").value
            found = [item for item in found if statuses[item.id] == wanted]
    if not found:
        nothing("no agreements match")
    report = views.agreements_report(index, found, statuses)
    emit(ctx, report, output_format, no_headers, evidence, limit)


@command
def sources(
    ctx: typer.Context,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    limit: LimitOption = None,
) -> None:
    """The articles the record is built from, and how many records cite each."""
    from kgvn import views

    index = open_index(ctx)
    emit(ctx, views.sources_report(index), output_format, no_headers, limit=limit)


@command
def show(
    ctx: typer.Context,
    record_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="A record or source id.", autocompletion=completion.record_ids
        ),
    ],
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    context: Annotated[
        bool, typer.Option("--context", help="Show the sentences around each quote in its article.")
    ] = False,
    sources: SourcesOption = None,
) -> None:
    """One record whole, with every evidence quote and its source."""
    from kgvn import answers, views
    from kgvn.store import open_cache

    opened = open_cache(settings_of(ctx).data)
    try:
        found = answers.record_found(opened, record_id)
    finally:
        opened.close()
    if found is not None:  # the quick way: one record by id
        kind, record, known = found
        contexts = _contexts(ctx, record, known, sources) if context else []
        emit(ctx, views.record_report(kind, record, known, contexts), output_format, no_headers)
        return
    index = open_index(ctx)
    if record_id not in index.by_id and record_id not in index.sources:
        nearest = index.nearest_ids(record_id)
        hint = f"; nearest: {', '.join(nearest)}" if nearest else ""
        nothing(f"no record {record_id!r}{hint}")
    if context and record_id not in index.by_id:
        raise UsageError("--context applies to records, not to sources")
    record_found = index.by_id.get(record_id)
    contexts = (
        _contexts(ctx, record_found, index.sources, sources) if context and record_found else []
    )
    emit(ctx, views.show_report(index, record_id, contexts), output_format, no_headers)


def _contexts(
    ctx: typer.Context, record: "Record", known: "Mapping[str, Source]", sources: Path | None
) -> list[tuple[str, str, str, str]]:
    from kgvn.audit import read_article
    from kgvn.curate import sources_dir_for
    from kgvn.errors import StoreError
    from kgvn.sentences import context_of
    from kgvn.store import default_store_path

    folder = sources_dir_for(settings_of(ctx).data or default_store_path(), sources)
    found = []
    for evidence in record.evidence:
        path = folder / known[evidence.source].file
        if not path.exists():
            raise StoreError(f"{path}: the article text is not available; pass --sources DIR")
        before, sentence, after = context_of(read_article(path), evidence.quote)
        found.append((evidence.source, before, sentence, after))
    return found


@command
def search(
    ctx: typer.Context,
    words: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="Words to look for, any case or marks.")
    ],
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Full-text search over every record: names, titles, summaries, quotes.

    Words are matched folded and stemmed ('negotiate' finds 'negotiations'), numbers whole;
    records holding every word come first, in the order of the score shown.
    """
    from kgvn.answers import search_results
    from kgvn.store import open_cache

    if limit is not None and limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}")
    opened = open_cache(settings_of(ctx).data)
    try:
        report, left_out = search_results(opened, " ".join(words), limit)
    finally:
        opened.close()
    if left_out:
        note(left_out)
    emit(ctx, report, output_format, no_headers, evidence)
