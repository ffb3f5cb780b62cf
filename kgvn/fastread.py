"""Warm `search` and `show ID` in a pipe, answered without Typer, Rich or pydantic.

Importing Typer alone takes about 40 ms, several times what the `sqlite3` shell needs for the
same FTS5 search on the exported database, and a warm read needs none of it: its answer is in the
cache entry already. So the entry point (`kgvn.__main__`) asks here first, and this module answers
only when it is certain to print what the full command line would print, byte for byte:

- the command is `search` or `show` and every argument is in the narrow grammar below;
- stdout is not a terminal and the format is not `table` (tables are drawn by Rich);
- the store file's stamp names a cache entry of ours for this code (`kgvn.store.open_warm`),
  and every row read from it checks;
- `show` is given a record's id (a source's or an unknown id needs the whole store).

Anything else (an option it does not know, `--help`, completion, a terminal, a cold or changed
store, a row that does not check, any exception) returns None before a byte is written, and the
full command line runs as if this module were not there: it rebuilds a damaged entry, says what
is wrong, and so on. `KGVN_NO_FASTREAD=1` turns this module off (the tests compare both paths).

For any other command line, deciding costs a look at `sys.argv` and nothing is imported.
"""

from __future__ import annotations

import os
import sys

#: `typing.TYPE_CHECKING` without importing `typing` (milliseconds of every run's start-up);
#: type checkers treat any constant of this name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import sqlite3

    from kgvn.cache import Cache
    from kgvn.errors import KgvnError
    from kgvn.render.base import Report

#: Set (to anything but empty) to always take the full command line.
OFF_ENV = "KGVN_NO_FASTREAD"
#: Program options it understands, before or after the command word.
GLOBAL_FLAGS = {"--no-color": "no_color", "--csv-formulas": "csv_formulas", "--debug": "debug"}
GLOBAL_VALUED = {"--data": "data"}
#: Per command: its flags and its options taking a value, every spelling to one name.
FLAGS = {
    "search": {"--no-headers": "no_headers", "--evidence": "evidence", "-e": "evidence"},
    "show": {"--no-headers": "no_headers"},
}
VALUED = {
    "search": {"--format": "format", "-f": "format", "--limit": "limit", "-n": "limit"},
    "show": {"--format": "format", "-f": "format"},
}
#: The formats written without Rich, spelled as `--format` takes them.
FORMATS = ("json", "jsonl", "csv", "tsv", "markdown")
#: `kgvn.errors.ExitCode.INTERRUPTED`, without importing it for a run answered elsewhere.
INTERRUPTED = 130


class Unsure(Exception):
    """The full command line must answer this run."""


class Request:
    """A command line of the narrow grammar: the command, its words, its options by name."""

    __slots__ = ("command", "options", "words")

    def __init__(self, command: str, words: list[str], options: dict[str, str]) -> None:
        self.command = command
        self.words = words
        self.options = options

    def flag(self, name: str) -> bool:
        return name in self.options


def answer(argv: list[str]) -> int | None:
    """The exit code of a run answered here, or None when the full command line must run."""
    if os.environ.get(OFF_ENV) or "_KGVN_COMPLETE" in os.environ:
        return None
    try:
        request = parse(argv)
        if request is None or _is_terminal():
            return None
        outcome = _prepare(request)
    except KeyboardInterrupt:
        return INTERRUPTED  # as the full command line: nothing written
    except Exception:  # any doubt at all: the full command line answers
        return None
    try:
        return outcome.write()
    except KeyboardInterrupt:
        return INTERRUPTED


def parse(argv: list[str]) -> Request | None:
    """The request, if every word of `argv` is in the grammar; None otherwise.

    Options are `--name value`, `--name=value` or `-x value`, each given at most once; any other
    word starting with `-` (`--help`, `-fjson`, `--`, a negative number) is not understood.
    """
    command: str | None = None
    words: list[str] = []
    options: dict[str, str] = {}
    position = 0
    while position < len(argv):
        word = argv[position]
        position += 1
        if not word.startswith("-"):
            if command is None:
                if word not in FLAGS:  # `search` or `show`
                    return None
                command = word
            else:
                words.append(word)
            continue
        name, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
        flags = {**GLOBAL_FLAGS, **FLAGS.get(command or "", {})}
        valued = {**GLOBAL_VALUED, **VALUED.get(command or "", {})}
        if name in flags and not equals:
            key = flags[name]
        elif name in valued:
            if not equals:
                if position == len(argv):
                    return None
                value = argv[position]
                position += 1
            key = valued[name]
            if not value or value.startswith("-"):
                return None
        else:
            return None
        if key in options:
            return None
        options[key] = value
    return _checked(command, words, options)


def _checked(command: str | None, words: list[str], options: dict[str, str]) -> Request | None:
    """The request if its values are ones the full command line takes as they are."""
    if command is None or not words or (command == "show" and len(words) != 1):
        return None
    if options.get("format", "tsv") not in FORMATS:
        return None
    limit = options.get("limit", "1")
    if not (limit.isascii() and limit.isdigit()) or int(limit) < 1:
        return None
    return Request(command, words, options)


def _is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError, OSError):
        return True  # not sure what stdout is


class Outcome:
    """What a run prints: notes on stderr, then the text on stdout, or else an error."""

    __slots__ = ("error", "notes", "text")

    def __init__(self, notes: list[str], text: str = "", error: KgvnError | None = None) -> None:
        self.notes = notes
        self.text = text
        self.error = error

    def write(self) -> int:
        """Write it as the full command line would, and return the exit code."""
        from kgvn import streams

        try:
            for line in self.notes:
                streams.note(line)
            if self.error is not None:
                return streams.show_error(self.error)
            streams.write_out(self.text)
        except BrokenPipeError:
            return streams.closed_pipe()
        except OSError as error:
            return streams.report_error(error, streams.debugging(sys.argv[1:]))
        return 0


def _prepare(request: Request) -> Outcome:
    """What the run prints, or `Unsure`; nothing is written yet."""
    from pathlib import Path

    from kgvn import store, streams
    from kgvn.errors import KgvnError
    from kgvn.render import OutputFormat, rendered
    from kgvn.terminal import render_options

    _check_environment()
    streams.tolerate_unencodable_output()  # before the text is made, as the full command line
    options = render_options(request.flag("no_color"), request.flag("csv_formulas"))
    if options.terminal:
        raise Unsure("a terminal")
    options = options._replace(
        headers=not request.flag("no_headers"), evidence=request.flag("evidence")
    )
    data = request.options.get("data")
    opened = store.open_warm(None if data is None else Path(data), rebuild=_not_here)
    if opened is None:
        raise Unsure("no warm cache entry")
    try:
        report, notes = _report(request, opened)
    except KgvnError as error:  # e.g. nothing matches: the command's own answer
        return Outcome([], error=error)
    finally:
        opened.close()
    output_format = request.options.get("format")
    chosen = None if output_format is None else OutputFormat(output_format)
    return Outcome(notes, rendered(report, chosen, options))


def _report(request: Request, opened: Cache) -> tuple[Report, list[str]]:
    """The report the command prints, read from the open cache entry, and its notes."""
    from kgvn import answers, views

    if request.command == "search":
        limit = request.options.get("limit")
        report, left_out = answers.search_results(
            opened, " ".join(request.words), None if limit is None else int(limit)
        )
        return report, [left_out] if left_out else []
    found = answers.record_found(opened, request.words[0])
    if found is None:
        raise Unsure("not a record's id")
    kind, record, known = found
    return views.record_report(kind, record, known), []


def _check_environment() -> None:
    """Settings the full command line reads before any command: refused ones mean `Unsure`."""
    from kgvn.store import DATA_ENV, MAX_STORE_ENV, parse_size

    if DATA_ENV in os.environ and not os.environ[DATA_ENV]:
        raise Unsure(f"an empty {DATA_ENV}")
    if MAX_STORE_ENV in os.environ:
        parse_size(os.environ[MAX_STORE_ENV], MAX_STORE_ENV)  # a bad size: the full path says so


def _not_here() -> sqlite3.Connection:
    """A row that does not check: the full command line rebuilds the entry from the store."""
    raise Unsure("a row that does not check")
