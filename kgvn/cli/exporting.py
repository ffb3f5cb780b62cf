"""Handing the record to other tools: SQLite/Datasette, CSV, JSON Schema."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kgvn.cli.core import KgvnGroup, command, group, guarded, note, settings_of, write_out

if TYPE_CHECKING:
    from kgvn.models import Store

export_app = typer.Typer(
    help="Write the record for Datasette, sqlite3 or a spreadsheet.", cls=KgvnGroup
)
group("export", export_app)

ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite what is already there.")]


@export_app.command("sqlite")
@guarded
def export_sqlite(
    ctx: typer.Context,
    target: Annotated[
        Path, typer.Argument(metavar="FILE", help="The database file to create; - for stdout.")
    ],
    force: ForceOption = False,
) -> None:
    """A SQLite database: a table per kind, evidence, foreign keys and an FTS5 search table."""
    from kgvn.export import write_sqlite
    from kgvn.store import load_store

    store = load_store(settings_of(ctx).data)
    if str(target) == "-":
        _sqlite_to_stdout(store)
        return
    summary = write_sqlite(store, target, force=force)
    note(f"wrote {summary.target}: {_counts(summary.rows)}")


def _sqlite_to_stdout(store: "Store") -> None:
    """The database's bytes on stdout, for `> file` or a pipe; never onto a terminal."""
    import tempfile

    from kgvn.errors import UsageError
    from kgvn.export import write_sqlite
    from kgvn.terminal import detect

    if detect().is_tty:
        raise UsageError(
            "a SQLite database is binary: redirect it (kgvn export sqlite - > kgvn.db)"
            " or give a file name"
        )
    with tempfile.TemporaryDirectory(prefix="kgvn-export-") as folder:
        summary = write_sqlite(store, Path(folder) / "kgvn.db")
        data = summary.target.read_bytes()
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:  # a text-only stdout, as in some test runners
        raise UsageError("stdout takes no binary data here; give a file name")
    stream.write(data)
    stream.flush()
    note(f"wrote the database to stdout: {_counts(summary.rows)}")


@export_app.command("csv")
@guarded
def export_csv(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(metavar="DIR", help="Folder for the CSV files.")],
    force: ForceOption = False,
) -> None:
    """One RFC 4180 CSV per table, evidence.csv included."""
    from kgvn.errors import UsageError
    from kgvn.export import write_csv

    if str(target) == "-":
        raise UsageError("export csv writes one file per table: give a folder, not -")
    from kgvn.store import load_store

    settings = settings_of(ctx)
    summary = write_csv(
        load_store(settings.data), target, force=force, guard=not settings.csv_formulas
    )
    note(f"wrote {len(summary.rows)} files in {summary.target}: {_counts(summary.rows)}")


def _counts(rows: dict[str, int]) -> str:
    main = [name for name in rows if "_" not in name or name == "product_flows"]
    return ", ".join(f"{rows[name]} {name}" for name in main)


@command
def schema() -> None:
    """Print the store's JSON Schema (draft 2020-12), generated from the models."""
    import json

    from kgvn.schema import store_json_schema

    write_out(json.dumps(store_json_schema(), ensure_ascii=False, indent=2) + "\n")
