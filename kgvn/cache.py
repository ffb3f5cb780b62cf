"""The cache: one SQLite database per store version, a performance aid and never a source of truth.

A database is named `<sha256 of the store>-<digest of kgvn's code>.sqlite`, so an edited store or
another build of kgvn gets its own. It is built in one pass from the validated store and holds:

- the tables of `kgvn export sqlite` (the layout lives in `kgvn.export` only);
- `kgvn_records(id PRIMARY KEY, collection, position, json, tag)`: every source, record and
  conflict as the validated JSON, in store order. `tag` is a digest of the row bound to its
  database (a random `build` id in `kgvn_meta`): a row whose tag does not check is a tampered or
  damaged cache, which is then rebuilt from the store. Commands print only records built from
  rows that checked;
- `search`: FTS5 over folded words (names, texts, notes), read with `bm25()`, and
  `kgvn_stems(stem, word)` for the words the stemmer does not find by prefix (`kgvn.search`);
- `kgvn_names(spelling)`: folded spellings of people, organisations and countries for `who`;
- `kgvn_meta`: the key, the build id and versions.

Building and moving an entry along after a write is `kgvn.cache_build`. `stamps.sqlite` beside
the entries remembers a store file's size, times and inode with its hash, as git does, so an
unchanged file is not hashed again, and which store versions kgvn wrote itself. The folder is
created 0700 (one that others may write in is not used), files another user owns are never
opened, and all of it is pruned together. Whatever goes wrong with the cache
(unwritable, corrupt, full, foreign), the database is built in memory instead: slower, same answer.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgvn.vocabulary import RECORD_COLLECTIONS

if TYPE_CHECKING:
    pass

CACHE_ENV = "KGVN_CACHE_DIR"
#: Store versions kept; the least recently used are removed when a new one is built.
ENTRIES_KEPT = 8
#: Stamps kept in the stamp database.
STAMPS_KEPT = 256
#: Every collection held in `kgvn_records`, in store order.
ROW_COLLECTIONS = ("sources", *RECORD_COLLECTIONS, "conflicts")
NAMED_COLLECTIONS = ("people", "organisations", "countries")
#: Lock files `<prefix><key>.lock`: held while a process builds the entry for `key` after
#: answering a first read from the validated models (`kgvn.cache_build.build_in_background`).
BUILD_LOCK_PREFIX = ".build-"
#: Bump when the tables the cache adds to the export's change shape (the code digest also
#: changes, but this keeps the file names of two layouts apart when reading them by hand).
LAYOUT = "1"


class CacheDamaged(Exception):
    """A row or table of the cache does not check: rebuild it."""


def cache_dir() -> Path:
    """$KGVN_CACHE_DIR, else the platform's user cache folder (`platformdirs`) plus `kgvn`.

    On Linux that is $XDG_CACHE_HOME/kgvn or ~/.cache/kgvn, worked out here without importing
    platformdirs (a few milliseconds of every command's start-up); a relative $XDG_CACHE_HOME
    is ignored, as the XDG spec says.
    """
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
        return base / "kgvn"
    import platformdirs

    return Path(platformdirs.user_cache_dir("kgvn", appauthor=False))


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of kgvn's own code: the name, size and modification time of every module.

    Another build or an edited module (even under the same version string) gets its own cache
    entries; taking stat() of the modules instead of reading them keeps start-up short.
    """
    from kgvn import __version__

    package = os.path.dirname(os.path.realpath(__file__))
    digest = _small_sha256(f"{LAYOUT}\0{__version__}".encode())
    modules = []
    for folder, folders, names in os.walk(package):  # `Path.rglob` takes milliseconds more
        folders.sort()
        modules += [os.path.join(folder, name) for name in names if name.endswith(".py")]
    for path in sorted(modules):
        info = os.stat(path)
        name = os.path.relpath(path, package)
        digest.update(f"\0{name}\0{info.st_size}\0{info.st_mtime_ns}".encode())
    return str(digest.hexdigest()[:16])


def _small_sha256(data: bytes) -> Any:
    """SHA-256 for a few bytes, without loading OpenSSL (`hashlib`: milliseconds of start-up)."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found]  # 3.12 on
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def content_hash(raw: bytes) -> str:
    import hashlib  # OpenSSL's SHA-256, the fastest over a whole store

    return hashlib.sha256(raw).hexdigest()


def key_for(content: str) -> str:
    return f"{content}-{code_digest()}"


try:
    from _blake2 import blake2b as _blake2b  # what `hashlib.blake2b` is, without OpenSSL
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as _blake2b


def row_tag(build: str, collection: str, record_id: str, text: str) -> bytes:
    """A row's digest, bound to the database it was written in (`build`, random per database)."""
    digest = _blake2b(digest_size=16, person=b"kgvn-cache-row")
    digest.update(f"{build}\0{collection}\0{record_id}\0".encode())
    digest.update(text.encode())
    return digest.digest()


# --- the folder ----------------------------------------------------------------------------------


def usable_folder(create: bool) -> Path | None:
    """The cache folder if it is ours and no one else may write in it, else None.

    A folder kgvn creates is 0700; an existing one is used as it is, never re-permissioned.
    """
    folder = cache_dir()
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return None
    if info.st_mode & 0o022:  # others could plant entries there: never changed, never used
        return None
    return folder


def _ours(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid()


def entry_path(key: str) -> Path:
    return cache_dir() / f"{key}.sqlite"


def entries(folder: Path) -> list[Path]:
    """Every cache database in the folder (the stamp database included)."""
    return [path for path in folder.glob("*.sqlite") if _ours(path) and ".ids-" not in path.name]


def prune(folder: Path, keep: int = ENTRIES_KEPT) -> None:
    stores = [path for path in entries(folder) if path.name != STAMPS_FILE]
    stores.sort(key=_last_used, reverse=True)
    for stale in stores[keep:]:
        with contextlib.suppress(OSError):
            stale.unlink()
    for leftover in [*folder.glob(".tmp-*"), *folder.glob(f"{BUILD_LOCK_PREFIX}*")]:
        with contextlib.suppress(OSError):
            if _ours(leftover) and _age(leftover) > 3600:
                leftover.unlink()
    _remove_legacy(folder)


def _remove_legacy(folder: Path) -> None:
    """Files of the caches before this one (JSON copies, postings, id indexes, stamp files)."""
    for legacy in [*folder.glob("*.json"), *folder.glob("*.ids-*.sqlite")]:
        with contextlib.suppress(OSError):
            if _ours(legacy):
                legacy.unlink()
    stamps = folder / "stamps"
    if stamps.is_dir() and not stamps.is_symlink():
        for stamp in stamps.iterdir():
            with contextlib.suppress(OSError):
                if _ours(stamp):
                    stamp.unlink()
        with contextlib.suppress(OSError):
            stamps.rmdir()


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _age(path: Path) -> float:
    import time

    return time.time() - _last_used(path)


def clear() -> int:
    """Remove every cache file; returns how many were removed."""
    folder = usable_folder(create=False)
    if folder is None:
        return 0
    removed = 0
    for path in [*entries(folder), *folder.glob(".tmp-*"), *folder.glob(f"{BUILD_LOCK_PREFIX}*")]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    _remove_legacy(folder)
    return removed


def info() -> list[tuple[str, str]]:
    """(name, value) pairs describing the cache, for `kgvn cache info`."""
    folder = usable_folder(create=False)
    found: list[tuple[str, str]] = [("folder", str(cache_dir()))]
    if folder is None:
        found.append(("state", "absent or not usable (not owned by you, or not a folder)"))
        return found
    stores = [path for path in entries(folder) if path.name != STAMPS_FILE]
    found.append(("store versions", str(len(stores))))
    found.append(("bytes", str(sum(path.stat().st_size for path in entries(folder)))))
    found.append(("code", code_digest()))
    for path in sorted(stores, key=_last_used, reverse=True):
        found.append(("entry", path.name))
    return found


# --- stamps: size, times and inode of a store file → its hash ------------------------------------

STAMPS_FILE = "stamps.sqlite"


def stamp_of(path: Path) -> str | None:
    """Path, size, change time and inode: while these stay, so do the bytes (as git assumes)."""
    try:
        info = path.stat()
    except OSError:
        return None  # reading the file will say what is wrong
    place = zlib.crc32(str(path.resolve()).encode())
    return f"{place:08x}-{info.st_size}-{info.st_mtime_ns}-{info.st_ctime_ns}-{info.st_ino}"


def read_stamp(stamp: str | None) -> str | None:
    if stamp is None:
        return None
    found = _stamps_row("SELECT content FROM stamps WHERE stamp = ?", (stamp,))
    content = found[0] if found else None
    if not isinstance(content, str) or len(content) != 64:
        return None
    return content


def write_stamp(stamp: str | None, content: str) -> None:
    if stamp is not None:
        _remember("stamps (stamp TEXT PRIMARY KEY, content TEXT)", (stamp, content), STAMPS_KEPT)


def note_written(content: str) -> None:
    """Remember that kgvn's own update wrote the store with this hash: canonical JSON."""
    _remember("written (content TEXT PRIMARY KEY)", (content,), 64)


def written_by_kgvn(content: str) -> bool:
    """Whether kgvn's own update wrote the store with this hash (a later write may splice it)."""
    return _stamps_row("SELECT 1 FROM written WHERE content = ?", (content,)) is not None


def _stamps_row(query: str, arguments: tuple[str, ...]) -> tuple[Any, ...] | None:
    """The first row a query finds in the stamp database; None without one of ours."""
    target = cache_dir() / STAMPS_FILE
    if not _ours(target):
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{target}?mode=ro", uri=True)) as database:
            found: tuple[Any, ...] | None = database.execute(query, arguments).fetchone()
    except sqlite3.Error:
        return None
    return found


def _remember(table: str, row: tuple[str, ...], kept: int) -> None:
    """Add a row to a small table of the stamp database, keeping the last `kept` rows."""
    folder = usable_folder(create=True)
    if folder is None:
        return
    target = folder / STAMPS_FILE
    if target.exists() and not _ours(target):
        return
    name = table.split()[0]
    marks = ", ".join("?" * len(row))
    try:
        with contextlib.closing(sqlite3.connect(target, timeout=2)) as database, database:
            database.execute(f"CREATE TABLE IF NOT EXISTS {table}")
            database.execute(f"INSERT OR REPLACE INTO {name} VALUES ({marks})", row)
            database.execute(
                f"DELETE FROM {name} WHERE rowid NOT IN"
                f" (SELECT rowid FROM {name} ORDER BY rowid DESC LIMIT ?)",
                (kept,),
            )
        target.chmod(0o600)
    except (sqlite3.Error, OSError):
        return


def _connect(target: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{target}?mode=ro", uri=True)


def open_entry(key: str) -> sqlite3.Connection | None:
    """The database for `key` if there is one that is ours and says it is for `key`."""
    target = entry_path(key)
    if not _ours(target) or usable_folder(create=False) is None:
        return None
    try:
        database = _connect(target)
        found = database.execute("SELECT value FROM kgvn_meta WHERE key = 'cache_key'").fetchone()
    except sqlite3.Error:
        _discard(target)
        return None
    if found is None or found[0] != key:
        database.close()
        _discard(target)
        return None
    with contextlib.suppress(OSError):
        os.utime(target)  # least recently used goes first when pruning
    return database


def _discard(target: Path) -> None:
    with contextlib.suppress(OSError):
        target.unlink()


# --- reading -------------------------------------------------------------------------------------


class Cache:
    """An open cache database; every row read is checked, and a bad one means a rebuild."""

    def __init__(
        self, database: sqlite3.Connection, key: str, rebuild: Callable[[], sqlite3.Connection]
    ) -> None:
        self.database = database
        self.key = key
        self._rebuild = rebuild
        self._rebuilt = False
        self.build_id = self._build_id()

    def _build_id(self) -> str:
        try:
            found = self.database.execute(
                "SELECT value FROM kgvn_meta WHERE key = 'build'"
            ).fetchone()
        except sqlite3.Error:
            return ""
        return str(found[0]) if found else ""

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        try:
            return self.database.execute(sql, parameters).fetchall()
        except sqlite3.Error:
            self._recover()
            return self.database.execute(sql, parameters).fetchall()

    def _recover(self) -> None:
        if self._rebuilt:
            raise CacheDamaged("the cache was rebuilt and still does not check")
        self.database.close()
        self.database = self._rebuild()
        self._rebuilt = True
        self.build_id = self._build_id()

    def _checked(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[int, str, Any]]:
        """(rowid, collection, parsed JSON) of rows selected as `_COLUMNS`."""
        for _ in range(2):
            rows = self._query(sql, parameters)
            build_id = self.build_id
            try:
                for _, collection, record_id, text, tag in rows:
                    if not build_id or row_tag(build_id, collection, record_id, text) != tag:
                        raise CacheDamaged(record_id)
                # Every row checked, so each is one JSON object as written: parsed in one call
                # (twice as fast as a call per row).
                items = json.loads("[" + ",".join(row[3] for row in rows) + "]")
                if len(items) != len(rows) or not all(isinstance(item, dict) for item in items):
                    raise CacheDamaged("rows that are not one record each")
                return [(row[0], row[1], item) for row, item in zip(rows, items, strict=True)]
            except (CacheDamaged, ValueError, TypeError, AttributeError):
                self._recover()
        raise CacheDamaged("the cache does not check")

    _COLUMNS = "rowid, collection, id, json, tag"

    def record(self, record_id: str) -> tuple[str, dict[str, Any]] | None:
        rows = self._checked(f"SELECT {self._COLUMNS} FROM kgvn_records WHERE id = ?", (record_id,))
        return (rows[0][1], rows[0][2]) if rows else None

    def collection(self, name: str) -> list[dict[str, Any]]:
        rows = self._checked(
            f"SELECT {self._COLUMNS} FROM kgvn_records WHERE collection = ? ORDER BY rowid",
            (name,),
        )
        return [item for _, _, item in rows]

    def by_rowid(self, rowids: Iterable[int]) -> dict[int, tuple[str, dict[str, Any]]]:
        rows = self._in_chunks("rowid IN ({marks})", list(rowids))
        return {rowid: (collection, item) for rowid, collection, item in rows}

    def by_ids(self, ids: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
        return [(collection, item) for _, collection, item in self.rows_of_ids(ids)]

    def rows_of_ids(self, ids: Iterable[str]) -> list[tuple[int, str, dict[str, Any]]]:
        """(rowid, collection, item) of the records with these ids, in store order a chunk of
        ids at a time."""
        return self._in_chunks("id IN ({marks}) ORDER BY rowid", list(dict.fromkeys(ids)))

    def _in_chunks(
        self, where: str, keys: Sequence[int | str]
    ) -> list[tuple[int, str, dict[str, Any]]]:
        """Checked rows whose key is in `keys`, asked 500 keys at a time (SQLite's limit on
        parameters is lower than a big store's list of keys)."""
        found: list[tuple[int, str, dict[str, Any]]] = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            select = f"SELECT {self._COLUMNS} FROM kgvn_records WHERE {where.format(marks=marks)}"
            found += self._checked(select, chunk)
        return found

    def data(self, collections: Iterable[str] | None = None) -> dict[str, Any]:
        """The validated store as JSON data, with only `collections` (and sources) filled."""
        from kgvn.vocabulary import SCHEMA_VERSION

        wanted = ROW_COLLECTIONS if collections is None else ("sources", *collections)
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        if collections is None:
            for _, collection, item in self._checked(
                f"SELECT {self._COLUMNS} FROM kgvn_records ORDER BY rowid"
            ):
                data.setdefault(collection, []).append(item)
            data.setdefault("sources", [])
            return data
        for collection in dict.fromkeys(wanted):
            data[collection] = self.collection(collection)
        return data

    def counts(self) -> dict[str, int]:
        """How many entries of each kind, in store order."""
        found = dict(
            self._query("SELECT collection, count(*) FROM kgvn_records GROUP BY collection")
        )
        return {name: int(found.get(name, 0)) for name in ROW_COLLECTIONS}

    def named_matching(self, parts: Sequence[str]) -> list[int]:
        """Rows of people, organisations and countries with a spelling holding every part."""
        if not parts:
            return []
        condition = " AND ".join("instr(spelling, ?) > 0" for _ in parts)
        rows = self._query(
            f"SELECT DISTINCT record FROM kgvn_names WHERE {condition} ORDER BY record", parts
        )
        return [row[0] for row in rows]

    def events_with(self, participants: Iterable[str]) -> list[str]:
        wanted = list(participants)
        found: list[str] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += [
                row[0]
                for row in self._query(
                    f"SELECT DISTINCT events_id FROM events_participants WHERE value IN ({marks})",
                    chunk,
                )
            ]
        return found

    def match(self, expression: str, limit: int | None = None) -> list[tuple[int, float]]:
        """(rowid, bm25 rank) of records matching an FTS5 expression, best first."""
        sql = "SELECT rowid, bm25(search, 3.0, 2.0, 1.0) AS score FROM search WHERE search MATCH ?"
        sql += " ORDER BY score"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(row[0], row[1]) for row in self._query(sql, (expression,))]

    def match_varied(self, expression: str, limit: int, alike: int) -> list[int]:
        """Rowids of the `limit` best matches by `bm25()`, keeping at most `alike` of those that
        score the same (records whose indexed text is the same), best first, then in store order.
        """
        sql = (
            "SELECT rowid FROM (SELECT rowid, score, row_number() OVER"
            " (PARTITION BY score ORDER BY rowid) AS nth FROM (SELECT rowid,"
            " bm25(search, 3.0, 2.0, 1.0) AS score FROM search WHERE search MATCH ?))"
            " WHERE nth <= ? ORDER BY score, rowid LIMIT ?"
        )
        return [row[0] for row in self._query(sql, (expression, alike, limit))]

    def spellings(self) -> list[str]:
        """The distinct folded spellings of people, organisations and countries."""
        return [row[0] for row in self._query("SELECT DISTINCT spelling FROM kgvn_names")]

    def words_stemmed(self, stems: Sequence[str]) -> list[str]:
        """Indexed words with one of these stems that do not start with it."""
        if not stems:
            return []
        marks = ",".join("?" * len(stems))
        rows = self._query(f"SELECT DISTINCT word FROM kgvn_stems WHERE stem IN ({marks})", stems)
        return sorted(row[0] for row in rows)

    def count(self, expression: str) -> int:
        found = self._query("SELECT count(*) FROM search WHERE search MATCH ?", (expression,))
        return int(found[0][0])

    def close(self) -> None:
        self.database.close()
