"""Output formats: one module per format behind one small interface (`kgvn.render.base`).

Each renderer turns a `Report` into text and does no I/O; the CLI decides, once, whether
stdout is a terminal and passes that in through `RenderOptions`. This module names the formats
and imports nothing else, so that `--help` and completion, which need only the names, stay fast.
"""

from __future__ import annotations

import importlib
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kgvn.render.base import Renderer, RenderOptions, Report

__all__ = ["OutputFormat", "rendered", "renderer_for"]


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"


def renderer_for(output_format: OutputFormat) -> Renderer:
    """The renderer of a format, imported only when asked for (Rich is slow to import)."""
    module = importlib.import_module(f"kgvn.render.{output_format.value}_format")
    renderer: Renderer = module.RENDERER
    return renderer


def rendered(report: Report, output_format: OutputFormat | None, options: RenderOptions) -> str:
    """The report as text in the format asked for; else a table on a terminal, TSV in a pipe."""
    chosen = output_format or (OutputFormat.table if options.terminal else OutputFormat.tsv)
    return renderer_for(chosen).render(report, options)
