"""Headlines that join two acts of one subject with a comma: 'Ann signs deal in Utopia, opens
trade house' says Ann signed a deal and Ann opened a trade house, two claims; a sentence with
its full stop would join them with 'and'. The first verb may already be read in the past
(`official.headline_tense`)."""

from __future__ import annotations

import re

#: 'Ann Lee signs X, opens Y': a subject of capitalised words, its verb, and a second verb in the
#: present after the comma with words of its own that open no list ('…, nuts and fruit').
_TWO_ACTS = re.compile(
    r"^(?P<subject>(?:[A-Z][\w’'-]*\s+){1,4}?)(?P<first>[a-z]{3,}(?:s|ed)\s[^,;]{3,}?),\s+"
    r"(?P<verb>[a-z]{3,}s)\s+(?!(?:and|or|to|from|in|for|of|with|as)\b)(?P<rest>[^,;]{3,})$"
)


def headline_acts(sentence: str) -> list[str] | None:
    """A headline's two acts as two claims, or None: only without a closing full stop, since in
    a sentence the comma may close a list ('exports spices, nuts to …')."""
    if sentence.rstrip().endswith((".", "!", "?")):
        return None
    match = _TWO_ACTS.match(sentence.strip())
    if match is None:
        return None
    subject = match["subject"].strip()
    return [f"{subject} {match['first']}", f"{subject} {match['verb']} {match['rest']}"]
