"""'Ann declared X in 1991, Bo recognised it in December, and the two met in 1992': clauses in a
list, each with a subject and a past verb of its own. The comma between the first two joins
clauses as ';' would, so each is a claim; a list of names or figures ('A, B and C met', '$4.5
million in 2022, $7.5 million in 2023, and …') has no verb after its comma and stays whole."""

from __future__ import annotations

import re

from kgvn.lexicon_files import lexicon_file

#: A sentence's first clause, a comma, a subject (a name, 'the two', 'they') with words of its
#: own, a comma and 'and'.
_LISTED = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?P<first>[^,;.!?]{12,}?),\s+"
    r"(?P<second>(?:[A-Z]|(?:the|they|both|he|she)\s)[^,;.!?]{8,}?),\s+and\s+(?=[A-Za-z])",
    re.MULTILINE,
)
#: A verb in the past: a regular '-ed' form or an irregular one the lexicon lists.
_PAST = re.compile(r"\b(?:[a-z]{3,}ed|" + "|".join(lexicon_file("words")["verbs"]) + r")\b")


def clause_lists(text: str) -> str:
    """`text` with the first comma of a list of three clauses read as ';'."""

    def joined(match: re.Match[str]) -> str:
        first, second = match.group("first"), match.group("second")
        if not (_PAST.search(first) and _PAST.search(second.split(maxsplit=1)[-1])):
            return match.group()
        return match.group().replace(f"{first},", f"{first};", 1)

    return _LISTED.sub(joined, text)
