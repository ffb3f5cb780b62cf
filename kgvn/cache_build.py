"""Building a cache entry from a validated store, and moving it along after a write.

Only the first read of a store version and the writes need this (and pydantic); reading an
entry is `kgvn.cache`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgvn.cache import (
    BUILD_LOCK_PREFIX,
    NAMED_COLLECTIONS,
    ROW_COLLECTIONS,
    Cache,
    CacheDamaged,
    _connect,
    _discard,
    _ours,
    entry_path,
    key_for,
    prune,
    row_tag,
    usable_folder,
)
from kgvn.vocabulary import RECORD_COLLECTIONS

if TYPE_CHECKING:
    from kgvn import models


# --- building ------------------------------------------------------------------------------------


def build(database: sqlite3.Connection, store: models.Store, key: str) -> None:
    """Fill an empty database from a validated store: the export's tables and the cache's own."""
    import secrets

    from kgvn import export

    database.execute("PRAGMA journal_mode = OFF")
    database.execute("PRAGMA synchronous = OFF")
    build_id = secrets.token_hex(16)
    tables = export.empty_tables()
    with database:
        export.create_tables(database, tables)
        database.execute(
            "CREATE TABLE kgvn_records (id TEXT PRIMARY KEY, collection TEXT NOT NULL,"
            " position INTEGER NOT NULL, json TEXT NOT NULL, tag BLOB NOT NULL)"
        )
        database.execute("CREATE TABLE kgvn_names (record INTEGER, spelling TEXT)")
        rowid = 0
        for collection in ROW_COLLECTIONS:
            models_of = getattr(store, collection)
            export.add_rows(tables, collection, models_of)
            export.insert_rows(database, tables)
            rows: list[tuple[int, str, str, int, str, bytes]] = []
            names: list[tuple[int, str]] = []
            first = rowid + 1
            for position, model in enumerate(models_of):
                rowid += 1
                text = model.model_dump_json()
                record_id = model.id
                rows.append(
                    (rowid, record_id, collection, position, text,
                     row_tag(build_id, collection, record_id, text))
                )  # fmt: skip
            if collection in NAMED_COLLECTIONS:
                for number, model in enumerate(models_of, start=first):
                    names += [(number, spelling) for spelling in _folded_spellings(model)]
            database.executemany(
                "INSERT INTO kgvn_records (rowid, id, collection, position, json, tag)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            database.executemany("INSERT INTO kgvn_names VALUES (?, ?)", names)
        fill_search(database, store)
        database.execute("CREATE INDEX kgvn_records_collection ON kgvn_records (collection)")
        database.execute("CREATE INDEX events_participants_value ON events_participants (value)")
        database.executemany(
            "INSERT OR REPLACE INTO kgvn_meta VALUES (?, ?)",
            [("cache_key", key), ("build", build_id)],
        )


def fill_search(database: sqlite3.Connection, store: models.Store, one_run: bool = False) -> None:
    """The full-text index (`search`) and `kgvn_stems`, rows numbered as `kgvn_records`'s.

    `one_run`: for an index in memory that serves one run, FTS5 does not merge its segments
    while the rows go in (a quarter less time; the same matches and `bm25()` ranks)."""
    from kgvn.search import index_columns, unlike_stems

    database.execute(
        "CREATE VIRTUAL TABLE search USING fts5(names, texts, notes,"
        " content = '', tokenize = 'unicode61')"
    )
    if one_run:
        database.execute("INSERT INTO search (search, rank) VALUES ('automerge', 0)")
        database.execute("INSERT INTO search (search, rank) VALUES ('crisismerge', 100000)")
    first = 1
    for collection in ROW_COLLECTIONS:
        models_of = getattr(store, collection)
        if collection in RECORD_COLLECTIONS and models_of:
            columns = index_columns(models_of, type(models_of[0]).model_fields)
            database.executemany(
                "INSERT INTO search (rowid, names, texts, notes) VALUES (?, ?, ?, ?)",
                [(number, *item) for number, item in enumerate(columns, start=first)],
            )
        first += len(models_of)
    database.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'search', 'row')")
    vocabulary = [term for (term,) in database.execute("SELECT term FROM temp.vocabulary")]
    database.execute("DROP TABLE temp.vocabulary")
    database.execute("CREATE TABLE kgvn_stems (stem TEXT, word TEXT)")
    database.executemany("INSERT INTO kgvn_stems VALUES (?, ?)", unlike_stems(vocabulary))
    database.execute("CREATE INDEX kgvn_stems_stem ON kgvn_stems (stem)")


def _folded_spellings(model: Any) -> list[str]:
    from kgvn.text import words

    spellings = [model.name, *(alias.name for alias in model.aliases)]
    spellings.append(getattr(model, "abbreviation", None))
    return [" ".join(words(text)) for text in spellings if isinstance(text, str)]


def build_file(store: models.Store, key: str, in_memory: bool = True) -> sqlite3.Connection:
    """Build the database for `key` in the cache folder, or in memory if the folder fails us
    (unless not `in_memory`: then the error is raised)."""
    import tempfile

    folder = usable_folder(create=True)
    if folder is not None:
        temporary = ""
        try:
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".sqlite")
            os.close(handle)
            with contextlib.closing(sqlite3.connect(temporary)) as database:
                build(database, store, key)
            target = folder / f"{key}.sqlite"
            os.replace(temporary, target)
            prune(folder)
            return _connect(target)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):
                if temporary:
                    os.unlink(temporary)
            if not in_memory:
                raise
    elif not in_memory:
        raise OSError("the cache folder is not usable")
    database = sqlite3.connect(":memory:")
    build(database, store, key)
    return database


# --- after a write: the entry of the old version becomes the new version's ------------------------


def refresh(old_content: str, new_content: str, before: models.Store, after: models.Store) -> bool:
    """Move the old version's entry to the new version, changing only the records that changed.

    Handles records replaced in place and records added at the end of a collection (what
    `add`, `cite` and `source add` do); anything else leaves the entry to be rebuilt on the
    next read. Returns whether the new version has an entry.
    """
    changes = changes_between(before, after)
    if changes is None:
        return False
    return carry_forward(old_content, new_content, changes)


def carry_forward(old_content: str, new_content: str, changes: list[Change]) -> bool:
    """`refresh` for changes already worked out: (collection, position in the new store, old
    model or None, new model) for each record replaced or added."""
    folder = usable_folder(create=False)
    old_key, new_key = key_for(old_content), key_for(new_content)
    wait_for_build(old_key)  # an entry a read is still building is worth carrying forward
    source = entry_path(old_key)
    if folder is None or not _ours(source):
        return False
    target = entry_path(new_key)
    try:
        os.replace(source, target)
        with contextlib.closing(sqlite3.connect(target, timeout=5)) as database:
            _apply(database, old_key, new_key, changes)
    except (OSError, sqlite3.Error, CacheDamaged):
        _discard(target)
        return False
    return True


Change = tuple[str, int, Any, Any]  # collection, position, old model or None, new model


def changes_between(before: models.Store, after: models.Store) -> list[Change] | None:
    """Records replaced in place or added at the end of a collection; None for other changes."""
    found: list[Change] = []
    for collection in ROW_COLLECTIONS:
        old, new = getattr(before, collection), getattr(after, collection)
        if old is new:
            continue
        if len(new) < len(old):
            return None
        for position, model in enumerate(new):
            previous = old[position] if position < len(old) else None
            if model is previous:
                continue
            if previous is not None and previous.id != model.id:
                return None
            found.append((collection, position, previous, model))
    return found


def _apply(database: sqlite3.Connection, old_key: str, new_key: str, changes: list[Change]) -> None:
    from kgvn import export
    from kgvn.search import index_columns, unlike_stems
    from kgvn.text import words

    with database:
        meta = dict(database.execute("SELECT key, value FROM kgvn_meta").fetchall())
        if meta.get("cache_key") != old_key or not meta.get("build"):
            raise CacheDamaged("not the entry of the old version")
        build_id = meta["build"]
        tables = export.empty_tables()
        (last,) = database.execute("SELECT coalesce(max(rowid), 0) FROM kgvn_records").fetchone()
        for collection, position, previous, model in changes:
            rowid = None
            if previous is not None:
                found = database.execute(
                    "SELECT rowid FROM kgvn_records WHERE id = ?", (previous.id,)
                ).fetchone()
                if found is None:
                    raise CacheDamaged(previous.id)
                rowid = found[0]
                _forget(database, tables, collection, previous, rowid)
            if rowid is None:
                last += 1
                rowid = last
            text = model.model_dump_json()
            database.execute(
                "INSERT INTO kgvn_records (rowid, id, collection, position, json, tag)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (rowid, model.id, collection, position, text,
                 row_tag(build_id, collection, model.id, text)),
            )  # fmt: skip
            export.add_rows(tables, collection, [model])
            export.insert_rows(database, tables)
            if collection in RECORD_COLLECTIONS:
                columns = index_columns([model], type(model).model_fields)[0]
                database.execute(
                    "INSERT INTO search (rowid, names, texts, notes) VALUES (?, ?, ?, ?)",
                    (rowid, *columns),
                )
                vocabulary = sorted({word for column in columns for word in words(column)})
                database.executemany(
                    "INSERT INTO kgvn_stems VALUES (?, ?)", unlike_stems(vocabulary)
                )
            if collection in NAMED_COLLECTIONS:
                database.executemany(
                    "INSERT INTO kgvn_names VALUES (?, ?)",
                    [(rowid, spelling) for spelling in _folded_spellings(model)],
                )
        database.execute("UPDATE kgvn_meta SET value = ? WHERE key = 'cache_key'", (new_key,))


def _forget(
    database: sqlite3.Connection, tables: dict[str, Any], collection: str, model: Any, rowid: int
) -> None:
    """Remove every row of a record: its own, its child tables', its evidence, its index entry."""
    from kgvn.search import index_columns

    database.execute("DELETE FROM kgvn_records WHERE rowid = ?", (rowid,))
    for name in tables:
        if name == collection:
            database.execute(f'DELETE FROM "{name}" WHERE id = ?', (model.id,))
        elif name.startswith(f"{collection}_"):
            database.execute(f'DELETE FROM "{name}" WHERE "{collection}_id" = ?', (model.id,))
    database.execute("DELETE FROM evidence WHERE record_id = ?", (model.id,))
    if collection in RECORD_COLLECTIONS:
        columns = index_columns([model], type(model).model_fields)[0]
        database.execute(
            "INSERT INTO search (search, rowid, names, texts, notes) VALUES ('delete', ?, ?, ?, ?)",
            (rowid, *columns),
        )
    if collection in NAMED_COLLECTIONS:
        database.execute("DELETE FROM kgvn_names WHERE record = ?", (rowid,))


# --- a store's first read, answered from its validated models ------------------------------------


class ModelCache(Cache):
    """A store version that has no entry yet, read from its validated models.

    Answers what `Cache` answers, the same way: records as the JSON their model dumps, rows
    numbered in store order as `build` numbers them, full-text queries from an index in memory
    built by `fill_search` on the first search. The entry itself is built after the answer
    (`build_in_background`).
    """

    def __init__(
        self, store: models.Store, key: str, source: tuple[Path, str] | None = None
    ) -> None:
        self.store = store
        self.key = key
        if source is not None:
            VALIDATED_FROM[key] = source
        self.build_id = ""
        self._rebuilt = True  # nothing read from disk: nothing to rebuild
        self._rows = [
            (collection, model)
            for collection in ROW_COLLECTIONS
            for model in getattr(store, collection)
        ]
        self._rowids: dict[str, int] | None = None
        self._search: sqlite3.Connection | None = None

    @staticmethod
    def _json(model: Any) -> dict[str, Any]:
        found: dict[str, Any] = model.model_dump(mode="json")
        return found

    def _rowid_of(self, record_id: str) -> int | None:
        if self._rowids is None:
            self._rowids = {model.id: rowid for rowid, (_, model) in enumerate(self._rows, 1)}
        return self._rowids.get(record_id)

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        if self._search is None:
            database = sqlite3.connect(":memory:")
            with database:
                fill_search(database, self.store, one_run=True)
            self._search = database
        return self._search.execute(sql, parameters).fetchall()

    def record(self, record_id: str) -> tuple[str, dict[str, Any]] | None:
        rowid = self._rowid_of(record_id)
        if rowid is None:
            return None
        collection, model = self._rows[rowid - 1]
        return collection, self._json(model)

    def collection(self, name: str) -> list[dict[str, Any]]:
        return [self._json(model) for model in getattr(self.store, name)]

    def by_rowid(self, rowids: Iterable[int]) -> dict[int, tuple[str, dict[str, Any]]]:
        found: dict[int, tuple[str, dict[str, Any]]] = {}
        for rowid in rowids:
            if 1 <= rowid <= len(self._rows):
                collection, model = self._rows[rowid - 1]
                found[rowid] = (collection, self._json(model))
        return found

    def rows_of_ids(self, ids: Iterable[str]) -> list[tuple[int, str, dict[str, Any]]]:
        wanted = list(dict.fromkeys(ids))
        found: list[tuple[int, str, dict[str, Any]]] = []
        for start in range(0, len(wanted), 500):  # in rowid order within a chunk, as `Cache`
            rowids = sorted(
                rowid
                for rowid in map(self._rowid_of, wanted[start : start + 500])
                if rowid is not None
            )
            found += [(rowid, self._rows[rowid - 1][0], self._json(self._rows[rowid - 1][1]))
                      for rowid in rowids]  # fmt: skip
        return found

    def spellings(self) -> list[str]:
        return list(
            dict.fromkeys(
                spelling
                for collection, model in self._rows
                if collection in NAMED_COLLECTIONS
                for spelling in _folded_spellings(model)
            )
        )

    def data(self, collections: Iterable[str] | None = None) -> dict[str, Any]:
        from kgvn.vocabulary import SCHEMA_VERSION

        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        if collections is None:
            for collection, model in self._rows:
                data.setdefault(collection, []).append(self._json(model))
            data.setdefault("sources", [])
            return data
        for collection in dict.fromkeys(("sources", *collections)):
            data[collection] = self.collection(collection)
        return data

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self.store, name)) for name in ROW_COLLECTIONS}

    def named_matching(self, parts: Sequence[str]) -> list[int]:
        if not parts:
            return []
        return [
            rowid
            for rowid, (collection, model) in enumerate(self._rows, 1)
            if collection in NAMED_COLLECTIONS
            and any(all(part in text for part in parts) for text in _folded_spellings(model))
        ]

    def events_with(self, participants: Iterable[str]) -> list[str]:
        """As `Cache.events_with` finds them: by participant in sorted order, events in store
        order, each once a chunk of 500 participants."""
        taking: dict[str, list[str]] = {}
        for event in self.store.events:
            for participant in dict.fromkeys(event.participants):
                taking.setdefault(participant, []).append(event.id)
        wanted = list(participants)
        found: list[str] = []
        for start in range(0, len(wanted), 500):
            chunk = sorted(set(wanted[start : start + 500]))
            found += dict.fromkeys(
                event_id for participant in chunk for event_id in taking.get(participant, ())
            )
        return found

    def close(self) -> None:
        """Nothing to close: the index in memory serves the next read in this process too."""


# --- building after the answer -------------------------------------------------------------------


def _lock_path(folder: Path, key: str) -> Path:
    return folder / f"{BUILD_LOCK_PREFIX}{key}.lock"


#: The store file and the hash of the bytes whose models answer for a key in this process
#: (`ModelCache`): `build_in_background` looks whether they are canonical.
VALIDATED_FROM: dict[str, tuple[Path, str]] = {}


def build_in_background(store: models.Store, key: str) -> bool:
    """Build the entry for `key` in a child process that outlives this one; False if not.

    The child holds a lock while it builds, which readers of the same version wait for
    (`wait_for_build`) rather than validate the store again. Knowing the store file and the
    hash of the bytes `store` was validated from (`VALIDATED_FROM`), the child then looks
    whether those bytes are the canonical JSON of `store`, which kgvn would write, and if so
    remembers them as written by kgvn (`kgvn.cache.note_written`): a write trusts them, as it
    trusts its own. Where there is no `fork` (or the cache folder is unusable), nothing is
    built: the next read validates again.
    """
    import fcntl
    import gc
    import sys

    folder = usable_folder(create=True)
    if folder is None or not hasattr(os, "fork"):
        return False
    try:
        handle = os.open(_lock_path(folder, key), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the child keeps it: same open file
    except OSError:
        os.close(handle)
        return False  # another process is building it
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    gc.freeze()  # the child's collector would touch (and so copy) every page of the models
    try:
        child = os.fork()
    except OSError:
        os.close(handle)
        return False
    if child:
        os.close(handle)
        return True
    try:  # the child: never back into the caller
        os.setsid()
        nothing = os.open(os.devnull, os.O_RDWR)
        for number in (0, 1, 2):
            os.dup2(nothing, number)
        gc.disable()
        _stop_when_cleared(_lock_path(folder, key), handle)
        if not _ours(entry_path(key)):
            build_file(store, key, in_memory=False).close()
        if key in VALIDATED_FROM:
            _note_if_canonical(store, *VALIDATED_FROM[key])
        os.unlink(_lock_path(folder, key))  # readers waiting on it hold it open: no race
    finally:
        os._exit(0)


#: Stores larger than this are not compared with their canonical form by the build, which holds
#: one collection's JSON at a time beside the validated models; the first write then looks a few
#: megabytes at a time instead. The default store size limit is well below it.
PROOF_IN_BUILD_BYTES = 2 * 1024 * 1024 * 1024


def _note_if_canonical(store: models.Store, path: Path, content: str) -> None:
    """Remember the file's bytes as written by kgvn if they are still those `store` was
    validated from and are exactly `kgvn.writing.canonical_pieces(store)`.

    The file is read a piece at a time beside the pieces, and hashed as it goes: a gigabyte
    store is never held twice."""
    import hashlib

    from kgvn import cache
    from kgvn.writing import canonical_pieces

    digest = hashlib.sha256()
    try:
        if path.stat().st_size > PROOF_IN_BUILD_BYTES:
            return
        with path.open("rb") as file:
            for piece in canonical_pieces(store):
                read = file.read(len(piece))
                if read != piece:
                    return
                digest.update(read)
            if file.read(1):
                return
    except OSError:
        return
    if digest.hexdigest() == content:
        cache.note_written(key_for(content))


def _stop_when_cleared(lock: Path, handle: int) -> None:
    """End this process when its lock file goes: the cache was cleared, the build is unwanted."""
    import threading
    import time

    held = os.fstat(handle).st_ino

    def watch() -> None:
        while True:
            time.sleep(0.2)
            try:
                if lock.stat().st_ino == held:
                    continue
            except OSError:
                pass
            os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def wait_for_build(key: str, patience: float = 600.0, entry_only: bool = False) -> bool:
    """Wait while another process builds the entry for `key`; whether one was building.

    `entry_only`: stop waiting once the entry is there, not for the rest of the build (the
    look at the store's canonical form a write would take from it)."""
    import fcntl
    import time

    folder = usable_folder(create=False)
    if folder is None:
        return False
    try:
        handle = os.open(_lock_path(folder, key), os.O_RDONLY)
    except OSError:
        return False
    waited = False
    deadline = time.monotonic() + patience
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return waited
            except OSError:
                if time.monotonic() > deadline or (entry_only and _ours(entry_path(key))):
                    return waited
                waited = True
                time.sleep(0.05)
    finally:
        os.close(handle)
