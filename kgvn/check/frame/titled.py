"""A role written before the name it belongs to: "The trade minister of Utopia, Ann Lee, met Bo
Tan", "Utopia's trade minister, Ann Lee, …": who she is, and what she did, two claims."""

from __future__ import annotations

import re

_FRONTED = re.compile(
    r"^(?P<role>(?:The|A|An|Its|Their|[A-Z][\w’'-]*['’]s)\s+[^,;]{3,60}?),\s+"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*),\s+(?P<rest>[a-z].+)$"
)


def role_before_name(body: str) -> list[str] | None:
    """'The trade minister of Utopia, Ann Lee, met Bo Tan' (or "Utopia's trade minister, Ann
    Lee, …"): who she is; what she did."""
    match = _FRONTED.match(body)
    if match is None or re.search(r"\b(?:and|who|which|that|said)\b", match.group("role")):
        return None
    role, name = match.group("role"), match.group("name")
    if re.match(r"(?:The|A|An|Its|Their)\s", role):
        role = role[0].lower() + role[1:]  # "Utopia's trade minister" keeps its capital
    return [f"{name} is {role}", f"{name} {match.group('rest')}"]


def fronted_title(body: str) -> str | None:
    """'Utopia's trade minister, Ann Lee, …': the claim that only says who is meant ('Ann Lee is
    Utopia's trade minister'). It may contradict the sentence, never make it partly true."""
    match = _FRONTED.match(body.strip().rstrip(".!?"))
    if match is None or not re.match(r"[A-Z][\w’'-]*['’]s\s", match.group("role")):
        return None
    return f"{match.group('name')} is {match.group('role')}."
