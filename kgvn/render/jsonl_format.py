"""One JSON record a line, for streaming into `jq -c` or a database loader."""

from __future__ import annotations

from kgvn.render.base import RenderOptions, Report, json_text


class JsonLinesRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        return "".join(json_text(record, compact=True) + "\n" for record in report.records)


RENDERER = JsonLinesRenderer()
