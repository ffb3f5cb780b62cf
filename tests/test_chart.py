"""`kgvn trade --chart`: trade growth as bars, labelled with values and sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Kgvn, canned_store

from kgvn.render.base import RenderOptions
from kgvn.render.chart import Bar, bar_text, render_chart


@pytest.mark.parametrize("width", ["40", "120"])
def test_the_chart_fits_the_terminal_and_labels_every_bar(
    kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch, width: str
) -> None:
    monkeypatch.setenv("COLUMNS", width)
    lines = kgvn("trade", "--chart").stdout.splitlines()
    assert lines[0] == "Two-way trade, Việt Nam–Kyrgyzstan"
    bar_lines = [line for line in lines if line.startswith("20")]
    assert [line.split()[0] for line in bar_lines] == ["2022", "2023"]
    assert all(len(line) <= int(width) for line in bar_lines)
    assert bar_lines[0].endswith("US$4.5 million")
    assert bar_lines[1].endswith("US$7.5 million")
    if int(width) >= 80:
        assert "+66.7% on the year before (computed); sources: alpha; beta" in lines[-1]
    else:  # too narrow for one caption line: one part a line, wrapped at spaces
        assert lines[-1] == "      sources: alpha; beta"
    assert all(len(line) <= int(width) for line in lines)


def test_bars_are_in_proportion() -> None:
    assert bar_text(7.5, 7.5, 40, ascii_only=False) == "█" * 40
    assert bar_text(4.5, 7.5, 40, ascii_only=False) == "█" * 24
    assert bar_text(4.5, 7.5, 40, ascii_only=True) == "#" * 24
    assert bar_text(1.0, 8.0, 4, ascii_only=False) == "▌"


def test_a_piped_chart_is_plain_text_and_a_terminal_one_is_coloured() -> None:
    bars = [Bar("2023", 7.5, "US$7.5 million", "sources: a")]
    plain = render_chart("Trade", bars, RenderOptions(width=60, color=False))
    assert "\x1b" not in plain
    coloured = render_chart("Trade", bars, RenderOptions(width=60, color=True))
    assert "\x1b[36m" in coloured


def test_the_chart_at_80_columns_keeps_every_caption_whole(
    kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    lines = kgvn("trade", "--chart").stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[-1].strip() == "+66.7% on the year before (computed); sources: alpha; beta"


def test_chart_with_a_machine_format_gives_that_format(kgvn: Kgvn) -> None:
    assert kgvn("trade", "--chart", "-f", "json").stdout == kgvn("trade", "-f", "json").stdout
    assert kgvn("trade", "--chart", "-f", "csv").stdout.startswith("id,period,measure,")
    assert "█" in kgvn("trade", "--chart", "-f", "table").stdout


def test_the_chart_respects_the_year_filter(kgvn: Kgvn) -> None:
    lines = kgvn("trade", "--chart", "--year", "2023").stdout.splitlines()
    assert [line.split()[0] for line in lines if line.startswith("20")] == ["2023"]
    assert kgvn("trade", "--chart", "--year", "1990").exit_code == 1


def test_the_chart_title_names_the_stores_countries(
    write_store: Callable[[Any], Path],
) -> None:
    data = canned_store()
    data["countries"][1]["name"] = "Kyrgyz Republic"
    lines = Kgvn(write_store(data))("trade", "--chart").stdout.splitlines()
    assert lines[0] == "Two-way trade, Việt Nam–Kyrgyz Republic"
