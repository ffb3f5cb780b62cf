"""Errors as values: each kind carries the exit code the CLI edge turns it into."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes, documented in the README; every command uses these."""

    OK = 0
    NOTHING_FOUND = 1
    USAGE = 2
    UNVERIFIED = 3
    STORE = 4
    #: `check` only: some atomic claims of the text are supported, the others unverified.
    PARTLY_SUPPORTED = 5
    INTERRUPTED = 130


class KgvnError(Exception):
    """A problem the user can act on; shown as one line, never a traceback."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []


class UsageError(KgvnError):
    """The command line asks for something that cannot be done as asked."""

    exit_code = ExitCode.USAGE


class NotFoundError(KgvnError):
    """The query was fine; the record holds nothing that matches."""

    exit_code = ExitCode.NOTHING_FOUND


class StoreError(KgvnError):
    """The store (or a source article) is missing, unreadable or invalid."""

    exit_code = ExitCode.STORE
