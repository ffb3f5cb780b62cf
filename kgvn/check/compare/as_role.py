"""A role said after the act ("Ann visited Utopia in 2014 as foreign minister"): written before
the name instead ("Foreign minister Ann visited Utopia in 2014"), where a title the person never
held is read as wrong (`CheckerBase._title_before_name`).
"""

from __future__ import annotations

import re

from kgvn.check.compare.other_post import past_post
from kgvn.check.lexicon import load

_ROLES = sorted({phrase for phrase, _ in load("words")["roles"]}, key=len, reverse=True)
#: "Ann Bo visited … in 2014 as (the) (Utopian | Utopia's) foreign minister": subject, rest, role.
_AS_ROLE = re.compile(
    r"^(?P<name>(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+(?P<rest>[a-z].*?)\s+as\s+"
    r"(?:(?:the|a|an|then)\s+)?(?P<role>(?:[A-Za-z’'-]+\s+){0,3}?"
    rf"(?i:{'|'.join(re.escape(role) for role in _ROLES)}))\s*[.!?]?$"
)


def role_in_front(sentence: str) -> str | None:
    """The sentence with its closing 'as <role>' put before the subject's name, or None."""
    match = _AS_ROLE.match(sentence.strip())
    if match is None or len(match["rest"].split()) < 2 or past_post(match["rest"]):
        return None  # 'X previously served as Y': a post at another time, not decided
    role = match["role"]
    return f"{role[:1].upper()}{role[1:]} {match['name']} {match['rest']}."
