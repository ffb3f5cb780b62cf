"""A small canned store and its two articles, written for the tests (not the shipped record).

Rich is pinned to no colour and a fixed width so table output is exact.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kgvn.check import Checker
from kgvn.check.lexicon import Places
from kgvn.cli import app
from kgvn.store import load_store

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


@pytest.fixture
def desk(tmp_path: Path, articles_dir: Path) -> Path:
    """A curator's working folder: the canned store in canonical form and its `sources/`."""
    from kgvn.store import validate_store
    from kgvn.writing import canonical_json

    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "facts.json").write_text(
        canonical_json(validate_store(canned_store())), encoding="utf-8"
    )
    articles_dir.rename(folder / "sources")
    return folder


def statement_envelope(number: int, quote: str = "Trade reached $4.5 million in 2022") -> str:
    """`kgvn add` input for a statement citing the canned alpha article."""
    return json.dumps(
        {
            "collection": "statements",
            "record": {
                "id": f"note-{number}",
                "topic": "trade",
                "statement": f"Trade note number {number}.",
                "evidence": [{"source": "alpha", "quote": quote}],
            },
        }
    )


class UserResult:
    """What a kgvn run as another user printed, and its exit code."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr


def run_as_user(
    uid: int,
    gid: int,
    args: list[str],
    groups: tuple[int, ...] = (),
    umask: int = 0o022,
    input: str | None = None,
    env: dict[str, str] | None = None,
) -> UserResult:
    """Run kgvn as an ordinary user, in a forked child that drops root's privileges.

    The child is a fork of this test process, so it needs no access to the interpreter or the
    venv on disk (CI keeps them in a folder only root can enter): everything kgvn imports is
    imported here first, by a run of the same command as root on nothing (`--help`).
    """
    import os

    if os.geteuid() != 0:
        raise RuntimeError("run_as_user needs root, to drop its privileges in a child")
    _import_everything_kgvn_uses()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: become the user, run, report, and never return into pytest
        code = 70
        payload = {"exit_code": 70, "stdout": "", "stderr": "the child failed before running"}
        try:
            os.close(reader)
            os.setgroups(list(groups))
            os.setgid(gid)
            os.setuid(uid)
            os.umask(umask)
            for key, value in (env or {}).items():
                os.environ[key] = value
            result = CliRunner().invoke(app, args, input=input)
            payload = {
                "exit_code": result.exit_code,
                "stdout": result.stdout,
                "stderr": result.stderr,
            }
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                payload["stderr"] += f"\n{type(result.exception).__name__}: {result.exception}"
            code = 0
        except BaseException as error:  # reported to the parent, which fails the test
            payload["stderr"] = f"{type(error).__name__}: {error}"
        finally:
            os.write(writer, json.dumps(payload).encode("utf-8"))
            os.close(writer)
            os._exit(code)
    os.close(writer)
    chunks = []
    while True:
        chunk = os.read(reader, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(reader)
    os.waitpid(pid, 0)
    payload = json.loads(b"".join(chunks).decode("utf-8"))
    return UserResult(payload["exit_code"], payload["stdout"], payload["stderr"])


def _import_everything_kgvn_uses() -> None:
    """Import every kgvn module and what they import lazily, so a child needs no disk access."""
    import importlib
    import pkgutil

    import kgvn
    from kgvn.cli.core import load

    load(None)
    for module in pkgutil.walk_packages(kgvn.__path__, "kgvn."):
        if module.name not in ("kgvn.__main__", "kgvn.codegen"):
            importlib.import_module(module.name)
    for name in ("rich.console", "rich.table", "rich.text", "rich.box", "sqlite3", "csv",
                 "encodings.ascii", "encodings.latin_1", "encodings.utf_8_sig"):  # fmt: skip
        importlib.import_module(name)
    CliRunner().invoke(app, ["--help"])


@pytest.fixture
def shared_root() -> Iterator[Path]:
    """A folder that ordinary users can enter (pytest's own tmp folder is root's only)."""
    import os
    import shutil
    import tempfile

    if os.geteuid() != 0:
        pytest.skip("switching users needs root; CI runs as root, so these run there")
    folder = Path(tempfile.mkdtemp(prefix="kgvn-users-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def checker() -> Checker:
    """The checker over the shipped record, built once: checking never changes it."""
    real_store = Path(__file__).resolve().parent.parent / "data" / "facts.json"
    return Checker(load_store(real_store), today=dt.date(2026, 11, 23))


@pytest.fixture
def places() -> Places:
    """Two fictional countries, for rules read without the shipped record."""
    found = Places()
    found.extend("UT", "Utopia", [])
    found.extend("RU", "Ruritania", [])
    return found
