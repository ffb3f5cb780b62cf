"""A JSON array of records: the store's field names, evidence included, plus computed fields."""

from __future__ import annotations

from kgvn.render.base import RenderOptions, Report, json_text


class JsonRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        return json_text(report.records, indent=2) + "\n"


RENDERER = JsonRenderer()
