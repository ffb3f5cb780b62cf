"""RFC 4180 CSV with a header of column keys, through the standard library's writer."""

from __future__ import annotations

import csv
import io

from kgvn.render.base import RenderOptions, Report
from kgvn.render.delimited import flat_table


class CsvRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        columns, rows = flat_table(report, options)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if options.headers:
            writer.writerow([column.key for column in columns])
        for row in rows:
            writer.writerow([row.get(column.key, "") for column in columns])
        return buffer.getvalue()


RENDERER = CsvRenderer()
