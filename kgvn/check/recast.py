"""Claims put in a form whose roles or order the checker reads only the other way round.

* "A was B's guest", "A was the guest of B": B hosted A. Read as it stands, the two people sit
  beside the event's record and 'guest' is an ordinary word, so the roles went unchecked and a
  guest put in the host's place was called supported.
* "A preceded B", "A predated B": A took place before B; "A followed B": after it. The order
  between two records is then decided by their dates (`order`).
* "Has (never) been to X": has (never) visited X, the verb the records of visits are read by;
  "set up ties" is "established ties", the verb the records of relations are read by.

Anything else is returned as it was. And `refusal`: "failed to sign", "refused to sign" say
at least "did not sign", so the record of the signing contradicts them; they say more than it
(a refusal), so that reading may contradict a claim, never support it.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][^,;]*?"
#: "A was B's guest at …"
_POSSESSIVE_GUEST = re.compile(
    rf"^(?P<a>{_NAME})\s+(?:was|were|is|are)\s+(?P<b>{_NAME})['’]s?\s+guests?\b(?P<rest>.*)$"
)
#: "A was the guest of B at …"
_GUEST_OF = re.compile(
    rf"^(?P<a>{_NAME})\s+(?:was|were|is|are)\s+(?:the\s+|a\s+)?guests?\s+of\s+(?P<b>{_NAME})"
    r"(?P<rest>(?:\s+(?:at|in|on|during|for)\b|[.,]).*|)$"
)
#: "A preceded B" / "A followed B": an order said with the verb.
_ORDER_VERB = re.compile(
    r"^(?P<a>.{8,}?)\s+(?P<verb>preceded|predated|came before|followed|came after|postdated)\s+"
    r"(?P<b>.{8,})$"
)
_BEFORE = frozenset({"preceded", "predated", "came before"})


#: "had never been to", "has been to": a visit said without the verb.
_BEEN_TO = re.compile(
    r"\b(?P<aux>has|have|had)\s+(?P<adv>(?:never|not|ever|once|already|previously)\s+)?been\s+to\b"
)


#: "set up diplomatic ties", "formally set up relations".
_SET_UP_TIES = re.compile(r"\bset\s+up\s+(?P<what>(?:diplomatic\s+)?(?:ties|relations))\b")


def recast(sentence: str) -> str:
    """The sentence in the form the checker reads, or the sentence itself."""
    visited = _BEEN_TO.sub(lambda match: f"{match['aux']} {match['adv'] or ''}visited", sentence)
    visited = _SET_UP_TIES.sub(lambda match: f"established {match['what']}", visited)
    body = visited.strip()
    for pattern in (_POSSESSIVE_GUEST, _GUEST_OF):
        match = pattern.match(body)
        if match is not None:
            return f"{match.group('b')} hosted {match.group('a')}{match.group('rest')}"
    match = _ORDER_VERB.match(body)
    if match is not None:
        rel = "before" if match.group("verb") in _BEFORE else "after"
        return f"{match.group('a')} took place {rel} {match.group('b')}"
    return visited


#: "failed to sign", "refused to accept": at least a denial of the act.
_REFUSED = re.compile(
    r"\b(?:failed|refused|declined|chose not|neglected)\s+to\s+"
    r"(?P<verb>sign|accept|attend|meet|visit|receive|host|hold|support|approve|endorse)\b",
    re.IGNORECASE,
)


def refusal(sentence: str) -> str | None:
    """'They failed to sign X' as 'They did not sign X', or None for any other sentence."""
    if _REFUSED.search(sentence) is None:
        return None
    return _REFUSED.sub(lambda match: f"did not {match['verb']}", sentence)
