"""A concessive aside between commas, said plainly: "Trade, though growing, is not sustainable"
is "Trade is growing but is not sustainable" (kgvn/check/recast.py).

Left between commas, the aside reads as a closing detail: the fact before it loses its verb
("Trade.") and the aside its subject ("though growing, is not …"), so neither can be checked.
Said with the subject put back, each half is a clause a record may decide.
"""

from __future__ import annotations

import re

#: "X, though growing gradually, is …": a subject, a concessive word, what it concedes (a
#: participle, an adjective or 'not …', never a clause with a verb of its own), then the verb.
_ASIDE = re.compile(
    r"^(?P<np>[^,;]{3,120}?),\s+(?:though|although|albeit|while\s+still|if)\s+"
    r"(?P<mod>(?!(?:it|they|he|she|this|that|there|the|a|an)\b)[^,;]{3,60}?),\s+"
    r"(?P<verb>is|are|was|were|has|have|had|remains|remain|remained|stays|stay|stayed)\b"
    r"(?P<rest>[^;]*)$"
)
#: The form of 'to be' that goes with each verb the main clause may open with.
_BE = {
    "is": "is", "has": "is", "remains": "is", "stays": "is",
    "are": "are", "have": "are", "remain": "are", "stay": "are",
    "was": "was", "had": "was", "remained": "was", "stayed": "was", "were": "were",
}  # fmt: skip
#: What the aside concedes must be a state ('growing gradually', 'small', 'not yet …'), not a
#: clause ('though Ann said so'): its words hold no finite verb.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|did|does|do)\b")


def concessive(sentence: str) -> str:
    """The sentence with a concessive aside between commas said as a clause of its own, or
    the sentence itself."""
    body = sentence.strip()
    stop = body[-1] if body[-1:] in ".!?" else ""
    match = _ASIDE.match(body.rstrip(".!?"))
    if match is None or _FINITE.search(match["mod"]):
        return sentence
    verb = match["verb"]
    return f"{match['np']} {_BE[verb]} {match['mod']} but {verb}{match['rest']}{stop}"
