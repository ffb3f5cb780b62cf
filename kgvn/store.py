"""Finding and reading the store: validated once, then served from the cache without pydantic.

Reading never writes to the store. Every way a file can be wrong ends as a `StoreError` with one
line per problem, so the CLI can show it without a traceback.

The cache (`kgvn.cache`) is one SQLite database per store version, keyed by the file's SHA-256
and a digest of kgvn's code, so an edited file or another build of kgvn is validated afresh.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgvn.errors import StoreError

if TYPE_CHECKING:
    import sqlite3

    from kgvn import models, records
    from kgvn.cache import Cache
    from kgvn.cache_build import ModelCache

#: Refuse files larger than this before reading them (a store of a million records is ~600 MB);
#: $KGVN_MAX_STORE_BYTES or `--max-store-size` change it.
MAX_STORE_BYTES = 1024 * 1024 * 1024
MAX_STORE_ENV = "KGVN_MAX_STORE_BYTES"

DATA_ENV = "KGVN_DATA"


def default_store_path() -> Path:
    """The store in use: $KGVN_DATA, else the one shipped in the package, else the checkout's."""
    from_env = os.environ.get(DATA_ENV)
    if from_env:
        return Path(from_env)
    packaged = Path(__file__).with_name("_data") / "facts.json"  # where the wheel puts it
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "data" / "facts.json"


def read_json(path: Path) -> Any:
    """Parse the file at `path` as JSON, or raise a `StoreError` saying what is wrong and where."""
    return parse_json(_read_bytes(path), path)


def parse_json(raw: bytes, path: Path) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StoreError(
            f"{path}: not UTF-8 text (byte {error.start} is 0x{raw[error.start]:02x})"
        ) from None
    if not text.strip():
        raise StoreError(f"{path}: the file is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise StoreError(
            f"{path}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise StoreError(f"{path}: JSON nested too deeply to be a store") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise StoreError(f"{path}: unreadable JSON value: {error}") from None


#: Set from `--max-store-size` (which also reads $KGVN_MAX_STORE_BYTES) for one run.
size_limit: int | None = None


def max_store_bytes() -> int:
    """The size limit: `--max-store-size`, $KGVN_MAX_STORE_BYTES (e.g. `700M`, `2G`), or 1 GiB."""
    if size_limit is not None:
        return size_limit
    given = os.environ.get(MAX_STORE_ENV, "").strip()
    return parse_size(given, MAX_STORE_ENV) if given else MAX_STORE_BYTES


_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def parse_size(text: str, where: str) -> int:
    """A byte count such as `700M`, `2G`, `1.5g`, `65536` (K, M, G, T are powers of 1024)."""
    import re

    from kgvn.errors import UsageError

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", text.lower())
    if match is None or float(match.group(1)) <= 0:
        raise UsageError(f"{where}: {text!r} is not a size such as 700M or 2G")
    return int(float(match.group(1)) * _UNITS[match.group(2)])


def read_store_bytes(path: Path) -> bytes:
    """The bytes of a store file, refused with a `StoreError` past the size limit or unreadable."""
    return _read_bytes(path)


def cached_sources(path: Path) -> list[dict[str, Any]] | None:
    """The sources of a store from its cache entry if it has one already, else None (no build)."""
    from kgvn import cache

    known = cache.read_stamp(cache.stamp_of(path))
    database = cache.open_entry(cache.key_for(known)) if known else None
    if database is None or known is None:
        return None
    opened = cache.Cache(database, cache.key_for(known), _rebuilder(path, known))
    try:
        return opened.collection("sources")
    except (StoreError, cache.CacheDamaged):
        return None
    finally:
        opened.close()


def _read_bytes(path: Path) -> bytes:
    limit = max_store_bytes()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a store file")
        if size > limit:
            raise StoreError(
                f"{path}: {size:,} bytes is larger than the {limit:,}-byte limit"
                f" (raise it with --max-store-size or {MAX_STORE_ENV})"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise StoreError(f"{path}: no store file there (set --data or {DATA_ENV})") from None
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror or error}") from None


def load_store(path: Path | None = None) -> models.Store:
    """Read and fully validate a store as pydantic models (for commands that write or export)."""
    actual = path if path is not None else default_store_path()
    return validate_bytes(_read_bytes(actual), label=str(actual))


def validate_store(data: Any, label: str = "store") -> models.Store:
    """Validate parsed JSON as a store; see `kgvn.validation`."""
    from kgvn.validation import validate_store as validate

    return validate(data, label)


def validate_bytes(raw: bytes, label: str = "store") -> models.Store:
    """Validate a store file's bytes with pydantic's JSON parser; see `kgvn.validation`."""
    from kgvn.validation import validate_json

    return validate_json(raw, label, lambda: parse_json(raw, Path(label)))


#: Set by the command line (`kgvn.cli.core.run`), which calls `build_deferred` when done: the
#: first read of a store from `DEFERRED_BUILD_BYTES` on is answered from the validated models,
#: and its cache entry is built after the answer, in a child process that outlives this one.
defer_builds = False
DEFERRED_BUILD_BYTES = 8 * 1024 * 1024
#: The store answered from its models in this process, whose entry is still to be built.
_deferred: ModelCache | None = None


def open_cache(path: Path | None = None) -> Cache:
    """The cache database of the store at `path`, validated and built on first sight.

    An unchanged file (same size, times and inode) is not even read again; a changed one is
    hashed, and validated only if no cache entry was proven for the same bytes and code (or is
    being built by another process, which is waited for).
    """
    from kgvn import cache

    global _deferred
    actual = path if path is not None else default_store_path()
    warm = open_warm(actual)
    if warm is not None:
        return warm
    stamp = cache.stamp_of(actual)
    raw = _read_bytes(actual)
    content = cache.content_hash(raw)
    key = cache.key_for(content)
    if _deferred is not None and _deferred.key == key:
        return _deferred
    database = cache.open_entry(key)
    if database is None:
        from kgvn.cache_build import wait_for_build

        if wait_for_build(key, entry_only=True):
            database = cache.open_entry(key)
    if database is None:
        from kgvn.cache_build import ModelCache, build_file
        from kgvn.validation import paused_gc

        with paused_gc():  # millions of objects and no cycles: the collector would only slow it
            validated = validate_bytes(raw, label=str(actual))
            if defer_builds and len(raw) >= DEFERRED_BUILD_BYTES:
                import gc

                del raw
                cache.write_stamp(stamp, content)
                _deferred = ModelCache(validated, key, (actual, content))
                gc.freeze()  # the models live as long as the process: never scan them again
                return _deferred
            del raw  # the models hold all of it now: one copy of the store at a time
            database = build_file(validated, key)
            del validated
    cache.write_stamp(stamp, content)
    return cache.Cache(database, key, _rebuilder(actual, content))


def open_warm(
    path: Path | None = None, rebuild: Callable[[], sqlite3.Connection] | None = None
) -> Cache | None:
    """The cache entry the store file's stamp (size, times, inode) names, if one of ours is
    there for this code; None otherwise. Not a byte of the store is read: nothing to validate.

    A row that does not check is rebuilt from the store (`rebuild` replaces that).
    """
    from kgvn import cache

    actual = path if path is not None else default_store_path()
    known = cache.read_stamp(cache.stamp_of(actual))
    if known is None:
        return None
    key = cache.key_for(known)
    if _deferred is not None and _deferred.key == key:
        return _deferred
    database = cache.open_entry(key)
    if database is None:
        return None
    return cache.Cache(database, key, rebuild or _rebuilder(actual, known))


#: Models answered from in this run, kept to the end: `answered_from_models`.
_answered: list[ModelCache] = []


def build_deferred() -> None:
    """Build the cache entry of the store answered from its models (`defer_builds`), if any,
    in a child process: the answer is out, and the next read finds the entry."""
    global _deferred
    opened, _deferred = _deferred, None
    if opened is not None:
        from kgvn.cache_build import build_in_background

        _answered.append(opened)
        build_in_background(opened.store, opened.key)


def answered_from_models() -> bool:
    """Whether this run holds a whole store's models, which would take a second or so to free
    one by one at exit: the command line then ends without freeing them (`os._exit`)."""
    return bool(_answered)


def _rebuilder(actual: Path, content: str) -> Callable[[], sqlite3.Connection]:
    """Rebuild a damaged cache entry from the store, if the store still has the same bytes."""

    def rebuild() -> sqlite3.Connection:
        from kgvn import cache

        raw = _read_bytes(actual)
        if cache.content_hash(raw) != content:
            raise StoreError(f"{actual}: the store changed while it was read; run again")
        from kgvn.cache_build import build_file

        return build_file(validate_bytes(raw, label=str(actual)), cache.key_for(content))

    return rebuild


def load_records(
    path: Path | None = None,
    collections: Iterable[str] | None = None,
    named: Iterable[str] = (),
) -> records.Store:
    """The store for reading commands, from the cache; only `collections` (and sources) if given.

    `named` collections are read only as far as the records read refer to them (for names).
    """
    from kgvn import records

    return records.Store.from_json(load_validated(path, collections, named))


#: Fields holding ids of other records.
REFERENCE_FIELDS = (
    "participants", "speakers", "parties", "members", "investor", "host", "exporter", "importer",
)  # fmt: skip


def load_validated(
    path: Path | None = None,
    collections: Iterable[str] | None = None,
    named: Iterable[str] = (),
) -> dict[str, Any]:
    """The validated store as JSON data, for code that builds only the records it needs."""
    opened = open_cache(path)
    try:
        data = opened.data(collections)
        wanted = [name for name in named if name not in data]
        if collections is None or not wanted:
            return data
        referred = referenced_ids(
            item for collection in collections for item in data.get(collection, ())
        )
        for name in wanted:
            data[name] = []
        for collection, item in opened.by_ids(sorted(referred)):
            if collection in wanted:
                data[collection].append(item)
        return data
    finally:
        opened.close()


def referenced_ids(items: Iterable[dict[str, Any]]) -> set[str]:
    """The ids the records (as JSON data) refer to in their reference fields."""
    return {
        target for item in items for field in REFERENCE_FIELDS for target in _ids(item.get(field))
    }


def _ids(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def to_records(store: models.Store) -> records.Store:
    """The runtime form of a store the models have validated."""
    from kgvn import records

    return records.Store.from_json(store.model_dump(mode="json"))
