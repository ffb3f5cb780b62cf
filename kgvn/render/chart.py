"""Horizontal bar charts for the terminal: a picture of trade growth, labelled with sources.

On a colour terminal the bars are drawn by Rich; in a pipe they are plain text, one bar a line,
so the chart can be pasted into a note.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from typing import NamedTuple

from kgvn.render.base import RenderOptions, visible

EIGHTHS = " ▏▎▍▌▋▊▉"


class Bar(NamedTuple):
    label: str
    value: float
    value_text: str
    caption: str


def bar_text(value: float, largest: float, room: int, ascii_only: bool) -> str:
    """A bar `room` characters long at `largest`, drawn in eighths of a character where possible."""
    if largest <= 0 or room <= 0:
        return ""
    length = value / largest * room
    if ascii_only:
        return "#" * round(length)
    whole = int(length)
    eighths = round((length - whole) * 8)
    if eighths == 8:
        whole, eighths = whole + 1, 0
    return "█" * whole + (EIGHTHS[eighths] if eighths else "")


def render_chart(title: str, bars: Sequence[Bar], options: RenderOptions) -> str:
    """The chart as text: label, bar, value, then the sources on a line of their own if tight."""
    label_width = max((len(bar.label) for bar in bars), default=0)
    value_width = max((len(bar.value_text) for bar in bars), default=0)
    room = max(options.width - label_width - value_width - 4, 4)
    largest = max((bar.value for bar in bars), default=0.0)
    lines = [title]
    for bar in bars:
        drawn = bar_text(bar.value, largest, room, options.ascii_only)
        lines.append(
            f"{bar.label:<{label_width}}  {drawn:<{room}}  {bar.value_text:>{value_width}}"
        )
        lines.extend(_caption_lines(bar.caption, label_width + 2, options.width))
    text = "\n".join(line.rstrip() for line in lines) + "\n"
    if not options.color:
        return text
    return _coloured(text, options)


def _caption_lines(caption: str, indent: int, width: int) -> list[str]:
    """The caption under its bar: its parts (one a line in `caption`) joined with `; ` where
    that fits, else one part a line, wrapped at spaces."""
    room = max(width, indent + 20)
    parts = caption.split("\n")
    if indent + len("; ".join(parts)) <= room:
        parts = ["; ".join(parts)]
    lines = []
    for part in parts:
        lines.extend(
            textwrap.wrap(
                visible(part),
                width=room,
                initial_indent=" " * indent,
                subsequent_indent=" " * (indent + 2),
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return lines


def _coloured(text: str, options: RenderOptions) -> str:
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=max(options.width, 20),
        color_system="standard",
        force_terminal=True,
        no_color=False,  # the CLI already weighed NO_COLOR when it chose colour
        emoji=False,
        markup=False,
        highlight=False,
    )
    styled = Text(text.rstrip("\n"))
    styled.highlight_regex(r"[█▏▎▍▌▋▊▉#]+", "cyan")
    styled.stylize("bold", 0, len(text.splitlines()[0]))
    console.print(styled, overflow="fold", soft_wrap=True)
    return buffer.getvalue()
