"""`kgvn check`: one claim, or a whole draft from stdin, against the record."""

import sys
from collections.abc import Iterator
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer

from kgvn.cli.core import command, settings_of, terminal_options, write_out
from kgvn.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from kgvn.check import CheckResult
    from kgvn.check.retrieve.feed import Feed
    from kgvn.records import Source
    from kgvn.render.base import RenderOptions


class CheckFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    claimreview = "claimreview"


EXIT_OF_VERDICT = {
    "supported": ExitCode.OK,
    "contradicted": ExitCode.NOTHING_FOUND,
    "unverified": ExitCode.UNVERIFIED,
    "partly-supported": ExitCode.PARTLY_SUPPORTED,
}


@command
def check(
    ctx: typer.Context,
    claim: Annotated[
        str,
        typer.Argument(
            metavar="CLAIM", help="A sentence to check, or - to read one claim a line from stdin."
        ),
    ],
    output_format: Annotated[
        CheckFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="Default: table on a terminal, tsv in a pipe.",
        ),
    ] = None,
    no_headers: Annotated[
        bool, typer.Option("--no-headers", help="Leave out the CSV/TSV header.")
    ] = False,
    author: Annotated[
        str, typer.Option("--author", help="Publishing organisation, for claimreview.")
    ] = "kgvn",
    url: Annotated[
        str | None, typer.Option("--url", help="URL of the published fact-check, for claimreview.")
    ] = None,
) -> None:
    """Say whether the record supports, contradicts or says nothing about a claim.

    Exit 0 supported, 1 contradicted, 3 unverified, 5 partly supported. With -, the exit code is
    1 if any sentence is contradicted, else 3 if any is unverified, else 5 if any is partly
    supported, else 0. With -, each sentence of each line is checked on its own.
    """
    from kgvn.check.retrieve.feed import Feed
    from kgvn.store import open_cache

    opened = open_cache(settings_of(ctx).data)
    try:
        checker = Feed(opened)
        _check_each(ctx, claim, checker, output_format, no_headers, author, url)
    finally:
        opened.close()


def _check_each(
    ctx: typer.Context,
    claim: str,
    checker: "Feed",
    output_format: CheckFormat | None,
    no_headers: bool,
    author: str,
    url: str | None,
) -> None:
    """Check the claim, or each sentence of stdin, writing each verdict as it comes."""
    from kgvn.render.base import json_text

    sources = checker.sources
    options = terminal_options(ctx)
    chosen = output_format or (CheckFormat.table if _is_terminal(ctx) else CheckFormat.tsv)
    claims = _claims_from_stdin() if claim == "-" else iter([claim])
    verdicts: list[str] = []
    results: list[dict[str, object]] = []
    first = True
    for text in claims:
        if not text.strip():
            if claim != "-":
                raise UsageError("the claim is empty: give a sentence to check")
            continue
        result = checker.check(text)
        verdicts.append(result.verdict.value)
        if chosen in ARRAY_IN_BATCH and claim == "-":
            results.append(_batch_item(result, sources, chosen, author, url))
            continue
        write_out(
            _render(
                result,
                sources,
                chosen,
                options,
                first and not no_headers,
                author,
                url,
                claim == "-",
            )
        )
        first = False
    if chosen in ARRAY_IN_BATCH and claim == "-":
        write_out(json_text(results, indent=2) + "\n")
    raise typer.Exit(int(_batch_exit(verdicts)))


#: Formats that give one JSON document for a whole batch: an array, one item per claim.
ARRAY_IN_BATCH = (CheckFormat.json, CheckFormat.claimreview)


def _batch_item(
    result: "CheckResult",
    sources: "dict[str, Source]",
    chosen: CheckFormat,
    author: str,
    url: str | None,
) -> dict[str, object]:
    if chosen is CheckFormat.claimreview:
        from kgvn.claimreview import claim_review

        return claim_review(result, sources, author=author, url=url)
    return result.to_dict()


def _is_terminal(ctx: typer.Context) -> bool:
    from kgvn.terminal import detect

    return detect().is_tty


def _claims_from_stdin() -> Iterator[str]:
    """Each sentence of stdin, in order: a pasted paragraph is checked one sentence at a time.

    Lines are read as they come. The bytes are decoded by their byte-order mark (UTF-8, UTF-16
    or UTF-32), else as UTF-8.
    """
    from kgvn.check.frame.atoms import clean, sentences

    for line in _stdin_lines():
        yield from sentences(clean(line)) or [""]


def _stdin_lines() -> Iterator[str]:
    from kgvn.check.frame.atoms import decode

    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:
        yield from (line.rstrip("\r\n") for line in sys.stdin)
        return
    head = raw.readline()
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] == b"\x00\x00\xfe\xff":
        yield from decode(head + raw.read()).splitlines()  # UTF-16 and UTF-32: whole, then lines
        return
    if head:
        yield decode(head).rstrip("\r\n")
    for line in raw:
        yield decode(line).rstrip("\r\n")


def _batch_exit(verdicts: list[str]) -> ExitCode:
    if "contradicted" in verdicts:
        return ExitCode.NOTHING_FOUND
    if "unverified" in verdicts or not verdicts:
        return ExitCode.UNVERIFIED
    if "partly-supported" in verdicts:
        return ExitCode.PARTLY_SUPPORTED
    return ExitCode.OK


def _render(
    result: "CheckResult",
    sources: "dict[str, Source]",
    chosen: CheckFormat,
    options: "RenderOptions",
    header: bool,
    author: str,
    url: str | None,
    batch: bool,
) -> str:
    from kgvn.render.base import for_output, json_text, spreadsheet_safe
    from kgvn.render.verdict import ROW_COLUMNS, verdict_row, verdict_text

    if chosen is CheckFormat.table:
        return verdict_text(result, sources, options) + ("\n" if batch else "")
    if chosen is CheckFormat.json:
        return json_text(result.to_dict(), indent=2) + "\n"
    if chosen is CheckFormat.jsonl:
        return json_text(result.to_dict()) + "\n"
    if chosen is CheckFormat.claimreview:
        from kgvn.claimreview import claim_review

        review = claim_review(result, sources, author=author, url=url)
        return json_text(review, indent=2) + "\n"
    row = verdict_row(result)
    if chosen is CheckFormat.tsv:
        from kgvn.render.tsv_format import escape_field

        lines = ["\t".join(ROW_COLUMNS)] if header else []
        cells = (for_output(escape_field(row[column]), options) for column in ROW_COLUMNS)
        lines.append("\t".join(cells))
        return "".join(line + "\n" for line in lines)
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header:
        writer.writerow(ROW_COLUMNS)
    shown = [for_output(row[column], options) for column in ROW_COLUMNS]
    if options.spreadsheet_safe:
        shown = [spreadsheet_safe(cell) for cell in shown]
    writer.writerow(shown)
    return buffer.getvalue()


__all__ = ["CheckFormat", "check"]
