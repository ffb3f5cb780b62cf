"""A title written with its domain after 'of' ('Deputy Minister of Industry and Trade',
'Chairman of the National Assembly') put the way the role lexicon reads titles, domain first
('Deputy Industry-and-Trade Minister', 'National Assembly Chairman').

Titles are compared with a person's own where they stand before the name or after 'as'
(`CheckerBase._title_before_name`, `as_role`), and only in the lexicon's short form: written
with 'of', a wrong title after a name or after 'as' was never compared. The heads ('minister',
'chairman') and the domains said another way ('foreign affairs' is 'foreign') are lexicon data
(`title_heads`, `title_domains`); a country after 'of' ('President of Utopia') is left as it
is, since the sentence's readers take it as the side.
"""

from __future__ import annotations

import re
from functools import cache

from kgvn.check.lexicon import PLACES, load
from kgvn.text import fold

_WORD = r"[A-Z][\w’'-]*"


@cache
def _pattern() -> re.Pattern[str]:
    heads = sorted(load("words")["title_heads"], key=len, reverse=True)
    alternation = "|".join(re.escape(head).replace(r"\ ", r"[\s-]+") for head in heads)
    return re.compile(
        rf"(?<![Pp]rime )\b(?P<head>(?i:{alternation}))\s+of\s+(?P<the>the\s+)?"
        rf"(?P<domain>{_WORD}(?:\s+(?:and\s+|&\s+)?{_WORD})*)"
    )


@cache
def _first_after() -> str:
    """Heads whose qualifier goes before the domain ('Deputy Trade Minister'); others keep it
    (National Assembly Vice Chairman)."""
    return "|".join(re.escape(word) for word in load("words")["qualifier_first_heads"])


@cache
def _qualifiers() -> str:
    words = sorted(load("words")["title_qualifiers"], key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


def _domain(written: str) -> str | None:
    """The domain as it stands before a title, or None when it names a country."""
    folded = fold(written)
    if PLACES.code_of(folded, "names", "capitals", "demonyms") is not None:
        return None
    said = load("words")["title_domains"].get(folded)
    if said is not None:
        return str(said)
    # 'Industry and Trade': its last part, as the roles name a ministry by one word
    return re.split(r"\s+(?:and|&)\s+", written)[-1]


def _name_after(domain: str) -> tuple[str, str]:
    """The domain and a name run on after it ('Industry and Trade Le Thi Ann'): the domain
    ends where a known domain or a pair joined by 'and' does, if two or more words follow."""
    words = domain.split(" ")
    known = load("words")["title_domains"]
    for size in range(len(words) - 2, 0, -1):
        first = " ".join(words[:size])
        if fold(first) in known or re.fullmatch(rf"{_WORD}\s+(?:and|&)\s+{_WORD}", first):
            return first, " " + " ".join(words[size:])
    return domain, ""


def _ends_title(sentence: str, match: re.Match[str]) -> bool:
    """Whether the domain's capitalised words end the title: a mark or the end follows, or
    a lower-case word after 'as <title>'; else a name may run on from it ('Chairman of the
    Assembly Ann Bo visited'), which this module cannot tell from the domain."""
    after = sentence[match.end() :]
    if re.match(r"\s*(?:[,.;:!?)]|$)", after):
        return True
    side = re.match(r"\s+of\s+(.+)", after)  # '… of Foreign Affairs of Utopia'
    if side is not None and PLACES.code_of(side.group(1), "names") is not None:
        return True
    return bool(re.match(r"\s+[a-z]", after)) and bool(
        re.search(r"\bas\s+(?:the\s+|a\s+|an\s+)?$", sentence[: match.start()])
    )


def titles_first(sentence: str, whole: bool = False) -> str:
    """The sentence with each 'Title of Domain' written 'Domain Title'; with `whole`, only
    where no word of the domain is left out ('Industry and Trade' is then left as it is)."""

    def turned(match: re.Match[str]) -> str:
        written, name = _name_after(match["domain"])
        domain = _domain(written)
        if domain is None or not (name or _ends_title(sentence, match)):
            return match.group()
        if whole and re.search(r"\s(?:and|&)\s", written):
            return match.group()
        head = match["head"]
        if head[:1].isupper():
            domain = domain[:1].upper() + domain[1:]
        # 'Deputy Minister of Trade': the qualifier stays first ('Deputy Trade Minister')
        qualifier = re.match(rf"(?i:{_qualifiers()})\s+(?=(?i:{_first_after()})$)", head)
        before = qualifier.group() if qualifier else ""
        return f"{match['the'] or ''}{before}{domain} {head[len(before) :]}{name}"

    return _pattern().sub(turned, sentence)
