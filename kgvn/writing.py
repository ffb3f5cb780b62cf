"""The one way a store is written: canonical JSON, under a lock, validated first, atomically.

`update_store` takes a lock beside the store, re-reads the file under the lock (so two curators
adding at once both keep their records), applies the change, validates it, keeps the previous
version as `<store>.bak`, and replaces the file atomically with canonical JSON (fields in the
models' order, defaults left out, 2-space indent, UTF-8), so a reviewer reads the change in
`git diff` and loading then writing changes nothing. A store kgvn wrote is not validated whole
again: the changed records are, with their references, and their text is written into the old
bytes (`kgvn.splice`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kgvn import models
from kgvn.errors import StoreError, UsageError
from kgvn.files import describe, locked, real_path, write_atomically
from kgvn.splice import Edit, Layout, entry_text, problems_after, spliced

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
            canonical = cache.written_by_kgvn(written_mark(old_content)) or _found_canonical(
                layout, old_content
            )
            if canonical and _update_in_place(
                store_path, layout, old_content, change, touches, label
            ):
                return
        del layout
        _update_whole(store_path, raw, old_content, change, label)


def written_mark(content: str) -> str:
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
    if cache_build.wait_for_build(key) and cache.written_by_kgvn(written_mark(content)):
        return True
    database = cache.open_entry(key)
    if database is None:
        return False
    database.close()
    if not _canonical_sections(layout):
        return False
    cache.note_written(written_mark(content))
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
    return record_model(collection)


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
    cache.note_written(written_mark(new_content))
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
            model = record_model(collection).model_validate_json(raw[start:end])
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
    cache.note_written(written_mark(new_content))
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


def record_model(collection: str) -> type[models.Model]:
    from kgvn.export import _item_model

    model = _item_model(collection)
    assert issubclass(model, models.Model)
    return model
