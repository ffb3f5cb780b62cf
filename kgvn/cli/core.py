"""The Typer app and what every command shares: options, error handling, rendering.

Domain modules are imported inside functions so that `--help` and completion stay fast.

The command modules (this one too) do not use `from __future__ import annotations`: Typer reads
every parameter's annotation on each run, two or three times a command, and a string annotation
would be compiled and evaluated each time (half of `--help`'s own time). Names imported only for
type checking are written in quotes instead.
"""

import importlib
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, NoReturn, ParamSpec, TypeVar

import typer
from typer.core import TyperGroup

from kgvn import __version__
from kgvn.errors import ExitCode, KgvnError, NotFoundError, UsageError
from kgvn.render import OutputFormat
from kgvn.streams import (
    closed_pipe,
    debugging,
    report_error,
    show_error,
    tolerate_unencodable_output,
)
from kgvn.streams import note as note  # every command module says things through core
from kgvn.streams import write_out as write_out

if TYPE_CHECKING:
    from kgvn.query import Index
    from kgvn.render.base import RenderOptions, Report


#: Options of the whole program, accepted after the command word too (`kgvn timeline --data x`).
GLOBAL_FLAGS = frozenset({"--no-color", "--debug", "--csv-formulas"})
#: Global options that take a value, to find the command word in argv.
_VALUED_OPTIONS = frozenset({"--data", "--max-store-size"})


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options found after the command word in front of it, up to a `--`."""
    command_at = _command_position(args)
    if command_at is None:
        return args
    front, moved, rest = list(args[:command_at]), [], []
    tail = args[command_at:]
    position = 0
    while position < len(tail):
        word = tail[position]
        if word == "--":
            rest.extend(tail[position:])
            break
        if word in GLOBAL_FLAGS or word.startswith(tuple(f"{name}=" for name in _VALUED_OPTIONS)):
            moved.append(word)
        elif word in _VALUED_OPTIONS and position + 1 < len(tail):
            moved.extend(tail[position : position + 2])
            position += 1
        else:
            rest.append(word)
        position += 1
    return front + moved + rest


def _command_position(args: list[str]) -> int | None:
    skip = False
    for position, word in enumerate(args):
        if skip:
            skip = False
        elif word in _VALUED_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            return position
    return None


class KgvnGroup(TyperGroup):
    """A command group that prints its help when called bare, and takes global options late."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        if not args and not ctx.resilient_parsing:
            typer.echo(ctx.get_help())
            ctx.exit(0)
        if ctx.parent is None:
            args = hoist_global_options(args)
        return super().parse_args(ctx, args)


app = typer.Typer(
    name="kgvn",
    cls=KgvnGroup,
    help="Cited facts on relations between Kyrgyzstan and Việt Nam, for fact-checkers.",
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
            raise typer.Exit(show_error(error)) from None

    return run_command


#: Every top-level command and the module declaring it, in the order `--help` lists them.
COMMAND_MODULES: dict[str, str] = {
    "timeline": "lookup",
    "trade": "lookup",
    "who": "lookup",
    "agreements": "lookup",
    "sources": "lookup",
    "show": "lookup",
    "search": "lookup",
    "check": "checking",
    "conflicts": "curation",
    "validate": "maintenance",
    "audit": "maintenance",
    "cache": "maintenance",
    "export": "exporting",
    "schema": "exporting",
    "init": "curation",
    "source": "curation",
    "suggest": "curation",
    "add": "curation",
    "cite": "curation",
    "update": "revising",
}
_declared: dict[str, Callable[..., Any]] = {}
_groups: dict[str, typer.Typer] = {}
_registered: set[str] = set()


def command(function: Callable[P, R]) -> Callable[P, R]:
    """Declare a top-level command; it joins `app` when a run needs it (see `load`)."""
    _declared[function.__name__] = guarded(function)
    return function


def group(name: str, commands: typer.Typer) -> None:
    """Declare a group of subcommands, such as `kgvn export …`."""
    _groups[name] = commands


def load(names: set[str] | None = None) -> None:
    """Import and register the commands a run needs; all of them when `names` is None.

    Typer builds every registered command on each run, so registering only the one asked for
    keeps start-up short (Click's "lazily loading subcommands" pattern).
    """
    wanted = set(COMMAND_MODULES) if names is None else names & set(COMMAND_MODULES)
    for module in sorted({COMMAND_MODULES[name] for name in wanted}):
        importlib.import_module(f"kgvn.cli.{module}")
    for name in COMMAND_MODULES:
        if name in wanted and name not in _registered:
            if name in _groups:
                app.add_typer(_groups[name], name=name)
            else:
                app.command(name=name)(_declared[name])
            _registered.add(name)


def command_named(argv: list[str]) -> str | None:
    """The command word of a command line, or None (help, completion, or an unknown word)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _VALUED_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            return word if word in COMMAND_MODULES else None
    return None


class Settings(NamedTuple):
    data: Path | None
    no_color: bool
    csv_formulas: bool = False


FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, tsv in a pipe.",
        case_sensitive=False,
    ),
]
NoHeadersOption = Annotated[bool, typer.Option("--no-headers", help="Leave out the header line.")]
EvidenceOption = Annotated[bool, typer.Option("--evidence", "-e", help="Show each row's quotes.")]
SourcesOption = Annotated[
    Path | None,
    typer.Option(
        "--sources",
        metavar="DIR",
        help="Folder of article texts (default: $KGVN_SOURCES, else sources/ beside the store).",
    ),
]
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
            readable=False,  # kgvn says why it cannot read a store, with exit code 4
            show_envvar=True,
        ),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the output.")] = False,
    csv_formulas: Annotated[
        bool,
        typer.Option(
            "--csv-formulas",
            help="Write CSV cells starting with = + - @ as they are (default: prefix a ').",
        ),
    ] = False,
    max_store_size: Annotated[
        str | None,
        typer.Option(
            "--max-store-size",
            metavar="SIZE",
            help="Refuse store files larger than this, e.g. 700M or 2G (default 1G).",
            envvar="KGVN_MAX_STORE_BYTES",
            show_envvar=True,
        ),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors (or KGVN_DEBUG=1).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Look up dated, sourced facts; check a sentence against them."""
    if max_store_size is not None or "kgvn.store" in sys.modules:
        from kgvn import store

        try:
            store.size_limit = (
                None if max_store_size is None else store.parse_size(max_store_size, "SIZE")
            )
        except UsageError as error:
            raise typer.BadParameter(error.message, param_hint="--max-store-size") from None
    ctx.obj = Settings(data=data, no_color=no_color, csv_formulas=csv_formulas)


def settings_of(ctx: typer.Context) -> Settings:
    settings = ctx.find_root().obj
    return settings if isinstance(settings, Settings) else Settings(data=None, no_color=False)


def open_index(
    ctx: typer.Context, collections: tuple[str, ...] | None = None, names: bool = False
) -> "Index":
    """Lookups over the store from the cache: every record, or only `collections` and sources.

    With `names`, also the people, organisations and countries those records name.
    """
    from kgvn.query import Index
    from kgvn.store import load_records

    named = ("people", "organisations", "countries") if names else ()
    return Index(load_records(settings_of(ctx).data, collections, named))


def emit(
    ctx: typer.Context,
    report: "Report",
    output_format: OutputFormat | None,
    no_headers: bool = False,
    evidence: bool = False,
    limit: int | None = None,
) -> None:
    """Render the report in the chosen format and write it; say on stderr what was left out."""
    from kgvn.render import rendered

    if limit is not None:
        if limit < 1:
            raise UsageError(f"--limit must be at least 1, not {limit}")
        report, total = _limited(report, limit)
        if total > limit:
            note(f"{limit} of {total} shown (--limit {limit})")
    options = terminal_options(ctx)._replace(headers=not no_headers, evidence=evidence)
    write_out(rendered(report, output_format, options))


def terminal_options(ctx: typer.Context) -> "RenderOptions":
    """Rendering options read from the terminal: colour, width, what the encoding can show."""
    from kgvn.terminal import render_options

    settings = settings_of(ctx)
    return render_options(no_color=settings.no_color, csv_formulas=settings.csv_formulas)


def _limited(report: "Report", limit: int) -> "tuple[Report, int]":
    total = report.row_count
    left = limit
    sections = []
    for section in report.sections:
        keep = min(left, len(section.rows))
        left -= keep
        sections.append(
            section._replace(
                rows=section.rows[:keep],
                records=section.records[:keep],
                evidence=section.evidence[:keep],
            )
        )
    # The legend names the sources the rows cite: drop the lines for rows left out.
    shown = {source for section in sections for pairs in section.evidence for source, _ in pairs}
    every = {source for section in report.sections for row in section.evidence for source, _ in row}
    dropped = every - shown
    footnotes = tuple(line for line in report.footnotes if line.partition(":")[0] not in dropped)
    return report._replace(sections=tuple(sections), footnotes=footnotes), total


def nothing(message: str) -> NoReturn:
    raise NotFoundError(message)


def run() -> int:
    """Entry point: run the app and turn every error into one line and an exit code."""
    debug = debugging(sys.argv[1:])
    tolerate_unencodable_output()
    name = None if os.environ.get("_KGVN_COMPLETE") else command_named(sys.argv[1:])
    load(None if name is None else {name})
    if name is not None:
        import gc

        from kgvn import store

        store.defer_builds = True  # a big store's first read: the answer first, then the cache
        # One short run makes records by the thousand and hardly a cycle: the collector would
        # only walk them, again and again (a tenth of a warm `who` on a big store).
        gc.disable()
    try:
        result = app(standalone_mode=False, prog_name="kgvn")
    except (KeyboardInterrupt, typer.Abort):
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return closed_pipe()
    except Exception as error:
        return report_error(error, debug)
    finally:
        reader = sys.modules.get("kgvn.store")
        if reader is not None:
            reader.build_deferred()
    return result if isinstance(result, int) else ExitCode.OK
