"""Building a cache entry from a validated store, and moving it along after a write.

Only the first read of a store version and the writes need this (and pydantic); reading an
entry is `kgvn.cache`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from typing import TYPE_CHECKING, Any

from kgvn.cache import (
    NAMED_COLLECTIONS,
    ROW_COLLECTIONS,
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
    from kgvn.search import index_columns, unlike_stems

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
        database.execute(
            "CREATE VIRTUAL TABLE search USING fts5(names, texts, notes,"
            " content = '', tokenize = 'unicode61')"
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
            texts = []
            if collection in RECORD_COLLECTIONS and models_of:
                present = type(models_of[0]).model_fields
                columns = index_columns(models_of, present)
                texts = [(number, *item) for number, item in enumerate(columns, start=first)]
            database.executemany(
                "INSERT INTO kgvn_records (rowid, id, collection, position, json, tag)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            database.executemany(
                "INSERT INTO search (rowid, names, texts, notes) VALUES (?, ?, ?, ?)", texts
            )
            database.executemany("INSERT INTO kgvn_names VALUES (?, ?)", names)
        database.execute(
            "CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'search', 'row')"
        )
        vocabulary = [term for (term,) in database.execute("SELECT term FROM temp.vocabulary")]
        database.execute("CREATE TABLE kgvn_stems (stem TEXT, word TEXT)")
        database.executemany("INSERT INTO kgvn_stems VALUES (?, ?)", unlike_stems(vocabulary))
        database.execute("CREATE INDEX kgvn_stems_stem ON kgvn_stems (stem)")
        database.execute("CREATE INDEX kgvn_records_collection ON kgvn_records (collection)")
        database.execute("CREATE INDEX events_participants_value ON events_participants (value)")
        database.executemany(
            "INSERT OR REPLACE INTO kgvn_meta VALUES (?, ?)",
            [("cache_key", key), ("build", build_id)],
        )


def _folded_spellings(model: Any) -> list[str]:
    from kgvn.text import words

    spellings = [model.name, *(alias.name for alias in model.aliases)]
    spellings.append(getattr(model, "abbreviation", None))
    return [" ".join(words(text)) for text in spellings if isinstance(text, str)]


def build_file(store: models.Store, key: str) -> sqlite3.Connection:
    """Build the database for `key` in the cache folder, or in memory if the folder fails us."""
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
