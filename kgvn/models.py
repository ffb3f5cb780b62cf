"""The schema of the fact store: the one source of truth.

Every other description of the store (the JSON Schema, the README's field tables, the SQLite
layout) is derived from these models. They are strict on purpose: a hand-edited store with an
unknown field, a dangling reference or an impossible date is refused, never half-read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from kgvn.dates import check_partial_date, date_bounds
from kgvn.vocabulary import (
    KIND_OF_COLLECTION,
    RECORD_COLLECTIONS,
    SCHEMA_VERSION,
    AgreementKind,
    AgreementStatus,
    EventKind,
    OrganisationKind,
    Rank,
    TradeMeasure,
)

__all__ = [
    "KIND_OF_COLLECTION",
    "RECORD_COLLECTIONS",
    "SCHEMA_VERSION",
    "AgreementKind",
    "AgreementStatus",
    "EventKind",
    "OrganisationKind",
    "Rank",
    "TradeMeasure",
    "check_partial_date",
    "date_bounds",
]

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80),
    Field(description="Lowercase slug: letters, digits and single hyphens."),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
CountryCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Z]{2}$"), Field(description="ISO 3166-1 alpha-2 code.")
]

Year = Annotated[int, Field(ge=1000, le=9999)]
Usd = Annotated[int, Field(ge=0, description="An amount in whole US dollars.")]


def _real_partial_date(value: str) -> str:
    problem = check_partial_date(value)
    if problem is not None:
        raise ValueError(problem)
    return value


PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
    AfterValidator(_real_partial_date),
    Field(
        description="ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD."
    ),
]


class Model(BaseModel):
    """Frozen and strict: unknown fields are an error, not a silent drop."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


_QUOTE_WORD = re.compile(r"\w+")
#: Two words: found near the start of almost every quote, so most are never split into words.
_TWO_WORDS = re.compile(r"\w\W+\w")


def _states_something(quote: str) -> str:
    """A quote is evidence only if it holds two words, or a word with a figure in it."""
    if _TWO_WORDS.search(quote) is not None:
        return quote
    found = _QUOTE_WORD.findall(quote)
    if len(found) < 2 and not any(any(char.isdigit() for char in word) for word in found):
        raise ValueError("a quote must hold at least two words, or a figure")
    return quote


Quote = Annotated[
    str, StringConstraints(min_length=3, max_length=400), AfterValidator(_states_something)
]


class Evidence(Model):
    """A verbatim span of one source article that states the fact."""

    source: Slug = Field(description="Id of the source article.")
    quote: Quote = Field(
        description="The shortest verbatim span of the article that states the fact:"
        " at least two words, or a figure."
    )
    start: int | None = Field(
        default=None, ge=0, description="Character offset of the quote in the article, if known."
    )
    end: int | None = Field(
        default=None, ge=0, description="Character offset just past the quote, if known."
    )

    @model_validator(mode="after")
    def _offsets_in_order(self) -> Evidence:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end are given together or not at all")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError("end must be greater than start")
        return self


class Inference(Model):
    """Marks a value we worked out rather than read, such as a year taken from the dateline."""

    field: Annotated[str, StringConstraints(pattern=r"^[a-z_]+(\.[a-z_]+)?$")] = Field(
        description="The field holding an inferred part, e.g. 'date' or 'date.year'."
    )
    reason: Text = Field(description="How the value was inferred.")


#: Fields a revision may not name: identity, citations and the history itself.
UNREVISABLE_FIELDS = frozenset({"id", "evidence", "inferred", "note", "history"})


class Revision(Model):
    """One value a field has held, with its own evidence and date: history is never overwritten.

    When a later article changes a field (a treaty signed after being under negotiation), the
    earlier value stays here beside the new one; the newest is ranked `preferred` and equals the
    record's own field, Wikidata-style.
    """

    field: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")] = Field(
        description="The record's field this value belongs to, e.g. 'status'."
    )
    value: Text | None = Field(description="The field's value, as the record would hold it.")
    since: PartialDate | None = Field(
        default=None,
        description="When the value is first reported as holding; null: from the start.",
    )
    rank: Rank = Field(description="`preferred` for the current value, else `normal`.")
    evidence: Annotated[list[Evidence], Field(min_length=1)]


class Record(Model):
    """Fields every kind of record shares: an id and the evidence that backs it."""

    id: Slug
    evidence: Annotated[list[Evidence], Field(min_length=1)] = Field(
        description="Where the sources state this record; never empty."
    )
    inferred: list[Inference] = Field(
        default_factory=list, description="Parts of this record inferred rather than stated."
    )
    note: Text | None = Field(default=None, description="Our remark, e.g. how sources differ.")
    history: list[Revision] = Field(
        default_factory=list,
        description="Every value a revised field has held, each with its evidence and date.",
    )

    @model_validator(mode="after")
    def _inferred_fields_exist(self) -> Record:
        for inference in self.inferred:
            name = inference.field.split(".")[0]
            if name not in type(self).model_fields:
                raise ValueError(f"inferred names field {name!r}, which this record lacks")
        return self

    @model_validator(mode="after")
    def _history_agrees_with_the_record(self) -> Record:
        preferred: dict[str, list[Revision]] = {}
        for revision in self.history:
            if (
                revision.field in UNREVISABLE_FIELDS
                or revision.field not in type(self).model_fields
            ):
                raise ValueError(f"history names field {revision.field!r}, which cannot be revised")
            if revision.rank is Rank.preferred:
                preferred.setdefault(revision.field, []).append(revision)
            elif revision.value is not None:
                self._check_earlier_value(revision)
        for name, revisions in preferred.items():
            current = _as_text(getattr(self, name))
            if len(revisions) > 1:
                raise ValueError(f"history ranks {len(revisions)} values of {name!r} preferred")
            if revisions[0].value != current:
                raise ValueError(
                    f"history prefers {name}={revisions[0].value!r}; the record holds {current!r}"
                )
        return self

    def _check_earlier_value(self, revision: Revision) -> None:
        """An earlier value must be one the field could hold (a known status, a real date)."""
        data = self.model_dump(exclude={"history"})
        data[revision.field] = revision.value
        try:
            type(self).model_validate(data)
        except ValidationError as error:
            problem = error.errors()[0]["msg"]
            raise ValueError(
                f"history holds {revision.field}={revision.value!r}, which it cannot be: {problem}"
            ) from None

    def source_ids(self) -> list[str]:
        """Sources cited by this record, in order of first citation, without repeats."""
        return list(dict.fromkeys(item.source for item in self.evidence))


def _as_text(value: object) -> str | None:
    """A field's value as a revision holds it: enums by their value, nothing as null."""
    if value is None:
        return None
    return str(value.value) if isinstance(value, Enum) else str(value)


class Source(Model):
    """One news article: the only kind of thing the record may cite."""

    id: Slug
    file: Annotated[str, StringConstraints(pattern=r"^[^/\\]+$")] = Field(
        description="The article's file name exactly as registered."
    )
    outlet: Text | None = Field(description="Outlet as the article credits itself; null if none.")
    published: PartialDate | None = Field(description="From the article's date line; null if none.")
    title: Text = Field(description="Our own one-line description of the article.")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="SHA-256 of the article file's bytes."
    )
    url: Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$", max_length=2000)] | None = (
        Field(default=None, description="Where the article is published online, if known.")
    )


class Alias(Model):
    """Another spelling of a name, with the sources that use it."""

    name: Text
    sources: Annotated[list[Slug], Field(min_length=1)]


class Country(Record):
    """A state that people belong to and agreements bind."""

    code: CountryCode
    name: Text = Field(description="Name as the sources write it, diacritics kept.")
    aliases: list[Alias] = Field(default_factory=list)


class Role(Model):
    """A title a person held, and when, as the sources state it."""

    title: Text
    date: PartialDate | None = Field(default=None, description="When the title is stated as held.")
    evidence: Annotated[list[Evidence], Field(min_length=1)]


class Person(Record):
    name: Text = Field(description="Name as the sources write it, Vietnamese diacritics kept.")
    country: CountryCode
    roles: list[Role] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)


class Organisation(Record):
    name: Text
    kind: OrganisationKind
    abbreviation: Text | None = None
    country: CountryCode | None = Field(
        default=None, description="Home country, for national bodies."
    )
    aliases: list[Alias] = Field(default_factory=list)
    members: list[Slug] = Field(
        default_factory=list, description="Country ids the sources name as members."
    )


class Event(Record):
    date: PartialDate
    end: PartialDate | None = Field(default=None, description="Last day of a span, if any.")
    kind: EventKind
    title: Text
    summary: Text
    participants: list[Slug] = Field(
        default_factory=list, description="Ids of people or organisations taking part."
    )
    place: Text | None = None


class TradeFigure(Record):
    measure: TradeMeasure
    year_from: Year
    year_to: Year
    value_usd: Usd
    currency: Literal["USD"] = "USD"
    qualifier: Text | None = Field(default=None, description="How the source frames the figure.")


class ProductFlow(Record):
    exporter: Slug = Field(description="Country id of the selling side.")
    importer: Slug = Field(description="Country id of the buying side.")
    products: Annotated[list[Text], Field(min_length=1)]
    description: Text


class Investment(Record):
    investor: Slug
    host: Slug
    projects: int | None = Field(default=None, ge=0)
    value_usd: Usd | None = None
    value_measure: Text | None = Field(
        default=None, description="What the value is, e.g. registered capital."
    )
    province: Text | None = None
    sector: Text | None = None
    as_of: PartialDate | None = None
    rank: int | None = Field(default=None, ge=1, description="Rank among investing countries.")
    rank_out_of: int | None = Field(default=None, ge=1)


class Agreement(Record):
    title: Text
    kind: AgreementKind
    status: AgreementStatus
    parties: Annotated[list[Slug], Field(min_length=1)] = Field(
        description="Ids of the countries or organisations bound."
    )
    date: PartialDate | None = None
    fields: list[Text] = Field(default_factory=list, description="Areas the agreement covers.")
    summary: Text


class Statement(Record):
    topic: Slug = Field(description="A short slug naming what the statement is about.")
    statement: Text = Field(description="The fact, in our words.")
    speakers: list[Slug] = Field(default_factory=list, description="People or bodies who said it.")
    date: PartialDate | None = None
    value: Annotated[float, Field(allow_inf_nan=False)] | None = Field(
        default=None, description="A finite number the statement gives, if any."
    )
    unit: Text | None = None


class ConflictValue(Model):
    value: Text
    rank: Rank
    reason: Text
    evidence: Annotated[list[Evidence], Field(min_length=1)]


class Conflict(Model):
    """Where the sources differ: every side kept, with its own evidence, and the one we prefer."""

    id: Slug
    subject: Slug = Field(description="Id of the record the difference is about.")
    field: Text = Field(description="What differs, e.g. 'name spelling'.")
    values: Annotated[list[ConflictValue], Field(min_length=2)]


class Store(Model):
    """The whole record. Ids are unique across every kind."""

    schema_version: Literal[1] = 1
    sources: list[Source]
    countries: list[Country] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    trade: list[TradeFigure] = Field(default_factory=list)
    product_flows: list[ProductFlow] = Field(default_factory=list)
    investments: list[Investment] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)

    def records(self) -> Iterator[tuple[str, int, Record]]:
        """Every cited record with the collection it sits in and its position there."""
        for collection in RECORD_COLLECTIONS:
            for index, record in enumerate(getattr(self, collection)):
                yield collection, index, record

    def evidence_items(self) -> Iterator[tuple[str, Evidence]]:
        """Every quote in the store, nested ones included, with where it sits."""
        for collection, index, record in self.records():
            where = f"{collection}[{index}] ({record.id})"
            for number, evidence in enumerate(record.evidence):
                yield f"{where} → evidence[{number}]", evidence
            for position, role in enumerate(getattr(record, "roles", [])):
                for number, evidence in enumerate(role.evidence):
                    yield f"{where} → roles[{position}].evidence[{number}]", evidence
            for position, revision in enumerate(record.history):
                for number, evidence in enumerate(revision.evidence):
                    yield f"{where} → history[{position}].evidence[{number}]", evidence
        for index, conflict in enumerate(self.conflicts):
            where = f"conflicts[{index}] ({conflict.id})"
            for position, value in enumerate(conflict.values):
                for number, evidence in enumerate(value.evidence):
                    yield f"{where} → values[{position}].evidence[{number}]", evidence
