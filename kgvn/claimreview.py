"""schema.org ClaimReview for a checked claim, so a published fact-check carries kgvn's verdict.

Rating scale (documented in the README): 1 = contradicted by the record, 3 = unverified (the
record says nothing either way), 4 = partly supported (some of its claims supported, none
contradicted), 5 = supported by the record; `bestRating` 5, `worstRating` 1.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kgvn.check import CheckResult, Verdict
from kgvn.records import Source

RATINGS: dict[Verdict, tuple[int, str]] = {
    Verdict.supported: (5, "Supported by the record"),
    Verdict.unverified: (3, "Unverified: the record does not say"),
    Verdict.partly_supported: (4, "Partly supported"),
    Verdict.contradicted: (1, "Contradicted by the record"),
}


def claim_review(
    result: CheckResult,
    sources: dict[str, Source],
    author: str,
    url: str | None = None,
    published: dt.date | None = None,
) -> dict[str, Any]:
    """The JSON-LD object; Google requires claimReviewed, reviewRating, author and url."""
    value, words = RATINGS[result.verdict]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": result.claim,
        "itemReviewed": {"@type": "Claim", "text": result.claim},
        "author": {"@type": "Organization", "name": author},
        "datePublished": (published or dt.date.today()).isoformat(),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": words,
            "ratingExplanation": result.explanation,
        },
        "citation": _citations(result, sources),
    }
    if url:
        review["url"] = url
    return review


def _citations(result: CheckResult, sources: dict[str, Source]) -> list[dict[str, Any]]:
    """One citation per source, in the store's order of sources; each source's quotes in the
    order they stand in its article (by offset, where recorded)."""
    cited: dict[str, list[tuple[int, str]]] = {}
    for record in result.records:
        for evidence in record.evidence:
            where = (
                evidence.start
                if evidence.start is not None
                else len(cited.get(evidence.source, []))
            )
            cited.setdefault(evidence.source, []).append((where, evidence.quote))
    order = {source_id: position for position, source_id in enumerate(sources)}
    citations = []
    for source_id in sorted(cited, key=lambda item: order.get(item, len(order))):
        source = sources.get(source_id)
        quotes = [quote for _, quote in sorted(cited[source_id], key=lambda pair: pair[0])]
        citation: dict[str, Any] = {
            "@type": "NewsArticle",
            "name": source.title if source else source_id,
            "identifier": source.file if source else source_id,
            "text": " … ".join(dict.fromkeys(quotes)),
        }
        url = getattr(source, "url", None)
        if url:
            citation["url"] = url
        if source and source.outlet:
            citation["publisher"] = {"@type": "Organization", "name": source.outlet}
        if source and source.published:
            citation["datePublished"] = source.published
        citations.append(citation)
    return citations
