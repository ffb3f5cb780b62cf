"""The canonical layout of a store file, read from its bytes: where each collection and record is.

kgvn writes a store in one layout (`kgvn.curate.canonical_json`): the top-level keys at an indent
of 2, every source, record and conflict an object at an indent of 4 whose first key is `"id"`,
everything inside it deeper. JSON strings hold no raw line breaks, so in that layout
`\\n    {\\n      "id": "X"` starts the one entry with id X, `\\n    }` ends it and `\\n  ]` ends
its collection. A write to a store kgvn wrote finds what it changes that way, with a few byte
searches instead of parsing 100 MB, and writes the changed entries' text in place.

Nothing here decides that a file is in that layout or valid: `kgvn.curate` only uses it on bytes
kgvn itself wrote (and validated), and falls back to the whole-store path when anything here
does not find what it expects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

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


#: Fields holding ids, and the collections those ids may name (as `kgvn.validation` checks).
REFERENCES = {
    "participants": ("people", "organisations"),
    "speakers": ("people", "organisations"),
    "parties": ("countries", "organisations"),
    "members": ("countries",),
    "investor": ("countries",),
    "host": ("countries",),
    "exporter": ("countries",),
    "importer": ("countries",),
}


def sound_after(
    layout: Layout, changes: list[tuple[str, int, Any, Any]], sources: list[Any]
) -> bool:
    """Whether a valid store stays valid after `changes` (collection, position, old entry or None,
    new entry), checking only what the changed and added entries can break: their ids, what they
    refer to, the sources they cite, their country codes and spans. False means: not shown (the
    whole-store check then says what, if anything, is wrong)."""
    from kgvn.validation import _order_problems

    source_ids = {source.id for source in sources}
    added: dict[str, str] = {}
    for collection, _, previous, model in changes:
        if previous is None:
            if model.id in added or layout.holds(model.id):
                return False
            added[model.id] = collection

    def collection_of(record_id: str) -> str | None:
        if record_id in added:
            return added[record_id]
        found = layout.find(record_id)
        return found[0] if found else None

    codes: set[str] | None = None
    for collection, _, previous, model in changes:
        if collection == "sources":
            continue
        fields = type(model).model_fields
        if collection == "countries":
            if previous is not None and previous.code != model.code:
                return False  # records citing the old code would need checking
            if previous is None and not layout.items("countries"):
                return False  # the first country makes every record's code checked
        if not _cited(model) <= source_ids:
            return False
        for field, allowed in REFERENCES.items():
            if field not in fields:
                continue
            value = getattr(model, field)
            targets = value if isinstance(value, list) else [value] if value is not None else []
            if any(collection_of(target) not in allowed for target in targets):
                return False
        code = getattr(model, "country", None) if "country" in fields else None
        if isinstance(code, str) and collection != "countries":
            if codes is None:
                codes = {item.get("code") for item in layout.items("countries")}
                codes |= {item.code for name, _, _, item in changes if name == "countries"}
            if codes and code not in codes:
                return False
        if any(True for _ in _order_problems("", model)):
            return False
    return True


def _cited(model: Any) -> set[str]:
    """Every source id a record cites: its evidence, its roles', its history's, its aliases'."""
    cited = {item.source for item in model.evidence}
    for role in getattr(model, "roles", ()):
        cited.update(item.source for item in role.evidence)
    for revision in model.history:
        cited.update(item.source for item in revision.evidence)
    for alias in getattr(model, "aliases", ()):
        cited.update(alias.sources)
    return cited
