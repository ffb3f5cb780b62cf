"""GitHub-flavoured Markdown tables, ready to paste into a fact-check memo."""

from __future__ import annotations

from kgvn.render.base import (
    RenderOptions,
    Report,
    Section,
    columns_with_evidence,
    for_output,
    row_values,
)


def _cell(value: str, options: RenderOptions | None = None) -> str:
    cell = value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")
    return cell if options is None else for_output(cell, options)


def _section_lines(section: Section, options: RenderOptions) -> list[str]:
    columns = columns_with_evidence(section, options, for_people=True)
    lines = []
    if options.headers:
        lines.append("| " + " | ".join(_cell(column.header) for column in columns) + " |")
        lines.append("|" + "|".join(" --- " for _ in columns) + "|")
    for row in row_values(section, options):
        cells = (_cell(row.get(column.key, ""), options) for column in columns)
        lines.append("| " + " | ".join(cells) + " |")
    return lines


class MarkdownRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        blocks = []
        for section in report.sections:
            lines = _section_lines(section, options)
            if len(report.sections) > 1:
                lines = [f"### {section.title}", "", *lines]
            blocks.append("\n".join(lines))
        if report.footnotes:
            blocks.append("\n".join(f"- {_cell(note, options)}" for note in report.footnotes))
        return "\n\n".join(blocks) + "\n"


RENDERER = MarkdownRenderer()
