"""A person a split-off clause names only by a pronoun ('…, and invited him to visit X'): the
clause alone cannot say who, so a record of the act done to someone the sentence does not name
must not back it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kgvn.check.result import CheckResult, Verdict

#: An object pronoun for a person; 'them' may stand for things, so it is left alone.
_PERSON_OBJECT = re.compile(r"(?<!\bto )\b(?:him|her)\b(?!\s+(?:own|country|side))", re.IGNORECASE)


def unnamed_person(result: CheckResult, named: Callable[[CheckResult], bool]) -> CheckResult:
    """A supported clause that names a person only as 'him' or 'her', as unverified, unless
    the records that back it act on someone the rest of the sentence names (`named`)."""
    if result.verdict is not Verdict.supported or not _PERSON_OBJECT.search(result.claim):
        return result
    if named(result):
        return result  # 'Chinh, who invited Kasymaliev, held talks with him': him is named
    return replace(
        result,
        verdict=Verdict.unverified,
        explanation=(
            "The clause names a person only as a pronoun, so the record cannot say it was "
            f"that person: {result.explanation}"
        ),
    )
