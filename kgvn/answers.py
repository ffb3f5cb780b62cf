"""What `search` and `show ID` print, read from an open cache entry.

One body for the Typer commands (`kgvn.cli.lookup`) and for the fast path of warm reads
(`kgvn.fastread`), so the two cannot drift apart. Nothing here parses options or writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgvn.errors import NotFoundError

if TYPE_CHECKING:
    from kgvn.cache import Cache
    from kgvn.records import Record, Source
    from kgvn.render.base import Report


def search_results(opened: Cache, text: str, limit: int | None) -> tuple[Report, str | None]:
    """The report of a search, and the note saying how many matches were left out (or None).

    Raises `NotFoundError` when nothing matches.
    """
    from kgvn import views
    from kgvn.records import Source
    from kgvn.search import search

    hits, total = search(opened, text, limit)
    source_items = opened.collection("sources")
    if not hits:
        raise NotFoundError(f"nothing matches {text!r}")
    left_out = None
    if limit is not None and total > limit:
        left_out = f"{limit} of {total} shown (--limit {limit})"
    sources = {item["id"]: Source.from_json(item) for item in source_items}
    return views.search_report(sources, hits), left_out


def record_found(opened: Cache, record_id: str) -> tuple[str, Record, dict[str, Source]] | None:
    """A record (not a source) by id, its kind and every source, from one row and the sources;
    None when the id is a source's or no one's (`show` then reads the whole store)."""
    from kgvn.records import RECORD_CLASSES, Source
    from kgvn.vocabulary import KIND_OF_COLLECTION

    found = opened.record(record_id)
    if found is None or found[0] not in RECORD_CLASSES:
        return None
    collection, item = found
    record = RECORD_CLASSES[collection].from_json(item)
    known = {entry["id"]: Source.from_json(entry) for entry in opened.collection("sources")}
    return KIND_OF_COLLECTION[collection], record, known
