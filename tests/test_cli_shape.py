"""The shape of the command line: bare groups print their help, global options go anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Kgvn
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from kgvn.cli import app
from kgvn.cli.core import hoist_global_options


@pytest.mark.parametrize("words", [[], ["export"], ["source"]])
def test_a_bare_group_prints_its_normal_help(words: list[str]) -> None:
    result = CliRunner().invoke(app, words)
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: kgvn {' '.join(words)}".rstrip() + " [OPTIONS]")
    assert "\nCommands:\n" in result.stdout
    assert "\\n" not in result.stdout


def test_global_options_are_accepted_after_the_command(store_path: Path) -> None:
    result = CliRunner().invoke(app, ["timeline", "--data", str(store_path), "--no-color"])
    assert result.exit_code == 0, result.output
    assert "Kasymaliev visits Việt Nam" in result.stdout
    result = CliRunner().invoke(app, ["who", "dinh", f"--data={store_path}"])
    assert result.exit_code == 0, result.output
    assert "Nguyễn Khắc Định" in result.stdout


def test_global_options_after_a_subgroup_command(store_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    result = CliRunner().invoke(app, ["export", "csv", str(target), "--data", str(store_path)])
    assert result.exit_code == 0, result.output
    assert (target / "people.csv").is_file()


def test_hoisting_moves_only_global_options_and_stops_at_double_dash() -> None:
    assert hoist_global_options(["search", "visa", "--data", "x.json", "--", "--debug"]) == [
        "--data",
        "x.json",
        "search",
        "visa",
        "--",
        "--debug",
    ]
    assert hoist_global_options(["--data", "y", "who", "--debug", "-f", "json"]) == [
        "--data",
        "y",
        "--debug",
        "who",
        "-f",
        "json",
    ]
    assert hoist_global_options(["--version"]) == ["--version"]


def test_the_kgvn_fixture_still_works(kgvn: Kgvn) -> None:
    assert kgvn("sources").exit_code == 0


GLOBAL = st.sampled_from(["--debug", "--no-color", "--data=x.json"])
WORD = st.sampled_from(["visa", "-f", "json", "--limit", "2", "--evidence", "Касымалиев"])


@given(st.lists(st.one_of(GLOBAL, WORD), max_size=8), st.lists(GLOBAL, max_size=3))
def test_hoisting_keeps_every_word_and_the_order_of_the_command_s_own(
    after: list[str], before: list[str]
) -> None:
    args = [*before, "search", *after]
    hoisted = hoist_global_options(args)
    assert sorted(hoisted) == sorted(args)
    command_at = hoisted.index("search")
    assert all(
        word.startswith(("--debug", "--no-color", "--data")) for word in hoisted[:command_at]
    )
    assert hoisted[command_at + 1 :] == [word for word in after if word in WORD_VALUES]


WORD_VALUES = {"visa", "-f", "json", "--limit", "2", "--evidence", "Касымалиев"}
