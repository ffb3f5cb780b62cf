"""'During the visit, which lasted from May 2 to 4, Ann met Bo': a relative clause on a leading
phrase is a claim of its own about that phrase's thing.

The thing is named by the leading phrase ('the visit'); when it is a trip and the main clause
opens with a person's name, the trip is that person's ('Ann's visit lasted from May 2 to 4'), so
a record of her visit can decide it. Else the thing is checked as the phrase names it.
"""

from __future__ import annotations

import re

#: "During the visit, which lasted …, Ann met Bo."
_LEADING_RELATIVE = re.compile(
    r"^(?P<prep>During|Throughout|At|On|In|After|Before|Since)\s+(?P<np>the\s+[^,;]{2,60}?),\s+"
    r"(?:which|that)\s+(?P<what>[^,;]{3,80}?),\s+(?P<rest>[A-Z].+)$"
)
#: The name a main clause opens with: capitalised words up to the first lowercase one.
_OPENING_NAME = re.compile(r"^(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+[a-z]")
_TRIP = re.compile(
    r"^the\s+(?:(?:official|state|working|first|recent|\d{4})\s+)*(?:visit|trip|stay)$"
)


def leading_relative(body: str) -> list[str] | None:
    """The relative clause on a leading phrase as a claim of its own, and the rest of it."""
    match = _LEADING_RELATIVE.match(body.strip())
    if match is None:
        return None
    np, what, rest = match.group("np"), match.group("what"), match.group("rest")
    owner = _OPENING_NAME.match(rest)
    if _TRIP.match(np) and owner is not None:
        thing = f"{owner.group('name')}'s {np.split(maxsplit=1)[1]}"
    else:
        thing = np[:1].upper() + np[1:]
    return [f"{thing} {what}.", f"{match.group('prep')} {np}, {rest}"]
