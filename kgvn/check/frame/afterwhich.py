"""'A, after which B': B came after A, the 'after' pointing back to the clause before it. Read
word by word, 'after which B' puts A after B, the other order; said as 'A, and then B', the
order reader takes it the right way round. The pair who do B ('the two men') are the pair
the clause before named: 'they', which the reader resolves to them."""

from __future__ import annotations

import re

#: ', after which' and its like: what follows came after the clause before the comma.
_AFTER_WHICH = re.compile(
    r",\s+(?:after which|following which|whereupon|after that|and after that)\s+"
    r"(?P<pair>(?:the two|both(?: the)?) (?:men|women|leaders|sides|premiers)\s+)?",
    re.IGNORECASE,
)


def then_said(sentence: str) -> str:
    """'A, after which the two men did B' as 'A, and then they did B'."""
    return _AFTER_WHICH.sub(
        lambda match: ", and then they " if match["pair"] else ", and then ", sentence
    )
