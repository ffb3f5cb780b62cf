"""One JSON record a line, for streaming into `jq -c` or a database loader."""

from __future__ import annotations

import json

from kgvn.render.base import RenderOptions, Report


class JsonLinesRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        return "".join(
            json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            for record in report.records
        )


RENDERER = JsonLinesRenderer()
