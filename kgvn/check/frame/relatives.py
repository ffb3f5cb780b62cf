"""A relative clause whose pronoun is the object: "The union, which Utopia joined in 1995, …".

Read as a clause of its own the pronoun's place is the subject's ("the union joined in 1995"),
which turns the roles round. When a name follows 'which', that name is the subject and the
thing the clause is about goes where the object stands: after the verb ("Utopia joined the
union in 1995"), or after a closing preposition ("Utopia belongs to the union").
"""

from __future__ import annotations

import re

from kgvn.check.lexicon import load

#: "Utopia joined in 1995", "Utopia belongs to": a named subject, its verb, the rest.
_NAMED_SUBJECT = re.compile(
    r"^(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+\S+)*?)$"
)
_CLOSING_PREPOSITION = re.compile(r"\s+(?:to|of|in|with|for|from|on|at)$")


def object_relative(name: str, clause: str) -> str | None:
    """The relative clause said with the name in the object's place, or None when the clause
    does not open with a named subject (its pronoun is then the subject)."""
    match = _NAMED_SUBJECT.match(clause.strip())
    if match is None:
        return None
    thing = name[0].lower() + name[1:] if re.match(r"(?:The|A|An)\s", name) else name
    rest = match["rest"]
    if _CLOSING_PREPOSITION.search(rest):
        return f"{match['who']} {match['verb']}{rest} {thing}"
    return f"{match['who']} {match['verb']} {thing}{rest}"


#: "…the Union, of which Utopia is a member": a closing relative clause after a preposition,
#: also after a noun saying what kind of body it is ("…the Union, a bloc to which Utopia
#: belongs").
_PREPOSITION_RELATIVE = re.compile(
    r"^(?P<main>.*?\b(?P<thing>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)),\s+"
    r"(?:an?\s+(?:[a-z-]+\s+)?(?:bloc|union|grouping|organi[sz]ation|alliance|body)\s+)?"
    r"(?P<prep>of|to|in|with)\s+which\s+(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+"
    r"(?P<rest>[a-z][^,;]*)$"
)


#: "The Union's FTA, of which Utopia is a member, was signed …": the same clause between
#: commas, before the rest of the sentence's own clause.
_MID_PREPOSITION_RELATIVE = re.compile(
    r"^(?P<main>.*?\b(?P<thing>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)),\s+"
    r"(?P<prep>of|to|in|with)\s+which\s+(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+"
    r"(?P<rest>(?:is|are|was|were|has|have|had)\s[a-z][^,;]*),\s+(?P<after>[a-z][^;]*)$"
)


#: A pact named after the bloc that made it: what a member belongs to is the bloc.
_PACT = re.compile(r"\s+(?:FTA|Free Trade Agreement|Agreement|Treaty|Pact|Deal)$")


def preposition_relative(body: str) -> list[str] | None:
    """'X joined the Union, of which Utopia is a member' as two facts: 'X joined the Union' and
    'Utopia is a member of the Union' (the preposition goes back after the clause's words); so
    too the clause between commas ('X, of which Utopia is a member, was signed')."""
    body = _BLOC_MEMBER.sub(_as_relative, body)
    match = _PREPOSITION_RELATIVE.match(body.strip())
    if match is not None:
        said = f"{match['who']} {match['rest'].rstrip('.')} {match['prep']} {match['thing']}"
        return [match["main"], said]
    match = _MID_PREPOSITION_RELATIVE.match(body.strip())
    if match is None:
        return None
    thing = match["thing"]
    if re.search(r"\b(?:member|members|observer)\b", match["rest"]):
        thing = _PACT.sub("", thing)  # 'the Union FTA, of which Utopia is a member': the Union's
    said = f"{match['who']} {match['rest']} {match['prep']} {thing}"
    return [f"{match['main']} {match['after']}", said]


_BLOC = "|".join(map(re.escape, load("words").get("bloc_nouns", []))) or "(?!x)x"
_MEMBER = r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)"
#: '…, a bloc (that) Utopia belongs to', '…, a grouping that includes Utopia': a noun in
#: apposition that names a member; read as '…, of which Utopia is a member'.
_BLOC_MEMBER = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:{_BLOC})\s+(?:"
    rf"(?:that\s+|which\s+)?{_MEMBER}\s+(?:belongs|belonged)\s+to"
    rf"|of\s+which\s+{_MEMBER}\s+is\s+a\s+member"
    rf"|(?:that\s+|which\s+)?(?:includes|included|including|comprises|comprising)\s+{_MEMBER}"
    rf")(?=\s*(?:[,;.!?]|$))"
)


def _as_relative(match: re.Match[str]) -> str:
    who = next(group for group in match.groups() if group)
    return f", of which {who} is a member"
