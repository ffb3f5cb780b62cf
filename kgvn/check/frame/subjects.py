"""A subject that carries a fact of its own in a participle ('The visa exemption granted to
Utopians has doubled tourism'): the participle is one claim ('The visa exemption was granted to
Utopians'), the predicate another ('The visa exemption has doubled tourism'), so a true subject
beside an unrecorded predicate is partly supported, not unverified as a whole. A relative clause
with no commas ('The families who obtained X have …') is read the same way."""

from __future__ import annotations

import re

#: 'The X granted to Y has …': a definite subject, a past participle with its phrase, and the
#: sentence's own verb, an auxiliary, which shows where the subject ends.
_REDUCED = re.compile(
    r"^(?P<np>(?:The|This|That|These|Those|Its|Their)\s+[^,;]{2,50}?)\s+"
    r"(?P<part>(?!(?:has|had|was|were|is|are)\b)[a-z]{3,}ed|held|made|set|built|won|sent)\s+"
    r"(?P<phrase>(?:to|by|in|on|at|for|with|from|between)\s+[^,;]{2,60}?)\s+"
    r"(?P<verb>has|have|had|is|are|was|were|will|would|remains?)\s+(?P<rest>[^,;]{3,})$"
)


#: 'The families who obtained X have …': a relative clause with no commas in the subject.
_RELATIVE = re.compile(
    r"^(?P<np>(?:The|This|That|These|Those|Its|Their)\s+[^,;]{2,50}?)\s+(?:who|that|which)\s+"
    r"(?P<clause>(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
    r"(?:[a-z]{3,}ed|held|made|set|built|won|sent)\s+[^,;]{2,60}?)\s+"
    r"(?P<verb>has|have|had|is|are|was|were|will|would|remains?)\s+(?P<rest>[^,;]{3,})$"
)


#: 'The community of about 100 people keeps …': a count that sizes the subject.
_SIZED = re.compile(
    r"^(?P<np>(?:The|This|Its|Their)\s+[^,;]{2,40}?)\s+of\s+(?P<count>(?:(?:about|around|some"
    r"|nearly|almost|roughly|over|more than|fewer than|at least)\s+)?\d[\d,]*\s+"
    r"(?:people|persons|members|nationals|families|households))\s+(?P<rest>[a-z]{3,}\s[^,;]{3,})$"
)


def reduced_subject(body: str) -> list[str] | None:
    """The subject's participle, relative clause or size and the predicate as two claims, or
    None."""
    sized = _SIZED.match(body.strip())
    if sized is not None:
        return [f"{sized['np']} numbers {sized['count']}", f"{sized['np']} {sized['rest']}"]
    relative = _RELATIVE.match(body.strip())
    if relative is not None:
        np = relative["np"]
        return [f"{np} {relative['clause']}", f"{np} {relative['verb']} {relative['rest']}"]
    match = _REDUCED.match(body.strip())
    if match is None or re.search(r"\b(?:who|that|which|was|were|is|are)\b", match["np"]):
        return None
    np = match["np"]
    plural = np.endswith("s") or np.split()[0] in ("These", "Those")
    be = "were" if plural else "was"
    return [
        f"{np} {be} {match['part']} {match['phrase']}",
        f"{np} {match['verb']} {match['rest']}",
    ]
