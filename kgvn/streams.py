"""Writing a run's answer and its errors: one line per problem, quiet on a closed pipe.

Shared by the Typer command line (`kgvn.cli.core`) and the fast path for warm reads
(`kgvn.fastread`), so both print the same bytes; it imports neither Typer nor Rich.
"""

from __future__ import annotations

import contextlib
import os
import sys

from kgvn.errors import ExitCode, KgvnError


def write_out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def note(message: str) -> None:
    sys.stderr.write(f"kgvn: {printable(message)}\n")


def printable(text: str) -> str:
    """Messages can quote the store; its control characters must not act on the terminal."""
    from kgvn.render.base import visible

    return visible(text, keep_newlines=False)


def show_error(error: KgvnError) -> int:
    """Say what went wrong in one line (and its details indented); return the exit code."""
    note(error.message)
    for detail in error.details:
        sys.stderr.write(f"  {printable(detail)}\n")
    return int(error.exit_code)


def report_error(error: BaseException, debug: bool) -> int:
    """Any error that ended a run, as one line and an exit code (a traceback with `debug`)."""
    if isinstance(error, KgvnError):
        return show_error(error)
    click_style_message = getattr(error, "format_message", None)
    exit_code = getattr(error, "exit_code", None)
    if callable(click_style_message) and isinstance(exit_code, int):
        command = getattr(getattr(error, "ctx", None), "command_path", "kgvn")
        note(f"{click_style_message()} (see '{command} --help')")
        return exit_code
    if isinstance(error, OSError) and getattr(error, "errno", None) == 32:
        return closed_pipe()
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


def debugging(argv: list[str]) -> bool:
    """Whether internal errors show their traceback: `--debug`, or KGVN_DEBUG set but not 0."""
    return "--debug" in argv or os.environ.get("KGVN_DEBUG", "") not in ("", "0")


def closed_pipe() -> int:
    """The reader went away (`| head`): stop quietly, and keep Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return ExitCode.OK


def tolerate_unencodable_output() -> None:
    """Where the locale cannot show 'ệ', write an escape instead of failing or dropping the row."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
