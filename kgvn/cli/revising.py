"""`kgvn update`: a later article changes a record; the earlier value stays, with its evidence."""

from pathlib import Path
from typing import Annotated

import typer

from kgvn.cli.core import command, note, settings_of


@command
def update(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(metavar="ID", help="The record to revise.")],
    assignments: Annotated[
        list[str],
        typer.Argument(
            metavar="FIELD=VALUE...",
            help="e.g. status=signed, date=2025-06, role='Foreign Minister', alias=Kasymaliyev.",
        ),
    ],
    source: Annotated[
        str, typer.Option("--source", metavar="ID", help="The article that reports the change.")
    ],
    quote: Annotated[str, typer.Option("--quote", help="The verbatim span that states it.")],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="Since when the new value holds (default: the article's date); for a role, "
            "when it was held.",
        ),
    ] = None,
    sources: Annotated[
        Path | None,
        typer.Option(
            "--sources",
            metavar="DIR",
            help="Folder of article texts (default: $KGVN_SOURCES or sources/ beside the store).",
        ),
    ] = None,
) -> None:
    """Revise a record from a later article; the earlier value is kept in its history."""
    from kgvn.curate import sources_dir_for
    from kgvn.revise import update_record
    from kgvn.store import default_store_path

    store_path = settings_of(ctx).data or default_store_path()
    changes = update_record(
        store_path,
        sources_dir_for(store_path, sources),
        record_id,
        assignments,
        source,
        quote,
        date,
    )
    for change in changes:
        when = f" since {change.since}" if change.since else ""
        if change.field in ("role", "alias"):
            note(f"{record_id}: added {change.field} {change.after!r}{when}, citing {source}")
        else:
            note(
                f"{record_id}: {change.field} {change.before or '(none)'} → {change.after}{when},"
                f" citing {source}; the earlier value is kept in its history"
            )
