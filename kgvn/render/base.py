"""The interface every renderer implements, and the data it renders."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, Protocol


class Column(NamedTuple):
    """A column of the human and tabular formats: a key into each row, and its header."""

    key: str
    header: str
    #: Wide columns get the room; narrow ones keep their width (dates, ids).
    wide: bool = False
    #: Shown in the machine formats only (e.g. a raw number the table shows formatted).
    machine_only: bool = False
    #: Where people read (table, markdown), the row's value under this key instead: e.g. a
    #: date span written `2025-03-06 – 07*` where the machine formats give ISO 8601 `2025-03-06`.
    shown: str | None = None


#: The one separator between the items of a list inside a cell, in every format.
LIST_SEPARATOR = "; "


def joined(items: Iterable[str]) -> str:
    """A list as one cell: the items in order, `LIST_SEPARATOR` between them."""
    return LIST_SEPARATOR.join(items)


class Section(NamedTuple):
    """One uniform list of rows, e.g. the yearly trade figures."""

    name: str
    title: str
    columns: tuple[Column, ...]
    #: Display values for table, csv, tsv and markdown, one mapping per row, never cut.
    rows: tuple[Mapping[str, str], ...]
    #: JSON-ready records for json and jsonl, one per row: the store's fields plus computed ones.
    records: tuple[Mapping[str, Any], ...]
    #: The (source, quote) pairs behind each row, for --evidence.
    evidence: tuple[tuple[tuple[str, str], ...], ...] = ()
    #: Per row, spans of a column's value to emphasise on a terminal (search matches).
    highlights: tuple[Mapping[str, tuple[tuple[int, int], ...]], ...] = ()


class Report(NamedTuple):
    """What a command found, before it becomes text."""

    sections: tuple[Section, ...]
    #: Lines printed under a table, such as the legend of source ids.
    footnotes: tuple[str, ...] = ()
    #: A single record shown whole (`kgvn show`): tables draw it as field/value pairs.
    single: bool = False

    @property
    def records(self) -> list[Mapping[str, Any]]:
        return [record for section in self.sections for record in section.records]

    @property
    def row_count(self) -> int:
        return sum(len(section.rows) for section in self.sections)


class RenderOptions(NamedTuple):
    headers: bool = True
    color: bool = False
    width: int = 100
    evidence: bool = False
    #: The output can show only ASCII: draw boxes with ASCII characters.
    ascii_only: bool = False
    #: Output goes to a terminal: text from the store is escaped in every format shown there.
    terminal: bool = False
    #: CSV cells that a spreadsheet would run as a formula are neutralised (see README).
    spreadsheet_safe: bool = True


class Renderer(Protocol):
    def render(self, report: Report, options: RenderOptions) -> str: ...


#: Characters that act on a terminal or hide text rather than show: C0 and C1 controls (escape
#: sequences, 8-bit CSI), bidirectional marks and overrides, zero-width characters, line and
#: paragraph separators, the byte-order mark and Unicode tag characters. Shown escaped, never
#: sent to a terminal.
UNSAFE_CHARACTERS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_UNSAFE = re.compile(UNSAFE_CHARACTERS)


def visible(text: str, keep_newlines: bool = True) -> str:
    """Escape control characters and bidi overrides so they show instead of acting."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    escaped = _UNSAFE.sub(escape, text)
    if not keep_newlines:
        escaped = escaped.replace("\n", "\\n")
    return escaped.replace("\t", "\\t")


def for_output(text: str, options: RenderOptions) -> str:
    """A value for a text format: escaped when it goes to a terminal, exact in a pipe."""
    return visible(text, keep_newlines=True) if options.terminal else text


#: What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell that a spreadsheet will show, not run: a leading `'` before a formula start.

    Plain numbers such as `-3` are left alone: a spreadsheet reads them as numbers.
    """
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_START)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_text(value: Any, indent: int | None = None, compact: bool = False) -> str:
    """JSON that keeps every value exact but writes characters that act on a terminal as
    `\\uXXXX` escapes, and refuses NaN and infinities (which are not JSON)."""
    text = _fast_json(value, indent, compact)
    if text is None:
        separators = (",", ":") if compact else None
        text = json.dumps(
            value, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
        )
    return _UNSAFE.sub(_json_escape, text)


#: Records from which a long list is written by pydantic-core's encoder (in Rust) rather than
#: `json.dumps`, whose indenting encoder is written in Python: worth importing it from here on.
FAST_JSON_RECORDS = 500
#: What pydantic-core writes otherwise than `json.dumps`: floats below 1e-4 (`1e-7` for
#: `1e-07`, `0.00005` for `5e-05`), NaN and infinities. Seen anywhere, `json.dumps` writes it.
_FLOAT_SPELLINGS = ("0.0000", "Infinity", "NaN")
_NEGATIVE_EXPONENT = re.compile(r"e-\d")  # a literal start: searched fast, unlike alternatives


def _fast_json(value: Any, indent: int | None, compact: bool) -> str | None:
    """`value` as `json.dumps` would write it, from pydantic-core; None when that is not sure."""
    import sys

    if (indent is None) != compact:
        return None  # separators pydantic-core does not write: ", " with ": ", or ":" indented
    if "pydantic_core" not in sys.modules and not (
        isinstance(value, list) and len(value) >= FAST_JSON_RECORDS
    ):
        return None  # a short answer: the import would cost more than it saves
    import pydantic_core

    try:
        text = pydantic_core.to_json(value, indent=indent).decode("utf-8")
    except (ValueError, TypeError, UnicodeError, pydantic_core.PydanticSerializationError):
        return None
    if any(spelling in text for spelling in _FLOAT_SPELLINGS):
        return None
    for found in _NEGATIVE_EXPONENT.finditer(text):
        if text[found.start() - 1 : found.start()].isdigit():
            return None
    return text


def evidence_lines(pairs: tuple[tuple[str, str], ...]) -> list[str]:
    return [f"{source}: “{quote}”" for source, quote in pairs]


def columns_with_evidence(
    section: Section, options: RenderOptions, for_people: bool = False
) -> tuple[Column, ...]:
    """The columns to draw; `for_people` drops the machine-only ones (table, markdown).

    For people, a column with a `shown` key reads its value from there.
    """
    if for_people:
        columns = tuple(
            column._replace(key=column.shown) if column.shown else column
            for column in section.columns
            if not column.machine_only
        )
    else:
        columns = section.columns
    if options.evidence and section.evidence:
        evidence = Column("evidence", "Evidence", wide=True, shown="evidence_shown")
        return (*columns, evidence._replace(key="evidence_shown") if for_people else evidence)
    return columns


def row_values(section: Section, options: RenderOptions) -> list[dict[str, str]]:
    """Each row's display values, with the evidence column filled in when asked for: a quote a
    line where people read, a compact JSON list of {source, quote} in the machine formats."""
    rows = []
    for position, row in enumerate(section.rows):
        values = dict(row)
        if options.evidence and section.evidence:
            pairs = section.evidence[position]
            values["evidence_shown"] = "\n".join(evidence_lines(pairs))
            values["evidence"] = json.dumps(
                [{"source": source, "quote": quote} for source, quote in pairs], ensure_ascii=False
            )
        rows.append(values)
    return rows
