"""Rows as flat columns, shared by CSV and TSV: several sections become one table."""

from __future__ import annotations

from kgvn.render.base import Column, RenderOptions, Report, columns_with_evidence, row_values

SECTION_KEY = "section"


def flat_table(report: Report, options: RenderOptions) -> tuple[list[Column], list[dict[str, str]]]:
    """One header and one row list; with several sections, a leading `section` column."""
    if len(report.sections) == 1:
        section = report.sections[0]
        return list(columns_with_evidence(section, options)), row_values(section, options)
    columns: dict[str, Column] = {SECTION_KEY: Column(SECTION_KEY, "section")}
    rows: list[dict[str, str]] = []
    for section in report.sections:
        for column in columns_with_evidence(section, options):
            columns.setdefault(column.key, column)
        rows += [{SECTION_KEY: section.name, **values} for values in row_values(section, options)]
    return list(columns.values()), rows
