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


@cache
def _short_forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), full) for pattern, full in load("words")["short_forms"])


@cache
def _codes(codes: tuple[str, ...]) -> re.Pattern[str]:
    """The record's countries' codes as a headline writes them ('VN-KG trade', 'KG's project'):
    upper case, not a unit after a figure ('5 KG'), not a currency ('US$')."""
    alternation = "|".join(re.escape(code) for code in codes if code.isalpha()) or "(?!)"
    return re.compile(rf"(?<![\w$])(?<!\d )(?P<code>{alternation})(?![\w$])")


@cache
def _tenses() -> re.Pattern[str]:
    verbs = sorted(load("words")["headline_tenses"], key=len, reverse=True)
    subjects = "|".join(re.escape(word) for word in load("words")["headline_subjects"])
    return re.compile(
        rf"(?P<subject>\b(?!To\b)(?:[A-Z][\w’'.-]*|(?:{subjects})\b))(?P<gap>\s+)"
        rf"(?P<verb>{'|'.join(map(re.escape, verbs))})\b(?![-’'])"
    )


def headline_tense(line: str) -> str:
    """A headline's acts in the past ('Ann hosts X' as 'Ann hosted X'): a line with no closing
    full stop tells in the present what happened; a verb right after its subject only."""
    if line.rstrip().endswith((".", "!", "?")):
        return line
    past = load("words")["headline_tenses"]
    clauses = re.split(r"(\s*[;:|]\s*|\s+[-–—]\s+)", line)  # one verb read in each clause
    return "".join(
        _tenses().sub(
            lambda found: found["subject"] + found["gap"] + past[found["verb"]], clause, count=1
        )
        for clause in clauses
    )


def short_forms(text: str) -> str:
    """`text` with the abbreviations of compressed writing in full ('PM', 'FM', 'FTA', 'govt',
    '&') and the record's countries' codes as their names; a text in capitals alone is left as
    written, since there every word looks like a code."""
    if not re.search(r"[a-z]", text):
        return text
    for pattern, full in _short_forms():
        text = pattern.sub(full, text)
    text = "\n".join(headline_tense(line) for line in text.split("\n"))
    return _codes(tuple(PLACES.codes)).sub(lambda found: PLACES.label(found["code"]), text)


def official_english(text: str) -> str:
    """`text` with the set phrases of translated releases in plain words; an opening 'By
    recognising X, Y …' read as the participle the framer splits ('Recognising X, Y …')."""
    text = short_forms(text)
    for pattern, plain in _rewrites():
        text = pattern.sub(plain, text)
    text = _BY_GERUND.sub(lambda found: found["gerund"].capitalize(), text)
    return _sides().sub(_side, text)
