"""Growing the record from new articles, safely: every quote verified, every write atomic.

Writes go through `update_store`: it takes a lock beside the store, re-reads the file under the
lock (so two curators adding at once both keep their records), applies the change, validates
it, keeps the previous version as `<store>.bak`, and replaces the file atomically with canonical
JSON (fields in the models' order, defaults left out, 2-space indent, UTF-8), so a reviewer reads
the change in `git diff` and loading then writing changes nothing. A store kgvn wrote is not
validated whole again: the changed records are, with their references, and their text is
written into the old bytes (`kgvn.splice`); see `update_store`.

`kgvn add` reads an envelope: `{"collection": "events", "record": {…a record as in the store…}}`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from kgvn import models
from kgvn.audit import Article, decode_article, read_article, read_article_bytes
from kgvn.errors import StoreError, UsageError
from kgvn.files import describe, locked, real_path, write_atomically
from kgvn.splice import Edit, Layout, entry_text, problems_after, spliced
from kgvn.store import read_json, validate_store
from kgvn.text import fold

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

    cache.note_written(_written_mark(cache.content_hash(written)))  # its first write is in place
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


# --- canonical, safe writing ---------------------------------------------------------------------


#: Shared record fields, written after each record's own so the substance reads first in a diff.
TRAILING_FIELDS = ("note", "inferred", "history", "evidence")


def canonical_json(store: models.Store) -> str:
    """The one way a store is written: stable order, defaults left out, a trailing newline."""
    return b"".join(canonical_pieces(store)).decode("utf-8")


def canonical_pieces(store: models.Store) -> Iterator[bytes]:
    """`canonical_json(store)` in UTF-8, a collection at a time, so a whole store is never held
    as JSON data: `json.dumps(…, ensure_ascii=False, indent=2)` of `{"schema_version": 1,
    **store.model_dump(mode="json", exclude_defaults=True)}` with each record's own fields
    first, and every record collection written (an empty one after the others)."""
    from pydantic import TypeAdapter

    names = [
        name
        for name in models.Store.model_fields
        if name == "sources" or (name != "schema_version" and getattr(store, name))
    ]
    names += [name for name in models.RECORD_COLLECTIONS if name not in names]
    yield f'{{\n  "schema_version": {json.dumps(store.schema_version)}'.encode()
    for name in names:
        entries = getattr(store, name)
        yield f",\n  {json.dumps(name)}: ".encode()
        if not entries:
            yield b"[]"
            continue
        model = _entry_model(name)
        adapter = TypeAdapter(list[model])  # type: ignore[valid-type]
        items = adapter.dump_python(entries, mode="json", exclude_defaults=True)
        if name in models.RECORD_COLLECTIONS:
            items = [_reader_order(item) for item in items]
        text = _indented({name: items})  # '{\n  "name": [' … '\n  ]\n}'
        del items
        yield text[len(name) + 8 : -2].encode("utf-8")
    yield b"\n}\n"


#: Fields that hold a float, by collection: the only values whose JSON text Python and pydantic's
#: encoder may write differently (`1e-07` against `1e-7`).
FLOAT_FIELDS = {"statements": ("value",)}


def _indented(data: dict[str, Any]) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, by pydantic's encoder where its text is
    the same (every string and integer, and the floats checked one by one); Python's otherwise."""
    from pydantic_core import PydanticSerializationError, to_json

    floats = [
        value
        for collection, fields in FLOAT_FIELDS.items()
        for item in data.get(collection, ())
        for field in fields
        if isinstance(value := item.get(field), float)
    ]
    if all(to_json(value).decode("ascii") == json.dumps(value) for value in floats):
        try:
            return to_json(data, indent=2).decode("utf-8")
        except (PydanticSerializationError, ValueError, UnicodeError):
            pass  # e.g. a lone surrogate: Python's encoder says what is wrong
    return json.dumps(data, ensure_ascii=False, indent=2)


def canonical_item(collection: str, model: models.Model) -> dict[str, Any]:
    """One entry of a collection as `canonical_json` writes it."""
    item = model.model_dump(mode="json", exclude_defaults=True)
    return _reader_order(item) if collection in models.RECORD_COLLECTIONS else item


def canonical_splice(layout: Layout, edits: list[Edit]) -> list[bytes | memoryview] | None:
    """`canonical_json` of the changed store, made from the canonical bytes of the old one by
    writing out only the entries that changed: replaced in place or added at the end of a
    collection. None when the change is of another shape; the store is then written whole."""
    return spliced(layout, edits)


def _reader_order(record: dict[str, Any]) -> dict[str, Any]:
    """`record` with the shared trailing fields moved to its end, in their order (in place)."""
    for key in TRAILING_FIELDS:
        if key in record:
            record[key] = record.pop(key)
    return record


Changer = Callable[[models.Store], models.Store]


def update_store(
    store_path: Path, change: Changer, touches: Sequence[str] = (), label: str | None = None
) -> None:
    """Apply `change` to the store on disk, validating and writing atomically under a lock.

    The lock and the write land on the real file when `store_path` is a symlink; the previous
    version is kept as `<store>.bak`, written the same atomic way. `touches` names the records
    `change` reads besides the sources; `label` heads a refusal for broken references (default:
    the store's path).

    A store this very build of kgvn wrote (and so validated), or one a cache entry proves valid
    and a check finds canonical, is not validated again: `change` gets the sources and the
    records it touches, read from the file's canonical layout, and the new or changed records are
    validated with their ids and references (`kgvn.splice`). Their text is written into the old
    bytes and the cache entry moved to the new bytes, so the next read stays warm. A refusal
    there says what the whole-store path would: `change`'s own words (they depend only on what
    it was given whole), or the integrity check's, with each record's place in the whole store.
    Anything else takes the whole-store path: validated once with pydantic's JSON parser,
    checked for ids and references, written whole canonically, a collection at a time.
    """
    from kgvn import cache
    from kgvn.store import read_store_bytes

    refuse_packaged_store(store_path)
    with locked(store_path):
        raw = read_store_bytes(store_path)
        old_content = cache.content_hash(raw)
        layout = Layout.of(raw)
        if layout is not None:
            canonical = cache.written_by_kgvn(_written_mark(old_content)) or _found_canonical(
                layout, old_content
            )
            if canonical and _update_in_place(
                store_path, layout, old_content, change, touches, label
            ):
                return
        del layout
        _update_whole(store_path, raw, old_content, change, label)


def _written_mark(content: str) -> str:
    """What the stamp database remembers of a store kgvn wrote: its hash and this build's code,
    so a build with another schema, checks or layout does not trust it."""
    from kgvn import cache

    return cache.key_for(content)


def _found_canonical(layout: Layout, content: str) -> bool:
    """Whether a store kgvn did not write (or another build wrote) is valid and canonical.

    Valid: a cache entry is proven for these bytes and this code (it is built only from a
    validated store). Canonical: each collection, a few megabytes at a time, validated as its
    models and written canonically, gives back its own bytes; memory stays near the file's size.
    Remembered, so the next write of these bytes need not look again.
    """
    from kgvn import cache, cache_build

    key = cache.key_for(content)
    # A read's build after its answer proves these bytes valid, and looks for canonical form too.
    if cache_build.wait_for_build(key) and cache.written_by_kgvn(_written_mark(content)):
        return True
    database = cache.open_entry(key)
    if database is None:
        return False
    database.close()
    if not _canonical_sections(layout):
        return False
    cache.note_written(_written_mark(content))
    return True


#: Bytes of a store validated and compared at a time when looking for its canonical form.
PROOF_CHUNK = 4 * 1024 * 1024


def _canonical_sections(layout: Layout) -> bool:
    from pydantic import TypeAdapter, ValidationError
    from pydantic_core import to_json

    from kgvn.validation import paused_gc

    sections = layout.sections
    nonempty = {name for name, (start, end) in sections.items() if end - start > 2}
    expected = [
        name
        for name in models.Store.model_fields
        if name == "sources" or (name != "schema_version" and name in nonempty)
    ]
    expected += [name for name in models.RECORD_COLLECTIONS if name not in expected]
    if list(sections) != expected:
        return False
    raw = layout.raw
    with paused_gc():
        for name in nonempty:
            model = _entry_model(name)
            adapter = TypeAdapter(list[model])  # type: ignore[valid-type]
            normalize = _without_checks(adapter)
            start, end = sections[name]
            at, stop_all = start + 1, end - 4  # the body between "[" and "\n  ]"
            while at < stop_all:
                cut = raw.find(b"\n    },\n    {\n", min(at + PROOF_CHUNK, stop_all), stop_all)
                stop = stop_all if cut < 0 else cut + 6
                try:
                    entries = normalize(b"[" + raw[at:stop] + b"\n]")
                except (ValidationError, ValueError):
                    return False
                data = adapter.dump_python(entries, mode="json", exclude_defaults=True)
                del entries
                if name in models.RECORD_COLLECTIONS:
                    data = [_reader_order(item) for item in data]
                for field in FLOAT_FIELDS.get(name, ()):
                    for item in data:
                        value = item.get(field)
                        if isinstance(value, float) and to_json(value) != json.dumps(value).encode(
                            "ascii"
                        ):
                            return False
                text = to_json({"x": data}, indent=2)  # '{\n  "x": [' … '\n  ]\n}'
                if text[10:-6] != raw[at:stop]:
                    return False
                at = stop + 1
    return True


#: Validators of `kgvn.models` that only check a value and return it as given. Looking for the
#: canonical form of a store a cache entry has proven valid, they are skipped: what the models
#: hold, and so what they write, is the same without them.
CHECK_ONLY_VALIDATORS = frozenset(
    {
        "_real_partial_date",
        "_states_something",
        "Evidence._offsets_in_order",
        "Record._inferred_fields_exist",
        "Record._history_agrees_with_the_record",
    }
)


def _without_checks(adapter: Any) -> Callable[[bytes], Any]:
    """`adapter.validate_json` without the check-only validators (with them if that fails)."""
    from pydantic_core import SchemaValidator

    def strip(node: Any) -> Any:
        if isinstance(node, list):
            return [strip(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("type") == "function-after":
            function = node.get("function", {}).get("function")
            name = getattr(function, "__qualname__", None)
            if getattr(function, "__module__", None) == models.__name__ and (
                name in CHECK_ONLY_VALIDATORS
            ):
                return strip(node["schema"])
        return {key: strip(value) for key, value in node.items()}

    try:
        validator = SchemaValidator(strip(adapter.core_schema))
    except Exception:  # another pydantic's schema: the adapter as it is
        return adapter.validate_json  # type: ignore[no-any-return]
    return validator.validate_json


def _entry_model(collection: str) -> type[models.Model]:
    if collection == "sources":
        return models.Source
    if collection == "conflicts":
        return models.Conflict
    return _record_model(collection)


def _update_whole(
    store_path: Path, raw: bytes, old_content: str, change: Changer, label: str | None
) -> None:
    from kgvn import cache, cache_build
    from kgvn.store import validate_bytes
    from kgvn.validation import check_integrity

    current = validate_bytes(raw, label=str(store_path))
    del raw
    changed = change(current)
    check_integrity(changed, label=label or str(store_path))
    digest = hashlib.sha256()

    def hashed() -> Iterator[bytes]:
        for piece in canonical_pieces(changed):
            digest.update(piece)
            yield piece

    _write(store_path, hashed())
    new_content = digest.hexdigest()
    cache.note_written(_written_mark(new_content))
    if cache_build.refresh(old_content, new_content, current, changed):
        cache.write_stamp(cache.stamp_of(store_path), new_content)


def _write(store_path: Path, content: bytes | Iterable[bytes | memoryview]) -> None:
    try:
        write_atomically(store_path, content, keep_backup=True)
    except OSError as error:
        raise StoreError(
            f"{store_path}: cannot write the store: {describe(error)}; nothing was changed"
        ) from None


def _update_in_place(
    store_path: Path,
    layout: Layout,
    old_content: str,
    change: Changer,
    touches: Sequence[str],
    label: str | None = None,
) -> bool:
    """The write of `update_store` for a valid store in canonical form; False: take the whole
    path (nothing has been written)."""
    from pydantic import TypeAdapter

    from kgvn import cache, cache_build

    raw = layout.raw
    if "sources" not in layout.sections:
        return False
    try:
        sources = TypeAdapter(list[models.Source]).validate_python(layout.items("sources"))
        partial: dict[str, list[models.Model]] = {}
        spans: dict[str, tuple[int, int]] = {}
        for record_id in dict.fromkeys(touches):
            found = layout.find(record_id)
            if found is None or found[0] not in models.RECORD_COLLECTIONS:
                continue  # no such record: the change says so
            collection, start, end = found
            model = _record_model(collection).model_validate_json(raw[start:end])
            if entry_text(canonical_item(collection, model)) != raw[start:end]:
                return False
            partial.setdefault(collection, []).append(model)
            spans[record_id] = (start, end)
        before = models.Store.model_construct(None, sources=sources, **partial)
    except Exception:  # not the layout it looked: the whole-store path
        return False
    try:
        after = change(before)
    except UsageError:
        # What a change refuses in so many words depends on the sources and the records it
        # touches, which it has whole: the whole-store path would refuse it the same way.
        raise
    except Exception:  # e.g. a record that is not valid, said with its place in the store: the
        return False  # whole-store path says it as it always has
    from kgvn.cache_build import changes_between

    changes = changes_between(before, after)
    if changes is None or not changes:
        return False
    edits: list[Edit] = []
    moved: list[cache_build.Change] = []
    appended: dict[str, int] = {}
    for collection, _, previous, model in changes:
        if not _still_valid(model) or collection == "conflicts":
            return False
        if previous is not None:
            if collection == "sources":
                found = layout.find(model.id)
                if found is None or found[0] != "sources":
                    return False
                start, end = found[1], found[2]
            elif model.id in spans:
                start, end = spans[model.id]
            else:
                return False
            edits.append((collection, start, end, entry_text(canonical_item(collection, model))))
            moved.append((collection, layout.position(collection, start), previous, model))
        else:
            if collection not in layout.sections:
                return False
            number = appended.get(collection, layout.count(collection))
            appended[collection] = number + 1
            edits.append((collection, -1, -1, entry_text(canonical_item(collection, model))))
            moved.append((collection, number, None, model))
    problems = problems_after(layout, moved, after.sources)
    if problems is None:
        return False
    if problems:
        from kgvn.validation import _invalid

        raise _invalid(label or str(store_path), problems)
    pieces = canonical_splice(layout, edits)
    if pieces is None:
        return False
    _write(store_path, pieces)
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
    new_content = digest.hexdigest()
    del pieces
    cache.note_written(_written_mark(new_content))
    if cache_build.carry_forward(old_content, new_content, moved):
        cache.write_stamp(cache.stamp_of(store_path), new_content)
    return True


def _still_valid(model: models.Model) -> bool:
    """Whether a changed entry reads back as itself from the JSON it is written as (a model made
    with `model_copy` skips validation)."""
    from pydantic import ValidationError

    try:
        return type(model).model_validate_json(model.model_dump_json()) == model
    except (ValidationError, ValueError):
        return False


def refuse_packaged_store(store_path: Path) -> None:
    """Curation never writes inside the installed package: the next install would wipe it."""
    package = real_path(Path(__file__).parent)
    if real_path(store_path).is_relative_to(package):
        raise UsageError(
            f"{store_path} is the record shipped inside the kgvn package and is read-only;"
            " make a working copy with `kgvn init DIR` and pass --data DIR/facts.json"
        )


# --- registering an article ----------------------------------------------------------------------

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")


@functools.cache
def _curation_words() -> dict[str, Any]:
    """`kgvn/lexicon/curation.json`: outlets' credits and words that are never a name."""
    text = resources.files("kgvn").joinpath("lexicon").joinpath("curation.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def _credit() -> re.Pattern[str]:
    """An outlet's credit closing an article's last line ("— VNA/VNS"), longest name first."""
    outlets = sorted(_curation_words()["outlets"], key=len, reverse=True)
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
        model = _record_model(collection)
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


def _record_model(collection: str) -> type[models.Model]:
    from kgvn.export import _item_model

    model = _item_model(collection)
    assert issubclass(model, models.Model)
    return model


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


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that are titles, bodies or places, never a part of a person's name.

    The places are every country, people and capital the lexicon knows (a city such as "Ho Chi
    Minh City" shares words with people's names).
    """
    words = set(_curation_words()["not_name_words"])
    for outlet in _curation_words()["outlets"]:  # "VNA/VNS" is two; "Nhân Dân" none
        if " " not in outlet:
            words.update(fold(outlet).split("/"))
    places = json.loads(
        resources.files("kgvn").joinpath("lexicon").joinpath("places.json").read_text("utf-8")
    )
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
