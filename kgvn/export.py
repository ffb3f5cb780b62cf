"""The record as tables, for Datasette, sqlite3 and spreadsheets, derived from the pydantic models.

Layout (the same for SQLite and CSV):
- one table per collection (`sources`, `events`, `people`, …) with a column per scalar field;
- a child table per list of plain values, e.g. `events_participants(events_id, position, value)`;
- a child table per list of nested records, e.g. `people_roles(people_id, position, title, date)`;
- one `evidence` table for every quote: `record_id`, `record_type`, `path` (empty for the
  record's own evidence, `roles[0]` or `values[1]` for nested ones), `position`, `source_id`,
  `quote`, `start`, `end`;
- in SQLite, an FTS5 table `search(record_id, record_type, text)` over names, titles,
  summaries, statements, aliases and quotes, with diacritics removed and a folded copy of the
  text so that `dinh` finds `Định`.
Nothing here is written by hand per collection: walking `model_fields` keeps it in step with
the schema.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import functools
import io
import json
import os
import sqlite3
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from kgvn import __version__, models
from kgvn.errors import UsageError
from kgvn.files import describe, install, temporary_beside, write_atomically
from kgvn.render.base import spreadsheet_safe
from kgvn.text import fold
from kgvn.vocabulary import KIND_OF_COLLECTION, SCHEMA_VERSION

COLLECTIONS = ("sources", *models.RECORD_COLLECTIONS, "conflicts")
SEARCHED_FIELDS = ("name", "title", "summary", "statement", "description", "note", "topic")


@dataclass
class Table:
    name: str
    columns: list[tuple[str, str]]  # (name, SQL type)
    rows: list[list[Any]] = field(default_factory=list)
    primary_key: str | None = None
    #: (column, referenced table, referenced column)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)


def _bare(annotation: Any) -> Any:
    while get_origin(annotation) is typing.Annotated:
        annotation = get_args(annotation)[0]
    arguments = [item for item in get_args(annotation) if item is not type(None)]
    if get_origin(annotation) in (typing.Union, types.UnionType) and len(arguments) == 1:
        return _bare(arguments[0])
    return annotation


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _sql_type(annotation: Any) -> str:
    bare = _bare(annotation)
    if bare is int:
        return "INTEGER"
    if bare is float:
        return "REAL"
    if get_origin(bare) is typing.Literal:
        return "INTEGER" if isinstance(get_args(bare)[0], int) else "TEXT"
    return "TEXT"


def _list_item(annotation: Any) -> Any | None:
    bare = _bare(annotation)
    return _bare(get_args(bare)[0]) if get_origin(bare) is list else None


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return json.dumps([_plain(item) for item in value], ensure_ascii=False)
    if isinstance(value, BaseModel):
        return json.dumps(value.model_dump(mode="json"), ensure_ascii=False)
    return value


def build_tables(store: models.Store) -> dict[str, Table]:
    """Every table of the export, with rows, from the models' fields."""
    tables = empty_tables()
    for collection in COLLECTIONS:
        add_rows(tables, collection, getattr(store, collection))
    return tables


def empty_tables() -> dict[str, Table]:
    """Every table of the export, in order, with its columns and keys but no rows yet."""
    tables: dict[str, Table] = {}
    evidence = Table(
        "evidence",
        [("record_id", "TEXT"), ("record_type", "TEXT"), ("path", "TEXT"), ("position", "INTEGER"),
         ("source_id", "TEXT"), ("quote", "TEXT"), ("start", "INTEGER"), ("end", "INTEGER")],
        foreign_keys=[("source_id", "sources", "id")],
    )  # fmt: skip
    for collection in COLLECTIONS:
        model = _item_model(collection)
        table = Table(collection, [], primary_key="id")
        for name, info in model.model_fields.items():
            item = _list_item(info.annotation)
            if name == "evidence":
                continue
            if item is None:
                table.columns.append((name, _sql_type(info.annotation)))
            elif _is_model(item):
                tables[f"{collection}_{name}"] = _nested_table(collection, name, item)
            else:
                tables[f"{collection}_{name}"] = Table(
                    f"{collection}_{name}",
                    [(f"{collection}_id", "TEXT"), ("position", "INTEGER"), ("value", "TEXT")],
                    foreign_keys=[(f"{collection}_id", collection, "id")],
                )
        tables[collection] = table
    tables["evidence"] = evidence
    return {name: tables[name] for name in sorted(tables, key=_table_order)}


def add_rows(tables: dict[str, Table], collection: str, records: Sequence[BaseModel]) -> None:
    """Add the rows of a collection's records to `tables` (from `empty_tables`)."""
    for record in records:
        _add_rows(tables, tables["evidence"], collection, record)


def _table_order(name: str) -> tuple[int, str]:
    base = name.split("_")[0] if name not in COLLECTIONS else name
    position = COLLECTIONS.index(name) if name in COLLECTIONS else len(COLLECTIONS)
    return (position, base + name)


def _item_model(collection: str) -> type[BaseModel]:
    item = _list_item(models.Store.model_fields[collection].annotation)
    assert _is_model(item)
    return typing.cast(type[BaseModel], item)


def _nested_table(collection: str, name: str, model: type[BaseModel]) -> Table:
    columns = [(f"{collection}_id", "TEXT"), ("position", "INTEGER")]
    columns += [
        (field_name, _sql_type(info.annotation))
        for field_name, info in model.model_fields.items()
        if field_name != "evidence"
    ]
    return Table(
        f"{collection}_{name}", columns, foreign_keys=[(f"{collection}_id", collection, "id")]
    )


@functools.cache
def _plan(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """Each field of a model and where it goes: evidence, a column, nested rows or value rows."""
    plan = []
    for name, info in model.model_fields.items():
        item = _list_item(info.annotation)
        if name == "evidence":
            plan.append((name, "evidence"))
        elif item is None:
            plan.append((name, "column"))
        else:
            plan.append((name, "nested" if _is_model(item) else "values"))
    return tuple(plan)


def _add_rows(
    tables: dict[str, Table], evidence: Table, collection: str, record: BaseModel
) -> None:
    record_id = getattr(record, "id")  # noqa: B009 - every collection's items have an id
    kind = KIND_OF_COLLECTION[collection]
    row = []
    for name, where in _plan(type(record)):
        value = getattr(record, name)
        if where == "evidence":
            _add_evidence(evidence, record_id, kind, "", value)
        elif where == "column":
            row.append(_plain(value))
        elif where == "nested":
            child = tables[f"{collection}_{name}"]
            for position, nested in enumerate(value):
                nested_row: list[Any] = [record_id, position]
                nested_model: type[BaseModel] = type(nested)
                for nested_name, nested_where in _plan(nested_model):
                    nested_value = getattr(nested, nested_name)
                    if nested_where == "evidence":
                        _add_evidence(
                            evidence, record_id, kind, f"{name}[{position}]", nested_value
                        )
                    else:
                        nested_row.append(_plain(nested_value))
                child.rows.append(nested_row)
        else:
            child = tables[f"{collection}_{name}"]
            child.rows += [
                [record_id, position, _plain(value_item)]
                for position, value_item in enumerate(value)
            ]
    tables[collection].rows.append(row)


def _add_evidence(
    table: Table, record_id: str, kind: str, path: str, items: list[models.Evidence]
) -> None:
    for position, item in enumerate(items):
        table.rows.append(
            [record_id, kind, path, position, item.source, item.quote, item.start, item.end]
        )


def search_rows(store: models.Store) -> Iterator[tuple[str, str, str]]:
    """(record id, kind, text) for the full-text index: words and a folded copy of them."""
    for collection, _, record in store.records():
        pieces = [
            str(getattr(record, name)) for name in SEARCHED_FIELDS if getattr(record, name, None)
        ]
        pieces += [alias.name for alias in getattr(record, "aliases", [])]
        pieces += [item.quote for item in record.evidence]
        text = "\n".join(pieces)
        yield record.id, KIND_OF_COLLECTION[collection], f"{text}\n{fold(text)}"


@dataclass(frozen=True)
class ExportSummary:
    target: Path
    rows: dict[str, int]


def write_sqlite(store: models.Store, target: Path, force: bool = False) -> ExportSummary:
    """Write the record as a SQLite database, atomically: a half-written file never appears."""
    _refuse_existing(target, force)
    tables = build_tables(store)
    rows = {name: len(table.rows) for name, table in tables.items()}
    try:
        handle, temporary = temporary_beside(target)
        os.close(handle)
    except OSError as error:
        raise UsageError(f"{target}: cannot write there: {describe(error)}") from None
    try:
        connection = sqlite3.connect(temporary)
        try:
            _fill_database(connection, store, tables)
        finally:
            connection.close()
        install(Path(temporary), target)
    except OSError as error:
        raise UsageError(f"{target}: cannot write there: {describe(error)}") from None
    except sqlite3.Error as error:
        raise UsageError(f"{target}: cannot write the database: {error}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return ExportSummary(target, rows)


def _fill_database(
    connection: sqlite3.Connection, store: models.Store, tables: dict[str, Table]
) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    with connection:
        create_tables(connection, tables)
        connection.execute(
            "CREATE VIRTUAL TABLE search USING fts5(record_id UNINDEXED, record_type UNINDEXED,"
            " text, tokenize='unicode61 remove_diacritics 2')"
        )
        connection.executemany("INSERT INTO search VALUES (?, ?, ?)", list(search_rows(store)))
    problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise UsageError(f"export: {len(problems)} rows break a foreign key, e.g. {problems[0]}")


def create_tables(connection: sqlite3.Connection, tables: dict[str, Table]) -> None:
    """Create and fill every table of the layout, and `kgvn_meta`; the caller commits.

    The cache (`kgvn.cache`) holds the same tables, so there is one layout to keep in step.
    """
    for table in tables.values():
        connection.execute(_create_statement(table))
    insert_rows(connection, tables)
    connection.execute("CREATE TABLE kgvn_meta (key TEXT PRIMARY KEY, value TEXT)")
    connection.executemany(
        "INSERT INTO kgvn_meta VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("kgvn_version", __version__)],
    )


def insert_rows(connection: sqlite3.Connection, tables: dict[str, Table]) -> None:
    """Insert the rows gathered in `tables` and forget them (to fill a collection at a time)."""
    for table in tables.values():
        if table.rows:
            marks = ", ".join("?" for _ in table.columns)
            connection.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', table.rows)
            table.rows = []


def _create_statement(table: Table) -> str:
    columns = []
    for name, kind in table.columns:
        key = " PRIMARY KEY" if name == table.primary_key else ""
        columns.append(f'"{name}" {kind}{key}')
    for column, other, other_column in table.foreign_keys:
        columns.append(f'FOREIGN KEY ("{column}") REFERENCES "{other}"("{other_column}")')
    return f'CREATE TABLE "{table.name}" ({", ".join(columns)})'


def write_csv(
    store: models.Store, directory: Path, force: bool = False, guard: bool = True
) -> ExportSummary:
    """One RFC 4180 CSV per table (UTF-8, CRLF, header row), each written atomically."""
    tables = build_tables(store)
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory} is a file; give a folder for the CSV files")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{directory}: cannot make the folder: {describe(error)}") from None
    targets = {name: directory / f"{name}.csv" for name in tables}
    existing = [path.name for path in targets.values() if path.exists()]
    if existing and not force:
        raise UsageError(
            f"{directory}: {', '.join(existing[:3])} already exist; use --force to overwrite"
        )
    for name, table in tables.items():
        _write_csv_file(targets[name], table, guard)
    return ExportSummary(directory, {name: len(table.rows) for name, table in tables.items()})


def _write_csv_file(target: Path, table: Table, guard: bool) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([name for name, _ in table.columns])
    writer.writerows(
        [spreadsheet_safe(_cell(value)) if guard else _cell(value) for value in row]
        for row in table.rows
    )
    try:
        write_atomically(target, buffer.getvalue().encode("utf-8"))
    except OSError as error:
        raise UsageError(f"{target}: cannot write there: {describe(error)}") from None


def _cell(value: Any) -> Any:
    return "" if value is None else value


def _refuse_existing(target: Path, force: bool) -> None:
    if target.is_dir():
        raise UsageError(f"{target} is a directory; give a file name")
    if target.exists() and not force:
        raise UsageError(f"{target} already exists; use --force to overwrite it")
    if not target.parent.is_dir():
        raise UsageError(f"{target.parent}: no such directory")
