"""`kgvn check` on a big store: each claim checked against the records the cache finds for it."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import Kgvn

from kgvn import cache, store
from kgvn.check.retrieve import feed

REPO = Path(__file__).resolve().parent.parent
CLAIMS = (
    "Two-way trade reached $13.5 million in 2024.",
    "Two-way trade reached $9.9 million in 2023.",
    "Kyrgyzstan and Vietnam established diplomatic ties in June 1992.",
    "Kyrgyz PM Kasimalyev visited Vietnam in April 2025.",
    "Pham Minh Chinh accepted an invitation to visit Kyrgyzstan.",
    "Vietnam's President visited Bishkek in 2018.",
    "It was so.",
)


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped store three times over under fresh ids, as the benchmark grows it."""
    spec = importlib.util.spec_from_file_location("bench", REPO / "benchmarks" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    folder = tmp_path_factory.mktemp("grown")
    (folder / "sources").symlink_to(REPO / "data" / "sources")
    bench.write_grown_store(folder / "facts.json", 3)
    return folder / "facts.json"


@pytest.fixture
def retrieving(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every store counts as big: claims go through retrieval from the cache."""
    monkeypatch.setattr(feed, "WHOLE_STORE_RECORDS", 0)


def _verdicts(kgvn: Kgvn) -> list[tuple[int, str, list[str]]]:
    found = []
    for claim in CLAIMS:
        result = kgvn("check", claim, "--format", "json")
        data = json.loads(result.stdout)
        found.append((result.exit_code, data["verdict"], [item["id"] for item in data["records"]]))
    return found


def test_a_big_store_gives_the_verdicts_of_the_whole_store(
    grown: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kgvn = Kgvn(grown)
    whole = _verdicts(kgvn)
    assert [verdict for _, verdict, _ in whole][:3] == ["supported", "contradicted", "supported"]
    monkeypatch.setattr(feed, "WHOLE_STORE_RECORDS", 0)
    assert _verdicts(kgvn) == whole


def test_a_claim_gets_a_checker_over_its_candidates_only(grown: Path, retrieving: None) -> None:
    opened = store.open_cache(grown)
    try:
        fed = feed.Feed(opened)
        assert fed.whole is None
        checker = fed.checker_for("Two-way trade reached $13.5 million in 2024.")
        ids = {record.id for _, _, record in checker.store.records()}
        assert {"trade-2024", "trade-2023"} <= ids
        assert len(ids) < sum(opened.counts().values()) // 2
        assert [source.id for source in checker.store.sources] == list(fed.sources)
    finally:
        opened.close()


def test_the_records_found_bring_those_they_refer_to(grown: Path) -> None:
    opened = store.open_cache(grown)
    try:
        data = feed.claim_data(opened, "Kasymaliev paid an official visit in March 2025.")
        named = {
            item["id"] for name in ("people", "organisations", "countries") for item in data[name]
        }
        referred = {name for event in data["events"] for name in event.get("participants", [])}
        assert referred and referred <= named
        positions = [event["id"] for event in data["events"]]
        every = [item["id"] for item in opened.collection("events")]
        assert positions == [name for name in every if name in positions]  # in store order
    finally:
        opened.close()


def test_copies_of_one_text_are_kept_only_a_few_times(
    grown: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = store.open_cache(grown)
    try:
        claim = "Two-way trade reached $13.5 million in 2024."
        copies = {item["id"] for item in feed.claim_data(opened, claim)["trade"]}
        assert {"trade-2024", "trade-2024-x1", "trade-2024-x2"} <= copies
        monkeypatch.setattr(feed, "ALIKE", 1)
        first = {item["id"] for item in feed.claim_data(opened, claim)["trade"]}
        assert "trade-2024" in first
        assert not any("-x" in name for name in first)
    finally:
        opened.close()


def test_a_name_spelt_another_way_finds_its_records() -> None:
    found = feed.query_words("Kasimalyev visited the country", ["kasymaliev", "japarov"])
    assert "kasymaliev" in found and "japarov" not in found
    assert "the" not in found
    assert feed.query_words("It was so.") == []


def test_a_batch_on_a_big_store(grown: Path, retrieving: None) -> None:
    result = Kgvn(grown)("check", "-", "--format", "jsonl", input="\n".join(CLAIMS[:2]) + "\n")
    assert result.exit_code == 1
    verdicts = [json.loads(line)["verdict"] for line in result.stdout.splitlines()]
    assert verdicts == ["supported", "contradicted"]


def test_retrieval_never_supports_a_tampered_figure(grown: Path, retrieving: None) -> None:
    kgvn = Kgvn(grown)
    claim = "Two-way trade reached 9.9 million USD in 2023."
    before = kgvn("check", claim, "--format", "json")
    assert before.exit_code == 1
    (entry,) = (path for path in cache.cache_dir().glob("*.sqlite") if path.name != "stamps.sqlite")
    with contextlib.closing(sqlite3.connect(entry)) as database, database:
        database.execute(
            "UPDATE kgvn_records SET json = replace(json, '7500000', '9900000')"
            " WHERE collection = 'trade'"
        )
    after = kgvn("check", claim, "--format", "json")
    assert (after.exit_code, after.stdout) == (before.exit_code, before.stdout)


def test_a_first_read_retrieves_from_the_models_as_from_the_cache(
    grown: Path, retrieving: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big store's first read is answered from its validated models: the same records found,
    the same verdicts, as the cache entry built after it gives."""
    from kgvn import cache_build

    kgvn = Kgvn(grown)
    from_cache = [kgvn("check", claim, "--format", "json") for claim in CLAIMS]
    cache.clear()
    monkeypatch.setattr(store, "defer_builds", True)
    monkeypatch.setattr(store, "DEFERRED_BUILD_BYTES", 0)
    monkeypatch.setattr(cache_build, "build_in_background", lambda *_: None)
    for claim, expected in zip(CLAIMS, from_cache, strict=True):
        monkeypatch.setattr(store, "_deferred", None)
        result = kgvn("check", claim, "--format", "json")
        assert isinstance(store._deferred, cache_build.ModelCache)
        assert (result.exit_code, result.stdout) == (expected.exit_code, expected.stdout), claim
        store.build_deferred()
