"""A JSON array of records: the store's field names, evidence included, plus computed fields."""

from __future__ import annotations

import json

from kgvn.render.base import RenderOptions, Report


class JsonRenderer:
    def render(self, report: Report, options: RenderOptions) -> str:
        return json.dumps(report.records, ensure_ascii=False, indent=2) + "\n"


RENDERER = JsonRenderer()
