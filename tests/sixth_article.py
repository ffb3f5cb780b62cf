"""The sixth-article fixture: a short, clearly fictional article curated into a copy of the store.

Curated only through the CLI a fact-checker uses (`source add`, `add`, `cite`), never by editing
JSON, so the checker meets the new facts exactly as it would in use. Shared by
`tests/test_sixth_article.py` and `benchmarks/check_bench.py`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from kgvn.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "sixth-article"


def _run(store: Path, *words: str, stdin: str | None = None) -> None:
    result = CliRunner().invoke(app, ["--data", str(store), *words], input=stdin)
    if result.exit_code != 0:
        raise RuntimeError(f"kgvn {' '.join(words)} failed: {result.output}")


def curate(folder: Path) -> Path:
    """A copy of the shipped store in `folder` with the sixth article's facts added; its path."""
    store = folder / "facts.json"
    shutil.copyfile(ROOT / "data" / "facts.json", store)
    sources = folder / "sources"
    sources.mkdir(exist_ok=True)
    options = ["--sources", str(sources)]
    _run(
        store,
        "source",
        "add",
        str(FIXTURE / "article.txt"),
        "--title",
        "Fictional test article: an education minister's visit",
        "--id",
        "sixth",
        "--outlet",
        "The Imaginary Courier",
        "--published",
        "2026-09-16",
        *options,
    )
    for line in (FIXTURE / "records.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            _run(store, "add", "-", *options, stdin=line)
    for cited in json.loads((FIXTURE / "citations.json").read_text("utf-8")):
        _run(
            store,
            "cite",
            cited["record"],
            "--source",
            "sixth",
            "--quote",
            cited["quote"],
            *options,
        )
    return store
