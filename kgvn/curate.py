"""Growing the record from new articles, safely: every quote verified, every write atomic.

Every write goes through `kgvn.writing.update_store` (locked, validated, atomic, canonical).
An article's sentences and the context of a quote are in `kgvn.sentences`.

`kgvn add` reads an envelope: `{"collection": "events", "record": {…a record as in the store…}}`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kgvn import models
from kgvn.audit import Article, decode_article, read_article, read_article_bytes
from kgvn.errors import StoreError, UsageError
from kgvn.files import describe, real_path, write_atomically
from kgvn.lexicon_files import lexicon_file
from kgvn.splice import Layout
from kgvn.store import read_json, validate_store
from kgvn.text import fold
from kgvn.writing import (
    canonical_json,
    record_model,
    refuse_packaged_store,
    update_store,
    written_mark,
)

SOURCES_ENV = "KGVN_SOURCES"
M = TypeVar("M", bound=models.Model)


def sources_dir_for(store_path: Path, explicit: Path | None) -> Path:
    """Where articles live: --sources, else $KGVN_SOURCES, else `sources/` beside the store
    (the real file, when the store is a symlink)."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(SOURCES_ENV)
    return Path(from_env) if from_env else real_path(store_path).parent / "sources"


def make_working_copy(store_path: Path, sources_dir: Path, folder: Path) -> tuple[Path, int]:
    """Copy a store and its articles into `folder` for curation; returns (store, articles).

    Refuses a folder that already holds a store, so nobody's work is overwritten.
    """
    store = validate_store(read_json(store_path), label=str(store_path))
    target = folder / "facts.json"
    if target.exists():
        raise UsageError(f"{target} already exists; choose another folder")
    articles = [(sources_dir / source.file, source) for source in store.sources]
    missing = [str(path) for path, _ in articles if not path.is_file()]
    if missing:
        raise StoreError(
            f"{missing[0]}: the article text is not available; pass --sources DIR",
            details=missing[1:],
        )
    try:
        (folder / "sources").mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{folder}: cannot make the folder: {describe(error)}") from None
    for path, source in articles:
        _write_or_refuse(folder / "sources" / source.file, read_article_bytes(path), "cannot copy")
    written = canonical_json(store).encode("utf-8")
    _write_or_refuse(target, written, "cannot write the store")
    from kgvn import cache

    cache.note_written(written_mark(cache.content_hash(written)))  # its first write is in place
    return target, len(articles)


def article_of(store: models.Store, source_id: str, sources_dir: Path) -> Article:
    source = next((item for item in store.sources if item.id == source_id), None)
    if source is None:
        known = ", ".join(item.id for item in store.sources)
        raise UsageError(f"no source {source_id!r} (known: {known})")
    return _article_at(sources_dir / source.file)


def _article_at(path: Path) -> Article:
    if not path.exists():
        raise StoreError(
            f"{path}: the article text is not available;"
            " pass --sources DIR (the folder of articles)"
        )
    return read_article(path)


# --- registering an article ----------------------------------------------------------------------

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@functools.cache
def _credit() -> re.Pattern[str]:
    """An outlet's credit closing an article's last line ("— VNA/VNS"), longest name first."""
    outlets = sorted(lexicon_file("curation")["outlets"], key=len, reverse=True)
    names = "|".join(re.escape(outlet) for outlet in outlets)
    return re.compile(rf"(?:^|[—–-]\s*|\s)({names})\s*$")


def published_of(text: str) -> str | None:
    match = _DATE_LINE.match(text)
    return match.group(1) if match else None


def outlet_of(text: str) -> str | None:
    """The outlet as the article credits itself on its last line, if it does."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    match = _credit().search(lines[-1])
    return match.group(1) if match else None


def slug(text: str, words: int = 5) -> str:
    parts = re.findall(r"[a-z0-9]+", fold(text))[:words]
    return "-".join(parts) or "source"


def register_source(
    store_path: Path,
    sources_dir: Path,
    article: Path,
    title: str,
    source_id: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> models.Source:
    """Copy the article into the sources folder and add it to the store, refusing duplicates.

    Both land or neither: when the store cannot be written, a copy made here is removed.
    """
    refuse_packaged_store(store_path)
    raw = _new_article_bytes(article)
    text = decode_article(raw, article)
    digest = hashlib.sha256(raw).hexdigest()
    source = as_model(
        models.Source,
        {
            "id": source_id or slug(title),
            "file": article.name,
            "outlet": outlet or outlet_of(text),
            "published": published or published_of(text),
            "title": title,
            "sha256": digest,
        },
        "the new source",
    )
    target = sources_dir / article.name
    copied: list[Path] = []

    def add(store: models.Store) -> models.Store:
        for known in store.sources:
            if known.sha256 == digest:
                raise UsageError(f"{article.name}: already registered as {known.id!r}")
            if known.file == article.name:
                raise UsageError(
                    f"{article.name}: a different article is registered under that name"
                )
        if target.exists():
            if hashlib.sha256(read_article_bytes(target)).hexdigest() != digest:
                raise UsageError(f"{target}: a different file already has that name")
        else:
            _write_or_refuse(target, raw, "cannot copy the article")
            copied.append(target)
        return store.model_copy(update={"sources": [*store.sources, source]})

    try:
        sources_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{sources_dir}: cannot make the folder: {describe(error)}") from None
    try:
        update_store(store_path, add)
    except BaseException:
        for path in copied:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return source


def _new_article_bytes(article: Path) -> bytes:
    try:
        return read_article_bytes(article)
    except StoreError as problem:  # the file named on the command line: a usage problem
        raise UsageError(problem.message) from None


def _write_or_refuse(target: Path, content: bytes, what: str) -> None:
    try:
        write_atomically(target, content)
    except OSError as error:
        raise StoreError(f"{target}: {what}: {describe(error)}") from None


def as_model(model: type[M], data: Any, label: str) -> M:
    """`data` validated as `model`, or a usage error naming each bad field on its own line."""
    from pydantic import ValidationError

    from kgvn.validation import model_problems

    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = model_problems(error)
        raise UsageError(f"{label}: {problems[0]}", details=problems[1:]) from None


# --- verified quotes -----------------------------------------------------------------------------


def locate(article: Article, quote: str) -> tuple[int, int] | None:
    """Character offsets of `quote` in the article, whitespace and Unicode form forgiven."""
    return article.find(quote)


def verified(evidence: models.Evidence, articles: Callable[[str], Article]) -> models.Evidence:
    """The evidence with offsets filled in, or a refusal showing the closest passage.

    A quote found only in another Unicode normal form is stored as the article writes it, so
    `kgvn audit` finds it byte for byte.
    """
    article = articles(evidence.source)
    span = article.find(evidence.quote)
    if span is None:
        raise UsageError(_not_found_message(article, evidence))
    as_written = article.text[span[0] : span[1]]
    quote = evidence.quote
    if as_written != quote and not _same_but_spacing(as_written, quote):
        quote = as_written  # found in another Unicode form: keep the article's own characters
    return evidence.model_copy(update={"quote": quote, "start": span[0], "end": span[1]})


def _same_but_spacing(first: str, second: str) -> bool:
    return " ".join(first.split()) == " ".join(second.split())


def _not_found_message(article: Article, evidence: models.Evidence) -> str:
    closest = article.closest_passage(evidence.quote)
    hint = ""
    if article.differs_only_in_compatibility_forms(evidence.quote):
        hint = (
            " (it differs from the article only in Unicode compatibility forms, such as"
            " ligatures or full-width letters: copy the quote from the article itself)"
        )
    return (
        f"quote not found verbatim in {evidence.source}{hint}: “{evidence.quote}”;"
        f" closest: “{closest}”"
    )


def parse_envelope(text: str) -> Any:
    """The JSON of `kgvn add`: refused in one line when it is not JSON or not finite."""

    def refuse_constant(name: str) -> Any:
        raise UsageError(f"{name} is not a number a record can hold")

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as error:
        raise UsageError(
            f"not JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise UsageError(f"the JSON nests more than {MAX_RECORD_DEPTH} levels deep") from None
    except ValueError as error:  # an integer with thousands of digits
        raise UsageError(f"unreadable JSON value: {error}") from None


#: Deepest nesting `kgvn add` accepts: a record is a few levels deep.
MAX_RECORD_DEPTH = 32


def _depth_problem(value: Any) -> str | None:
    """Whether `value` nests deeper than any record can, found without recursion."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_RECORD_DEPTH:
            return f"the record nests more than {MAX_RECORD_DEPTH} levels deep"
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return None


def _verify_record(record: dict[str, Any], articles: Callable[[str], Article]) -> dict[str, Any]:
    """Every evidence list in a raw record, nested ones included, verified and given offsets."""
    result: dict[str, Any] = {}
    for key, value in record.items():
        if key == "evidence" and isinstance(value, list):
            result[key] = [
                verified(
                    as_model(models.Evidence, item, f"{key}[{position}]"), articles
                ).model_dump(mode="json", exclude_none=True)
                for position, item in enumerate(value)
            ]
        elif isinstance(value, list):
            result[key] = [
                _verify_record(item, articles) if isinstance(item, dict) else item for item in value
            ]
        else:
            result[key] = value
    return result


def add_record(store_path: Path, sources_dir: Path, envelope: Any) -> tuple[str, str]:
    """Add one record from `{"collection": …, "record": …}`; returns (collection, id).

    Quotes are checked once before the lock is taken, so a refusal never holds other writers
    up, and once more under it against the store as it then is.
    """
    if not isinstance(envelope, dict) or set(envelope) != {"collection", "record"}:
        raise UsageError('give {"collection": "<events|people|…>", "record": {…}}')
    collection, record = envelope["collection"], envelope["record"]
    if collection not in models.RECORD_COLLECTIONS:
        raise UsageError(
            f"collection {collection!r} is not one of: {', '.join(models.RECORD_COLLECTIONS)}"
        )
    if not isinstance(record, dict):
        raise UsageError("the record must be a JSON object")
    too_deep = _depth_problem(record)
    if too_deep:
        raise UsageError(too_deep)
    refuse_packaged_store(store_path)
    _verify_record(record, _unlocked_article_reader(store_path, sources_dir))

    def add(store: models.Store) -> models.Store:
        checked = _verify_record(record, article_reader(store, sources_dir))
        model = record_model(collection)
        try:
            added = model.model_validate(checked)
        except ValueError:  # say where, as a store would: validate it whole (slow, but rare)
            data = store.model_dump(mode="json")
            data[collection].append(checked)
            return validate_store(data, label="the new record")
        return store.model_copy(update={collection: [*getattr(store, collection), added]})

    update_store(store_path, add)
    return collection, str(record.get("id"))


def cite(
    store_path: Path, sources_dir: Path, record_id: str, source: str, quote: str
) -> models.Evidence:
    """Add a verified quote to an existing record's evidence."""
    wanted = as_model(models.Evidence, {"source": source, "quote": quote}, "the new evidence")
    refuse_packaged_store(store_path)
    verified(wanted, _unlocked_article_reader(store_path, sources_dir))
    added: list[models.Evidence] = []

    def add(store: models.Store) -> models.Store:
        evidence = verified(wanted, article_reader(store, sources_dir))
        for collection in models.RECORD_COLLECTIONS:
            items = getattr(store, collection)
            for position, item in enumerate(items):
                if item.id == record_id:
                    if any(
                        old.source == source and old.quote == evidence.quote
                        for old in item.evidence
                    ):
                        raise UsageError(f"{record_id} already cites that quote from {source}")
                    data = item.model_dump(mode="json")
                    data["evidence"].append(evidence.model_dump(mode="json", exclude_none=True))
                    replaced = list(items)
                    replaced[position] = as_model(type(item), data, record_id)
                    added.append(evidence)
                    return store.model_copy(update={collection: replaced})
        raise UsageError(f"no record {record_id!r} to cite")

    update_store(store_path, add, touches=[record_id])
    return added[0]


def _unlocked_article_reader(store_path: Path, sources_dir: Path) -> Callable[[str], Article]:
    """Articles by source id from the store as it is now, read without taking the lock."""
    from kgvn.store import cached_sources

    known = cached_sources(store_path)
    data = {"sources": known} if known is not None else _sources_of(store_path)
    files = {
        item.get("id"): item.get("file")
        for item in (data.get("sources", []) if isinstance(data, dict) else [])
        if isinstance(item, dict)
    }
    cache: dict[str, Article] = {}

    def read(source_id: str) -> Article:
        if source_id not in cache:
            name = files.get(source_id)
            if not isinstance(name, str):
                known = ", ".join(str(key) for key in files)
                raise UsageError(f"no source {source_id!r} (known: {known})")
            cache[source_id] = _article_at(sources_dir / name)
        return cache[source_id]

    return read


def _sources_of(store_path: Path) -> Any:
    """The store's sources as parsed JSON, read from the canonical layout when the file has it
    (without parsing every record), else from the whole file."""
    from kgvn.store import parse_json, read_store_bytes

    raw = read_store_bytes(store_path)
    layout = Layout.of(raw)
    if layout is not None:
        try:
            return {"sources": layout.items("sources")}
        except ValueError:
            pass
    return parse_json(raw, store_path)


def article_reader(store: models.Store, sources_dir: Path) -> Callable[[str], Article]:
    """Articles by source id, each read once."""
    cache: dict[str, Article] = {}

    def read(source_id: str) -> Article:
        if source_id not in cache:
            cache[source_id] = article_of(store, source_id, sources_dir)
        return cache[source_id]

    return read
