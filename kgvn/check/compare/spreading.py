"""One act spread over several doers, checked doer by doer (`spread` reads the shapes): kept
apart from the pipeline so that `verdict` stays small."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kgvn.check.frame.spread import others_doing, spread
from kgvn.check.result import CheckResult, Verdict


def spread_verdict(
    sentence: str,
    verbs: frozenset[str],
    peers_of: Callable[[str], list[str]] | None,
    decomposed: Callable[[str], CheckResult],
    aggregate: Callable[[str, list[CheckResult]], CheckResult],
) -> CheckResult | None:
    """'A and B each did X', 'Unlike A, B did not X', 'Only A did X', 'A, not B, did X': each
    doer's own claim, and another's doing it too as a contradiction of 'not' and 'only'; None
    for no such shape."""
    found = spread(sentence, verbs)
    if found is None:
        return None
    denied = list(found.denied)
    if found.only is not None:
        doer, rest = found.only
        peers = peers_of(doer) if peers_of is not None else []
        if not peers:
            return None  # not a person: 'the only country to …' is a quantifier's
        denied += others_doing(doer, rest, lambda _: peers)
    checked = [decomposed(piece) for piece in found.held]
    if any(atom.verdict is Verdict.contradicted for atom in checked):
        return replace(aggregate(sentence, checked), claim=sentence)
    against = [(decomposed(piece), doer) for piece, doer in denied]
    done = [(read, doer) for read, doer in against if read.verdict is Verdict.supported]
    if done:
        read, doer = done[0]
        denial = replace(
            read,
            verdict=Verdict.contradicted,
            explanation=f"The record has {doer} doing it too: {read.explanation}",
        )
        return replace(aggregate(sentence, [*checked, denial]), claim=sentence)
    if denied and not found.corrects:
        who = "anyone else" if found.only is not None else found.denied[0][1]
        open_ = CheckResult(
            f"not {who}",
            Verdict.unverified,
            f"The record does not say that {who} did not do it.",
        )
        checked.append(open_)
    return replace(aggregate(sentence, checked), claim=sentence)
