"""A small canned store and its two articles, written for the tests (not the shipped record).

Rich is pinned to no colour and a fixed width so table output is exact.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kgvn.cli import app

ARTICLES = {
    "alpha.txt": (
        " date 2025-03-05 HÀ NỘI — Diplomatic relations were established on June 4, 1992. "
        "Deputy Foreign Minister Nguyễn Quốc Cường visited Kyrgyzstan in 2009. "
        "Trade reached $4.5 million in 2022 and $7.5 million in 2023. "
        "Prime Minister Adylbek Kasymaliev will visit on March 6-7. — VNA/VNS\n"
    ),
    "beta.txt": (
        "Vice Chairman Nguyễn Khắc Định visited in 2023. PM Kasimalyev met PM Pham Minh Chinh. "
        "Trade reached 7.5 million USD in 2023. "
        "The leaders signed a joint statement [sic] :ab: on the visit. VNA\n"
    ),
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canned_store() -> dict[str, Any]:
    """A fresh copy of the canned store as plain JSON data, safe to mutate in a test."""

    def cite(source: str, quote: str) -> list[dict[str, str]]:
        return [{"source": source, "quote": quote}]

    return copy.deepcopy(
        {
            "schema_version": 1,
            "sources": [
                {
                    "id": "alpha",
                    "file": "alpha.txt",
                    "outlet": "VNA/VNS",
                    "published": "2025-03-05",
                    "title": "Background to the visit",
                    "sha256": _digest(ARTICLES["alpha.txt"]),
                },
                {
                    "id": "beta",
                    "file": "beta.txt",
                    "outlet": "VNA",
                    "published": None,
                    "title": "The talks",
                    "sha256": _digest(ARTICLES["beta.txt"]),
                },
            ],
            "countries": [
                {"id": "vn", "code": "VN", "name": "Việt Nam", "evidence": cite("alpha", "HÀ NỘI")},
                {
                    "id": "kg",
                    "code": "KG",
                    "name": "Kyrgyzstan",
                    "evidence": cite("alpha", "visited Kyrgyzstan"),
                },
            ],
            "people": [
                {
                    "id": "nguyen-quoc-cuong",
                    "name": "Nguyễn Quốc Cường",
                    "country": "VN",
                    "roles": [
                        {
                            "title": "Deputy Foreign Minister",
                            "date": "2009",
                            "evidence": cite("alpha", "Deputy Foreign Minister Nguyễn Quốc Cường"),
                        }
                    ],
                    "evidence": cite("alpha", "Deputy Foreign Minister Nguyễn Quốc Cường"),
                },
                {
                    "id": "nguyen-khac-dinh",
                    "name": "Nguyễn Khắc Định",
                    "country": "VN",
                    "roles": [
                        {
                            "title": "Vice Chairman",
                            "evidence": cite("beta", "Vice Chairman Nguyễn Khắc Định"),
                        }
                    ],
                    "evidence": cite("beta", "Vice Chairman Nguyễn Khắc Định"),
                },
                {
                    "id": "adylbek-kasymaliev",
                    "name": "Adylbek Kasymaliev",
                    "country": "KG",
                    "roles": [
                        {
                            "title": "Prime Minister",
                            "evidence": cite("alpha", "Prime Minister Adylbek Kasymaliev"),
                        }
                    ],
                    "aliases": [{"name": "Kasimalyev", "sources": ["beta"]}],
                    "evidence": cite("alpha", "Prime Minister Adylbek Kasymaliev"),
                },
                {
                    "id": "pham-minh-chinh",
                    "name": "Phạm Minh Chính",
                    "country": "VN",
                    "aliases": [{"name": "Pham Minh Chinh", "sources": ["beta"]}],
                    "evidence": cite("beta", "PM Pham Minh Chinh"),
                },
            ],
            "events": [
                {
                    "id": "2025-03-06-visit",
                    "date": "2025-03-06",
                    "end": "2025-03-07",
                    "kind": "visit",
                    "title": "Kasymaliev visits Việt Nam",
                    "summary": "The Kyrgyz PM's visit.",
                    "participants": ["adylbek-kasymaliev"],
                    "inferred": [{"field": "date.year", "reason": "Year from the dateline."}],
                    "evidence": cite("alpha", "will visit on March 6-7"),
                },
                {
                    "id": "1992-06-04-relations",
                    "date": "1992-06-04",
                    "kind": "diplomatic-relations",
                    "title": "Diplomatic relations established",
                    "summary": "Relations began.",
                    "evidence": cite(
                        "alpha", "Diplomatic relations were established on June 4, 1992"
                    ),
                },
                {
                    "id": "2009-cuong-visit",
                    "date": "2009",
                    "kind": "visit",
                    "title": "Cường visits Kyrgyzstan",
                    "summary": "A deputy minister's trip.",
                    "participants": ["nguyen-quoc-cuong"],
                    "place": "Kyrgyzstan",
                    "evidence": cite("alpha", "Nguyễn Quốc Cường visited Kyrgyzstan in 2009"),
                },
                {
                    "id": "2023-dinh-visit",
                    "date": "2023",
                    "kind": "visit",
                    "title": "Định visits Kyrgyzstan",
                    "summary": "A parliamentary visit.",
                    "participants": ["nguyen-khac-dinh"],
                    "evidence": cite("beta", "Nguyễn Khắc Định visited in 2023"),
                },
            ],
            "trade": [
                {
                    "id": "trade-2022",
                    "measure": "two-way-trade",
                    "year_from": 2022,
                    "year_to": 2022,
                    "value_usd": 4500000,
                    "evidence": cite("alpha", "$4.5 million in 2022"),
                },
                {
                    "id": "trade-2023",
                    "measure": "two-way-trade",
                    "year_from": 2023,
                    "year_to": 2023,
                    "value_usd": 7500000,
                    "evidence": [
                        {"source": "alpha", "quote": "$7.5 million in 2023"},
                        {"source": "beta", "quote": "Trade reached 7.5 million USD in 2023"},
                    ],
                },
            ],
            "agreements": [
                {
                    "id": "joint-statement",
                    "title": "Joint statement on the visit",
                    "kind": "joint-statement",
                    "status": "signed",
                    "parties": ["vn", "kg"],
                    "summary": "Signed after the talks [sic] :ab:",
                    "evidence": cite("beta", "The leaders signed a joint statement [sic] :ab:"),
                }
            ],
        }
    )


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def write_store(tmp_path: Path) -> Callable[[Any], Path]:
    """Write any JSON data as a store file and return its path."""

    def write(data: Any, name: str = "facts.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    return write


@pytest.fixture
def store_path(write_store: Callable[[Any], Path]) -> Path:
    return write_store(canned_store())


@pytest.fixture(autouse=True)
def plain_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """No colour and 80 columns, whatever terminal runs the tests; a cache of the test's own."""
    monkeypatch.setenv("KGVN_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("KGVN_DATA", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    yield


class Kgvn:
    """Runs kgvn the way a user does, against one store."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Any:
        return self.runner.invoke(app, ["--data", str(self.store), *args], input=input)


@pytest.fixture
def kgvn(store_path: Path) -> Kgvn:
    return Kgvn(store_path)
