"""Commands that check the store itself: validate and audit."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kgvn.cli.core import (
    SourcesOption,
    command,
    note,
    settings_of,
    write_out,
)


@command
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="Store file to check (default: the store in use).", readable=False),
    ] = None,
) -> None:
    """Check a store against the schema, ids and references; print counts per kind."""
    from kgvn.store import load_store

    store = load_store(path or settings_of(ctx).data)
    counts = {"sources": len(store.sources)}
    counts.update({name: len(getattr(store, name)) for name, _ in _collections(store)})
    counts["conflicts"] = len(store.conflicts)
    for name, count in counts.items():
        write_out(f"{name}\t{count}\n")
    note(f"valid: {sum(counts.values())} entries")


def _collections(store: object) -> list[tuple[str, int]]:
    from kgvn.models import RECORD_COLLECTIONS

    return [(name, len(getattr(store, name))) for name in RECORD_COLLECTIONS]


@command
def audit(
    ctx: typer.Context,
    sources_dir: SourcesOption = None,
) -> None:
    """Prove every quote is verbatim in its article and every article is unchanged."""
    from kgvn.audit import audit as run_audit
    from kgvn.curate import sources_dir_for
    from kgvn.errors import StoreError
    from kgvn.store import default_store_path, load_store

    store_path = settings_of(ctx).data or default_store_path()
    store = load_store(store_path)
    report = run_audit(store, sources_dir_for(store_path, sources_dir))
    for source in store.sources:
        write_out(f"{source.id}\t{report.citations.get(source.id, 0)} records\n")
    if not report.ok:
        raise StoreError(f"audit failed: {len(report.problems)} problems", details=report.problems)
    note(f"audit passed: {report.quotes_checked} quotes verbatim in {len(store.sources)} articles")
