"""Commands that check the store itself: validate and audit."""

from pathlib import Path
from typing import Annotated

import typer

from kgvn.cli.core import (
    SourcesOption,
    command,
    group,
    guarded,
    note,
    settings_of,
    write_out,
)

cache_app = typer.Typer(
    help="The cache of validated stores: where it is, and clearing it.", no_args_is_help=True
)
group("cache", cache_app)


@cache_app.command("info")
@guarded
def cache_info() -> None:
    """Where the cache is and which store versions it holds."""
    from kgvn.cache import info

    for name, value in info():
        write_out(f"{name}\t{value}\n")


@cache_app.command("clear")
@guarded
def cache_clear() -> None:
    """Remove every cache file; the next read validates the store again."""
    from kgvn.cache import cache_dir, clear

    note(f"removed {clear()} cache files from {cache_dir()}")


@command
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="Store file to check (default: the store in use).", readable=False),
    ] = None,
) -> None:
    """Check a store against the schema, ids and references; print counts per kind.

    A store whose exact bytes this build of kgvn has validated before is answered from the cache.
    """
    from kgvn.store import open_cache

    opened = open_cache(path or settings_of(ctx).data)
    try:
        counts = opened.counts()
    finally:
        opened.close()
    for name, count in counts.items():
        write_out(f"{name}\t{count}\n")
    note(f"valid: {sum(counts.values())} entries")


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
