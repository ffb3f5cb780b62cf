"""The data files in `kgvn/lexicon/`, each read once: the words kgvn reads claims and articles
with (`words.json`, `places.json`, `curation.json`), shipped in the package."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon_file(name: str) -> dict[str, Any]:
    """`kgvn/lexicon/<name>.json`, parsed."""
    text = resources.files("kgvn").joinpath("lexicon").joinpath(f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
