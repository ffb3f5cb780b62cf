"""Reading a record's history: the value a revised field held at a given date.

Pure functions over the runtime records (no pydantic), for the reading commands' `--as-of`.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from kgvn.dates import check_partial_date, date_bounds
from kgvn.errors import UsageError


def parse_as_of(text: str | None) -> str | None:
    """An `--as-of` date, checked: YYYY, YYYY-MM or YYYY-MM-DD."""
    if text is None:
        return None
    problem = check_partial_date(text)
    if problem is not None:
        raise UsageError(f"--as-of: {problem}")
    return text


def value_as_of(record: Any, field: str, as_of: str) -> str | None:
    """The value `field` held at `as_of`: of the revisions reported by then, the latest.

    Without history for the field, the record's own value holds throughout. Before its first
    dated revision, a field holds its earliest value on record.
    """
    revisions = [entry for entry in record.history if entry.field == field]
    if not revisions:
        current = getattr(record, field)
        if isinstance(current, Enum):
            return str(current.value)
        return None if current is None else str(current)
    asked_end = date_bounds(as_of)[1]
    held = [
        entry
        for entry in revisions
        if entry.since is None or date_bounds(entry.since)[0] <= asked_end
    ]
    if not held:
        return revisions[0].value  # type: ignore[no-any-return]
    latest = max(held, key=lambda entry: _start(entry.since))  # the last of equals wins
    ties = [entry for entry in held if _start(entry.since) == _start(latest.since)]
    return ties[-1].value  # type: ignore[no-any-return]


def _start(since: str | None) -> dt.date:
    return dt.date.min if since is None else date_bounds(since)[0]
