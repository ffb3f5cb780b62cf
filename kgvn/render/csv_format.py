"""RFC 4180 CSV with a header of column keys, through the standard library's writer.

Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading `'`
unless `RenderOptions.spreadsheet_safe` is off (`--csv-formulas`).
"""

from __future__ import annotations

import csv
import io

from kgvn.render.base import RenderOptions, Report, for_output, spreadsheet_safe
from kgvn.render.delimited import flat_table


class CsvRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        columns, rows = flat_table(report, options)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if options.headers:
            writer.writerow([column.key for column in columns])
        for row in rows:
            writer.writerow([self._cell(row.get(column.key, ""), options) for column in columns])
        return buffer.getvalue()

    @staticmethod
    def _cell(value: str, options: RenderOptions) -> str:
        shown = for_output(value, options)
        return spreadsheet_safe(shown) if options.spreadsheet_safe else shown


RENDERER = CsvRenderer()
