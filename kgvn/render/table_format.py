"""Rich tables for a person at a terminal: wrapped to the width, never cut.

Every data string goes in as `Text`, never as markup, and with emoji codes off, so a quote
holding `[sic]` or `:ab:` prints exactly as stored; control characters are shown escaped.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kgvn.render.base import (
    Column,
    RenderOptions,
    Report,
    Section,
    columns_with_evidence,
    row_values,
    visible,
)


def _console(options: RenderOptions, buffer: io.StringIO) -> Console:
    return Console(
        file=buffer,
        width=max(options.width, 20),
        color_system="standard" if options.color else None,
        force_terminal=options.color,
        no_color=not options.color,
        emoji=False,
        markup=False,
        highlight=False,
        soft_wrap=False,
        legacy_windows=False,
        safe_box=True,
    )


def _box(options: RenderOptions) -> box.Box:
    return box.ASCII if options.ascii_only else box.ROUNDED


def _section_table(section: Section, options: RenderOptions, titled: bool) -> Table:
    table = Table(
        title=Text(section.title, style="bold") if titled else None,
        show_header=options.headers,
        header_style="bold",
        box=_box(options),
        show_lines=options.evidence,
    )
    rows = row_values(section, options)
    columns = columns_with_evidence(section, options, for_people=True)
    widths = column_widths(columns, rows, options.width - 3 * len(columns) - 1)
    for column, width in zip(columns, widths, strict=True):
        table.add_column(column.header, overflow="fold", width=width)
    keys = [column.key for column in columns_with_evidence(section, options, for_people=True)]
    for position, row in enumerate(rows):
        spans = section.highlights[position] if position < len(section.highlights) else {}
        table.add_row(*(_cell(row.get(key, ""), spans.get(key, ())) for key in keys))
    return table


#: How much more room a wide column (titles, names) deserves than a narrow one.
WIDE_WEIGHT = 3


def column_widths(columns: tuple[Column, ...], rows: list[dict[str, str]], room: int) -> list[int]:
    """Widths that fit `room` without breaking a word: the widest column gives way first.

    Every column keeps its longest word whole, so an id, a date, a kind or a status can always be
    copied from the table; `_fits` stacks the rows instead when even that does not fit.
    """
    widths = [_natural(column, rows) for column in columns]
    floors = [min(widths[i], minimum_width(column, rows)) for i, column in enumerate(columns)]
    while sum(widths) > room:
        candidates = [i for i in range(len(columns)) if widths[i] > floors[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i] / (WIDE_WEIGHT if columns[i].wide else 1))
        widths[widest] -= 1
    return widths


def _natural(column: Column, rows: list[dict[str, str]]) -> int:
    lines = [
        column.header,
        *(line for row in rows for line in visible(row.get(column.key, "")).split("\n")),
    ]
    return max((len(line) for line in lines), default=1)


def minimum_width(column: Column, rows: list[dict[str, str]]) -> int:
    """The longest word of a column, header included: the narrowest it may be drawn."""
    values = [column.header, *(visible(row.get(column.key, "")) for row in rows)]
    return max((len(word) for value in values for word in value.split()), default=1)


def _cell(value: str, spans: tuple[tuple[int, int], ...]) -> Text:
    shown = visible(value)
    text = Text(shown)
    if shown == value:  # escaping moves characters; then highlight nothing rather than wrongly
        for start, end in spans:
            text.stylize("bold reverse", start, end)
    return text


def _single_table(report: Report, options: RenderOptions) -> Table:
    section = report.sections[0]
    table = Table(show_header=False, box=_box(options), show_lines=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    row = section.rows[0]
    for column in columns_with_evidence(section, options._replace(evidence=False), True):
        if row.get(column.key):
            header = "Evidence" if column.header == "evidence" else column.header
            table.add_row(Text(header), Text(visible(row[column.key])))
    return table


def _fits(section: Section, options: RenderOptions) -> bool:
    """Whether a table can show every column with its longest word whole."""
    columns = columns_with_evidence(section, options, for_people=True)
    rows = row_values(section, options)
    needed = sum(minimum_width(column, rows) for column in columns)
    return options.width >= needed + 3 * len(columns) + 1


def _print_stacked(
    console: Console, section: Section, options: RenderOptions, titled: bool
) -> None:
    """Each row as 'Header: value' lines, for terminals too narrow for a table."""
    if titled:
        console.print(Text(section.title, style="bold underline"))
    columns = columns_with_evidence(section, options, for_people=True)
    for row in row_values(section, options):
        for column in columns:
            value = visible(row.get(column.key, ""))
            if not value:
                continue
            line = Text(f"{column.header}:", style="bold")
            line.append(("\n  " if "\n" in value else " ") + value.replace("\n", "\n  "))
            console.print(line, overflow="fold")
        console.print()


class TableRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        buffer = io.StringIO()
        console = _console(options, buffer)
        if report.single and report.sections and report.sections[0].rows:
            console.print(_single_table(report, options))
        else:
            titled = len(report.sections) > 1
            for section in report.sections:
                if _fits(section, options):
                    console.print(_section_table(section, options, titled))
                else:
                    _print_stacked(console, section, options, titled)
        for note in report.footnotes:
            console.print(Text(visible(note), style="dim"), overflow="fold")
        if options.color:
            return buffer.getvalue()
        # Wrapping and centring leave spaces at line ends; a copied line should not carry them.
        return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


RENDERER = TableRenderer()
