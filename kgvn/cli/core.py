"""The Typer app and what every command shares: options, error handling, rendering.

Domain modules are imported inside functions so that `--help` and completion stay fast.

The command modules (this one too) do not use `from __future__ import annotations`: Typer reads
every parameter's annotation on each run, two or three times a command, and a string annotation
would be compiled and evaluated each time (half of `--help`'s own time). Names imported only for
type checking are written in quotes instead.
"""

import contextlib
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

if TYPE_CHECKING:
    from kgvn.query import Index
    from kgvn.render.base import RenderOptions, Report
    from kgvn.terminal import Terminal


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
            note(error.message)
            for detail in error.details:
                sys.stderr.write(f"  {_printable(detail)}\n")
            raise typer.Exit(int(error.exit_code)) from None

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


def _terminal(ctx: typer.Context) -> "Terminal":
    from kgvn.terminal import detect

    return detect(no_color=settings_of(ctx).no_color)


def emit(
    ctx: typer.Context,
    report: "Report",
    output_format: OutputFormat | None,
    no_headers: bool = False,
    evidence: bool = False,
    limit: int | None = None,
) -> None:
    """Render the report in the chosen format and write it; say on stderr what was left out."""
    from kgvn.render import renderer_for

    if limit is not None:
        if limit < 1:
            raise UsageError(f"--limit must be at least 1, not {limit}")
        report, total = _limited(report, limit)
        if total > limit:
            note(f"{limit} of {total} shown (--limit {limit})")
    terminal = _terminal(ctx)
    chosen = output_format or (OutputFormat.table if terminal.is_tty else OutputFormat.tsv)
    options = terminal_options(ctx)._replace(headers=not no_headers, evidence=evidence)
    write_out(renderer_for(chosen).render(report, options))


def terminal_options(ctx: typer.Context) -> "RenderOptions":
    """Rendering options read from the terminal: colour, width, what the encoding can show."""
    from kgvn.render.base import RenderOptions

    terminal = _terminal(ctx)
    return RenderOptions(
        color=terminal.color,
        width=terminal.width,
        ascii_only=terminal.ascii_only,
        terminal=terminal.is_tty,
        spreadsheet_safe=not settings_of(ctx).csv_formulas,
    )


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


def write_out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def note(message: str) -> None:
    sys.stderr.write(f"kgvn: {_printable(message)}\n")


def _printable(text: str) -> str:
    """Messages can quote the store; its control characters must not act on the terminal."""
    from kgvn.render.base import visible

    return visible(text, keep_newlines=False)


def nothing(message: str) -> NoReturn:
    raise NotFoundError(message)


def run() -> int:
    """Entry point: run the app and turn every error into one line and an exit code."""
    debug = "--debug" in sys.argv[1:] or os.environ.get("KGVN_DEBUG", "") not in ("", "0")
    _tolerate_unencodable_output()
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
        return _closed_pipe()
    except Exception as error:
        return _report_error(error, debug)
    finally:
        reader = sys.modules.get("kgvn.store")
        if reader is not None:
            reader.build_deferred()
    return result if isinstance(result, int) else ExitCode.OK


def _report_error(error: BaseException, debug: bool) -> int:
    if isinstance(error, KgvnError):
        note(error.message)
        for detail in error.details:
            sys.stderr.write(f"  {_printable(detail)}\n")
        return int(error.exit_code)
    click_style_message = getattr(error, "format_message", None)
    exit_code = getattr(error, "exit_code", None)
    if callable(click_style_message) and isinstance(exit_code, int):
        command = getattr(getattr(error, "ctx", None), "command_path", "kgvn")
        note(f"{click_style_message()} (see '{command} --help')")
        return exit_code
    if isinstance(error, OSError) and getattr(error, "errno", None) == 32:
        return _closed_pipe()
    if isinstance(error, OSError) and not debug:  # an I/O fault, not a bug: one line, code 4
        from kgvn.files import describe

        where = f"{error.filename}: " if error.filename else ""
        note(f"{where}{describe(error)}")
        return ExitCode.STORE
    if debug:
        import traceback

        traceback.print_exception(type(error), error, error.__traceback__)
    else:
        note(f"internal error: {type(error).__name__}: {error} (run with --debug for details)")
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
