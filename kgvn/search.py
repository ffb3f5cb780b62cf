"""Full-text search over every kind of record: folded, stemmed, ranked by the score it shows.

The cache (`kgvn.cache`) holds an FTS5 table of every record's words, folded like `who`
(`dinh` finds `Định`). A query word finds the words it starts (`kasim`: `Kasimalyev`) and,
through the Snowball English stemmer, the words of its stem (`negotiate`: "negotiations";
`deputies`: "deputy", kept in a small table of words that do not start with their stem).
Numbers match whole (`6` is not `60`). An agent noun also asks for its verb (`investor` finds
"investing").

A hit's score is the number of query words it holds plus a fraction from FTS5's `bm25()` (names
and titles weigh most, then summaries and statements, then notes and quotes): records holding
every word come first, and the results are in the order of the score shown. Snippets are cut
from the record as printed, which the cache has checked, never from the index.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from kgvn.errors import UsageError
from kgvn.records import RECORD_CLASSES, Record
from kgvn.text import fold, fold_with_offsets, words

if TYPE_CHECKING:
    from kgvn.cache import Cache

#: Searched fields by the FTS column they go to: names and titles, texts, then notes and quotes.
NAME_FIELDS = ("name", "aliases", "abbreviation", "title")
TEXT_FIELDS = ("summary", "statement", "description", "products", "fields", "topic", "measure")
NOTE_FIELDS = ("note",)
SNIPPET_WIDTH = 120
_WORD = re.compile(r"[a-z0-9]+")
#: Endings of agent nouns: `investor` also asks for `invest…`, `exporter` for `export…`.
_AGENT_ENDINGS = ("ors", "ers", "or", "er")


class Hit(NamedTuple):
    """A record found, as `search` prints it (a named tuple: `dataclasses` is slow to import)."""

    record: Record
    collection: str
    score: float
    matched: int
    snippet: str
    #: Spans of `snippet` that matched a query word.
    highlights: tuple[tuple[int, int], ...]


@functools.lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # type: ignore[import-not-found]  # PyStemmer: Snowball stemmers in C

    return Stemmer.Stemmer("english", 100_000)


def stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def unlike_stems(vocabulary: Sequence[str]) -> list[tuple[str, str]]:
    """(stem, word) for indexed words that do not start with their stem (`deputy`: `deputi`).

    Every other word is found by its stem as a prefix; these are found through this list.
    """
    return [
        (stemmed, word)
        for word, stemmed in zip(vocabulary, stems_of(vocabulary), strict=True)
        if not word.startswith(stemmed)
    ]


def stems_of(words_found: Sequence[str]) -> list[str]:
    return [str(stemmed) for stemmed in _stemmer().stemWords(list(words_found))]


def folded_texts(texts: Sequence[str]) -> list[str]:
    """`fold` of many texts, each distinct text once (names, titles and quotes recur across
    records): ASCII ones lower-cased, the others folded together in one call."""
    distinct = list(dict.fromkeys(texts))
    marked = [text for text in distinct if not text.isascii()]
    folded = {}
    if marked:
        folded = dict(zip(marked, fold("\x00".join(marked)).split("\x00"), strict=True))
    return [folded[text] if text in folded else text.lower() for text in texts]


def _strings(value: Any) -> Iterator[str]:
    """The texts of a field's value: a string, or a list of strings or of things with a name."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for entry in value:
            text = entry if isinstance(entry, str) else _name_of(entry)
            if isinstance(text, str):
                yield text


def _name_of(entry: Any) -> Any:
    return entry.get("name") if isinstance(entry, dict) else getattr(entry, "name", None)


def _field_texts(item: dict[str, Any], fields: tuple[str, ...]) -> Iterator[str]:
    for name in fields:
        yield from _strings(item.get(name))


def texts_of(item: dict[str, Any]) -> list[str]:
    """Every searchable text of a record (as JSON), names first, quotes last."""
    found = list(_field_texts(item, NAME_FIELDS + TEXT_FIELDS + NOTE_FIELDS))
    found += [evidence["quote"] for evidence in item.get("evidence", ())]
    return found


def index_columns(records: Sequence[Any], present: Collection[str]) -> list[tuple[str, str, str]]:
    """The three FTS columns (names and titles, texts, notes and quotes) of records of one kind.

    `records` are validated models; `present` names the fields their model has, so that no
    attribute is looked up in vain.
    """
    name_fields, text_fields, note_fields = (
        tuple(name for name in fields if name in present)
        for fields in (NAME_FIELDS, TEXT_FIELDS, NOTE_FIELDS)
    )
    texts: list[str] = []
    for record in records:
        texts.append("\n".join(_pieces(record, name_fields)))
        texts.append("\n".join(_pieces(record, text_fields)))
        pieces = _pieces(record, note_fields)
        pieces += [evidence.quote for evidence in record.evidence]
        texts.append("\n".join(pieces))
    indexed = folded_texts(texts)
    return [
        (indexed[start], indexed[start + 1], indexed[start + 2])
        for start in range(0, len(indexed), 3)
    ]


def _pieces(record: Any, fields: tuple[str, ...]) -> list[str]:
    """The texts of a model's fields, as `_strings` finds them (most are a string or None)."""
    pieces: list[str] = []
    for name in fields:
        value = getattr(record, name)
        if isinstance(value, str):
            pieces.append(value)
        elif value is not None:
            pieces += _strings(value)
    return pieces


class Term(NamedTuple):
    """One query word and the indexed words that count as it."""

    word: str
    #: Prefixes an indexed word may start with (the word, its stem); empty for a number.
    prefixes: tuple[str, ...]
    number: bool
    #: Indexed words with the same stem that do not start with it (`deputies` → `deputy`).
    alike: tuple[str, ...] = ()

    def expression(self) -> str:
        if self.number:
            return f'"{self.word}"'
        options = [f'"{prefix}"*' for prefix in self.prefixes]
        options += [f'"{word}"' for word in self.alike]
        return "(" + " OR ".join(options) + ")"

    def matches(self, word: str) -> int:
        """How many leading characters of a folded word this term matches (0: none)."""
        if self.number:
            return len(word) if word == self.word else 0
        for prefix in self.prefixes:
            if word.startswith(prefix):
                return len(word) if stem(word) == prefix else len(prefix)
        if word in self.alike or stem(word) in self.prefixes[1:]:
            return len(word)
        return 0


def parse_query(query: str, cache: Cache | None = None) -> list[Term]:
    found = list(dict.fromkeys(words(query)))
    if not found:
        raise UsageError("the search query is empty: give one or more words")
    terms = []
    for word in found:
        if word.isdigit():
            terms.append(Term(word, (), True))
            continue
        prefixes = [word, stem(word)]
        for ending in _AGENT_ENDINGS:
            base = word[: -len(ending)]
            if word.endswith(ending) and len(base) >= 4:
                prefixes.append(stem(base))
                break
        unique = tuple(dict.fromkeys(prefixes))
        alike = tuple(cache.words_stemmed(unique[1:])) if cache is not None else ()
        terms.append(Term(word, unique, False, alike))
    return terms


def search(cache: Cache, query: str, limit: int | None = None) -> tuple[list[Hit], int]:
    """The best hits (all of them without a limit) and how many records match at all."""
    terms = parse_query(query, cache)
    every = " AND ".join(term.expression() for term in terms)
    some = " OR ".join(term.expression() for term in terms)
    ranked = cache.match(every, limit)
    total = len(ranked) if limit is None and len(terms) == 1 else cache.count(some)
    if len(terms) > 1 and (limit is None or len(ranked) < limit):
        seen = {rowid for rowid, _ in ranked}
        wanted = None if limit is None else limit + len(seen)
        ranked += [(rowid, rank) for rowid, rank in cache.match(some, wanted) if rowid not in seen]
    if limit is not None:
        ranked = ranked[: limit + (0 if len(terms) == 1 else limit)]
    items = cache.by_rowid(rowid for rowid, _ in ranked)
    hits = [_hit(*items[rowid], rank, terms) for rowid, rank in ranked if rowid in items]
    hits.sort(key=lambda hit: (-hit.score, hit.record.id))
    return (hits if limit is None else hits[:limit]), total


def _hit(collection: str, item: dict[str, Any], rank: float, terms: list[Term]) -> Hit:
    record = RECORD_CLASSES[collection].from_json(item)
    matched: set[str] = set()
    best_text, best_count = "", 0
    for text in texts_of(item):
        found = {term.word for term in terms for word in words(text) if term.matches(word)}
        matched |= found
        if len(found) > best_count:
            best_text, best_count = text, len(found)
    relevance = max(-rank, 0.0)
    score = round(len(matched) + relevance / (1 + relevance), 3)
    snippet, highlights = make_snippet(best_text, terms)
    return Hit(record, collection, score, len(matched), snippet, highlights)


def make_snippet(text: str, terms: list[Term]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of `text` around its first match, and the spans of every match inside it."""
    folded, origins = fold_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(folded):
        length = max(term.matches(match.group()) for term in terms)
        if length:
            start = origins[match.start()]
            end = origins[match.start() + length - 1] + 1
            spans.append((start, end))
    if len(text) <= SNIPPET_WIDTH or not spans:
        return text, tuple(spans)
    first = spans[0][0]
    begin = max(0, min(first - SNIPPET_WIDTH // 3, len(text) - SNIPPET_WIDTH))
    end = begin + SNIPPET_WIDTH
    prefix = "…" if begin else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - begin
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= begin and b <= end)
    return prefix + text[begin:end] + suffix, inside
