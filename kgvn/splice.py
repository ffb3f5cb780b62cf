"""The canonical layout of a store file, read from its bytes: where each collection and record is.

kgvn writes a store in one layout (`kgvn.writing.canonical_json`): the top-level keys at an indent
of 2, every source, record and conflict an object at an indent of 4 whose first key is `"id"`,
everything inside it deeper. JSON strings hold no raw line breaks, so in that layout
`\\n    {\\n      "id": "X"` starts the one entry with id X, `\\n    }` ends it and `\\n  ]` ends
its collection. A write to a store kgvn wrote finds what it changes that way, with a few byte
searches instead of parsing 100 MB, and writes the changed entries' text in place.

Nothing here decides that a file is in that layout or valid: `kgvn.writing` only uses it on bytes
kgvn itself wrote (and validated), and falls back to the whole-store path when anything here
does not find what it expects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kgvn.vocabulary import RECORD_COLLECTIONS

HEAD = b'{\n  "schema_version": 1,'
TAIL = b"\n}\n"
ENTRY = b"\n    {\n"


def id_needle(record_id: str) -> bytes:
    """The bytes that start the entry with this id in the canonical layout."""
    return b'\n    {\n      "id": ' + json.dumps(record_id, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Layout:
    """The top-level sections of a store file in the canonical layout."""

    raw: bytes
    #: collection → (offset of its `[`, offset just past its `]`), in file order.
    sections: dict[str, tuple[int, int]]

    @classmethod
    def of(cls, raw: bytes) -> Layout | None:
        """The sections of `raw`, or None when it is not laid out canonically at the top."""
        if not raw.startswith(HEAD) or not raw.endswith(TAIL):
            return None
        sections: dict[str, tuple[int, int]] = {}
        at = len(HEAD)
        while True:
            if not raw.startswith(b'\n  "', at):
                return None
            colon = raw.find(b'": ', at + 4, at + 64)
            if colon < 0:
                return None
            name = raw[at + 4 : colon].decode("ascii", errors="replace")
            start = colon + 3
            if raw.startswith(b"[]", start):
                end = start + 2
            elif raw.startswith(b"[\n", start):
                close = raw.find(b"\n  ]", start)
                if close < 0:
                    return None
                end = close + 4
            else:
                return None
            if name in sections:
                return None
            sections[name] = (start, end)
            if raw.startswith(b",", end):
                at = end + 1
                continue
            if end + len(TAIL) == len(raw):
                return cls(raw, sections)
            return None

    def section_of(self, offset: int) -> str | None:
        for name, (start, end) in self.sections.items():
            if start <= offset < end:
                return name
        return None

    def find(self, record_id: str) -> tuple[str, int, int] | None:
        """(collection, start, end) of the entry with this id: the bytes of its `{…}`."""
        needle = id_needle(record_id)
        at = self.raw.find(needle)
        if at < 0:
            return None
        after = at + len(needle)
        if self.raw[after : after + 1] not in (b",", b"\n"):
            return None
        close = self.raw.find(b"\n    }", after)
        collection = self.section_of(at)
        if close < 0 or collection is None or self.section_of(close) != collection:
            return None
        return collection, at + 5, close + 6

    def holds(self, record_id: str) -> bool:
        """Whether any source, record or conflict has this id."""
        return self.raw.find(id_needle(record_id)) >= 0

    def position(self, collection: str, offset: int) -> int:
        """How many entries of `collection` come before `offset`."""
        start, _ = self.sections[collection]
        return self.raw.count(ENTRY, start, offset)

    def count(self, collection: str) -> int:
        start, end = self.sections[collection]
        return self.raw.count(ENTRY, start, end)

    def items(self, collection: str) -> list[Any]:
        """The entries of one collection as parsed JSON ([] when it is absent)."""
        if collection not in self.sections:
            return []
        start, end = self.sections[collection]
        found = json.loads(self.raw[start:end])
        return found if isinstance(found, list) else []


def entry_text(item: dict[str, Any]) -> bytes:
    """One entry's canonical text at the indent of a collection's items, from `{` to `}`."""
    text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    return text.encode("utf-8")


#: A planned edit: (collection, start, end, new text); start == end == -1 appends.
Edit = tuple[str, int, int, bytes]


def spliced(layout: Layout, edits: list[Edit]) -> list[bytes | memoryview] | None:
    """The new file as pieces: the old bytes with entries replaced in place or appended.

    None when an edit appends to an empty collection (its key moves: write the store whole).
    """
    raw = memoryview(layout.raw)
    inserts: list[tuple[int, int, bytes]] = []
    for collection, start, end, text in edits:
        if start >= 0:
            inserts.append((start, end, text))
            continue
        section = layout.sections.get(collection)
        if section is None or section[1] - section[0] == 2:
            return None
        close = section[1] - 4  # the "\n  ]" that ends the collection
        inserts.append((close, close, b",\n    " + text))
    inserts.sort(key=lambda edit: edit[0])
    pieces: list[bytes | memoryview] = []
    at = 0
    for start, end, text in inserts:
        if start < at:
            return None  # two edits of one entry: not a shape this handles
        pieces += [raw[at:start], text]
        at = end
    pieces.append(raw[at:])
    return pieces


#: Fields holding ids: the collections the ids may name, and what a refusal calls them (in the
#: order `kgvn.validation.integrity_problems` checks them).
REFERENCES = {
    "participants": (("people", "organisations"), "person or organisation"),
    "speakers": (("people", "organisations"), "person or organisation"),
    "parties": (("countries", "organisations"), "country or organisation"),
    "members": (("countries",), "country"),
    "investor": (("countries",), "country"),
    "host": (("countries",), "country"),
    "exporter": (("countries",), "country"),
    "importer": (("countries",), "country"),
}
#: Every collection in store order, as ids are checked for duplicates.
STORE_ORDER = ("sources", *RECORD_COLLECTIONS, "conflicts")


def problems_after(
    layout: Layout, changes: list[tuple[str, int, Any, Any]], sources: list[Any]
) -> list[str] | None:
    """What `kgvn.validation.integrity_problems` lists for a store that was valid, after
    `changes` (collection, position in the new store, old entry or None, new entry), in its
    order, looking only at the changed and added entries: [] when nothing is wrong; None when
    it cannot be told that way (a country's code changes, the first country comes, a conflict
    changes), and the whole store must be checked."""
    from kgvn.validation import _order_problems, _references

    source_ids = {source.id for source in sources}
    ordered = sorted(changes, key=lambda change: (STORE_ORDER.index(change[0]), change[1]))
    added: dict[str, str] = {}
    problems: list[str] = []
    for collection, position, previous, model in ordered:
        if collection == "conflicts":
            return None
        if previous is not None:
            continue
        if model.id in added:
            return None
        found = layout.find(model.id)
        if found is None and layout.holds(model.id):
            return None
        if found is not None:
            first, second = sorted(
                [
                    (STORE_ORDER.index(found[0]), layout.position(found[0], found[1])),
                    (STORE_ORDER.index(collection), position),
                ]
            )
            problems.append(f"{_where(second)} ({model.id}) → id: duplicate of {_where(first)}")
        added[model.id] = collection

    def collection_of(record_id: str) -> str | None:
        if record_id in added:
            return added[record_id]
        found = layout.find(record_id)
        return found[0] if found else None

    codes: set[str] | None = None
    records = [change for change in ordered if change[0] in RECORD_COLLECTIONS]
    for collection, position, previous, record in records:
        where = f"{collection}[{position}] ({record.id})"
        fields = type(record).model_fields
        if collection == "countries":
            if previous is not None and previous.code != record.code:
                return None  # records citing the old code would need checking
            if previous is None and not layout.items("countries"):
                return None  # the first country makes every record's code checked
        for number, alias in enumerate(getattr(record, "aliases", [])):
            for source in alias.sources:
                if source not in source_ids:
                    problems.append(
                        f"{where} → aliases[{number}].sources: {source!r} is not a source"
                    )
        for field, (allowed, what) in REFERENCES.items():
            if field not in fields:
                continue
            value = getattr(record, field)
            targets = value if isinstance(value, list) else [value] if value is not None else []
            known = {target for target in targets if collection_of(target) in allowed}
            problems += _references(where, record, field, known, what)
        code = getattr(record, "country", None) if "country" in fields else None
        if isinstance(code, str) and collection != "countries":
            if codes is None:
                codes = {item.get("code") for item in layout.items("countries")}
                codes |= {item.code for name, _, _, item in changes if name == "countries"}
            if codes and code not in codes:
                problems.append(f"{where} → country: {code!r} matches no country record's code")
        problems += _order_problems(where, record)
    for collection, position, _, record in records:
        where = f"{collection}[{position}] ({record.id})"
        for place, evidence in _evidence_of(where, record):
            if evidence.source not in source_ids:
                problems.append(f"{place}.source: {evidence.source!r} is not a registered source")
    return problems


def _where(located: tuple[int, int]) -> str:
    return f"{STORE_ORDER[located[0]]}[{located[1]}]"


def _evidence_of(where: str, record: Any) -> list[tuple[str, Any]]:
    """A record's quotes with where each sits, as `kgvn.models.Store.evidence_items` says it."""
    found = [(f"{where} → evidence[{number}]", item) for number, item in enumerate(record.evidence)]
    for position, role in enumerate(getattr(record, "roles", [])):
        found += [
            (f"{where} → roles[{position}].evidence[{number}]", item)
            for number, item in enumerate(role.evidence)
        ]
    for position, revision in enumerate(record.history):
        found += [
            (f"{where} → history[{position}].evidence[{number}]", item)
            for number, item in enumerate(revision.evidence)
        ]
    return found
