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
    from kgvn.render.base import Renderer

__all__ = ["OutputFormat", "renderer_for"]


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
