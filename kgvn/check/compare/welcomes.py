"""'Welcomed businesses setting up partnerships': to welcome a thing or a plan is to approve
it, not to receive a guest. The objects the lexicon lists (`welcome_objects`) after 'welcome'
keep a claim from being read as a reception, whose host and guest would then be checked."""

from __future__ import annotations

import re

from kgvn.check.lexicon import load

_OBJECTS = sorted(load("words").get("welcome_objects", []), key=len, reverse=True)
_NOT_A_GUEST = "|".join(re.escape(word) for word in _OBJECTS) or r"(?!)"

#: 'welcomed' as a reception: not when what is welcomed is one of the lexicon's objects.
WELCOMED = (
    r"welcom\w*\b(?!\s+(?:the\s+|their\s+|its\s+|more\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?:{_NOT_A_GUEST})\b)"
)
