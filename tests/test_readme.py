"""The README cannot drift: its examples are today's real output, every command is documented,
and its field tables are the ones the models generate."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgvn.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
EXAMPLE = re.compile(r"```console\n(.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    """(command line, expected output) for every `$ kgvn …` line in a console block."""
    found = []
    for block in EXAMPLE.findall(README.read_text(encoding="utf-8")):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            found.append((command, "\n".join(output)))
    return [(command, output) for command, output in found if command.startswith("kgvn ")]


def regenerate_readme_examples() -> None:
    """Rewrite the README's console examples with today's output (`tests/regenerate.py`)."""

    def block(match: re.Match[str]) -> str:
        lines = []
        for line in match.group(1).splitlines():
            if line.startswith("$ kgvn "):
                lines += [line, run_example(line[2:])]
            elif line.startswith("$ "):
                lines.append(line)
        return "```console\n" + "\n".join(lines) + "\n```"

    README.write_text(EXAMPLE.sub(block, README.read_text(encoding="utf-8")), encoding="utf-8")


def run_example(command: str) -> str:
    """What `command` prints at 100 columns, trailing spaces dropped, as the README shows it."""
    words = shlex.split(command)[1:]
    result = CliRunner().invoke(app, words)
    return "\n".join(line.rstrip() for line in result.stdout.rstrip("\n").splitlines())


def test_the_readme_has_examples() -> None:
    assert len(examples()) >= 8


@pytest.mark.parametrize(("command", "expected"), examples(), ids=lambda value: value[:40])
def test_readme_examples_are_real_output(
    command: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    if "|" in shlex.split(command):
        pytest.fail("README examples run kgvn alone; pipe them in prose instead")
    assert run_example(command) == expected.rstrip("\n"), f"README example drifted: {command}"


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    names = [
        command.name or command.callback.__name__
        for command in app.registered_commands
        if command.callback
    ]
    names += [group.name for group in app.registered_groups if group.name]
    missing = [name for name in names if f"kgvn {name}" not in text]
    assert not missing, f"commands missing from the README: {missing}"


def test_every_exit_code_is_in_the_readme() -> None:
    from kgvn.errors import ExitCode

    text = README.read_text(encoding="utf-8")
    for code in ExitCode:
        assert f"| {int(code)} |" in text, f"exit code {int(code)} is not documented"
