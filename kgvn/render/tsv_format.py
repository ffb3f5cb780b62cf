"""Tab-separated lines, the default in a pipe: one record a line, nothing cut or wrapped.

Tabs, newlines, carriage returns and backslashes inside values are written as `\\t`, `\\n`,
`\\r` and `\\\\`, so every line splits on tabs into exactly the header's fields.
"""

from __future__ import annotations

from kgvn.render.base import RenderOptions, Report, for_output
from kgvn.render.delimited import flat_table

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def escape_field(value: str) -> str:
    return value.translate(_ESCAPES)


class TsvRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        columns, rows = flat_table(report, options)
        lines = []
        if options.headers:
            lines.append("\t".join(column.key for column in columns))
        for row in rows:
            lines.append(
                "\t".join(
                    for_output(escape_field(row.get(column.key, "")), options) for column in columns
                )
            )
        return "".join(line + "\n" for line in lines)


RENDERER = TsvRenderer()
