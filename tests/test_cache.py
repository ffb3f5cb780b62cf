"""The validated-store cache and the generated runtime records: fast, and never stale."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Kgvn, canned_store

from kgvn import codegen, records, store
from kgvn.errors import StoreError


def cache_files() -> list[Path]:
    return sorted(store.cache_dir().glob("*.json"))


def test_the_generated_records_match_the_models() -> None:
    """`python -m kgvn.codegen` rewrites kgvn/records.py; this fails when someone forgot."""
    assert codegen.TARGET.read_text(encoding="utf-8") == codegen.generate()


def test_records_carry_the_validated_store_whole(store_path: Path) -> None:
    validated = store.load_store(store_path).model_dump(mode="json")
    assert records.Store.from_json(validated).to_json() == validated


def test_records_are_read_only(store_path: Path) -> None:
    loaded = store.load_records(store_path)
    with pytest.raises(AttributeError, match="read-only"):
        loaded.events[0].title = "changed"  # type: ignore[misc]


def test_the_first_read_validates_and_the_next_one_uses_the_cache(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.load_records(store_path)
    assert len(cache_files()) == 1

    def no_validation(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("validated again despite a cache entry")

    monkeypatch.setattr(store, "validate_store", no_validation)
    assert store.load_records(store_path) == first


def test_an_edited_store_is_validated_again(
    store_path: Path, write_store: Callable[[Any], Path]
) -> None:
    store.load_records(store_path)
    broken = canned_store()
    broken["events"][0]["date"] = "2025-02-30"
    write_store(broken)
    with pytest.raises(StoreError, match="invalid store"):
        store.load_records(store_path)


def test_a_new_schema_or_version_invalidates_the_cache(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.load_records(store_path)
    monkeypatch.setattr(store, "schema_fingerprint", lambda: "another-schema")
    calls: list[int] = []
    real = store.validate_store

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "validate_store", counting)
    store.load_records(store_path)
    assert calls == [1]


def test_a_corrupt_cache_entry_is_ignored(store_path: Path) -> None:
    expected = store.load_records(store_path)
    (entry,) = cache_files()
    entry.write_text('{"key": "', encoding="utf-8")
    assert store.load_records(store_path) == expected
    assert json.loads(entry.read_text(encoding="utf-8"))["store"]["sources"][0]["id"] == "alpha"


def test_a_cache_entry_for_another_key_is_not_served(store_path: Path) -> None:
    store.load_records(store_path)
    (entry,) = cache_files()
    content = json.loads(entry.read_text(encoding="utf-8"))
    content["key"] = "something-else"
    content["store"]["events"] = []
    entry.write_text(json.dumps(content), encoding="utf-8")
    assert len(store.load_records(store_path).events) == 4


def test_an_unwritable_cache_just_means_no_cache(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KGVN_CACHE_DIR", str(blocker / "cache"))
    result = Kgvn(store_path)("timeline")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_reading_commands_never_touch_the_store(kgvn: Kgvn, store_path: Path) -> None:
    before = (store_path.read_bytes(), store_path.stat().st_mtime_ns)
    for command in (
        ["timeline"],
        ["trade"],
        ["who"],
        ["agreements"],
        ["sources"],
        ["search", "visit"],
    ):
        kgvn(*command)
    assert (store_path.read_bytes(), store_path.stat().st_mtime_ns) == before
    assert sorted(path.name for path in store_path.parent.iterdir()) == ["facts.json"]


def test_old_cache_entries_are_pruned(store_path: Path, write_store: Callable[[Any], Path]) -> None:
    for number in range(store.CACHE_ENTRIES_KEPT + 4):
        data = canned_store()
        data["events"][0]["title"] = f"Version {number}"
        store.load_records(write_store(data))
    assert len(cache_files()) == store.CACHE_ENTRIES_KEPT


def test_an_unchanged_file_is_not_even_read_again(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.load_records(store_path)

    def no_reading(*args: Any) -> bytes:
        raise AssertionError("the store was read although its stamp is known")

    monkeypatch.setattr(store, "_read_bytes", no_reading)
    assert store.load_records(store_path) == first


def test_a_garbled_stamp_is_ignored(store_path: Path) -> None:
    expected = store.load_records(store_path)
    for stamp in (store.cache_dir() / "stamps").iterdir():
        stamp.write_text("not a hash", encoding="ascii")
    assert store.load_records(store_path) == expected


def test_show_reads_one_record_from_the_id_index(
    kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = kgvn("show", "trade-2023", "--format", "json").stdout
    assert len(list(store.cache_dir().glob("*.ids-*.sqlite"))) == 1

    def no_full_load(*args: Any) -> Any:
        raise AssertionError("the whole store was loaded to show one record")

    monkeypatch.setattr(store, "load_validated", no_full_load)
    monkeypatch.setattr(store, "load_records", no_full_load)
    assert kgvn("show", "trade-2023", "--format", "json").stdout == first


def test_show_still_finds_sources_and_suggests_near_ids(kgvn: Kgvn) -> None:
    kgvn("show", "trade-2023")
    assert (
        json.loads(kgvn("show", "alpha", "--format", "json").stdout)[0]["record_type"] == "source"
    )
    missing = kgvn("show", "trade-2032")
    assert missing.exit_code == 1
    assert "nearest: trade-2023" in missing.stderr
    assert kgvn("show", "alpha", "--context").exit_code == 2
