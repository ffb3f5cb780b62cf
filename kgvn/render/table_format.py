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
    RenderOptions,
    Report,
    Section,
    columns_with_evidence,
    evidence_lines,
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
    for column in columns_with_evidence(section, options, for_people=True):
        table.add_column(column.header, overflow="fold", ratio=3 if column.wide else None)
    keys = [column.key for column in columns_with_evidence(section, options, for_people=True)]
    for position, row in enumerate(row_values(section, options)):
        spans = section.highlights[position] if position < len(section.highlights) else {}
        table.add_row(*(_cell(row.get(key, ""), spans.get(key, ())) for key in keys))
    return table


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
    for column in section.columns:
        if row.get(column.key):
            table.add_row(Text(column.header), Text(visible(row[column.key])))
    if section.evidence:
        quotes = "\n".join(evidence_lines(section.evidence[0]))
        table.add_row(Text("Evidence"), Text(visible(quotes)))
    return table


#: Below this many characters a column cannot show a word; then rows are stacked instead.
MIN_COLUMN_WIDTH = 8


def _fits(section: Section, options: RenderOptions) -> bool:
    columns = len(columns_with_evidence(section, options, for_people=True))
    return options.width >= columns * (MIN_COLUMN_WIDTH + 3) + 1


def _print_stacked(
    console: Console, section: Section, options: RenderOptions, titled: bool
) -> None:
    """Each row as 'Header: value' lines, for terminals too narrow for a table."""
    if titled:
        console.print(Text(section.title, style="bold underline"))
    columns = columns_with_evidence(section, options, for_people=True)
    for row in row_values(section, options):
        for column in columns:
            line = Text(f"{column.header}: ", style="bold")
            line.append(visible(row.get(column.key, "")))
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
        return buffer.getvalue()


RENDERER = TableRenderer()
