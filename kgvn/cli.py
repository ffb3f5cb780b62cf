"""The command line: parse options, call the domain, hand the result to a renderer.

Domain modules are imported inside the commands so that `--help` and completion stay fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, ParamSpec, TypeVar

import typer

from kgvn import __version__
from kgvn.errors import ExitCode, KgvnError, NotFoundError, UsageError

if TYPE_CHECKING:
    from kgvn.query import Index
    from kgvn.render import Report
    from kgvn.terminal import Terminal


class Format(str, Enum):
    """--format choices; mirrors `kgvn.render.OutputFormat` without importing it at start-up."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"


app = typer.Typer(
    name="kgvn",
    help="Cited facts on relations between Kyrgyzstan and Việt Nam, for fact-checkers.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


P = ParamSpec("P")
R = TypeVar("R")


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a `KgvnError` raised by a command into one line on stderr and its exit code."""

    @wraps(command)
    def run_command(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KgvnError as error:
            _note(error.message)
            for detail in error.details:
                sys.stderr.write(f"  {detail}\n")
            raise typer.Exit(int(error.exit_code)) from None

    return run_command


@dataclass(frozen=True)
class Settings:
    data: Path | None
    no_color: bool


FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, tsv in a pipe.",
        case_sensitive=False,
    ),
]
NoHeadersOption = Annotated[bool, typer.Option("--no-headers", help="Leave out the header line.")]
EvidenceOption = Annotated[bool, typer.Option("--evidence", "-e", help="Show each row's quotes.")]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", help="Show at most N rows (N ≥ 1).", metavar="N")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kgvn {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Store file to read (default: $KGVN_DATA, else the shipped one).",
            envvar="KGVN_DATA",
            show_envvar=True,
        ),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the output.")] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors (or KGVN_DEBUG=1).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Look up dated, sourced facts; check a sentence against them."""
    ctx.obj = Settings(data=data, no_color=no_color)


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.find_root().obj
    return settings if isinstance(settings, Settings) else Settings(data=None, no_color=False)


def _open_index(ctx: typer.Context) -> Index:
    from kgvn.query import Index
    from kgvn.store import load_store

    return Index(load_store(_settings(ctx).data))


def _terminal(ctx: typer.Context) -> Terminal:
    from kgvn.terminal import detect

    return detect(no_color=_settings(ctx).no_color)


def _emit(
    ctx: typer.Context,
    report: Report,
    output_format: Format | None,
    no_headers: bool = False,
    evidence: bool = False,
    limit: int | None = None,
) -> None:
    """Render the report in the chosen format and write it; say on stderr what was left out."""
    from kgvn.render import OutputFormat, RenderOptions, renderer_for

    if limit is not None:
        if limit < 1:
            raise UsageError(f"--limit must be at least 1, not {limit}")
        report, total = _limited(report, limit)
        if total > limit:
            _note(f"{limit} of {total} shown (--limit {limit})")
    terminal = _terminal(ctx)
    chosen = output_format or (Format.table if terminal.is_tty else Format.tsv)
    options = RenderOptions(
        headers=not no_headers,
        color=terminal.color,
        width=terminal.width,
        evidence=evidence,
        ascii_only=terminal.ascii_only,
    )
    write_out(renderer_for(OutputFormat(chosen.value)).render(report, options))


def _limited(report: Report, limit: int) -> tuple[Report, int]:
    total = report.row_count
    left = limit
    sections = []
    for section in report.sections:
        keep = min(left, len(section.rows))
        left -= keep
        sections.append(
            replace(
                section,
                rows=section.rows[:keep],
                records=section.records[:keep],
                evidence=section.evidence[:keep],
            )
        )
    return replace(report, sections=tuple(sections)), total


def write_out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _note(message: str) -> None:
    sys.stderr.write(f"kgvn: {message}\n")


def _nothing(message: str) -> NoReturn:
    raise NotFoundError(message)


# --- lookup commands -----------------------------------------------------------------------------


@app.command()
@guarded
def timeline(
    ctx: typer.Context,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Start: YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="End: YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only events of this kind, e.g. visit.")
    ] = None,
    person: Annotated[
        str | None,
        typer.Option("--person", help="Only events this person took part in (any spelling)."),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only events this source cites.")
    ] = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Events in date order, at the precision the sources give."""
    from kgvn import query, views

    dates = query.DateRange.parse(date_from, date_to)
    index = _open_index(ctx)
    events = query.timeline(index, dates, kind=kind, person=person, source=source)
    if not events:
        _nothing("no events match")
    _emit(ctx, views.timeline_report(index, events), output_format, no_headers, evidence, limit)


@app.command()
@guarded
def trade(
    ctx: typer.Context,
    year: Annotated[
        int | None, typer.Option("--year", help="Only figures covering this year.")
    ] = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Two-way trade by year with the computed change, what each side sells, and investment."""
    from kgvn import query, views

    index = _open_index(ctx)
    rows = query.trade_series(index, year)
    flows = [] if year is not None else query.product_flows(index)
    investments = query.investments(index, year)
    if year is not None and index.store.product_flows:
        _note("product flows are undated in the sources and are left out with --year")
    if not rows and not flows and not investments:
        _nothing(f"no trade figures for {year}" if year is not None else "no trade figures")
    report = views.trade_report(index, rows, flows, investments)
    _emit(ctx, report, output_format, no_headers, evidence, limit)


@app.command()
@guarded
def who(
    ctx: typer.Context,
    query_text: Annotated[
        str | None, typer.Argument(metavar="[QUERY]", help="Part of a name, any spelling.")
    ] = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """People, organisations and countries, under any spelling the sources use."""
    from kgvn import query, views

    index = _open_index(ctx)
    if query_text is None:
        found = query.everyone(index)
    else:
        found = query.find_named(index, query_text)
        if not found:
            nearest = query.nearest_names(index, query_text)
            hint = f"; nearest: {', '.join(nearest)}" if nearest else ""
            _nothing(f"no one matches {query_text!r}{hint}")
    _emit(ctx, views.who_report(index, found), output_format, no_headers, evidence, limit)


@app.command()
@guarded
def agreements(
    ctx: typer.Context,
    status: Annotated[
        str | None, typer.Option("--status", help="e.g. signed, in-force, under-negotiation.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="e.g. joint-statement, treaty.")
    ] = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Agreements with their kind, status, date and parties."""
    from kgvn import query, views

    index = _open_index(ctx)
    found = query.agreements(index, status=status, kind=kind)
    if not found:
        _nothing("no agreements match")
    _emit(ctx, views.agreements_report(index, found), output_format, no_headers, evidence, limit)


@app.command()
@guarded
def sources(
    ctx: typer.Context,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
) -> None:
    """The articles the record is built from, and how many records cite each."""
    from kgvn import views

    index = _open_index(ctx)
    _emit(ctx, views.sources_report(index), output_format, no_headers)


@app.command()
@guarded
def show(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(metavar="ID", help="A record or source id.")],
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
) -> None:
    """One record whole, with every evidence quote and its source."""
    from kgvn import views

    index = _open_index(ctx)
    if record_id not in index.by_id and record_id not in index.sources:
        nearest = index.nearest_ids(record_id)
        hint = f"; nearest: {', '.join(nearest)}" if nearest else ""
        _nothing(f"no record {record_id!r}{hint}")
    _emit(ctx, views.show_report(index, record_id), output_format, no_headers)


@app.command()
@guarded
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
    """Full-text search over every record: names, titles, summaries, quotes."""
    from kgvn import views
    from kgvn.search import SearchIndex

    index = _open_index(ctx)
    text = " ".join(words)
    hits = SearchIndex(index.store).search(text)
    if not hits:
        _nothing(f"nothing matches {text!r}")
    _emit(ctx, views.search_report(index, hits), output_format, no_headers, evidence, limit)


# --- store maintenance ---------------------------------------------------------------------------


@app.command()
@guarded
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None, typer.Argument(help="Store file to check (default: the store in use).")
    ] = None,
) -> None:
    """Check a store against the schema, ids and references; print counts per kind."""
    from kgvn.store import load_store

    store = load_store(path or _settings(ctx).data)
    counts = {"sources": len(store.sources)}
    counts.update({name: len(getattr(store, name)) for name, _ in _collections(store)})
    counts["conflicts"] = len(store.conflicts)
    for name, count in counts.items():
        write_out(f"{name}\t{count}\n")
    _note(f"valid: {sum(counts.values())} entries")


def _collections(store: object) -> list[tuple[str, int]]:
    from kgvn.models import RECORD_COLLECTIONS

    return [(name, len(getattr(store, name))) for name in RECORD_COLLECTIONS]


@app.command()
@guarded
def audit(
    ctx: typer.Context,
    sources_dir: Annotated[
        Path,
        typer.Option(
            "--sources", help="Folder holding the source articles.", envvar="KGVN_SOURCES"
        ),
    ],
) -> None:
    """Prove every quote is verbatim in its article and every article is unchanged."""
    from kgvn.audit import audit as run_audit
    from kgvn.errors import StoreError
    from kgvn.store import load_store

    store = load_store(_settings(ctx).data)
    report = run_audit(store, sources_dir)
    for source in store.sources:
        write_out(f"{source.id}\t{report.citations.get(source.id, 0)} records\n")
    if not report.ok:
        raise StoreError(f"audit failed: {len(report.problems)} problems", details=report.problems)
    _note(f"audit passed: {report.quotes_checked} quotes verbatim in {len(store.sources)} articles")


def run() -> int:
    """Entry point: run the app and turn every error into one line and an exit code."""
    debug = "--debug" in sys.argv[1:] or os.environ.get("KGVN_DEBUG", "") not in ("", "0")
    _tolerate_unencodable_output()
    try:
        result = app(standalone_mode=False, prog_name="kgvn")
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return _closed_pipe()
    except Exception as error:
        return _report_error(error, debug)
    return result if isinstance(result, int) else ExitCode.OK


def _report_error(error: BaseException, debug: bool) -> int:
    if isinstance(error, KgvnError):
        _note(error.message)
        for detail in error.details:
            sys.stderr.write(f"  {detail}\n")
        return int(error.exit_code)
    click_style_message = getattr(error, "format_message", None)
    exit_code = getattr(error, "exit_code", None)
    if callable(click_style_message) and isinstance(exit_code, int):
        command = getattr(getattr(error, "ctx", None), "command_path", "kgvn")
        _note(f"{click_style_message()} (see '{command} --help')")
        return exit_code
    if isinstance(error, OSError) and getattr(error, "errno", None) == 32:
        return _closed_pipe()
    if debug:
        import traceback

        traceback.print_exception(type(error), error, error.__traceback__)
    else:
        _note(f"internal error: {type(error).__name__}: {error} (run with --debug for details)")
    return 70


def _closed_pipe() -> int:
    """The reader went away (`| head`): stop quietly, and keep Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return ExitCode.OK


def _tolerate_unencodable_output() -> None:
    """Where the locale cannot show 'ệ', write an escape instead of failing or dropping the row."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
