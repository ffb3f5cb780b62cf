"""English as it comes out of translated official releases ('the Utopian side supplies …',
'Following the negotiations, …', '…, Utopia among them'): read in the plain words the
checker's readers know. The rewrites are lexicon data (`official_english` in words.json), each a
pattern and its plain form; a form may name a side by its demonym, which stands for the country.
"""

from __future__ import annotations

import re
from functools import cache

from kgvn.check.lexicon import PLACES, load

#: Stems of the words a claim about goods between the sides uses ('supplies' is 'exports').
TRADE_STEMS = (
    "export",
    "import",
    "sell",
    "sold",
    "ship",
    "send",
    "buy",
    "bought",
    "goods",
    "product",
    "suppl",
)


@cache
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(pattern, re.IGNORECASE), plain)
        for pattern, plain in load("words")["official_english"]
    )


def _side(match: re.Match[str]) -> str:
    """'the Utopian side' as the country's name; left as written when the word is no demonym."""
    code = PLACES.code_of(match["demonym"], "demonyms")
    return match.group() if code is None else PLACES.label(code)


@cache
def _sides() -> re.Pattern[str]:
    return re.compile(
        rf"\bthe\s+(?P<demonym>{PLACES.pattern('demonyms')})\s+(?:side|party)\b(?!\s+(?:of|to)\b)",
        re.IGNORECASE,
    )


#: 'By recognising X on DATE, Y became …': a sentence opened by 'by' and a gerund.
_BY_GERUND = re.compile(r"(?:^|(?<=[.!?]\s))By\s+(?P<gerund>[a-z]{3,}ing)\b")


def official_english(text: str) -> str:
    """`text` with the set phrases of translated releases in plain words; an opening 'By
    recognising X, Y …' read as the participle the framer splits ('Recognising X, Y …')."""
    for pattern, plain in _rewrites():
        text = pattern.sub(plain, text)
    text = _BY_GERUND.sub(lambda found: found["gerund"].capitalize(), text)
    return _sides().sub(_side, text)
