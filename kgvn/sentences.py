"""An article's sentences, the context of a quote, and names the store does not know yet."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kgvn.audit import Article
from kgvn.curate import locate
from kgvn.lexicon_files import lexicon_file
from kgvn.text import fold

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ỸĐ“\"(—–])|\n\s*\n|\n")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Sentences with their character spans in the article."""
    found = []
    position = 0
    for boundary in [*_SENTENCE_END.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            offset = position + chunk.index(stripped)
            found.append(Sentence(offset, offset + len(stripped), stripped))
        if boundary is None:
            break
        position = boundary.end()
    return found


def context_of(article: Article, quote: str) -> tuple[str, str, str]:
    """(sentence before, the sentence holding the quote, sentence after)."""
    span = locate(article, quote)
    if span is None:
        return "", quote, ""
    parts = sentences(article.text)
    for index, sentence in enumerate(parts):
        if sentence.start <= span[0] < sentence.end or (index + 1 == len(parts)):
            before = parts[index - 1].text if index > 0 else ""
            after = parts[index + 1].text if index + 1 < len(parts) else ""
            return before, sentence.text, after
    return "", quote, ""


_WORD_TOKEN = re.compile(r"[\w’']+|[^\w\s]")


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that are titles, bodies or places, never a part of a person's name.

    The places are every country, people and capital the lexicon knows (a city such as "Ho Chi
    Minh City" shares words with people's names).
    """
    words = set(lexicon_file("curation")["not_name_words"])
    for outlet in lexicon_file("curation")["outlets"]:  # "VNA/VNS" is two; "Nhân Dân" none
        if " " not in outlet:
            words.update(fold(outlet).split("/"))
    places = lexicon_file("places")
    for group in ("countries", "others"):
        for entry in places.get(group, {}).values():
            for kind in ("names", "demonyms", "capitals"):
                for name in entry.get(kind, []):
                    words.update(fold(name).replace("-", " ").split())
    for alias in places.get("place_aliases", {}):
        words.update(fold(alias).split())
    return frozenset(words)


def unknown_names(sentence: str, known: list[str]) -> list[str]:
    """Runs of two or more capitalised words, titles left out, that name no one in the store."""
    runs: list[list[str]] = [[]]
    for token in _WORD_TOKEN.findall(sentence):
        word = re.sub(r"[’']s?$", "", token)
        if word[:1].isupper() and fold(word) not in _not_names() and word.isalpha():
            runs[-1].append(word)
            if word != token:  # a possessive ends the name
                runs.append([])
        else:
            runs.append([])
    found = []
    for run in runs:
        if len(run) < 2:
            continue
        candidate = " ".join(run)
        folded = fold(candidate)
        if not any(folded in spelling or spelling in folded for spelling in known):
            found.append(candidate)
    return found
