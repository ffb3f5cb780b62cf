"""Revising a record when a later article changes it, without losing what an earlier one said.

`kgvn update ID FIELD=VALUE --source S --quote Q` verifies the quote in its article, then:

- for a field holding one value (an agreement's `status`, an event's `place`, a `date`…): the
  earlier value moves into the record's `history` with the evidence and date it had, the new one
  joins it ranked `preferred` with its own quote and date, and the record's field takes the new
  value. Nothing is overwritten: `--as-of DATE` can still ask what held before.
- `role=TITLE` gives a person one more role (`--date` says when it was held), with the quote.
- `alias=SPELLING` gives a person, organisation or country one more spelling; the quote must
  show that spelling, and joins the record's evidence.

Every write goes through `kgvn.writing.update_store` (lock, validation, atomic replace).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgvn import models
from kgvn.curate import article_reader, as_model, verified
from kgvn.errors import UsageError
from kgvn.store import validate_store
from kgvn.text import fold
from kgvn.writing import refuse_packaged_store, update_store

#: Assignments that add to a list rather than replace a value.
LIST_FIELDS = ("role", "alias")


@dataclass(frozen=True)
class Change:
    """What one assignment did, for the message on stderr."""

    field: str
    before: str | None
    after: str
    since: str | None


def parse_assignment(text: str) -> tuple[str, str]:
    """`FIELD=VALUE` split at the first `=`; both sides must be there."""
    field, equals, value = text.partition("=")
    field, value = field.strip(), value.strip()
    if not equals or not field or not value:
        raise UsageError(f"{text!r}: give FIELD=VALUE, e.g. status=signed or role='Prime Minister'")
    return field, value


def update_record(
    store_path: Path,
    sources_dir: Path,
    record_id: str,
    assignments: Sequence[str],
    source: str,
    quote: str,
    since: str | None = None,
) -> list[Change]:
    """Apply every assignment to one record, backed by one verified quote; returns the changes."""
    if not assignments:
        raise UsageError("say what changes: FIELD=VALUE (e.g. status=signed)")
    parsed = [parse_assignment(item) for item in assignments]
    if since is not None:
        problem = models.check_partial_date(since)
        if problem is not None:
            raise UsageError(f"--date {since!r}: {problem}")
    wanted = as_model(models.Evidence, {"source": source, "quote": quote}, "the new evidence")
    refuse_packaged_store(store_path)
    changes: list[Change] = []

    def change(store: models.Store) -> models.Store:
        changes.clear()
        evidence = verified(wanted, article_reader(store, sources_dir))
        reported = since or _published(store, source)
        collection, position, model = _find(store, record_id)
        item = model.model_dump(mode="json")
        cited = evidence.model_dump(mode="json", exclude_none=True)
        for field, value in parsed:
            if field == "role":
                changes.append(_add_role(collection, item, value, since, cited))
            elif field == "alias":
                changes.append(_add_alias(collection, item, value, cited))
            else:
                changes.append(_revise(store, collection, item, field, value, reported, cited))
        return _replaced(store, collection, position, item, f"{record_id} after the update")

    update_store(store_path, change, touches=[record_id], label=f"{record_id} after the update")
    return list(changes)


def _replaced(
    store: models.Store, collection: str, position: int, item: dict[str, Any], label: str
) -> models.Store:
    """The store with one entry replaced by `item`, validated as its model; when it is not
    valid, the whole store is validated to say where, as a store would."""
    from pydantic import ValidationError

    entries = list(getattr(store, collection))
    try:
        entries[position] = type(entries[position]).model_validate(item)
    except ValidationError:
        data = store.model_dump(mode="json")
        data[collection][position] = item
        return validate_store(data, label=label)
    return store.model_copy(update={collection: entries})


def _published(store: models.Store, source_id: str) -> str | None:
    return next((item.published for item in store.sources if item.id == source_id), None)


def _find(store: models.Store, record_id: str) -> tuple[str, int, models.Record]:
    for collection in models.RECORD_COLLECTIONS:
        for position, item in enumerate(getattr(store, collection)):
            if item.id == record_id:
                return collection, position, item
    raise UsageError(f"no record {record_id!r} to update")


def _cite(item: dict[str, Any], cited: dict[str, Any]) -> None:
    if not any(
        old["source"] == cited["source"] and old["quote"] == cited["quote"]
        for old in item["evidence"]
    ):
        item["evidence"].append(cited)


def _revise(
    store: models.Store,
    collection: str,
    item: dict[str, Any],
    field: str,
    value: str,
    reported: str | None,
    cited: dict[str, Any],
) -> Change:
    model = _model_of(collection)
    if field in models.UNREVISABLE_FIELDS or field not in model.model_fields:
        revisable = [
            name
            for name in model.model_fields
            if name not in models.UNREVISABLE_FIELDS and not isinstance(item.get(name), list)
        ]
        extra = [name for name in LIST_FIELDS if collection == "people" or name == "alias"]
        raise UsageError(
            f"{item['id']} has no field {field!r} to update"
            f" (one of: {', '.join(revisable + extra)})"
        )
    raw = item.get(field)
    if isinstance(raw, list | dict | int | float):
        raise UsageError(f"{field} holds a number or a list; record a conflict for it instead")
    before = None if raw is None else str(raw)
    if before == value:
        raise UsageError(
            f"{item['id']} already has {field}={value}; use `kgvn cite` to add a quote"
        )
    history: list[dict[str, Any]] = item.setdefault("history", [])
    if not any(entry["field"] == field for entry in history):
        history.append(
            {
                "field": field,
                "value": before,
                "since": _earliest_report(store, item),
                "rank": "normal",
                "evidence": [dict(entry) for entry in item["evidence"]],
            }
        )
    for entry in history:
        if entry["field"] == field:
            entry["rank"] = "normal"
    history.append(
        {
            "field": field,
            "value": value,
            "since": reported,
            "rank": "preferred",
            "evidence": [cited],
        }
    )
    item[field] = value
    _cite(item, cited)
    return Change(field, before, value, reported)


def _earliest_report(store: models.Store, item: dict[str, Any]) -> str | None:
    """When the earlier value was first reported: the earliest date of the articles citing it."""
    dates = [
        published
        for entry in item["evidence"]
        if (published := _published(store, entry["source"])) is not None
    ]
    return min(dates, default=None)


def _model_of(collection: str) -> type[models.Record]:
    annotation = models.Store.model_fields[collection].annotation
    item = getattr(annotation, "__args__", (None,))[0]
    if not (isinstance(item, type) and issubclass(item, models.Record)):
        raise UsageError(f"{collection} cannot be updated")
    return item


def _add_role(
    collection: str,
    item: dict[str, Any],
    title: str,
    since: str | None,
    cited: dict[str, Any],
) -> Change:
    if collection != "people":
        raise UsageError(f"{item['id']} is not a person: only people have roles")
    roles: list[dict[str, Any]] = item.setdefault("roles", [])
    for role in roles:
        if fold(role["title"]) == fold(title) and role.get("date") == since:
            raise UsageError(f"{item['id']} already has the role {title!r}; use `kgvn cite`")
    role = {"title": title, "evidence": [cited]}
    if since is not None:
        role["date"] = since
    roles.append(role)
    return Change("role", None, title, since)


def _add_alias(
    collection: str, item: dict[str, Any], spelling: str, cited: dict[str, Any]
) -> Change:
    if collection not in ("people", "organisations", "countries"):
        raise UsageError(f"{item['id']} has no name to spell another way")
    if fold(spelling) not in fold(cited["quote"]):
        raise UsageError(f"the quote does not show the spelling {spelling!r}")
    if fold(spelling) == fold(item["name"]):
        raise UsageError(f"{spelling!r} is the name itself, not another spelling")
    aliases: list[dict[str, Any]] = item.setdefault("aliases", [])
    for alias in aliases:
        if alias["name"] == spelling:
            if cited["source"] in alias["sources"]:
                raise UsageError(f"{item['id']} already has the spelling {spelling!r}")
            alias["sources"].append(cited["source"])
            break
    else:
        aliases.append({"name": spelling, "sources": [cited["source"]]})
    _cite(item, cited)
    return Change("alias", None, spelling, None)


def set_source_url(store_path: Path, source_id: str, url: str) -> None:
    """Record where a registered article is published online."""
    refuse_packaged_store(store_path)

    def change(store: models.Store) -> models.Store:
        for position, known in enumerate(store.sources):
            if known.id == source_id:
                item = known.model_dump(mode="json")
                item["url"] = url
                return _replaced(store, "sources", position, item, f"the url of {source_id}")
        raise UsageError(f"no source {source_id!r}")

    update_store(store_path, change, label=f"the url of {source_id}")
