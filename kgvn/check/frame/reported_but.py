"""'Ann said trade is growing but is still modest': the verb after 'but' is the trade's;
'Ann said X and that Y': two reported clauses, each said by her.

Joined by 'and', a second verb after a reported clause may be the speaker's ('Ann said X and
added Y'), so the clause splitter leaves that whole. After 'but', a clause that opens with a
verb 'to be' or a past tense goes on with what was reported, a contrast inside the words said:
its subject is the reported clause's, said by the same speaker ('Ann said trade is still
modest'), never the speaker herself ('Ann remained modest').
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: "Ann Lee said (that) …": the speaker's words up to the reported clause, then that clause.
_SAID = re.compile(
    r"^(?P<said>[^,;]*?\b(?:said|says|noted|stressed|affirmed|acknowledged|stated|observed|"
    r"remarked)\s+(?:that\s+)?)(?P<left>[^;]+?),?\s+but\s+"
    r"(?P<right>(?:still\s+|also\s+)?(?:is|are|was|were|has|have|had|remains?|remained|stays?"
    r"|stayed)\b[^;]+)$"
)


def reported_but(body: str, subject: Callable[[str], str]) -> list[str] | None:
    """'Ann said trade is growing but is modest': she said trade is growing; she said trade is
    modest. None when the sentence reports no words or the reported clause has no subject."""
    match = _SAID.match(body)
    if match is None or " but " in match.group("left"):
        return None
    said, left = match.group("said"), match.group("left")
    reported = subject(left)
    if not reported or len(reported.split()) > 8:
        return None
    return [f"{said}{left}", f"{said}{reported} {match.group('right')}"]


#: "Ann said (that) X and that Y": two reported clauses, each with its own 'that'.
_AND_THAT = re.compile(
    r"^(?P<said>[^,;]*?\b(?:said|says|noted|stressed|affirmed|acknowledged|stated|observed|"
    r"remarked|added|emphasi[sz]ed|underlined)\s+)(?:that\s+)?(?P<left>[^;]+?),?\s+and\s+that\s+"
    r"(?P<right>[^;]+)$"
)


def reported_and_that(body: str) -> list[str] | None:
    """'Ann said trade grew and that ties should deepen': she said each; None for any other
    sentence, or when a clause holds another 'and that'."""
    match = _AND_THAT.match(body)
    if match is None or " and that " in match.group("left"):
        return None
    said = match.group("said")
    return [f"{said}{match.group('left')}", f"{said}{match.group('right')}"]
