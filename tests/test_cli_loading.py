"""The entry point loads only the command a run asks for; nothing is missing from the full app."""

from __future__ import annotations

import inspect

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


def test_command_annotations_are_objects_not_strings_typer_compiles_each_run() -> None:
    """`from __future__ import annotations` in a command module would cost every run dearly."""
    callbacks = [command.callback for command in app.registered_commands]
    callbacks += [command.callback for group in app.registered_groups
                  for command in group.typer_instance.registered_commands]  # fmt: skip
    callbacks.append(app.registered_callback.callback if app.registered_callback else None)
    assert len(callbacks) > len(COMMAND_MODULES)
    for callback in callbacks:
        assert callback is not None
        annotations = inspect.get_annotations(callback)
        assert annotations, callback.__name__
        assert not [name for name, value in annotations.items() if isinstance(value, str)], (
            callback.__name__
        )
