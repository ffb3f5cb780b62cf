"""Finding and reading the store: validated once, then served from a cache without pydantic.

Reading never writes to the store. Every way a file can be wrong ends as a `StoreError` with one
line per problem, so the CLI can show it without a traceback.

The cache holds the validated form of a store under a key made of the file's SHA-256, the
schema's fingerprint and kgvn's version, so an edited file or an upgraded kgvn is validated
afresh; a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgvn.errors import StoreError

if TYPE_CHECKING:
    from kgvn import models, records

#: Refuse files larger than this before reading them: the record is a few hundred kilobytes.
MAX_STORE_BYTES = 256 * 1024 * 1024

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


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a store file")
        if size > MAX_STORE_BYTES:
            raise StoreError(
                f"{path}: {size:,} bytes is larger than the {MAX_STORE_BYTES:,}-byte limit"
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
    return validate_store(read_json(actual), label=str(actual))


def validate_store(data: Any, label: str = "store") -> models.Store:
    """Validate parsed JSON as a store; see `kgvn.validation`."""
    from kgvn.validation import validate_store as validate

    return validate(data, label)


def load_records(path: Path | None = None) -> records.Store:
    """The store for reading commands: validated on first sight, then from the cache."""
    from kgvn import records

    return records.Store.from_json(load_validated(path))


def load_validated(path: Path | None = None) -> dict[str, Any]:
    """The validated store as JSON data, for code that builds only the records it needs."""
    actual = path if path is not None else default_store_path()
    stamp = _stamp(actual)
    known = _read_stamp(stamp)
    cached = _read_cache(f"{known}-{schema_fingerprint()}") if known else None
    if cached is None:
        raw = _read_bytes(actual)
        content = content_hash(raw)
        key = f"{content}-{schema_fingerprint()}"
        cached = _read_cache(key)
        if cached is None:
            validated = validate_store(parse_json(raw, actual), label=str(actual))
            cached = validated.model_dump(mode="json")
            _write_cache(key, cached)
        _write_stamp(stamp, content)
    return cached


def cached_beside(
    path: Path | None, name: str, version: str, build: Callable[[], dict[str, str]]
) -> dict[str, str]:
    """Something derived from a store (a search index), cached under the store's cache key.

    `version` must change whenever the code deriving it changes; without a cache it is built.
    """
    actual = path if path is not None else default_store_path()
    content = _read_stamp(_stamp(actual))
    if content is None:
        return build()
    target = cache_dir() / f"{content}-{schema_fingerprint()}.{name}-{version}.json"
    try:
        loaded = json.loads(target.read_bytes())
        if isinstance(loaded, dict):
            return loaded
    except (OSError, ValueError, RecursionError):
        pass
    built = build()
    _write_json(target, built)
    return built


#: Bump when the id index changes shape.
ID_INDEX_VERSION = "1"


def find_record(path: Path | None, record_id: str) -> tuple[str, dict[str, Any], list[Any]] | None:
    """(collection, record, sources) by id from an index kept in the cache: no full load.

    None when the id is not a record's, or when there is no cache to keep an index in; callers
    then read the whole store, which also finds sources and suggests near ids.
    """
    import sqlite3

    actual = path if path is not None else default_store_path()
    data = None
    content = _read_stamp(_stamp(actual))
    if content is None:  # first sight: validate, which leaves the stamp in the cache
        data = load_validated(actual)
        content = _read_stamp(_stamp(actual))
        if content is None:
            return None
    target = cache_dir() / f"{content}-{schema_fingerprint()}.ids-{ID_INDEX_VERSION}.sqlite"
    if not target.is_file():
        built = _build_id_index(target, data if data is not None else load_validated(actual))
        if not built:
            return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as database:
            found = database.execute(
                "SELECT collection, json FROM records WHERE id = ?", (record_id,)
            ).fetchone()
            (sources,) = database.execute("SELECT json FROM sources").fetchone()
    except sqlite3.Error:
        return None
    if found is None:
        return None
    return str(found[0]), json.loads(found[1]), json.loads(sources)


def _build_id_index(target: Path, data: dict[str, Any]) -> bool:
    import sqlite3
    import tempfile

    from kgvn.vocabulary import RECORD_COLLECTIONS

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".sqlite")
        os.close(handle)
        with contextlib.closing(sqlite3.connect(temporary)) as database, database:
            database.execute(
                "CREATE TABLE records (id TEXT PRIMARY KEY, collection TEXT, json TEXT)"
            )
            database.execute("CREATE TABLE sources (json TEXT)")
            database.executemany(
                "INSERT INTO records VALUES (?, ?, ?)",
                (
                    (item["id"], collection, json.dumps(item, ensure_ascii=False))
                    for collection in RECORD_COLLECTIONS
                    for item in data.get(collection, ())
                ),
            )
            database.execute("INSERT INTO sources VALUES (?)", (json.dumps(data["sources"]),))
        os.replace(temporary, target)
        return True
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False


def content_hash(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def _stamp(path: Path) -> str | None:
    """Path, size, change time and inode: while these stay, so do the bytes (as git assumes)."""
    try:
        info = path.stat()
    except OSError:
        return None  # reading the file will say what is wrong
    place = zlib.crc32(str(path.resolve()).encode())
    return f"{place:08x}-{info.st_size}-{info.st_mtime_ns}-{info.st_ctime_ns}-{info.st_ino}"


def _read_stamp(stamp: str | None) -> str | None:
    if stamp is None:
        return None
    try:
        content = (cache_dir() / "stamps" / stamp).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return content if len(content) == 64 else None


def _write_stamp(stamp: str | None, content: str) -> None:
    if stamp is None:
        return
    folder = cache_dir() / "stamps"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / stamp).write_text(content, encoding="ascii")
        _prune(folder, pattern="*", keep=4 * CACHE_ENTRIES_KEPT)
    except OSError:
        return


def to_records(store: models.Store) -> records.Store:
    """The runtime form of a store the models have validated."""
    from kgvn import records

    return records.Store.from_json(store.model_dump(mode="json"))


CACHE_ENV = "KGVN_CACHE_DIR"
#: Cache files kept; older ones are removed when a new one is written.
CACHE_ENTRIES_KEPT = 16


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kgvn"


def schema_fingerprint() -> str:
    """Changes whenever the models or kgvn's version change, invalidating every cache entry."""
    from kgvn import __version__

    models_source = Path(__file__).with_name("models.py").read_bytes()
    return f"{__version__}-{len(models_source)}-{zlib.crc32(models_source):08x}"


def cache_key(raw: bytes) -> str:
    return f"{content_hash(raw)}-{schema_fingerprint()}"


def _read_cache(key: str) -> dict[str, Any] | None:
    try:
        content = json.loads((cache_dir() / f"{key}.json").read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(content, dict) or content.get("key") != key:
        return None
    store = content.get("store")
    return store if isinstance(store, dict) else None


def _write_cache(key: str, store: dict[str, Any]) -> None:
    _write_json(cache_dir() / f"{key}.json", {"key": key, "store": store})


def _write_json(target: Path, content: Any) -> None:
    """Write a cache file atomically; a cache that cannot be written is no cache, not an error."""
    import tempfile

    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(content, stream, ensure_ascii=False)
        os.replace(temporary, target)
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path, pattern: str = "*.json", keep: int = CACHE_ENTRIES_KEPT) -> None:
    entries = sorted(folder.glob(pattern), key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in entries[keep:]:
        if stale.is_file():
            stale.unlink(missing_ok=True)
