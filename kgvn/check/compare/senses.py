"""Words read in one sense and not another.

'Has yet to meet its potential': trade that meets (or has yet to meet) potential, expectations
or a target names no meeting between people, so such a 'meet' must not find a record of talks,
whose denial the claim would then seem to be. 'Utopian President X': a country word before a
title says whose title it is, not which side did the act.
"""

from __future__ import annotations

from kgvn.check.lexicon import load, stem

#: A lookahead for the words after 'meet': an aim within four words of it.
NOT_A_MEETING = (
    r"(?!\s+(?:[a-z'’-]+\s+){0,3}?(?:potential|expectations?|needs?|targets?|demands?|goals?"
    r"|requirements?|standards?|criteria|deadlines?|aspirations?|the\s+mark)\b)"
)

#: The stems of words that open a person's title after a country word.
TITLE_STEMS = frozenset(stem(word) for word in load("words").get("person_titles", []))
