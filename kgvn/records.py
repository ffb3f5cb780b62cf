"""The store as plain read-only objects, for reading commands. GENERATED: do not edit.

Made by `python -m kgvn.codegen` from `kgvn/models.py`, the one source of truth; a test fails
when this file drifts from the models. Build it only from data the models have validated.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kgvn.vocabulary import (
    RECORD_COLLECTIONS,
    AgreementKind,
    AgreementStatus,
    EventKind,
    OrganisationKind,
    Rank,
    TradeMeasure,
)


class ReadOnly:
    """Slots, no __dict__, no assignment after construction: cheap to import, safe to share."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        to_json = getattr(self, "to_json", None)
        other_json = getattr(other, "to_json", None)
        if type(self) is not type(other) or to_json is None or other_json is None:
            return NotImplemented
        return bool(to_json() == other_json())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({getattr(self, 'id', '')})"


class Source(ReadOnly):
    """One news article: the only kind of thing the record may cite."""

    __slots__ = ("file", "id", "outlet", "published", "sha256", "title", "url")
    id: str
    file: str
    outlet: str | None
    published: str | None
    title: str
    sha256: str
    url: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Source:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "file", data["file"])
        put(self, "outlet", data["outlet"])
        put(self, "published", data["published"])
        put(self, "title", data["title"])
        put(self, "sha256", data["sha256"])
        put(self, "url", data.get("url"))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "sha256": self.sha256,
            "url": self.url,
        }


class Evidence(ReadOnly):
    """A verbatim span of one source article that states the fact."""

    __slots__ = ("end", "quote", "source", "start")
    source: str
    quote: str
    start: int | None
    end: int | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Evidence:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "source", data["source"])
        put(self, "quote", data["quote"])
        put(self, "start", data.get("start"))
        put(self, "end", data.get("end"))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


class Inference(ReadOnly):
    """Marks a value we worked out rather than read, such as a year taken from the dateline."""

    __slots__ = ("field", "reason")
    field: str
    reason: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Inference:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "field", data["field"])
        put(self, "reason", data["reason"])
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "reason": self.reason,
        }


class Revision(ReadOnly):
    """One value a field has held, with its own evidence and date: history is never overwritten."""

    __slots__ = ("evidence", "field", "rank", "since", "value")
    field: str
    value: str | None
    since: str | None
    rank: Rank
    evidence: tuple[Evidence, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Revision:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "field", data["field"])
        put(self, "value", data["value"])
        put(self, "since", data.get("since"))
        put(self, "rank", Rank(data["rank"]))
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "since": self.since,
            "rank": self.rank.value,
            "evidence": [item.to_json() for item in self.evidence],
        }


class Record(ReadOnly):
    """Fields every kind of record shares: an id and the evidence that backs it."""

    __slots__ = ("evidence", "history", "id", "inferred", "note")
    id: str
    evidence: tuple[Evidence, ...]
    inferred: tuple[Inference, ...]
    note: str | None
    history: tuple[Revision, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Record:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
        }

    def source_ids(self) -> list[str]:
        """Sources cited by this record, in order of first citation, without repeats."""
        return list(dict.fromkeys(item.source for item in self.evidence))


class Alias(ReadOnly):
    """Another spelling of a name, with the sources that use it."""

    __slots__ = ("name", "sources")
    name: str
    sources: tuple[str, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Alias:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "name", data["name"])
        put(self, "sources", tuple(data["sources"]))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "sources": list(self.sources),
        }


class Country(Record):
    """A state that people belong to and agreements bind."""

    __slots__ = ("aliases", "code", "name")
    code: str
    name: str
    aliases: tuple[Alias, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Country:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "code", data["code"])
        put(self, "name", data["name"])
        put(self, "aliases", tuple(Alias.from_json(item) for item in data.get("aliases", ())))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "code": self.code,
            "name": self.name,
            "aliases": [item.to_json() for item in self.aliases],
        }


class Role(ReadOnly):
    """A title a person held, and when, as the sources state it."""

    __slots__ = ("date", "evidence", "title")
    title: str
    date: str | None
    evidence: tuple[Evidence, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Role:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "title", data["title"])
        put(self, "date", data.get("date"))
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date,
            "evidence": [item.to_json() for item in self.evidence],
        }


class Person(Record):
    """Person."""

    __slots__ = ("aliases", "country", "name", "roles")
    name: str
    country: str
    roles: tuple[Role, ...]
    aliases: tuple[Alias, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Person:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "name", data["name"])
        put(self, "country", data["country"])
        put(self, "roles", tuple(Role.from_json(item) for item in data.get("roles", ())))
        put(self, "aliases", tuple(Alias.from_json(item) for item in data.get("aliases", ())))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "name": self.name,
            "country": self.country,
            "roles": [item.to_json() for item in self.roles],
            "aliases": [item.to_json() for item in self.aliases],
        }


class Organisation(Record):
    """Organisation."""

    __slots__ = ("abbreviation", "aliases", "country", "kind", "members", "name")
    name: str
    kind: OrganisationKind
    abbreviation: str | None
    country: str | None
    aliases: tuple[Alias, ...]
    members: tuple[str, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Organisation:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "name", data["name"])
        put(self, "kind", OrganisationKind(data["kind"]))
        put(self, "abbreviation", data.get("abbreviation"))
        put(self, "country", data.get("country"))
        put(self, "aliases", tuple(Alias.from_json(item) for item in data.get("aliases", ())))
        put(self, "members", tuple(data.get("members", ())))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "name": self.name,
            "kind": self.kind.value,
            "abbreviation": self.abbreviation,
            "country": self.country,
            "aliases": [item.to_json() for item in self.aliases],
            "members": list(self.members),
        }


class Event(Record):
    """Event."""

    __slots__ = ("date", "end", "kind", "participants", "place", "summary", "title")
    date: str
    end: str | None
    kind: EventKind
    title: str
    summary: str
    participants: tuple[str, ...]
    place: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "date", data["date"])
        put(self, "end", data.get("end"))
        put(self, "kind", EventKind(data["kind"]))
        put(self, "title", data["title"])
        put(self, "summary", data["summary"])
        put(self, "participants", tuple(data.get("participants", ())))
        put(self, "place", data.get("place"))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "date": self.date,
            "end": self.end,
            "kind": self.kind.value,
            "title": self.title,
            "summary": self.summary,
            "participants": list(self.participants),
            "place": self.place,
        }


class TradeFigure(Record):
    """TradeFigure."""

    __slots__ = ("currency", "measure", "qualifier", "value_usd", "year_from", "year_to")
    measure: TradeMeasure
    year_from: int
    year_to: int
    value_usd: int
    currency: str
    qualifier: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TradeFigure:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "measure", TradeMeasure(data["measure"]))
        put(self, "year_from", data["year_from"])
        put(self, "year_to", data["year_to"])
        put(self, "value_usd", data["value_usd"])
        put(self, "currency", data.get("currency", "USD"))
        put(self, "qualifier", data.get("qualifier"))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "measure": self.measure.value,
            "year_from": self.year_from,
            "year_to": self.year_to,
            "value_usd": self.value_usd,
            "currency": self.currency,
            "qualifier": self.qualifier,
        }


class ProductFlow(Record):
    """ProductFlow."""

    __slots__ = ("description", "exporter", "importer", "products")
    exporter: str
    importer: str
    products: tuple[str, ...]
    description: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProductFlow:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "exporter", data["exporter"])
        put(self, "importer", data["importer"])
        put(self, "products", tuple(data["products"]))
        put(self, "description", data["description"])
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "exporter": self.exporter,
            "importer": self.importer,
            "products": list(self.products),
            "description": self.description,
        }


class Investment(Record):
    """Investment."""

    __slots__ = ("as_of", "host", "investor", "projects", "province", "rank", "rank_out_of", "sector", "value_measure", "value_usd")
    investor: str
    host: str
    projects: int | None
    value_usd: int | None
    value_measure: str | None
    province: str | None
    sector: str | None
    as_of: str | None
    rank: int | None
    rank_out_of: int | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Investment:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "investor", data["investor"])
        put(self, "host", data["host"])
        put(self, "projects", data.get("projects"))
        put(self, "value_usd", data.get("value_usd"))
        put(self, "value_measure", data.get("value_measure"))
        put(self, "province", data.get("province"))
        put(self, "sector", data.get("sector"))
        put(self, "as_of", data.get("as_of"))
        put(self, "rank", data.get("rank"))
        put(self, "rank_out_of", data.get("rank_out_of"))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "investor": self.investor,
            "host": self.host,
            "projects": self.projects,
            "value_usd": self.value_usd,
            "value_measure": self.value_measure,
            "province": self.province,
            "sector": self.sector,
            "as_of": self.as_of,
            "rank": self.rank,
            "rank_out_of": self.rank_out_of,
        }


class Agreement(Record):
    """Agreement."""

    __slots__ = ("date", "fields", "kind", "parties", "status", "summary", "title")
    title: str
    kind: AgreementKind
    status: AgreementStatus
    parties: tuple[str, ...]
    date: str | None
    fields: tuple[str, ...]
    summary: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Agreement:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "title", data["title"])
        put(self, "kind", AgreementKind(data["kind"]))
        put(self, "status", AgreementStatus(data["status"]))
        put(self, "parties", tuple(data["parties"]))
        put(self, "date", data.get("date"))
        put(self, "fields", tuple(data.get("fields", ())))
        put(self, "summary", data["summary"])
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "parties": list(self.parties),
            "date": self.date,
            "fields": list(self.fields),
            "summary": self.summary,
        }


class Statement(Record):
    """Statement."""

    __slots__ = ("date", "speakers", "statement", "topic", "unit", "value")
    topic: str
    statement: str
    speakers: tuple[str, ...]
    date: str | None
    value: float | None
    unit: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Statement:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        put(self, "inferred", tuple(Inference.from_json(item) for item in data.get("inferred", ())))
        put(self, "note", data.get("note"))
        put(self, "history", tuple(Revision.from_json(item) for item in data.get("history", ())))
        put(self, "topic", data["topic"])
        put(self, "statement", data["statement"])
        put(self, "speakers", tuple(data.get("speakers", ())))
        put(self, "date", data.get("date"))
        put(self, "value", data.get("value"))
        put(self, "unit", data.get("unit"))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "evidence": [item.to_json() for item in self.evidence],
            "inferred": [item.to_json() for item in self.inferred],
            "note": self.note,
            "history": [item.to_json() for item in self.history],
            "topic": self.topic,
            "statement": self.statement,
            "speakers": list(self.speakers),
            "date": self.date,
            "value": self.value,
            "unit": self.unit,
        }


class ConflictValue(ReadOnly):
    """ConflictValue."""

    __slots__ = ("evidence", "rank", "reason", "value")
    value: str
    rank: Rank
    reason: str
    evidence: tuple[Evidence, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConflictValue:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "value", data["value"])
        put(self, "rank", Rank(data["rank"]))
        put(self, "reason", data["reason"])
        put(self, "evidence", tuple(Evidence.from_json(item) for item in data["evidence"]))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "rank": self.rank.value,
            "reason": self.reason,
            "evidence": [item.to_json() for item in self.evidence],
        }


class Conflict(ReadOnly):
    """Where the sources differ: every side kept, with its own evidence, and the one we prefer."""

    __slots__ = ("field", "id", "subject", "values")
    id: str
    subject: str
    field: str
    values: tuple[ConflictValue, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conflict:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "id", data["id"])
        put(self, "subject", data["subject"])
        put(self, "field", data["field"])
        put(self, "values", tuple(ConflictValue.from_json(item) for item in data["values"]))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject,
            "field": self.field,
            "values": [item.to_json() for item in self.values],
        }


class Store(ReadOnly):
    """The whole record. Ids are unique across every kind."""

    __slots__ = ("agreements", "conflicts", "countries", "events", "investments", "organisations", "people", "product_flows", "schema_version", "sources", "statements", "trade")
    schema_version: int
    sources: tuple[Source, ...]
    countries: tuple[Country, ...]
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    events: tuple[Event, ...]
    trade: tuple[TradeFigure, ...]
    product_flows: tuple[ProductFlow, ...]
    investments: tuple[Investment, ...]
    agreements: tuple[Agreement, ...]
    statements: tuple[Statement, ...]
    conflicts: tuple[Conflict, ...]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Store:
        self = cls.__new__(cls)
        put = object.__setattr__
        put(self, "schema_version", data.get("schema_version", 1))
        put(self, "sources", tuple(Source.from_json(item) for item in data["sources"]))
        put(self, "countries", tuple(Country.from_json(item) for item in data.get("countries", ())))
        put(self, "people", tuple(Person.from_json(item) for item in data.get("people", ())))
        put(self, "organisations", tuple(Organisation.from_json(item) for item in data.get("organisations", ())))
        put(self, "events", tuple(Event.from_json(item) for item in data.get("events", ())))
        put(self, "trade", tuple(TradeFigure.from_json(item) for item in data.get("trade", ())))
        put(self, "product_flows", tuple(ProductFlow.from_json(item) for item in data.get("product_flows", ())))
        put(self, "investments", tuple(Investment.from_json(item) for item in data.get("investments", ())))
        put(self, "agreements", tuple(Agreement.from_json(item) for item in data.get("agreements", ())))
        put(self, "statements", tuple(Statement.from_json(item) for item in data.get("statements", ())))
        put(self, "conflicts", tuple(Conflict.from_json(item) for item in data.get("conflicts", ())))
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "sources": [item.to_json() for item in self.sources],
            "countries": [item.to_json() for item in self.countries],
            "people": [item.to_json() for item in self.people],
            "organisations": [item.to_json() for item in self.organisations],
            "events": [item.to_json() for item in self.events],
            "trade": [item.to_json() for item in self.trade],
            "product_flows": [item.to_json() for item in self.product_flows],
            "investments": [item.to_json() for item in self.investments],
            "agreements": [item.to_json() for item in self.agreements],
            "statements": [item.to_json() for item in self.statements],
            "conflicts": [item.to_json() for item in self.conflicts],
        }

    def records(self) -> Iterator[tuple[str, int, Record]]:
        """Every cited record with the collection it sits in and its position there."""
        for collection in RECORD_COLLECTIONS:
            for index, record in enumerate(getattr(self, collection)):
                yield collection, index, record


#: The class of the records in each collection.
RECORD_CLASSES: dict[str, type[Record]] = {
    "countries": Country,
    "people": Person,
    "organisations": Organisation,
    "events": Event,
    "trade": TradeFigure,
    "product_flows": ProductFlow,
    "investments": Investment,
    "agreements": Agreement,
    "statements": Statement,
}
