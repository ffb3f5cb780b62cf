"""The entry point loads only the command a run asks for; nothing is missing from the full app."""

from __future__ import annotations

import pytest

from kgvn.cli import app
from kgvn.cli.core import COMMAND_MODULES, command_named


def test_every_command_is_mapped_to_its_module_and_registered() -> None:
    registered = {command.name for command in app.registered_commands}
    registered |= {group.name for group in app.registered_groups}
    assert registered == set(COMMAND_MODULES)
    for command in app.registered_commands:
        assert command.callback is not None
        assert command.callback.__module__ == f"kgvn.cli.{COMMAND_MODULES[str(command.name)]}"


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["timeline", "--from", "2009"], "timeline"),
        (["--data", "x.json", "who", "chinh"], "who"),
        (["--no-color", "check", "-"], "check"),
        (["export", "sqlite", "x.db"], "export"),
        (["--help"], None),
        ([], None),
        (["timelime"], None),
        (["--data", "timeline"], None),
    ],
)
def test_the_command_word_is_found_after_global_options(argv: list[str], name: str | None) -> None:
    assert command_named(argv) == name
