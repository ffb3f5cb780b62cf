"""Order told by the sequence of two clauses: "A held talks with B first and only afterwards
attended the welcome ceremony", "A toured the exhibition and then held the talks", "A held
talks first and the welcome ceremony followed".

Split into its clauses, the sentence loses the order it states. The order is also the first
clause "before" the second's thing ("A held talks with B before the welcome ceremony"), which
the record's words ("the talks followed", "before their talks") decide. Only a decided order is
used: an order the record gives the other way contradicts the sentence.
"""

from __future__ import annotations

import re

_THEN = re.compile(
    r"^(?P<first>.{12,}?),?\s+(?:first\s+)?(?:and\s+)?(?:only\s+)?"
    r"(?:then|afterwards|later|subsequently|after\s+that)\s+"
    r"(?:(?:they|he|she|both|the\s+two(?:\s+(?:leaders|sides|men|women))?"  # the doers
    r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+)?"  # or one named
    r"(?P<verb>[a-z]+)\s+(?P<thing>(?:(?:the|an?|their|his|her)\s+)?[^,;]+?)[.!?]?$"
)
#: 'A did X first and the Y followed': the second thing as the subject of a verb of following.
_FOLLOWED = re.compile(
    r"^(?P<first>.{12,}?)\s+first,?\s+(?:and|while|with)\s+"
    r"(?P<thing>(?:the|an?|their|his|her)\s+[^,;]+?)\s+(?:followed|came\s+(?:after(?:wards)?|"
    r"later|next|second)|took\s+place\s+(?:after(?:wards)?|later)|was\s+held\s+(?:after"
    r"(?:wards)?|later))[.!?]?$"
)
#: A person the act was done to, before the event it was done at: 'X at the ceremony'.
_AT_EVENT = re.compile(r"^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:at|during)\s+")
#: Words that end the thing's noun phrase: what follows is a clause of its own.
_CLAUSE = re.compile(r"\s+(?:after|before|which|who|where|while|when|and|with|in|on|at)\b.*$")


def order_claim(sentence: str) -> str | None:
    """'A did X first and then V the Y': 'A did X before the Y', or None."""
    match = _THEN.match(sentence.strip()) or _FOLLOWED.match(sentence.strip())
    if match is None:
        return None
    first = re.sub(r"\s+first$", "", match.group("first").strip())
    thing = _AT_EVENT.sub("", match.group("thing"))  # 'welcomed X at the ceremony': the ceremony
    thing = _CLAUSE.sub("", thing)
    thing = re.sub(r"^(?:(?:their|his|her|an?|the)\s+)?", "the ", thing)
    if len(thing.split()) < 2 or re.search(r"\b(?:\d{4}|[A-Z]\w+)\b", thing):
        return None  # a year or a name: an order the dates decide, by `order`
    return f"{first} before {thing}."
