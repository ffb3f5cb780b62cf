"""Growing the record from new articles, safely: every quote verified, every write atomic.

Writes go through `update_store`: it takes a lock beside the store, re-reads the file under the
lock (so two curators adding at once both keep their records), applies the change, validates the
whole new store, keeps the previous version as `<store>.bak`, and replaces the file atomically
with canonical JSON (fields in the models' order, defaults left out, 2-space indent, UTF-8), so a
reviewer reads the change in `git diff` and loading then writing changes nothing.

`kgvn add` reads an envelope: `{"collection": "events", "record": {…a record as in the store…}}`.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgvn import models
from kgvn.audit import Article, read_article
from kgvn.errors import StoreError, UsageError
from kgvn.store import read_json, validate_store
from kgvn.text import fold

SOURCES_ENV = "KGVN_SOURCES"


def sources_dir_for(store_path: Path, explicit: Path | None) -> Path:
    """Where articles live: --sources, else $KGVN_SOURCES, else `sources/` beside the store."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(SOURCES_ENV)
    return Path(from_env) if from_env else store_path.parent / "sources"


def article_of(store: models.Store, source_id: str, sources_dir: Path) -> Article:
    source = next((item for item in store.sources if item.id == source_id), None)
    if source is None:
        known = ", ".join(item.id for item in store.sources)
        raise UsageError(f"no source {source_id!r} (known: {known})")
    path = sources_dir / source.file
    if not path.is_file():
        raise StoreError(
            f"{path}: the article text is not available;"
            " pass --sources DIR (the folder of articles)"
        )
    return read_article(path)


# --- canonical, safe writing ---------------------------------------------------------------------


#: Shared record fields, written after each record's own so the substance reads first in a diff.
TRAILING_FIELDS = ("note", "inferred", "history", "evidence")


def canonical_json(store: models.Store) -> str:
    """The one way a store is written: stable order, defaults left out, a trailing newline."""
    data = store.model_dump(mode="json", exclude_defaults=True)
    for collection in models.RECORD_COLLECTIONS:
        data[collection] = [_reader_order(item) for item in data.get(collection, [])]
    ordered = {"schema_version": store.schema_version, **data}
    return json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"


def _reader_order(record: dict[str, Any]) -> dict[str, Any]:
    own = {key: value for key, value in record.items() if key not in TRAILING_FIELDS}
    return own | {key: record[key] for key in TRAILING_FIELDS if key in record}


@contextlib.contextmanager
def locked(store_path: Path) -> Iterator[None]:
    """An exclusive lock beside the store, held for a whole read-change-write."""
    lock_path = store_path.with_name(store_path.name + ".lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def update_store(store_path: Path, change: Callable[[models.Store], models.Store]) -> models.Store:
    """Apply `change` to the store on disk, validating and writing atomically under a lock."""
    with locked(store_path):
        current = validate_store(read_json(store_path), label=str(store_path))
        changed = change(current)
        fresh = validate_store(json.loads(canonical_json(changed)), label=str(store_path))
        write_atomically(store_path, canonical_json(fresh))
        return fresh


def write_atomically(target: Path, text: str) -> None:
    """Keep a backup of the old file, then swap the new one in: no moment has a half file."""
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


# --- registering an article ----------------------------------------------------------------------

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_CREDIT = re.compile(
    r"(?:^|[—–-]\s*|\s)(VNA/VNS|VNA|VNS|Vietnamplus|VietnamPlus|VOV|Nhân Dân|Reuters|AFP|AP"
    r"|AKIpress|Kabar|24\.kg)\s*$"
)


def published_of(text: str) -> str | None:
    match = _DATE_LINE.match(text)
    return match.group(1) if match else None


def outlet_of(text: str) -> str | None:
    """The outlet as the article credits itself on its last line, if it does."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    match = _CREDIT.search(lines[-1])
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
    """Copy the article into the sources folder and add it to the store, refusing duplicates."""
    try:
        raw = article.read_bytes()
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise UsageError(f"{article}: no such file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{article}: not UTF-8 text") from None
    digest = hashlib.sha256(raw).hexdigest()
    target = sources_dir / article.name

    def add(store: models.Store) -> models.Store:
        for source in store.sources:
            if source.sha256 == digest:
                raise UsageError(f"{article.name}: already registered as {source.id!r}")
            if source.file == article.name:
                raise UsageError(
                    f"{article.name}: a different article is registered under that name"
                )
        if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            raise UsageError(f"{target}: a different file already has that name")
        source = models.Source(
            id=source_id or slug(title),
            file=article.name,
            outlet=outlet or outlet_of(text),
            published=published or published_of(text),
            title=title,
            sha256=digest,
        )
        return store.model_copy(update={"sources": [*store.sources, source]})

    sources_dir.mkdir(parents=True, exist_ok=True)
    updated = update_store(store_path, _copying(article, target, add))
    return next(source for source in updated.sources if source.sha256 == digest)


def _copying(
    article: Path, target: Path, change: Callable[[models.Store], models.Store]
) -> Callable[[models.Store], models.Store]:
    def run(store: models.Store) -> models.Store:
        changed = change(store)  # refuses first; only then is the article copied
        if not target.exists():
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            os.close(handle)
            shutil.copyfile(article, temporary)
            os.replace(temporary, target)
        return changed

    return run


# --- verified quotes -----------------------------------------------------------------------------


def locate(article: Article, quote: str) -> tuple[int, int] | None:
    """Character offsets of `quote` in the article, whitespace differences forgiven."""
    exact = article.text.find(quote)
    if exact >= 0:
        return exact, exact + len(quote)
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    match = re.search(pattern, article.text)
    return (match.start(), match.end()) if match else None


def verified(evidence: models.Evidence, articles: Callable[[str], Article]) -> models.Evidence:
    """The evidence with offsets filled in, or a refusal showing the closest passage."""
    article = articles(evidence.source)
    span = locate(article, evidence.quote)
    if span is None:
        closest = article.closest_passage(evidence.quote)
        raise UsageError(
            f"quote not found verbatim in {evidence.source}: “{evidence.quote}”;"
            f" closest: “{closest}”"
        )
    return evidence.model_copy(update={"start": span[0], "end": span[1]})


def _verify_record(record: dict[str, Any], articles: Callable[[str], Article]) -> dict[str, Any]:
    """Every evidence list in a raw record, nested ones included, verified and given offsets."""
    result: dict[str, Any] = {}
    for key, value in record.items():
        if key == "evidence" and isinstance(value, list):
            result[key] = [
                verified(models.Evidence.model_validate(item), articles).model_dump(
                    mode="json", exclude_none=True
                )
                for item in value
            ]
        elif isinstance(value, list):
            result[key] = [
                _verify_record(item, articles) if isinstance(item, dict) else item for item in value
            ]
        else:
            result[key] = value
    return result


def add_record(store_path: Path, sources_dir: Path, envelope: Any) -> tuple[str, str]:
    """Add one record from `{"collection": …, "record": …}`; returns (collection, id)."""
    if not isinstance(envelope, dict) or set(envelope) != {"collection", "record"}:
        raise UsageError('give {"collection": "<events|people|…>", "record": {…}}')
    collection, record = envelope["collection"], envelope["record"]
    if collection not in models.RECORD_COLLECTIONS:
        raise UsageError(
            f"collection {collection!r} is not one of: {', '.join(models.RECORD_COLLECTIONS)}"
        )
    if not isinstance(record, dict):
        raise UsageError("the record must be a JSON object")

    def add(store: models.Store) -> models.Store:
        checked = _verify_record(record, _article_reader(store, sources_dir))
        data = store.model_dump(mode="json")
        data[collection].append(checked)
        return validate_store(data, label="the new record")

    update_store(store_path, add)
    return collection, str(record.get("id"))


def cite(
    store_path: Path, sources_dir: Path, record_id: str, source: str, quote: str
) -> models.Evidence:
    """Add a verified quote to an existing record's evidence."""
    added: list[models.Evidence] = []

    def add(store: models.Store) -> models.Store:
        evidence = verified(
            models.Evidence(source=source, quote=quote), _article_reader(store, sources_dir)
        )
        data = store.model_dump(mode="json")
        for collection in models.RECORD_COLLECTIONS:
            for item in data[collection]:
                if item["id"] == record_id:
                    if any(
                        old["source"] == source and old["quote"] == evidence.quote
                        for old in item["evidence"]
                    ):
                        raise UsageError(f"{record_id} already cites that quote from {source}")
                    item["evidence"].append(evidence.model_dump(mode="json", exclude_none=True))
                    added.append(evidence)
                    return validate_store(data, label="the store")
        raise UsageError(f"no record {record_id!r} to cite")

    update_store(store_path, add)
    return added[0]


def _article_reader(store: models.Store, sources_dir: Path) -> Callable[[str], Article]:
    cache: dict[str, Article] = {}

    def read(source_id: str) -> Article:
        if source_id not in cache:
            cache[source_id] = article_of(store, source_id, sources_dir)
        return cache[source_id]

    return read


# --- context and suggestions ---------------------------------------------------------------------

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
#: Capitalised words that are titles, places or bodies, not parts of a person's name.
_NOT_NAME_WORDS = """
the prime minister president party general secretary deputy foreign national assembly vice
chairman state kyrgyz vietnamese vietnam viet nam ha noi hanoi kyrgyzstan photo vna vns pm
during after before both they he she on in at and ambassador mr ms mrs dr his her their
this that government ministry ministries committee union agreement association conference
council free trade eurasian economic asian southeast central asia sea east south china un
charter communist date bishkek province city
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def unknown_names(sentence: str, known: list[str]) -> list[str]:
    """Runs of two or more capitalised words, titles left out, that name no one in the store."""
    runs: list[list[str]] = [[]]
    for token in _WORD_TOKEN.findall(sentence):
        word = re.sub(r"[’']s?$", "", token)
        if word[:1].isupper() and fold(word) not in _NOT_NAMES and word.isalpha():
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
