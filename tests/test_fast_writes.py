"""Writes to a store kgvn wrote take the in-place path; what they store and say must not change.

Every session below runs twice, on copies of one store: once as kgvn runs, once with the
in-place path switched off so every write validates and writes the whole store. The files must
be byte-identical after every step, and every refusal must say the same with the same exit code.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, Kgvn, canned_store
from test_curation import NEW_ARTICLE, NEW_EVENT, NEW_PERSON
from test_revise import LATER_ARTICLE

from kgvn import cache, curate, models, writing
from kgvn.store import validate_store

Step = tuple[tuple[str, ...], str | None]


def statement(number: int, value: float | None = None) -> str:
    record: dict[str, Any] = {
        "id": f"business-forum-{number}",
        "topic": "business-forum",
        "statement": f"A business forum is to be held in Osh (note {number}).",
        "evidence": [
            {"source": "bishkek-meeting", "quote": "hold a business forum in Osh in June 2025"}
        ],
    }
    if value is not None:
        record["value"] = value
    return json.dumps({"collection": "statements", "record": record})


def session(folder: Path) -> list[Step]:
    def event(**changes: Any) -> str:
        envelope = json.loads(json.dumps(NEW_EVENT))
        envelope["record"].update(changes)
        return json.dumps(envelope)

    def person(**changes: Any) -> str:
        envelope = json.loads(json.dumps(NEW_PERSON))
        envelope["record"].update(changes)
        return json.dumps(envelope)

    return [
        (("who", "kasymaliev"), None),  # a read first: the cache entry proves the store valid
        (
            (
                "source",
                "add",
                str(folder / "bishkek-meeting.txt"),
                "--title",
                "Test",
                "--id",
                "bishkek-meeting",
            ),
            None,
        ),
        (("add", "-"), json.dumps(NEW_PERSON)),
        (("add", "-"), json.dumps(NEW_EVENT)),
        (("add", "-"), json.dumps(NEW_EVENT)),  # refused: the id is taken
        (("add", "-"), event(id="another-meeting", participants=["nobody-known"])),  # refused
        (("add", "-"), event(id="reversed-meeting", end="2025-04-01")),  # refused: ends before
        (("add", "-"), event(id="alpha")),  # refused: a source has that id
        (("add", "-"), event(id="odd-meeting", participants=["kg", "nobody", "jeenbek-testov"])),
        (("add", "-"), person(id="someone-else", country="ZZ")),  # refused: no such country
        (("add", "-"), person(id="someone-else", country="VN")),
        (("source", "add", str(folder / "third.txt"), "--title", "Third", "--id", "alpha"), None),
        (("add", "-"), event(id="a-second-meeting", participants=["jeenbek-testov"])),
        (
            (
                "cite",
                "trade-2023",
                "--source",
                "bishkek-meeting",
                "--quote",
                "two-way trade reached 7.5 million USD in 2023",
            ),
            None,
        ),
        (
            (
                "cite",
                "trade-2023",
                "--source",
                "bishkek-meeting",
                "--quote",
                "two-way trade reached 7.5 million USD in 2023",
            ),
            None,
        ),  # refused: cited already
        (
            (
                "cite",
                "no-such-record",
                "--source",
                "bishkek-meeting",
                "--quote",
                "two-way trade reached 7.5 million USD in 2023",
            ),
            None,
        ),
        (
            (
                "source",
                "add",
                str(folder / "later.txt"),
                "--title",
                "The joint statement in force",
                "--id",
                "later",
                "--url",
                "https://example.org/news/later",
            ),
            None,
        ),
        (
            (
                "update",
                "joint-statement",
                "status=in-force",
                "--source",
                "later",
                "--quote",
                "came into force on June 15",
                "--date",
                "2025-06-15",
            ),
            None,
        ),
        (
            (
                "update",
                "adylbek-kasymaliev",
                "role=Chair of the Cabinet of Ministers",
                "--source",
                "later",
                "--quote",
                "who also chairs the Cabinet of Ministers",
                "--date",
                "2025-06",
            ),
            None,
        ),
        (
            (
                "update",
                "2025-04-09-bishkek-meeting",
                "date=2025-13-01",
                "--source",
                "bishkek-meeting",
                "--quote",
                "Tran Van Mau in Bishkek on April 9",
            ),
            None,
        ),  # refused
        (
            (
                "update",
                "2025-04-09-bishkek-meeting",
                "place=Osh",
                "--source",
                "bishkek-meeting",
                "--quote",
                "Tran Van Mau in Bishkek on April 9",
            ),
            None,
        ),
        (("add", "-"), statement(1, 2025.0)),  # the first statement: written whole
        (("add", "-"), statement(2, 1e-07)),
        (("add", "-"), statement(3, 1e16)),
        (("add", "-"), statement(4)),
        (("validate",), None),
    ]


def prepare(folder: Path, store_text: str) -> Path:
    store_path = folder / "store" / "facts.json"
    (folder / "store" / "sources").mkdir(parents=True)
    store_path.write_text(store_text, encoding="utf-8")
    for name, text in ARTICLES.items():
        (folder / "store" / "sources" / name).write_text(text, encoding="utf-8")
    (folder / "bishkek-meeting.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    (folder / "later.txt").write_text(LATER_ARTICLE, encoding="utf-8")
    (folder / "third.txt").write_text(" date 2025-05-01 A third article. — VNA\n", "utf-8")
    return store_path


def run(
    folder: Path, store_text: str, monkeypatch: pytest.MonkeyPatch, in_place: bool
) -> tuple[list[tuple[int, str, bytes]], list[bool]]:
    """(exit code, output, store bytes) after each step, and what each in-place attempt did."""
    monkeypatch.setenv("KGVN_CACHE_DIR", str(folder / "cache"))
    store_path = prepare(folder, store_text)
    attempts: list[bool] = []
    real = writing._update_in_place

    def spying(*args: Any) -> bool:
        done = real(*args) if in_place else False
        attempts.append(done)
        return done

    monkeypatch.setattr(writing, "_update_in_place", spying)
    if not in_place:
        monkeypatch.setattr(writing, "_found_canonical", lambda *args: False)
    kgvn = Kgvn(store_path)
    found = []
    for arguments, given in session(folder):
        result = kgvn(*arguments, input=given)
        output = result.output.replace(str(folder), "<folder>")
        found.append((result.exit_code, output, store_path.read_bytes()))
    monkeypatch.undo()
    return found, attempts


def compare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store_text: str) -> list[bool]:
    fast, attempts = run(tmp_path / "fast", store_text, monkeypatch, in_place=True)
    whole, _ = run(tmp_path / "whole", store_text, monkeypatch, in_place=False)
    for step, (mine, theirs) in enumerate(zip(fast, whole, strict=True)):
        assert mine[:2] == theirs[:2], f"step {step}"
        assert mine[2] == theirs[2], f"step {step}: the stored bytes differ"
    assert [code for code, _, _ in fast].count(0) < len(fast)  # the refusals were refused
    return attempts


def test_writes_in_place_store_what_whole_writes_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    canonical = writing.canonical_json(validate_store(canned_store()))
    attempts = compare(tmp_path, monkeypatch, canonical)
    assert attempts.count(True) >= 10  # the in-place path did the writing


def test_a_store_kgvn_did_not_lay_out_is_written_whole_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = canned_store()
    data["events"][0] = {"note": None, **data["events"][0]}  # valid, but not canonical
    attempts = compare(tmp_path, monkeypatch, json.dumps(data, ensure_ascii=False, indent=4))
    assert attempts.count(True) >= 8  # written whole once, then in place


def test_a_default_written_out_is_not_taken_for_canonical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = writing.canonical_json(validate_store(canned_store()))
    text = text.replace('"participants": [', '"note": null,\n      "participants": [', 1)
    assert validate_store(json.loads(text))
    compare(tmp_path, monkeypatch, text)


def test_the_next_read_after_a_write_in_place_is_warm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    canonical = writing.canonical_json(validate_store(canned_store()))
    run(tmp_path / "fast", canonical, monkeypatch, in_place=True)
    monkeypatch.setenv("KGVN_CACHE_DIR", str(tmp_path / "fast" / "cache"))
    raw = (tmp_path / "fast" / "store" / "facts.json").read_bytes()
    entry = cache.open_entry(cache.key_for(hashlib.sha256(raw).hexdigest()))
    assert entry is not None
    entry.close()


TRICKY = [
    'quote " backslash \\ slash / tab \t newline \n',
    "".join(chr(code) for code in range(32)) + "\x7f",
    "Nguyễn Khắc Định – “quoted” \u2028\u2029 \ufeff 😀 \U0001f1fb\U0001f1f3",
]


@pytest.mark.parametrize("value", [2025.0, 0.1, 1e-07, 1e16, 1.5e300, -0.0, 123456789.123])
def test_the_fast_encoder_writes_what_json_dumps_writes(value: float) -> None:
    data = {
        "schema_version": 1,
        "sources": [{"id": "a", "title": text} for text in TRICKY],
        "statements": [{"id": "s", "value": value, "list": [], "object": {}, "big": 10**30}],
    }
    assert writing._indented(data) == json.dumps(data, ensure_ascii=False, indent=2)


def test_floats_are_held_only_where_the_fast_encoder_checks_them() -> None:
    found = set()
    for collection, field in models.Store.model_fields.items():
        item = getattr(field.annotation, "__args__", (None,))[0]
        if isinstance(item, type) and issubclass(item, models.Model):
            found |= {(collection, name) for name in _float_fields(item)}
    assert found == {
        (collection, name) for collection, names in writing.FLOAT_FIELDS.items() for name in names
    }


def _float_fields(model: type[models.Model]) -> set[str]:
    """Fields of `model` that may hold a float, in it or in a model nested in it."""
    return {
        name
        for name, field in model.model_fields.items()
        if "float" in repr(field.annotation)
        or any(_float_fields(nested) for nested in _nested_models(field.annotation))
    }


def _nested_models(annotation: Any) -> list[type[models.Model]]:
    if isinstance(annotation, type) and issubclass(annotation, models.Model):
        return [annotation]
    return [found for item in getattr(annotation, "__args__", ()) for found in _nested_models(item)]


def test_the_validators_skipped_looking_for_the_canonical_form_change_nothing() -> None:
    from pydantic import TypeAdapter

    from kgvn.splice import Layout

    raw = (Path(__file__).resolve().parent.parent / "data" / "facts.json").read_bytes()
    layout = Layout.of(raw)
    assert layout is not None
    named = set()
    for collection, (start, end) in layout.sections.items():
        adapter = TypeAdapter(list[writing._entry_model(collection)])  # type: ignore[misc]
        assert writing._without_checks(adapter)(raw[start:end]) == adapter.validate_json(
            raw[start:end]
        )
        named |= _after_validators(adapter.core_schema)
    assert named == set(writing.CHECK_ONLY_VALIDATORS)  # each one read and found to only check


def _after_validators(node: Any) -> set[str]:
    if isinstance(node, list):
        return {name for item in node for name in _after_validators(item)}
    if not isinstance(node, dict):
        return set()
    found = {name for value in node.values() for name in _after_validators(value)}
    if node.get("type") == "function-after":
        found.add(node["function"]["function"].__qualname__)
    return found


def reference_canonical_json(store: models.Store) -> str:
    """The canonical text as kgvn wrote it with Python's encoder, the whole store at once."""
    data = store.model_dump(mode="json", exclude_defaults=True)
    for collection in models.RECORD_COLLECTIONS:
        data[collection] = [
            {key: value for key, value in item.items() if key not in writing.TRAILING_FIELDS}
            | {key: item[key] for key in writing.TRAILING_FIELDS if key in item}
            for item in data.get(collection, [])
        ]
    ordered = {"schema_version": store.schema_version, **data}
    return json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"


def _stores() -> list[dict[str, Any]]:
    shipped = json.loads(
        (Path(__file__).resolve().parent.parent / "data" / "facts.json").read_text("utf-8")
    )
    canned = canned_store()
    emptied = canned_store()
    emptied["events"] = []  # an empty collection moves after the others
    emptied["conflicts"] = [
        {
            "id": "spelling",
            "subject": emptied["people"][0]["id"],
            "field": "name spelling",
            "values": [
                {"value": text, "rank": rank, "reason": "as written", "evidence": evidence}
                for text, rank in (("A", "preferred"), ("B", "normal"))
                for evidence in [emptied["people"][0]["evidence"]]
            ],
        }
    ]
    tricky = canned_store()
    tricky["statements"] = [
        {
            "id": f"tricky-{number}",
            "topic": "tricky",
            "statement": text,
            "value": value,
            "evidence": tricky["events"][0]["evidence"],
        }
        for number, (text, value) in enumerate(zip(TRICKY, [1e-07, 1e16, 0.1], strict=True))
    ]
    return [shipped, canned, emptied, tricky]


@pytest.mark.parametrize("number", range(4))
def test_a_store_written_a_collection_at_a_time_is_the_store_written_whole(number: int) -> None:
    store = validate_store(_stores()[number])
    assert writing.canonical_json(store) == reference_canonical_json(store)


def test_a_working_copy_is_known_canonical_so_its_first_write_is_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGVN_CACHE_DIR", str(tmp_path / "cache"))
    original = prepare(
        tmp_path / "original", writing.canonical_json(validate_store(canned_store()))
    )
    store_path, _ = curate.make_working_copy(
        original, original.parent / "sources", tmp_path / "copy"
    )
    attempts: list[bool] = []
    real = writing._update_in_place

    def spying(*args: Any) -> bool:
        attempts.append(real(*args))
        return attempts[-1]

    monkeypatch.setattr(writing, "_update_in_place", spying)
    statement_four = json.loads(statement(4))
    statement_four["record"]["evidence"] = canned_store()["events"][0]["evidence"]
    added = Kgvn(store_path)("add", "-", input=json.dumps(statement_four))
    assert added.exit_code == 0, added.output
    # tried in place with no cache entry, so on the word of `init`; the first statement moves a
    # key, so it is written whole
    assert attempts == [False]
    statement_four["record"]["id"] = "another-statement"
    assert Kgvn(store_path)("add", "-", input=json.dumps(statement_four)).exit_code == 0
    assert attempts == [False, True]
