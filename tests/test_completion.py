"""Shell completion, as bash asks for it: ids and names come from the store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def complete(words: str, store: Path) -> list[str]:
    parts = words.split()
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "_KGVN_COMPLETE": "complete_bash",
        "COMP_WORDS": f"kgvn --data {store} {words}",
        "COMP_CWORD": str(len(parts) + 2 + (1 if words.endswith(" ") else 0)),
    }
    result = subprocess.run(
        [sys.executable, "-m", "kgvn"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return [line for line in result.stdout.splitlines() if line]


def test_show_completes_record_ids(store_path: Path) -> None:
    assert complete("show trade-", store_path) == ["trade-2022", "trade-2023"]


def test_source_option_completes_source_ids(store_path: Path) -> None:
    assert complete("timeline --source al", store_path) == ["alpha"]


def test_who_completes_names_typed_plainly(store_path: Path) -> None:
    assert complete("who nguyen", store_path) == ["nguyen quoc cuong", "nguyen khac dinh"]


def test_who_completes_names_typed_with_marks(store_path: Path) -> None:
    assert complete("who Nguyễn", store_path) == ["Nguyễn Quốc Cường", "Nguyễn Khắc Định"]


def test_kind_completes_from_the_closed_set(store_path: Path) -> None:
    assert complete("timeline --kind re", store_path) == ["recognition", "reception"]


def test_completion_on_a_broken_store_offers_nothing_and_does_not_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert complete("show tr", broken) == []


def test_the_completion_script_is_shown(store_path: Path) -> None:
    """For bash, named: left to detect the shell, Typer walks the process tree, which fails
    under a job runner with no shell above it (`Shell  not supported.`)."""
    named = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}  # the shell from the argument
    result = subprocess.run(
        [sys.executable, "-m", "kgvn", "--show-completion", "bash"],
        env={**os.environ, "PYTHONPATH": str(REPO), **named},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "_KGVN_COMPLETE=complete_bash" in result.stdout
