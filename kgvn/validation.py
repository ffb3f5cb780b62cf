"""Validating parsed JSON as a store: the pydantic schema first, then ids and references.

Errors come back one line per problem, naming the record and the field path, e.g.
`events[3] (2025-03-06-talks) → date: '2025-13-01' is not a date`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError

from kgvn.errors import StoreError
from kgvn.models import RECORD_COLLECTIONS, Store, date_bounds

#: How many problems to list before summarising the rest.
MAX_PROBLEMS_SHOWN = 50


def validate_store(data: Any, label: str = "store") -> Store:
    """Validate parsed JSON as a store: the schema first, then ids and references."""
    if not isinstance(data, dict):
        raise StoreError(f"{label}: the top level must be a JSON object, not {_json_type(data)}")
    try:
        store = Store.model_validate(data)
    except ValidationError as error:
        problems = [_describe(item, data) for item in error.errors(include_url=False)]
        raise _invalid(label, problems) from None
    problems = list(integrity_problems(store))
    if problems:
        raise _invalid(label, problems)
    return store


def validate_json(raw: bytes, label: str, parse: Callable[[], Any]) -> Store:
    """Validate a store file's bytes with pydantic's JSON parser in one call, GC paused.

    Only when that fails is the file parsed into Python data (`parse`), to say what is wrong
    with the same messages as `validate_store`.
    """
    with paused_gc():
        try:
            store = Store.model_validate_json(raw)
        except ValidationError:
            store = None
        if store is None:
            return validate_store(parse(), label)
        if not looks_sound(store):
            problems = list(integrity_problems(store))
            if problems:
                raise _invalid(label, problems)
    return store


@contextmanager
def paused_gc() -> Iterator[None]:
    """Bulk loading makes millions of objects and no cycles: the collector would only slow it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: Fields holding references, by what they refer to.
_PARTY_FIELDS = ("parties",)
_ACTOR_FIELDS = ("participants", "speakers")
_COUNTRY_FIELDS = ("members", "investor", "host", "exporter", "importer")


def looks_sound(store: Store) -> bool:
    """The integrity checks as set operations over ids; False means: find out what is wrong.

    Reads only fields a record's model has (a missing attribute on a pydantic model is slow).
    """
    sources = {source.id for source in store.sources}
    countries = {country.id for country in store.countries}
    codes = {country.code for country in store.countries}
    organisations = {org.id for org in store.organisations}
    actors = {person.id for person in store.people} | organisations
    every = [source.id for source in store.sources]
    cited: set[str] = set()
    referred: dict[str, set[str]] = {"actors": set(), "parties": set(), "countries": set()}
    country_codes: set[str] = set()
    for collection in RECORD_COLLECTIONS:
        items = getattr(store, collection)
        if not items:
            continue
        fields = type(items[0]).model_fields
        every += [record.id for record in items]
        for record in items:
            cited.update(evidence.source for evidence in record.evidence)
        if "aliases" in fields:
            for record in items:
                for alias in record.aliases:
                    cited.update(alias.sources)
        if "roles" in fields:
            for record in items:
                for role in record.roles:
                    cited.update(evidence.source for evidence in role.evidence)
        for record in items:  # earlier values (kgvn update) cite their own sources
            for revision in record.history:
                cited.update(evidence.source for evidence in revision.evidence)
        for group, names in (
            ("actors", _ACTOR_FIELDS),
            ("parties", _PARTY_FIELDS),
            ("countries", _COUNTRY_FIELDS),
        ):
            bucket = referred[group]
            for name in names:
                if name not in fields:
                    continue
                for record in items:
                    value = getattr(record, name)
                    if isinstance(value, list):
                        bucket.update(value)
                    elif isinstance(value, str):
                        bucket.add(value)
        if "country" in fields and collection != "countries":
            country_codes.update(
                record.country for record in items if isinstance(record.country, str)
            )
        for first, second in (("date", "end"), ("year_from", "year_to"), ("rank", "rank_out_of")):
            if (
                first in fields
                and second in fields
                and any(
                    _reversed(first, getattr(record, first), getattr(record, second))
                    for record in items
                    if getattr(record, second) is not None
                )
            ):
                return False
    subjects = set(every)
    every += [conflict.id for conflict in store.conflicts]
    for conflict in store.conflicts:
        for value in conflict.values:
            cited.update(evidence.source for evidence in value.evidence)
    known = set(every)
    return (
        len(known) == len(every)
        and cited <= sources
        and referred["actors"] <= actors
        and referred["parties"] <= countries | organisations
        and referred["countries"] <= countries
        and (not codes or country_codes <= codes)
        and all(conflict.subject in subjects for conflict in store.conflicts)
    )


def _reversed(first: str, start: Any, end: Any) -> bool:
    if first == "date":
        return (
            isinstance(start, str)
            and isinstance(end, str)
            and date_bounds(end)[1] < date_bounds(start)[0]
        )
    if first == "rank":
        return isinstance(start, int) and isinstance(end, int) and start > end
    return isinstance(start, int) and isinstance(end, int) and end < start


def check_integrity(store: Store, label: str) -> None:
    """Raise a `StoreError` listing what is wrong with ids and references, if anything is."""
    if looks_sound(store):
        return
    problems = list(integrity_problems(store))
    if problems:
        raise _invalid(label, problems)


def _invalid(label: str, problems: list[str]) -> StoreError:
    shown = problems[:MAX_PROBLEMS_SHOWN]
    if len(problems) > len(shown):
        shown.append(f"… and {len(problems) - len(shown)} more")
    noun = "problem" if len(problems) == 1 else "problems"
    return StoreError(f"{label}: invalid store ({len(problems)} {noun})", details=shown)


def _json_type(value: Any) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, float) else "a value")


def _describe(error: Any, data: dict[str, Any]) -> str:
    """One pydantic error as `events[3] (id) → date: message`."""
    location = list(error["loc"])
    message = _plain_message(error)
    if not location:
        return message
    if len(location) >= 2 and isinstance(location[1], int):
        collection, index, rest = str(location[0]), location[1], location[2:]
        head = f"{collection}[{index}]{_id_label(data, collection, index)}"
        if not rest:
            return f"{head}: {message}"
        return f"{head} → {_path(rest)}: {message}"
    return f"{_path(location)}: {message}"


def _plain_message(error: Any) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "required field is missing"
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if kind.startswith(("string_", "int_", "float_", "literal_", "enum", "too_", "greater")):
        shown = repr(error.get("input"))
        if len(shown) > 60:
            shown = shown[:57] + "..."
        message = f"{shown}: {message}"
    return message


def _id_label(data: dict[str, Any], collection: str, index: int) -> str:
    items = data.get(collection)
    if isinstance(items, list) and 0 <= index < len(items) and isinstance(items[index], dict):
        record_id = items[index].get("id")
        if isinstance(record_id, str) and record_id:
            return f" ({record_id[:80]})"
    return ""


def _path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def integrity_problems(store: Store) -> Iterator[str]:
    """What the schema alone cannot see: duplicate ids, dangling references, reversed spans."""
    yield from _duplicate_ids(store)
    sources = {source.id for source in store.sources}
    countries = {country.id for country in store.countries}
    codes = {country.code for country in store.countries}
    actors = {person.id for person in store.people} | {org.id for org in store.organisations}
    every_id = {record.id for _, _, record in store.records()} | sources
    parties = countries | {org.id for org in store.organisations}

    for collection, index, record in store.records():
        where = f"{collection}[{index}] ({record.id})"
        for position, alias in enumerate(getattr(record, "aliases", [])):
            for source in alias.sources:
                if source not in sources:
                    yield f"{where} → aliases[{position}].sources: {source!r} is not a source"
        yield from _references(where, record, "participants", actors, "person or organisation")
        yield from _references(where, record, "speakers", actors, "person or organisation")
        yield from _references(where, record, "parties", parties, "country or organisation")
        yield from _references(where, record, "members", countries, "country")
        for field in ("investor", "host", "exporter", "importer"):
            yield from _references(where, record, field, countries, "country")
        code = getattr(record, "country", None)
        if codes and isinstance(code, str) and code not in codes and collection != "countries":
            yield f"{where} → country: {code!r} matches no country record's code"
        yield from _order_problems(where, record)

    for index, conflict in enumerate(store.conflicts):
        if conflict.subject not in every_id:
            where = f"conflicts[{index}] ({conflict.id})"
            yield f"{where} → subject: {conflict.subject!r} matches no record"
    for where, evidence in store.evidence_items():
        if evidence.source not in sources:
            yield f"{where}.source: {evidence.source!r} is not a registered source"


def _duplicate_ids(store: Store) -> Iterator[str]:
    seen: dict[str, str] = {}
    located: list[tuple[str, str]] = [
        (f"sources[{index}]", source.id) for index, source in enumerate(store.sources)
    ]
    located += [
        (f"{collection}[{index}]", record.id) for collection, index, record in store.records()
    ]
    located += [(f"conflicts[{index}]", item.id) for index, item in enumerate(store.conflicts)]
    for where, record_id in located:
        if record_id in seen:
            yield f"{where} ({record_id}) → id: duplicate of {seen[record_id]}"
        else:
            seen[record_id] = where


def _references(
    where: str, record: object, field: str, known: set[str], what: str
) -> Iterator[str]:
    value = getattr(record, field, None)
    targets = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    for target in targets:
        if target not in known:
            yield f"{where} → {field}: {target!r} is not a known {what}"


def _order_problems(where: str, record: object) -> Iterator[str]:
    start, end = getattr(record, "date", None), getattr(record, "end", None)
    if (
        isinstance(start, str)
        and isinstance(end, str)
        and date_bounds(end)[1] < date_bounds(start)[0]
    ):
        yield f"{where} → end: {end!r} is before date {start!r}"
    year_from, year_to = getattr(record, "year_from", None), getattr(record, "year_to", None)
    if isinstance(year_from, int) and isinstance(year_to, int) and year_to < year_from:
        yield f"{where} → year_to: {year_to} is before year_from {year_from}"
    rank, out_of = getattr(record, "rank", None), getattr(record, "rank_out_of", None)
    if isinstance(rank, int) and isinstance(out_of, int) and rank > out_of:
        yield f"{where} → rank: {rank} is beyond rank_out_of {out_of}"


def model_problems(error: ValidationError) -> list[str]:
    """A pydantic error on one model (not a whole store) as `field: message` lines."""
    problems = []
    for item in error.errors(include_url=False):
        where = _path(list(item["loc"]))
        problems.append(f"{where}: {_plain_message(item)}" if where else _plain_message(item))
    return problems
