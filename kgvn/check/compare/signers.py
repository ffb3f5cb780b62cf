"""Who signed a document and who looked on: a leader named as signing what the record says was
signed in his presence, or as witnessing the signing of what the record says he signed himself.

Both are one-detail falsehoods the status check cannot see: the document was signed either way,
so 'Ann and Bo signed the accords' matched a record of accords 'signed in their presence'. The
words for looking on are lexicon data (`witness_words`); the record's own texts (summary and
quotes) say which of the two it was, so a record that says neither is never judged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from kgvn.check.lexicon import load
from kgvn.check.result import Status
from kgvn.text import fold

#: 'were signed', 'was signed': a passive, whose people (if any) follow 'by'.
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+\s+)?(?:signed|inked)\b")
_SIGNED = re.compile(r"\b(?:signed|inked|signs|sign)\b")
_SIGNING = re.compile(r"\b(?:signed|inked|signs|sign|signing)\b")
#: 'witnessed by …' after the signing: the people who looked on.
_BY = re.compile(r"\w*\s+(?:by\s+)?(?P<who>.+)$")
#: 'the statement was witnessed by …': the people who looked on, after a passive.
_PASSIVE_WITNESS = re.compile(r"\b(?:was|were|been|be|is|are)\s+witness\w*\s+by\b")
_SIGNED_BY = re.compile(r"\b(?:signed|inked)\s+by\s+(?P<who>.+)$")


@cache
def _witness() -> re.Pattern[str]:
    words = sorted(load("words")["witness_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")")


def record_mode(texts: Iterable[str]) -> str | None:
    """'witnessed' when the record says the signing was done before its people, 'signed' when it
    says they signed ('signed by …', 'the leaders signed'), None when it says neither."""
    folded = fold(" ".join(texts))
    if _witness().search(folded):
        return "witnessed"
    if re.search(r"\bsigned by\b|\b[a-z]+s signed\b", folded):
        return "signed"
    return None


def claim_mode(folded: str, names_people: Callable[[str], bool]) -> str | None:
    """'witnessed' when the claim has people look on at a signing, 'signed' when it names people
    as the ones who signed; `names_people` says whether a stretch of text names anybody."""
    witness = _witness().search(folded)
    if witness is not None:
        if _SIGNING.search(folded, witness.end()):
            return "witnessed" if names_people(folded[: witness.start()]) else None
        by = _BY.match(folded, witness.end())
        passive = _PASSIVE_WITNESS.search(folded)
        if by is not None and (_SIGNING.search(folded, 0, witness.start()) or passive):
            return "witnessed" if names_people(by.group("who")) else None
        return None
    by = _SIGNED_BY.search(folded)
    if by is not None:
        return "signed" if names_people(by.group("who")) else None
    verb = _SIGNED.search(folded)
    if verb is None or _PASSIVE.search(folded):
        return None
    return "signed" if names_people(folded[: verb.start()]) else None


def signer_clash(
    folded: str, record_texts: Iterable[str], names_people: Callable[[str], bool]
) -> tuple[str, str] | None:
    """(what the claim says, what the record says) when they differ on who signed, else None."""
    said = claim_mode(folded, names_people)
    if said is None:
        return None
    held = record_mode(record_texts)
    if held is None or held == said:
        return None
    return said, held


@cache
def _office() -> re.Pattern[str]:
    words = load("words")
    nouns = [*words["signer_nouns"], *words["office_holders"], *words["signatory_nouns"]]
    ordered = sorted(set(nouns), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(noun) for noun in ordered) + r")\b")


def named_signers(folded: str) -> str | None:
    """The words a claim gives for who signed ('signed by the education ministers', 'the
    ministers signed …'), within the clause; None when it has nobody sign."""
    if _witness().search(folded):
        return None
    by = _SIGNED_BY.search(folded)
    if by is not None:
        return re.split(r"[,;]", by.group("who"))[0].strip().rstrip(".") or None
    verb = _SIGNED.search(folded)
    if verb is None or _PASSIVE.search(folded):
        return None
    if re.search(r"\b(?:to|will|would|shall|could|can|may|might)\s+$", folded[: verb.start()]):
        return None  # 'the premiers to sign X': a signing to come names no one who signed
    return re.split(r"[,;]", folded[: verb.start()])[-1].strip() or None


#: 'Ann will sign X', 'the premiers to sign X', 'Bo is expected to sign X': a signing to come.
_TO_SIGN = re.compile(
    r"\b(?:will|would|shall|(?:is|are) (?:set |due |expected |scheduled )?to|plans? to"
    r"|intends? to|to)\s+(?:\w+ly\s+)?sign\b"
)


def future_signers(folded: str) -> str | None:
    """The words for who a claim says will sign ('Ann will sign X': 'ann'), within the clause;
    None when it says of nobody that they will sign, or only hopes or agrees to push it."""
    verb = _TO_SIGN.search(folded)
    if verb is None or _witness().search(folded):
        return None
    pieces = re.split(r"[,;]|\bwhich\b|\bthat\b", folded[: verb.start()])
    before = next((piece for piece in reversed(pieces) if piece.strip()), "")
    if re.search(r"\b(?:hop|aim|agre|pledg|push|promot|want|seek|urg|ask|call)\w*\s*$", before):
        return None  # 'agreed to sign', 'hope to sign': said of a wish, another check's
    return before.strip() or None


#: A Status with the words shown for it: (claim's words, value, status, on record).
SignerPart = tuple[str, object, Status, str | None]


def signer_check(
    folded: str,
    record_texts: list[str],
    names_people: Callable[[str], bool],
    people_in: Callable[[str], set[str]],
    signers: dict[str, str],
) -> SignerPart | None:
    """Who signed, said against the record: the leaders said to sign what they looked on at
    (or the other way round) differ; other people said to sign it, or any signer of a record
    that names none, are not on record ('signed by the education ministers' where it says only
    'in the leaders' presence'); a person outside the record's signers differs. `signers`: the
    people of the signing event (who signed or who looked on), by id, with their names."""
    clash = signer_clash(folded, record_texts, names_people)
    who = named_signers(folded)
    if clash is not None:
        people = people_in(who) if who is not None and clash[0] == "signed" else set()
        if people and signers and not people & set(signers):
            return who or "", sorted(people), Status.not_on_record, None  # not those looking on
        return clash[0], clash[0], Status.differs, clash[1]
    if who is None:
        coming = future_signers(folded)
        if coming and names_people(coming) and record_mode(record_texts) is None:
            return coming, coming, Status.not_on_record, None  # the record names no signer
        return None
    if not (names_people(who) or _office().search(who)):
        return None
    held = record_mode(record_texts)
    if held != "signed":
        return who, who, Status.not_on_record, None
    people = people_in(who)
    if people and signers and not people <= set(signers):
        on_record = ", ".join(sorted(signers.values()))
        return who, sorted(people), Status.differs, on_record
    return None
