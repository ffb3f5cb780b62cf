"""Shell completion from the store: ids for `show` and `--source`, names for `who`, closed sets."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

import typer


def _index(ctx: typer.Context) -> object | None:
    """The store's index, or None: completion must never fail loudly on a broken store."""
    from kgvn.errors import KgvnError
    from kgvn.query import Index
    from kgvn.store import load_records

    data = ctx.find_root().params.get("data")
    try:
        return Index(load_records(Path(data) if data else None))
    except (KgvnError, OSError):
        return None


def record_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    from kgvn.query import Index

    index = _index(ctx)
    if not isinstance(index, Index):
        return []
    every = [*index.sources, *index.by_id]
    return [record_id for record_id in every if record_id.startswith(incomplete)]


def source_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    from kgvn.query import Index

    index = _index(ctx)
    if not isinstance(index, Index):
        return []
    return [source_id for source_id in index.sources if source_id.startswith(incomplete)]


def names(ctx: typer.Context, incomplete: str) -> list[str]:
    from kgvn.query import Index, everyone, spellings
    from kgvn.text import fold

    index = _index(ctx)
    if not isinstance(index, Index):
        return []
    # Shells keep only candidates that start with what was typed: typed plainly ('nguyen'),
    # offer the folded spelling, which `who` finds as well as the marked one.
    plain = fold(incomplete) == incomplete
    candidates = [spelling for named in everyone(index) for spelling in spellings(named)]
    shown = [fold(spelling) if plain else spelling for spelling in candidates]
    return list(dict.fromkeys(item for item in shown if item.startswith(incomplete)))


def choices(enum: type[Enum]) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return [str(member.value) for member in enum if str(member.value).startswith(incomplete)]

    return complete
