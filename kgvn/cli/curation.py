"""Curation: register an article, find what is checkable in it, add records and quotes safely.

Only these commands write to the store, and only through `kgvn.writing.update_store`.
"""

import sys
from pathlib import Path
from typing import Annotated

import typer

from kgvn.cli.core import (
    EvidenceOption,
    FormatOption,
    KgvnGroup,
    LimitOption,
    NoHeadersOption,
    SourcesOption,
    command,
    emit,
    group,
    guarded,
    note,
    settings_of,
)

source_app = typer.Typer(help="Register articles as sources.", cls=KgvnGroup)
group("source", source_app)


def _store_path(ctx: typer.Context) -> Path:
    from kgvn.store import default_store_path

    return settings_of(ctx).data or default_store_path()


@source_app.command("add")
@guarded
def source_add(
    ctx: typer.Context,
    article: Annotated[Path, typer.Argument(metavar="FILE", help="The article, as UTF-8 text.")],
    title: Annotated[str, typer.Option("--title", help="Our own one-line description.")],
    source_id: Annotated[
        str | None, typer.Option("--id", help="Short id (default: from the title).")
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="When the article credits none.")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", metavar="DATE", help="When it has no date line.")
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="Where the article is published online.")
    ] = None,
    sources: SourcesOption = None,
) -> None:
    """Copy an article into the sources folder and register it (sha256, outlet, date, url).

    The date and outlet come from the article's date line ("BISHKEK, November 20 (VNA) –",
    "HANOI (VNS) — March 5, 2025"); stderr says when there is none or it gives no year.
    """
    from kgvn.curate import register_source, sources_dir_for

    if url is not None and (not url.startswith(("http://", "https://")) or " " in url):
        from kgvn.errors import UsageError

        raise UsageError(f"--url {url!r}: give the article's http:// or https:// address")
    if published is None or outlet is None:
        published, outlet = _from_date_line(article, published, outlet)
    store_path = _store_path(ctx)
    source = register_source(
        store_path,
        sources_dir_for(store_path, sources),
        article,
        title,
        source_id,
        outlet,
        published,
    )
    where = f"{source.outlet or 'no outlet'}, {source.published or 'undated'}"
    note(f"registered {source.id}: {source.file}, {where}")
    if url is not None:
        from kgvn.revise import set_source_url

        set_source_url(store_path, source.id, url)


def _from_date_line(
    article: Path, published: str | None, outlet: str | None
) -> tuple[str | None, str | None]:
    """The date and outlet the article's date line gives, where the options give none."""
    from kgvn.datelines import read_date_line

    if not article.is_file():  # a fifo or a device: never read; register_source refuses it
        return published, outlet
    try:
        text = article.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return published, outlet  # register_source says what is wrong with the file
    line = read_date_line(text)
    if line is None:
        if published is None:
            note(
                "no date line found (such as 'BISHKEK, November 20 (VNA) –' or"
                " 'HANOI (VNS) — March 5, 2025'): pass --published DATE, or it stays undated"
            )
        return published, outlet
    if published is None and line.published is None and line.month_day:
        note(
            f"the date line '{line.text}' gives no year:"
            f" pass --published YYYY-{line.month_day}, or it stays undated"
        )
    return published or line.published, outlet or line.outlet


@command
def init(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="Folder for the working copy.")],
    sources: SourcesOption = None,
) -> None:
    """Make a working copy of the record (facts.json and its articles) to curate with --data."""
    from kgvn.curate import make_working_copy, sources_dir_for

    store_path = _store_path(ctx)
    target, count = make_working_copy(store_path, sources_dir_for(store_path, sources), folder)
    note(f"copied the record and {count} articles into {folder}")
    note(f"curate it with: kgvn --data {target} … (or export KGVN_DATA={target})")


@command
def suggest(
    ctx: typer.Context,
    source_id: Annotated[str, typer.Argument(metavar="SOURCE", help="A registered source id.")],
    sources: SourcesOption = None,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
) -> None:
    """Sentences of an article that hold something checkable, and the records they already back."""
    from kgvn import views
    from kgvn.curate import article_of, sources_dir_for
    from kgvn.store import load_store, to_records
    from kgvn.suggest import suggest as find

    store_path = _store_path(ctx)
    store = load_store(store_path)
    article = article_of(store, source_id, sources_dir_for(store_path, sources))
    emit(
        ctx,
        views.suggestions_report(find(to_records(store), article.text)),
        output_format,
        no_headers,
    )


@command
def add(
    ctx: typer.Context,
    record_file: Annotated[
        str,
        typer.Argument(metavar="FILE", help='JSON {"collection": …, "record": …}; - for stdin.'),
    ] = "-",
    sources: SourcesOption = None,
) -> None:
    """Add one record; every quote is checked against its article before anything is written."""
    from kgvn.curate import add_record, parse_envelope, sources_dir_for

    envelope = parse_envelope(_read_stdin() if record_file == "-" else _read(Path(record_file)))
    store_path = _store_path(ctx)
    collection, record_id = add_record(store_path, sources_dir_for(store_path, sources), envelope)
    note(f"added {record_id} to {collection}")


#: A record to add is a few kilobytes; anything near this is not one.
MAX_RECORD_BYTES = 1024 * 1024


def _read(path: Path) -> str:
    from kgvn.errors import UsageError
    from kgvn.files import describe, read_regular_file

    try:
        raw = read_regular_file(path, MAX_RECORD_BYTES)
    except ValueError as problem:
        raise UsageError(f"{path}: {problem}") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {describe(error)}") from None
    return _decoded(raw, str(path))


def _read_stdin() -> str:
    raw = sys.stdin.buffer.read(MAX_RECORD_BYTES + 1)
    if len(raw) > MAX_RECORD_BYTES:
        from kgvn.errors import UsageError

        raise UsageError(f"stdin: more than {MAX_RECORD_BYTES:,} bytes is not one record")
    return _decoded(raw, "stdin")


def _decoded(raw: bytes, label: str) -> str:
    from kgvn.errors import UsageError

    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UsageError(f"{label}: not UTF-8 text") from None


@command
def cite(
    ctx: typer.Context,
    record_id: Annotated[str, typer.Argument(metavar="ID", help="The record the quote backs.")],
    source: Annotated[str, typer.Option("--source", metavar="ID", help="The source article's id.")],
    quote: Annotated[str, typer.Option("--quote", help="The verbatim span that states the fact.")],
    sources: SourcesOption = None,
) -> None:
    """Add a verified quote to a record's evidence (a second article's confirmation)."""
    from kgvn.curate import cite as add_quote
    from kgvn.curate import sources_dir_for

    store_path = _store_path(ctx)
    evidence = add_quote(store_path, sources_dir_for(store_path, sources), record_id, source, quote)
    note(f"{record_id} now cites {source} at {evidence.start}–{evidence.end}")


@command
def conflicts(
    ctx: typer.Context,
    output_format: FormatOption = None,
    no_headers: NoHeadersOption = False,
    evidence: EvidenceOption = False,
    limit: LimitOption = None,
) -> None:
    """Where the articles differ, each side's evidence, and which value is preferred and why."""
    from kgvn import views
    from kgvn.cli.core import nothing, open_index

    index = open_index(ctx)
    if not index.store.conflicts:
        nothing("the store records no conflicts")
    emit(ctx, views.conflicts_report(index), output_format, no_headers, evidence, limit)
