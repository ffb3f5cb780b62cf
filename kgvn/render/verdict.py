"""A checked claim for people (text, coloured on a terminal) and as a flat row for CSV/TSV."""

from __future__ import annotations

import io
from collections.abc import Mapping

from kgvn.check import CheckResult, MatchedRecord, Status, Verdict
from kgvn.records import Source
from kgvn.render.base import RenderOptions, visible

MARKS = {Status.agrees: ("✓", "ok"), Status.differs: ("✗", "NO"), Status.not_on_record: ("?", "??")}
STATUS_WORDS = {
    Status.agrees: "agrees",
    Status.differs: "differs",
    Status.not_on_record: "not on record",
}
VERDICT_STYLE = {
    Verdict.supported: "bold green",
    Verdict.contradicted: "bold red",
    Verdict.unverified: "bold yellow",
    Verdict.partly_supported: "bold cyan",
}
ROW_COLUMNS = ("claim", "verdict", "explanation", "records", "sources")


def verdict_text(result: CheckResult, sources: Mapping[str, Source], options: RenderOptions) -> str:
    """Verdict in words first, then each part, then the quotes that decide it, with sources."""
    lines: list[tuple[str, str]] = [
        (f"{result.verdict.value.upper()}: {result.explanation}", VERDICT_STYLE[result.verdict])
    ]
    lines.append((f"Claim: {result.claim}", ""))
    for part in result.parts:
        mark = MARKS[part.status][1 if options.ascii_only else 0]
        on_record = f" (record: {part.on_record})" if part.on_record else ""
        lines.append(
            (f"  {mark} {part.kind} {part.text}: {STATUS_WORDS[part.status]}{on_record}", "")
        )
    for atom in result.atoms:
        lines.append((f"  - {atom.verdict.value}: {atom.claim} {atom.explanation}", ""))
    lines += _quoted(result.records, sources)
    if result.closest and result.verdict in (Verdict.unverified, Verdict.partly_supported):
        lines.append(("Closest on record:", ""))
        lines += _quoted(result.closest, sources)
    if not options.color:
        return "".join(visible(text, keep_newlines=False) + "\n" for text, _ in lines)
    return _coloured(lines, options)


def _quoted(records: list[MatchedRecord], sources: Mapping[str, Source]) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for record in records:
        lines.append((f"  {record.id} ({record.kind}): {record.label}", "bold"))
        for evidence in record.evidence:
            source = sources.get(evidence.source)
            where = evidence.source
            if source:
                where += f", {source.outlet or 'no outlet'}, {source.published or 'undated'}"
            lines.append((f"    “{evidence.quote}” ({where})", ""))
    return lines


def _coloured(lines: list[tuple[str, str]], options: RenderOptions) -> str:
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer, width=max(options.width, 20), color_system="standard", force_terminal=True,
        no_color=False, emoji=False, markup=False, highlight=False,
    )  # fmt: skip
    for text, style in lines:
        console.print(Text(visible(text, keep_newlines=False), style=style), overflow="fold")
    return buffer.getvalue()


def verdict_row(result: CheckResult) -> dict[str, str]:
    cited = dict.fromkeys(
        evidence.source for record in result.records for evidence in record.evidence
    )
    return {
        "claim": result.claim,
        "verdict": result.verdict.value,
        "explanation": result.explanation,
        "records": "; ".join(record.id for record in result.records),
        "sources": "; ".join(cited),
    }
