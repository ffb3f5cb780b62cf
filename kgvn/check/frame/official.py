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


@cache
def _pair() -> re.Pattern[str]:
    """'Ann, Bo sign deal': two doers joined by a comma before a verb in the plural."""
    verbs = load("words")["headline_tenses"]
    plural = [verb for verb in verbs if f"{verb}s" in verbs or f"{verb}es" in verbs]
    return re.compile(
        r"^(?P<a>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+"
        r"(?P<b>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)(?=\s+"
        rf"(?:{'|'.join(map(re.escape, sorted(plural, key=len, reverse=True)))})\b)"
    )


@cache
def _done_to() -> re.Pattern[str]:
    """'Committee mooted, …', 'Pact inked in P': a thing, then a participle with no object."""
    things = "|".join(re.escape(word) for word in load("words")["headline_things"])
    return re.compile(
        rf"^(?P<thing>(?:[\w’'&-]+\s+){{0,5}}(?i:{things}))\s+"
        r"(?P<done>mooted|proposed|floated|signed|inked|agreed|approved|planned|launched"
        r"|established|unveiled|set up)(?=\s*(?:,|;|$)|\s+(?:at|in|on|by|during|for|as|to be)\b)"
    )


def headline_tense(line: str) -> str:
    """A headline's acts in the past ('Ann hosts X' as 'Ann hosted X'): a line with no closing
    full stop tells in the present what happened; a verb right after its subject only. Two
    doers joined by a comma before a plural verb ('Ann, Bo sign X') are joined by 'and'."""
    if line.rstrip().endswith((".", "!", "?")):
        return line
    past = load("words")["headline_tenses"]
    line = _pair().sub(r"\g<a> and \g<b>", line, count=1)
    line = _done_to().sub(r"\g<thing> was \g<done>", line, count=1)
    clauses = re.split(r"(\s*[;:|]\s*|\s+[-–—]\s+)", line)  # one verb read in each clause
    return "".join(
        _tenses().sub(
            lambda found: found["subject"] + found["gap"] + past[found["verb"]], clause, count=1
        )
        for clause in clauses
    )


#: 'Label: what it says' in a headline or bullet; the label has no more than six words.
_LABELLED = re.compile(r"^(?P<head>[^:;,.]{2,60}?):\s+(?P<rest>[^:]+)$")
#: 'Ann Lee in Utopia', 'Utopian PM in Utopolis': a person (a name or a title) in a place.
_PRESENT = re.compile(
    r"(?P<who>(?:[\w-]+\s+){0,3}(?:[A-Z][\w-]*|premier|leader|delegation|minister|president))"
    r"\s+in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
#: 'independence 31 Aug 1991': a timeline's fact and its day with no word between them.
_DATED = re.compile(
    r"^(.*?[a-z])(?<!\bon)(?<!\bin)\s+(\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{4})$"
)
#: A slash between facts of a timeline ('A 1991 / B 1992'), not inside a word ('ASEAN/VN').
_SLASHES = re.compile(r"\s+/\s+")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def labelled(line: str) -> str:
    """A line opened by a label and a colon said as sentences: 'YEAR: X' is 'In YEAR, X';
    'A in P: X' is 'A visited P. X'; 'Trade: $5m' is 'Trade stood at $5m'; a topic whose words
    X repeats ('Halal push: … Halal …') or a bare 'Timeline:' is left out; a timeline's facts
    between slashes are sentences of their own."""
    found = _LABELLED.match(line.strip())
    if found is None or len(found["head"].split()) > 6:
        return line
    head, rest = found["head"].strip(), found["rest"].strip()
    rest = ". ".join(_sentence(_DATED.sub(r"\1 on \2", item)) for item in _SLASHES.split(rest))
    if re.fullmatch(r"(?:19|20)\d\d", head):
        return f"In {head}, {rest}"
    if re.match(
        r"(?:about|around|approximately|nearly|some|over|more than|almost)\s+\d", rest, re.I
    ):
        return line  # 'X in P: about 100 people': a count of X, read as written
    where = _PRESENT.fullmatch(head)
    people = where is not None and PLACES.code_of(where["who"], "demonyms") is not None
    if where is not None and not (people and len(where["who"].split()) == 1):  # 'Utopians in P'
        return f"{where['who']} visited {where['place']}. {_sentence(rest)}"
    money = re.search(r"\$|\bUSD\b|\b(?:million|billion|bn|mn)\b|\d(?:m|bn)\b|%", rest)
    if re.match(r"(?:US\s?)?\$|\d", rest) and money and not re.search(r"\d", head):
        return f"{head} stood at {rest}"  # 'Trade: $13.5m in 2024'
    words = re.findall(r"[A-Za-z]+", head)
    topic = [word for word in words if len(word) > 3 and word.lower() not in _STOP]
    repeated = any(re.search(rf"\b{re.escape(word)}", rest, re.I) for word in topic)
    if repeated or all(word.lower() in _STOP for word in words):
        return _sentence(rest)
    return line


#: Words a label may have that say nothing of its topic.
_STOP = frozenset(
    {"timeline", "update", "latest", "breaking", "explainer", "recap", "factbox", "news"}
)


#: 'Utopian PM in Utopia Mar 6-7': a person in a place on given days, with no verb.
_PRESENT_ON = re.compile(
    r"^(?P<who>(?:[\w-]+\s+){0,3}(?:[A-Z][\w-]*|premier|leader|delegation|minister|president))"
    r"\s+in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*?)\s+(?:on\s+)?"
    r"(?P<when>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d.*)$"
)


def _facts(line: str) -> str:
    """A headline's facts set apart by spaced dashes read as clauses ('A - B' as 'A; B'), and
    a person in a place on given days as a visit ('Ann in Utopia Mar 6' as 'Ann visited …')."""
    if line.rstrip().endswith((".", "!", "?")):
        return line
    clauses = re.split(r"\s+[-–—]\s+|\s*;\s+", line)
    if any(len(item.split()) < 3 for item in clauses[1:]):
        return line  # '… — VNA': an outlet's credit, not a fact
    if len(clauses) == 1 and not _PRESENT_ON.match(line.strip()):
        return line
    visit = r"\g<who> visited \g<place> on \g<when>"
    return "; ".join(_PRESENT_ON.sub(visit, item.strip()) for item in clauses)


def short_forms(text: str) -> str:
    """`text` with the abbreviations of compressed writing in full ('PM', 'FM', 'FTA', 'govt',
    '&') and the record's countries' codes as their names; a text in capitals alone is left as
    written, since there every word looks like a code."""
    if not re.search(r"[a-z]", text):
        return text
    for pattern, full in _short_forms():
        text = pattern.sub(full, text)
    text = "\n".join(labelled(headline_tense(_facts(line))) for line in text.split("\n"))
    return _codes(tuple(PLACES.codes)).sub(lambda found: PLACES.label(found["code"]), text)


def official_english(text: str) -> str:
    """`text` with the set phrases of translated releases in plain words; an opening 'By
    recognising X, Y …' read as the participle the framer splits ('Recognising X, Y …')."""
    text = short_forms(text)
    for pattern, plain in _rewrites():
        text = pattern.sub(plain, text)
    text = _BY_GERUND.sub(lambda found: found["gerund"].capitalize(), text)
    return _sides().sub(_side, text)
