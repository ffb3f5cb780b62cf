"""Which agreements a claim names: by their kind's usual words ('the joint statement') or by
their title's own words ('an investment protection agreement'). Of several named, the ones named
by their own words are the claim's subject; one named only by its kind's words ('among the
documents signed') is what the claim puts the subject in."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kgvn.check.lexicon import TITLE_STOP
from kgvn.check.retrieve.mentions import _AGREEMENT_NOUNS, _contains
from kgvn.claims import Claim
from kgvn.records import Agreement
from kgvn.text import compiled, fold
from kgvn.vocabulary import AgreementKind

_KIND_PHRASES: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.joint_statement: ("joint statement", "joint declaration", "joint communique"),
    AgreementKind.cooperation_documents: (
        "cooperation documents", "cooperation document", "documents", "memorand", "mou",
    ),
    AgreementKind.free_trade_agreement: ("free trade", "fta"),
    AgreementKind.visa_policy: ("visa",),
}  # fmt: skip


def _agreement_named(claim: Claim, agreement: Agreement, names: frozenset[str]) -> bool:
    """Whether the claim names this agreement: by its kind's usual words or its title's own
    (`names`, words of people's names, say who signed, not what)."""
    folded = claim.folded
    if any(_contains(folded, phrase) for phrase in _KIND_PHRASES.get(agreement.kind, ())):
        return True
    return _named_by_title(claim, agreement, names)


def _named_by_title(claim: Claim, agreement: Agreement, names: frozenset[str]) -> bool:
    """Whether the claim names this agreement by its title's own words."""
    folded = claim.folded
    if not _AGREEMENT_NOUNS.search(folded):
        return False
    title_words = [
        word
        for word in re.findall(r"[a-z]+", fold(agreement.title))
        if word not in TITLE_STOP and word not in names and len(word) > 2
    ]
    if title_words:
        hits = [word for word in title_words if compiled(rf"\b{word[:6]}").search(folded)]
        telling = [word for word in hits if word not in ("trade", "investment")]
        return bool(telling) and len(hits) >= min(2, len(title_words))
    # titles made only of common words: "Agreement on economic cooperation"
    common = [word for word in re.findall(r"[a-z]+", fold(agreement.title)) if len(word) > 3]
    return len(common) >= 2 and all(_contains(folded, word) for word in common)


def named_agreements(
    claim: Claim, agreements: Iterable[Agreement], names: frozenset[str]
) -> list[Agreement]:
    """The agreements the claim names; of several, those it names by their own title's words
    when there are any."""
    named = [item for item in agreements if _agreement_named(claim, item, names)]
    if len(named) < 2:
        return named
    own = [item for item in named if _named_by_title(claim, item, names)]
    return own or named
