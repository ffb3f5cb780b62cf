"""The SQLite cache and the generated runtime records: fast, private, and never a source of truth."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Kgvn, canned_store

from kgvn import cache, codegen, records, store
from kgvn.errors import StoreError


def cache_files() -> list[Path]:
    return sorted(
        path for path in cache.cache_dir().glob("*.sqlite") if path.name != cache.STAMPS_FILE
    )


def edit(entry: Path, sql: str, *parameters: Any) -> None:
    with contextlib.closing(sqlite3.connect(entry)) as database, database:
        database.execute(sql, parameters)


def test_the_generated_records_match_the_models() -> None:
    """`python -m kgvn.codegen` rewrites kgvn/records.py; this fails when someone forgot."""
    assert codegen.TARGET.read_text(encoding="utf-8") == codegen.generate()


def test_records_carry_the_validated_store_whole(store_path: Path) -> None:
    validated = store.load_store(store_path).model_dump(mode="json")
    assert records.Store.from_json(validated).to_json() == validated
    assert store.load_records(store_path).to_json() == validated


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

    monkeypatch.setattr(store, "validate_bytes", no_validation)
    assert store.load_records(store_path) == first


def test_the_cache_has_the_export_tables_and_its_own(store_path: Path, tmp_path: Path) -> None:
    from kgvn import export

    store.load_records(store_path)
    (entry,) = cache_files()
    target = tmp_path / "export.db"
    export.write_sqlite(store.load_store(store_path), target)

    def tables(path: Path) -> set[str]:
        with contextlib.closing(sqlite3.connect(path)) as database:
            rows = database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {name for (name,) in rows if not name.startswith("search")}

    assert tables(target) < tables(entry)
    assert tables(entry) - tables(target) == {"kgvn_records", "kgvn_names", "kgvn_stems"}


def test_an_edited_store_is_validated_again(
    store_path: Path, write_store: Callable[[Any], Path]
) -> None:
    store.load_records(store_path)
    broken = canned_store()
    broken["events"][0]["date"] = "2025-02-30"
    write_store(broken)
    with pytest.raises(StoreError, match="invalid store"):
        store.load_records(store_path)


def test_other_code_gets_its_own_cache_entry(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.load_records(store_path)
    monkeypatch.setattr(cache, "code_digest", lambda: "another-build")
    calls: list[int] = []
    real = store.validate_bytes

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "validate_bytes", counting)
    store.load_records(store_path)
    assert calls == [1]
    assert len(cache_files()) == 2


def test_the_code_digest_covers_every_module() -> None:
    cache.code_digest.cache_clear()
    assert len(cache.code_digest()) == 16


def test_a_corrupt_cache_file_is_rebuilt(store_path: Path) -> None:
    expected = store.load_records(store_path)
    (entry,) = cache_files()
    entry.write_bytes(b"not a database at all")
    assert store.load_records(store_path) == expected
    (entry,) = cache_files()
    assert entry.read_bytes().startswith(b"SQLite format 3")


def test_a_tampered_trade_figure_is_never_printed(kgvn: Kgvn) -> None:
    """Editing a cached figure (as someone with write access to the cache would) is caught."""
    honest = kgvn("trade", "--format", "json").stdout
    assert '"value_usd": 7500000' in honest
    (entry,) = cache_files()
    edit(
        entry,
        "UPDATE kgvn_records SET json = replace(json, '7500000', '9900000') WHERE id = ?",
        "trade-2023",
    )
    edit(entry, "UPDATE trade SET value_usd = 9900000 WHERE id = 'trade-2023'")
    result = kgvn("trade", "--format", "json")
    assert result.exit_code == 0
    assert result.stdout == honest
    assert "9900000" not in kgvn("show", "trade-2023", "--format", "json").stdout
    assert "9900000" not in kgvn("search", "trade", "2023", "--format", "json").stdout


def test_a_row_moved_from_another_store_version_is_caught(kgvn: Kgvn) -> None:
    kgvn("show", "trade-2023")
    (entry,) = cache_files()
    with contextlib.closing(sqlite3.connect(entry)) as database:
        (tag,) = database.execute("SELECT tag FROM kgvn_records WHERE id = 'trade-2022'").fetchone()
    edit(entry, "UPDATE kgvn_records SET tag = ? WHERE id = 'trade-2023'", tag)
    shown = json.loads(kgvn("show", "trade-2023", "--format", "json").stdout)
    assert shown[0]["id"] == "trade-2023"


def test_a_cache_entry_for_another_key_is_not_served(store_path: Path) -> None:
    store.load_records(store_path)
    (entry,) = cache_files()
    edit(entry, "UPDATE kgvn_meta SET value = 'something-else' WHERE key = 'cache_key'")
    edit(entry, "DELETE FROM kgvn_records WHERE collection = 'events'")
    assert len(store.load_records(store_path).events) == 4


def test_an_unwritable_cache_just_means_no_cache(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KGVN_CACHE_DIR", str(blocker / "cache"))
    for command in (["timeline"], ["search", "visit"], ["show", "trade-2023"], ["who", "dinh"]):
        result = Kgvn(store_path)(*command)
        assert result.exit_code == 0, command
        assert result.stderr == ""


# A cache folder made unwritable after first use: tests/test_users.py (root writes anywhere).


def test_the_cache_folder_is_private(
    kgvn: Kgvn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fresh" / "kgvn"
    monkeypatch.setenv("KGVN_CACHE_DIR", str(folder))
    kgvn("timeline")
    assert folder.stat().st_mode & 0o777 == 0o700


def test_entries_owned_by_someone_else_are_ignored(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = store.load_records(store_path)
    real_getuid = os.getuid
    monkeypatch.setattr(os, "getuid", lambda: real_getuid() + 1)
    assert cache.open_entry(cache_files()[0].stem) is None
    assert store.load_records(store_path) == expected  # answered without the foreign entry


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KGVN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache.cache_dir().is_absolute()
    assert "relative" not in str(cache.cache_dir())
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/absolute")
    assert cache.cache_dir() == Path("/somewhere/absolute/kgvn")


def test_reading_commands_never_touch_the_store(kgvn: Kgvn, store_path: Path) -> None:
    before = (store_path.read_bytes(), store_path.stat().st_mtime_ns)
    for command in (
        ["timeline"],
        ["trade"],
        ["who"],
        ["agreements"],
        ["sources"],
        ["search", "visit"],
        ["show", "trade-2023"],
        ["validate"],
    ):
        kgvn(*command)
    assert (store_path.read_bytes(), store_path.stat().st_mtime_ns) == before
    assert sorted(path.name for path in store_path.parent.iterdir()) == ["facts.json"]


def test_one_cache_format_pruned_together(
    store_path: Path, write_store: Callable[[Any], Path]
) -> None:
    for number in range(cache.ENTRIES_KEPT + 4):
        data = canned_store()
        data["events"][0]["title"] = f"Version {number}"
        store.load_records(write_store(data))
    assert len(cache_files()) == cache.ENTRIES_KEPT
    assert {path.suffix for path in cache.cache_dir().iterdir()} == {".sqlite"}


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
    edit(cache.cache_dir() / cache.STAMPS_FILE, "UPDATE stamps SET content = 'not a hash'")
    assert store.load_records(store_path) == expected


def test_show_reads_one_record_from_the_cache(kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch) -> None:
    first = kgvn("show", "trade-2023", "--format", "json").stdout

    def no_full_load(*args: Any) -> Any:
        raise AssertionError("the whole store was loaded to show one record")

    monkeypatch.setattr(store, "load_validated", no_full_load)
    monkeypatch.setattr(store, "load_records", no_full_load)
    assert kgvn("show", "trade-2023", "--format", "json").stdout == first


def test_who_reads_only_the_people_it_prints(kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch) -> None:
    first = kgvn("who", "dinh", "--format", "json").stdout
    assert json.loads(first)[0]["id"] == "nguyen-khac-dinh"

    def no_full_load(*args: Any) -> Any:
        raise AssertionError("the whole store was loaded to find one person")

    monkeypatch.setattr(store, "load_records", no_full_load)
    assert kgvn("who", "dinh", "--format", "json").stdout == first


def test_show_still_finds_sources_and_suggests_near_ids(kgvn: Kgvn) -> None:
    kgvn("show", "trade-2023")
    assert (
        json.loads(kgvn("show", "alpha", "--format", "json").stdout)[0]["record_type"] == "source"
    )
    missing = kgvn("show", "trade-2032")
    assert missing.exit_code == 1
    assert "nearest: trade-2023" in missing.stderr
    assert kgvn("show", "alpha", "--context").exit_code == 2


def test_validate_reuses_a_proven_entry(kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch) -> None:
    first = kgvn("validate")
    assert first.exit_code == 0

    def no_validation(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("validated again although these bytes were proven")

    monkeypatch.setattr(store, "validate_bytes", no_validation)
    again = kgvn("validate")
    assert (again.stdout, again.stderr) == (first.stdout, first.stderr)


def test_cache_clear_and_info(kgvn: Kgvn) -> None:
    kgvn("timeline")
    info = kgvn("cache", "info").stdout
    assert "store versions\t1" in info
    cleared = kgvn("cache", "clear")
    assert cleared.exit_code == 0
    assert "removed 2 cache files" in cleared.stderr
    assert cache_files() == []


def test_the_size_limit_is_an_option(kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch) -> None:
    refused = kgvn("--max-store-size", "1K", "timeline")
    assert refused.exit_code == 4
    assert "--max-store-size" in refused.stderr
    monkeypatch.setenv("KGVN_MAX_STORE_BYTES", "1K")
    assert kgvn("timeline").exit_code == 4
    assert kgvn("--max-store-size", "10M", "timeline").exit_code == 0
    monkeypatch.setenv("KGVN_MAX_STORE_BYTES", "lots")
    assert kgvn("timeline").exit_code == 2


def test_files_of_the_old_caches_are_removed(
    store_path: Path, write_store: Callable[[Any], Path]
) -> None:
    folder = cache.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "stamps").mkdir()
    (folder / "stamps" / "abc").write_text("0" * 64, encoding="ascii")
    (folder / "abc-1.0-12-34.json").write_text("{}", encoding="utf-8")
    (folder / "abc-1.0-12-34.search-1.json").write_text("{}", encoding="utf-8")
    (folder / "abc-1.0-12-34.ids-1.sqlite").write_bytes(b"")
    store.load_records(store_path)
    assert {path.suffix for path in folder.iterdir()} == {".sqlite"}
    assert len(cache_files()) == 1


def test_a_folder_others_may_write_in_is_not_used(
    kgvn: Kgvn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("KGVN_CACHE_DIR", str(shared))
    result = kgvn("trade", "--format", "json")
    assert result.exit_code == 0
    assert list(shared.iterdir()) == []
    assert shared.stat().st_mode & 0o777 == 0o777


def test_a_full_disk_while_building_means_no_cache(
    kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kgvn import cache_build

    real = cache_build.build

    def full_on_disk(database: sqlite3.Connection, *args: Any) -> None:
        if database.execute("PRAGMA database_list").fetchone()[2]:  # a file, not memory
            raise sqlite3.OperationalError("database or disk is full")
        real(database, *args)

    monkeypatch.setattr(cache_build, "build", full_on_disk)
    result = kgvn("show", "trade-2023", "--format", "json")
    assert result.exit_code == 0
    assert '"value_usd": 7500000' in result.stdout
    assert cache_files() == []


def test_check_never_supports_a_tampered_figure(kgvn: Kgvn) -> None:
    claim = "Two-way trade reached 9.9 million USD in 2023."
    before = kgvn("check", claim)
    assert before.exit_code != 0
    (entry,) = cache_files()
    edit(
        entry,
        "UPDATE kgvn_records SET json = replace(json, '7500000', '9900000') WHERE id = ?",
        "trade-2023",
    )
    after = kgvn("check", claim)
    assert (after.exit_code, after.stdout) == (before.exit_code, before.stdout)


FIRST_READS = (
    ("timeline", "--format", "json"),
    ("timeline",),
    ("trade", "--format", "json"),
    ("who",),
    ("who", "dinh", "--format", "json"),
    ("who", "kasim"),
    ("who", "nobody-at-all"),
    ("agreements", "--format", "json"),
    ("sources",),
    ("search", "visit", "--format", "json"),
    ("search", "trade", "2023"),
    ("search", "deputies", "--format", "json"),
    ("show", "trade-2023", "--format", "json"),
    ("show", "alpha", "--format", "json"),
    ("show", "trade-2032"),
    ("validate",),
    ("check", "Two-way trade reached 7.5 million USD in 2023."),
)


def test_a_first_read_from_the_models_says_what_the_cache_says(
    kgvn: Kgvn, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big store's first read is answered from the validated models (the entry is built
    after the answer): byte for byte what the cache answers."""
    from kgvn import cache_build

    from_cache = [kgvn(*command) for command in FIRST_READS]
    cache.clear()
    built: list[str] = []
    monkeypatch.setattr(store, "defer_builds", True)
    monkeypatch.setattr(store, "DEFERRED_BUILD_BYTES", 0)
    monkeypatch.setattr(cache_build, "build_in_background", lambda _, key: built.append(key))
    for command, expected in zip(FIRST_READS, from_cache, strict=True):
        monkeypatch.setattr(store, "_deferred", None)
        result = kgvn(*command)
        assert isinstance(store._deferred, cache_build.ModelCache), command
        assert (result.exit_code, result.stdout, result.stderr) == (
            expected.exit_code,
            expected.stdout,
            expected.stderr,
        ), command
        store.build_deferred()
    assert cache_files() == []
    assert len(set(built)) == 1 and len(built) == len(FIRST_READS)


def test_a_first_read_builds_the_entry_after_the_answer(store_path: Path, tmp_path: Path) -> None:
    """On the command line the entry is built by a child process the answer does not wait for;
    the next read waits for that child rather than validating again."""
    import subprocess
    import sys

    from kgvn import cache_build

    script = (
        "import sys; from kgvn import store; store.DEFERRED_BUILD_BYTES = 0;"
        " sys.argv[0] = 'kgvn'; from kgvn.__main__ import main; main()"
    )
    expected = Kgvn(store_path)("timeline", "--format", "json").stdout
    cache.clear()
    answer = subprocess.run(
        [sys.executable, "-c", script, "--data", str(store_path), "timeline", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert answer.stdout == expected
    key = cache.key_for(cache.content_hash(store_path.read_bytes()))
    for _ in range(1200):
        cache_build.wait_for_build(key)
        if cache.entry_path(key).exists():
            break
        import time

        time.sleep(0.05)
    assert cache_files() == [cache.entry_path(key)]
    opened = store.open_cache(store_path)
    assert not isinstance(opened, cache_build.ModelCache)
    assert store.load_records(store_path).to_json() == store.load_store(store_path).model_dump(
        mode="json"
    )
    assert cache.clear() == 2  # the entry and the stamps: the child removed its lock


@pytest.mark.parametrize(
    ("canonical", "limit", "remembered"),
    [(True, None, True), (False, None, False), (True, 0, False)],
)
def test_the_build_after_the_answer_remembers_canonical_bytes(
    store_path: Path, canonical: bool, limit: int | None, remembered: bool
) -> None:
    """The child that builds the entry also looks whether the store's bytes are those kgvn
    writes, so that the first write need not look again; other bytes are not taken for them,
    and a store above the limit is left to the write, which looks a few megabytes at a time."""
    import subprocess
    import sys

    from kgvn import cache_build
    from kgvn.writing import canonical_json

    text = canonical_json(store.load_store(store_path))
    if not canonical:  # the same store, valid, with its letters escaped
        text = json.dumps(json.loads(text), indent=2) + "\n"
    store_path.write_text(text, "utf-8")
    script = (
        "import sys; from kgvn import store, cache_build; store.DEFERRED_BUILD_BYTES = 0;"
        f" cache_build.PROOF_IN_BUILD_BYTES = {limit if limit is not None else 2**40};"
        " sys.argv[0] = 'kgvn'; from kgvn.__main__ import main; main()"
    )
    cache.clear()
    subprocess.run(
        [sys.executable, "-c", script, "--data", str(store_path), "who", "chinh"],
        capture_output=True,
        timeout=120,
        check=True,
    )
    key = cache.key_for(cache.content_hash(store_path.read_bytes()))
    cache_build.wait_for_build(key)
    assert cache.entry_path(key).exists()
    assert cache.written_by_kgvn(key) is remembered


def test_a_read_waits_for_the_entry_being_built(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl
    import threading

    from kgvn import cache_build

    expected = store.load_records(store_path)
    (entry,) = cache_files()
    key = entry.stem
    hidden = entry.with_name("hidden")
    entry.rename(hidden)
    folder = cache.usable_folder(create=False)
    assert folder is not None
    handle = os.open(cache_build._lock_path(folder, key), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(handle, fcntl.LOCK_EX)

    def finish() -> None:
        hidden.rename(entry)
        os.close(handle)

    def no_validation(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("validated again while another process built the entry")

    monkeypatch.setattr(store, "validate_bytes", no_validation)
    timer = threading.Timer(0.2, finish)
    timer.start()
    try:
        assert store.load_records(store_path) == expected
    finally:
        timer.join()
