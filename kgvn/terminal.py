"""The one place that looks at the terminal: is stdout a tty, may we colour, how wide is it."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:
    from kgvn.render.base import RenderOptions


class Terminal(NamedTuple):
    is_tty: bool
    color: bool
    width: int
    ascii_only: bool


def detect(stream: TextIO | None = None, no_color: bool = False) -> Terminal:
    """Read the environment once.

    Colour is off when piped, with --no-color, NO_COLOR or TERM=dumb; FORCE_COLOR turns it on
    in a pipe. --no-color and NO_COLOR win over FORCE_COLOR.
    """
    out = stream if stream is not None else sys.stdout
    is_tty = _isatty(out)
    env = os.environ
    if no_color or env.get("NO_COLOR") or env.get("TERM") == "dumb":
        color = False
    elif env.get("FORCE_COLOR"):
        color = True
    else:
        color = is_tty
    encoding = (getattr(out, "encoding", None) or "utf-8").lower()
    return Terminal(
        is_tty=is_tty,
        color=color,
        width=_width(is_tty),
        ascii_only=not encoding.replace("-", "").startswith(("utf", "utf8")),
    )


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _width(is_tty: bool) -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if is_tty:
        import shutil  # only a terminal has a size: a pipe need not import it

        return shutil.get_terminal_size((100, 24)).columns
    return 100


def render_options(no_color: bool = False, csv_formulas: bool = False) -> RenderOptions:
    """Rendering options read from the terminal: colour, width, what the encoding can show.

    `csv_formulas` writes CSV cells that start a formula as they are (`--csv-formulas`).
    """
    from kgvn.render.base import RenderOptions

    terminal = detect(no_color=no_color)
    return RenderOptions(
        color=terminal.color,
        width=terminal.width,
        ascii_only=terminal.ascii_only,
        terminal=terminal.is_tty,
        spreadsheet_safe=not csv_formulas,
    )
