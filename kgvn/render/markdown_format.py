"""GitHub-flavoured Markdown tables, ready to paste into a fact-check memo."""

from __future__ import annotations

from kgvn.render.base import RenderOptions, Report, Section, columns_with_evidence, row_values


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _section_lines(section: Section, options: RenderOptions) -> list[str]:
    columns = columns_with_evidence(section, options, for_people=True)
    lines = []
    if options.headers:
        lines.append("| " + " | ".join(_cell(column.header) for column in columns) + " |")
        lines.append("|" + "|".join(" --- " for _ in columns) + "|")
    for row in row_values(section, options):
        lines.append("| " + " | ".join(_cell(row.get(column.key, "")) for column in columns) + " |")
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
            blocks.append("\n".join(f"- {_cell(note)}" for note in report.footnotes))
        return "\n\n".join(blocks) + "\n"


RENDERER = MarkdownRenderer()
